"""Head-noun agreement: a figure takes a key only when the noun it counts is the indicator's (issue 9).

Synthetic sentences (invented county, numbers) for the class seen on unseen reports: the matched words only
describe the noun the number counts (steps of a licensing item, a plan of inspections, monitors of a training
market), so the figure gets no key; the same words with the indicator's own head keep theirs. The foreign head
nouns are catalog data (``data/head_nouns.csv``), not phrases of one page.
"""

import pytest

from _sentences import fig, sentence_report
from fazhi_analysis import indicators


def report(sentence: str):
    return sentence_report(sentence, "（一）深化放管服改革", title="石泉镇2031年法治政府建设工作报告", year=2031,
                           weakness="执法规范化水平仍需提升。")


@pytest.mark.parametrize(("sentence", "raw"), [
    ("全镇行政许可事项压减86个环节，平均办理时限缩短四成。", "86个"),  # steps, after the figure
    ("年初制定双随机抽查计划7个，按月推进。", "7个"),  # plans, ending the words before the figure
    ("面向社会聘请14名校外培训社会监督员。", "14名"),  # monitors, a few characters after the match
    ("聘请9名培训市场监督员参与执法检查。", "9名"),  # the monitors then act: the noun still ends at 员
    ("选聘普法联络员23名。", "23名"),
])
def test_foreign_head_noun_gets_no_key(sentence, raw):
    assert fig(report(sentence), raw)["key"] is None


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("全镇保留行政许可事项86项。", "86项", "approval.licensing_items"),
    ("全年开展双随机抽查7次。", "7次", "enforcement.random_inspections"),
    ("组织全镇140名干部参加法治培训。", "140名", "capacity.trainees"),
])
def test_own_head_noun_keeps_key(sentence, raw, key):
    assert fig(report(sentence), raw)["key"] == key


def test_head_nouns_are_catalog_data():
    rows = indicators._rows("head_nouns.csv", indicators.HEAD_NOUN_COLUMNS)
    nouns = {r["noun"] for r in rows}
    assert {"环节", "计划", "监督员"} <= nouns and all(r["example"] for r in rows)
    assert all(indicators._HEAD_NOUN.fullmatch(n) for n in nouns)
