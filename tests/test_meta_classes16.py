"""Metadata classes of the genre that recurred on the tuning sets tuneL and tuneM (issue 9, 2026-12-03, sixth
session). Pages invented for these tests (genre style only; places, organs and years made up)."""

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure, region_of


def meta(text):
    return parse_structure(normalize_text(text)).metadata


BODY = "\n一、主要举措\n（一）强化学法。全年会前学法10次。\n二、存在问题\n基层力量不足。\n"


# ---- B: a portal's breadcrumb opened by 您…位置 in any of its wordings (您所在的位置, 您现在所在的位置, 您当前的位置,
# 您的位置, 当前所在位置) is page chrome, even when its last crumb reads like a report's title

@pytest.mark.parametrize("crumb", [
    "您当前的位置：依法行政工作年度报告",
    "您所在的位置：首页 > 法治政府建设报告",
    "您现在所在的位置：门户首页 >> 法治建设专栏 >> 依法行政情况报告",
    "您的位置：首页 > 依法行政工作报告",
    "当前所在位置：首页 > 法治政府建设年度报告",
])
def test_a_breadcrumb_is_no_title(crumb):
    md = meta(crumb + "\n\n柳岸县2031年度法治政府建设情况报告\n\n发布日期：2032-03-02\n\n"
              "2031年，柳岸县坚持以习近平法治思想为指导，推进依法行政。现将有关情况报告如下：" + BODY)
    assert md["title"] == "柳岸县2031年度法治政府建设情况报告"
    assert md["region"] == "柳岸县"


def test_a_breadcrumb_before_a_streets_title_and_organ_line():
    md = meta("您当前的位置：依法行政工作年度报告\n\n澄川市青石区人民政府白沙街道关于2031年度法治政府建设情况的报告\n\n"
              "日期:2032-03-12\n\n澄川市青石区人民政府白沙街道办事处\n\n关于2031年度法治政府建设情况的报告\n\n"
              "2031年，在区委、区政府的领导下，我街道推进依法行政。" + BODY)
    assert md["title"] == "澄川市青石区人民政府白沙街道关于2031年度法治政府建设情况的报告"
    assert md["issuer"] == "澄川市青石区人民政府白沙街道办事处"
    assert md["region"] == "澄川市青石区白沙街道"


@pytest.mark.parametrize("line", [
    "位置优越的新办公区启用后，群众办事更加便利。",  # a body sentence that opens with 位置: no breadcrumb
])
def test_body_lines_about_a_location_stay_body(line):
    st = parse_structure(normalize_text("柳岸县2031年度法治政府建设情况报告\n\n" + line + BODY))
    kinds = [p.kind for p in st.paragraphs]
    assert kinds[1] == "body"


# ---- R: a district government's street named in a title without its 办事处 (XX区人民政府YY街道关于…, …街道2031年…):
# the region is the district and the street, never a place holding the organ's words

@pytest.mark.parametrize("title,region", [
    ("澄川市青石区人民政府白沙街道关于2031年度法治政府建设情况的报告", "澄川市青石区白沙街道"),
    ("青石区人民政府白沙街道2031年度法治政府建设情况报告", "青石区白沙街道"),
    ("柳岸县人民政府红旗镇关于2031年法治政府建设工作的报告", "柳岸县红旗镇"),
    # unchanged: the street's agency named in full, a township run straight into the year
    ("青石区人民政府白沙街道办事处关于2031年度法治政府建设情况的报告", "青石区白沙街道"),
    ("青石区共和乡2031年度法治政府建设情况报告", "青石区共和乡"),
])
def test_a_district_governments_street_in_a_title(title, region):
    assert region_of(title) == region


# ---- P: a place's report (the title names the place, no organ) posted under a 发布机构 label by one of its departments,
# whose opening names the place's government as the subject: the government reports (LABELING 55; the same holds for a
# 来源 label already)

@pytest.mark.parametrize("title,issuer", [
    ("柳岸县2031年度法治政府建设情况报告", "柳岸县人民政府"),
    ("澄川市柳岸县2031年度法治政府建设情况报告", "柳岸县人民政府"),
])
def test_a_departments_posting_of_its_governments_report(title, issuer):
    md = meta("索引号: B31220--2032-0007 主题分类:\n发布机构: 柳岸县司法局 生成日期: 2032-03-11\n" + title + "\n\n"
              "2031年，在县委的坚强领导下，柳岸县人民政府坚持以习近平法治思想为指导，全面推进依法行政。"
              "现将有关情况报告如下：" + BODY)
    assert md["issuer"] == issuer


@pytest.mark.parametrize("opening", [
    # (the body naming no organ, 2031年，柳岸县坚持…, is the place speaking as its government: test_meta_classes32)
    # the body's government is another place's
    "2031年，在县委的坚强领导下，白沙县人民政府坚持以习近平法治思想为指导，全面推进依法行政。",
    # the government only leads: the department (我局) reports
    "2031年，在柳岸县人民政府的坚强领导下，我局坚持以习近平法治思想为指导，全面推进依法行政。",
])
def test_the_header_organ_stays_without_the_places_government(opening):
    md = meta("发布机构: 柳岸县司法局 生成日期: 2032-03-11\n柳岸县2031年度法治政府建设情况报告\n\n" + opening + BODY)
    assert md["issuer"] == "柳岸县司法局"
