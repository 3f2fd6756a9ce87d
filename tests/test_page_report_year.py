"""The report year of a page whose title names none: from the body's opening, the plans section, or the date the
report was signed (issue 10). Pages invented for these tests (genre style only)."""

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure

TITLE = "青苇县法治政府建设工作情况报告\n"
WORK = "一、主要工作\n全年开展专题学法12次。\n"


def year(text):
    return parse_structure(normalize_text(TITLE + text)).metadata["report_year"]


@pytest.mark.parametrize("opening", [
    "2021年，我县坚持依法行政，全面推进法治政府建设。\n",
    "我县始终坚持依法行政，2021年，全县办理行政复议案件12件。\n",
    "近年来，我县坚持依法行政。2021年全县办理行政复议案件12件。\n",
    "根据要求，现将我县2021年度法治政府建设工作开展情况报告如下。\n",
])
def test_the_opening_names_the_year(opening):
    assert year(opening + WORK + "二、存在问题\n三、下一步打算\n") == 2021


@pytest.mark.parametrize("later", [
    "二、存在问题\n三、2022年工作打算\n",
    "二、存在问题和2022年工作打算\n",  # one heading for both
    "二、存在问题\n（一）主要问题\n（二）2022年工作思路\n",  # under the shortcomings
    "二、存在的不足及下步安排\n（一）不足\n（二）2022年度重点工作安排\n",
])
def test_the_plans_section_names_the_next_year(later):
    assert year("今年以来，我县坚持依法行政。\n" + WORK + later) == 2021


def test_a_year_in_the_plans_section_is_not_the_report_year():
    page = "今年以来，我县坚持依法行政。\n" + WORK + "二、存在问题\n三、下一步打算\n2022年，我县将继续深化改革。\n"
    assert year(page) != 2022


@pytest.mark.parametrize("closing", [
    "青苇县人民政府\n2022年1月10日\n",
    "青苇县人民政府\n2022-01-10\n",
    "青苇县人民政府\n2022.1.10\n",
    "青苇县人民政府\n（2022年1月10日）\n",
    "青苇县人民政府\n2022年2月10日印发\n",
    "青苇镇人民政府\n二0二二年元月十日\n",
])
def test_a_date_signed_early_in_a_year_closes_the_previous_years_report(closing):
    page = "今年以来，我县坚持依法行政。\n" + WORK + "二、存在问题\n三、下一步打算\n继续努力。\n" + closing
    assert year(page) == 2021


def test_a_date_signed_late_in_the_year_closes_that_years_report():
    page = "今年以来，我县坚持依法行政。\n" + WORK + "二、存在问题\n三、下一步打算\n继续努力。\n青苇县人民政府\n2021-12-28\n"
    assert year(page) == 2021


def test_the_year_the_account_of_the_work_names_most():
    page = ("今年以来，在市委、市政府的坚强领导下，我局不断强化法治理念。\n一、主要工作\n"
            "出台2024年度党组集体学法清单，全年组织会前学法11次。在全省2024年依法行政能力提升培训班上作交流发言。\n"
            "对照《2021—2025年法治政府建设规划》，较2023年执法案件下降5%。\n二、存在问题\n三、下一步打算\n2025年将继续深化。\n")
    assert year(page) == 2024


def test_a_year_named_once_in_passing_gives_none():
    page = ("今年以来，我局不断强化法治理念。\n一、主要工作\n自2017年起实行清单管理，全年组织会前学法11次。\n"
            "二、存在问题\n三、下一步打算\n")
    assert year(page) is None


def test_a_past_year_in_an_opening_clause_yields_to_the_signed_date():
    page = ("我县始终坚持依法行政，2019年，被评为省级法治政府建设示范县。\n" + WORK
            + "二、存在问题\n三、下一步打算\n继续努力。\n青苇县人民政府\n2022年1月10日\n")
    assert year(page) == 2021


@pytest.mark.parametrize("published,expected", [("2023-02-10", 2022), ("2023-11-20", None)])
def test_a_page_published_early_in_a_year_when_nothing_else_says(published, expected):
    page = "发布日期：" + published + "\n今年以来，我县坚持依法行政。\n" + WORK + "二、存在问题\n三、下一步打算\n"
    assert year(page) == expected
