"""Pages that name their own place only in a short form (issue 10): a department named after its city without 市
(XX人力资源和社会保障局 style, the city printed with 市 elsewhere), and a city's or prefecture's own rule-of-law programme
named after it (法治X建设, 法治X、法治政府、法治社会, 《法治X》), including a prefecture by its short name (XX州).
Pages invented for these tests (genre style only)."""

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure

TAIL = "一、主要工作\n（一）深入学习。全年开展专题学法12次。\n二、存在问题\n三、下一步打算\n"


def meta(text):
    return parse_structure(normalize_text(text)).metadata


@pytest.mark.parametrize("opening,issuer,region", [
    ("2022年以来，白桦人力资源和社会保障局坚持把依法行政作为人社工作的基本准则，对照白桦市年度要点逐项抓落实。",
     "白桦人力资源和社会保障局", "白桦市"),
    ("2023年，青苇交通运输局深入学习贯彻习近平法治思想，认真落实青苇市委、市政府部署。", "青苇交通运输局", "青苇市"),
    # three characters before the department, and the opening under its superior's leadership (not seen on a tune page)
    ("在市委、市政府的坚强领导下，石柳桥生态环境局始终坚持依法行政，服务石柳桥市高质量发展。",
     "石柳桥生态环境局", "石柳桥市"),
])
def test_a_department_named_after_its_city_without_the_unit(opening, issuer, region):
    md = meta(opening + "现将有关情况报告如下：\n" + TAIL)
    assert md["issuer"] == issuer
    assert md["region"] == region


def test_a_department_whose_city_is_never_printed_with_its_unit_stays_unnamed():
    # near miss: no 白桦市 anywhere, so no city is made up
    md = meta("2022年以来，白桦人力资源和社会保障局坚持把依法行政作为基本准则。现将有关情况报告如下：\n" + TAIL)
    assert md["region"] is None
    assert md["issuer"] is None


@pytest.mark.parametrize("body,region,issuer", [
    ("2022年，我市把法治政府建设作为全局性工作来抓，全市依法行政水平持续提升。现将工作情况报告如下：\n"
     "一、主要工作\n（一）加强宣传。青苇融媒体中心开办《法治青苇》专栏，播出以案释法节目12期。\n二、下一步打算\n",
     "青苇市", "青苇市人民政府"),
    ("2023年，全市坚持依法行政，统筹推进法治白桦建设，全市法治政府建设取得新成效。现将工作情况报告如下：\n" + TAIL,
     "白桦市", "白桦市人民政府"),
    # a prefecture by its short name, in the local form of 法治中国、法治政府、法治社会 (a page that speaks only as
    # 全州 gets no government made up)
    ("今年以来，全州上下把法治柳州、法治政府、法治社会一体建设作为年度重点，全州各项任务有序落实。"
     "现将工作情况报告如下：\n" + TAIL, "柳州", None),
])
def test_a_place_named_in_its_own_programme(body, region, issuer):
    md = meta(body)
    assert md["region"] == region
    assert md["issuer"] == issuer


@pytest.mark.parametrize("body", [
    # a district page quoting its city's programme: no district is made up
    "2023年，区司法局坚持以习近平法治思想为指导，全区推进法治青苇建设。现将有关情况报告如下：\n" + TAIL,
    # the province's programme in a city page: the province is no city
    "2023年，全市坚持依法行政，助力法治浙江建设。现将有关情况报告如下：\n" + TAIL,
    # common words after 法治, never a place
    "2023年，全市坚持依法行政，推进法治社会建设，开展“法治体检”活动20场。现将有关情况报告如下：\n" + TAIL,
    # a column 《法治X》 with X printed nowhere else
    "2023年，全市坚持依法行政，开办《法治时空》栏目。现将有关情况报告如下：\n" + TAIL,
])
def test_programmes_that_name_no_own_place(body):
    md = meta(body)
    assert md["region"] in (None, "浙江省"), md["region"]
    assert md["region"] not in ("青苇区", "青苇市", "浙江市", "社会市", "时空市")
