"""A report issued by a department's party group (中共XX局党组 / XX局党委) whose title begins with that organ, on the
title line or on a line of its own above the year and kind (issue 10, LABELING rule 38: the issuer as written). Pages
invented for these tests (genre style only)."""

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure

BODY = ("过去一年，局党组把法治建设摆在全局工作中谋划推进。现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）深化简政放权。精简许可申请材料18项。完成市政府第45号令规定的港区事权交接。\n"
        "二、存在的不足\n三、下一步工作安排\n")


def meta(head, body=BODY):
    return parse_structure(normalize_text(head + body)).metadata


def squash(s):
    return "".join((s or "").split())


@pytest.mark.parametrize("head,title,issuer,region", [
    # the party group on a line of its own above the year and kind
    ("中共白桦市交通运输局党组\n2023年度法治政府建设报告\n", "中共白桦市交通运输局党组2023年度法治政府建设报告",
     "中共白桦市交通运输局党组", "白桦市"),
    # on the title line, with 关于
    ("中共青苇县司法局党组关于2023年度法治政府建设情况的报告\n", "中共青苇县司法局党组关于2023年度法治政府建设情况的报告",
     "中共青苇县司法局党组", "青苇县"),
    # a bureau's party committee (党委) on its own line, the title's year written as 年度 only
    ("白桦市公安局党委\n2023年法治政府建设工作情况报告\n", "白桦市公安局党委2023年法治政府建设工作情况报告",
     "白桦市公安局党委", "白桦市"),
    # a page's breadcrumb and header before it (not seen on a tune page)
    ("首页 > 政务公开 > 法治政府建设\n发布时间：2024-03-12\n中共柳溪区卫生健康委员会党组\n2023年度法治政府建设情况报告\n",
     "中共柳溪区卫生健康委员会党组2023年度法治政府建设情况报告", "中共柳溪区卫生健康委员会党组", "柳溪区"),
])
def test_a_party_group_title_names_its_issuer_as_written(head, title, issuer, region):
    md = meta(head)
    assert squash(md["title"]) == title
    assert md["issuer"] == issuer
    assert md["region"] == region
    assert md["level"] == "department"


def test_the_year_and_kind_alone_stay_the_title_when_no_organ_line_is_above():
    # near miss: a page that prints no organ above its title keeps the title as printed and names no made-up organ
    md = meta("2023年度法治政府建设报告\n")
    assert squash(md["title"]) == "2023年度法治政府建设报告"
    assert md["issuer"] is None or not md["issuer"].startswith("完成")
    assert md["region"] is None or not md["region"].startswith("完成")


def test_a_joint_committee_and_government_title_keeps_the_government():
    # near miss: a county's party committee with its government is not a department's party group
    md = meta("中共青苇县委 青苇县人民政府\n关于2023年度法治政府建设情况的报告\n")
    assert md["issuer"] == "青苇县人民政府"
