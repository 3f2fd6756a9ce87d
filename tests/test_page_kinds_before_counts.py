"""Kinds before an Arabic count of the items they group (LABELING 28): 细化为3大类、75项措施 — the kinds label the
count, in either numeral script and with or without a 、 between (issue 10). Sentences invented for these tests."""

import pytest

from fazhi_analysis.quantities import extract_figures


def raws(text):
    return [f.raw for f in extract_figures(text, [(0, len(text))])]


@pytest.mark.parametrize("sentence,expected", [
    ("将推进法治建设职责细化为3大类、75项措施。", ["75项"]),
    ("梳理权责事项4类、216项。", ["216项"]),
    ("实施六类85项县级行政许可。", ["85项"]),
    ("清理出五类，32条。", ["32条"]),
    ("梳理出8大类46项重点任务。", ["46项"]),  # Arabic kinds right against the count (LABELING 36)
    ("从7个方面20项具体措施入手。", ["20项"]),
    ("明确4类58项监管事项。", ["58项"]),
])
def test_the_kinds_before_an_arabic_count_are_no_figure(sentence, expected):
    assert raws(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("将审批事项归并为3大类。", ["3大类"]),  # kinds counted alone
    ("共3类，其中涉企12项。", ["3类", "12项"]),  # another clause counts something else
    ("从7个方面推进依法行政。", ["7个"]),  # sides counted alone, in Arabic numerals
])
def test_kinds_counted_alone_stay_figures(sentence, expected):
    assert raws(sentence) == expected
