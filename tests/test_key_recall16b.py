"""Missed keys, round 2 (issue 9, sixteenth session). Invented sentences (other places, numbers, wording):

* COMBINED_TOTAL (LABELING 7, catalog definition of oversight.suggestions_and_proposals): the deputies' suggestions
  and the members' proposals given as one count, joined by 和/及/与 with words between (代表建议和政协委员提案), or as
  the objects of one verb (办理人大代表建议和政协提案共N件), are the combined total; counted apart, each keeps its own
  key;
* LECTURE_NOUNS (LABELING 10/44/49): 专题辅导 and 专题报告会 are lectures, as 讲座 is: law training, or a leadership
  body's collective study when held for a 中心组 or 常务会议; with no law named, no key;
* VERB_YU (LABELING 39): 与 inside the verb 参与 joins nothing (…主要负责人参与述法 is a report by the heads, not the
  second half of a pair), and 位 counts people as 名 does (共N位…负责人参与述法);
* BARE_COVERAGE (LABELING 15, gate fix): a clause that is only the rate (覆盖率达100%) is the coverage of what the
  clause right before it in the sentence says; when that clause has the villages engage legal counsel, the rate is
  decisions.legal_counsel_coverage. A rate after a count of reviews, or of public lawyers, stays without key.
"""

import pytest

from _sentences import district_key

LEAD = "（一）加强党对法治政府建设的领导"


def key(sentence: str, raw: str, heading: str = LEAD):
    return district_key(sentence, raw, heading)


@pytest.mark.parametrize("sentence, raw", [
    ("主动接受监督，承办省、市、县三级人大代表建议和政协委员提案317件，全部按期办结。", "317件"),
    ("全年办理人大代表建议和政协提案共86件，按时办复。", "86件"),
    ("办理人大代表建议、政协提案112件，办复率100%。", "112件"),
    ("区政府共承办代表建议及委员提案64件。", "64件"),
])
def test_suggestions_and_proposals_given_together_are_the_combined_total(sentence, raw):
    assert key(sentence, raw) == "oversight.suggestions_and_proposals"


@pytest.mark.parametrize("sentence, raw, want", [
    ("办理人大代表建议45件和政协提案30件。", "45件", "oversight.npc_suggestions"),
    ("办理人大代表建议45件和政协提案30件。", "30件", "oversight.cppcc_proposals"),
])
def test_suggestions_and_proposals_counted_apart_keep_their_own_keys(sentence, raw, want):
    assert key(sentence, raw) == want


@pytest.mark.parametrize("sentence, raw, want", [
    ("组建民法典宣讲团，举办专题辅导15场。", "15场", "capacity.training_sessions"),
    ("邀请高校教授为全体干部作行政诉讼法专题辅导3次。", "3次", "capacity.training_sessions"),
    ("县委理论学习中心组举办宪法专题报告会3次。", "3次", "leadership.study_sessions"),
    ("举办依法行政专题报告会4场。", "4场", "capacity.training_sessions"),
])
def test_a_law_lecture_named_as_a_tutorial_or_report_meeting_is_keyed(sentence, raw, want):
    assert key(sentence, raw) == want


@pytest.mark.parametrize("sentence, raw", [
    ("围绕乡村振兴举办专题辅导15场。", "15场"),
    ("县委理论学习中心组举办专题报告会3次。", "3次"),
])
def test_a_tutorial_or_report_meeting_with_no_law_takes_no_key(sentence, raw):
    assert key(sentence, raw) is None


@pytest.mark.parametrize("sentence, raw", [
    ("开展年度专题述法工作，共38位县直单位主要负责人参与述法。", "38位"),
    ("开展年度述法评议，共52名乡镇和部门主要负责人参与述法。", "52名"),
])
def test_heads_who_take_part_in_reporting_on_law_are_counted(sentence, raw):
    assert key(sentence, raw) == "leadership.law_reports"


def test_a_pair_joined_by_yu_still_names_its_second_half_apart():
    # 与 joining two acts (审查与备案): the second alone does not name the count (rule 7 stays)
    assert key("审查与备案规范性文件27件。", "27件") != "normative_docs.filed"


def test_a_bare_coverage_rate_after_a_clause_on_legal_counsel_is_counsel_coverage():
    sentence = "续聘律师担任镇法律顾问，全镇14个村也都聘请律师担任法律顾问，覆盖率达100%。"
    assert key(sentence, "100%") == "decisions.legal_counsel_coverage"


@pytest.mark.parametrize("sentence", [
    "全年开展全流程合法性审查820件，覆盖率达100%。",
    "全县各村均配备公职律师，覆盖率达100%。",
    "镇政府聘请律师担任法律顾问。全年开展合法性审查820件，覆盖率达100%。",
])
def test_a_bare_coverage_rate_of_something_else_takes_no_counsel_key(sentence):
    assert key(sentence, "100%") is None
