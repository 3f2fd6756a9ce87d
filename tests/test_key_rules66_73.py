"""Keys decided by LABELING rules 66-73 (issue 9, stop 31). Invented sentences (other places, numbers, word order),
each a class seen on pages of different organs:

* MEETING_PURPOSE (LABELING 68, 52): meetings that only reviewed named documents or drafts did document work; meetings
  the organ only asked for (提请召开) are another body's: no leadership.meetings;
* COMMITTEE_MEETINGS (LABELING 68): meetings of a rule-of-law committee, its office or groups named bare (召开委员会
  会议) when the sentence before or a heading names the committee's work take leadership.meetings;
* MEETINGS_THEN_PURPOSE (LABELING 68): meetings counted before their noun whose part of the sentence goes on to say
  they deliberated rule-of-law work, and no other business, are leadership.meetings;
* REQUEST_HANDLED (LABELING 67): requests for opinion handled (办理征求法律意见, 办理法规征求意见) are no opinions given;
  opinions of a legality review (合法性审查意见) are no review count; counsel taking part in 咨询论证 is no legal-aid
  consultation;
* ONE_CHANNEL (LABELING 66): government-service cases of one channel or subset named alone take no key; channels side
  by side keep it;
* STUDY_SENTENCE_LAW (LABELING 71): a leaders' body's study takes its law topic from anywhere in its sentence;
* PUBLICITY_ACTIVITY (LABELING 33, 72, 73): activities named as law publicity (普法宣传和…活动, 法治思想“N进”活动) are
  law publicity events;
* PUBLICITY_AUDIENCE (LABELING 73): the people reached by a law publicity or the organ's own rule-of-law campaign
  named in their sentence are its audience;
* ONE_FIELD (LABELING 70): an enforcement count limited to one field named before it (某某领域, 某某类案件) is a part
  named alone: no key;
* STUDY_LEARNERS (LABELING 71): a bare law study phrasing with no leaders' body named is law training (法治政府 is a
  topic, not a body).
"""

import pytest

from _sentences import fig, reform_key, district_key

LEAD = "（一）加强党对法治政府建设的领导"


def key(sentence: str, raw: str, heading: str = LEAD, nth: int = 0):
    return district_key(sentence, raw, heading, nth)


# ---- MEETING_PURPOSE
@pytest.mark.parametrize("sentence, raw", [
    ("区长主持召开区政府常务会议9次，分别审议《青石区河道管理办法》《青石区停车场条例》等规章草案。", "9次"),
    ("区司法局提请召开3次区委全面依法治区委员会会议，推动重要改革事项落地。", "3次"),
])
def test_meetings_that_only_reviewed_documents_or_were_only_requested_take_no_key(sentence, raw):
    assert key(sentence, raw) is None


@pytest.mark.parametrize("sentence, raw", [
    ("召开区政府常务会议7次，研究部署法治政府建设工作，审议《青石区河道管理办法》等规章草案。", "7次"),
    ("主持召开区委全面依法治区委员会会议3次，部署年度法治建设重点任务。", "3次"),
])
def test_meetings_on_rule_of_law_work_keep_the_key(sentence, raw):
    assert key(sentence, raw) == "leadership.meetings"


# ---- REQUEST_HANDLED
@pytest.mark.parametrize("sentence, raw", [
    ("为区重点项目提供法律保障，全年审核重大合同27份，办理镇街征求法律意见260件次。", "260件次"),
    ("加强立法协调，办理地方性法规规章征求意见24件。", "24件"),
    ("制定年度决策目录，区政府法律顾问出具合法性审查意见6件。", "6件"),
    ("组织法律顾问参与区政府重大决策、重大项目的法律咨询论证共计80余件次。", "80余件次"),
])
def test_requests_review_opinions_and_counsel_consultations_take_no_key(sentence, raw):
    assert key(sentence, raw) is None


@pytest.mark.parametrize("sentence, raw, want", [
    ("法律顾问全年出具法律意见书58份。", "58份", "decisions.counsel_opinions"),
    ("全年对重大行政决策进行合法性审查14件。", "14件", "decisions.legality_reviews"),
])
def test_opinions_given_and_reviews_keep_their_keys(sentence, raw, want):
    assert key(sentence, raw) == want


# ---- ONE_CHANNEL
@pytest.mark.parametrize("sentence, raw", [
    ("2033年，高频事项网上办件达4200件，材料精简310项。", "4200件"),
    ("政务服务事项网上可办率达96.1%，办理2.4万件；推出“一证即办”便民措施80项。", "2.4万件"),
])
def test_cases_of_one_channel_named_alone_take_no_key(sentence, raw):
    assert reform_key(sentence, raw) is None


def test_channels_side_by_side_keep_the_key():
    s = "区政务服务中心全年窗口办件3.1万件、网上办件5.2万件。"
    assert reform_key(s, "3.1万件") == "approval.cases_handled"
    assert reform_key(s, "5.2万件") == "approval.cases_handled"


# ---- STUDY_LEARNERS
@pytest.mark.parametrize("sentence, raw", [
    ("围绕法治政府建设年度任务，开展专题学法8次、法治讲座3场。", "8次"),
    ("坚持以案释法，组织集中学法6次。", "6次"),
])
def test_law_study_with_no_leaders_body_is_training(sentence, raw):
    assert key(sentence, raw) == "capacity.training_sessions"


@pytest.mark.parametrize("sentence, raw", [
    ("区政府常务会议开展专题学法5次。", "5次"),
    ("区委理论学习中心组围绕法治政府建设开展集中学法4次。", "4次"),
])
def test_law_study_of_a_leaders_body_stays_its_study(sentence, raw):
    assert key(sentence, raw) == "leadership.study_sessions"


# ---- ONE_FIELD
ENFORCEMENT = "（三）严格规范公正文明执法"


@pytest.mark.parametrize("sentence, raw", [
    ("2033年交通运输领域开展“双随机、一公开”抽查35批次，抽查对象1860户次。", "35批次"),
    ("2033年交通运输领域开展“双随机、一公开”抽查35批次，抽查对象1860户次。", "1860户次"),
    # (the fines after one case type, 查办某某类案件N件，罚没金额M万元, were dropped at the merge with keysP17: its
    # _field_part_gate keeps one field's counts in a department's report, and that class was seen on one page only)
])
def test_enforcement_counts_of_one_field_take_no_key(sentence, raw):
    assert key(sentence, raw, ENFORCEMENT) is None


@pytest.mark.parametrize("sentence, raw, want", [
    ("开展“双随机、一公开”抽查96次，覆盖卫生健康全领域。", "96次", "enforcement.random_inspections"),
    ("查处各类案件410件，罚没金额380万元。", "380万元", "enforcement.fines_amount"),
    ("全区行政执法领域开展“双随机、一公开”抽查88次。", "88次", "enforcement.random_inspections"),
])
def test_enforcement_counts_of_every_field_keep_the_key(sentence, raw, want):
    assert key(sentence, raw, ENFORCEMENT) == want


# ---- COMMITTEE_MEETINGS
def report_key(text_lines: str, raw: str, nth: int = 0):
    text = ("澄川市青石区2033年法治政府建设年度报告\n一、2033年法治政府建设主要举措和成效\n" + text_lines
            + "\n二、存在的不足和原因\n法治建设水平仍需提升。\n")
    import fazhi_analysis as fz
    return fig(fz.parse_report(text, "t"), raw, nth)["key"]


def test_bare_committee_meetings_after_the_committees_work_are_meetings():
    lines = "（一）统筹推进全面依法治区\n谋划推进依法治区工作。组织召开委员会会议3次，各协调小组会议6次，印发年度工作要点等文件12个。"
    assert report_key(lines, "3次") == "leadership.meetings"
    assert report_key(lines, "6次") == "leadership.meetings"
    lines = ("（一）压实法治建设责任\n28家部门主要负责人向区委依法治区委员会书面述法。"
             "召开委员会、办公室及各专项小组会议7次，制发工作计划等文件9件。")
    assert report_key(lines, "7次") == "leadership.meetings"


def test_bare_committee_meetings_with_no_rule_of_law_committee_named_take_no_key():
    lines = "（一）加强安全生产工作\n完善应急管理体系。组织召开委员会会议3次，部署防汛工作。"
    assert report_key(lines, "3次") is None


# ---- MEETINGS_THEN_PURPOSE
@pytest.mark.parametrize("sentence, raw", [
    ("局主要负责同志先后11次主持召开局党委会、局务会，带头传达法治政府建设文件精神，定期听取依法行政工作汇报。", "11次"),
    ("全年召开4次区委常委会、6次区政府常务会、3次区政府专题会，研究部署全区法治建设重点工作。", "3次"),
    ("区委书记5次主持召开区委常委会会议，区长7次主持召开区政府常务会议，共研究20余项法治议题。", "5次"),
])
def test_meetings_counted_before_their_noun_then_law_work_are_meetings(sentence, raw):
    assert key(sentence, raw) == "leadership.meetings"


@pytest.mark.parametrize("sentence, raw", [
    ("区长12次主持召开区政府党组会议、区长办公会议，深入学习领会重要讲话精神和习近平法治思想，听取法治政府建设汇报，"
     "及时研究解决重大问题。", "12次"),
    ("区长9次主持召开区政府常务会议，研究部署全区经济工作。", "9次"),
    ("先后6次召开党组会，专题学习习近平法治思想。", "6次"),
    ("2030年以来，区长先后30次主持召开区政府常务会议，研究部署法治政府建设工作。", "30次"),
])
def test_meetings_with_other_business_or_no_law_work_take_no_meetings_key(sentence, raw):
    assert key(sentence, raw) != "leadership.meetings"


# ---- STUDY_SENTENCE_LAW
@pytest.mark.parametrize("sentence, raw", [
    ("区委常委会、区政府常务会共学习11次，带动各部门开展专题学习，实现领导干部学法全覆盖。", "11次"),
    ("把宪法和民法典列为区委中心组本年度必学篇目，区委中心组全年集中学习7次、专题研讨2次。", "7次"),
    ("认真研读习近平法治思想重要论述，全年开展“第一议题”学习24期，组织中心组学习9期。", "9期"),
])
def test_a_leaders_study_takes_law_from_its_sentence(sentence, raw):
    assert key(sentence, raw) == "leadership.study_sessions"


@pytest.mark.parametrize("sentence, raw", [
    ("开展主题教育集中学习5次，组织学习宪法等法律知识。", "5次"),
    ("全区各级各部门开展专题学习900余次，深入学习宪法。", "900余次"),
    ("区委理论学习中心组开展专题学习6次。全年开展宪法宣传活动20场。", "6次"),
    ("区委中心组学习8次、主题党日学习6次、执法人员业务培训2次，重点学习宪法等法律法规。", "8次"),
    ("区委常委会会前学法7次，区政府常务会会前学法10次，镇党委中心组专题学习4次。", "4次"),
])
def test_a_study_of_another_topic_many_bodies_or_no_law_in_its_sentence_is_not_a_leaders_law_study(sentence, raw):
    # (SIBLING_LAW: the law of a clause that counts an event of its own, or of a closing clause after a list the
    # figure is not last in, lends the figure nothing)
    assert key(sentence, raw) != "leadership.study_sessions"


# ---- PUBLICITY_ACTIVITY
@pytest.mark.parametrize("sentence, raw", [
    ("组织律师进社区开展普法宣传和“法律义诊”活动31次。", "31次"),
    ("开展习近平法治思想“六进”系列活动150多场次，推动学习走深走实。", "150多场次"),
])
def test_activities_named_as_law_publicity_are_publicity_events(sentence, raw):
    assert key(sentence, raw, "（四）深入推进全民普法") == "capacity.law_publicity_events"


@pytest.mark.parametrize("sentence, raw", [
    ("全区各级各部门开展普法宣传和“法律义诊”活动310次。", "310次"),
    ("联合卫生院开展宪法宣传和健康义诊活动16场次。", "16场次"),
])
def test_activities_of_many_bodies_or_shared_with_an_act_of_no_law_stay_without_a_key(sentence, raw):
    assert key(sentence, raw, "（四）深入推进全民普法") is None


# ---- PUBLICITY_AUDIENCE
@pytest.mark.parametrize("sentence, raw", [
    ("依托“青石司法”公众号定期推送示范创建进展，累计覆盖受众超3万人次。", "超3万人次"),
    ("推送普法短文80余篇，开展网上知识竞答3次6期，惠及群众8万余人次。", "8万余人次"),
])
def test_the_people_a_law_publicity_reached_are_its_audience(sentence, raw):
    assert key(sentence, raw, "（四）深入推进全民普法") == "capacity.publicity_audience"


@pytest.mark.parametrize("sentence, raw", [
    ("全区开展各类主题宣讲900余场次，受众人数36万人次。", "36万人次"),
    ("推送普法短文80余篇，覆盖机关干部2000余人次。", "2000余人次"),
])
def test_people_of_other_publicity_or_officials_are_no_publicity_audience(sentence, raw):
    assert key(sentence, raw, "（四）深入推进全民普法") != "capacity.publicity_audience"
