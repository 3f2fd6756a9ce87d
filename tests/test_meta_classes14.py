"""Metadata classes of the genre that recurred on at least two of the six tuning sets (issue 9, 2026-12-03, fourth
session). Pages invented for these tests (genre style only; places, organs and years made up, except province and
prefecture-city names from the package's place data)."""

import datetime as dt

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure

REST = "\n一、主要工作\n（一）深入学习。全年开展专题学法12次。\n二、存在问题\n三、下一步打算\n"


def meta(text):
    return parse_structure(normalize_text(text)).metadata


# ---- P: the page's date printed before the page's 来源 label, without a date label of its own, or with a date label
# the header list did not hold (信息提供日期)

@pytest.mark.parametrize("text,date", [
    # a date run straight into the 来源 label, on a page without a title under the portal's widgets
    ("网站群\n今日天气\n  • 晴转多云\n  • 东南风\n  • 湿度\n  • 紫外线\n  • 空气\n\n2032-04-11来源:\n\n"
     "2031年，柳岸县人民政府围绕法治政府建设目标稳步推进各项任务。" + REST, dt.date(2032, 4, 11)),
    ("热门搜索\n无障碍\n2032-03-28 09:12来源:柳岸县司法局\n2031年，柳岸县围绕年度目标推进依法行政。" + REST,
     dt.date(2032, 3, 28)),
    # a slash left after the day, then the time and the 来源 label
    ("首页 > 信息公开 > 规划计划\n\n青禾新区2031年度法治政府建设工作报告\n\n 2032/03/02/ 16:40 来源:本站编辑\n\n"
     "  2031年，青禾新区以依法行政为主线推进各项改革。" + REST, dt.date(2032, 3, 2)),
    # a date label the header list did not hold, the 来源 label glued to the time
    ("澄溪街道2031年法治政府建设年度报告\n信息提供日期 : 2031-12-19 11:05来源 : 青石区澄溪街道办事处\n"
     "2031年，澄溪街道按照区里部署推进基层依法治理。" + REST, dt.date(2031, 12, 19)),
])
def test_a_date_before_the_pages_source_label_is_the_publish_date(text, date):
    assert meta(text)["publish_date"] == date


def test_a_glued_source_after_a_labelled_date_is_the_source():
    md = meta("澄溪街道2031年法治政府建设年度报告\n信息提供日期 : 2031-12-19 11:05来源 : 青石区澄溪街道办事处\n"
              "2031年，澄溪街道按照区里部署推进基层依法治理。" + REST)
    assert md["issuer"] == "青石区澄溪街道办事处"


@pytest.mark.parametrize("text", [
    # near misses: a date in a body sentence, a date with no page label after it below the portal's lines
    "2031年，柳岸县坚持依法行政。2031-05-06起施行新的办法来源于群众意见。" + REST,
    "网站群\n今日天气\n2032-04-11发布会\n2031年，柳岸县人民政府围绕法治政府建设目标稳步推进各项任务。" + REST,
])
def test_no_publish_date_made_up(text):
    assert meta(text)["publish_date"] is None


# ---- U (LABELING 55): a page without a title in one place's voice — 我县 as the opening's subject — is the government's
# of the one place of that level the body prints, even once (组建澄溪县…工作专班), a verb glued to the level word
# (坚持县政府每月学法日) being no name

@pytest.mark.parametrize("text,issuer,region", [
    ("县委:\n2031年,我县紧扣年度目标任务,把依法行政要求落到政府各项工作中。以下是有关情况:\n"
     "一、主要做法\n一是压实责任。坚持县政府每月学法日制度,全年学法12次。组建澄溪县防汛工作专班。\n"
     "二是加强普法。下发《关于做好全县普法宣传的通知》。\n", "澄溪县人民政府", "澄溪县"),
    ("2031年，我区深入学习贯彻习近平法治思想，坚持区政府常务会议学法制度，学法10次。\n一、主要工作\n"
     "（一）完善制度。组建青石区行政复议委员会，全区依法行政水平持续提升。\n", "青石区人民政府", "青石区"),
    ("2031年，我市坚持以习近平法治思想为指导，统筹推进法治政府建设。\n一、主要工作\n（一）强化领导。坚持市政府常务会议"
     "会前学法，学法14次；在澄川市政务服务中心设立窗口3个。\n", "澄川市人民政府", "澄川市"),
    ("2031年，在市委的坚强领导下，我县认真贯彻落实《法治政府建设实施纲要》。\n一、主要举措\n召开柳岸县法治政府建设推进会2次，"
     "全县行政复议案件办结率100%。\n", "柳岸县人民政府", "柳岸县"),
])
def test_a_place_speaking_as_wo_xian_of_the_one_place_it_prints(text, issuer, region):
    md = meta(text)
    assert md["issuer"] == issuer
    assert md["region"] == region


@pytest.mark.parametrize("text", [
    # two counties printed: unsure
    "2031年,我县紧扣年度目标推进依法行政。组建澄溪县防汛工作专班,学习柳岸县经验3次。\n一、主要工作\n全县学法12次。\n",
    # a department's page (我局) that says 我县: not the county's government
    "2031年,我县全面推进依法行政。我局坚持局党组会前学法,学法8次。组建澄溪县防汛工作专班。\n一、主要工作\n全县学法12次。\n",
])
def test_no_government_made_up_for_wo_xian(text):
    assert meta(text)["issuer"] not in ("澄溪县人民政府", "柳岸县人民政府")


# ---- B (meta13's street written XX街), its remaining form: the page's only sign of a street is the street's own party
# working committee or office (青石街党工委…), never 全街 or 街道

@pytest.mark.parametrize("text,issuer,region", [
    ("2031年,青石街坚持以习近平法治思想为指导,按照区里的部署抓好依法治理。\n一、主要举措和成效\n"
     "1.压实领导责任。2031年,青石街党工委把法治学习列入议程,集中学法6次。\n", "青石街", "青石街"),
    ("2031年，柳岸街深入学习贯彻习近平法治思想，全面推进依法行政。\n一、主要工作\n印发《柳岸街干部学法计划》，"
     "柳岸街办事处聘请法律顾问2名。\n", "柳岸街办事处", "柳岸街"),
])
def test_a_street_written_with_jie_and_its_own_committee(text, issuer, region):
    md = meta(text)
    assert md["issuer"] == issuer
    assert md["region"] == region


def test_a_shopping_street_is_no_street_office():
    md = meta("2031年，步行街坚持以习近平法治思想为指导。\n一、主要工作\n步行街党工委学法3次。\n")
    assert md["issuer"] is None and md["region"] is None


# ---- C2: a city department's page that prints its city only by its short name (美丽X, 在X召开, 高速X段): the one
# prefecture-level city it prints (data/prefecture_cities.csv; real city names, as the package's place data holds them)

DEPT_REST = "\n（一）强化学法。我局把宪法和民法典列入局党组学习计划，举办专题学法6场。\n二、存在问题\n三、下一步打算\n"


@pytest.mark.parametrize("text,region", [
    ("一、2031年工作情况\n2031年，在市委、市政府领导下，市生态环境局始终坚持依法治污，"
     "为打造美丽九江提供法治支撑。" + DEPT_REST, "九江市"),
    ("今年以来，在市委、市政府的坚强领导下，我局着力规范执法行为。上级部门在绵阳召开观摩会3次。\n"
     "一、主要举措和成效" + DEPT_REST, "绵阳市"),
    ("2031年，在市委、市政府统一领导下，市交通运输局扎实推进依法行政。全年投资完成41.2亿元，环城高速柳州段完工。\n"
     "一、抓牢法治建设组织保障" + DEPT_REST, "柳州市"),
])
def test_a_city_department_naming_its_city_by_its_short_name(text, region):
    assert meta(text)["region"] == region


@pytest.mark.parametrize("text", [
    # two cities printed
    "2031年，在市委、市政府领导下，市生态环境局坚持依法治污，打造美丽九江，赴赣州学习经验2次。" + DEPT_REST,
    # another province printed
    "2031年，在市委、市政府领导下，市生态环境局坚持依法治污，打造美丽九江，赴浙江学习经验2次。" + DEPT_REST,
    # a short name that is also a common word (长治久安) is no city
    "2031年，在市委、市政府领导下，市生态环境局坚持依法治污，护航社会长治久安。" + DEPT_REST,
    # a county's department
    "2031年，在县委、县政府领导下，我局坚持依法治污，助力美丽九江建设，全县执法案件办结率100%。" + DEPT_REST,
])
def test_no_city_made_up_from_short_names(text):
    assert meta(text)["region"] is None


def test_a_county_level_city_keeps_its_own_name():
    # near miss: a county-level city's department prints its own city in full and its prefecture by its short name
    md = meta("2031年，在市委、市政府领导下，我局坚持依法治污，融入美丽九江建设。澄川市获评省级生态文明示范市。" + DEPT_REST)
    assert md["region"] == "澄川市"


def test_prefecture_city_data():
    from fazhi_analysis.structure import _prefecture_cities, provinces
    rows = _prefecture_cities()
    assert len(rows) == 293  # the prefecture-level cities (地级市)
    assert len({r["name"] for r in rows}) == len({r["short"] for r in rows}) == 293
    assert all(r["name"] == r["short"] + "市" and r["province"] in provinces() for r in rows)
    assert all(r["common_word"] in ("0", "1") for r in rows)


# ---- O: the opening's subject is a department by its level with its party group (区司法局党组…): the department

@pytest.mark.parametrize("text,issuer", [
    ("2031年以来，在区委、区政府的坚强领导下，区司法局党组围绕中心工作，抓好依法治区各项任务。\n"
     "具体情况如下:\n一、年度重点工作\n召开依法治区委员会会议2次。\n", "区司法局"),
    ("2031年，县应急管理局党委坚持以习近平法治思想为指导，全面推进依法行政。" + DEPT_REST, "县应急管理局"),
])
def test_an_opening_department_with_its_party_group(text, issuer):
    assert meta(text)["issuer"] == issuer


def test_a_party_group_named_after_a_verb_is_no_subject():
    # near miss: 落实市局党组… is an object, not the page's subject
    md = meta("2031年，认真落实市局党组部署，推进依法行政。\n一、主要工作\n全年学法5次。\n")
    assert md["issuer"] is None


def test_wo_qu_of_an_autonomous_region_is_no_district():
    # near miss: 我区 of an autonomous region whose body prints one of its districts
    md = meta("2031年，我区坚持以习近平法治思想为指导，全面推进依法行政，为建设新时代壮美广西提供法治保障。\n一、主要工作\n"
              "在青石区召开全区法治政府建设现场会1次。\n")
    assert md["region"] != "青石区" and md["issuer"] != "青石区人民政府"
