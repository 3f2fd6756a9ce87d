"""Metadata classes of the genre that recurred on at least two of the seven tuning sets (issue 9, 2026-12-03, fifth
session). Pages invented for these tests (genre style only; places, organs and years made up, except province and
prefecture-city names from the package's place data)."""

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure


def meta(text):
    return parse_structure(normalize_text(text)).metadata


# ---- Y: a page without a title that names one year only, once in its account of the work (or once more in the title
# of its own document of that year): that year is the report's

@pytest.mark.parametrize("text,year", [
    ("一、上一年度推进依法行政的主要做法\n（一）便民服务\n各服务站点2033年度内合计受理群众事项6420件，网办事项810件。\n"
     "二、存在的不足\n基层力量仍然薄弱。\n", 2033),
    ("一、落实领导责任。局党委专题研究法治工作3次。二、推进依法决策。下发《2031年澄川市水务法治工作要点》，"
     "部署了2031年全系统法治工作任务，组织法治讲座2场。\n三、严格执法。办理案件45件。\n", 2031),
    ("（一）深化改革\n梳理公共服务事项212项，其中2029年新增事项14项，办结率100%。\n（二）规范执法\n"
     "开展执法检查30次。\n", 2029),
])
def test_a_page_naming_one_year_once_is_of_that_year(text, year):
    assert meta(text)["report_year"] == year


@pytest.mark.parametrize("text", [
    # two years named once each: unsure
    "一、主要做法\n各服务站点2033年度内受理事项6420件，比2032年增加310件。\n二、存在的不足\n力量薄弱。\n",
    # the one other year named in a book title: still two years
    "一、主要做法\n印发《2030年青石区执法工作要点》。各站点2031年度内受理事项640件。\n二、不足\n力量薄弱。\n",
])
def test_no_year_when_two_years_compete(text):
    assert meta(text)["report_year"] is None
