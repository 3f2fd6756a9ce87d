"""Where a page with no title is from (issue 10, inferred metadata): a town that only names itself in passing
(调整青苇镇…领导小组, 全镇…), and a development zone that speaks as 我区 (its 管委会 reports). Pages invented for
these tests (genre style only)."""

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure

WORK = "\n二、存在问题\n三、下一步打算\n"


def meta(text):
    return parse_structure(normalize_text(text + WORK)).metadata


def test_a_town_named_twice_in_passing():
    md = meta("一、2023年度法治政府建设的主要举措和成效\n一是加强组织领导。及时调整青苇镇法治政府建设领导小组，"
              "负责推进全镇法治政府建设工作。二是强化学法。组织全镇干部参加考试，青苇镇32名学员全部通过。\n")
    assert (md["region"], md["issuer"]) == ("青苇镇", "青苇镇人民政府")


def test_two_towns_in_passing_name_neither():
    md = meta("一、主要工作\n一是加强组织领导。全镇干部到白水镇和青山镇学习。白水镇、青山镇经验在全镇推广。\n")
    assert md["region"] is None


def test_a_street_named_twice_in_passing():
    md = meta("一、主要工作\n一是加强领导。调整柳岸街道法治建设领导小组，全街道统一部署。二是强化学法，柳岸街道干部全员参训。\n")
    assert md["region"] == "柳岸街道"


def test_a_development_zone_speaking_as_its_district():
    md = meta("2025年，在市政府的正确领导下，我区深入推进法治政府建设，现将青苇新区2025年度法治政府建设情况报告如下：\n"
              "一、主要工作\n印发《青苇新区2025年法治政府建设工作要点》，全区开展专题学法12次。\n")
    assert (md["region"], md["issuer"]) == ("青苇新区", "青苇新区管委会")


def test_a_zones_department_is_no_committee():
    md = meta("2025年，我局深入推进法治政府建设，现将青苇新区司法局2025年度法治政府建设情况报告如下：\n"
              "一、主要工作\n印发《青苇新区2025年法治政府建设工作要点》，全区开展专题学法12次，局党组学法4次。\n")
    assert md["issuer"] != "青苇新区管委会"
