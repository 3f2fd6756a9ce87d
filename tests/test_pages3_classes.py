"""Trap, metadata and name classes seen on real portal pages (issues 9 and 10), on texts invented for these tests
(invented places and bodies; genre style only)."""

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.quantities import extract_figures
from fazhi_analysis.structure import parse_structure


def figs(text):
    return [(f.raw, f.value, f.unit) for f in extract_figures(text, [(0, len(text))])]


def meta(text):
    return parse_structure(normalize_text(text)).metadata


# ------------------------------------------------------------------------------------------------- traps

def test_kinds_in_chinese_numerals_before_an_arabic_count_are_no_figure():
    # the count of items is the figure; the kinds they are grouped in only label them
    text = "赋予青川试验区实施六类85项县级行政许可等权限，梳理通报3类18项问题。"
    assert figs(text) == [("85项", 85, "项"), ("3类", 3, "类"), ("18项", 18, "项")]
    # a count of kinds standing alone is still a count
    assert figs("将审批事项归并为五类。") == [("五类", 5, "类")]


def test_a_policy_named_by_its_number_of_articles_is_no_count():
    text = "制定白沙县进一步优化营商环境二十条措施及十条意见，出台促进民营经济发展15条政策措施，落实举措12条。"
    assert figs(text) == [("15条", 15, "条"), ("12条", 12, "条")]


def test_a_regions_two_great_tasks_are_a_slogan_in_either_script():
    assert figs("为办好两件大事提供法治保障，办结信访件两件。") == [("两件", 2, "件")]
    assert figs("為完成好“模范区”兩件大事提供保障。") == []
