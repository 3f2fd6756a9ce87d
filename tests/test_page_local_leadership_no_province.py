"""A page led by a city's or county's party committee (``在市委、市政府的坚强领导下，我局…``) that ranks itself
``在全省`` is no province's report: its region is not the province it names (issue 10; precision first, a wrong
region is worse than none). Texts invented for these tests (province names from the package's place data)."""

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure


def meta(text):
    return parse_structure(normalize_text(text)).metadata


def page(opening):
    return (opening + "持续优化法治化营商环境。两件案例入选河北省优秀案例，在全省考核中位列第一，"
            "全省现场会在本地召开2次，全省推广经验3项。\n一、加强组织领导\n我局制定年度工作要点，开展培训12场。\n")


def test_led_by_the_city_committee_the_province_is_not_the_region():
    m = meta(page("今年以来，在市委、市政府的坚强领导下，我局不断强化法治理念，"))
    assert m["region"] is None


def test_led_by_a_named_county_committee_the_province_is_not_the_region():
    m = meta(page("2030年，在松川县委、县政府的正确领导下，我局不断强化法治理念，"))
    assert m["region"] != "河北省"


def test_led_by_the_province_committee_the_province_stays():
    # a province's own department or government, led by the province's committee, still reads its province
    text = ("2030年，在省委、省政府的坚强领导下，全省各级各部门深入推进依法行政，河北省法治政府建设取得新成效。"
            "\n一、加强组织领导\n省政府常务会议学法4次，全省完成培训30场，全省推广经验3项。\n")
    assert meta(text)["region"] == "河北省"
