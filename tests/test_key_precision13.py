"""Key precision classes (issue 9, session 2026-12-03, third): each recurs on pages of two tuning sets or more and is
fixed by a generic mechanism. Synthetic sentences only (invented places, years and figures), each with a near-miss
that keeps the key.

* NOT_IN_HEAD: exams that are no law exam: a qualification exam (参加法律职业资格考试) or a 廉政考试 (capacity.exam_takers
  not_in, written with the verb 参加 so that 参加*考试 over them is hidden too).
* CASES_CONTEXT_CLAUSE: a count of service cases (办件量) names its service setting (审批, 大厅, 政务服务中心 …) in its own
  clause; a 办件量 whose setting is only in an earlier clause, after a clause naming one reform (容缺受理, 联动审批,
  告知承诺), counts that reform's cases, a sub-type with no catalog key. A clause that is only an act and its figure
  reads the object of the clause before as its own (政务服务事项网上可办率…，办理2.4万件).
* LEVELS_CARRY (LABELING 32/45; one tuning set only, holdout11): a training count in a clause with no subject of its
  own, after a clause whose subject is the bodies of every level (各级政府及其部门), is summed over those bodies: no
  key. A body of its own named after them (中心组, 常务会议, 县司法局) ends the carry.
* STREAK (LABELING 2/6): a figure stated for a streak of years in its own clause (连续3年组织培训20场次) is every one
  of those years' figure or their sum: no key. A streak in another clause leaves the figure alone. (A rank for a
  streak, 连续五年位居第一, was here too; since stop 32 it is the report year's rank and keyed: STREAK_RANK.)
"""

import pytest

from _sentences import district_key

HEADING = "（三）提升干部法治能力"


def _key(sentence: str, raw: str, nth: int = 0, heading: str = HEADING) -> str | None:
    return district_key(sentence, raw, heading, nth)


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # NOT_IN_HEAD near-misses: a law exam keeps its key
    ("组织全区412名干部参加年度学法考试。", "412名", "capacity.exam_takers"),
    ("组织27名新任科级干部参加法律知识考试。", "27名", "capacity.exam_takers"),
    # CASES_CONTEXT_CLAUSE near-misses: the setting in the clause, or in the object the bare act borrows
    ("区政务服务中心全年办件量达12.6万件。", "12.6万件", "approval.cases_handled"),
    # (网上可办率…，办理N件: the online channel's cases take no key, LABELING 66, tests/test_key_rules66_73.py)
    ("政务服务事项全程可办率96.1%，办理2.4万件。", "2.4万件", "approval.cases_handled"),
    # LEVELS_CARRY near-misses: a body of its own after the many bodies
    ("全县各级政府及其部门认真组织学习宪法，县司法局组织法治专题培训12场次。", "12场次", "capacity.training_sessions"),
    ("把宪法学习列入全县各级党委(党组)理论学习中心组学习计划，落实县政府常务会议会前学法制度，全年组织集中学法活动6次。", "6次",
     "leadership.study_sessions"),
    # STREAK near-misses
    ("在全省依法行政考核中位居第一。", "第一", "leadership.assessment_rank"),
    ("连续两年开展法治宣传月活动，全年举办法治讲座12场。", "12场", "capacity.training_sessions"),
])
def test_class_keeps_the_key(sentence, raw, key):
    assert _key(sentence, raw) == key


@pytest.mark.parametrize(("sentence", "raw"), [
    # NOT_IN_HEAD
    ("支持7名执法人员参加法律职业资格考试。", "7名"),
    ("组织41名科级干部参加廉政考试。", "41名"),
    # CASES_CONTEXT_CLAUSE
    ("全面推行容缺受理改革，明确容缺受理审批事项清单86项，办件量达2.3万件。", "2.3万件"),
    ("深入推进跨区域联办，实现市县两级联动审批，办件数达4120件。", "4120件"),
    # LEVELS_CARRY
    ("全县各级政府及其部门认真组织学习宪法，全县组织法治专题培训300余场次。", "300余场次"),
    # STREAK (counts; a rank for a streak is keyed since stop 32: tests/test_key_agreed32_kagLC.py, STREAK_RANK)
    ("青石区连续3年组织法治专题培训20场次。", "20场次"),
    ("连续两年办理行政复议案件共计96件。", "96件"),
])
def test_class_takes_no_key(sentence, raw):
    assert _key(sentence, raw) is None
