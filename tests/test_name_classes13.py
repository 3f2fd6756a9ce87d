"""Name classes pooled over five tuning sets (issue 9, "the measured thing"): each class recurs on pages of at
least two sets. All sentences are invented (other counties, years, figures and places)."""

from test_name_grammar_classes import case, name  # the same invented county page and helpers


# ---- a change figure after a comparison (同比去年…上升, 较上年改善, 较去年前移): the thing compared, not the change word
@case(("石桥县全年空气优良天数比例为93.2%，同比去年90.1%上升3.1个百分点。", "90.1%", "空气优良天数比例"),
      ("石桥县全年空气优良天数比例为93.2%，同比去年90.1%上升3.1个百分点。", "上升3.1个百分点",
       "空气优良天数比例"),
      ("石桥县细颗粒物平均浓度为28微克/立方米，同比2030年31微克/立方米下降9.7%。", "31微克/立方米", "石桥县细颗粒物平均浓度"),
      ("石桥县细颗粒物平均浓度为28微克/立方米，同比2030年31微克/立方米下降9.7%。", "下降9.7%", "石桥县细颗粒物平均浓度"),
      ("某开发区综合考评位列全省第12位，较去年前移5位。", "5位", "综合考评"),
      # near-misses: a change with its subject before it keeps it, as before
      ("行政复议案件数量同比增长12%。", "增长12%", "行政复议案件数量"),
      ("全县细颗粒物浓度同比改善10.2%，水质稳定。", "10.2%", "细颗粒物浓度"))
def test_a_change_after_a_comparison_names_the_thing_compared(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a rank among peers (在全市政法系统排名第三, 在全省86个县区中排第5名): what is ranked is the subject before 在, or
# with none in the clause the assessment named before; the peers are no name
@case(("县市场监管局在2030年度营商环境评价中排名第一、执法案卷评查在全市监管系统排名第三。", "第三", "执法案卷评查"),
      ("水环境质量在全省86个县区中排第5名，空气质量持续改善。", "第5名", "水环境质量"),
      ("本局在2030年度绩效考评中得分96分，在全县21个执法部门排名第4。", "第4", "绩效考评"),
      # near-misses: an assessment ranked in, or ranked by its own name, keeps it as before
      ("县市场监管局在2030年度营商环境评价中排名第一、执法案卷评查在全市监管系统排名第三。", "第一", "营商环境评价"),
      ("甲县法治建设考评排名全市第4位。", "第4位", "法治建设考评"),
      ("在全省法治政府建设考评中位列第6名。", "第6名", "法治政府建设考评"))
def test_a_rank_among_peers_names_what_is_ranked(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a verb that only handles the things counted (解答 咨询, 纠治 问题, 督促和纠正 文件): the things are the name ---------
@case(("法律服务热线全年解答各类咨询3.6万件，群众满意率98%。", "3.6万件", "各类咨询"),
      ("村法律顾问解答村民咨询200余人次。", "200余人次", "村民咨询"),
      ("开展备案审查，督促和纠正不规范文件3件。", "3件", "不规范文件"),
      ("深入开展作风建设，纠治作风问题45个。", "45个", "作风问题"),
      # near-misses: one verb that decides what is counted stays, and a count of events keeps its act
      ("纠正违法行政行为3件。", "3件", "纠正违法行政行为"),
      ("解答法律咨询120次。", "120次", "解答法律咨询"))
def test_a_verb_that_only_handles_the_things_counted(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- 集中 inside the noun counted (集中式水源地, 党小组集中研讨): no predicate, the noun runs on ---------------------------
@case(("全县9处县级集中式水源地完成规范化建设。", "9处", "县级集中式水源地"),
      ("全年组织4次党小组集中研讨，覆盖全体党员。", "4次", "党小组集中研讨"),
      # near-misses: 集中 before another act after a count of bodies or items is their predicate, as before
      ("全县12个部门集中开展执法检查。", "12个", "部门"),
      ("完成500余项行政审批事项集中划转。", "500余项", "行政审批事项"))
def test_jizhong_inside_the_noun_counted(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a share with its subject in the clause (甲占乙的N%, 甲超过乙的N%): the subject is what is measured -------------------
@case(("全县大厅进驻事项520项，办结比例占全县许可事项的92%。", "92%", "办结比例"),
      ("推动政务服务APP升级，实名注册人数超过全县常住人口的61%，事项全覆盖。", "61%", "实名注册人数"),
      # near-misses: a share named 占比 stays as before; a bare share is named by its own words (names32)
      ("开展联合抽查120次，跨部门联合抽查占比达91.2%。", "91.2%", "跨部门联合抽查占比"),
      ("设定即办件67项，占全部许可事项的54%。", "54%", "占全部许可事项"))
def test_a_share_with_its_subject_names_the_subject(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- 共 inside 中华人民共和国 is no totaliser: a title holding it is not cut inside ------------------------------------
@case(("机关支部集中研读《中华人民共和国行政复议法》《中华人民共和国行政诉讼法》《某省信访条例》等法律法规5场。",
       "5场", "法律法规"),
      ("县委理论学习中心组专题学习《中华人民共和国行政许可法》等法律7次。", "7次",
       "县委理论学习中心组专题学习《中华人民共和国行政许可法》等法律"),
      # near-miss: 共 before the verb is still a totaliser
      ("县司法局全年共办理法律援助案件260件。", "260件", "办理法律援助案件"))
def test_gongheguo_is_no_totaliser(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a count of places right before the rate measured there (12个国控断面水质优良率100%): the count names the places --
@case(("全县12个国控断面水质优良率100%。", "12个", "国控断面"),
      ("全市7处县级水源地水质达标率稳定保持100%。", "7处", "县级水源地"),
      # near-misses: the rate keeps its own name, and a count not right before a rate is as before
      ("全县12个国控断面水质优良率100%。", "100%", "水质优良率"),
      ("全县12个国控断面全部达标，水质优良率100%。", "12个", "国控断面"))
def test_a_count_of_places_before_their_rate(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- where or with what an event was held (甲培训班、乙培训班上; 进修班开设; 使用某平台调取): the event or act is counted -----
@case(("县委党校在新任职干部培训班、年轻干部培训班、基层执法骨干轮训班上开展民法典专题培训6次。", "6次", "民法典专题培训"),
      ("在县行政学院进修班开设法治课程32场，组织旁听庭审500人次。", "32场", "法治课程"),
      ("使用“某某通”平台调取电子档案2100次，减少材料提交。", "2100次", "调取电子档案"),
      # near-misses: one setting, and a setting before a verb of its own, stay as before
      ("县委党校在科级干部培训班上开展宪法专题培训3次。", "3次", "宪法专题培训"),
      ("在全省工作会议上作经验交流发言2次。", "2次", "作经验交流发言"),
      ("全县开设法治专栏12个。", "12个", "法治专栏"))
def test_the_setting_or_means_of_an_event_is_no_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


def test_a_body_ranked_among_peers_is_not_the_name():
    # the body before 在 is who is ranked, not the ranking (near-miss of the rank-among-peers class)
    assert name("石桥县在全省示范创建中排名第1。", "第1") != "石桥县"
    assert name("石桥县司法局在全市14个部门排名第2。", "第2") != "石桥县司法局"


@case(("全县违法占用耕地面积比例为12%。", "12%", "违法占用耕地面积比例"),
      ("网上办理超过时限的比例为3%。", "3%", "网上办理超过时限的比例"))
def test_a_share_word_inside_a_name_is_no_share(sentence, raw, expected):
    # near-misses of the share-with-subject class: 占用 is a verb of its own, and a 的 inside is no share's whole
    assert name(sentence, raw) == expected


# ---- the noun read after a count runs on into what the things counted do (聘请12名校外培训行风监督员督查收费, 17位网格员
# 协助排查、及时上报): it ends at its head; a modifier holding a verb (校外培训) is no actor ----------------------------
@case(("规范收费行为，聘请12名校外培训行风监督员督查收费。", "12名", "校外培训行风监督员"),
      ("安排17位网格员协助排查、及时上报，织密基层防线。", "17位", "网格员"),
      # near-misses: a list of people after the count, and a count of events read after it, stay as before
      ("全县8个村居法律顾问、调解员全部到位。", "8个", "村居法律顾问"),
      ("邀请3名律师指导行政执法。", "3名", "律师"))
def test_the_noun_after_a_count_ends_at_its_head(sentence, raw, expected):
    assert name(sentence, raw) == expected
