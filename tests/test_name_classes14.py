"""Name classes pooled over six tuning sets (issue 9, "the measured thing"): each class recurs on pages of at
least two sets. All sentences are invented (other counties, years, figures and places)."""

from test_name_grammar_classes import case, name  # the same invented county page and helpers


# ---- a verb inside the noun counted that runs on to its head (配套实施细则, 依法行政工作机制, 集中消毒服务企业): the
# noun ends at the head, not at the verb
@case(("石桥县出台8个配套实施细则，推动政策落地。", "8个", "配套实施细则"),
      ("推动建立6项长效依法行政工作机制，促进规范执法。", "6项", "长效依法行政工作机制"),
      ("对全县15家燃气集中供应服务企业开展检查。", "15家", "燃气集中供应服务企业"),
      # near-misses: the verb before another act, or with no head of its own after it, is the predicate, as before
      ("全县12个部门集中开展执法检查。", "12个", "部门"),
      ("6项改革举措实施以来成效明显。", "6项", "改革举措"))
def test_a_verb_inside_the_noun_runs_on_to_its_head(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a 等 list before a count of events and the events after it (甲培训班等12期班次, 甲、乙等3次专项检查): the events
# are the name, the list only names some of them (as for things counted by a classifier)
@case(("2032年在全县新任职干部培训班等12期班次中开设法治课程。", "12期", "班次"),
      ("对行政规范性文件开展涉企收费、公平竞争等3次专项清理。", "3次", "专项清理"),
      # near-misses: a predicate after the count, or a classifier count, as before
      ("甲县、乙县等3个县通过验收。", "3个", "县"))
def test_a_list_then_a_count_of_events_names_the_events(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a noun after the figure with 的 inside it, whose head after 的 is what the measure word counts (名 people,
# 项 items): the noun runs through 的 to that head
@case(("2032年，全县45名新提任的科级领导干部参加任前考法。", "45名", "新提任的科级领导干部"),
      ("精简审批，保留16项行政许可前置条件的技术服务事项。", "16项", "行政许可前置条件的技术服务事项"),
      # near-misses: a head after 的 that the measure word does not count leaves the noun before 的, as before
      ("督导8个重点部门的法治建设工作。", "8个", "重点部门"),
      ("完成12项改革的配套措施。", "12项", "改革"))
def test_a_noun_after_the_figure_runs_through_de_to_the_head_counted(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a submission to another body for its deliberation (提请县人大常委会审议…, 提交党组会研究审议…): the things
# deliberated are the name, with the act as a body's own act keeps it (审议单行条例草案), not who was asked
@case(("围绕重点领域，提请县人大常委会审议地方性法规草案3件。", "3件", "审议地方性法规草案"),
      ("2032年提交局党组会研究审议法治建设专项议题8项。", "8项", "研究审议法治建设专项议题"),
      # near-miss: a count of the meetings asked for keeps the meetings, as before
      ("提请县委全面依法治县委员会召开会议4次。", "4次", "会议"))
def test_a_submission_for_review_names_the_things_submitted(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- change phrases A由/从x变为y in more of their forms (从2030版的…扩充至, 调整到目前的…, 由改革前的12天减少为…
# with the first number no figure of its own): the subject A names both figures
@case(("更新目录后，公共服务清单的条目从2030版的12项扩充至35项。", "12项", "公共服务清单的条目"),
      ("更新目录后，公共服务清单的条目从2030版的12项扩充至35项。", "35项", "公共服务清单的条目"),
      ("不动产登记平均用时由改革前的12天减少为4天。", "4天", "不动产登记平均用时"),
      ("全县行政许可事项由2030年的120项调整到目前的96项。", "96项", "行政许可事项"),
      # near-miss: a change with its subject right before it, as before
      ("行政复议案件数量同比增长12%。", "增长12%", "行政复议案件数量"))
def test_change_phrases_in_more_forms_name_their_subject(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a verb after the noun counted that starts its predicate (分配给, 派驻, 进入): no part of the name --------------
@case(("为便于联系服务，把镇里38座产业园厂房分配给20名联络员跟进。", "38座", "产业园厂房"),
      ("年内向4个边远片区派驻巡回调解小组。", "4个", "边远片区"),
      ("本年度全市7个乡、镇进入全省示范创建名单。", "7个", "乡、镇"))
def test_a_predicate_verb_after_the_noun_counted_is_cut(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a leader's instruction counted (批示肯定某工作, 在某材料上作肯定批示): the instructions, not what they praise nor
# where they were written
@case(("州委、州政府领导4次批示肯定司法行政工作。", "4次", "批示"),
      ("县长在某某专项工作情况材料上作肯定批示3次。", "3次", "作肯定批示"))
def test_an_instruction_counted_is_named_by_itself(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- the next item of a coordination after the noun counted (行政权力N项和公共服务M项, 15所学校和各大企业): no part of
# this figure's name
@case(("年内梳理公布许可事项860项和备案事项45项。", "860项", "许可事项"),
      ("走进8所医院和各类养老机构开展普法。", "8所", "医院"),
      # near-misses: a pair that is one noun counted (党政机关和事业单位 with no 各/其他), and the second item, as before
      ("年内梳理公布许可事项860项和备案事项45项。", "45项", "备案事项"),
      ("全县45个党政机关和事业单位完成清理。", "45个", "党政机关和事业单位"))
def test_the_next_item_of_a_coordination_is_no_part_of_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- the bodies an act is addressed to (向市政府、县人大常委会备案…, 依法向县(市)区、开发区下放…): the act and its
# object, not who receives them
@case(("向州政府、县人大常委会报送县政府规范性文件7件。", "7件", "报送县政府规范性文件"),
      ("依法向各乡镇、工业园区下放审批权限共计230项。", "230项", "下放审批权限"),
      # one body after 向 is addressed too (was left as a possible subject while the name did not see the 向; the
      # sentence is read since names16b, test_name_classes16b)
      ("向乡镇(街道)下放执法事项56项。", "56项", "下放执法事项"))
def test_the_bodies_an_act_is_addressed_to_are_not_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a clause before 的 that says what set the things or what they have (某方案确定的, 具有本地特色的), and the
# splitting of them into the number (分解细化为): the things are the name
@case(("把《某县依法治县规划》确定的重点举措分解细化为120项，逐项落实。", "120项", "重点举措"),
      ("建成具有民族特色的普法驿站2个、宪法主题公园1个。", "2个", "普法驿站"),
      # near-miss: a noun with 的 and no such clause keeps its modifier, as before
      ("审结的109起案件全部归档。", "109起", "审结的案件"))
def test_a_clause_that_set_the_things_or_says_what_they_have_is_not_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- an actor and the verb by which it holds or gives the events counted (班子成员讲授N次专题党课, 县人大常委会举行
# 宪法宣誓仪式N次): the events are the name
@case(("局领导班子成员讲授4次专题党课。", "4次", "专题党课"),
      ("2032年州人大常委会举行宪法宣誓仪式3次。", "3次", "宪法宣誓仪式"),
      # near-misses: one body and its act (no holding verb), and a meeting with what it did, as before
      ("县委常委会会议集体学法5次。", "5次", "县委常委会会议集体学法"),
      ("局党组先后召开会议研究法治工作6次。", "6次", "会议研究法治工作"))
def test_an_actor_and_its_holding_verb_are_not_the_name_of_events(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a bare verb before the count (全年累计开展N次, 共厘清N项) names nothing: the object the clause before acted on
# (its own 开展…, or what 对 fronted before 开展) is what is counted
@case(("每月组织镇村干部开展民法典专题集中学习，全年共开展12次。", "12次",
       "民法典专题集中学习"),
      ("年初对全区7个街道的赋权事项目录进行逐项核对，共厘清410项。", "410项", "街道的赋权事项目录"),
      # near-miss: with no such clause before, the verb stays
      ("政务服务事项网上可办率95.1%，办理2.1万件。", "2.1万件", "办理"))
def test_a_bare_verb_takes_the_object_of_the_clause_before(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- an event noun right after a count of events (完成某案卷2轮次全覆盖评查, 对规范性文件开展1次全面清理): the events
# are the name, not the object before the count
@case(("对“两类案卷”开展3轮次交叉评查。", "3轮次", "交叉评查"),
      ("对现行规章开展1次全面清理和涉企收费等3次专项清理。", "1次", "全面清理"),
      # near-miss: a count of events with no event noun after it keeps the words before, as before
      ("县政府常务会议学法6次，覆盖全体成员。", "6次", "县政府常务会议学法"))
def test_an_event_noun_after_a_count_of_events_is_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a 、 list closed by 等 and a head noun read after the figure: the list through its head (N家超市、母婴店等不同
# 类别的经营单位), not the first item alone
@case(("检查31家药店、诊所、美容院等不同业态的经营单位；", "31家",
       "药店、诊所、美容院等不同业态的经营单位"),
      # near-misses: a list before the figure counted by 件 stays whole (撤销、变更或确认违法等纠错: fixture 18); a
      # list of one kind with no 等, as before
      ("全年共办理食品经营许可、药品零售许可变更等业务3200件。", "3200件", "办理食品经营许可、药品零售许可变更等业务"),
      ("面向全区12个社区、40个行政村开展宣传。", "12个", "社区"))
def test_a_list_closed_by_deng_and_a_head_names_the_head(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a change stated by its comparison alone (较2030年改善N%, 、同比下降N%) names the measure an item before it states
# with its value (空气质量综合指数3.12, PM2.5年均浓度为28.8微克每立方米), not the comparison or the item between
@case(("水环境稳中向好，水质综合污染指数0.86，较2030年改善7.5%。", "7.5%", "水质综合污染指数"),
      ("全县臭氧日均浓度为96微克每立方米，首次达到二级标准、同比下降6.1%。", "下降6.1%", "臭氧日均浓度"),
      # near-miss: a comparison after a figure of its own keeps that figure's name, as before (test_name_classes13)
      ("石桥县细颗粒物平均浓度为28微克/立方米，同比2030年31微克/立方米下降9.7%。", "下降9.7%", "石桥县细颗粒物平均浓度"))
def test_a_bare_comparison_names_the_measure_stated_before(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- coordinated verbs before one object (制定、修改和废止政府规章, 追踪并集中隔离密切接触者): the object is counted ---
@case(("年内制定、修改和废止部门规范性文件5件。", "5件", "部门规范性文件"),
      ("追踪并集中隔离入境人员40人。", "40人", "入境人员"),
      # near-miss: one verb that decides what is counted stays, as before
      ("废止规范性文件12件。", "12件", "废止规范性文件"))
def test_coordinated_verbs_before_one_object_name_the_object(sentence, raw, expected):
    assert name(sentence, raw) == expected


def test_recipient_bodies_are_read_without_backtracking():
    """A long run of body names with no act after it (hostile text) is read item by item, at once."""
    import time

    from fazhi_analysis.indicators import _recipient_end
    t = time.perf_counter()
    assert _recipient_end("向" + "市政府" * 40 + "甲") == 0
    assert _recipient_end("向" + "市政府、" * 300 + "备案文件") == 0  # (the act is looked for near the bodies only)
    assert _recipient_end("向市政府、区人大常委会备案区政府规范性文件") == len("向市政府、区人大常委会")
    assert time.perf_counter() - t < 0.5
