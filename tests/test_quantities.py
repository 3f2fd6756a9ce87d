"""Figures: value, unit, qualifier, ranges, changes, ranks, and what is not a figure."""

import pytest

from fazhi_analysis.numerals import to_simplified
from fazhi_analysis.quantities import extract_figures, figure_name


def figs(text):
    return extract_figures(text, [(0, len(text))])


def one(text):
    out = figs(text)
    assert len(out) == 1, [f.raw for f in out]
    return out[0]


@pytest.mark.parametrize("text,raw,value,unit,qualifier", [
    ("全年办理审批服务事项60万件。", "60万件", 600000, "件", "exact"),
    ("新建服务大厅1.5万平方米。", "1.5万平方米", 15000, "平方米", "exact"),
    ("拨付专项资金2.23亿元。", "2.23亿元", 223000000, "元", "exact"),
    ("受理各类诉求12,077件。", "12,077件", 12077, "件", "exact"),
    ("办理案件３５件。", "３５件", 35, "件", "exact"),
    ("开展督查两轮。", "两轮", 2, "轮", "exact"),
    ("召开会议十余次。", "十余次", 10, "次", "more_than"),
    ("审查合同三十余件。", "三十余件", 30, "件", "more_than"),
    ("热线受理28818余件。", "28818余件", 28818, "件", "more_than"),
    ("群众满意率93%以上。", "93%以上", 93, "%", "at_least"),
    ("纠错率为76.15%。", "76.15%", 76.15, "%", "exact"),
    ("培训约300人。", "约300人", 300, "人", "about"),
    ("检查近50次。", "近50次", 50, "次", "about"),
    ("办件超过2000件。", "超过2000件", 2000, "件", "more_than"),
    ("差错率不足5%。", "不足5%", 5, "%", "less_than"),
    ("时限压缩在3个工作日以内。", "3个工作日以内", 3, "个工作日", "at_most"),
    ("参训人员200人左右。", "200人左右", 200, "人", "about"),
    ("筹集资金3000余万元。", "3000余万元", 30000000, "元", "more_than"),
    ("培训执法人员一千二百人次。", "一千二百人次", 1200, "人次", "exact"),
])
def test_levels(text, raw, value, unit, qualifier):
    f = one(text)
    assert (f.raw, f.value, f.unit, f.qualifier, f.measure) == (raw, value, unit, qualifier, "level")
    assert text[f.start:f.end] == f.raw


def test_range_keeps_both_ends():
    f = one("每年制定1-2部规章。")
    assert (f.raw, f.value, f.value_high, f.unit) == ("1-2部", 1, 2, "部")
    f = one("组建3至5个工作专班。")
    assert (f.value, f.value_high, f.unit) == (3, 5, "个")


def test_changes_and_ranks():
    down, up = figs("案件量同比下降3%，纠错率上升2.04个百分点。")
    assert (down.raw, down.measure, down.direction, down.value) == ("下降3%", "change", "decrease", 3)
    assert (up.raw, up.measure, up.direction, up.unit) == ("上升2.04个百分点", "change", "increase", "个百分点")
    r = one("在全市考核中位列第10名。")
    assert (r.raw, r.measure, r.value, r.unit) == ("第10名", "rank", 10, "名")
    # "提高到98%" is a level reached, not a change
    assert one("网办率提高到98%。").measure == "level"


def test_two_figures_in_one_clause():
    a, b = figs("将12个部门95项政务服务事项划转至审批局。")
    assert (a.raw, a.unit, a.name) == ("12个", "个", "部门")
    assert (b.raw, b.unit, b.name) == ("95项", "项", "政务服务事项")


@pytest.mark.parametrize("text", [
    "2019年，全县推进法治建设。",
    "2020年1月6日召开会议。",
    "截至2018年底完成清理。",
    "印发《法治政府建设实施纲要(2015-2020年)》。",
    "根据县政发〔2020〕2号文件执行。",
    "推行“五个一”工作法，开展“七五”普法，实行“一枚印章管审批”。",
    "开通12345市民热线。",
    "设立24小时自助服务区，实现县镇村三级全覆盖。",
    "这是第一次会议，排在第一。",
    "一是加强学习，二是强化考核。",
    "坚决做到两个维护，落实行政执法三项制度。",
    "召开一次常务会议，建立一个平台。",
    "十三五期间持续推进。",
    "提供7×24小时服务。",
    "共有执法人员1 200人。",
])
def test_non_quantities(text):
    assert figs(text) == []


def test_spans_exact_in_longer_text():
    text = "　　（三）强化监督。全年审计项目45个，其中预算执行审计12个、经济责任审计8个。\n同比增长12.5%。"
    out = figs(text)
    assert [f.raw for f in out] == ["45个", "12个", "8个", "增长12.5%"]
    for f in out:
        assert text[f.start:f.end] == f.raw
    assert out[1].name == "预算执行审计"


def test_name_rules():
    assert figure_name("全年共办理各类审批服务事项", "") == "办理各类审批服务事项"
    assert figure_name("出台", "规章") == "出台规章"
    assert figure_name("将", "部门划转") == "部门"
    assert figure_name("", "") is None


def test_linear_on_pathological_runs():
    # must finish quickly (no catastrophic backtracking); sizes only, timing lives in benchmarks/
    for s in ("1" * 100_000, "一" * 100_000, "(一)" * 30_000, "1,000" * 20_000):
        figs(s)


@pytest.mark.parametrize("text,raw,value,unit,qualifier", [
    ("单笔补助不超过5万元。", "不超过5万元", 50000, "元", "at_most"),
    ("抽查比例不高于5%。", "不高于5%", 5, "%", "at_most"),
    ("每季度最多2次。", "最多2次", 2, "次", "at_most"),
    ("每年培训不少于40学时。", "不少于40学时", 40, "学时", "at_least"),
    ("办结率不低于95%。", "不低于95%", 95, "%", "at_least"),
    ("每年至少开展3次。", "3次", 3, "次", "at_least"),
    ("每年至少3次。", "至少3次", 3, "次", "at_least"),
    ("申请在3个工作日内办结。", "3个工作日内", 3, "个工作日", "at_most"),
    ("急件2个工作小时内办结。", "2个工作小时内", 2, "个工作小时", "at_most"),
    ("投诉24小时内响应。", "24小时内", 24, "小时", "at_most"),
    ("PM2.5平均浓度31微克/立方米。", "31微克/立方米", 31, "微克/立方米", "exact"),
    ("走访企业120家次，入户走访86户次。", "120家次", 120, "家次", "exact"),
])
def test_bounds_and_compound_units(text, raw, value, unit, qualifier):
    f = figs(text)[0]
    assert (f.raw, f.value, f.unit, f.qualifier, f.measure) == (raw, value, unit, qualifier, "level")


def test_trailing_nei_is_a_limit_only_for_durations():
    f = one("在辖区3个村内推行。")
    assert (f.raw, f.qualifier) == ("3个", "exact")


def test_a_working_day_and_its_hours_are_two_figures():
    a, b = figs("承诺时限压缩至1个工作日(8个工作小时)。")
    assert (a.raw, a.unit, b.raw, b.unit) == ("1个工作日", "个工作日", "8个工作小时", "个工作小时")


@pytest.mark.parametrize("word", ["村规民约", "合约", "预约", "公约", "契约", "条约", "签约"])
def test_yue_inside_a_word_is_no_qualifier(word):
    f = one(f"修订{word}3项。")
    assert (f.raw, f.qualifier) == ("3项", "exact")
    assert one("受理约3项。").qualifier == "about"


@pytest.mark.parametrize("text,raw,value,qualifier,measure", [
    ("考核结果名列全省第二。", "第二", 2, "exact", "rank"),
    ("空气质量改善幅度全省第二，", "第二", 2, "exact", "rank"),
    ("营商环境评价位列全市第3。", "第3", 3, "exact", "rank"),
    ("综合排名进入全省前30名。", "前30名", 30, "at_most", "rank"),
    ("考评进入全国前十，", "前十", 10, "at_most", "rank"),
])
def test_ranks_without_ming_and_top_n(text, raw, value, qualifier, measure):
    f = one(text)
    assert (f.raw, f.value, f.qualifier, f.measure) == (raw, value, qualifier, measure)


def test_rank_changes():
    f = one("考核排名比2019年前进2名。")
    assert (f.raw, f.measure, f.direction, f.unit) == ("前进2名", "change", "increase", "名")
    f = one("排名提升5个位次。")
    assert (f.measure, f.direction, f.value) == ("change", "increase", 5)
    assert one("目前30名干部已持证。").measure == "level"  # 目前 is no top-N


@pytest.mark.parametrize("text", [
    "学习贯彻省委十五届五次全会精神。",
    "深入学习党的二十届三中全会精神和十九届四中全会精神。",
    "传达县十八届人大三次会议精神。",
    "排名全省第一批试点，全省第一家。",
])
def test_session_ordinals_and_ordinal_words_are_not_figures(text):
    assert figs(text) == []
    assert one("全年召开3次会议。").raw == "3次"


def test_traditional_script_reads_like_simplified():
    text = "辦理案件12項，設立窗口3個，資金5萬元，300餘件，約200人次，時限壓縮至3個工作日內，學習十五屆五次全會精神。"
    out = figs(text)
    got = [(f.raw, f.value, f.unit, f.qualifier) for f in out]
    assert got == [("12項", 12, "项", "exact"), ("3個", 3, "个", "exact"), ("5萬元", 50000, "元", "exact"),
                   ("300餘件", 300, "件", "more_than"), ("約200人次", 200, "人次", "about"),
                   ("3個工作日內", 3, "个工作日", "at_most")]
    for f in out:
        assert text[f.start:f.end] == f.raw
        assert f.sentence in to_simplified(text)  # context is read in simplified form (catalog phrasings)
    assert out[0].name == "辦理案件"  # the name as printed


@pytest.mark.parametrize("text,raws", [
    # the number of items just listed names them: a slogan, not a count of work
    ("打造执法保障、公共法律服务、法律服务业态三个高地，影响持续扩大。", []),
    ("建立重大决策、规范性文件和合同审查三项制度。", []),
    # a list closed by 等, or a number that is not the number of items, is counted
    ("研究解决阵地建设、执法规范化等重点问题六项。", ["六项"]),
    ("审查规范性文件、合同九件。", ["九件"]),
    ("梳理权责清单、服务清单四个。", ["四个"]),
    # events and people are counted even when their number equals the items (学法、培训两次)
    ("全年组织学法、培训两次，举办讲座、宣讲三场。", ["两次", "三场"]),
])
def test_a_count_that_restates_a_list_is_not_a_figure(text, raws):
    assert [f.raw for f in figs(text)] == raws


def test_a_percentage_in_a_short_quote_is_still_a_figure():
    text = "实现政务服务事项签章率“100%”，落实“五个一”要求，开展“3·15”宣传。"
    assert [(f.raw, f.value) for f in figs(text)] == [("100%", 100.0)]


def test_a_numbered_100_percent_slogan_is_no_figure():
    # “三个100%” names several rates by their number: a slogan (LABELING rule 1; data/numbered_terms.csv)
    text = "实现政务服务事项认领率、发布率、签章率“三个100%”，落实“五个一”要求，开展“3·15”宣传。"
    assert figs(text) == []


def test_numbers_set_off_by_spaces_keep_value_unit_and_qualifier():
    # some portals print every number with a space on each side; the figure's span keeps the space
    text = ("2023年，柳溪县召开常务会议 4 次，公布审批事项清单 187 项，全年办理 3.4 万件，"
            "提供法律咨询 260 余人次，为群众挽回损失 42.5 万元，培训约 150 人，网办率 96.5 %。")
    got = [(f.raw, f.value, f.unit, f.qualifier) for f in figs(text)]
    assert got == [("4 次", 4, "次", "exact"), ("187 项", 187, "项", "exact"), ("3.4 万件", 34000, "件", "exact"),
                   ("260 余人次", 260, "人次", "more_than"), ("42.5 万元", 425000, "元", "exact"),
                   ("约 150 人", 150, "人", "about"), ("96.5 %", 96.5, "%", "exact")]
    for f in figs(text):
        assert text[f.start:f.end] == f.raw
    # the same names as on a page printed without the spaces
    assert [f.name for f in figs(text)] == [f.name for f in figs(text.replace(" ", ""))]


@pytest.mark.parametrize("text", [
    "发布时间：2023 年 3 月 15 日",           # a date set with spaces
    "第 3 次会议审议通过",                     # an ordinal
    "目录 1 2 3 项",                          # list markers, not a count of 项
    "柳政发〔2023〕 12 号",                    # a document number
    "四 次",                                  # a Chinese numeral is not read across a space
    "2023-05-16 08 人",                        # a time stamp before a word
])
def test_spaces_do_not_join_unrelated_numbers(text):
    assert [f.raw for f in figs(text)] == []


def test_spaced_ranks_are_ranks_not_counts():
    # a page set with spaces around its numbers prints ranks so too: a rank (bound), never a count of 名
    got = [(f.raw, f.value, f.qualifier, f.measure) for f in figs("位列全市前 10 名，考核排名第 3 名，五城区排名并列第一。")]
    assert got == [("前 10 名", 10, "at_most", "rank"), ("第 3 名", 3, "exact", "rank"), ("第一", 1, "exact", "rank")]


@pytest.mark.parametrize("text", [
    "坚持每周三组织全体人员学习",                  # Wednesday, not three groups
    "市四套班子领导参加",                        # the four leading bodies
    "基本形成主城区15分钟、一般村20分钟的公共文化服务圈",  # the reach of a service circle
    "共 5 条 首页 上一页 下一页 尾页",              # a list page's pager
])
def test_page_and_phrase_lookalikes_are_no_figures(text):
    assert [f.raw for f in figs(text)] == []


def test_lookalike_guards_keep_real_figures():
    assert [f.raw for f in figs("每周三次开展执法巡查，用时15分钟，共 5 条意见被采纳。")] == ["三次", "15分钟", "5 条"]


@pytest.mark.parametrize("text", [
    "按期完成法治政府建设五年规划目标任务。",
    "制定“十五五”法治建设规划，启动三年行动计划。",
    "认真落实乡镇管理体制改革三年工作计划，按期推进。",
    "印发优化营商环境两年工作方案。",
    "浏览:4172次 时间:2024-02-11 来源:本站",
    "发布时间：2024-02-11 浏览次数： 905 次",
    "阅读量 1260 次",
    "点击数：38次",
])
def test_plan_names_and_page_view_counters_are_not_figures(text):
    assert [f.raw for f in figs(text)] == []


def test_a_duration_near_a_plan_is_still_a_figure():
    assert one("用三年时间完成规划编制。").raw == "三年"


@pytest.mark.parametrize("text,raw,value,unit", [
    ("为司法所配发执法记录仪4台、录音笔2只。", "2只", 2, "只"),
    ("对交通局等7单位开展法治督察。", "7单位", 7, "单位"),
    ("测评结果为满意 31 票、基本满意 2 票。", "31 票", 31, "票"),
])
def test_count_words_zhi_danwei_piao(text, raw, value, unit):
    got = [(f.raw, f.value, f.unit) for f in figs(text)]
    assert (raw, value, unit) in got


@pytest.mark.parametrize("text", ["实行一票否决制度。", "两只手都要硬。", "只有3个部门未完成", "下属单位全部完成。"])
def test_count_words_do_not_take_idioms(text):
    assert [f.unit for f in figs(text) if f.unit in ("只", "单位", "票")] == []


def test_departments_are_counted_without_the_unit_of_laws():
    # 部 counts laws (制定规章3部); 4部门 is four departments, printed without a measure word
    got = [(f.raw, f.value, f.unit) for f in figs("被人社部等4部门联合表扬，制定规章3部。")]
    assert got == [("4部门", 4, None), ("3部", 3, "部")]


def test_a_number_cut_off_at_the_end_of_an_excerpt_is_a_figure_without_a_unit():
    # a saved excerpt that stops right after a number: the figure is read, its unit is not made up
    got = [(f.raw, f.value, f.unit) for f in figs("全年门户网站发布信息6100条，年点击量累计1843207")]
    assert got == [("6100条", 6100, "条"), ("1843207", 1843207, None)]
    # not a year, not an ordinal, not a number that does not end the text
    assert [f.raw for f in figs("相关工作持续推进至2023")] == []
    assert [f.raw for f in figs("此项工作已列入重点任务第12")] == []
    assert [f.raw for f in figs("年点击量累计1843207，较上年")] == []
    assert [f.raw for f in figs("如有意见请拨打监督电话88226104")] == []  # a phone number


def test_one_number_joined_by_he_shares_the_unit_of_the_next():
    got = [(f.raw, f.value, f.unit) for f in figs("办理时限由法定的20和15个工作日压缩至5个工作日。")]
    assert got[:2] == [("20", 20, "个工作日"), ("15个工作日", 15, "个工作日")]
    assert [f.raw for f in figs("2021和2022年连续获评先进。")] == []  # years, not a shared unit


@pytest.mark.parametrize("text,raw,value,unit", [
    ("查验各类货运车辆412台次。", "412台次", 412, "台次"),
    ("将审批事项归并为8大类。", "8大类", 8, "类"),
])
def test_compound_count_words(text, raw, value, unit):
    assert (raw, value, unit) in [(f.raw, f.value, f.unit) for f in figs(text)]


@pytest.mark.parametrize("text", [
    "组织开展三年来全县法治政府建设工作回头看。",  # since when, not a count
    "坚决打赢两场硬仗，实现两大跨越。",  # a slogan
])
def test_time_since_and_slogans_are_no_figures(text):
    assert [f.raw for f in figs(text)] == []
