"""Event keys (which kind of event a count of sessions or people belongs to) pooled over the seven tuning sets
(keysE15, issue 9).

Every sentence here is invented (other places, other years); none is real report text.

* SEVERAL_BODIES (LABELING 44/49): a law lecture after the clauses of two leadership bodies that each count their own
  study (中心组学法N次，常务会学法M次，举办法治讲座K次) is the organ's training, not one body's collective study; a
  lecture after one body's clause stays that body's study.
* STAFF_ITEM (LABELING 9/10): in a 、 list of study counts split by who studied, an item whose own words name the staff
  (全体干部集中学法N次) is law training, even when a sibling item names a leadership body (中心组专题学法M次).
"""

import pytest

from _sentences import sentence_report, fig

LEAD_HEADING = "（一）加强党对法治政府建设的领导"


def _key(sentence: str, raw: str, heading: str = LEAD_HEADING) -> str | None:
    r = sentence_report(sentence, heading, title="澄川市青石区2037年法治政府建设工作报告", year=2037,
                        weakness="学法制度落实仍有差距。")
    return fig(r, raw)["key"]


# ------------------------------------------------------------------------------ SEVERAL_BODIES
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("年内区政府常务会议会前学法7次，区委理论学习中心组专题学法3次，邀请高校教授开展《某某条例解读》等法治专题讲座4次。",
     "4次", "capacity.training_sessions"),
    # one body opening the sentence: the lecture is its collective study (LABELING 49)
    ("区政府常务会议先后听取依法行政情况汇报，邀请高校教授开展法治专题讲座4次。", "4次", "leadership.study_sessions"),
])
def test_lecture_after_two_bodies_own_counts(sentence, raw, key):
    assert _key(sentence, raw) == key


# ------------------------------------------------------------------------------ STAFF_ITEM
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("全年组织机关全体干部集中学法11次、党工委中心组专题学法6次，重点学习《中华人民共和国某某法》。", "11次",
     "capacity.training_sessions"),
    ("坚持会前学法制度，全年开展党工委中心组专题学法6次、机关全体干部集中学法11次，重点学习宪法。", "11次",
     "capacity.training_sessions"),
    ("坚持会前学法制度，全年开展党工委中心组专题学法6次、机关全体干部集中学法11次，重点学习宪法。", "6次",
     "leadership.study_sessions"),
])
def test_staff_item_of_a_study_list(sentence, raw, key):
    assert _key(sentence, raw) == key
