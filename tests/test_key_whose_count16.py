"""Whose count (issue 9, sixteenth session): a clause whose subject is many bodies — every level's bodies (各级…),
the units of the place (各职能部门, 各单位), or the whole place as the actor of the act (全区开展…) — counts a sum over
bodies that each study, train, hold meetings or do publicity on their own, not the reporting organ's count
(LABELING 32, 63); so do the later clauses of the same sentence that name no subject of their own (LABELING 45).
The organ urging the bodies to act (推动各部门学法) still counts the bodies' acts. Invented sentences (other places,
numbers, word order):

* the subject at the start of the clause, after time words or an urging verb, decides; the same words inside an
  object (将…纳入全区各级党委…学习计划, 组织全区干部职工参加的学法活动) are not who acted;
* a clause that names a body of its own (区政府常务会议, 区司法局) ends the carry;
* counts whose indicator by definition spans bodies (述法, exams, law inspections) are not touched (LABELING 39).
"""

import pytest

from _sentences import fig, sentence_report, district_key

STUDY = "（一）深入学习宣传习近平法治思想"


def key(sentence: str, raw: str, nth: int = 0):
    return district_key(sentence, raw, STUDY, nth)


MANY = ("各级理论学习中心组开展宪法专题学习60余次，全区举办民法典专题研讨班4期，围绕民法典开展线上线下法治讲座27场"
        "受众3万余人；借助报刊和短视频开展宪法宣传260余次受众9万余人。")


@pytest.mark.parametrize("sentence, raw", [
    (MANY, "60余次"),
    (MANY, "4期"),
    (MANY, "27场"),
    (MANY, "260余次"),
    (MANY, "9万余人"),
    ("为落实学法清单制度，今年以来，推动各职能部门学法95次。", "95次"),
    ("督促各镇街党委(党组)开展法治专题学习72次。", "72次"),
    ("参加省级法治大讲堂专题讲座20期，全区各级领导干部累计参加人数达9万余人次。", "9万余人次"),
    ("全区各单位开展宪法宣传活动340场次，发放资料5万余份。", "340场次"),
])
def test_a_count_whose_subject_is_many_bodies_takes_no_key(sentence, raw):
    assert key(sentence, raw) is None


@pytest.mark.parametrize("sentence, raw, want", [
    ("把宪法列为全区各级党委(党组)中心组年度学习重点，开展宪法宣讲150场次。", "150场次",
     "capacity.law_publicity_events"),
    ("加强法治学习培训，组织全区干部职工参加的大型学法活动6次。", "6次", "capacity.training_sessions"),
    ("全区各单位开展学法500余次，区政府常务会议会前学法10次。", "10次", "leadership.study_sessions"),
    ("区政府常务会议会前学法10次，举办领导干部法治专题讲座3场。", "3场", "capacity.training_sessions"),
    ("将宪法学习作为全区各级各部门的必修课，区委常委会、区政府常务会会前学法11次。", "11次", "leadership.study_sessions"),
])
def test_the_organs_own_count_keeps_its_key(sentence, raw, want):
    assert key(sentence, raw) == want


@pytest.mark.parametrize("sentence, raw, want", [
    ("各乡镇各部门将宪法学习列入年度计划，全区80多个党委(党组)开展专题学习达1万余人次，区普法讲师团开展巡讲95场次。",
     "95场次", "capacity.law_publicity_events"),
    ("全区各单位开展学法500余次、区政府常务会议会前学法10次。", "10次", "leadership.study_sessions"),
])
def test_a_clause_naming_a_subject_of_its_own_ends_the_many_bodies(sentence, raw, want):
    assert key(sentence, raw) == want


@pytest.mark.parametrize("sentence, raw", [
    ("区司法局指导各社区开展宪法宣传活动330场次。", "330场次"),
    ("各镇(街道)党(工)委召开法治建设专题会议48次。", "48次"),
    ("区镇两级累计举办法治讲座80场。", "80场"),
])
def test_bodies_urged_named_by_place_or_by_levels_are_many_bodies(sentence, raw):
    assert key(sentence, raw) is None


REFORM = "（二）深化“放管服”改革"


def reform_key(sentence: str, raw: str):
    r = sentence_report(sentence, REFORM, title="澄川市青石区2033年法治政府建设年度报告", year=2033,
                        weakness="营商环境仍需优化。")
    return fig(r, raw)["key"]


@pytest.mark.parametrize("sentence, raw", [
    ("分三批公布“最多跑一次”政务服务事项86项。", "86项"),
    ("梳理“一次不跑”服务事项152项。", "152项"),
    ("按“一网通办”要求推行的“最多跑一次”事项占比达到97%。", "97%"),
    ("通过“一网通办”平台实现零跑腿的事项比例为64%。", "64%"),
])
def test_items_of_one_service_mode_are_a_subset_not_the_item_list(sentence, raw):
    # LABELING 13: the list's items of one service mode (最多跑一次, 一次不跑, 零跑腿) are a part of the list, and a
    # share of them is no online-handling rate
    assert reform_key(sentence, raw) is None


@pytest.mark.parametrize("sentence, raw, want", [
    ("全区政务服务事项清单共列政务服务事项620项。", "620项", "approval.service_items"),
    ("本区依申请政务服务事项的全程网办率达到98%。", "98%", "digital.items_online_rate"),
])
def test_the_whole_item_list_and_the_online_rate_keep_their_keys(sentence, raw, want):
    assert reform_key(sentence, raw) == want


def test_people_of_many_levels_counted_right_after_them_are_the_trainees():
    # the people of the levels are what is counted (the subject is the figure itself), trained at the organ's course
    assert key("举办宪法专题研修班3期，区镇两级260名干部参加研修培训。", "260名") == "capacity.trainees"


@pytest.mark.parametrize("raw", ["26项", "38项"])
def test_a_split_by_two_places_ending_alike_keeps_the_key(raw):
    # LABELING 21: a split by place with no stated total keeps the key in each part, also when both places end in
    # the same character (…片区 / …新区), which the sibling-subtype gate used to read as a shared kind
    sentence = "向白鹭湾自贸片区下放市级管理权限26项，向澄川新区下放市级管理权限38项。"
    assert reform_key(sentence, raw) == "approval.items_delegated"


LEAD = "（一）加强党对法治政府建设的领导"


def lead_key(sentence: str, raw: str):
    return district_key(sentence, raw, LEAD)


@pytest.mark.parametrize("sentence, raw, want", [
    # the count before its noun: the rule-of-law body's meeting named right after the figure is its own words
    ("全年召开3次区委全面依法治区委员会会议，安排年度法治建设重点工作。", "3次", "leadership.meetings"),
    ("召开2次区政府常务会议，研究重大事项。", "2次", None),
    ("召开5次区委常委会会议，安排全年经济工作。", "5次", None),
])
def test_a_meeting_named_after_its_count_is_read_for_law(sentence, raw, want):
    assert lead_key(sentence, raw) == want
