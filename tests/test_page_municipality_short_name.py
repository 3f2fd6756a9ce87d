"""A municipality (直辖市) whose report names itself by its short name only (``法治上海建设``, ``考察天津重要讲话``)
and speaks as ``全市``/``本市`` (issue 10, inferred region). The place names come from the package's place data
(provinces.csv); the texts are invented for these tests (genre style only)."""

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure


def meta(text):
    return parse_structure(normalize_text(text)).metadata


def page(body):
    return ("2030年法治政府建设情况\n2030年，在市委、市政府的坚强领导下，全市各区、各部门坚持以习近平新时代中国特色"
            "社会主义思想为指导，" + body + "\n一、加强组织领导\n本市制定年度工作要点，全市各级行政机关完成培训30场。\n")


def test_own_programme_in_short_form_gives_the_municipality():
    m = meta(page("深入推进法治天津建设，取得积极成效。"))
    assert m["region"] == "天津市"
    assert "region=body" in m["metadata_source"]


def test_inspection_speech_in_short_form_gives_the_municipality():
    m = meta(page("深入贯彻习近平总书记考察上海重要讲话精神，取得积极成效。"))
    assert m["region"] == "上海市"


def test_a_municipality_named_in_passing_is_not_the_speaker():
    # 赴上海学习: a visit, not the page's own place
    m = meta(page("组织赴上海学习交流2次，取得积极成效。"))
    assert m["region"] is None


def test_a_second_province_level_name_leaves_the_region_empty():
    m = meta(page("深入推进法治上海建设，与浙江协同推进长三角执法合作。"))
    assert m["region"] is None


def test_a_province_short_name_is_no_municipality():
    # a city in 全市 voice naming its province's programme (法治四川) is not that province
    m = meta(page("深入推进法治四川建设，取得积极成效。"))
    assert m["region"] != "四川省"


def test_a_district_of_a_municipality_keeps_away():
    # 全区 voice: a district of 重庆, whose city is not its region
    text = ("2030年法治政府建设情况\n2030年，全区坚持以习近平新时代中国特色社会主义思想为指导，深入推进法治重庆建设。"
            "\n一、加强组织领导\n全区各级行政机关完成培训30场，区政府常务会议学法4次。\n")
    assert meta(text)["region"] != "重庆市"
