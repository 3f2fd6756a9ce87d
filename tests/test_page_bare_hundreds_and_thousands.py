"""A bare 百/千/万 with 余 or 多 is a count (覆盖干部千余人: more than 1000), as 近千人 is (issue 10); not after
数/几/上 (数千余人: several thousand), nor an age (百余年历史). Sentences invented for these tests."""

import pytest

from fazhi_analysis.quantities import extract_figures


def figs(text):
    return [(f.raw, f.value, f.unit, f.qualifier) for f in extract_figures(text, [(0, len(text))])]


@pytest.mark.parametrize("sentence,expected", [
    ("全年集中学法30余场次，覆盖党员干部千余人。", [("30余场次", 30, "场次", "more_than"), ("千余人", 1000, "人", "more_than")]),
    ("开展送法下乡百余场，受众万余人次。", [("百余场", 100, "场", "more_than"), ("万余人次", 10000, "人次", "more_than")]),
    ("发放宣传资料千多份。", [("千多份", 1000, "份", "more_than")]),
])
def test_a_bare_power_with_more_is_a_count(sentence, expected):
    assert figs(sentence) == expected


@pytest.mark.parametrize("sentence", ["数千余人参加活动。", "上万余人次观看。", "这座老街有着百余年历史。"])
def test_several_thousands_and_ages_are_no_count(sentence):
    assert figs(sentence) == []
