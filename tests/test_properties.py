"""Property-based tests: any text either parses or raises ReportError, and the invariants always hold."""

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fazhi_analysis as fz
from fazhi_analysis.quantities import extract_figures

from conftest import check_invariants

PIECES = [
    "一、", "（一）", "(二)", "1.", "１．", "2、", "一是", "（1）", "①", "法治政府建设", "依法行政", "报告", "情况",
    "行政复议", "审结", "纠错", "件", "项", "个", "人次", "万", "亿元", "%", "％", "余", "多", "以上", "约", "近",
    "不足", "同比下降", "上升", "个百分点", "第", "名", "年", "月", "日", "2019", "2020年1月6日", "〔2020〕2号",
    "《纲要(2015-2020年)》", "“五个一”", "12345", "24小时", "两轮", "十余次", "三十", "一", "两", "-", "至",
    "，", "。", "；", "：", ":", "\n", "\n\n", "　　", " ", "\t", "\r\n", "12,077", "1.5", "0", "市政府:",
    "青溪县人民政府", "关于2019年法治政府建设工作情况的报告", "标题:", "文号:", "发文日期: 2020-01-15",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(alphabet=string.digits + "一二三十万", max_size=5),
                           st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)), max_size=120).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_parse_succeeds_or_raises_report_error(text):
    try:
        r = fz.parse_report(text, "generated")
    except fz.ReportError as e:
        assert "generated" in str(e)
        return
    check_invariants(r)
    r.tables()  # every table builds, checks and compliance included


@settings(max_examples=150, deadline=None)
@given(texts)
def test_extracted_spans_are_exact(text):
    for f in extract_figures(text, [(0, len(text))]):
        assert text[f.start:f.end] == f.raw
        assert f.value >= 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_report_wrapped_in_generated_noise_keeps_invariants(noise):
    base = ("青川县人民政府关于2019年法治政府建设工作情况的报告\n市政府:\n一、2019年工作情况\n"
            "（一）推进改革。全年办理审批事项60万件，审结行政复议案件20件。\n")
    r = fz.parse_report(base + noise, "noisy")
    check_invariants(r)
