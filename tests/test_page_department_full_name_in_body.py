"""A department that names itself by its level only (``区司法局坚持…``) and prints its full name once in its body
(issue 10, inferred metadata). Texts invented for these tests (invented places; genre style only)."""

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure


def meta(text):
    return parse_structure(normalize_text(text)).metadata


TITLE = "2024年法治政府建设年度报告\n"
OPENING = ("2024年，区司法局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实习近平法治思想，"
           "扎实履行司法行政工作职能。\n一、2024年法治政府建设情况\n")


def test_the_full_name_after_genju_gives_issuer_and_region():
    text = TITLE + OPENING + "（一）深入学习贯彻习近平法治思想。根据青梧区司法局2024年重点工作安排，组织集中学习12次。\n"
    m = meta(text)
    assert m["issuer"] == "青梧区司法局"
    assert m["region"] == "青梧区"
    assert "issuer=body" in m["metadata_source"]


def test_the_full_name_opening_a_cited_title_gives_the_same():
    text = TITLE + OPENING + "（一）制定《青梧区司法局2024年普法责任清单》，开展宣传活动20场。\n"
    m = meta(text)
    assert (m["issuer"], m["region"]) == ("青梧区司法局", "青梧区")


def test_two_districts_with_that_department_leave_it_as_written():
    # a sister district's bureau named beside the page's own: which one speaks is unknown
    text = TITLE + OPENING + ("（一）根据青梧区司法局2024年重点工作安排，组织集中学习12次。"
                              "赴松岚区司法局交流学习2次。\n")
    m = meta(text)
    assert m["issuer"] == "区司法局"
    assert m["region"] is None


def test_another_department_or_another_level_is_not_the_speaker():
    # the city's bureau (another level) and the district's other bureau (another department) are not the page
    text = TITLE + OPENING + ("（一）根据白溪市司法局工作要点，协调青梧区人力资源和社会保障局开展培训3次。\n")
    m = meta(text)
    assert m["issuer"] == "区司法局"
    assert m["region"] is None
