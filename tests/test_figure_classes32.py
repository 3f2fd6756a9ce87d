"""Figure classes of session 32: numeral forms, ranks, time limits, and number look-alikes that are names
(policies, slogans, session ordinals, ordinal lists, place names). Sentences are invented look-alikes."""

import pytest

from fazhi_analysis.quantities import extract_figures


def figs(text):
    return extract_figures(text, [(0, len(text))])


def got(text):
    return [(f.raw, f.value, f.unit, f.qualifier) for f in figs(text)]


# ---------------------------------------------------------------- numeral forms

@pytest.mark.parametrize("text,expected", [
    # 一 scaled by 万 or 亿 is a count, not the idiomatic 一 of 一次 / 一个
    ("轮训五百名网格员和一万名法律明白人。", [("五百名", 500, "名", "exact"), ("一万名", 10000, "名", "exact")]),
    ("受益群众一万余人。", [("一万余人", 10000, "人", "more_than")]),
    ("普法宣传覆盖群众一万人次。", [("一万人次", 10000, "人次", "exact")]),
])
def test_one_scaled_by_a_multiplier_is_a_count(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text", [
    "成为全省唯一一家获此殊荣的单位。",  # 唯一 + 一家: no numeral 一一 (eleven)
    "做到统一一个窗口受理。",
])
def test_a_word_ending_in_one_before_one_is_no_numeral(text):
    assert figs(text) == []


@pytest.mark.parametrize("text,expected", [
    ("网上办件量同比增长近一倍。", [("增长近一倍", 1, "倍", "about")]),
    ("调解成功率提高了一倍。", [("提高了一倍", 1, "倍", "exact")]),
])
def test_one_fold_after_a_change_verb_is_a_figure(text, expected):
    assert got(text) == expected


def test_a_bare_one_fold_stays_idiomatic():
    assert figs("事半功倍，一倍的努力。") == []


# ---------------------------------------------------------------- ranks

@pytest.mark.parametrize("text,expected", [
    ("办件满意率继续保持国内第一。", [("第一", 1, None, "exact")]),
    ("三项指标均居自治区第二，位次稳定。", [("第二", 2, None, "exact")]),
    ("人均专利拥有量保持全国省区第三。", [("第三", 3, None, "exact")]),
    ("案件办结率居全省首位，群众满意。", [("首位", 1, "位", "exact")]),
    ("复议纠错率名列全国18个城市之首。", [("之首", 1, None, "exact")]),
    ("满意度测评得分排名前五，考评优秀。", [("前五", 5, None, "at_most")]),
    ("在全国评估中排名稳居前十的城市。", [("前十", 10, None, "at_most")]),
])
def test_ranks_the_genre_writes(text, expected):
    assert [(f.raw, f.value, f.unit, f.qualifier) for f in figs(text) if f.measure == "rank"] == expected


@pytest.mark.parametrize("text", [
    "始终把安全生产摆在首位。",  # a priority, no rank
    "把群众利益放在首位，坚持问题导向。",
    "全县第一书记培训班开班。",  # an office
    "落实全市第一责任人职责。",
    "自治区第一巡视组反馈问题已整改。",  # a body's name
    "全省第一督导组进驻以来。",
    "做到前三后四的工作要求。",
    "提升全省首位度，做强中心城市。",  # a city's primacy
])
def test_look_alikes_of_ranks(text):
    assert [f.raw for f in figs(text) if f.measure == "rank"] == []


# ---------------------------------------------------------------- time limits

@pytest.mark.parametrize("text,expected", [
    ("对投诉做到2日内回访，7日内办结。", [("2日内", 2, "日", "at_most"), ("7日内", 7, "日", "at_most")]),
    ("申请材料齐全的，15日以内作出决定。", [("15日以内", 15, "日", "at_most")]),
    ("办结时限由改革前的12天减少为4天。", [("12天", 12, "天", "exact"), ("4天", 4, "天", "exact")]),
    ("审批时间从48小时压缩至8小时。", [("48小时", 48, "小时", "exact"), ("8小时", 8, "小时", "exact")]),
])
def test_time_limits(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text", [
    "于3月5日内部通报。",  # a date
    "提供365天不打烊服务。",  # a descriptor
    "设置24小时自助服务区。",
])
def test_dates_and_descriptors_stay_out(text):
    assert figs(text) == []


# ---------------------------------------------------------------- a page counter, a body count

def test_a_readership_count_in_the_body_is_a_figure():
    assert got("推送普法信息150余条，阅读量80余万次。") == [("150余条", 150, "条", "more_than"),
                                                        ("80余万次", 800_000, "次", "more_than")]


def test_a_page_view_counter_stays_out():
    assert figs("发布时间：2023-05-06 阅读量 356 ") == []


# ---------------------------------------------------------------- names that hold a number

@pytest.mark.parametrize("text", [
    "出台支持中小企业创新发展15条措施，推行承诺制。",  # a policy named by its number of articles
    "印发促进外贸发展壮大18条政策措施。",
    "实施服务中小企业发展八件实事方案。",  # a programme's name
    "每季度为群众办好“六件实事”。",
    "认真落实法治建设四个亲自要求。",  # a slogan
    "推动向本级人大报告两个“全覆盖”。",
    "全力落实四个成为，加快发展。",
    "做细做实五个转型，奋力推进发展。",
    "保障实施七个工程，深化法治建设。",
    "贯彻落实市九次党代会精神。",  # a session ordinal
    "完成第三、四批示范项目评审。",  # an ordinal list: 四批 is the fourth batch
    "三台县、五台县获评示范县。",  # place names
])
def test_names_that_hold_a_number(text):
    assert figs(text) == []


@pytest.mark.parametrize("text,raws", [
    ("出台惠企措施15条。", ["15条"]),  # counts stay
    ("完成三批示范项目评审。", ["三批"]),
    ("为群众办实事23件。", ["23件"]),
    ("累计开展党代会精神宣讲6次。", ["6次"]),
    ("共购置执法记录仪九台。", ["九台"]),
    ("全面落实两个乡镇，推进试点。", ["两个"]),
    ("保障实施三个项目，完成验收。", ["三个"]),
    ("全面落实三个成为要求的措施20项。", ["三个", "20项"]),
])
def test_counts_next_to_those_names_stay(text, raws):
    assert [f.raw for f in figs(text)] == raws


# ---------------------------------------------------------------- units and qualifiers

@pytest.mark.parametrize("text,expected", [
    ("检查居住小区316个次。", [("316个次", 316, "个次", "exact")]),
    ("开设12门法治课程。", [("12门", 12, "门", "exact")]),
    ("PM2.5浓度首次低于35微克。", [("低于35微克", 35, "微克", "less_than")]),
    ("优良天数比例高于90%。", [("高于90%", 90, "%", "more_than")]),
    ("比例不低于90%。", [("不低于90%", 90, "%", "at_least")]),
])
def test_units_and_qualifiers(text, expected):
    assert got(text) == expected


@pytest.mark.parametrize("text", [
    "优化4门户网站的栏目设置。",
    "新建3门诊部。",
    "三门峡市司法局开展培训。",
])
def test_men_look_alikes(text):
    assert [f.raw for f in figs(text) if f.unit == "门"] == []


def test_higher_by_points_is_no_bound():
    assert got("群众满意率高于3个百分点。") == [("3个百分点", 3, "个百分点", "exact")]
