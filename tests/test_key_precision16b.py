"""Wrong keys, round 2 (issue 9, sixteenth session): whose body, which period, which act. Invented sentences (other
places, numbers, word order), each a class seen on two tuning sets:

* WHOSE_BODY (LABELING 44, 49, 64): a law lecture is a leadership body's collective study only when the body is the
  organ's own and the lecture's: a body inside an earlier item with a count of its own (组织开展常务会议会前学法6次，
  宪法专题讲座3次) is that item's; a body of a level above the organ (市委理论学习中心组 in a district report) is
  another body, whose lecture the organ's people attended: their training (rule 64);
* EARLIER_PERIOD (LABELING 6, 37, 41): a figure in a period since an earlier year (2030年以来…) or in a clause
  opening with an earlier year (在2031年已有…基础上) is not the report year's; the year of a 述法 round is not a period;
* DECISION_OBJECT (LABELING 5, 23): major decisions counted as the object of another act count that act;
* JUSTICE_BODY (LABELING 9, 50, 52): 司法 in a body's name (司法厅, 司法行政系统) is no law work done at a meeting.
"""

import pytest

from _sentences import district_key

LEAD = "（一）加强党对法治政府建设的领导"


def key(sentence: str, raw: str, heading: str = LEAD, nth: int = 0):
    return district_key(sentence, raw, heading, nth)


# ---- WHOSE_BODY
@pytest.mark.parametrize("sentence, raw", [
    ("组织开展常务会议会前学法6次，宪法专题讲座3次，切实提高领导干部依法办事能力。", "3次"),
    ("选派领导干部参加市委理论学习中心组法治专题讲座2期，参训干部90余人次。", "2期"),
])
def test_a_lecture_not_held_for_the_organs_own_body_is_training(sentence, raw):
    assert key(sentence, raw) == "capacity.training_sessions"


@pytest.mark.parametrize("sentence, raw", [
    ("区政府常务会议先后听取法治工作汇报5次，邀请专家开展法治专题讲座3次。", "3次"),
    ("开展区委理论学习中心组法治专题讲座2期。", "2期"),
])
def test_a_lecture_of_the_organs_own_body_stays_its_study(sentence, raw):
    assert key(sentence, raw) == "leadership.study_sessions"


# ---- EARLIER_PERIOD
@pytest.mark.parametrize("sentence, raw", [
    ("在2031年已有180个政务服务事项接入“一网通办”基础上，今年继续扩大网办范围。", "180个"),
    ("全面清理2030年以来的决策档案，组织各部门对重大行政决策15件进行整理。", "15件"),
    ("2029年以来，区司法局为机关干部举办法治专题讲座42场。", "42场"),
])
def test_a_figure_of_an_earlier_year_or_a_period_since_one_takes_no_key(sentence, raw):
    assert key(sentence, raw) is None


@pytest.mark.parametrize("sentence, raw, want", [
    ("组织开展2032年度述法工作，26名单位主要负责人现场述法。", "26名", "leadership.law_reports"),
    ("2030年以来，全区持续深化改革，今年开展法治专题讲座12场。", "12场", "capacity.training_sessions"),
])
def test_a_round_named_by_its_year_or_a_year_named_again_keeps_the_key(sentence, raw, want):
    assert key(sentence, raw) == want


# ---- DECISION_OBJECT
def test_decisions_reviewed_are_legality_reviews():
    assert key("严格落实合法性审查制度，全年对9项重大行政决策开展合法性审查。", "9项") == "decisions.legality_reviews"


def test_decisions_filed_away_are_no_decisions_made():
    assert key("组织各起草单位对重大行政决策12件、规范性文件30件进行立卷归档。", "12件") is None


def test_decisions_made_keep_their_key():
    assert key("全年作出重大行政决策7项，均经过合法性审查。", "7项") == "decisions.major_decisions"


# ---- JUSTICE_BODY
@pytest.mark.parametrize("sentence, raw", [
    ("在司法厅年度工作会议上作典型发言6次，推动各项部署落地见效。", "6次"),
    ("党委会5次学习总书记重要讲话精神，召开了全区司法行政系统工作部署会。", "5次"),
])
def test_a_justice_body_named_at_a_meeting_is_no_law_work(sentence, raw):
    assert key(sentence, raw) is None


@pytest.mark.parametrize("sentence, raw", [
    ("区司法局党组会3次专题研究法治政府建设工作。", "3次"),
    ("召开全区司法行政工作会议2次，研究部署法治政府建设重点任务。", "2次"),
])
def test_a_meeting_on_law_work_of_the_justice_bureau_keeps_its_key(sentence, raw):
    assert key(sentence, raw) == "leadership.meetings"


def test_a_lecture_held_at_the_meeting_named_before_stays_its_study():
    assert key("组织召开区政府常务会议5次，会上邀请专家开展法治专题讲座3次。", "3次") == "leadership.study_sessions"


def test_a_dui_that_is_no_object_phrase_leaves_decisions_made():
    assert key("对标省级要求，全年作出重大行政决策7项并完成公示。", "7项") == "decisions.major_decisions"
