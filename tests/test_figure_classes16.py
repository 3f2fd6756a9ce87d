"""Figure classes of the sixteenth session: counts of places printed without a measure word, plan names of N
years, and units the genre prints that were missing (轮次, 微克每立方米). Sentences are invented look-alikes."""

import pytest

from fazhi_analysis.quantities import extract_figures


def figs(text):
    return extract_figures(text, [(0, len(text))])


def got(text):
    return [(f.raw, f.value, f.unit, f.qualifier) for f in figs(text)]


# a province or city report counting its cities, counties or districts with no measure word (5部门 likewise):
# the count is a figure whose unit is null (LABELING 51)
@pytest.mark.parametrize("text,expected", [
    ("在5市11县开展依法行政示范创建。", [("5市", 5, None, "exact"), ("11县", 11, None, "exact")]),
    ("督促十三区政府落实整改责任。", [("十三区", 13, None, "exact")]),
    ("选取7区作为首批试点地区。", [("7区", 7, None, "exact")]),
    ("全省二十余县建成公共法律服务中心。", [("二十余县", 20, None, "more_than")]),
])
def test_places_counted_without_a_measure_word(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text", [
    "郑州市二七区司法局组织开展培训。",  # a district's name that is written in numerals
    "精准对接三区三州的帮扶需求。",  # a slogan
    "统筹划定三区三线并严格落实。",
    "服务全市两区建设大局。",
    "新建3市场监管所的执法记录平台。",  # 市场 is no city
    "完成5区域的网格划分。",
    "在第3区设立服务窗口。",
])
def test_place_nouns_that_are_no_count(text):
    assert [f.raw for f in figs(text) if f.unit is None] == []


# N年行动 is a campaign's name by its years (三年行动), as 三年行动计划 and 五年规划 are
@pytest.mark.parametrize("text", [
    "以推进全面振兴新突破三年行动为主线，统筹各项工作。",
    "为营商环境提升五年行动提供坚实法治保障。",
])
def test_plan_named_by_its_years(text):
    assert figs(text) == []


def test_a_duration_of_years_is_still_a_figure():
    assert got("专项行动持续开展三年，成效明显。") == [("三年", 3, "年", "exact")]


@pytest.mark.parametrize("text,expected", [
    ("完成重大执法案卷3轮次集中评查。", [("3轮次", 3, "轮次", "exact")]),
    ("细颗粒物平均浓度为31.4微克每立方米。", [("31.4微克每立方米", 31.4, "微克/立方米", "exact")]),
    ("二氧化硫浓度为0.8毫克每立方米。", [("0.8毫克每立方米", 0.8, "毫克/立方米", "exact")]),
    ("年均浓度已降到28微克，同比下降6%。", [("28微克", 28, "微克", "exact"), ("下降6%", 6, "%", "exact")]),
])
def test_units_the_genre_prints(text, expected):
    assert got(text) == expected


# a set of rules named by its number right after the quoted slogan it serves is a name (data/numbered_terms.csv)
@pytest.mark.parametrize("text,raws", [
    ("认真执行市委落实“三个到位”八项制度机制，完善议事规则。", []),
    ("贯彻“营商环境年”十二条措施，压减审批时限。", []),
    # near misses: a count after its noun or verb, or a quoted slogan then a count of events, stay figures
    ("围绕“三个到位”建立制度八项。", ["八项"]),
    ("开展“法治进乡村”三项活动。", ["三项"]),
    ("围绕“放管服”出台12项制度。", ["12项"]),
])
def test_rules_named_by_their_number_after_a_quoted_slogan(text, raws):
    assert [f.raw for f in figs(text)] == raws


def test_a_count_of_rounds_keeps_its_key_and_name_in_the_unit_of_its_own():
    # 轮次 is now a unit of its own (it was read as 轮 before): the key and the name a count in 轮 gets stay
    from _sentences import fig, sentence_report
    for sentence, raw in (("全年开展依法行政专项督察3轮次，覆盖全部镇街。", "3轮次"),
                          ("全年开展依法行政专项督察3轮，覆盖全部镇街。", "3轮")):
        r = sentence_report(sentence, "（一）加强党的领导", title="石桥县2031年法治政府建设年度报告", year=2031,
                            weakness="基层法治力量仍较薄弱。", plan="继续推进依法行政。")
        row = fig(r, raw)
        assert (row["unit"], row["key"], row["name"]) == (raw[1:], "leadership.inspections", "依法行政专项督察")
