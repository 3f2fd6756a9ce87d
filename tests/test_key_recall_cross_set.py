"""Key recall classes pooled over four labelled sets and kept only when they recur on pages of two sets or more
(issue 9, session 2026-12-03, second). Each class: wordings in the genre's style (invented places, years and figures)
and a near-miss that keeps (or keeps refusing) the key. Synthetic sentences only.

* LIST_SHARES_ACT: counts listed side by side before one act (实现8个镇(街道)、43个部门述法全覆盖; 组织21名甲以及96名乙
  参加…考试): the last count's key read from the act after its noun is every item's key (LABELING 31).
* ETC_END_LIST: a verb, a 、 list of its objects closed by 等, then the figure with no head noun (审核区政府发文、常务会议纪要等
  47件): the items read with the verb name the figure's key when every item names it (or a total covering them); an
  unkeyed object of 审核/审查 is a document reviewed for legality (LABELING 23).
"""

import pytest

from _sentences import fig, sentence_report, district_key

HEADING = "（一）加强党对法治政府建设的领导"


def _key(sentence: str, raw: str, nth: int = 0) -> str | None:
    return district_key(sentence, raw, HEADING, nth)


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # LIST_SHARES_ACT
    ("健全述法机制，实现8个镇(街道)、43个部门述法全覆盖。", "8个", "leadership.law_reports"),
    ("组织21名县管干部以及96名科级干部参加年度法治理论考试。", "21名", "capacity.exam_takers"),
    ("组织6名新任干部和15名科级干部参加宪法宣誓。", "6名", "capacity.oath_takers"),
    # near-miss: each item names its own noun, and keeps its own key
    ("建成3个法治文化公园、5个法治广场。", "3个", "capacity.culture_sites"),
    # ETC_END_LIST
    ("审核区政府发文、常务会议纪要等47件。", "47件", "decisions.legality_reviews"),
    ("区政府党组中心组集体学习宪法、新修订的法律法规等15次。", "15次", "leadership.study_sessions"),
    ("通过区政府网站主动公开规范性文件、图解解读等2600余条。", "2600余条", "disclosure.proactive"),
])
def test_class_takes_the_key(sentence, raw, key):
    assert _key(sentence, raw) == key


@pytest.mark.parametrize(("sentence", "raw"), [
    # LIST_SHARES_ACT: the next item's key comes from its own noun, not from an act after the list
    ("新建3个便民服务站、5个普法基地。", "3个"),
    # ... or the act is in another clause
    ("确定7个镇(街道)、12个部门为试点，全面开展述法。", "7个"),
    # ETC_END_LIST: items naming two indicators no catalog total covers; items naming nothing of law
    ("审核合同、规范性文件等64件。", "64件"),
    ("学习党章、党规等12次。", "12次"),
    ("印发规范性文件、工作方案等18件。", "18件"),
    ("制定行政规范性文件、内部管理制度等12件。", "12件"),
    ("区政府党组中心组学习党的二十大精神、习近平法治思想等20次。", "20次"),
])
def test_class_refuses_the_key(sentence, raw):
    assert _key(sentence, raw) is None


def _fig(sentence: str, raw: str) -> dict:
    r = sentence_report(sentence, HEADING, title="澄川市青石区2033年法治政府建设年度报告", year=2033,
                        weakness="法治建设水平仍需提升。")
    return fig(r, raw, 0)


@pytest.mark.parametrize("title", ["《青石区领导干部学法制度实施方案》", "青石区领导干部学法制度实施方案"])
def test_a_title_before_the_clause_does_not_move_its_start(title):
    # The clause start is found with book titles masked; it must be read back at the same place in the unmasked
    # words, or the words of the clause before (每季度…) leak into the later count's clause.
    s = f"制定{title}，每季度安排集中学法1次，全年区政府常务会议共组织专题学法4次。"
    with_title, plain = _fig(s, "4次"), _fig(s.replace("《", "").replace("》", ""), "4次")
    assert with_title["key"] == plain["key"]
    assert with_title["role"] == plain["role"]
