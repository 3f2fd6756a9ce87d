"""Figure and metadata classes seen on real portal pages (issue 10), on texts invented for these tests."""

import datetime as dt

import pytest

import fazhi_analysis as fz
from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.quantities import extract_figures
from fazhi_analysis.structure import metadata_sources, parse_structure


def figs(text):
    return [(f.raw, f.value, f.unit, f.qualifier) for f in extract_figures(text, [(0, len(text))])]


def meta(text):
    return parse_structure(normalize_text(text)).metadata


# ----------------------------------------------------------------------------------------------- figures

@pytest.mark.parametrize("text,want", [
    # a school grade, or a range of grades, is no number of years
    ("小学1-4年级每周1课时、5-6年级每周2课时，初中三年级开设专题课。",
     [("1课时", 1, "课时", "exact"), ("2课时", 2, "课时", "exact")]),
    # a planning horizon is no count (谋划/规划 N年), a run of years is (连续N年)
    ("围绕中心任务，统筹谋划五年工作，规划三年目标，连续12年获评先进。", [("12年", 12, "年", "exact")]),
])
def test_years_that_are_no_figures(text, want):
    assert figs(text) == want


def test_a_list_of_places_counted_is_a_figure_but_a_slogan_is_not():
    text = "推荐青川、白沙和柳溪三个县参评示范创建，打造执法保障、公共法律服务、法律服务业态三个高地。"
    assert figs(text) == [("三个", 3, "个", "exact")]
    text = "确定东街、西街两个街道和南岭、北岭两个镇为试点。"
    assert [r for r, *_ in figs(text)] == ["两个", "两个"]


@pytest.mark.parametrize("text,want", [
    # a bare 万/亿 amount that closes its clause has no measure word
    ("普法短视频单期点击量均突破2万，总播放量达1.5万余。",
     [("突破2万", 20000, None, "more_than"), ("1.5万余", 15000, None, "more_than")]),
    # …but a bare number, a Chinese numeral, or 千 is no amount without its unit
    ("覆盖群众30多，惠及十万，3千。", []),
    # 超 / 突破 before a number: more than
    ("宣讲受众超3000人次，累计服务群众突破12万人次。",
     [("超3000人次", 3000, "人次", "more_than"), ("突破12万人次", 120000, "人次", "more_than")]),
])
def test_bare_amounts_and_exceeding(text, want):
    assert figs(text) == want


def test_from_to_adjustments_give_both_figures():
    text = "专业技术人员数量从原来的30人调整为18人，审批时限从15个工作日缩短至当场办结。"
    assert [r for r, *_ in figs(text)] == ["30人", "18人", "15个工作日"]


# --------------------------------------------------------------------------------------------- structure

EXCERPT = """柳溪县卫生健康局2023年法治政府建设年度报告

( 2024-02-26)

 2023年12月20日


2023年，我局坚持依法行政，全面推进法治政府建设。现将有关情况报告如下：

一、主要工作

（一）深化放管服改革

1.推进告知承诺

（1）公共场所卫生许可实施告知承诺后，审批时限从20个工作日缩短至当场办结。人员数量从原来的12人调整为8人。

（2）在全县范围推出改革举措。2023年6
"""


def test_a_date_under_the_title_of_an_excerpt_is_no_closing():
    t = normalize_text(EXCERPT)
    r = fz.parse_report(t, "excerpt")
    kinds = {t[s:e]: k for k, s, e in zip(r.paragraphs["kind"], r.paragraphs["start"], r.paragraphs["end"])}
    assert kinds["一、主要工作"] == "heading"
    assert kinds["2023年12月20日"] == "metadata" and kinds["( 2024-02-26)"] == "metadata"
    assert r.metadata["publish_date"] == dt.date(2024, 2, 26)
    assert r.metadata["signed_date"] == dt.date(2023, 12, 20)
    assert [f for f in r.indicators["raw"]] == ["20个工作日", "12人", "8人"]


def test_a_date_under_the_title_of_a_full_report_leaves_the_closing_alone():
    text = ("柳溪县2023年法治政府建设情况报告\n2024年1月5日\n一、主要工作\n（一）推进改革。审批事项20件。\n"
            "柳溪县人民政府\n2024年1月8日\n")
    t = normalize_text(text)
    st = parse_structure(t)
    kinds = {t[p.start:p.end]: p.kind for p in st.paragraphs}
    assert kinds["2024年1月5日"] == "metadata" and kinds["2024年1月8日"] == "closing"
    assert st.metadata["signed_date"] == dt.date(2024, 1, 8)


def test_doc_number_with_its_signer_and_doc_number_before_the_title():
    m = meta("柳委〔2024〕9号 签发人:王某某\n中共柳溪县委 柳溪县人民政府\n关于2023年度法治政府建设工作情况的报告\n"
             "中共青川市委、青川市人民政府:\n2023年，柳溪县扎实推进法治政府建设。\n一、主要工作\n")
    assert m["doc_number"] == "柳委〔2024〕9号" and m["issuer"] == "柳溪县人民政府"
    m = meta("- 发文机关: 青川市人民政府办公室\n- 发布时间: 2024-02-20\n"
             "[青政发〔2024〕3号]青川市人民政府关于2023年法治政府建设情况的报告\n市委:\n"
             "2023年，市政府坚持依法行政。\n一、主要工作\n")
    assert m["doc_number"] == "青政发〔2024〕3号"
    assert metadata_sources(m["metadata_source"])["doc_number"] == "title"
    # the office publishes for its government: the title's organ is the issuer
    assert m["issuer"] == "青川市人民政府"


@pytest.mark.parametrize("text,region,issuer", [
    # joint subject: the party committee and the government of a county whose name opens with 大
    ("市政府:\n2023年，大柳山县委、县政府深入推进法治政府建设，我县各项工作取得新进展。\n一、主要工作\n（一）推进改革。\n",
     "大柳山县", "大柳山县人民政府"),
    # a street under a named district committee
    ("2023年，青石大街街道在柳溪区委、区政府的正确领导下，扎实推进法治建设。\n一、主要工作\n（一）推进改革。\n",
     "青石大街街道", "青石大街街道"),
])
def test_region_and_issuer_from_the_opening_subject(text, region, issuer):
    m = meta(text)
    assert (m["region"], m["issuer"]) == (region, issuer)


def test_a_province_whose_agencies_speak_as_the_whole_government():
    text = ("2023年，在党中央、国务院及省委的坚强领导下，全省各级行政机关坚持依法行政，"
            "深入贯彻落实青海省法治政府建设实施方案。\n省政府坚持把法治政府建设作为重点。"
            "我省各项工作取得新进展。\n一、主要工作\n（一）推进改革。全省推进。\n")
    m = meta(text)
    assert (m["region"], m["issuer"]) == ("青海省", "青海省人民政府")


def test_quoted_names_restated_by_their_count_and_compound_units():
    text = "推行“一窗受理”“帮办代办”“容缺受理”三项改革，推行“一网通办”“一次办结”等两项改革，复查30余项次。"
    assert [r for r, *_ in figs(text)] == ["两项", "30余项次"]
    assert figs("复查30余项次。")[0][2] == "项次"


def test_organ_line_above_a_title_printed_twice():
    m = meta("柳溪县人民政府\n关于2023年度法治政府建设情况的报告\n关于2023年度法治政府建设情况的报告\n"
             "2023年，我县坚持依法行政。\n一、主要工作\n（一）推进改革。\n")
    assert (m["issuer"], m["region"]) == ("柳溪县人民政府", "柳溪县")
    assert m["title"] == "柳溪县人民政府关于2023年度法治政府建设情况的报告"


def test_a_publisher_that_names_a_place_yields_to_the_titles_organ():
    m = meta("• 索 引 号:1151/2024-00021\n• 发布机构:柳溪区\n• 发布日期: 2024-02-20\n"
             "中共青川市柳溪区委 青川市柳溪区人民政府关于2023年度法治政府建设工作的报告\n市委、市政府:\n"
             "2023年，柳溪区坚持依法行政。\n一、主要工作\n")
    assert m["issuer"] == "青川市柳溪区人民政府"


@pytest.mark.parametrize("opening,region,issuer", [
    # a verb and a preposition before 省/市 name no place (根据省市…部署, 成立由市政府…领导小组)
    ("2023年，我县坚持依法行政，根据省市法治政府建设推进会议部署，全面落实《柳溪县法治政府建设实施方案》。"
     "\n全县推进。\n一、主要工作\n（一）成立由县政府主要领导任组长的领导小组。\n",
     "柳溪县", "柳溪县人民政府"),
    # a street named after its district as the opening's subject
    ("2023年，柳溪区青石街道坚持以习近平法治思想为指导。\n一、主要工作\n（一）推进改革。\n", None, "青石街道"),
])
def test_opening_subjects_and_no_junk_places(opening, region, issuer):
    text = ("青石街道2023年度法治政府建设情况报告\n" if region is None else "") + opening
    m = meta(text)
    assert m["issuer"] == issuer
    if region:
        assert m["region"] == region


def test_a_slogans_parts_spelled_out_in_brackets_are_no_rates():
    text = ("推行“三个百分百”（立案100%审查、结案100%回访、纠错100%反馈）工作法，"
            "群众满意率（电话回访98%、现场评议97%）保持高位。")
    assert [r for r, *_ in figs(text)] == ["98%", "97%"]
    # the brackets hold another number of parts: they state rates
    assert len(figs("落实“两个百分百”（立案100%审查、结案100%回访、纠错100%反馈）。")) == 3


def test_an_autonomous_regions_party_committee_and_government_and_a_superiors_leadership():
    text = ("2023年，自治区党委和政府坚持依法行政，认真学习贯彻习近平总书记视察宁夏重要讲话精神。"
            "全区推进法治政府建设。\n一、主要工作\n（一）推进改革。全区完成任务。\n")
    m = meta(text)
    assert (m["region"], m["issuer"]) == ("宁夏回族自治区", "宁夏回族自治区人民政府")
    # 在自治区党委、政府坚强领导下 names the superior: a prefecture's page is no province's
    text = ("今年以来，在自治区党委、政府坚强领导下，全州各级政府坚持依法行政，落实自治区和兵团部署。\n"
            "一、主要工作\n（一）推进改革。\n")
    assert meta(text)["region"] is None


def test_a_saved_files_name_is_no_title_and_spaced_numbers_are_no_breadcrumb():
    text = ("柳溪街道2022年法治政府建设情况.docx\n"
            "柳溪街道 2022 年法治政府建设情况报告 2022 年,在区委、区政府的正确领导下,柳溪街道严格依法行政,"
            "深入推进法治政府建设。现将工作情况报告如下: 一、主要举措 (一)加强组织领导。召开会议 4 次。"
            + "全面推行行政执法公示制度，规范执法程序，提升执法质效。" * 8 +
            "二、存在的问题 部分人员能力不足。三、下一步计划 (一)继续推进。")
    t = normalize_text(text)
    st = parse_structure(t)
    assert st.metadata["title"] == "柳溪街道 2022 年法治政府建设情况报告"
    kinds = {t[p.start:p.end]: p.kind for p in st.paragraphs}
    assert kinds["柳溪街道2022年法治政府建设情况.docx"] == "chrome"
