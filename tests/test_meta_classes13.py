"""Metadata classes of the genre that recurred on at least two of the five tuning sets (issue 9, 2026-12-03, third
session): another organ's named branch (公安XX分局) is no department voice; a street written XX街; the one city a city
department's page names; an index number beside an empty label cell; an organ named in full with a (简称…) aside.
Pages invented for these tests (genre style only; places, organs and years made up, except province names from the
package's place data)."""

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure

REST = "\n一、主要工作\n（一）深入学习。全年开展专题学法12次。\n二、存在问题\n三、下一步打算\n"


def meta(text):
    return parse_structure(normalize_text(text)).metadata


# ---- N: another organ's named branch (区公安分局, 公安XX分局) does not make the page a department's

@pytest.mark.parametrize("text,issuer", [
    # a district's report that names its police branch among inspected units
    ("2031年，澄溪区深入学习贯彻习近平法治思想，坚持依法行政。对区公安分局、区城管局等8家单位开展督察。" + REST,
     "澄溪区人民政府"),
    # a title naming the district, a body praising the branch named after the place
    ("青禾市澄溪区2031年法治政府建设工作情况报告\n2031年，澄溪区坚持以习近平法治思想为引领，公安澄溪分局办理案件获表彰5项。"
     + REST, "青禾市澄溪区人民政府"),
    ("柳岸县2031年度法治政府建设情况报告\n2031年，柳岸县扎实推进依法行政，县公安分局、县市场监管局获评先进。" + REST,
     "柳岸县人民政府"),
])
def test_a_named_branch_of_another_organ_is_no_department_voice(text, issuer):
    assert meta(text)["issuer"] == issuer


@pytest.mark.parametrize("text", [
    # the page's own branch speaks of itself as 分局
    "2031年，分局坚持以习近平法治思想为指导，推进依法行政。组织分局领导班子专题学法4次。" + REST,
    "2031年，在市局党组的领导下，作为分局法治建设牵头科室，法规科扎实推进依法行政。" + REST,
])
def test_the_pages_own_branch_still_speaks_as_a_department(text):
    from fazhi_analysis.structure import _department_voice
    assert _department_voice(text)


# ---- E: the opening names the page's organ in full, with the short name it goes by

@pytest.mark.parametrize("text,issuer,region", [
    ("2031年，青禾经济技术开发区管理委员会（简称经开区管委会）坚持以习近平法治思想为指导，推进依法行政。" + REST,
     "青禾经济技术开发区管理委员会", "青禾经济技术开发区"),
    ("2031年,澄川市生态环境局柳岸县分局(以下简称“我局”)坚持以习近平法治思想为指导,全面推进依法行政。\n"
     "一、主要工作\n局党组专题学法3次。\n", "澄川市生态环境局柳岸县分局", "澄川市柳岸县"),
    # after the superiors' leadership, a title naming the year only
    ("2031年度法治政府建设情况报告\n2031年，在市委、市政府的坚强领导下，澄川市青石区应急管理局（以下简称区应急局）"
     "深入贯彻习近平法治思想。" + REST, "澄川市青石区应急管理局", "澄川市青石区"),
])
def test_an_organ_named_in_full_with_its_short_name_at_the_opening(text, issuer, region):
    md = meta(text)
    assert md["issuer"] == issuer
    assert md["region"] == region


def test_a_short_name_of_a_programme_names_no_organ():
    # near miss: a 简称 aside on a programme, not an organ: nothing is made up from it
    md = meta("2031年，行政执法与刑事司法衔接工作（简称“两法衔接”）稳步推进，柳岸县深入贯彻习近平法治思想。" + REST)
    assert md["issuer"] != "行政执法与刑事司法衔接工作"


# ---- B: a street written XX街 (for XX街道) as the opening's subject

@pytest.mark.parametrize("text,issuer,region", [
    ("2031年，在区委、区政府的正确领导下，青石街党工委、办事处高举习近平法治思想旗帜，推进依法行政。"
     "充分发挥街党工委核心作用。" + REST, "青石街办事处", "青石街"),
    ("2031年，在区委、区政府的正确领导下，柳岸街始终坚持以习近平法治思想为指导，推进街道各项工作。围绕《柳岸街2031年"
     "法治建设工作要点》推进依法治街。" + REST, "柳岸街", "柳岸街"),
    ("2031年，澄溪街坚持以习近平法治思想为指导。澄溪街道办事处聘请法律顾问2名，全街推进依法行政。" + REST,
     "澄溪街办事处", "澄溪街"),
])
def test_a_street_written_with_jie(text, issuer, region):
    md = meta(text)
    assert md["issuer"] == issuer
    assert md["region"] == region
    assert md["level"] == "sub_district"


@pytest.mark.parametrize("text", [
    # a shopping street is no street office; a page that never speaks as a street names none
    "2031年，步行街坚持以人民为中心，澄溪县深入推进依法行政。" + REST,
    "2031年，青石街坚持以习近平法治思想为指导，推进依法行政。" + REST,
])
def test_no_street_is_made_up(text):
    md = meta(text)
    assert md["issuer"] not in ("步行街", "青石街")
    assert md["region"] not in ("步行街", "青石街")


# ---- D: an index number beside an empty label cell

TITLE = "澄溪县人民政府关于2031年法治政府建设情况的报告\n"
BODY = "2031年，澄溪县坚持依法行政。" + REST


@pytest.mark.parametrize("head,index_no", [
    # a column of cells: the empty 文号 cell, then 索引号 and its value each in a cell of their own
    ("  • 文号\n  • 索引号\n  • cxx31/2032-00001\n  • 关键词\n  • 主题分类\n", "cxx31/2032-00001"),
    ("- 索 引 号\n- 11330100MB1234567X/2032-00018\n- 发布机构\n", "11330100MB1234567X/2032-00018"),
    # a row whose next cell's label (not a listed one) follows the value with no value of its own
    ("信息索引号 001002003/2032-10086 文件编号\n责任部门 澄溪县 公开形式 主动公开\n", "001002003/2032-10086"),
    ("索引号：cx-0303-2032-0002 文件编号\n", "cx-0303-2032-0002"),
])
def test_index_number_beside_an_empty_cell(head, index_no):
    assert meta(head + TITLE + BODY)["index_no"] == index_no


def test_a_lone_index_label_without_a_code_reads_nothing():
    # near miss: the cell after the lone label is another label, not a code
    assert meta("  • 索引号\n  • 关键词\n" + TITLE + BODY)["index_no"] is None


# ---- C: the one city a city department's page prints in full, when it names its region nowhere else

@pytest.mark.parametrize("text,region", [
    ("现将法治政府建设工作情况报告如下。\n一、总体情况\n2031年，我局坚持以习近平法治思想为指导，全市水质达标率保持100%。"
     "澄川市成功入选第二批生态文明建设示范区。局党组集体学法4次。" + REST, "澄川市"),
    ("2031年，我局在市委、市政府的指导下，全面推进依法行政。\n一、总体情况\n一是蓝天保卫战。2031年，青禾市城区空气质量"
     "优良率为95.9%。我市断面水质均达标。" + REST, "青禾市"),
    # a department named by its level only, whose address names its city
    ("现将市人社局2031年法治政府建设情况报告予以公开。如有疑问，请与市人社局法规处联系（地址:澄川市青石区建设路18号）。\n"
     "2031年，市人社局坚持以习近平法治思想为指导。" + REST, "澄川市"),
])
def test_the_city_a_city_departments_page_names(text, region):
    assert meta(text)["region"] == region


@pytest.mark.parametrize("text", [
    # two cities printed at a clause start: none chosen
    "2031年，我局坚持依法行政，全市推进法治建设。澄川市成功入选示范区，青禾市代表团来访交流。" + REST,
    # a county department speaking as 全县: not the city it names
    "2031年，我局坚持依法行政，全县推进法治建设，全县执法案件下降。澄川市考核中获评优秀。" + REST,
    # a common noun ending in 市 (“无废城市”建设) is no city
    "2031年，我局坚持依法行政，全市推进“无废城市”建设。" + REST,
])
def test_no_city_is_guessed_when_unsure(text):
    assert meta(text)["region"] is None


# ---- F: a department's field after 法治 is no place (法治交通建设, “法治人社”), nor is 法治强市

@pytest.mark.parametrize("text", [
    "2031年，市交通运输局坚持依法行政，全市推进法治交通建设，全市路网完善。我局始终重视法治交通建设。" + REST,
    "2031年，市人社局坚持依法行政，全市推进“法治人社”建设，人社部门依法履职。全市就业稳定。" + REST,
    "2031年，全市坚持依法行政，推进法治强市建设，全市法治水平提升。" + REST,
])
def test_a_field_or_a_slogan_after_fazhi_is_no_place(text):
    assert meta(text)["region"] is None


# ---- G: the organ in the page's header posted the report of the place its body opens with

@pytest.mark.parametrize("text,issuer", [
    # 来源 a department, the title naming the city, the body speaking as 我市
    ("澄川市2031年法治政府建设年度报告\n时间:2032-03-24      来源: 澄川市司法局       字号:[ ]\n"
     "2031年，我市深入学习贯彻习近平法治思想，全面推进依法行政。\n一、主要工作\n市委、市政府坚持依法决策。\n", "澄川市人民政府"),
    ("柳岸县2031年度法治政府建设情况报告\n发布日期：2032-02-10 来源：柳岸县司法局\n"
     "2031年，我县坚持以习近平法治思想为指导，扎实推进法治政府建设。" + REST, "柳岸县人民政府"),
])
def test_a_places_report_posted_by_its_department_in_we_voice(text, issuer):
    assert meta(text)["issuer"] == issuer


def test_a_department_in_we_voice_keeps_its_own_report():
    # near miss: the body speaks as the department (我局): the 来源 department is the issuer
    md = meta("柳岸县2031年度法治政府建设情况报告\n发布日期：2032-02-10 来源：柳岸县司法局\n"
              "2031年，我局坚持以习近平法治思想为指导，扎实推进依法行政。局党组专题学法4次。" + REST)
    assert md["issuer"] == "柳岸县司法局"


@pytest.mark.parametrize("text,issuer,region", [
    # the portal's name as an organ line, then a town's report without a title, led by the portal's level
    ("澄溪区人民政府\n热门搜索:\n\n2031年，青石镇在区委、区政府的正确领导下，贯彻落实习近平法治思想，推进依法治镇。" + REST,
     "青石镇人民政府", "青石镇"),
    ("柳岸县人民政府\n2031年，在县委、县政府的坚强领导下，白沙镇坚持以习近平法治思想为指导，全镇推进依法行政。" + REST,
     "白沙镇人民政府", "白沙镇"),
])
def test_a_towns_report_under_its_superiors_organ_line(text, issuer, region):
    md = meta(text)
    assert md["issuer"] == issuer
    assert md["region"] == region


def test_an_organ_line_over_its_own_report_stays():
    # near miss: the organ line's own place opens the body: the organ line is the issuer
    md = meta("柳岸县人民政府\n2031年，柳岸县在市委、市政府的坚强领导下，坚持依法行政，青石镇获评示范镇。" + REST)
    assert md["issuer"] == "柳岸县人民政府"


# ---- S: a city named by its short name X州 before 委、政府, in a page that speaks as a city

def test_a_short_city_name_before_its_committee_and_government():
    md = meta("2031年，在省委、省政府的正确领导下，青州委、政府坚持以习近平法治思想为指导，扎实推进依法行政。\n"
              "一、主要举措\n市委、市政府主要负责同志带头学法。全市1800名领导干部述法。市委常委会研究法治工作4次。" + REST)
    assert md["issuer"] == "青州市人民政府"
    assert md["region"] == "青州市"


def test_a_prefecture_speaking_as_a_prefecture_is_not_made_a_city():
    # near miss: the page speaks as a prefecture (州委, 全州): no 市 is added
    md = meta("2031年，青州委、政府坚持以习近平法治思想为指导，全州推进依法行政。\n一、主要举措\n州委常委会研究法治工作4次，"
              "全州完成述法全覆盖。" + REST)
    assert md["region"] != "青州市" and md["issuer"] != "青州市人民政府"


@pytest.mark.parametrize("text", [
    # a verb before a bare 市 at a clause start is no city (根据市领导批示, 构建市县一体化, 列入市、区…, 开展市县…)
    "2031年，我局坚持依法行政，全市推进法治建设。根据市领导批示开展督查。" + REST,
    "2031年，我局坚持依法行政，全市推进法治建设，构建市县一体化执法体系。" + REST,
    "2031年，我局坚持依法行政，全市推进法治建设。列入市、区两级重点工作。开展市县法治建设督察。" + REST,
    "2031年，我局坚持依法行政，全市推进法治建设。中心市区范围内一律禁止燃放。建成中介超市。" + REST,
])
def test_a_verb_before_a_bare_shi_is_no_city(text):
    assert meta(text)["region"] is None


# ---- U: a page without a title whose body speaks as one place's government (LABELING rule 55)

@pytest.mark.parametrize("text,issuer,region", [
    # the government named by its level as the opening's subject, its county printed once in the body
    ("2031年，在市委、市政府和县委的坚强领导下，县政府深入贯彻习近平法治思想，法治政府建设取得良好进展。\n"
     "一、主要举措\n2031年我县获评全市法治建设考核第二名。及时召开澄溪县法治政府建设工作推进会，县政府常务会专题听取汇报。\n",
     "澄溪县人民政府", "澄溪县"),
    ("2031年，市政府坚持以习近平法治思想为指导，全面推进依法行政。\n一、主要举措\n制定《青禾市2031年法治政府建设工作要点》，"
     "全市完成述法全覆盖。\n", "青禾市人民政府", "青禾市"),
])
def test_an_untitled_page_in_one_places_voice(text, issuer, region):
    md = meta(text)
    assert md["issuer"] == issuer
    assert md["region"] == region


def test_two_counties_printed_leave_the_level_government_unnamed():
    # near miss: the body prints two counties: none is chosen
    md = meta("2031年，县政府深入贯彻习近平法治思想。\n一、主要举措\n召开澄溪县法治政府建设推进会，学习柳岸县经验做法。\n")
    assert md["issuer"] is None and md["region"] is None
