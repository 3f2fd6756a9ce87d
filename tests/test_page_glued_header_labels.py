"""Header labels printed straight against their values, without a colon or a space (issue 10): each label is read,
also several on one line, and a body line that starts with such a word is no header. Pages invented for these tests."""

import datetime as dt

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import header_fields, parse_structure

TITLE = "青苇县2022年度法治政府建设情况报告\n"
# (the body speaks as the department that posted it: a place-titled page whose body opens as 我县 is the county
# government's report, posted by its department — metadata class G)
BODY = "2022年，我局坚持依法行政。\n一、主要工作\n全年开展专题学法12次。\n二、存在问题\n三、下一步打算\n"


def meta(header):
    return parse_structure(normalize_text(TITLE + header + BODY)).metadata


@pytest.mark.parametrize("header,field,value", [
    ("来源青苇县司法局\n", "issuer", "青苇县司法局"),
    ("信息来源青苇县司法局\n", "issuer", "青苇县司法局"),
    ("发布单位青苇县司法局\n", "issuer", "青苇县司法局"),
    ("发布时间2023-02-10 10:11\n", "publish_date", dt.date(2023, 2, 10)),
    ("更新时间2023/02/10 10:11:01\n", "publish_date", dt.date(2023, 2, 10)),
    ("公开日期2023年02月10日\n", "publish_date", dt.date(2023, 2, 10)),
    ("生成日期2023-02-10\n", "publish_date", dt.date(2023, 2, 10)),
])
def test_a_glued_label_is_read(header, field, value):
    assert meta(header)[field] == value


def test_several_glued_labels_on_one_line():
    md = meta("索引号11530000MB0000000X/2023-00012发布机构青苇县司法局\n文章来源青苇县司法局 发布时间2023-02-10\n")
    assert (md["index_no"], md["issuer"], md["publish_date"]) == (
        "11530000MB0000000X/2023-00012", "青苇县司法局", dt.date(2023, 2, 10))
    assert header_fields("发布机构青苇县人民政府发文日期2023-02-01") == [
        ("发布机构", "青苇县人民政府"), ("发文日期", "2023-02-01")]


@pytest.mark.parametrize("line", [
    "来源于群众的意见建议得到及时办理",  # a body line starting with a label's word
    "发布时间不固定的问题依然存在",
    "标题党问题",
])
def test_a_body_line_starting_with_a_labels_word_is_no_header(line):
    assert header_fields(line) == []


@pytest.mark.parametrize("line,value", [
    ("索引号: 11500000MB1234567X/2026-00008 信息分类名称: 其他/其他", "11500000MB1234567X/2026-00008"),
    ("文号: 青政发〔2026〕3号 所属专题: 法治政府", "青政发〔2026〕3号"),
])
def test_a_value_ends_at_the_next_cells_label_even_an_unlisted_one(line, value):
    assert header_fields(line)[0][1] == value


@pytest.mark.parametrize("line,expected", [
    ("文号 青政发〔2026〕1号 发文机构 青苇县人民政府", [("文号", "青政发〔2026〕1号"), ("发文机构", "青苇县人民政府")]),
    ("信息来源 青苇县司法局 更新日期 2026-02-10", [("信息来源", "青苇县司法局"), ("更新日期", "2026-02-10")]),
    ("成文时间 2026年1月5日 发文时间 2026年2月1日", [("成文时间", "2026年1月5日"), ("发文时间", "2026年2月1日")]),
])
def test_labels_set_off_by_a_space_only(line, expected):
    assert header_fields(line) == expected
