"""Wrong keys, stop 31 (issue 9): which period, which act. Invented sentences (other places, numbers, word order):

* RANK_EDITION (LABELING 51, 65): a rank in an assessment whose bracket gives only years before the report year
  (某评估(2030-2031)中排名第二 in a 2033 report) is an earlier edition's rank, as 2031年度…考评 is; the place after it in
  the same ranking (全国第七) goes with it;
* OPINION_REQUESTS (LABELING 67): requests for legal opinion that a 司法局 handles (办理征求法律意见N件次) are not
  opinions counsel gave (catalog decisions.counsel_opinions, not_in 征求法律意见, as decisions.public_consultations);
* REQUESTED_MEETING (LABELING 52, 68): meetings the organ only asked another body to hold (提请召开N次…委员会会议) are
  that body's, as meetings it attended are;
* ONE_CHANNEL (LABELING 66, 19, 31): government-service cases of one channel or subset named alone (网上办件, 重点事项
  网办) are no whole 办件量; channels side by side with no total each keep the key, a part after 其中 leaves the key
  to its total;
* FIELD_PART (LABELING 70, 19): in a place's report, a count whose clause opens with one field as subject (某某领域开展
  “双随机”抽查30批次), and the later clauses of its sentence that name no body or field of their own, count that field's
  part: no enforcement key; a department's report on its own field keeps it.
"""

import pytest

from _sentences import fig, sentence_report, district_key

LEAD = "（一）加强党对法治政府建设的领导"


def key(sentence: str, raw: str, heading: str = LEAD, nth: int = 0):
    return district_key(sentence, raw, heading, nth)


# ---- RANK_EDITION
@pytest.mark.parametrize("sentence, raw", [
    ("助力澄川市在某省法治政府评估(2030-2031)中排名全省第二全国第七，获评优秀等次。", "第二"),
    ("助力澄川市在某省法治政府评估(2030-2031)中排名全省第二全国第七，获评优秀等次。", "第七"),
    ("青石区在法治政府建设第三方评估（2032）中位列全市第三。", "第三"),
])
def test_a_rank_of_an_assessment_bracketed_with_earlier_years_takes_no_key(sentence, raw):
    assert key(sentence, raw) is None


@pytest.mark.parametrize("sentence, raw", [
    ("青石区在法治政府建设第三方评估（2032-2033）中位列全市第三。", "第三"),
    ("青石区在2033年度法治澄川建设考评中排名全市第二。", "第二"),
])
def test_a_rank_of_the_report_years_assessment_keeps_the_key(sentence, raw):
    assert key(sentence, raw) == "leadership.assessment_rank"


# ---- OPINION_REQUESTS
def test_requests_for_legal_opinion_handled_are_not_counsel_opinions():
    s = "全年共审查重大合同27份，办理区级征求法律意见210件次。"
    assert key(s, "210件次", heading="（二）健全依法决策机制") is None


def test_opinions_counsel_gave_keep_the_key():
    s = "政府法律顾问全年出具法律意见75份，参与重大合同审查27份。"
    assert key(s, "75份", heading="（二）健全依法决策机制") == "decisions.counsel_opinions"


# ---- REQUESTED_MEETING
def test_meetings_the_organ_requested_of_another_body_take_no_key():
    s = "提请召开3次市委全面依法治市委员会会议，研究年度立法计划。"
    assert key(s, "3次") is None


def test_meetings_the_organ_convened_keep_the_key():
    s = "牵头召开市委全面依法治市委员会会议3次，研究年度立法计划。"
    assert key(s, "3次") == "leadership.meetings"


# ---- ONE_CHANNEL
SERVICE = "（三）深化政务服务改革"


@pytest.mark.parametrize("sentence, raw", [
    ("全年重点事项网上办件达3200件，群众办事更加便捷。", "3200件"),
    ("依托政务服务平台推行线上申请，线上办件4800件。", "4800件"),
    ("全年重点事项线上办件4120件。", "4120件"),
])
def test_cases_of_one_channel_named_alone_take_no_key(sentence, raw):
    assert key(sentence, raw, heading=SERVICE) is None


@pytest.mark.parametrize("sentence, raw", [
    ("政务服务中心窗口办件4100件、网上办件5200件。", "4100件"),
    ("政务服务中心窗口办件4100件、网上办件5200件。", "5200件"),
    ("政务服务中心全年累计办件8600件，其中网上办件2100件，窗口办件6500件。", "8600件"),
    ("政务服务中心全年网上网下办件8600件。", "8600件"),
])
def test_channels_side_by_side_and_a_stated_total_keep_the_key(sentence, raw):
    assert key(sentence, raw, heading=SERVICE) == "approval.cases_handled"


# ---- FIELD_PART
CHECKS = "（四）严格规范公正文明执法"
FIELD = "2033年食品安全领域开展30批次“双随机”抽查，抽查经营主体960户次。"


@pytest.mark.parametrize("raw", ["30批次", "960户次"])
def test_one_fields_checks_in_a_places_report_take_no_key(raw):
    assert key(FIELD, raw, heading=CHECKS) is None


def test_a_departments_checks_in_its_own_field_keep_the_key():
    r = sentence_report(FIELD, CHECKS, title="澄川市青石区市场监督管理局2033年法治政府建设年度报告", year=2033,
                        weakness="执法规范化水平仍需提升。")
    assert fig(r, "30批次")["key"] == "enforcement.random_inspections"


def test_a_places_checks_with_no_field_keep_the_key():
    s = "2033年全区开展30批次“双随机”抽查，抽查经营主体960户次。"
    assert key(s, "30批次", heading=CHECKS) == "enforcement.random_inspections"


# (LABELING 74: several fields listed side by side are parts side by side, rule 31: each keeps the key)
@pytest.mark.parametrize("raw", ["30批次", "18批次"])
def test_fields_listed_side_by_side_keep_the_key(raw):
    s = "2033年食品安全领域开展“双随机”抽查30批次，药品安全领域开展“双随机”抽查18批次。"
    assert key(s, raw, heading=CHECKS) == "enforcement.random_inspections"
