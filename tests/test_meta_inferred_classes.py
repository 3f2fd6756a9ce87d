"""Metadata classes of the genre that recurred on at least two tuning sets (issue 9, 2026-12-03): a street's organ as
the page writes it, publication-date labels, a place's report posted by its 司法局, a department that names its field
in its own words or by its field only. Pages invented for these tests (genre style only; places, organs and years
made up, except province names from the package's place data)."""

import datetime as dt

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import metadata_sources, parse_structure

REST = "\n一、主要工作\n（一）深入学习。全年开展专题学法12次。\n二、存在问题\n三、下一步打算\n"


def meta(text):
    return parse_structure(normalize_text(text)).metadata


# ---- A: a street's issuer as the page writes its organ

@pytest.mark.parametrize("text,issuer", [
    # the body names the street as its subject and never prints its office's full name
    ("2031年，在区委、区政府的坚强领导下，柳岸街道深入贯彻习近平法治思想，推进依法行政。" + REST, "柳岸街道"),
    # a title naming the street, a body speaking of 街道工委、办事处 without the street's name before 办事处
    ("柳岸街道2031年度法治政府建设情况报告\n2031年，柳岸街道积极贯彻习近平法治思想。街道工委、办事处坚持党建引领。" + REST,
     "柳岸街道"),
    # the page prints the office's full name: the office
    ("2031年，柳岸街道坚持以习近平法治思想为指导。柳岸街道办事处法律顾问审查合同8份。" + REST, "柳岸街道办事处"),
    # (a title naming the street, the district before it in the body)
    ("柳岸街道2031年度法治政府建设情况报告\n2031年，澄溪区柳岸街道坚持依法行政。柳岸街道办事处制定权责清单。" + REST,
     "柳岸街道办事处"),
])
def test_a_streets_issuer_is_written_as_the_page_writes_its_organ(text, issuer):
    md = meta(text)
    assert md["issuer"] == issuer
    assert md["level"] == "sub_district"


def test_a_towns_issuer_is_still_its_government():
    # near miss: a town's organ is its 人民政府, whatever the page prints
    md = meta("2031年，青石镇坚持以习近平法治思想为指导，全镇推进依法行政。" + REST)
    assert md["issuer"] == "青石镇人民政府"


# ---- H: publication-date labels

@pytest.mark.parametrize("head,date", [
    ("发布于:2031-01-06 09:04:54\n", dt.date(2031, 1, 6)),
    ("发表日期:2031-01-23    文章来源:澄溪县青石镇人民政府\n", dt.date(2031, 1, 23)),
    ("发表时间：2031年2月3日\n", dt.date(2031, 2, 3)),
    # a row of table cells whose date label has no colon
    ("索引号 发布机构 司法局\n公开类别 主动公开 发布时间 2031-03-31\n", dt.date(2031, 3, 31)),
])
def test_publication_date_labels(head, date):
    md = meta("澄溪县2030年法治政府建设情况报告\n" + head + "2030年，澄溪县坚持依法行政。" + REST)
    assert md["publish_date"] == date
    assert metadata_sources(md["metadata_source"])["publish_date"] == "header"


def test_a_salutation_after_a_date_label_is_still_the_recipient():
    md = meta("青禾澄溪开发区管委会2030年度法治政府建设工作报告\n发布于:2031-01-06 09:04:54\n青禾市人民政府:\n"
              "2030年，澄溪开发区坚持依法行政。" + REST)
    assert md["recipient"] == "青禾市人民政府"


def test_a_date_without_its_label_colon_in_the_body_is_no_header():
    # near miss: a body line with 时间 and a date, far below the title, is no page header
    body = "".join(f"（{i}）推进工作第{i}项。\n" for i in range(1, 15))
    md = meta("澄溪县2030年法治政府建设情况报告\n2030年，澄溪县坚持依法行政。\n一、主要工作\n" + body
              + "完成时间 2030-06-30\n")
    assert md["publish_date"] is None


# ---- B: a place's report posted by its department

@pytest.mark.parametrize("text,issuer,region", [
    ("当前位置: 首页 / 政务公开\n澄溪区2030年法治政府建设年度报告\n时间:2031-03-30 18:48   来源:澄溪区司法局 访问量:\n"
     "2030年，澄溪区坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。" + REST,
     "澄溪区人民政府", "澄溪区"),
    # a bare field in 文章来源, the year before the place in the title
    ("2030年澄溪区法治政府建设情况报告\n文章来源:司法局 更新时间:2031/03/29 11:30:01\n"
     "2030年，澄溪区坚持以习近平法治思想为指导，依法全面履行政府职能。" + REST, "澄溪区人民政府", "澄溪区"),
    # a 关于 title naming nothing, the place under its superior's leadership, the source naming the city too
    ("关于2030年度法治政府建设工作情况的报告\n发布时间:2031-01-29 来源:青禾市澄溪区司法局\n中共青禾市委、青禾市人民政府：\n"
     "2030年，在市委、市政府的坚强领导下，澄溪区坚持以习近平法治思想为指导，推动法治政府建设。" + REST,
     "青禾市澄溪区人民政府", "青禾市澄溪区"),
])
def test_a_place_reporting_in_its_own_voice_is_its_government_not_the_posting_department(text, issuer, region):
    md = meta(text)
    assert (md["issuer"], md["region"]) == (issuer, region)


@pytest.mark.parametrize("opening", [
    "2030年，我局坚持以习近平法治思想为指导，推进司法行政工作。",  # the department's voice
    "2030年，区司法局围绕全区中心工作，依法履行法治建设牵头职责。",  # the department as the subject
])
def test_the_posting_department_stays_the_issuer_when_the_body_is_its_own(opening):
    md = meta("澄溪区2030年法治政府建设年度报告\n来源:澄溪区司法局\n" + opening + REST)
    assert md["issuer"] == "澄溪区司法局"


# ---- C: a department that names its field in its own words

@pytest.mark.parametrize("text,issuer", [
    # a city's bureau: the field's superior departments and the field's programme; the city named in a cited title
    ("2030年，我局落实上级交通运输部门的各项部署，稳步开展交通运输法治政府部门创建。"
     "全市交通行业查处违法案件320件。完成《青禾市公路养护管理办法》评估。我市获评示范城市。" + REST,
     "青禾市交通运输局"),
    # a province's department guided by its ministry
    ("2030年，我厅在交通运输部的指导下修订《甘肃省道路运输条例》，全省交通行业依法治理能力稳步增强。" + REST,
     "甘肃省交通运输厅"),
    # a report to the city's government by a bureau that calls itself by its field
    ("市政府并市委:\n2030年，我们围绕年度目标，稳步推进依法行政，在市司法行政部门的具体指导下完善制度。\n"
     "一、主要举措\n作为生态环境部门，我们持续加强执法监管，全市空气质量稳中向好。"
     "制定《青禾市污染防治攻坚任务书》。\n二、存在问题\n", "青禾市生态环境局"),
])
def test_a_department_named_by_its_field_in_its_own_words(text, issuer):
    assert meta(text)["issuer"] == issuer


@pytest.mark.parametrize("text", [
    # two fields' ministries: no one field
    "2030年，我局按照交通运输部的统一部署和生态环境部的要求推进工作。全市办理案件20件。《青禾市交通条例》施行。" + REST,
    # a municipality: the names of its departments vary (交通委员会 …)
    "2030年，我局按照交通运输部的统一部署推进交通运输法治政府部门建设。全市办理案件20件。《天津市道路运输条例》施行。" + REST,
    # a county's office of a field whose county organ's name varies (a branch of the city's bureau)
    "2030年，我局按照生态环境部的统一部署推进工作。全县办理案件20件。《澄溪县环境保护规划》施行。" + REST,
])
def test_no_department_made_up_when_unsure(text):
    md = meta(text)
    assert md["region"] is not None  # (the place is known: the field or the level leaves the organ unsaid)
    assert md["issuer"] is None


def test_another_departments_guidance_names_no_field():
    # near miss: 司法行政部门的指导 is the guidance of another department, not the page's field
    md = meta("市政府:\n2030年，我局在市司法行政部门的具体指导下完善制度，稳步推进依法行政。"
              "制定《青禾市林业发展规划》。全市完成造林3万亩。" + REST)
    assert md["issuer"] is None or "司法" not in md["issuer"]


# ---- D: a department that names itself by its field only

def test_a_bare_department_as_the_openings_subject():
    md = meta("县委、县政府：\n2030年以来，教育局围绕立德树人根本任务，持续推进依法治教。局党委中心组全年学法12次。"
              + REST)
    assert md["issuer"] == "教育局"


def test_a_bare_department_completed_with_the_place_the_body_prints_before_it():
    md = meta("一、学习贯彻习近平法治思想\n（一）抓好学习。2030年，生态环境局党组专题学法6次。\n"
              "二、优化营商环境\n（一）精简事项。印发澄溪区生态环境局权责清单，实行动态管理。\n")
    assert (md["issuer"], md["region"]) == ("澄溪区生态环境局", "澄溪区")


def test_a_verb_before_the_departments_party_group_is_no_name():
    # near miss: 通过局党组… names no department 通过局
    md = meta("2030年，我局坚持以习近平法治思想为指导。\n一、主要工作\n（一）深入学习。通过局党组理论学习中心组等形式学法。"
              "\n二、存在问题\n")
    assert md["issuer"] is None or "通过" not in md["issuer"]
