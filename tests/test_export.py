"""Tests for fazhi_analysis.export: safe names, CSV/Parquet round-trip, safe and reproducible Excel."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from fazhi_analysis import export, schema
from fazhi_analysis.errors import ReportError

openpyxl = pytest.importorskip("openpyxl")

NASTY = ['=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)", "\t=1+1", "\r=1+1"]


def _tables() -> dict[str, pd.DataFrame]:
    """A small invented report in every table."""
    doc = "临川市2021年法治政府建设情况报告"
    meta = schema.enforce(pd.DataFrame([{
        "doc_id": doc, "source": "raw/临川.txt", "format": "text", "encoding": "utf-8", "sha256": "ab" * 32,
        "n_chars": 1234, "title": "临川市2021年法治政府建设情况的报告", "index_no": None,
        "doc_number": "临政字〔2022〕3号", "body_doc_number": None, "publish_date": dt.date(2022, 3, 1),
        "issuer": "临川市人民政府", "validity": None, "report_year": 2021, "region": "临川市",
        "recipient": "省政府", "signature": "临川市人民政府", "signed_date": None,
    }]), "metadata")
    sections = schema.enforce(pd.DataFrame([
        {"doc_id": doc, "section_id": 1, "parent_id": None, "level": 1, "marker": "一、",
         "heading": "主要工作", "start": 10, "end": 200, "part": "achievements"},
        {"doc_id": doc, "section_id": 2, "parent_id": 1, "level": 2, "marker": "（一）",
         "heading": None, "start": 20, "end": 100, "part": None},
    ]), "sections")
    paragraphs = schema.enforce(pd.DataFrame([
        {"doc_id": doc, "paragraph_id": 1, "section_id": None, "kind": "title",
         "text": "临川市2021年法治政府建设情况的报告", "start": 0, "end": 18},
    ] + [
        {"doc_id": doc, "paragraph_id": i, "section_id": 1, "kind": "body", "text": t, "start": 20 + i, "end": 30 + i}
        for i, t in enumerate(NASTY, start=2)
    ]), "paragraphs")
    indicators = schema.enforce(pd.DataFrame([
        {"doc_id": doc, "indicator_id": 1, "section_id": 1, "paragraph_id": 2, "category": "disputes",
         "key": "reconsideration.received", "name": "新收行政复议申请", "measure": "level", "value": 125.0,
         "value_high": None, "unit": "件", "qualifier": "exact", "direction": None, "raw": "125件",
         "start": 30, "end": 34, "sentence": "新收行政复议申请125件。"},
        {"doc_id": doc, "indicator_id": 2, "section_id": 1, "paragraph_id": 2, "category": "enforcement",
         "key": None, "name": "纠错率", "measure": "level", "value": 12.5, "value_high": None, "unit": "%",
         "qualifier": "about", "direction": None, "raw": "12.5%", "start": 40, "end": 45, "sentence": "=1+2"},
        {"doc_id": doc, "indicator_id": 3, "section_id": None, "paragraph_id": 3, "category": None,
         "key": None, "name": None, "measure": "change", "value": 3.0, "value_high": 4.0, "unit": "个百分点",
         "qualifier": None, "direction": "increase", "raw": "3-4个百分点", "start": 50, "end": 57, "sentence": None},
    ]), "indicators")
    checks = schema.enforce(pd.DataFrame([
        {"doc_id": doc, "check_id": "reconsideration.outcomes_sum", "kind": "sum", "status": "fail",
         "expected": 125.0, "reported": 120.0, "detail": "+差5件"},
        {"doc_id": doc, "check_id": "metadata.year", "kind": "metadata", "status": "pass",
         "expected": None, "reported": None, "detail": "年度一致"},
        {"doc_id": doc, "check_id": "date.timeliness", "kind": "date", "status": "warn",
         "expected": None, "reported": None, "detail": "发文日期晚于3月底"},
    ]), "checks")
    compliance = schema.enforce(pd.DataFrame([
        {"doc_id": doc, "item": "achievements", "status": "pass", "evidence": "1", "detail": None},
        {"doc_id": doc, "item": "timeliness", "status": "skip", "evidence": None, "detail": "无发文日期"},
    ]), "compliance")
    warnings = schema.enforce(pd.DataFrame([
        {"doc_id": doc, "code": "no_plans", "message": "@未找到下一步工作安排"},
    ]), "warnings")
    return {"metadata": meta, "sections": sections, "paragraphs": paragraphs, "indicators": indicators,
            "checks": checks, "compliance": compliance, "warnings": warnings}


# ---------------------------------------------------------------------------------------------
# safe_doc_id / safe_child

@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd", "etc_passwd"),
    ("a/b", "a_b"),
    ("a\\b", "a_b"),
    ("x\x00y", "x_y"),
    ("CON", "_CON"),
    ("con.txt", "_con.txt"),
    ("Lpt9", "_Lpt9"),
    ("COM10", "COM10"),
    ("CONSOLE", "CONSOLE"),
    ("  ", "report"),
    ("", "report"),
    ("..", "report"),
    ("/", "report"),
    ('a:b*c?"d<e>f|g', "a_b_c_d_e_f_g"),
    ("a   b\t\nc", "a_b_c"),
    (".hidden", "hidden"),
    ("沂源县2020年法治政府建设情况报告", "沂源县2020年法治政府建设情况报告"),
    ("临政字〔2022〕3号", "临政字_2022_3号"),
    ("ＡＢＣ１２３", "ABC123"),  # NFKC folds full-width forms
    ("report-v1.2_final", "report-v1.2_final"),
])
def test_safe_doc_id_cases(name, expected):
    assert export.safe_doc_id(name) == expected


def test_safe_doc_id_truncates_long_titles():
    title = "某市" * 150
    out = export.safe_doc_id(title)
    assert len(out) == 80 and out == title[:80]
    assert len(export.safe_doc_id("x" * 300, max_len=10)) == 10


@pytest.mark.parametrize("name", ["../../etc/passwd", "..", "a/../../b", "CON", "nul.csv", "x\x00y", "\x01\x02",
                                  "a" * 300, "报告：/..\\.."])
def test_safe_doc_id_is_a_plain_file_name(name):
    out = export.safe_doc_id(name)
    assert out and len(out) <= 80
    assert not out.startswith((".", "_")) or out.split(".")[0].lstrip("_").upper() in export._RESERVED
    assert ".." not in out and "/" not in out and "\\" not in out and "\x00" not in out
    assert re.fullmatch(r"[\w.\-]+", out)


def test_safe_child_accepts_children(tmp_path):
    assert export.safe_child(tmp_path, "a.csv") == (tmp_path / "a.csv").resolve()
    assert export.safe_child(tmp_path, "sub/a.csv") == (tmp_path / "sub" / "a.csv").resolve()


@pytest.mark.parametrize("name", ["../x", "../../etc/passwd", "/etc/passwd", "a/../../x", "", ".", "x\x00y"])
def test_safe_child_refuses_escaping_paths(tmp_path, name):
    with pytest.raises(ReportError):
        export.safe_child(tmp_path / "out", name)


def test_safe_child_refuses_symlink_out(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out" / "link").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(ReportError):
        export.safe_child(tmp_path / "out", "link/x.csv")


# ---------------------------------------------------------------------------------------------
# write_tables

def test_write_tables_round_trip(tmp_path):
    tables = _tables()
    paths = export.write_tables(tables, tmp_path / "out")
    assert [p.name for p in paths] == [f"{t}.{f}" for t in tables for f in ("csv", "parquet")]
    for t, df in tables.items():
        back = export.read_table(tmp_path / "out" / f"{t}.parquet")
        assert list(back.columns) == list(schema.columns(t))
        assert back.dtypes.to_dict() == df.dtypes.to_dict(), t
        pd.testing.assert_frame_equal(back, df, check_dtype=True)
        for c in df.columns:
            if isinstance(df[c].dtype, pd.CategoricalDtype):
                assert list(back[c].cat.categories) == list(df[c].cat.categories)


def test_write_tables_dates_are_date32_and_iso(tmp_path):
    import pyarrow.parquet as pq

    tables = {"metadata": _tables()["metadata"]}
    export.write_tables(tables, tmp_path)
    pa_schema = pq.read_schema(tmp_path / "metadata.parquet")
    assert str(pa_schema.field("publish_date").type) == "date32[day]"
    assert str(pa_schema.field("signed_date").type) == "date32[day]"  # all empty, still a date column
    back = pd.read_parquet(tmp_path / "metadata.parquet")
    assert back.loc[0, "publish_date"] == dt.date(2022, 3, 1)
    csv = pd.read_csv(tmp_path / "metadata.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert csv.loc[0, "publish_date"] == "2022-03-01"
    assert csv.loc[0, "signed_date"] == ""


def test_write_tables_all_na_rows_round_trip(tmp_path):
    tables = {t: schema.enforce(pd.DataFrame({c: [None, None] for c in schema.columns(t)}), t) for t in schema.TABLES}
    export.write_tables(tables, tmp_path, formats=("parquet",))
    for t, df in tables.items():
        back = export.read_table(tmp_path / f"{t}.parquet")
        pd.testing.assert_frame_equal(back, df, check_dtype=True)
        assert back.dtypes.to_dict() == df.dtypes.to_dict(), t


def test_write_tables_zero_row_tables(tmp_path):
    # Parquet keeps no dictionary for a zero-row column, so unused categories come back only via enforce.
    tables = {t: schema.empty(t) for t in schema.TABLES}
    export.write_tables(tables, tmp_path)
    for t, df in tables.items():
        back = pd.read_parquet(tmp_path / f"{t}.parquet")
        assert list(back.columns) == list(schema.columns(t)) and len(back) == 0
        assert schema.enforce(back, t).dtypes.to_dict() == df.dtypes.to_dict(), t
        csv = (tmp_path / f"{t}.csv").read_bytes()
        assert csv == b"\xef\xbb\xbf" + ",".join(schema.columns(t)).encode() + b"\n"


def test_write_tables_csv_has_bom_and_chinese(tmp_path):
    export.write_tables(_tables(), tmp_path, formats=("csv",))
    assert not (tmp_path / "indicators.parquet").exists()
    raw = (tmp_path / "indicators.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" not in raw
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(schema.columns("indicators"))
    assert "新收行政复议申请" in text
    back = pd.read_csv(tmp_path / "indicators.csv", encoding="utf-8-sig")
    assert list(back["value"]) == [125.0, 12.5, 3.0]
    assert pd.isna(back.loc[0, "value_high"])


def test_csv_escapes_formula_triggers_but_parquet_keeps_exact_text(tmp_path):
    tables = _tables()
    export.write_tables(tables, tmp_path)
    back = pd.read_csv(tmp_path / "paragraphs.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    texts = list(back["text"])
    assert texts[0] == "临川市2021年法治政府建设情况的报告"  # harmless text is unchanged
    assert texts[1:] == ["'" + t for t in NASTY]  # every trigger (=, +, -, @, TAB, CR) gets an apostrophe
    ind = pd.read_csv(tmp_path / "indicators.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(ind["sentence"]) == ["新收行政复议申请125件。", "'=1+2", ""]
    exact = export.read_table(tmp_path / "paragraphs.parquet")
    assert list(exact["text"]) == list(tables["paragraphs"]["text"])


def test_csv_numbers_stay_numbers_and_text_is_quoted(tmp_path):
    ind = _tables()["indicators"].copy()
    ind["value"] = pd.array([-125.0, -0.5, None], dtype="Float64")
    ind["start"] = pd.array([-1, 40, 50], dtype="Int64")
    ind.loc[0, "name"] = "a;=1+1"  # a spreadsheet splitting on ';' must not see a cell starting with '='
    ind.loc[1, "name"] = 'say "x"'
    export.write_tables({"indicators": ind}, tmp_path, formats=("csv",))
    lines = (tmp_path / "indicators.csv").read_text(encoding="utf-8-sig").splitlines()
    cells = lines[1].split(",")
    cols = schema.columns("indicators")
    assert cells[cols.index("value")] == "-125.0"  # a negative number is not escaped
    assert cells[cols.index("start")] == "-1"
    assert cells[cols.index("name")] == '"a;=1+1"'
    assert '"say ""x"""' in lines[2]
    back = pd.read_csv(tmp_path / "indicators.csv", encoding="utf-8-sig")
    assert list(back["value"][:2]) == [-125.0, -0.5] and pd.isna(back["value"][2])
    assert back["start"].dtype.kind == "i" and back.loc[0, "start"] == -1
    assert list(back["name"][:2]) == ["a;=1+1", 'say "x"']


@pytest.mark.parametrize(("cell", "written"), [
    ("=SUM(A1)", "\"'=SUM(A1)\""), ("-1", "\"'-1\""), ("+86", "\"'+86\""), ("@x", "\"'@x\""),
    ("\tx", "\"'\tx\""), ("\rx", "\"'\rx\""), ("a=b", '"a=b"'), ("", '""'), ("＝1", '"＝1"'),
])
def test_csv_cell(cell, written):
    assert export.csv_cell(cell) == written


def test_write_tables_is_deterministic(tmp_path):
    export.write_tables(_tables(), tmp_path / "a")
    time.sleep(1.1)
    export.write_tables(_tables(), tmp_path / "b")
    for p in sorted((tmp_path / "a").iterdir()):
        assert p.read_bytes() == (tmp_path / "b" / p.name).read_bytes(), p.name


def test_write_tables_rejects_unknown_table_and_format(tmp_path):
    with pytest.raises(schema.SchemaError):
        export.write_tables({"../evil": schema.empty("warnings")}, tmp_path)
    with pytest.raises(ValueError):
        export.write_tables({"warnings": schema.empty("warnings")}, tmp_path, formats=("xlsx",))
    assert not any(tmp_path.iterdir())


# ---------------------------------------------------------------------------------------------
# write_excel

def _sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/")}


def test_excel_sheets_and_headers(tmp_path):
    path = export.write_excel(_tables(), tmp_path / "sub" / "report.xlsx")
    assert path == tmp_path / "sub" / "report.xlsx"
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["概览", "元数据", "章节", "段落", "数据", "一致性检查", "合规评分", "警告", "数据字典"]
    for t, (label, _d, cols) in schema.TABLES.items():
        ws = wb[label]
        labels = schema.labels(t)
        assert [c.value for c in ws[1]] == [labels[c] for c in cols]
        assert all(c.font.b for c in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(cols))}{ws.max_row}"
    assert wb["数据"].max_row == 4
    dd = wb["数据字典"]
    assert [c.value for c in dd[1]] == list(export.data_dictionary_sheet().columns)
    assert dd.max_row == len(schema.data_dictionary()) + 1


def test_excel_values_numbers_dates_and_na(tmp_path):
    path = export.write_excel(_tables(), tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["数据"]
    head = [c.value for c in ws[1]]
    vcol, hcol = head.index("数值") + 1, head.index("区间上限") + 1
    assert ws.cell(2, vcol).value == 125 and ws.cell(2, vcol).data_type == "n"
    assert ws.cell(2, vcol).number_format == "0.00"
    assert ws.cell(3, vcol).value == 12.5 and ws.cell(3, vcol).number_format == '0.00"%"'
    assert ws.cell(4, vcol).number_format == "0.00"  # 个百分点 is not a percent value
    assert ws.cell(2, hcol).value is None  # NA -> empty cell
    assert ws.cell(4, hcol).value == 4
    assert ws.cell(2, head.index("数据编号") + 1).value == 1
    meta = wb["元数据"]
    mhead = [c.value for c in meta[1]]
    d = meta.cell(2, mhead.index("发文日期") + 1)
    assert d.is_date and d.value == dt.datetime(2022, 3, 1) and d.number_format == "yyyy-mm-dd"
    assert meta.cell(2, mhead.index("成文日期") + 1).value is None
    assert meta.cell(2, mhead.index("索引号") + 1).value is None


def test_excel_never_writes_formulas(tmp_path):
    path = export.write_excel(_tables(), tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["段落"]
    texts = [ws.cell(r, 5).value for r in range(3, 3 + len(NASTY))]
    cells = [ws.cell(r, 5) for r in range(3, 3 + len(NASTY))]
    assert [c.value for c in cells][:4] == NASTY[:4]
    assert texts[4] == "\t=1+1"
    assert all(c.data_type == "s" for c in cells)
    assert wb["数据"]["Q3"].value == "=1+2" and wb["数据"]["Q3"].data_type == "s"
    assert wb["警告"]["C2"].value == "@未找到下一步工作安排"
    for name, xml in _sheet_xml(path).items():
        assert "<f>" not in xml and "<f " not in xml, name


def test_excel_is_byte_identical(tmp_path):
    a = export.write_excel(_tables(), tmp_path / "a.xlsx")
    time.sleep(1.1)
    b = export.write_excel(_tables(), tmp_path / "b.xlsx", overview=None)
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as z:
        infos = z.infolist()
        assert infos[0].filename == "[Content_Types].xml"
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in infos)
        core = z.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in core and "fazhi_analysis" in core
    wb = openpyxl.load_workbook(a)
    assert wb.properties.creator == "fazhi_analysis"


def test_excel_overview(tmp_path):
    path = export.write_excel(_tables(), tmp_path / "r.xlsx", overview={"生成说明": "=cmd|' /C calc'!A0", "报告数": 1})
    ws = openpyxl.load_workbook(path)["概览"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    flat = [v for r in rows for v in r if v is not None]
    assert rows[0][0] == "摘要"
    assert ["生成说明", "=cmd|' /C calc'!A0"] == rows[2][:2] and ws.cell(3, 2).data_type == "s"
    assert ["报告数", 1] == rows[3][:2]
    # metadata as label/value rows with Chinese labels
    assert ["标题", "临川市2021年法治政府建设情况的报告"] in [r[:2] for r in rows]
    assert ["发布机构", "临川市人民政府"] in [r[:2] for r in rows]
    # indicator counts by category, including the uncategorised one
    assert ["disputes", 1] in [r[:2] for r in rows]
    assert ["enforcement", 1] in [r[:2] for r in rows]
    assert ["（未分类）", 1] in [r[:2] for r in rows]
    assert ["rules", 0] in [r[:2] for r in rows]
    # failed and warned checks only
    assert "reconsideration.outcomes_sum" in flat and "date.timeliness" in flat
    assert "metadata.year" not in flat
    assert "+差5件" in flat
    # compliance rows
    assert "timeliness" in flat and "无发文日期" in flat
    assert all(c.data_type != "f" for r in ws.iter_rows() for c in r)


def test_excel_overview_without_extra_and_empty_tables(tmp_path):
    path = export.write_excel({}, tmp_path / "empty.xlsx")
    wb = openpyxl.load_workbook(path)
    assert len(wb.sheetnames) == 9
    ws = wb["概览"]
    assert ws["A1"].value == "元数据"
    assert wb["数据"].max_row == 1
    # a table given alone still gets the other sheets
    path2 = export.write_excel({"warnings": _tables()["warnings"]}, tmp_path / "w.xlsx")
    assert openpyxl.load_workbook(path2)["警告"].max_row == 2


def test_excel_multiple_documents(tmp_path):
    t = _tables()
    other = t["metadata"].copy()
    other["doc_id"] = pd.array(["东川区2021年报告"], dtype="string")
    t["metadata"] = schema.enforce(pd.concat([t["metadata"], other], ignore_index=True), "metadata")
    ws = openpyxl.load_workbook(export.write_excel(t, tmp_path / "m.xlsx"))["概览"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert ["字段", "临川市2021年法治政府建设情况报告", "东川区2021年报告"] in [r[:3] for r in rows]
    assert ["disputes", 1, 0, 1] in [r[:4] for r in rows]


def test_excel_column_widths(tmp_path):
    path = export.write_excel(_tables(), tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["元数据"]
    head = [c.value for c in ws[1]]
    title_col = openpyxl.utils.get_column_letter(head.index("标题") + 1)
    fmt_col = openpyxl.utils.get_column_letter(head.index("文件格式") + 1)
    # 15 CJK chars + 4 digits -> 34 display columns, plus padding
    assert ws.column_dimensions[title_col].width == 36
    assert ws.column_dimensions[fmt_col].width == 10  # header 文件格式 = 8, plus padding
    sha_col = openpyxl.utils.get_column_letter(head.index("内容哈希") + 1)
    assert ws.column_dimensions[sha_col].width == 60  # 64 chars, capped


def test_excel_illegal_characters_and_infinite(tmp_path):
    w = schema.enforce(pd.DataFrame([{"doc_id": "d", "code": "x\x01y", "message": "a\x0bb"}]), "warnings")
    c = schema.enforce(pd.DataFrame([{"doc_id": "d", "check_id": "k", "kind": "rate", "status": "fail",
                                      "expected": float("inf"), "reported": 1.0, "detail": None}]), "checks")
    wb = openpyxl.load_workbook(export.write_excel({"warnings": w, "checks": c}, tmp_path / "r.xlsx"))
    assert wb["警告"]["B2"].value == "x\ufffdy"
    assert wb["一致性检查"]["E2"].value == "inf"


def test_import_does_not_pull_openpyxl_or_matplotlib():
    code = "import fazhi_analysis.export, sys; print('openpyxl' in sys.modules, 'matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
