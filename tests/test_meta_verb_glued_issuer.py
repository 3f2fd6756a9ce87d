"""A verb glued before a bare unit or a place's name at a clause start (完成市政府…, 落实县政府…, 成立XX市XX局…领导小组) is a
verb and its object: no place named 完成市 and no organ 完成市交通运输局 (issue 10). Pages invented for these tests."""

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure


def meta(text):
    return parse_structure(normalize_text(text)).metadata


@pytest.mark.parametrize("clause", [
    "完成市政府第45号令规定的港区事权交接。",
    "落实县政府常务会议议定事项21项。",
    "配合区政府完成权责清单调整。",
    # a verb not listed with the others that a page may also glue on (not seen on a tune page)
    "承接市政府下放事项12项。",
])
def test_no_place_is_read_from_a_verb_and_its_object(clause):
    text = ("2023年法治政府建设工作报告\n2023年，局党组坚持以习近平法治思想为指导，推进依法行政。现将有关情况报告如下：\n"
            "一、主要工作\n（一）深化改革。" + clause + "\n二、下一步打算\n")
    md = meta(text)
    for field in ("issuer", "region"):
        v = md[field] or ""
        assert not v.startswith(("完成", "落实", "配合", "承接")), (field, v)


def test_a_department_named_after_the_leading_group_it_sets_up():
    text = ("2023年来，全市市场监管系统围绕护航经营主体发展推进依法行政。市局获评全省依法行政先进单位。\n"
            "一、主要工作\n（一）加强领导。成立白桦市市场监督管理局依法行政工作领导小组，由主要负责人任组长。\n"
            "二、下一步打算\n")
    md = meta(text)
    assert md["issuer"] == "白桦市市场监督管理局"
    assert md["region"] == "白桦市"


@pytest.mark.parametrize("sentence", [
    # the other forms: 调整 an existing group, 组建 a working group (not seen on a tune page)
    "调整白桦市市场监督管理局普法工作领导小组成员。",
    "组建白桦市市场监督管理局行政执法监督工作专班。",
])
def test_other_verbs_that_set_up_a_department_group(sentence):
    text = ("2023年来，我局坚持依法行政，法治建设取得新成效。\n一、主要工作\n（一）加强领导。" + sentence + "\n二、下一步打算\n")
    md = meta(text)
    assert md["issuer"] == "白桦市市场监督管理局"


def test_a_department_named_after_another_verb_is_not_the_issuer():
    # near miss: a department the page only works with (配合XX局) is no self-reference
    text = ("2023年来，我局坚持依法行政，法治建设取得新成效。\n一、主要工作\n（一）协同执法。"
            "配合白桦市市场监督管理局开展联合检查3次。\n二、下一步打算\n")
    md = meta(text)
    assert md["issuer"] != "配合白桦市市场监督管理局"
    assert not (md["region"] or "").startswith("配合")
