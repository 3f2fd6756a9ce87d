"""A one-character county (滑县, 沛县, 歙县 …) writes its organs with the unit twice (滑县县委、县政府, 滑县县人民政府):
the region is the county once (issue 10). Bodies invented for these tests (genre style only)."""

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure

TITLE = "2023年度法治政府建设情况报告\n"
BODY = "\n一、主要工作\n（一）深入学习。全年开展专题学习12次。\n二、存在问题\n三、下一步打算\n"
COUNTIES = ["浚县", "滑县", "沛县", "歙县", "易县", "蠡县", "单县", "萧县"]


def meta(text):
    return parse_structure(normalize_text(text)).metadata


@pytest.mark.parametrize("county", COUNTIES)
@pytest.mark.parametrize("opening", [
    # a department's report that names its county only through the county's organs
    "2023年，{c}县委、县政府坚持依法行政，我局开展执法检查。",
    "2023年，全县坚持依法行政。{c}县人民政府常务会议学法4次，我局开展执法检查。",
    # the government's own report
    "2023年，{c}县委县政府深入学习贯彻习近平法治思想，全面推进依法行政。",
])
def test_the_county_is_named_once(county, opening):
    md = meta(TITLE + opening.format(c=county) + BODY)
    assert md["region"] == county
    assert not (md["issuer"] or "").startswith(county + "县")


def test_the_government_made_up_from_a_doubled_county_is_named_once():
    md = meta(TITLE + "2023年，沛县县委、县政府坚持以习近平法治思想为指导，全面推进依法行政。" + BODY)
    assert (md["region"], md["issuer"]) == ("沛县", "沛县人民政府")


def test_in_traditional_script():
    md = meta(TITLE + "2023年，滑縣縣委、縣政府堅持依法行政，我局開展執法檢查。" + BODY)
    assert md["region"] == "滑縣"


def test_an_organ_printed_with_the_unit_twice_stays_as_printed():
    # the issuer is the organ as the page prints it; only the region is read once
    md = meta(TITLE + "2023年，易县县卫生健康局坚持以习近平法治思想为指导。" + BODY)
    assert (md["region"], md["issuer"]) == ("易县", "易县县卫生健康局")


def test_a_county_with_a_longer_name_is_untouched():
    md = meta(TITLE + "2023年，青禾县委、县政府坚持依法行政，我局开展执法检查。" + BODY)
    assert md["region"] == "青禾县"
    md = meta(TITLE + "2023年，青禾县县委、县政府坚持依法行政，我局开展执法检查。" + BODY)
    assert md["region"] == "青禾县"
