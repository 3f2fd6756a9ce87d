"""Page headers whose publication date is glued to the value before it (来源:XX区司法局时间:2024-02-28), and an empty
label (文号:) followed by the title on the next line (issue 10). Pages invented for these tests (genre style only)."""

import datetime as dt

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import header_fields, parse_structure

BODY = ("2023年，青苇区坚持以习近平法治思想为指导，全面推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要工作\n（一）深入学习。全年开展专题学法12次。\n二、存在问题\n三、下一步打算\n")


def meta(head):
    return parse_structure(normalize_text(head + BODY)).metadata


@pytest.mark.parametrize("line,date", [
    ("来源:青苇区司法局时间:2024-02-28", dt.date(2024, 2, 28)),
    ("作者: 来源:青苇区人民政府更新时间:2024-03-10 12:17:36", dt.date(2024, 3, 10)),
    ("信息来源：青苇区司法局发布日期：2024年3月1日", dt.date(2024, 3, 1)),
    # a slash date with its time, after a 文章来源 value (not seen on a tune page)
    ("文章来源：青苇区人民政府办公室发布时间：2024/03/29 11:30", dt.date(2024, 3, 29)),
])
def test_a_date_label_glued_to_the_value_before_it(line, date):
    md = meta("青苇区2023年法治政府建设情况报告\n" + line + "\n")
    assert md["publish_date"] == date
    assert md["title"] == "青苇区2023年法治政府建设情况报告"


def test_the_source_before_a_glued_date_is_read_without_it():
    fields = dict(header_fields("来源:青苇区司法局时间:2024-02-28"))
    assert fields["来源"] == "青苇区司法局"
    assert fields["时间"] == "2024-02-28"


def test_a_source_that_ends_in_a_time_word_without_a_date_stays_whole():
    # near miss: no date after the word, so nothing is cut off the value
    fields = dict(header_fields("来源:青苇区营商环境优化时间表专栏"))
    assert fields["来源"] == "青苇区营商环境优化时间表专栏"


def test_the_source_department_is_read_without_the_glued_date():
    # the 来源 department read without the date label glued to it (a body in the department's voice: its issuer)
    md = meta("青苇区2033年度法治政府建设报告\n来源:青苇区司法局时间:2034-03-06\n"
              "2033年，我局坚持依法行政。\n一、主要工作\n（一）推进改革。\n")
    assert md["issuer"] == "青苇区司法局"


@pytest.mark.parametrize("head", [
    # a bulleted header whose 文号 is empty, then the title
    "• 索引号:11370000MB0000000X/2026-00027\n• 发布单位:白桦市青苇区卫生健康局\n• 文号:\n\n"
    "青苇区卫生健康局2025年度法治政府建设情况报告\n",
    # 发文字号 empty in a plain header (not seen on a tune page)
    "发布机构：白桦市青苇区卫生健康局\n发文字号：\n青苇区卫生健康局2025年度法治政府建设情况报告\n",
])
def test_an_empty_doc_number_label_does_not_take_the_title(head):
    md = parse_structure(normalize_text(head + BODY.replace("2023", "2025").replace("青苇区坚持", "我局坚持"))).metadata
    assert md["doc_number"] is None
    assert md["title"] == "青苇区卫生健康局2025年度法治政府建设情况报告"


def test_a_doc_number_on_the_next_line_is_still_read():
    # near miss: the value printed under its label is a doc number, not a title
    md = meta("文号：\n青苇政发〔2024〕5号\n青苇区2023年法治政府建设情况报告\n")
    assert md["doc_number"] == "青苇政发〔2024〕5号"
