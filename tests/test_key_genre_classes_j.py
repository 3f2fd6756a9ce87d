"""Key precision and recall classes of the genre found on tuneJ (issue 9, session 2026-12-03). Each class: wordings in
the genre's style (invented places, years and figures; at least one seen on no page) and, where the class refuses a
key, a near-miss that keeps it. Synthetic sentences only.

* LEGAL_REVIEW_TIMES: 重大执法决定法制审核 is counted in 次 as often as in 件 (enforcement.legal_reviews admits 次).
* CONSULTATION_COLLECT: 公开征集意见 / 向社会征集意见 is a public consultation as 公开征求意见 is.
* POWER_ITEMS_AFTER: the act after its object (34项行政职权事项的调整, 权责事项调整) is approval.power_items_adjusted.
* ONLINE_RATE_BARE: a percentage followed by 全程网办 (区级政务服务事项实现98%全程网办) is the full-online rate.
* PROCURATORATE_ISSUED: 发出/制发检察建议 is the procuratorate's act, not suggestions the organ received.
* PROGRAMMES: a broadcast programme (调解专题节目5次) counts no mediation cases.
* LISTED_ITEMS: a count in 项 of the 事项 a list holds (施行186项县级行政许可事项动态清单管理) counts its items.
"""

import pytest

from _sentences import sentence_report, fig

HEADING = "（三）推进严格规范公正文明执法"


def _key(sentence: str, raw: str) -> str | None:
    r = sentence_report(sentence, HEADING, title="澄川市青石区2033年法治政府建设年度报告", year=2033,
                        weakness="执法规范化水平仍需提升。")
    return fig(r, raw)["key"]


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # LEGAL_REVIEW_TIMES
    ("严格落实行政执法“三项制度”，开展重大执法决定法制审核12次。", "12次", "enforcement.legal_reviews"),
    ("全年对重大行政执法决定进行法制审核8次。", "8次", "enforcement.legal_reviews"),
    ("开展重大执法决定法制审核15件。", "15件", "enforcement.legal_reviews"),
    # CONSULTATION_COLLECT
    ("规章草案向社会公开征集意见9件。", "9件", "decisions.public_consultations"),
    ("重大行政决策草案通过政府网站公开征集意见6次。", "6次", "decisions.public_consultations"),
    # POWER_ITEMS_AFTER
    ("共完成8家单位34项行政职权事项的调整和公示工作。", "34项", "approval.power_items_adjusted"),
    ("完成12项权责事项调整。", "12项", "approval.power_items_adjusted"),
    # ONLINE_RATE_BARE
    ("区级政务服务事项实现98%全程网办。", "98%", "digital.items_online_rate"),
    ("全区政务服务事项全流程网办比例达95%。", "95%", "digital.items_online_rate"),
    # PROCURATORATE_ISSUED: the near-miss keeps the key
    ("收到检察建议4件，均按期回复。", "4件", "oversight.procuratorial_suggestions"),
    # PROGRAMMES: the near-miss keeps the key
    ("调解纠纷320件。", "320件", "mediation.cases"),
    # LISTED_ITEMS
    ("施行186项县级行政许可事项动态清单管理。", "186项", "approval.licensing_items"),
    ("公布实施152项行政许可事项清单。", "152项", "approval.licensing_items"),
    ("公布区级行政许可事项163项。", "163项", "approval.licensing_items"),
])
def test_genre_class_takes_the_key(sentence, raw, key):
    assert _key(sentence, raw) == key


@pytest.mark.parametrize(("sentence", "raw"), [
    # PROCURATORATE_ISSUED
    ("县检察院发出行政检察建议7件。", "7件"),
    ("全年制发检察建议5件。", "5件"),
    # PROGRAMMES
    ("人民调解专题节目5次在省电视台播出。", "5次"),
    ("制作调解栏目12期。", "12期"),
])
def test_genre_class_refuses_the_key(sentence, raw):
    assert _key(sentence, raw) is None
