"""Tests for reading PDF reports: fixtures rendered to PDF read back like their text versions."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import fazhi_analysis as fz
from fazhi_analysis import pdf as pdf_mod
from fazhi_analysis.corpus import collect_paths, load_corpus
from fazhi_analysis.errors import ReportError
from fazhi_analysis.load import read_input

import pypdfium2
from _pdf_render import Layout, render_pdf, render_scan
from conftest import FIXTURES, RAW, check_invariants

# (fixture, layout): page-number styles, running headers and footers, first-line indents or block
# paragraphs with space after, a red seal (lettering turned round it) over the signature, a diagonal watermark.
CASES = [
    ("01_city_fullwidth_2020", Layout(page_numbers="dash", stamp=True, watermark="内部资料 注意保存")),
    ("04_market_regulation_continuing_2021", Layout(page_numbers="di", indent=0)),
    ("07_town_body_only_2020", Layout(page_numbers="slash", header="碧水镇人民政府", footer="碧水镇人民政府办公室印发")),
    ("09_table_lines_2020", Layout(page_numbers="dash")),
    ("11_late_may_2020", Layout(page_numbers="slash", header="棠溪县人民政府门户网站")),
    ("qingxi_county_2019", Layout(page_numbers="dash", header="青溪县人民政府", footer="青溪县人民政府办公室 2020年1月16日印发")),
]

RED_HEADER_TEXT = """青川县人民政府文件
青政发〔2022〕5号
青川县人民政府关于2021年度法治政府建设情况的报告
市人民政府：
　　2021年，青川县人民政府坚持以习近平法治思想为指导，统筹推进法治政府建设各项工作，取得了新的进展。现将有关情况报告如下：
　　一、2021年法治政府建设主要工作
　　（一）深化“放管服”改革
　　全年取消和下放县级行政权力事项36项，县政务服务中心进驻事项812项，网上可办率达到97.5%，办件量同比增长14.2%。全面推行证明事项告知承诺制，公布告知承诺制证明事项清单41项，企业开办时间压缩至1个工作日以内。
　　（二）严格规范公正文明执法
　　全县持证行政执法人员1,426人，全年组织行政执法案卷评查，共评查案卷318卷，发现问题47个，均已督促整改到位。全年办理行政处罚案件2,035件，罚没款812.6万元。
　　（三）依法化解社会矛盾纠纷
　　全年新收行政复议申请58件，受理52件，审结49件，其中纠错7件，纠错率14.3%。全县人民调解组织调解矛盾纠纷1,862件，调解成功1,839件。
　　二、存在的不足
　　一是基层执法人员法律素养有待提高；二是行政复议规范化建设还需加强。
　　三、2022年工作打算
　　（一）持续优化法治化营商环境。深化“放管服”改革，依法平等保护各类市场主体合法权益。
　　（二）全面提升行政执法质量。加强执法监督，推动严格规范公正文明执法。
青川县人民政府
2022年1月20日
"""


def _text_of(name: str) -> str:
    path = FIXTURES / f"{name}.txt"
    if not path.exists():
        path = RAW / f"{name}.txt"
    return path.read_text(encoding="utf-8")


_RENDERED: dict[str, bytes] = {}


def _pdf(tmp_path_factory, key: str, text: str, layout: Layout, **kw) -> Path:
    """Render once per session (the font subsetting takes seconds) and return the file."""
    if key not in _RENDERED:
        _RENDERED[key] = render_pdf(text, layout, **kw)
    path = tmp_path_factory.getbasetemp() / "pdf" / f"{key}.pdf"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(_RENDERED[key])
    return path


def _pages(path: Path) -> list[str]:
    doc = pypdfium2.PdfDocument(str(path))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def _figures(r) -> list[list[str]]:
    cols = ["category", "key", "measure", "value", "value_high", "unit", "qualifier", "direction", "raw"]
    return r.indicators[cols].astype(str).values.tolist()


def _sections(r) -> list[list[str]]:
    return r.sections[["level", "marker", "heading", "part"]].astype(str).values.tolist()


def _paragraphs(r) -> list[tuple[str, str]]:
    return [(p.kind, p.text.strip(" \u3000")) for p in r.paragraphs.itertuples()]


def assert_same_report(txt, pdf) -> None:
    assert pdf.metadata == txt.metadata
    assert _sections(pdf) == _sections(txt)
    assert _figures(pdf) == _figures(txt)
    assert _paragraphs(pdf) == _paragraphs(txt)
    check_invariants(pdf)


# ---------------------------------------------------------------------------------------------- equivalence


@pytest.mark.parametrize(("name", "layout"), CASES, ids=[c[0] for c in CASES])
def test_fixture_rendered_to_pdf_reads_like_its_text(tmp_path_factory, name, layout):
    text = _text_of(name)
    path = _pdf(tmp_path_factory, name, text, layout)
    pages = _pages(path)
    assert len(pages) >= 2  # a real layout: the report runs over pages
    if layout.header:
        assert all(layout.header in page for page in pages)
    r = fz.load_report(path)
    assert r.tables()["metadata"]["format"].tolist() == ["pdf"]
    assert_same_report(fz.parse_report(text, source=name), r)
    assert r.indicators["key"].notna().any()


def test_running_header_footer_and_page_numbers_are_dropped(tmp_path_factory):
    name, layout = CASES[2]
    path = _pdf(tmp_path_factory, name, _text_of(name), layout)
    pages = _pages(path)
    assert len(pages) >= 2
    for n, page in enumerate(pages, 1):
        assert layout.header in page and layout.footer in page and f"{n}/{len(pages)}" in page
    text = read_input(path).text
    assert layout.header not in text.splitlines()
    assert layout.footer not in text
    assert f"1/{len(pages)}" not in text


def test_title_repeated_as_running_header_stays_on_page_one(tmp_path_factory):
    name = "07_town_body_only_2020"
    lines = _text_of(name).splitlines()
    title = "柳塘镇2020年法治政府建设情况报告"  # short enough for one line, like the header
    text = "\n".join([title, *lines[1:]])
    path = _pdf(tmp_path_factory, "title_header", text, Layout(page_numbers="di", header=title))
    pages = _pages(path)
    assert len(pages) >= 2 and all(page.count(title) == 1 for page in pages[1:]) and pages[0].count(title) == 2
    got = read_input(path).text.splitlines()
    assert got.count(title) == 1 and got[0] == title
    assert_same_report(fz.parse_report(text, source=name), fz.load_report(path))


def test_paragraph_wrapped_across_a_page_break_is_rejoined(tmp_path_factory):
    name, layout = CASES[-1]
    text = _text_of(name)
    path = _pdf(tmp_path_factory, name, text, layout)
    pages = _pages(path)
    lines = [ln.strip(" \u3000") for ln in text.splitlines() if ln.strip()]
    got = read_input(path).text.splitlines()
    crossing = 0
    for k in range(len(pages) - 1):
        last = pages[k].rstrip().splitlines()[-3:]  # body lines near the bottom (page number and footer after)
        body_last = next(ln for ln in reversed(last) if len(ln.strip()) > 10 and "印发" not in ln)
        para = next((p for p in lines if body_last.strip() in p), None)
        if para and not para.endswith(body_last.strip()):  # the paragraph goes on on the next page
            crossing += 1
            assert para in got
    assert crossing >= 3


def test_red_header_stamp_and_signature_read_like_text(tmp_path_factory):
    layout = Layout(red_header="青川县人民政府文件", doc_number="青政发〔2022〕5号", stamp=True, page_numbers="dash")
    body = "\n".join(RED_HEADER_TEXT.splitlines()[2:])  # the header lines are drawn by the layout
    path = _pdf(tmp_path_factory, "red_header", body, layout)
    got = read_input(path).text.splitlines()
    assert got[:3] == ["青川县人民政府文件", "青政发〔2022〕5号", "青川县人民政府关于2021年度法治政府建设情况的报告"]
    txt = fz.parse_report(RED_HEADER_TEXT, source="red")
    pdf = fz.load_report(path)
    assert pdf.metadata["body_doc_number"] == "青政发〔2022〕5号"
    assert pdf.metadata["signed_date"] == txt.metadata["signed_date"] is not None
    assert_same_report(txt, pdf)


def test_english_words_wrapped_at_a_space_keep_it_and_chinese_gets_none(tmp_path_factory):
    words = " ".join(["rule of law"] * 30)
    text = "云溪县人民政府关于2021年法治政府建设情况的报告\n" + "全年审查文件" * 12 + "。\n" + words + "\n"
    path = _pdf(tmp_path_factory, "latin", text, Layout(page_numbers=None))
    got = read_input(path).text.splitlines()
    assert got[1] == "全年审查文件" * 12 + "。"
    assert got[2] == words


# ---------------------------------------------------------------------------------------------- errors


@pytest.mark.parametrize("numbered", [False, True], ids=["images-only", "images-and-page-numbers"])
def test_scan_without_text_layer(tmp_path, numbered):
    path = tmp_path / "scan.pdf"
    # numbered: 8 x "Page 1 of 8", 64 characters of text layer, all of them page numbers
    path.write_bytes(render_scan(pages=8 if numbered else 3, numbered=numbered))
    with pytest.raises(ReportError, match=r"the PDF has no text layer \(a scan\): run OCR first or save the text") as exc:
        fz.load_report(path)
    assert exc.value.source == str(path)


def test_encrypted_pdf(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(render_pdf(RED_HEADER_TEXT, Layout(), encrypt_password="secret"))
    with pytest.raises(ReportError, match="encrypted with a password") as exc:
        read_input(path)
    assert "locked.pdf" in str(exc.value)


@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
    b"%PDF-1.4\n" + bytes(range(256)) * 8,
], ids=["no-trailer", "garbage"])
def test_damaged_pdf(tmp_path, data):
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    with pytest.raises(ReportError, match=r"the PDF is damaged and cannot be read \(PDFium: ") as exc:
        read_input(path)
    assert "broken.pdf" in str(exc.value)


def test_truncated_pdf_is_refused_or_read_without_error(tmp_path_factory, tmp_path):
    name, layout = CASES[0]
    full = _pdf(tmp_path_factory, name, _text_of(name), layout).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(full[: len(full) // 2])
    with pytest.raises(ReportError, match="damaged|no text layer"):
        read_input(path)


def test_pdf_over_the_size_limit_is_refused_before_reading(tmp_path_factory):
    name, layout = CASES[0]
    path = _pdf(tmp_path_factory, name, _text_of(name), layout)
    with pytest.raises(ReportError, match="the file is too large"):
        read_input(path, max_bytes=path.stat().st_size - 1)


def test_missing_pypdfium2_names_the_package(tmp_path_factory, monkeypatch):
    name, layout = CASES[0]
    path = _pdf(tmp_path_factory, name, _text_of(name), layout)
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(ReportError, match=r"pip install pypdfium2"):
        read_input(path)


def test_text_layer_larger_than_the_limit(tmp_path_factory, monkeypatch):
    name, layout = CASES[0]
    path = _pdf(tmp_path_factory, name, _text_of(name), layout)
    monkeypatch.setattr(pdf_mod, "MAX_PDF_CHARS", 500)
    with pytest.raises(ReportError, match="more than 500 characters"):
        read_input(path)


# ---------------------------------------------------------------------------------------------- units


@pytest.mark.parametrize("line", ["- 3 -", "—3—", "－ 12 －", "3", "第3页", "第 3 页 共 12 页", "3/12", "3 / 12",
                                  "Page 3 of 12", "— 三 —"])
def test_page_number_forms(line):
    assert pdf_mod._PAGE_NUMBER.match(line)


@pytest.mark.parametrize("line", ["2020年1月9日", "一、主要成效", "共3项", "第3名", "3个", "(此件公开发布)"])
def test_not_page_numbers(line):
    assert not pdf_mod._PAGE_NUMBER.match(line)


# ---------------------------------------------------------------------------------------------- corpus


def test_folder_with_pdf_builds_like_any_input(tmp_path_factory, tmp_path):
    name, layout = CASES[0]
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "city.pdf").write_bytes(_pdf(tmp_path_factory, name, _text_of(name), layout).read_bytes())
    (folder / "city_text.txt").write_text(_text_of(name), encoding="utf-8")
    assert [p.name for p in collect_paths(folder)] == ["city.pdf", "city_text.txt"]
    corpus = load_corpus(folder, workers=1)
    assert corpus.errors.empty
    meta = corpus.metadata.set_index("doc_id")
    assert meta.loc["city", "format"] == "pdf"
    assert meta.loc["city", "title"] == meta.loc["city_text", "title"]
    ind = corpus.indicators
    a = ind[ind["doc_id"] == "city"][["key", "value", "raw"]].astype(str).values.tolist()
    b = ind[ind["doc_id"] == "city_text"][["key", "value", "raw"]].astype(str).values.tolist()
    assert a == b and a


def test_fazhi_build_on_a_folder_reads_pdf(tmp_path_factory, tmp_path, capsys):
    import pandas as pd

    from fazhi_analysis.cli import main

    name, layout = CASES[2]
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "town.pdf").write_bytes(_pdf(tmp_path_factory, name, _text_of(name), layout).read_bytes())
    (folder / "scan.pdf").write_bytes(render_scan(pages=1))
    out = tmp_path / "out"
    code = main(["build", str(folder), "--out", str(out), "--workers", "1", "--no-figures", "--no-excel"])
    cap = capsys.readouterr()
    assert code == 0, cap.err
    meta = pd.read_parquet(out / "metadata.parquet")
    assert meta["doc_id"].tolist() == ["town"] and meta["format"].tolist() == ["pdf"]
    errors = pd.read_csv(out / "errors.csv", encoding="utf-8-sig")
    assert [Path(s).name for s in errors["source"]] == ["scan.pdf"]
    assert "no text layer" in errors["error_en"][0] and "没有文字层" in errors["error"][0]
