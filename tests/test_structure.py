"""Metadata, section tree and lossless paragraphs, on small genre texts written for these tests."""

import datetime as dt

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import (
    _is_recipient, classify_part, clean_title, header_fields, is_title, level_of, metadata_sources, parse_structure,
    region_of,
)

HEADER_REPORT = """首页 > 政务公开 > 法治政府建设
标题: 白沙县人民政府关于2021年法治政府建设工作情况的报告
索引号: 1199/2022-00031 文号: 白政〔2022〕5号
发文日期: 2022-02-18 发布机构: 白沙县人民政府
有效性: 有效
字号: 大 中 小
打印
白沙县人民政府关于2021年法治政府建设工作情况的报告
白政字〔2022〕5号
市政府:
　　2021年，全县扎实推进法治政府建设，现将有关情况报告如下：
一、2021年工作情况
（一）全面完善重大行政决策机制。坚持集体讨论决定，全年审查重大决策12项。
1.强化合法性审查。审查合同45件。
2．推进法律顾问全覆盖。
（二）严格规范公正文明执法
3、开展案卷评查。评查案卷300卷。
一是组织培训。
二是加强考核。
二、存在的问题和不足
部分执法人员能力不足。
三、2022年工作打算
（一）继续深化改革。
白沙县人民政府
2022年2月10日
解读地址: 见附件
"""


def parse(text):
    t = normalize_text(text)
    return t, parse_structure(t)


def test_metadata_from_header_and_body():
    _, st = parse(HEADER_REPORT)
    m = st.metadata
    assert m["title"] == "白沙县人民政府关于2021年法治政府建设工作情况的报告"
    assert m["doc_number"] == "白政〔2022〕5号"
    assert m["body_doc_number"] == "白政字〔2022〕5号"
    assert m["publish_date"] == dt.date(2022, 2, 18)
    assert m["signed_date"] == dt.date(2022, 2, 10)
    assert m["report_year"] == 2021 and m["region"] == "白沙县"
    assert m["recipient"] == "市政府" and m["issuer"] == "白沙县人民政府" and m["validity"] == "有效"
    assert m["index_no"] == "1199/2022-00031"


def test_sections_levels_inline_headings_and_continued_numbering():
    _, st = parse(HEADER_REPORT)
    secs = st.sections
    levels = [s.level for s in secs]
    assert levels.count(1) == 3 and levels.count(2) == 3 and levels.count(3) == 3 and levels.count(4) == 2
    by_marker = {s.marker: s for s in secs if s.level == 3}
    assert set(by_marker) == {"1.", "2．", "3、"}
    # 3、 continues the numbering under (二): its parent is (二), not (一)
    parent = {s.section_id: s for s in secs}[by_marker["3、"].parent_id]
    assert parent.heading == "严格规范公正文明执法"
    inline = next(s for s in secs if s.marker == "（一）")
    assert inline.heading == "全面完善重大行政决策机制"
    assert [s.part for s in secs if s.parent_id is None] == ["achievements", "shortcomings", "plans"]
    assert all(s.part == "achievements" for s in secs if s.parent_id == 1)


def test_paragraphs_are_lossless_and_typed():
    text, st = parse(HEADER_REPORT)
    covered = [False] * len(text)
    for p in st.paragraphs:
        for i in range(p.start, p.end):
            assert not covered[i], "overlapping paragraphs"
            covered[i] = True
    assert all(covered[i] or text[i].isspace() for i in range(len(text)))
    kinds = [p.kind for p in st.paragraphs]
    assert kinds[:9] == ["chrome", "metadata", "metadata", "metadata", "metadata", "chrome", "chrome", "title",
                         "doc_number"]
    assert kinds[9] == "recipient" and kinds[-3:] == ["closing", "closing", "chrome"]
    heading = next(p for p in st.paragraphs if text[p.start:p.end].startswith("（一）全面"))
    assert heading.kind == "heading" and text[heading.start:heading.end] == "（一）全面完善重大行政决策机制。"


def test_responsibility_first_and_other_parts():
    text = """南屏省人民政府关于2022年度法治政府建设情况的报告
一、党政主要负责人履行推进法治建设第一责任人职责情况
省政府主要负责同志带头学法。
二、2022年法治政府建设主要举措和成效
（一）依法全面履行政府职能
三、存在的不足和原因
四、2023年推进法治政府建设的主要安排
五、其他需要报告的事项
"""
    _, st = parse(text)
    assert [s.part for s in st.sections if s.level == 1] == [
        "responsibility", "achievements", "shortcomings", "plans", "other"]


def test_no_header_and_title_only():
    text = "关于2020年度法治政府建设工作的总结报告\n　　全年推进依法行政。\n一、主要成效\n（一）推进改革。\n"
    _, st = parse(text)
    m = st.metadata
    assert m["title"].startswith("关于2020年度") and m["report_year"] == 2020
    assert m["doc_number"] is None and m["recipient"] is None and m["signed_date"] is None


def test_header_value_on_next_line_and_placeholder_doc_number():
    text = "索引号:\n1199/2020-1\n文号: 〔〕号\n发布日期:\n2020年03月02日 16:40\n青川县2019年法治政府建设情况报告\n一、工作情况\n"
    _, st = parse(text)
    assert st.metadata["index_no"] == "1199/2020-1"
    assert st.metadata["doc_number"] is None
    assert st.metadata["publish_date"] == dt.date(2020, 3, 2)


def test_helpers():
    assert header_fields("索引号: X/1 文号: 源政〔2020〕2号") == [("索引号", "X/1"), ("文号", "源政〔2020〕2号")]
    assert is_title("沂水县2019年法治政府建设工作报告")
    assert not is_title("关于开展2020年法治政府建设示范创建活动的通知")
    assert region_of("山东省青州市人民政府关于2019年度法治政府建设情况的报告") == "山东省青州市"
    assert region_of("枫江区司法局2021年法治政府建设年度报告") == "枫江区"
    # a one-character county's party committee: 县 + 县委, not a county named "X县县"
    assert region_of("中共禾县县委 禾县人民政府关于2023年法治政府建设情况的报告") == "禾县"
    assert region_of("中共栗县县委全面依法治县委员会办公室") == "栗县"
    assert region_of("关于2019年法治政府建设情况的报告") is None
    assert region_of("南屏省市场监督管理局2021年法治政府建设情况") == "南屏省"
    assert classify_part("下一步工作打算", 2019) == "plans"
    assert classify_part("2020年重点工作", 2019) == "plans"
    assert classify_part("依法全面履行政府职能", 2019) is None


def test_combined_shortcomings_and_plans_section():
    text = ("青川县2020年法治政府建设情况报告\n一、主要工作\n（一）推进改革。\n二、存在的问题和下一步打算\n"
            "（一）存在的问题。个别部门依法行政意识不强。\n（二）下一步工作打算。继续推进改革。\n")
    _, st = parse(text)
    assert [s.part for s in st.sections] == ["achievements", "achievements", "shortcomings", "shortcomings",
                                             "plans"]


def test_part_markers_and_long_footer():
    footer = "\n".join(f"相关链接{i}" for i in range(30))
    text = ("青川县2020年法治政府建设情况报告\n第一部分 主要工作\n（一）推进改革。\n第二部分 存在的不足\n第三部分 下一步打算\n"
            f"青川县人民政府\n2021年2月1日\n{footer}\n")
    _, st = parse(text)
    assert [(s.level, s.marker) for s in st.sections if s.level == 1] == [(1, "第一部分"), (1, "第二部分"),
                                                                           (1, "第三部分")]
    assert st.metadata["signed_date"] == dt.date(2021, 2, 1) and st.metadata["signature"] == "青川县人民政府"


def test_red_header_doc_number_and_date_with_note():
    text = ("青川县人民政府文件\n青政发〔2021〕7号\n青川县人民政府关于2020年法治政府建设情况的报告\n市政府：\n一、主要工作\n"
            "（一）推进改革。\n二、存在的不足\n三、2021年工作打算\n青川县人民政府\n2021年1月20日（此件公开发布）\n")
    _, st = parse(text)
    m = st.metadata
    assert m["body_doc_number"] == "青政发〔2021〕7号" and m["doc_number"] == "青政发〔2021〕7号"
    assert m["signed_date"] == dt.date(2021, 1, 20) and m["recipient"] == "市政府"


def test_region_stops_before_organ_names():
    assert region_of("中共青川县委全面依法治县委员会办公室关于2020年法治政府建设情况的报告") == "青川县"
    assert region_of("北京市朝阳区人民政府关于2021年法治政府建设情况的报告") == "北京市朝阳区"


def test_report_year_from_the_opening_when_the_title_has_none():
    _, st = parse("青川县法治政府建设情况报告\n市政府：\n　　2021年，全县扎实推进依法行政。\n一、主要工作\n")
    assert st.metadata["report_year"] == 2021
    _, st = parse("青川县法治政府建设情况报告\n　　全县扎实推进依法行政。\n一、主要工作\n")
    assert st.metadata["report_year"] is None


def test_weak_achievement_words_after_the_shortcomings_mean_plans():
    text = "青川县法治政府建设情况报告\n一、主要工作开展情况\n二、存在的不足\n三、重点推进的工作\n四、其他事项\n"
    _, st = parse(text)
    assert [s.part for s in st.sections] == ["achievements", "shortcomings", "plans", "other"]


def test_portal_page_with_the_title_twice():
    text = ("首页 政务公开 政府信息公开\n标题: 青川县人民政府关于2019年法治政府建设工作情况的报告\n"
            "索引号: 1199/2020-1 文号: 青政〔2020〕2号\n发文日期: 2020-01-15 发布机构: 青川县人民政府\n"
            "  • 标题\n  • 正文\n  • 手机\n青川县人民政府关于2019年法治政府建设工作情况的报告\n发布日期:2020-01-15\n"
            "  • 字号:\n  • |\n  • 打印\n青川县人民政府关于2019年法治政府建设工作情况的报告\n青政字〔2020〕2号\n市政府:\n"
            "　　2019年，全县推进依法行政。\n一、2019年工作情况\n（一）推进改革。\n二、存在的问题\n三、2020年工作打算\n"
            "青川县人民政府\n2020年1月6日\n")
    t, st = parse(text)
    kinds = [(p.kind, t[p.start:p.end]) for p in st.paragraphs]
    titles = [k for k in kinds if k[0] == "title"]
    assert len(titles) == 1 and kinds.index(titles[0]) == 12
    m = st.metadata
    assert m["body_doc_number"] == "青政字〔2020〕2号" and m["recipient"] == "市政府"
    assert m["doc_number"] == "青政〔2020〕2号" and m["publish_date"] == dt.date(2020, 1, 15)


# ----------------------------------------------------------------------------- portal layouts (issue 10)

def test_issuer_from_the_title_and_joint_organs():
    from fazhi_analysis.structure import issuer_of
    assert issuer_of("云岭市枫江区卫生健康委员会2022年法治政府建设工作报告") == ("云岭市枫江区卫生健康委员会",) * 2
    assert issuer_of("松涧市教育局关于2023年度法治政府建设情况的报告") == ("松涧市教育局",) * 2
    assert issuer_of("中共石门镇委员会 石门镇人民政府关于2021年法治政府建设工作情况的报告") == (
        "石门镇人民政府", "中共石门镇委员会 石门镇人民政府")
    assert issuer_of("松涧县2021年法治政府建设工作情况") == (None, None)
    assert issuer_of("关于2021年法治政府建设工作情况的报告") == (None, None)
    _, st = parse("中共石门镇委员会 石门镇人民政府关于2021年法治政府建设工作情况的报告\n一、主要工作\n（一）推进改革。\n")
    m = st.metadata
    assert (m["issuer"], m["issuer_full"], m["region"], m["level"]) == (
        "石门镇人民政府", "中共石门镇委员会 石门镇人民政府", "石门镇", "town")
    assert metadata_sources(m["metadata_source"])["issuer"] == "title"


def test_levels_from_suffixes():
    assert level_of("南屏省人民政府", "南屏省") == "province"
    assert level_of("上海市人民政府", "上海市") == "province"
    assert level_of("云岭市人民政府", "云岭市") == "city"
    assert level_of("鹤鸣县人民政府", "鹤鸣县") == "county"
    assert level_of(None, "乌拉特前旗") == "county"
    assert level_of("枫江区人民政府", "云岭市枫江区") == "district"
    assert level_of("石门镇人民政府", "石门镇") == "town"
    assert level_of("东关街道办事处", "东关街道") == "sub_district"
    assert level_of("云岭市司法局", "云岭市") == "department"
    assert level_of("鹤鸣县人民政府办公室", "鹤鸣县") == "department"
    assert level_of("中共石门镇委员会", "石门镇") == "town"
    assert level_of(None, None) is None and level_of("某单位", None) is None


def test_organ_line_above_the_title_is_the_issuer_not_chrome():
    text = ("首页 > 政务公开\n鹿鸣县人民政府\n关于2021年法治政府建设工作情况的报告\n市政府：\n"
            "　　2021年，在市委、市政府的领导下，全县推进依法行政。\n一、主要工作\n（一）推进改革。\n")
    t, st = parse(text)
    m = st.metadata
    assert (m["issuer"], m["region"], m["level"], m["report_year"]) == ("鹿鸣县人民政府", "鹿鸣县", "county", 2021)
    organ = next(p for p in st.paragraphs if t[p.start:p.end] == "鹿鸣县人民政府")
    assert organ.kind == "metadata"
    # a title that starts with 关于 continues the organ line above it
    assert m["title"] == "鹿鸣县人民政府关于2021年法治政府建设工作情况的报告"
    # a complete title keeps its own words; the organ line still names the issuer
    _, st = parse("鹿鸣县水利局\n2021年法治政府建设工作情况报告\n一、主要工作\n（一）推进改革。\n")
    m = st.metadata
    assert (m["title"], m["issuer"]) == ("鹿鸣县水利局2021年法治政府建设工作情况报告", "鹿鸣县水利局")
    text = ("2021年法治政府建设工作情况报告\n名 称：2021年法治政府建设工作情况报告\n鹿鸣县水利局\n"
            "2021年法治政府建设工作情况报告\n一、主要工作\n（一）推进改革。\n")
    m = parse(text)[1].metadata
    assert (m["title"], m["issuer"]) == ("2021年法治政府建设工作情况报告", "鹿鸣县水利局")
    assert metadata_sources(m["metadata_source"])["issuer"] == "organ_line"


def test_organ_line_between_title_and_salutation():
    text = "2021年法治政府建设情况报告\n白鹤市人力资源和社会保障局\n市委、市政府：\n一、主要工作\n（一）推进改革。\n"
    _, st = parse(text)
    m = st.metadata
    assert (m["issuer"], m["recipient"], m["level"]) == ("白鹤市人力资源和社会保障局", "市委、市政府", "department")


def test_more_header_labels_dates_and_spaced_labels():
    text = ("文章来源:鹿鸣县司法局 更新时间:2021/03/29 11:30:01\n索 引 号：11990127/2021-00412\n文 号：无\n"
            "信息索引号 11990127-8/2021-1\n责任部门 石门镇\n作者：\n"
            "鹿鸣县2020年法治政府建设工作报告\n　　2020年，全县推进依法行政。\n一、主要工作\n（一）推进改革。\n")
    t, st = parse(text)
    m = st.metadata
    assert m["index_no"] == "11990127/2021-00412" and m["doc_number"] is None
    assert m["publish_date"] == dt.date(2021, 3, 29)
    # the title names the county, not an organ: the header's 文章来源 names the issuer (LABELING.md: title,
    # organ line, header 发布机构/来源 label, signature — in that order), although the body speaks as the county
    assert m["issuer"] == "鹿鸣县司法局" and m["recipient"] is None
    assert metadata_sources(m["metadata_source"])["issuer"] == "header"
    assert [p.kind for p in st.paragraphs[:7]] == ["metadata"] * 6 + ["title"]
    # a title that names the organ: 文章来源 agrees and the title wins
    m = parse(text.replace("鹿鸣县2020年", "鹿鸣县司法局2020年"))[1].metadata
    assert m["issuer"] == "鹿鸣县司法局"


def test_header_table_cells_do_not_go_into_the_title():
    text = ("| 标 题: | 鹭岛市应急管理局关于2022年法治政府建设情况的报告 | ||\n"
            "| 索 引 号: | 2022-00117 | 发布机构: | 鹭岛市应急管理局 |\n"
            "发布日期:\t2023-01-20\t文号:\t鹭应急〔2023〕3号\n"
            "鹭岛市应急管理局关于2022年法治政府建设情况的报告\n一、主要工作\n（一）推进改革。\n")
    _, st = parse(text)
    m = st.metadata
    assert m["title"] == "鹭岛市应急管理局关于2022年法治政府建设情况的报告"
    assert m["index_no"] == "2022-00117" and m["issuer"] == "鹭岛市应急管理局"
    assert m["publish_date"] == dt.date(2023, 1, 20) and m["doc_number"] == "鹭应急〔2023〕3号"
    assert header_fields("责任部门 石门镇") == [("责任部门", "石门镇")]


def test_byline_date_under_the_title_and_site_suffix():
    text = ("鹿鸣县水利局2023年法治政府建设年度报告-鹿鸣在线\n鹿鸣县水利局2023年法治政府建设年度报告\n"
            "政策法规科 2023-12-29\n县政府：\n一、主要工作\n（一）推进改革。\n")
    t, st = parse(text)
    m = st.metadata
    assert m["title"] == "鹿鸣县水利局2023年法治政府建设年度报告"
    assert m["publish_date"] == dt.date(2023, 12, 29) and m["recipient"] == "县政府"
    assert clean_title("白鹤县2020年法治政府建设情况的报告_白鹤县人民政府网") == "白鹤县2020年法治政府建设情况的报告"
    assert clean_title("关于2020年法治政府建设工作情况的报告-和乐娱乐国际") == "关于2020年法治政府建设工作情况的报告"
    assert clean_title("白鹤县法治政府建设报告") == "白鹤县法治政府建设报告"


def test_recipient_is_only_a_salutation_naming_an_organ():
    assert _is_recipient("市委、市政府：") and _is_recipient("县人大常委会:")
    assert not _is_recipient("现将有关情况报告如下：") and not _is_recipient("作者：")
    assert not _is_recipient("主要做法：")


def test_region_and_year_from_the_body():
    text = ("法治政府建设情况报告\n　　2019年以来，宁川市坚持以习近平法治思想为指导，全面推进依法行政。\n"
            "一、主要工作\n（一）推进改革。\n二、存在的不足\n三、2020年工作计划\n（一）继续推进。\n")
    _, st = parse(text)
    m = st.metadata
    assert (m["region"], m["report_year"], m["level"]) == ("宁川市", 2019, "city")
    assert metadata_sources(m["metadata_source"])["region"] == "body"
    text = ("法治政府建设情况报告\n　　全县坚持依法行政。\n一、主要工作\n（一）推进改革。全县建成服务站。"
            "鹤鸣县人民政府获评法治政府建设示范单位。\n二、存在的不足\n三、2021年工作计划\n（一）继续推进。\n")
    _, st = parse(text)
    assert (st.metadata["region"], st.metadata["report_year"]) == ("鹤鸣县", 2020)
    # no year anywhere but the signed date (signed early in the next year)
    _, st = parse("法治政府建设情况报告\n一、主要工作\n（一）推进改革。\n二、存在的不足\n鹤鸣县司法局\n2022年2月8日\n")
    assert st.metadata["report_year"] == 2021 and metadata_sources(st.metadata["metadata_source"])["report_year"] == "signature"
    # the body names two counties: no guess
    text = "法治政府建设情况报告\n全县推进。青川县人民政府和白沙县人民政府签订协议。\n一、主要工作\n"
    assert parse(text)[1].metadata["region"] is None


def test_page_leftovers_are_chrome_anywhere():
    text = ("鹿鸣县2020年法治政府建设工作报告\n一、主要工作\n（一）推进改革。全年审批事项20件。\n"
            "解读地址《鹿鸣县2020年法治政府建设工作报告》政策解读\n浏览次数：1520\n【打印】【关闭】\n")
    t, st = parse(text)
    kinds = {t[p.start:p.end]: p.kind for p in st.paragraphs}
    assert kinds["浏览次数：1520"] == "chrome" and kinds["【打印】【关闭】"] == "chrome"
    assert kinds["解读地址《鹿鸣县2020年法治政府建设工作报告》政策解读"] == "chrome"


def test_one_long_line_page_is_cut_into_paragraphs_losslessly():
    body = "全年审查规范性文件12件，办理行政复议案件15件。" * 30
    text = ("鹿鸣县人民政府关于2020年法治政府建设情况的报告市政府：2020年，全县推进依法行政。现将有关情况报告如下："
            f"一、主要工作（一）推进改革。{body}（二）规范执法。{body}二、存在的不足部分执法人员能力不足。"
            f"三、2021年工作打算（一）继续深化改革。{body}鹿鸣县人民政府 2021年1月20日 【打印】【关闭】")
    t, st = parse(text)
    assert "\n" not in t
    covered = [0] * len(t)
    for p in st.paragraphs:
        for i in range(p.start, p.end):
            covered[i] += 1
    assert all(c == 1 or (c == 0 and t[i].isspace()) for i, c in enumerate(covered))
    m = st.metadata
    assert m["title"] == "鹿鸣县人民政府关于2020年法治政府建设情况的报告" and m["recipient"] == "市政府"
    assert m["signed_date"] == dt.date(2021, 1, 20) and m["signature"] == "鹿鸣县人民政府"
    assert [s.part for s in st.sections if s.level == 1] == ["achievements", "shortcomings", "plans"]
    assert sum(1 for s in st.sections if s.level == 2) == 3
    assert st.paragraphs[-1].kind == "chrome"


def test_traditional_script_page():
    text = ("鹿鳴縣人民政府關於2020年法治政府建設情況的報告\n市政府：\n　　2020年，全縣推進依法行政。\n"
            "一、主要工作\n（一）推進改革。\n二、存在的問題\n三、2021年工作打算\n鹿鳴縣人民政府\n2021年1月20日\n")
    _, st = parse(text)
    m = st.metadata
    assert m["title"] == "鹿鳴縣人民政府關於2020年法治政府建設情況的報告"
    assert (m["issuer"], m["region"], m["level"], m["report_year"]) == ("鹿鳴縣人民政府", "鹿鳴縣", "county", 2020)
    assert m["recipient"] == "市政府" and m["signed_date"] == dt.date(2021, 1, 20)
    assert [s.part for s in st.sections if s.level == 1] == ["achievements", "shortcomings", "plans"]


def test_leftovers_after_the_body_do_not_look_like_a_cut_off_report():
    import fazhi_analysis as fz
    text = ("鹿鸣县2020年法治政府建设工作报告\n一、主要工作\n（一）推进改革。全年审批事项20件。\n二、存在的不足\n"
            "个别部门依法行政意识不强。\n三、2021年工作打算\n继续推进改革。\n"
            "解读地址《鹿鸣县2020年法治政府建设工作报告》政策解读\n浏览次数：1520\n【打印】【关闭】\n")
    r = fz.parse_report(text, "t")
    assert "ends_mid_sentence" not in [code for code, _ in r.warnings]
    cut = fz.parse_report(text.replace("继续推进改革。", "继续推进改"), "t")
    assert "ends_mid_sentence" in [code for code, _ in cut.warnings]


def _meta(body: str) -> dict:
    text = body + "\n一、主要工作\n（一）推进改革。\n二、存在的不足\n三、下一步工作安排\n（一）继续推进。\n"
    return parse(text)[1].metadata


def test_issuer_inferred_from_the_voice_of_the_body():
    # the government's voice: the region's government (or a sub-district's office)
    m = _meta("2022年，我县坚持以习近平法治思想为指导，扎实推进法治政府建设。全县办理复议案件12件。"
              "制定《澄江县法治政府建设实施方案》。")
    assert (m["region"], m["issuer"], m["level"]) == ("澄江县", "澄江县人民政府", "county")
    assert metadata_sources(m["metadata_source"])["issuer"] == "body"
    m = _meta("2023年，石桥街道在区委、区政府的坚强领导下，坚持以习近平法治思想为指导，推进依法行政。")
    assert (m["region"], m["issuer"]) == ("石桥街道", "石桥街道")  # the street as the page writes its organ
    m = _meta("2021年，南屏省委、省政府坚持以习近平法治思想为指导，全面推进法治政府建设。")
    assert (m["region"], m["issuer"]) == ("南屏省", "南屏省人民政府")
    # a department's voice: the department, when the body names it at a clause start
    m = _meta("2022年，我局坚持以习近平法治思想为指导，服务全区高质量发展。区司法局党委书记、局长带头学法。"
              "拟定《枫江区法治政府建设实施方案》。")
    assert (m["region"], m["issuer"], m["level"]) == ("枫江区", "枫江区司法局", "department")
    # a ministry as the opening's subject
    assert _meta("2022年，水利部党组坚持以习近平法治思想为指导，推进法治政府建设。")["issuer"] == "水利部"


def test_issuer_is_left_empty_when_the_body_does_not_say():
    # a department's voice that never names the department: not the government
    m = _meta("2022年，我局坚持以习近平法治思想为指导，服务全市发展。制定《云岭市法治政府建设实施方案》。")
    assert m["region"] == "云岭市" and m["issuer"] is None
    # two departments named at clause starts: no guess
    m = _meta("2022年，我局推进依法行政，为全区发展服务。区司法局牵头审查合同，区财政局负责预算。"
              "制定《枫江区法治政府建设实施方案》。")
    assert m["issuer"] is None
    # no region: no government is made up from 我县 alone
    assert _meta("2022年，我县坚持以习近平法治思想为指导，扎实推进法治政府建设。")["issuer"] is None
    # a ministry only when the page speaks as one (部党组); never 我部 or a party branch
    assert _meta("2022年，我部坚持以习近平法治思想为指导。部党组召开会议5次。")["issuer"] is None
    assert _meta("2022年，基层党支部坚持以习近平法治思想为指导。部党组召开会议5次。")["issuer"] is None
    assert _meta("2022年，水利部坚持以习近平法治思想为指导，推进法治政府建设。")["issuer"] is None
    # two counties compete: neither region nor issuer
    m = _meta("2022年，全县推进依法行政。制定《澄江县法治政府建设实施方案》，学习《白沙县人民政府工作规则》。")
    assert (m["region"], m["issuer"]) == (None, None)
    # words before 县人民政府 are no county name
    m = _meta("现将县人民政府2022年法治政府建设情况报告如下。法治建设贯穿县人民政府工作全过程。")
    assert (m["region"], m["issuer"]) == (None, None)


def test_no_government_is_inferred_for_a_party_report_or_a_zone():
    text = ("澄江县2022年法治建设工作情况报告\n2022年，我县坚持以习近平法治思想为指导，全县推进法治建设。\n"
            "一、主要工作\n（一）推进改革。\n")
    m = parse(text)[1].metadata
    assert m["region"] == "澄江县" and m["issuer"] is None
    m = _meta("2022年，我区坚持以习近平法治思想为指导，推进法治政府建设，全区办理复议案件9件。制定《临港新区法治政府建设方案》。")
    # a development zone's report is its administrative committee's (tuneH's label of such a page: XX新区管委会);
    # no 人民政府 is made up for it
    assert m["region"] == "临港新区" and m["issuer"] == "临港新区管委会"


def test_report_year_from_the_report_naming_its_own_year():
    text = ("根据《法治政府建设实施纲要（2021—2025年）》要求，现将市交通局2022年法治政府建设情况报告如下。\n"
            "本报告数据的期限自1月1日起。\n一、主要工作\n（一）推进改革。\n二、存在的不足\n")
    m = parse(text)[1].metadata
    assert m["report_year"] == 2022 and metadata_sources(m["metadata_source"])["report_year"] == "body"
    # a plan's years in a book title are not the report's own
    text = "现将《法治政府建设实施纲要（2021—2025年）》落实情况报告如下。\n一、主要工作\n（一）推进改革。\n"
    assert parse(text)[1].metadata["report_year"] is None


def test_region_from_a_document_title_of_its_own_even_starting_with_a_numeral_character():
    m = _meta("2022年，市卫健委坚持以习近平法治思想为指导，推进法治政府建设。我委印发了《三江市卫生健康系统普法规划》，"
              "服务全市发展。")
    # 市卫健委 is the department, by the short name of one full name only (issue 10): read in full
    assert (m["region"], m["issuer"]) == ("三江市", "三江市卫生健康委员会")


def test_a_zone_or_a_part_of_a_place_is_no_region():
    for opening in ("2022年，示范区在区委的领导下，坚持以习近平法治思想为指导，推进法治政府建设。",
                    "2022年，高新区坚持以习近平法治思想为指导，推进依法行政。全区推进改革。"):
        m = _meta(opening)
        assert (m["region"], m["issuer"]) == (None, None), opening


def test_a_department_of_the_region_as_subject_is_not_the_government_voice():
    text = ("翠屏县2022年法治政府建设情况报告\n2022年，翠屏县司法局牵头推进法治政府建设。\n一、主要工作\n（一）推进改革。\n")
    m = parse(text)[1].metadata
    assert (m["region"], m["issuer"]) == ("翠屏县", None)
    text = text.replace("翠屏县司法局牵头推进", "翠屏县在市委的领导下推进")
    assert parse(text)[1].metadata["issuer"] == "翠屏县人民政府"


def test_places_are_names_before_a_government_or_opening_a_document_title():
    import random
    import re

    from fazhi_analysis.structure import _places

    assert _places("白沙县人民政府和青溪县人民政府", "县") == {"白沙县", "青溪县"}
    assert _places("法治建设贯穿县人民政府工作，现将县人民政府报告", "县") == set()
    assert _places("制定《2022年三江县普法规划》", "县") == {"三江县"}
    assert _places("印发《溪县党政主要负责人述法办法》", "县") == {"溪县"}  # a county of one character
    rnd = random.Random(3)
    alphabet = list("县市人民政府在和白沙青溪委局府《》年a1，。\n 2")
    for _ in range(5000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        for unit in "县市":
            for name in _places(s, unit):  # every name is a span of the text in one of the two places
                # a two-character name (陇县) only right after 《 and not a word with the unit (年县)
                assert (len(name) >= 3 or "《" + name in s and name[0] not in "年在和") and name.endswith(unit), (s, name)
                assert name + "人民政府" in s or re.search(r"《(?:(?:19|20)\d{2}\s*年度?)?" + name, s), (s, name)


_D1_BODY = "\n2023年，青岚县坚持依法行政，召开常务会议5次。\n一、主要工作\n（一）加强领导。全年培训干部300人次。\n"


def test_publish_date_after_a_source_name_on_the_same_line():
    st = parse_structure("青岚县人民政府关于2023年度法治政府建设情况的报告\n\n来源:青岚日报 2024-03-16 08:15\n" + _D1_BODY)
    assert st.metadata["publish_date"] == dt.date(2024, 3, 16)
    assert header_fields("来源:青岚日报 2024-03-16 08:15") == [("来源", "青岚日报"), ("发布时间", "2024-03-16 08:15")]


def test_publish_date_on_a_bullet_line_under_the_title():
    st = parse_structure("首页 > 政务公开\n青岚县卫生健康局2023年法治政府建设年度报告\n  • 2024-01-07 16:51\n" + _D1_BODY)
    assert st.metadata["publish_date"] == dt.date(2024, 1, 7)
    assert [p.kind for p in st.paragraphs][:3] == ["chrome", "title", "metadata"]


def test_publish_date_in_the_middle_of_a_page_header_line():
    st = parse_structure("松河乡2023年度法治政府建设工作报告\n浏览:512次 时间:2023-12-07 来源:本站\n"
                         "松河乡2023年度法治政府建设工作报告\n" + _D1_BODY)
    assert st.metadata["publish_date"] == dt.date(2023, 12, 7)
    st = parse_structure("青岚县司法局2023年法治建设年度报告\n\n青岚县人民政府门户网站  www.qinglan.gov.cn"
                         "        发布时间:2024-03-31        \n" + _D1_BODY)
    assert st.metadata["publish_date"] == dt.date(2024, 3, 31)
    assert st.metadata["issuer"] == "青岚县司法局"


def test_a_date_field_inside_a_body_sentence_is_no_header():
    st = parse_structure("青岚县2023年法治政府建设情况报告\n"
                         "2023年，全县坚持依法行政。会议 时间:2023-05-06 召开，审议规章2件。\n" + _D1_BODY)
    assert st.metadata["publish_date"] is None


def test_whole_province_words_are_no_region():
    for title in ("全省2019年度法治政府建设情况的报告", "全市2023年法治政府建设工作报告", "全县法治政府建设情况"):
        assert region_of(title) is None, title
    st = parse_structure("全省2019年度法治政府建设情况的报告\n2019年，全省坚持依法行政，召开常务会议5次。\n"
                         "一、主要工作\n（一）加强领导。全年培训干部300人次。\n")
    assert st.metadata["region"] is None


def test_a_township_in_the_title_stays_in_the_region():
    # township names may hold characters that end a chain at organ names (共, 和)
    assert region_of("海西市乐和区共和乡2022年度法治政府建设 工作报告") == "海西市乐和区共和乡"
    assert region_of("乐和区和平镇人民政府关于2022年法治政府建设情况的报告") == "乐和区和平镇"
    assert region_of("乐和区司法局关于2022年法治政府建设情况的报告") == "乐和区"
    st = parse_structure("海西市乐和区共和乡2022年度法治政府建设工作报告\n" + _D1_BODY)
    assert st.metadata["region"] == "海西市乐和区共和乡"


@pytest.mark.parametrize("name,region", [
    ("贵州省某某厅2021年度法治政府建设情况报告", "贵州省"),  # the one province whose name ends in 州: read whole
    ("中共贵州省委", "贵州省"),
    ("贵州省某某市人民政府", "贵州省某某市"),
    ("黔岭州省级示范创建", "黔岭州"),  # a prefecture before 省级: not a province
    ("碧崖县县卫生健康局", "碧崖县"),  # the unit printed twice: one county
    ("汀枫市霁川区人民政府", "汀枫市霁川区"),
])
def test_region_of_provinces_ending_in_zhou_and_doubled_units(name, region):
    assert region_of(name) == region


def test_header_cells_without_colons_end_at_the_next_label():
    """A portal header printed as cells with spaced labels and no colons (标  题 X; 索 引 号 X 失效时间): the title
    is the value, not the label with it, and a value ends before an empty cell's label."""
    from fazhi_analysis import parse_report

    text = ("索 引 号 11002-01-2025-00031 失效时间\n发文机关 南屏省人民政府 成文日期\n"
            "标  题 南屏省人民政府关于2024年度法治政府建设情况的报告\n"
            "发文字号 南政文〔2025〕12号 发布时间 2025年03月20日\n\n南屏省人民政府\n关于2024年度法治政府建设情况的报告\n\n"
            "南政文〔2025〕12号\n\n  2024年，全省各级政府深入推进依法行政。全年办理行政复议案件1200件。\n")
    meta = parse_report(text).metadata
    assert meta["title"] == "南屏省人民政府关于2024年度法治政府建设情况的报告"
    assert meta["index_no"] == "11002-01-2025-00031"
    assert meta["issuer"] == "南屏省人民政府"
    assert meta["doc_number"] == "南政文〔2025〕12号"
