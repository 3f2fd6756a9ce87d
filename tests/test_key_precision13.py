"""Key precision classes (issue 9, session 2026-12-03, third): each recurs on pages of two tuning sets or more and is
fixed by a generic mechanism. Synthetic sentences only (invented places, years and figures), each with a near-miss
that keeps the key.

* NOT_IN_HEAD: exams that are no law exam: a qualification exam (参加法律职业资格考试) or a 廉政考试 (capacity.exam_takers
  not_in, written with the verb 参加 so that 参加*考试 over them is hidden too).
"""

import pytest

from _sentences import fig, sentence_report

HEADING = "（三）提升干部法治能力"


def _key(sentence: str, raw: str, nth: int = 0, heading: str = HEADING) -> str | None:
    r = sentence_report(sentence, heading, title="澄川市青石区2033年法治政府建设年度报告", year=2033,
                        weakness="法治建设水平仍需提升。")
    return fig(r, raw, nth)["key"]


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # NOT_IN_HEAD near-misses: a law exam keeps its key
    ("组织全区412名干部参加年度学法考试。", "412名", "capacity.exam_takers"),
    ("组织27名新任科级干部参加法律知识考试。", "27名", "capacity.exam_takers"),
])
def test_class_keeps_the_key(sentence, raw, key):
    assert _key(sentence, raw) == key


@pytest.mark.parametrize(("sentence", "raw"), [
    # NOT_IN_HEAD
    ("支持7名执法人员参加法律职业资格考试。", "7名"),
    ("组织41名科级干部参加廉政考试。", "41名"),
])
def test_class_takes_no_key(sentence, raw):
    assert _key(sentence, raw) is None
