"""Key classes of legality reviews, the government's own law lectures and study over many groups (issue 9),
on invented sentences (our counties, years, numbers):

* LABELING 11: a legality review whose object lists several kinds of instrument is a count of legality reviews
  (decisions.legality_reviews), not of one kind in the list; a review of one kind keeps that kind's key;
* LABELING 44/49: a law lecture named only as the government's own (县政府法治专题讲座) names no 常务会议 or 中心组
  it was held for: it is the government's law training, not a leadership body's collective study (LECTURE_AUDIENCE;
  this replaced an older reading that made it study); training the government holds for others stays training;
* a study counted over the leadership groups of every level (各级党委(党组)…学习) is no body's own study.
"""

import pytest

from _sentences import fig, sentence_report


def report(sentence: str, heading: str = "（二）依法全面履行政府职能"):
    return sentence_report(sentence, heading, title="青岚县2032年法治政府建设年度报告", year=2032,
                           weakness="个别单位审核流程不够规范。")


# ------------------------------------------------------------------------------ LABELING 11
@pytest.mark.parametrize(("sentence", "raw"), [
    ("年内对市政府规范性文件及重大政策措施进行合法性审核58件。", "58件"),
    ("本年度完成76件区政府重大决策事项、规范性文件及合同协议的合法性审查。", "76件"),
    ("审核（审查）市政府重大决策、招商协议及其他政策文件等49件。", "49件"),
])
def test_a_legality_review_of_several_kinds_counts_legality_reviews(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] == "decisions.legality_reviews", (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # one kind reviewed keeps that kind's key
    ("全年合法性审核县政府规范性文件18件。", "18件", "normative_docs.reviewed"),
])
def test_a_legality_review_of_one_kind_keeps_its_key(sentence, raw, key):
    f = fig(report(sentence), raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize("raw", ["17件", "9份"])
def test_figures_each_with_its_own_kind_are_no_review_of_several_kinds(raw):
    f = fig(report("对17件规范性文件和9份行政合同进行合法性审查。"), raw)
    assert f["key"] != "decisions.legality_reviews", (f["name"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ LABELING 44/49, the government itself
@pytest.mark.parametrize(("sentence", "raw"), [
    ("举办4场县政府法治专题讲座。", "4场"),
    ("全年举办县政府专题法律讲座3次。", "3次"),
])
def test_the_governments_own_law_lecture_is_its_training(sentence, raw):
    f = fig(report(sentence, "（一）加强党的领导"), raw)
    assert f["key"] == "capacity.training_sessions", (f["name"], f["key"], f["key_basis"])


def test_a_law_lecture_for_the_executive_meeting_is_its_study():
    f = fig(report("组织区政府常务会议法治讲座4场。", "（一）加强党的领导"), "4场")
    assert f["key"] == "leadership.study_sessions", (f["name"], f["key"], f["key_basis"])


def test_law_training_the_government_holds_for_others_stays_training():
    f = fig(report("县政府组织全县行政执法人员开展法治专题讲座6次。", "（一）加强党的领导"), "6次")
    assert f["key"] != "leadership.study_sessions", (f["name"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ study over every level's bodies
def test_study_of_every_levels_party_groups_takes_no_key():
    f = fig(report("严格落实学法制度，开展各级党委（党组）理论学习中心组学习1260次。", "（一）加强党的领导"), "1260次")
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


def test_every_level_named_in_another_clause_leaves_the_own_study_keyed():
    f = fig(report("将习近平法治思想纳入各级党委（党组）理论学习中心组学法内容，全年组织县政府常务会议集中学法8次。",
                   "（一）加强党的领导"), "8次")
    assert f["key"] == "leadership.study_sessions", (f["name"], f["key"], f["key_basis"])
