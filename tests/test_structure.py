"""Metadata, section tree and lossless paragraphs, on small genre texts written for these tests."""

import datetime as dt

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import classify_part, header_fields, is_title, parse_structure, region_of

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
