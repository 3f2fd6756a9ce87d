"""Whose report a page is when the title names only a place (issue 10): a body opening with the place's party
committee and government is the government's report, whatever department the header names as the source; a
body in a department's voice is not. Pages invented for these tests (genre style only)."""

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure

WORK = "\n一、主要工作\n（一）深入学习。全年开展专题学法12次。\n二、存在问题\n三、下一步打算\n"


def meta(text):
    return parse_structure(normalize_text(text + WORK)).metadata


@pytest.mark.parametrize("title,source,opening,issuer", [
    ("白桦市2023年度法治政府建设工作总结", "来源:白桦市司法局 发布时间:2024-04-01 08:57",
     "2023年，市委、市政府坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政。", "白桦市人民政府"),
    ("青苇县2023年度法治政府建设工作总结", "来源:县司法局 发布时间:2024-02-09 15:17",
     "2023年，青苇县委、县政府坚持以习近平法治思想为指导，全面推进依法行政。", "青苇县人民政府"),
    ("青苇县2023年度法治政府建设情况", "文章来源：司法局",
     "2023年，县委县政府深入学习贯彻习近平法治思想，全面推进依法行政。", "青苇县人民政府"),
    ("青苇县2023年度法治政府建设情况", "文章来源：司法局",
     "2023年，青苇县人民政府始终坚持以习近平法治思想为指导。", "青苇县人民政府"),
])
def test_a_government_opening_outranks_the_department_that_posted_it(title, source, opening, issuer):
    assert meta(title + "\n" + source + "\n" + opening)["issuer"] == issuer


def test_a_department_opening_keeps_the_headers_department():
    md = meta("白桦市2023年度法治政府建设工作总结\n来源:白桦市司法局\n"
              "2023年，在市委、市政府的坚强领导下，我局坚持依法行政，全面推进法治政府建设。")
    assert md["issuer"] == "白桦市司法局"


def test_a_government_by_its_short_name_is_named_in_full():
    md = meta("2023年青苇县法治政府建设情况\n文章来源：司法局\n2023年，青苇县政府坚持以习近平法治思想为指导。")
    assert md["issuer"] == "青苇县人民政府"


def test_each_units_own_department_is_no_departments_voice():
    md = meta("2023年，在市委、市政府的正确领导下，青苇区以习近平法治思想为指导，全面推进依法行政。\n"
              "推行“双随机、一公开”监管，各成员单位制定并公示本部门抽查计划。")
    assert (md["region"], md["issuer"]) == ("青苇区", "青苇区人民政府")
