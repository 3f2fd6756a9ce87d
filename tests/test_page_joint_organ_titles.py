"""A joint report of a party committee and its government printed as organ lines above a 关于 title (issue 10): the
title is the organs and the 关于 line, the issuer the government, and the salutation under it is read. Pages invented
for these tests (genre style only)."""

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure

BODY = ("2023年，青苇县坚持依法行政，全面推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要工作\n（一）深入学习。全年开展专题学法12次。\n二、存在问题\n三、下一步打算\n")


def meta(head):
    return parse_structure(normalize_text(head + BODY)).metadata


def squash(s):
    return "".join((s or "").split())


@pytest.mark.parametrize("head", [
    # each organ on its own line, the title wrapped with its last word spaced out
    "中共青苇县委\n青苇县人民政府\n关于青苇县2023年度法治政府建设工作的\n报 告\n中共白桦市委、市人民政府：\n",
    # the page's copy, a byline, then the article's own copy under the organ line
    "中共青苇县委 青苇县人民政府\n关于2023年度法治政府建设情况的报告\n2024-03-20 17:05 来源: 青苇县人民政府网\n"
    "中共青苇县委 青苇县人民政府\n关于2023年度法治政府建设情况的报告\n中共白桦市委、市人民政府：\n",
    # the page's short title, then the full one under the organ line
    "2023年度法治政府建设情况的报告\n中共青苇县委 青苇县人民政府\n关于2023年度法治政府建设情况的报告\n中共白桦市委、市人民政府：\n",
    # a committee by its full name, on a line of its own
    "中共青苇县委员会\n青苇县人民政府\n关于2023年度法治政府建设情况的报告\n中共白桦市委、市人民政府：\n",
])
def test_organ_lines_above_a_joint_title(head):
    md = meta(head)
    assert squash(md["title"]).startswith("中共青苇县委")
    assert squash(md["title"]).endswith("法治政府建设情况的报告") or squash(md["title"]).endswith("工作的报告")
    assert md["issuer"] == "青苇县人民政府"
    assert md["region"] == "青苇县"
    assert md["recipient"] == "中共白桦市委、市人民政府"


def test_a_title_that_names_its_organ_takes_no_organ_line():
    md = meta("青苇县人民政府\n青苇县人民政府关于2023年度法治政府建设情况的报告\n白桦市人民政府：\n")
    assert squash(md["title"]) == "青苇县人民政府关于2023年度法治政府建设情况的报告"
    assert md["recipient"] == "白桦市人民政府"


@pytest.mark.parametrize("head,issuer", [
    ("青苇街道关于2023年法治政府建设情况的报告\n", "青苇街道"),
    ("青苇镇关于2023年度法治政府建设工作情况的报告\n", "青苇镇"),
    ("白桦市青苇区关于2023年法治政府建设情况的报告\n", "白桦市青苇区"),
])
def test_a_place_before_about_stands_for_its_organ_as_written(head, issuer):
    assert meta(head)["issuer"] == issuer


@pytest.mark.parametrize("head", [
    "白桦市青苇区应急管理局2023年法治政府建设\n工作总结及2024年工作思路\n",
    "白桦市青苇区应急管理局2023年度法治政府建设\n工作总结和2024年工作计划\n",
])
def test_a_title_wrapped_before_its_summary_and_plans(head):
    md = meta(head)
    assert squash(md["title"]).startswith("白桦市青苇区应急管理局2023年") and "总结" in md["title"]
    assert md["issuer"] == "白桦市青苇区应急管理局"
