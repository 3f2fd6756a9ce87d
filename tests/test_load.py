"""Tests for fazhi_analysis.load: format and encoding detection, HTML and docx extraction, bad input."""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import io
import random
import socket
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fazhi_analysis import load
from fazhi_analysis.errors import ReportError
from fazhi_analysis.load import LoadedText, decode_bytes, docx_to_text, html_to_text, read_input

# Invented genre text: header fields, 一、/（一） headings, figures, a signature.
GENRE = (
    "青禾市司法局2023年法治政府建设年度报告\n"
    "索引号：QH-2024-00123\n"
    "发布机构：青禾市司法局\n"
    "发文日期：2024-03-15\n"
    "　　2023年，在市委、市政府的坚强领导下，我局认真贯彻落实法治政府建设实施纲要，各项工作取得积极成效。现将有关情况报告如下。\n"
    "　　一、主要举措和成效\n"
    "　　（一）深化“放管服”改革。全年精简行政许可事项12项，政务服务事项网上可办率达到98.6%，较上年提高3.2个百分点。\n"
    "　　（二）严格规范公正文明执法。全市共办理行政处罚案件1,256件，其中简易程序案件386件，普通程序案件870件。\n"
    "　　（三）强化行政复议和应诉工作。共收到行政复议申请145件，受理132件，审结128件，结案率为97.0%。\n"
    "　　二、存在的不足和原因\n"
    "　　部分执法人员法治意识有待提升，基层执法力量相对薄弱，一些乡镇执法队伍专业人员不足。\n"
    "　　三、下一年度工作安排\n"
    "　　2024年，我们将继续完善行政执法“三项制度”，计划培训执法人员不少于500人次。\n"
    "青禾市司法局\n"
    "2024年3月15日\n"
)

ENCODINGS = [
    ("utf-8", GENRE.encode("utf-8"), "utf-8"),
    ("utf-8-bom", codecs.BOM_UTF8 + GENRE.encode("utf-8"), "utf-8-sig"),
    ("gb18030", GENRE.encode("gb18030"), "gb18030"),
    ("gbk", GENRE.encode("gbk"), "gb18030"),
    ("utf-16-le-bom", codecs.BOM_UTF16_LE + GENRE.encode("utf-16-le"), "utf-16"),
    ("utf-16-be-bom", codecs.BOM_UTF16_BE + GENRE.encode("utf-16-be"), "utf-16"),
    ("utf-16-le-nobom", GENRE.encode("utf-16-le"), "utf-16"),
    ("utf-16-be-nobom", GENRE.encode("utf-16-be"), "utf-16"),
]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------------------------------
# encodings
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "data", "encoding"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_every_encoding_gives_identical_text(tmp_path, name, data, encoding):
    path = write(tmp_path, f"report-{name}.txt", data)
    loaded = read_input(path)
    assert loaded.text == GENRE
    assert loaded.encoding == encoding
    assert loaded.format == "text"
    assert loaded.source == str(path)
    assert loaded.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(("name", "data", "encoding"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_decode_bytes_matches(name, data, encoding):
    assert decode_bytes(data, "x.txt") == (GENRE, encoding)


def test_utf8_text_that_is_also_valid_gb18030_stays_utf8():
    # many UTF-8 byte strings also decode as GB18030 (into mojibake); UTF-8 is tried first
    text = "法治政府建设年度报告依法行政"
    data = text.encode("utf-8")
    data.decode("gb18030")  # precondition: ambiguous bytes
    assert decode_bytes(data, "x") == (text, "utf-8")


def test_big5_bytes_are_refused_not_returned_as_mojibake(tmp_path):
    # Big5 bytes decode "successfully" as GB18030, into nonsense; the sanity check refuses them
    trad = "青禾市司法局法治政府建設年度報告。本年度，我局認真貫徹落實法治政府建設實施綱要，各項工作取得積極成效。" * 3
    data = trad.encode("big5")
    data.decode("gb18030")  # precondition: GB18030 does not fail outright
    path = write(tmp_path, "big5.txt", data)
    with pytest.raises(ReportError, match="could not determine the text encoding.*save the file as UTF-8") as exc:
        read_input(path)
    assert "big5.txt" in str(exc.value)


def test_almost_utf8_names_the_bad_byte():
    data = bytearray(GENRE.encode("utf-8"))
    data[100] = 0xFF
    with pytest.raises(ReportError, match="almost UTF-8.*byte 100"):
        decode_bytes(bytes(data), "x.txt")


def test_bom_only_utf16_with_invalid_surrogate_is_refused():
    data = codecs.BOM_UTF16_LE + "正文".encode("utf-16-le") + b"\x00\xd8"  # lone high surrogate
    with pytest.raises(ReportError, match="byte-order mark"):
        decode_bytes(data, "x.txt")


def test_control_characters_are_not_text():
    with pytest.raises(ReportError, match="does not look like text"):
        decode_bytes(bytes(range(1, 32)) * 20, "x.bin")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_decode_bytes_never_leaks_low_level_errors(data):
    try:
        text, encoding = decode_bytes(data, "fuzz")
    except ReportError:
        return
    assert isinstance(text, str)
    assert encoding in {"utf-8", "utf-8-sig", "gb18030", "utf-16"}


# ------------------------------------------------------------------------------------------
# HTML
# ------------------------------------------------------------------------------------------

HEADER_TABLE = """
<div class="xxgk-header">
<table class="info">
<tr><td>索&nbsp;引&nbsp;号：</td><td>QH-2024-00123</td><td>主题分类：</td><td>司法</td></tr>
<tr><td>发布机构：</td><td>青禾市司法局</td><td>发文日期：</td><td>2024-03-15</td></tr>
<tr><th>标　　题：</th><td colspan="3">青禾市司法局2023年法治政府建设年度报告</td></tr>
<tr><td>文　　号：</td><td>青司〔2024〕5号</td><td>有 效 性：</td><td>有效</td></tr>
</table>
</div>
"""

HEADER_DL = """
<div class="xxgk">
<dl><dt>索引号</dt><dd>QH-2024-00123</dd><dt>主题分类：</dt><dd>司法</dd>
<dt>发布机构</dt><dd>青禾市司法局</dd><dt>发文日期</dt><dd>2024-03-15</dd></dl>
<ul class="meta">
<li><span>标题：</span>青禾市司法局2023年法治政府建设年度报告</li>
<li><span>文号：</span>青司<span>〔2024〕</span>5号</li>
<li>有效性：有效　　来源：青禾市司法局</li>
</ul>
</div>
"""

HEADER_LINES = [
    "索引号:QH-2024-00123",
    "主题分类:司法",
    "发布机构:青禾市司法局",
    "发文日期:2024-03-15",
    "标题:青禾市司法局2023年法治政府建设年度报告",
    "文号:青司〔2024〕5号",
    "有效性:有效",
]

ARTICLE_LINES = [
    "2023年，在市委、市政府的坚强领导下，我局认真贯彻落实法治政府建设实施纲要，各项工作取得积极成效。现将有关情况报告如下。",
    "一、主要举措和成效",
    "（一）深化“放管服”改革。 全年精简行政许可事项12项，政务服务事项网上可办率达到98.6%。",
    "（二）严格规范公正文明执法。全市共办理行政处罚案件1,256件。",
    "二、存在的不足和原因",
    "部分执法人员法治意识有待提升。",
    "基层执法力量相对薄弱。",
    "指标\t2022年\t2023年",
    "复议案件\t120\t145",
    "青禾市司法局",
    "2024年3月15日",
]

CHROME_TEXT = ["导航栏文字", "首页", "当前位置", "脚本", "color", "text-indent", "分享到", "版权所有", "主办单位", "网站标识码", "_青禾市人民政府"]


def make_page(header: str, meta: str = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">') -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
{meta}
<title>青禾市司法局2023年法治政府建设年度报告_青禾市人民政府</title>
<style>.nav {{ color: red }} p {{ text-indent: 2em }}</style>
<script>var menu = "脚本里的文字"; document.write("<p>脚本写入的段落</p>");</script>
</head>
<body>
<div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/xxgk/">政府信息公开</a></li></ul></div>
<nav>导航栏文字</nav>
<div class="breadcrumb">当前位置：首页 &gt; 法治政府建设</div>
{header}
<div class="article">
<h1>青禾市司法局2023年法治政府建设年度报告</h1>
<div class="TRS_Editor">
<p>　　2023年，在市委、市政府的坚强领导下，我局认真贯彻落实法治政府建设实施纲要，
各项工作取得积极成效。现将有关情况报告如下。</p>
<p>　　<strong>一、主要举措和成效</strong></p>
<p>　　（一）深化“放管服”改革。&nbsp;&nbsp;全年精简行政许可事项12项，政务服务事项网上可办率达到98.6%。
<p>　　（二）严格规范公正文明执法。全市共办理行政处罚案件1,256件。</p>
<p><img src="http://example.invalid/chart.png" alt="图表"></p>
<p>　　二、存在的不足和原因</p>
<p>　　部分执法人员法治意识有待提升。<br>基层执法力量相对薄弱。</p>
<table><tr><td>指标</td><td>2022年</td><td>2023年</td></tr><tr><td>复议案件</td><td>120</td><td>145</td></tr></table>
<p style="text-align:right">青禾市司法局<br/>2024年3月15日</p>
</div>
</div>
<div class="share">分享到：微信 微博</div>
<footer>版权所有：青禾市人民政府</footer>
<div id="footer">主办单位：青禾市人民政府办公室 网站标识码0000000000</div>
<script>document.getElementById("footer").innerText = "脚本";</script>
</body>
</html>
"""


@pytest.mark.parametrize("header", [HEADER_TABLE, HEADER_DL], ids=["table", "dl-li"])
def test_gb2312_page_header_fields_and_article(tmp_path, header):
    data = make_page(header).encode("gb18030")
    path = write(tmp_path, "report.html", data)
    loaded = read_input(path)
    assert loaded.format == "html"
    assert loaded.encoding == "gb18030"
    assert loaded.sha256 == hashlib.sha256(data).hexdigest()
    assert loaded.text.split("\n") == HEADER_LINES + ARTICLE_LINES
    for chrome in CHROME_TEXT:
        assert chrome not in loaded.text
    assert "&nbsp;" not in loaded.text and "\xa0" not in loaded.text


@pytest.mark.parametrize(
    "meta",
    ['<meta charset="gbk">', "<meta charset=GB2312>", '<meta http-equiv="content-type" content="text/html;charset=GBK">'],
)
def test_meta_charset_variants(tmp_path, meta):
    path = write(tmp_path, "p.htm", make_page(HEADER_TABLE, meta).encode("gb18030"))
    loaded = read_input(path)
    assert loaded.encoding == "gb18030"
    assert loaded.text.split("\n") == HEADER_LINES + ARTICLE_LINES


def test_page_resaved_as_utf8_but_declaring_gb2312(tmp_path):
    path = write(tmp_path, "p.html", make_page(HEADER_TABLE).encode("utf-8"))
    loaded = read_input(path)
    assert loaded.encoding == "utf-8"
    assert loaded.text.split("\n") == HEADER_LINES + ARTICLE_LINES


def test_declared_gb_page_with_few_common_characters_is_still_gb(tmp_path):
    # without the declaration, rare characters would look like mojibake
    rare = "魑魅魍魉饕餮龃龉耄耋" * 6
    page = f'<html><head><meta charset="gb2312"></head><body><p>{rare}</p></body></html>'
    loaded = read_input(write(tmp_path, "rare.html", page.encode("gb18030")))
    assert loaded.encoding == "gb18030"
    assert loaded.text == rare
    with pytest.raises(ReportError, match="encoding"):
        read_input(write(tmp_path, "rare-undeclared.html", page.replace("gb2312", "x").encode("gb18030")))


def test_unsupported_declared_charset_is_named(tmp_path):
    page = "<html><head><meta charset=big5></head><body><p>" + "法治政府建設年度報告，認真貫徹落實。" * 8 + "</p></body></html>"
    with pytest.raises(ReportError, match="declares charset big5"):
        read_input(write(tmp_path, "big5.html", page.encode("big5")))


def test_format_is_decided_by_content_not_extension(tmp_path):
    as_html = read_input(write(tmp_path, "really-text.html", GENRE.encode("utf-8")))
    assert (as_html.format, as_html.text) == ("text", GENRE)
    as_txt = read_input(write(tmp_path, "really-html.txt", make_page(HEADER_TABLE).encode("gb18030")))
    assert as_txt.format == "html"
    assert as_txt.text.split("\n") == HEADER_LINES + ARTICLE_LINES
    as_docx_name = read_input(write(tmp_path, "really-text.docx", GENRE.encode("gb18030")))
    assert as_docx_name.format == "text"


def test_utf16_html_page(tmp_path):
    data = codecs.BOM_UTF16_LE + make_page(HEADER_TABLE).encode("utf-16-le")
    loaded = read_input(write(tmp_path, "u16.html", data))
    assert (loaded.format, loaded.encoding) == ("html", "utf-16")
    assert loaded.text.split("\n") == HEADER_LINES + ARTICLE_LINES


def test_character_references_are_decoded():
    body = "<p>&#x4e00;、依法行政&amp;执法监督&lt;年度&gt;，&#20013;央要求&quot;落实&quot;。</p>"
    filler = "<p>" + "我局认真贯彻落实法治政府建设实施纲要，各项工作取得积极成效。" * 2 + "</p>"
    text = html_to_text(f"<html><body><div>{body}{filler}</div></body></html>", "x.html")
    assert text.split("\n")[0] == '一、依法行政&执法监督<年度>，中央要求"落实"。'


def test_whitespace_handling():
    html = (
        "<div><p>　　第一段\n   继续写，法治政府建设工作取得积极成效，   很多   空格。</p>"
        "<p>\u3000\u3000第二段 English  words\n and more，完善行政执法三项制度，推进严格规范公正文明执法工作。</p></div>"
    )
    assert html_to_text(html, "x").split("\n") == [
        "第一段继续写，法治政府建设工作取得积极成效， 很多 空格。",
        "第二段 English words and more，完善行政执法三项制度，推进严格规范公正文明执法工作。",
    ]


def test_xxe_entity_is_not_expanded(tmp_path):
    page = (
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        "<html><body><div class='content'><p>&xxe;</p>"
        + "<p>我局认真贯彻落实法治政府建设实施纲要，各项工作取得积极成效。</p>" * 3
        + "</div></body></html>"
    )
    loaded = read_input(write(tmp_path, "xxe.html", page.encode("utf-8")))
    assert "root:" not in loaded.text
    passwd = Path("/etc/passwd")
    if passwd.exists():
        first = passwd.read_text(errors="replace").splitlines()[0]
        assert first not in loaded.text
    assert "我局认真贯彻落实" in loaded.text


def test_no_network_is_used(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = (
        '<html><head><link rel="stylesheet" href="http://example.invalid/a.css">'
        '<script src="http://example.invalid/a.js"></script></head><body>'
        '<iframe src="http://example.invalid/frame"></iframe><div>'
        '<p><img src="http://example.invalid/x.png">我局认真贯彻落实法治政府建设实施纲要，各项工作取得积极成效。</p>'
        "<p>全年办理行政复议案件145件，行政应诉案件36件，行政机关负责人出庭应诉率100%。</p></div></body></html>"
    )
    loaded = read_input(write(tmp_path, "net.html", page.encode("utf-8")))
    assert loaded.text.startswith("我局认真贯彻落实")


def test_article_split_over_sibling_blocks_is_kept_whole():
    para = "我局认真贯彻落实法治政府建设实施纲要，各项工作取得积极成效。"
    html = (
        "<body><div class='main'><div class='part'><p>一、" + para + "</p></div>"
        "<div class='part'><p>二、" + para + "</p><p>三、" + para + "</p></div></div>"
        "<div class='related'><p>相关链接</p></div></body>"
    )
    assert html_to_text(html, "x").split("\n") == ["一、" + para, "二、" + para, "三、" + para]


def test_chrome_inside_the_article_container_is_dropped():
    para = "我局认真贯彻落实法治政府建设实施纲要，各项工作取得积极成效。"
    html = (
        "<body><div class='content'><p>一、" + para + "</p>"
        "<div class='share-bar'>分享到：微信 微博</div>"
        "<p>二、" + para + "</p>"
        "<div id='article-nav'>上一篇：关于某事的通知</div>"
        "<ul class='Menu'><li>返回顶部</li></ul>"
        "<div class='pageFooter'>打印本页 关闭窗口</div>"
        "<p>三、" + para + "</p></div></body>"
    )
    assert html_to_text(html, "x").split("\n") == ["一、" + para, "二、" + para, "三、" + para]


def test_header_table_inside_the_article_is_not_repeated():
    para = "我局认真贯彻落实法治政府建设实施纲要，各项工作取得积极成效。"
    html = (
        "<div class='article'><table><tr><td>标题：</td><td>索引号：</td><td>QH-1</td></tr>"
        "<tr><td>发布日期：</td><td>2024-03-15</td></tr></table>"
        "<p><span>文号：</span>青司〔2024〕5号</p>"
        "<p>" + para + "</p><p>" + para + "</p></div>"
    )
    # a label followed by another label has no value and is not emitted
    assert html_to_text(html, "x").split("\n") == ["索引号:QH-1", "发布日期:2024-03-15", "文号:青司〔2024〕5号", para, para]


def test_article_next_to_a_label_word_is_not_taken_as_a_field_value():
    para = "我局认真贯彻落实法治政府建设实施纲要，各项工作取得积极成效，全年办理行政复议案件一百四十五件。"
    html = "<table><tr><td>标题</td><td><p>" + para + "</p><p>" + para + "</p><p>" + para + "</p></td></tr></table>"
    assert html_to_text(html, "x").split("\n") == [para, para, para]


def test_page_without_p_uses_br_lines_in_a_cell():
    lines = [f"（{n}）全年办理行政复议案件{n}件，依法纠正违法或不当行政行为，推进法治政府建设。" for n in "一二三"]
    html = "<table><tr><td class='left-menu'>栏目导航</td><td>" + "<br>".join(lines) + "</td></tr></table>"
    assert html_to_text(html, "x").split("\n") == lines


def test_page_with_no_article_text(tmp_path):
    page = "<html><body><nav>首页 新闻 政务公开 办事服务 互动交流 法治政府建设</nav><p>暂无内容</p></body></html>"
    path = write(tmp_path, "empty-page.html", page.encode("utf-8"))
    with pytest.raises(ReportError, match="no article text") as exc:
        read_input(path)
    assert "empty-page.html" in str(exc.value)


@pytest.mark.parametrize(
    "html",
    [
        "<p>正文<![foo[ bar ]]></p>",
        "</p></div></td></tr></table><p>",
        "<table><td><div><p>单元格<li>列表</table></div>",
        "<![if !supportLists]>" + "<p>我局认真贯彻落实法治政府建设实施纲要，各项工作取得积极成效。</p>" * 2 + "<![endif]>",
        "<!-- unclosed comment " + "法治" * 40,
        "<div" * 100,
        "<html><body><head><body><html><p>" + "依法行政，" * 30,
    ],
)
def test_malformed_html_gives_text_or_report_error(html):
    try:
        assert isinstance(html_to_text(html, "x"), str)
    except ReportError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/!-[]&#;=\"' pdivtablerbodyhtml法治政府建设年度报告标题索引号：\n")), max_size=300))
def test_html_to_text_never_leaks_low_level_errors(html):
    try:
        assert isinstance(html_to_text(html, "fuzz"), str)
    except ReportError:
        pass


# ------------------------------------------------------------------------------------------
# docx
# ------------------------------------------------------------------------------------------


def make_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("青禾市司法局2023年法治政府建设年度报告")
    document.add_paragraph("一、主要举措和成效")
    document.add_paragraph("（一）全年办理行政复议案件145件，同比增长20.8%。")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["指标", "2022年", "2023年"], ["复议案件", "120", "145"], ["应诉案件", "30", ""]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 2).merge(table.cell(2, 2))  # vertical merge: value appears once
    paragraph = document.add_paragraph("二、存在的不足")
    paragraph.add_run().add_break()
    paragraph.add_run("基层执法力量相对薄弱。")
    document.add_paragraph("三、下一年度工作安排")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


DOCX_LINES = [
    "青禾市司法局2023年法治政府建设年度报告",
    "一、主要举措和成效",
    "（一）全年办理行政复议案件145件，同比增长20.8%。",
    "指标\t2022年\t2023年",
    "复议案件\t120\t145",
    "应诉案件\t30",
    "二、存在的不足",
    "基层执法力量相对薄弱。",
    "三、下一年度工作安排",
]


def test_docx_paragraphs_and_table_in_order(tmp_path):
    data = make_docx()
    loaded = read_input(write(tmp_path, "report.docx", data))
    assert (loaded.format, loaded.encoding) == ("docx", "docx")
    assert loaded.text.split("\n") == DOCX_LINES
    assert loaded.sha256 == hashlib.sha256(data).hexdigest()


def test_docx_detected_by_content(tmp_path):
    loaded = read_input(write(tmp_path, "report.bin", make_docx()))
    assert loaded.format == "docx"
    assert docx_to_text(make_docx(), "x") == "\n".join(DOCX_LINES)


def test_zip_that_is_not_a_word_document(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("readme.txt", "法治政府建设年度报告")
    path = write(tmp_path, "fake.docx", buffer.getvalue())
    with pytest.raises(ReportError, match="not a Word document") as exc:
        read_input(path)
    assert "fake.docx" in str(exc.value)


def test_corrupt_bytes_with_zip_header(tmp_path):
    data = b"PK\x03\x04" + random.Random(1).randbytes(2000)
    path = write(tmp_path, "broken.docx", data)
    with pytest.raises(ReportError, match="damaged") as exc:
        read_input(path)
    assert "broken.docx" in str(exc.value)


def test_truncated_docx(tmp_path):
    data = make_docx()
    with pytest.raises(ReportError, match="damaged"):
        read_input(write(tmp_path, "cut.docx", data[: len(data) // 2]))


def test_docx_with_broken_document_xml(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_docx())) as zin, zipfile.ZipFile(buffer, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, b"<w:document><w:body>" if info.filename == "word/document.xml" else zin.read(info))
    with pytest.raises(ReportError, match="could not be read") as exc:
        read_input(write(tmp_path, "badxml.docx", buffer.getvalue()))
    assert "badxml.docx" in str(exc.value)


def test_docx_without_text(tmp_path):
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with pytest.raises(ReportError, match="no text"):
        read_input(write(tmp_path, "blank.docx", buffer.getvalue()))


# ------------------------------------------------------------------------------------------
# bad input
# ------------------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40)


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("data.csv", "a,b\n1,2\n")
    return buffer.getvalue()


BAD_INPUTS = [
    ("empty.txt", b"", "the file is empty"),
    ("blank.txt", b" \r\n\t \n", "the file is empty"),
    ("blank16.txt", codecs.BOM_UTF16_LE + "\u3000 \n".encode("utf-16-le"), "the file is empty"),
    ("image.png", PNG, "PNG image"),
    ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(20), "JPEG image"),
    ("archive.zip", _zip_bytes(), "not a Word document"),
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "the PDF is damaged"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), r"old \.doc format is not supported: save as \.docx"),
    ("random.bin", random.Random(0).randbytes(4096), "binary|encoding"),
    ("nonul.bin", bytes(b for b in random.Random(0).randbytes(4096) if b), "encoding|does not look like text"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_raises_report_error_naming_the_file(tmp_path, name, data, reason):
    path = write(tmp_path, name, data)
    with pytest.raises(ReportError, match=reason) as exc:
        read_input(path)
    assert name in str(exc.value)
    assert exc.value.source == str(path)


def test_file_over_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = write(tmp_path, "big.txt", GENRE.encode("utf-8"))

    def no_open(*args, **kwargs):
        raise AssertionError("file was opened")

    monkeypatch.setattr(load, "open", no_open, raising=False)
    with pytest.raises(ReportError, match="limit is 100 bytes") as exc:
        read_input(path, max_bytes=100)
    assert "big.txt" in str(exc.value)


def test_default_limit_is_50_mb():
    assert load.MAX_BYTES == 50 * 1024 * 1024


def test_missing_path(tmp_path):
    path = tmp_path / "nope.txt"
    with pytest.raises(ReportError, match="does not exist") as exc:
        read_input(path)
    assert "nope.txt" in str(exc.value)


def test_directory(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    with pytest.raises(ReportError, match="directory") as exc:
        read_input(folder)
    assert "reports" in str(exc.value)


def test_not_a_path():
    with pytest.raises(ReportError, match="not a file path"):
        read_input(12345)  # type: ignore[arg-type]


def test_loaded_text_is_frozen(tmp_path):
    loaded = read_input(write(tmp_path, "a.txt", GENRE.encode("utf-8")))
    assert isinstance(loaded, LoadedText)
    with pytest.raises(dataclasses.FrozenInstanceError):
        loaded.text = ""  # type: ignore[misc]


# ------------------------------------------------------------------------------------------
# zip bombs and encrypted documents
# ------------------------------------------------------------------------------------------

import functools
import struct
import subprocess
import sys
import zlib

_CT = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
       b'content-types"></Types>')


def _raw_zip(parts: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip written by hand, so that its headers can lie: (name, packed bytes, method, declared size, crc)."""
    body, central = io.BytesIO(), io.BytesIO()
    for name, packed, method, size, crc in parts:
        offset = body.tell()
        n = name.encode()
        body.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0x21, crc, len(packed), size, len(n), 0))
        body.write(n + packed)
        central.write(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 0x21, crc, len(packed), size,
                                  len(n), 0, 0, 0, 0, 0, offset) + n)
    cd = central.getvalue()
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(parts), len(parts), len(cd), body.tell(), 0)
    return body.getvalue() + cd + end


def _deflate(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


@functools.lru_cache(maxsize=1)
def _inflating_stream(mb: int = 120) -> tuple[bytes, int, int]:
    """A raw deflate stream of ``mb`` MB of Word-like XML: (packed, size, crc)."""
    chunk = (b"<w:p><w:r><w:t>\xe6\xb3\x95</w:t></w:r></w:p>" * 40000)[: 1 << 20]
    c = zlib.compressobj(1, zlib.DEFLATED, -15)
    packed, crc = [], 0
    for _ in range(mb):
        packed.append(c.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    packed.append(c.flush())
    return b"".join(packed), mb << 20, crc


def _bomb_honest() -> bytes:
    packed, size, crc = _inflating_stream()
    return _raw_zip([("[Content_Types].xml", _CT, 0, len(_CT), zlib.crc32(_CT)),
                     ("word/document.xml", packed, 8, size, crc)])


def _bomb_lying() -> bytes:
    # declares 1 KB (a plausible ratio), inflates to 120 MB
    packed, _size, crc = _inflating_stream()
    return _raw_zip([("[Content_Types].xml", _CT, 0, len(_CT), zlib.crc32(_CT)),
                     ("word/document.xml", packed, 8, 1024, crc)])


def _bomb_declared_total() -> bytes:
    # each part declares 150 MB from 2 MB (ratio 75, allowed); together past the 200 MB cap
    junk = random.Random(3).randbytes(2 << 20)
    return _raw_zip([("word/document.xml", _deflate(b"<w:document/>"), 8, 13, zlib.crc32(b"<w:document/>")),
                     ("word/media/image1.png", junk, 0, 150 << 20, 0),
                     ("word/media/image2.png", junk, 0, 150 << 20, 0)])


def _bomb_big_xml() -> bytes:
    # document.xml declares 40 MB at a ratio of 20: too big a tree for one part
    packed = random.Random(4).randbytes(2 << 20)
    return _raw_zip([("word/document.xml", packed, 0, 40 << 20, 0)])


def _bomb_many_small_lies() -> bytes:
    # 150 honest parts, then one declaring 900 KB (under the ratio floor) that inflates to 120 MB
    small = b"<w:p/>" * 700
    parts = [(f"word/part{i}.xml", _deflate(small), 8, len(small), zlib.crc32(small)) for i in range(150)]
    packed, _size, crc = _inflating_stream()
    return _raw_zip(parts + [("word/document.xml", packed, 8, 900 << 10, crc)])


BOMBS = {
    "honest-ratio": (_bomb_honest, r"zip bomb: word/document\.xml unpacks to 120 MB .*more than 100 times"),
    "lying-size": (_bomb_lying, r"zip bomb: word/document\.xml unpacks to more than the 1 KB its header declares"),
    "declared-total": (_bomb_declared_total, r"zip bomb: its parts unpack to more than 200 MB"),
    "big-xml-part": (_bomb_big_xml, r"zip bomb: word/document\.xml unpacks to more than 32 MB"),
    "many-lies": (_bomb_many_small_lies, r"zip bomb: word/document\.xml unpacks to more than the 900 KB"),
}


@pytest.mark.parametrize("name", list(BOMBS))
def test_docx_bomb_is_refused_with_a_clear_message(tmp_path, name):
    build, message = BOMBS[name]
    path = write(tmp_path, f"{name}.docx", build())
    with pytest.raises(ReportError, match=message) as exc:
        read_input(path)
    assert f"{name}.docx" in str(exc.value)


_GUARDED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (MAX_AS, MAX_AS))
from fazhi_analysis.errors import ReportError
from fazhi_analysis.load import read_input
try:
    read_input(sys.argv[1])
except ReportError as exc:
    print("refused:", exc.reason)
    sys.exit(0)
print("accepted")
sys.exit(3)
"""


@pytest.mark.parametrize("name", list(BOMBS))
def test_docx_bomb_is_refused_under_a_memory_guard(tmp_path, name):
    """In a process limited to 600 MB of address space: refusing must not inflate the bomb in memory."""
    resource = pytest.importorskip("resource")
    del resource
    path = write(tmp_path, f"{name}.docx", BOMBS[name][0]())
    script = _GUARDED.replace("MAX_AS", str(600 << 20))
    env = {"PYTHONPATH": str(Path(load.__file__).resolve().parents[1]), "PATH": "/usr/bin:/bin"}
    res = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120,
                         env=env)
    assert res.returncode == 0, res.stdout + res.stderr
    assert res.stdout.startswith("refused: the Word document is refused as a zip bomb")


def test_real_docx_passes_the_bomb_checks():
    data = make_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
    load._check_zip_sizes(infos, "x")
    load._check_zip_inflation(data, infos, "x")


def test_docx_part_that_inflates_to_less_than_declared_is_damaged(tmp_path):
    doc = b"<w:document/>"
    data = _raw_zip([("word/document.xml", _deflate(doc), 8, len(doc) + 10, zlib.crc32(doc))])
    with pytest.raises(ReportError, match="damaged zip or Word document"):
        read_input(write(tmp_path, "short.docx", data))


def _ole_file(streams: list[str]) -> bytes:
    """Enough of an OLE compound file for detection: the magic and UTF-16 directory entry names."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    entries = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") + bytes(64) for name in streams)
    return header + entries.ljust(1024, b"\x00") + random.Random(5).randbytes(2048)


def test_encrypted_docx_says_password_protected(tmp_path):
    data = _ole_file(["Root Entry", "EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"])
    with pytest.raises(ReportError, match="the document is password-protected") as exc:
        read_input(write(tmp_path, "secret.docx", data))
    assert "old .doc" not in str(exc.value) and "secret.docx" in str(exc.value)


def test_plain_old_doc_is_still_old_doc(tmp_path):
    data = _ole_file(["Root Entry", "WordDocument", "1Table", "\x05SummaryInformation"])
    with pytest.raises(ReportError, match=r"old \.doc format"):
        read_input(write(tmp_path, "old.doc", data))


def test_zip_with_encrypted_entries_says_password_protected(tmp_path):
    doc = b"<w:document/>"
    data = bytearray(_raw_zip([("word/document.xml", doc, 0, len(doc), zlib.crc32(doc))]))
    for sig, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # set the "encrypted" bit in both headers
        i = data.find(sig)
        data[i + flag_at] |= 1
    with pytest.raises(ReportError, match="password-protected"):
        read_input(write(tmp_path, "zipcrypto.docx", bytes(data)))


# ------------------------------------------------------------------------------------------
# special files
# ------------------------------------------------------------------------------------------


def test_fifo_is_refused_without_blocking(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(ReportError, match=r"not a regular file but a named pipe \(FIFO\)"):
        read_input(tmp_path / "pipe.txt")


def test_dangling_link_names_its_target(tmp_path):
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(ReportError, match="symbolic link to a file that does not exist .*gone.txt"):
        read_input(tmp_path / "link.txt")


def test_unreadable_folder(tmp_path, monkeypatch):
    import os

    folder = tmp_path / "locked"
    folder.mkdir()

    def refuse(path="."):
        raise PermissionError(13, "Permission denied", os.fspath(path))

    monkeypatch.setattr(os, "scandir", refuse)
    with pytest.raises(ReportError, match=r"a folder that cannot be read \(Permission denied\)"):
        read_input(folder)


# ------------------------------------------------------------------------------------------
# HTML reader limits and edges (lxml)
# ------------------------------------------------------------------------------------------

PARA = "我局认真贯彻落实法治政府建设实施纲要，各项工作取得积极成效。"


def test_unclosed_comment_runs_to_the_end_and_does_not_leak():
    html = f"<html><body><div><p>{PARA}</p><p>{PARA}</p><!-- 隐藏的编辑备注：草稿第二版 <p>不应出现的段落文字</p></div>"
    text = html_to_text(html, "x")
    assert text.split("\n") == [PARA, PARA]
    assert "隐藏" not in text and "不应出现" not in text and "<!--" not in text


def test_page_that_is_one_unclosed_comment_has_no_article_text():
    with pytest.raises(ReportError, match="no article text"):
        html_to_text("<!-- " + PARA * 5, "x")


def test_closed_comments_are_dropped():
    html = f"<div><p>{PARA}<!-- 备注 --></p><!-- <p>旧段落</p> --><p>{PARA}</p></div>"
    assert html_to_text(html, "x").split("\n") == [PARA, PARA]


def test_text_after_the_end_of_the_body_is_kept():
    html = f"<html><body><div><p>{PARA}</p></div></body></html><p>二、{PARA}</p>"
    assert html_to_text(html, "x").split("\n") == [PARA, "二、" + PARA]


def test_nesting_past_the_depth_limit_is_refused():
    html = "<div>" * 1000 + f"<p>{PARA * 3}</p>"
    with pytest.raises(ReportError, match="nests elements more than 255 levels deep"):
        html_to_text(html, "deep.html")
    ok = "<div>" * 200 + f"<p>{PARA * 3}</p>"
    assert html_to_text(ok, "x") == PARA * 3


def test_too_many_tags_are_refused_before_parsing(monkeypatch):
    monkeypatch.setattr(load, "_MAX_HTML_TAGS", 1000)

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed")

    monkeypatch.setattr(load.etree, "fromstring", no_parse)
    with pytest.raises(ReportError, match="more than 1,000 tags"):
        html_to_text("<p>" * 1001 + PARA, "many.html")


def test_html_reader_is_lxml_without_network_or_entity_expansion(monkeypatch):
    made = []
    real = load.etree.HTMLParser

    def spy(*args, **kwargs):
        made.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(load.etree, "HTMLParser", spy)
    html_to_text(f"<div><p>{PARA * 2}</p></div>", "x")
    assert made and made[0]["no_network"] is True and made[0]["huge_tree"] is False


def test_entity_declared_in_the_page_is_not_expanded():
    page = (
        '<!DOCTYPE html [<!ENTITY boom "法治法治法治法治法治法治法治法治">'
        '<!ENTITY lol "&boom;&boom;&boom;&boom;&boom;&boom;&boom;&boom;">]>'
        f"<html><body><div><p>&lol;{PARA}</p><p>{PARA}</p></div></body></html>"
    )
    text = html_to_text(page, "x")
    assert "法治法治法治法治" not in text and PARA in text


def test_text_run_past_the_parser_limit_is_refused_not_dropped():
    # libxml2 without huge_tree stops at 10 MB in one text node; the page must not come out empty or cut
    html = "<html><body><p>" + "依法行政，" * 700_000 + "</p></body></html>"
    with pytest.raises(ReportError, match="past the HTML parser's limits"):
        html_to_text(html, "long.html")


def test_docx_with_too_many_parts_is_refused(tmp_path):
    doc = b"<w:document/>"
    parts = [("word/document.xml", doc, 0, len(doc), zlib.crc32(doc))]
    parts += [(f"word/x{i}.xml", b"", 0, 0, 0) for i in range(10_000)]
    with pytest.raises(ReportError, match="zip bomb: it has 10001 parts; the limit is 10000"):
        read_input(write(tmp_path, "parts.docx", _raw_zip(parts)))


def test_ruby_annotations_of_a_page_are_not_text():
    # a mirror page marks pinyin with <ruby>: the base characters are the text, <rt>/<rp> are not
    html = ("<html><body><div class='article'><h1>梧桐縣人民政府關於2022年法治政府<ruby>建<rt>jiàn</rt></ruby>"
            "<ruby>設<rp>(</rp><rt>shè</rt><rp>)</rp></ruby>情況的報告</h1><p>"
            + "2022年，梧桐縣紮實推進法治政府建設，全縣辦理行政復議案件12件。" * 4 + "</p></div></body></html>")
    assert html_to_text(html, "page.html").splitlines()[0] == "梧桐縣人民政府關於2022年法治政府建設情況的報告"
