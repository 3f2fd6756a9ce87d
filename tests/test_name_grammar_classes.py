"""The boundary classes of figure names (issue 9, "the measured thing"), read by the grammar pass over names
(``indicators._grammar_name``, its words in ``data/name_words.csv``). Each class has at least three wordings,
one of them of a kind no tuning page shows, and a near-miss that must keep its name. All sentences are invented
(other counties, years, figures and campaign names)."""

import pytest

from _sentences import fig, sentence_report

from fazhi_analysis import indicators


def name(sentence: str, raw: str, heading: str = "（二）深化放管服改革") -> str | None:
    r = sentence_report(sentence, heading, title="石桥县2031年法治政府建设年度报告", year=2031,
                        weakness="基层法治力量仍较薄弱。", plan="继续推进依法行政。")
    return fig(r, raw)["name"]


def case(*rows):
    return pytest.mark.parametrize(("sentence", "raw", "expected"), list(rows))


# ---- end too early: the noun after the number runs through its quotation -----------------------------------
@case(("全区推出118个政务服务“一业一证”事项、40个告知承诺事项。", "118个", "政务服务“一业一证”事项"),
      ("全县26个“双随机、一公开”成员单位制定并公示抽查计划。", "26个", "“双随机、一公开”成员单位"),
      ("平台上线52个高频“一件事”事项和30个联办事项。", "52个", "高频“一件事”事项"),
      ("9个市级“示范创建”项目通过验收。", "9个", "市级“示范创建”项目"),  # (no tuning page)
      # near-miss: a quotation that says something of the things counted is their predicate
      ("建成数据平台，483个事项“一网通办”。", "483个", "事项"))
def test_a_noun_after_the_number_runs_through_its_quotation(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- end too early: a 、 list of nouns of one kind after the number is what is counted -----------------------
@case(("对26个市、县(区)和12个区直部门开展督察。", "26个", "市、县(区)"),
      ("听取1次县人大常委会、县政府、县政协党组法治建设情况报告。", "1次", "县人大常委会、县政府、县政协党组法治建设情况报告"),
      ("组织16个县(市)区、开发区对照指标开展创建。", "16个", "县(市)区、开发区"),
      ("先后5次召开镇党委会议、镇政府常务会议、镇法治建设领导小组会议等，研究法治工作。", "5次",
       "召开镇党委会议、镇政府常务会议、镇法治建设领导小组会议"),  # (no tuning page: 镇 bodies, a 等 closing)
      # near-misses: items of other kinds, and a list that modifies a later noun
      ("全州9个县(市)、青河新区和31个州直部门开展述职。", "9个", "县(市)"),
      ("由5个不同部门、不同领域的26名干部组成专班。", "5个", "不同部门"))
def test_a_list_of_nouns_of_one_kind_after_the_number(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- end too late: 个/家 count the bodies, not their heads; the predicate ends the noun ------------------------
@case(("全市54个市直部门主要负责人开展述职。", "54个", "市直部门"),
      ("抽选四家单位主要负责人进行现场述法。", "四家", "单位"),
      ("组织12个乡镇党政主要负责人述法。", "12个", "乡镇"),  # (no tuning page)
      ("全街道5个行政村都分别聘请了法律顾问。", "5个", "行政村"),
      ("将100项任务进一步细化分解到单位。", "100项", "任务"),
      # near-miss: 名 counts the people themselves
      ("实现述法全覆盖，共有52名部门主要负责人书面述法。", "52名", "部门主要负责人书面述法"))
def test_the_noun_after_the_number_ends_at_the_body_or_the_predicate(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- start too early: a verb and its quoted object before the head noun ------------------------------------
@case(("重新修订全市落实“一规划两纲要”任务分工方案126项。", "126项", "任务分工方案"),
      ("参加自治区“法治讲堂”专题法治讲座36期。", "36期", "专题法治讲座"),
      ("督办“互联网+督查”问题线索279件。", "279件", "问题线索"),
      ("推动完成“八五”普法中期任务120项。", "120项", "普法中期任务"),  # (no tuning page)
      # near-miss: a verb not of the lexicon (编印 makes the things) keeps the quotation and the verb
      ("编印“法治进万家”宣传手册5000册。", "5000册", "编印“法治进万家”宣传手册"))
def test_a_verb_and_its_quoted_object_leave_the_head(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- start too early: a 、 list of bodies (or one body before 审议/听取) is who acts ------------------------------
@case(("县委常委会、县政府常务会议带头集体学法10余次。", "10余次", "集体学法"),
      ("乡党委会、乡长办公会议、中心组全年学法6次。", "6次", "学法"),
      ("各内设机构、各社区、村(居)干部集中学习法律法规20余次。", "20余次", "集中学习法律法规"),
      ("省、市、县三级现场述法1300余人。", "1300余人", "现场述法"),
      ("市、县两级书面述法3000余人。", "3000余人", "书面述法"),  # (no tuning page)
      ("州人大常委会审议单行条例草案2件。", "2件", "审议单行条例草案"),
      ("县委常委会听取2次全面依法治县工作汇报。", "2次", "全面依法治县工作汇报"),
      # near-misses: one body and its act is the name; a body that is the object of 提请 goes with the request
      # (names14: real labels on two sets name the drafts deliberated, test_name_classes14)
      ("县委常委会会议集体学法5次。", "5次", "县委常委会会议集体学法"),
      ("提请县人大常委会审议法规草案4件。", "4件", "审议法规草案"))
def test_bodies_before_the_act_are_not_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- start too early: a plain verb that only handles, publishes or solves the things counted ---------------
@case(("发布政务信息500余条。", "500余条", "政务信息"),
      ("协调解决企业困难128个。", "128个", "企业困难"),
      ("刊发各类稿件2.2万余篇。", "2.2万余篇", "各类稿件"),
      ("改扩建便民服务站12个。", "12个", "便民服务站"),  # (no tuning page)
      ("率先按要求梳理完成一件“事”50个。", "50个", "一件“事”"),
      # near-miss: a count of events counts the acts
      ("县政府协调解决征地中的重大问题6次。", "6次", "县政府协调解决征地中的重大问题"),
      # (names14: 公布 only publishes the things counted too, so a chain ending in it names them, as the real
      # labels of 清理公布… do on two sets)
      ("梳理公布政务服务事项1420项。", "1420项", "政务服务事项"))
def test_a_plain_verb_is_not_part_of_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- start too early: a means, who gains, a basis, a time or a setting before the thing counted -------------
@case(("启用“审批专用章”办结政务服务事项86件。", "86件", "办结政务服务事项"),
      ("为各类市场主体免除罚款3550万元。", "3550万元", "免除罚款"),
      ("为各类企业减免租金120万元。", "120万元", "减免租金"),  # (no tuning page)
      ("根据《某某实施方案》梳理出我县涉企经营许可事项9项。", "9项", "涉企经营许可事项"),
      ("行政案件庭审时被诉单位负责人出庭应诉率100%。", "100%", "被诉单位负责人出庭应诉率"),
      ("参与重大决策、项目推进等事项中涉法涉诉法律事务40多次。", "40多次", "涉法涉诉法律事务"),
      # near-misses: a setting with no list stays; a plain subject with no act verb stays
      ("一审行政诉讼案件中行政机关负责人出庭应诉率100%。", "100%", "一审行政诉讼案件中行政机关负责人出庭应诉率"),
      ("全县各类市场主体达12万户。", "12万户", "各类市场主体"))
def test_means_beneficiary_basis_and_setting_are_not_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- wrong phrase: the number counts the act after it -----------------------------------------------------
@case(("48个毗邻区县公共服务事项最快10分钟办理。", "10分钟", "办理"),
      ("实现主城区至高速出口5分钟通达。", "5分钟", "通达"),
      ("网上申报最快20分钟审结。", "20分钟", "审结"),  # (no tuning page)
      ("根据评估结果对14件予以废止或宣布失效。", "14件", "予以废止或宣布失效"),
      ("主要负责同志先后20余次对信访工作、涉企检查等工作作出指示批示。", "20余次", "指示批示"),
      ("县长高度重视，46次对法治工作作出批示。", "46次", "对法治工作作出批示"),  # a short object stays
      ("1人获全省执法竞赛第一名。", "1人", "人"),
      ("3人荣获市级普法先进个人。", "3人", "人"),  # (no tuning page)
      # near-misses: a head noun before a duration names it; a noun after 对+number is the name
      ("急事急办事项不超过2个工作小时办结。", "不超过2个工作小时", "急事急办事项"),
      ("对9件规范性文件予以修改。", "9件", "规范性文件"))
def test_the_number_counts_the_act_after_it(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- actors: a leader's title and name, then a count of meetings held ---------------------------------------
@case(("市长林某某两次主持市政府常务会议专题听取法治工作汇报。", "两次", "市政府常务会议"),
      ("省政府主要负责同志16次主持召开省政府常务会等会议研究法治工作。", "16次", "省政府常务会等会议"),
      ("县长周某3次主持召开县政府常务会议研究依法行政工作。", "3次", "县政府常务会议"),  # (no tuning page)
      # near-miss: an actor and an act that is no meeting keeps the act
      ("县委主要负责同志先后9次调研依法行政工作。", "9次", "调研依法行政工作"))
def test_a_leader_then_a_count_of_meetings(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a verb alone before the number: the noun after it ----------------------------------------------------
@case(("在全省率先编制完成439项市、县行政许可事项工作规范，实现同一事项同标准办理。", "439项",
       "市、县行政许可事项工作规范"),
      ("依托省内院校设立3个“法治思想研究基地”，加强交流。", "3个", "“法治思想研究基地”"),
      ("新组建4支“红袖标”巡防队伍。", "4支", "“红袖标”巡防队伍"),  # (no tuning page)
      # near-miss: 等 with one example before a two-character head keeps the example (发现 only finds them)
      ("发现程序不规范等问题3个。", "3个", "程序不规范等问题"))
def test_a_bare_verb_before_the_number_names_the_noun_after(sentence, raw, expected):
    assert name(sentence, raw) == expected


@case(("解决企业融资、用工等难题200余个。", "200余个", "难题"),
      ("研究政府立法、行政复议等议题60项。", "60项", "议题"),
      ("梳理审批、监管等环节46个。", "46个", "环节"))  # (no tuning page)
def test_a_two_character_head_after_a_listed_deng(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- start too late: a compound noun is not cut ------------------------------------------------------------
@case(("组织法治专题培训13场次，覆盖人数350人。", "350人", "覆盖人数"),
      ("班子成员参加网络专题培训，学习培训覆盖率达100%。", "100%", "学习培训覆盖率"),
      ("开展法治讲座，覆盖人次达800余人次。", "800余人次", "覆盖人次"),  # (no tuning page)
      # near-miss: 覆盖 before who is reached is still the verb of reach
      ("开展送法进村活动，覆盖村民3000余人次。", "3000余人次", "村民"))
def test_a_compound_noun_is_not_cut(sentence, raw, expected):
    assert name(sentence, raw) == expected


def test_the_name_words_are_package_data_with_known_roles():
    rows = indicators._rows("name_words.csv", indicators.NAME_WORD_COLUMNS)
    roles = {r["role"] for r in rows}
    assert roles <= indicators._NAME_ROLES
    assert {"plain_verb", "agent", "act", "people_of_body", "predicate", "title"} <= roles
    assert all(r["word"] and r["example"] for r in rows)


# ---- a rank names the category won; a request to convene names the meetings -------------------------------
@case(("在全省执法技能比武中，荣获团体第一名、个人第二名。", "第一名", "团体"),
      ("在全省执法技能比武中，荣获团体第一名、个人第二名。", "第二名", "个人"),
      ("在全市普法知识竞赛中获集体第三名。", "第三名", "集体"),  # (no tuning page)
      # near-miss: a scope after 获 is no category; the assessment names the rank
      ("在全市依法行政考核中获全市第二名。", "第二名", "依法行政考核"))
def test_a_rank_names_the_category_won(sentence, raw, expected):
    assert name(sentence, raw) == expected


@case(("提请省委依法治省委召开会议4次。", "4次", "会议"),
      ("报请县委召开专题会议3次。", "3次", "专题会议"),  # (no tuning page)
      ("提请市委全面依法治市委员会召开全体会议2次。", "2次", "全体会议"),
      # near-miss: a request whose drafts are counted (提请…审议 counts drafts) names the drafts deliberated
      ("提请县人大常委会审议法规草案4件。", "4件", "审议法规草案"))
def test_a_request_to_convene_names_the_meetings(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- start too early: verbs that find or report the things counted (发现问题, 反馈问题) ---------------------------
@case(("开展营商环境专项督察，反馈问题37个，整改完成率达100%。", "37个", "问题"),
      ("围绕执法重点领域开展联合督察，发现问题64个。", "64个", "问题"),
      ("本次自查中发现问题3个，均已整改。", "3个", "问题"),
      ("案卷评查发现执法不规范问题41处。", "41处", "执法不规范问题"),  # (no tuning page)
      # near-miss: a count of events counts the acts, finding included
      ("县政府督查发现并通报重大问题4次。", "4次", "县政府督查发现并通报重大问题"))
def test_a_verb_that_finds_or_reports_is_not_part_of_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- start too early: two or more verbs share one object; the object is what is counted ---------------------
@case(("街道法律顾问年内起草、审核各类协议文本38份。", "38份", "各类协议文本"),
      ("全年制作和送达律师函3份，参与调解5次。", "3份", "律师函"),
      ("局党组全年学习、讨论法治建设议题9个。", "9个", "法治建设议题"),
      ("全年研究、讨论重大行政决策事项15项。", "15项", "重大行政决策事项"),  # (no tuning page)
      # near-misses: both verbs define what is counted (no handling verb); a count of events keeps its event
      ("审核、备案行政规范性文件20件。", "20件", "审核、备案行政规范性文件"),
      ("党组学习、研讨专题会议6次。", "6次", "党组学习、研讨专题会议"))
def test_verbs_sharing_one_object_leave_the_object(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- start too early: the setting of the act (在…会议上, 在…考评中) and the organs of a passive ----------------
@case(("今年以来，在全省司法行政工作会议上作经验交流发言4次。", "4次", "作经验交流发言"),
      ("我局在2031年度法治某县考评中得分98.5分。", "98.5分", "得分"),
      ("在全市依法行政考核中得分96分，位居前列。", "96分", "得分"),  # (no tuning page)
      ("在全县大会上表彰先进集体12个。", "12个", "表彰先进集体"),
      ("局机关被省委、省政府表彰5次。", "5次", "表彰"),
      ("创新做法被市司法局采纳典型案例2篇。", "2篇", "采纳典型案例"),
      ("被县委依法治县办通报表扬3次。", "3次", "通报表扬"),  # (no tuning page)
      # near-misses: no organ after 被 (被命名为) keeps the words; a meeting with no 上/中 is the actor's
      ("全县被命名为省级民主法治示范村5个。", "5个", "被命名为省级民主法治示范村"),
      ("在县委常委会学法3次。", "3次", "县委常委会学法"))
def test_a_setting_or_the_agent_of_a_passive_is_not_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a change compared with the year before names the figure before it --------------------------------------
@case(("组织多部门联合开展现场检查28次，比上年度减少12%。", "减少12%", "现场检查"),
      ("全年受理行政复议案件96件，比上一年度增长8%。", "增长8%", "行政复议案件"),
      ("办理信访事项140件，较上年度下降5%。", "下降5%", "办理信访事项"))  # (no tuning page)
def test_a_change_on_the_year_before_is_named_by_the_figure_before(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a joint meeting before 审议 is who acts ------------------------------------------------------------------
@case(("党政联席会议审议法治相关事项9项。", "9项", "审议法治相关事项"),
      ("镇党政联席会议审议重大事项12项。", "12项", "审议重大事项"))  # (no tuning page)
def test_a_joint_meeting_before_its_act_is_not_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a bare count of people after bodies or a place: what they did names them ---------------------------------
@case(("县委依法治县办举办专题培训，全县52个单位196人参加此次培训。", "196人", "参加此次培训"),
      ("2031年青河镇全镇共31人持有行政执法证，队伍不断壮大。", "31人", "持有行政执法证"),
      ("全县17个部门86名参加年度法律知识考试。", "86名", "参加年度法律知识考试"),  # (no tuning page)
      # near-misses: the people are named before the number, or after it
      ("全县执法人员共85人参加培训。", "85人", "执法人员"),
      ("全县32个部门150名执法人员参加考试。", "150名", "执法人员"))
def test_a_bare_count_of_people_is_named_by_their_act(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- ranks: a level's ranking keeps 排名; awards listed side by side name their categories ---------------------
@case(("办理企业诉求共120条，其中6月市级排名第4，区级排名第2。", "第4", "市级排名"),
      ("办理企业诉求共120条，其中6月市级排名第4，区级排名第2。", "第2", "区级排名"),
      ("在全省执法比武中荣获集体二等奖、法律知识考试第一名、案卷评查第三名。", "第一名", "法律知识考试"),
      ("在全省执法比武中荣获集体二等奖、法律知识考试第一名、案卷评查第三名。", "第三名", "案卷评查"),
      # near-misses: what is ranked before 排名 stays the name; a scope after 获 is no category
      ("甲市法治建设满意度测评排名全国第2位。", "第2位", "法治建设满意度测评"),
      ("在全市依法行政考核中获全市第二名。", "第二名", "依法行政考核"))
def test_rank_levels_and_listed_award_categories(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- start too early: many bodies (a 各 phrase) or people taking part before a count of events ----------------
@case(("组织全区各部门学法150余场次，提升依法行政能力。", "150余场次", "学法"),
      ("全县各级党组织中心组专题学法150余次。", "150余次", "中心组专题学法"),
      ("面向全县各乡镇，县直各部门、各单位征求意见3次。", "3次", "征求意见"),
      ("组织人员参与法院庭审旁听2次。", "2次", "法院庭审旁听"),
      ("全市各基层党组织专题学习宪法和民法典60余场次。", "60余场次", "专题学习宪法和民法典"),  # (no tuning page)
      # near-misses: one meeting body and its act is the name; a count of things keeps its 各 phrase
      ("县政府常务会议学法6次。", "6次", "县政府常务会议学法"),
      ("各单位报送执法案卷120件。", "120件", "各单位报送执法案卷"),
      ("全市各级行政机关负责人出庭应诉127次。", "127次", "各级行政机关负责人出庭应诉"))  # (the people of the bodies)
def test_many_bodies_or_people_before_a_count_of_events_are_not_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- who gains, after a subject and 为; 轮训 is an event like 培训 -----------------------------------------------
@case(("县普法办为各单位赠送《法治读本》3000册。", "3000册", "赠送《法治读本》"),
      ("县司法局为各类企业减免公证费用20万元。", "20万元", "减免公证费用"),  # (no tuning page)
      ("开展学习贯彻某某精神专题培训等各类政治轮训6场次。", "6场次", "各类政治轮训"),
      # near-miss: a list of topics before 等 and no event head keeps the list
      ("学习《行政处罚法》等法律法规12次。", "12次", "学习《行政处罚法》等法律法规"))
def test_beneficiary_after_a_subject_and_rotation_training_as_an_event(sentence, raw, expected):
    assert name(sentence, raw) == expected


# near-misses: 会中 inside a word is no setting; verbs of study before a count of events are the event
@case(("全县社会中介机构12家完成年检。", "12家", "社会中介机构"),
      ("党组学习、讨论法律法规10次。", "10次", "党组学习、讨论法律法规"))
def test_near_misses_of_setting_and_shared_verbs(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a plain verb (it only publishes or handles) before a quoted modifier leaves the head noun -----------------
@case(("发布“一网通办”事项清单 4 期。", "4 期", "事项清单"),
      ("刊发“法治进社区”系列报道30篇。", "30篇", "系列报道"),  # (no tuning page)
      # near-miss: a verb that makes the things keeps its quotation
      ("编印“法治进万家”宣传手册5000册。", "5000册", "编印“法治进万家”宣传手册"))
def test_a_plain_verb_before_a_quoted_modifier_leaves_the_head(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- start too early: a clause before 的 that says who assigned the things or what they won ---------------------
@case(("完成国家和省级部署的“一件事一次办”事项24件。", "24件", "“一件事一次办”事项"),
      ("全镇获得“星级便民窗口”称号的社区级窗口3个。", "3个", "社区级窗口"),
      ("我县事业单位改革中划入公益类的县属事业单位共12家。", "12家", "县属事业单位"),
      ("办结对热线等途径反馈的群众关心的“停车难”问题整治2次。", "2次", "“停车难”问题整治"),
      ("办结上级交办的信访积案9件。", "9件", "信访积案"),  # (no tuning page)
      # near-misses: a noun before 的 (no such verb) and 党的 inside a topic stay
      ("出台法治建设的意见4项。", "4项", "出台法治建设的意见"),
      ("镇党校开展学习党的二十大精神3次。", "3次", "学习党的二十大精神"))
def test_a_clause_of_origin_before_de_is_not_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected
