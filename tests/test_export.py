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

from fazhi_analysis.checks import rule_label
from fazhi_analysis import export, schema
from fazhi_analysis.errors import ReportError

openpyxl = pytest.importorskip("openpyxl")

NASTY = ['=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)", "\t=1+1", "\r=1+1"]


def _tables() -> dict[str, pd.DataFrame]:
    """A small invented report in every table."""
    doc = "临川市2021年法治政府建设情况报告"
    row = {
        "doc_id": doc, "source": "raw/临川.txt", "format": "text", "encoding": "utf-8", "sha256": "ab" * 32,
        "n_chars": 1234, "title": "临川市2021年法治政府建设情况的报告", "index_no": None,
        "doc_number": "临政字〔2022〕3号", "body_doc_number": None, "publish_date": dt.date(2022, 3, 1),
        "issuer": "临川市人民政府", "issuer_full": "临川市人民政府", "validity": None, "report_year": 2021,
        "region": "临川市", "level": None, "recipient": "省政府", "signature": "临川市人民政府", "signed_date": None,
        "metadata_source": "title=title; issuer=signature; region=title",
    }
    row.update({c: None for c in schema.columns("metadata") if c not in row})  # fields other stages add
    meta = schema.enforce(pd.DataFrame([row]), "metadata")
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
         "start": 30, "end": 34, "sentence": "新收行政复议申请125件。", "role": "level", "part_of": None,
         "key_basis": "新收*复议申请 ⇐ 新收行政复议申请", "base_key": None},
        {"doc_id": doc, "indicator_id": 2, "section_id": 1, "paragraph_id": 2, "category": "enforcement",
         "key": None, "name": "纠错率", "measure": "level", "value": 12.5, "value_high": None, "unit": "%",
         "qualifier": "about", "direction": None, "raw": "12.5%", "start": 40, "end": 45, "sentence": "=1+2", "role": "rate", "part_of": None,
         "key_basis": None, "base_key": None},
        {"doc_id": doc, "indicator_id": 3, "section_id": None, "paragraph_id": 3, "category": None,
         "key": None, "name": None, "measure": "change", "value": 3.0, "value_high": 4.0, "unit": "个百分点",
         "qualifier": None, "direction": "increase", "raw": "3-4个百分点", "start": 50, "end": 57, "sentence": None,
         "role": "change", "part_of": 1, "key_basis": None,
         "base_key": "reconsideration.correction_rate"},
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
# ---------------------------------------------------------------------------------------------
# write_excel

SHEETS = ["概览", "指标", "宽表", "元数据", "章节", "段落", "一致性检查", "合规评分", "警告", "指标说明", "数据字典"]


def _sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/")}


def _rows(ws) -> list[list]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _records(ws) -> list[dict]:
    rows = _rows(ws)
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def _report(doc: str, region: str, year: int, values: dict[str, float], *, extra_rows: int = 0) -> dict:
    """Tables of an invented report of ``region`` and ``year`` whose figures are ``values`` (key -> value)."""
    t = _tables()
    meta = t["metadata"].copy()
    meta["doc_id"] = pd.array([doc], dtype="string")
    meta["region"] = pd.array([region], dtype="string")
    meta["report_year"] = pd.array([year], dtype="Int64")
    meta["issuer"] = pd.array([f"{region}人民政府"], dtype="string")
    rows = []
    for i, (key, value) in enumerate(list(values.items()) + [(None, float(j)) for j in range(1, extra_rows + 1)], start=1):
        unit = "%" if key and key.endswith("rate") else "件"
        rows.append({"doc_id": doc, "indicator_id": i, "section_id": 1, "paragraph_id": 2, "category": "disputes",
                     "key": key, "name": "某项", "measure": "level", "value": value, "value_high": None,
                     "unit": unit, "qualifier": "exact", "direction": None, "raw": f"{value:g}{unit}",
                     "start": 10 * i, "end": 10 * i + 3, "sentence": f"某项{value:g}{unit}。",
                     "role": "rate" if unit == "%" else "level", "part_of": None, "key_basis": None, "base_key": None})
    out = {"metadata": schema.enforce(meta, "metadata"),
           "indicators": schema.enforce(pd.DataFrame(rows), "indicators") if rows else schema.empty("indicators")}
    for name in ("checks", "compliance", "warnings", "sections", "paragraphs"):
        df = t[name].copy()
        df["doc_id"] = pd.array([doc] * len(df), dtype="string")
        out[name] = df
    return out


def _combined(*reports: dict) -> dict:
    return {t: schema.enforce(pd.concat([r[t] for r in reports], ignore_index=True), t) for t in schema.TABLES}


def test_excel_sheets_and_headers(tmp_path):
    path = export.write_excel(_tables(), tmp_path / "sub" / "report.xlsx")
    assert path == tmp_path / "sub" / "report.xlsx"
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS
    for t, (label, _d, cols) in schema.TABLES.items():
        if t == "indicators":  # written as the 指标 sheet
            assert label not in wb.sheetnames
            continue
        ws = wb[label]
        labels = schema.labels(t)
        assert [c.value for c in ws[1]] == [labels[c] for c in cols]
        assert all(c.font.b for c in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(cols))}{ws.max_row}"
    assert wb["指标"].max_row == 4
    dd = wb["数据字典"]
    assert [c.value for c in dd[1]] == list(export.data_dictionary_sheet().columns)
    assert dd.max_row == len(schema.data_dictionary()) + 1


def test_excel_indicator_sheet_gives_every_key_its_definition(tmp_path):
    from fazhi_analysis.indicators import catalog

    wb = openpyxl.load_workbook(export.write_excel(_tables(), tmp_path / "r.xlsx"))
    ws = wb["指标说明"]
    assert [c.value for c in ws[1]] == ["指标代码", "类别", "中文名称", "单位", "口径"]
    assert ws.freeze_panes == "A2"
    recs = _records(ws)
    cat = catalog().set_index("key")
    assert sorted(r["指标代码"] for r in recs) == sorted(cat.index)
    for r in recs:
        row = cat.loc[r["指标代码"]]
        assert r["中文名称"] == row["label_zh"] and r["口径"] == row["definition"] and r["口径"]
        assert r["单位"].split("、") == row["unit"].split("|")
    by_key = {r["指标代码"]: r for r in recs}
    assert by_key["reconsideration.accepted"]["类别"] == "矛盾纠纷化解"


def test_excel_tidy_sheet_has_report_context_and_chinese_values(tmp_path):
    wb = openpyxl.load_workbook(export.write_excel(_tables(), tmp_path / "r.xlsx"))
    ws = wb["指标"]
    head = [c.value for c in ws[1]]
    assert head[:9] == ["文档编号", "地区", "报告年度", "发布机构", "层级", "指标类别", "指标", "指标名称", "数据性质"]
    assert {"数值", "区间上限", "单位", "限定", "变化方向", "原文", "所在句子", "指标代码"} <= set(head)
    labels = schema.labels("indicators")
    assert set(labels.values()) - {"规范指标"} <= set(head)  # every column of the table, nothing lost
    assert head[head.index("指标代码") + 1:] == [labels[c] for c in ("indicator_id", "section_id", "paragraph_id",
                                                                   "part_of", "start", "end")]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(head))}4"
    rec = _records(ws)
    assert [r["地区"] for r in rec] == ["临川市"] * 3 and [r["报告年度"] for r in rec] == [2021] * 3
    assert [r["发布机构"] for r in rec] == ["临川市人民政府"] * 3
    assert [r["层级"] for r in rec] == [None] * 3  # the metadata gives no level: empty, never guessed
    assert [r["指标类别"] for r in rec] == ["矛盾纠纷化解", "行政执法", None]
    from fazhi_analysis.indicators import catalog

    label = dict(zip(catalog()["key"], catalog()["label_zh"]))["reconsideration.received"]
    assert rec[0]["指标"] == label and rec[0]["指标代码"] == "reconsideration.received"
    assert rec[1]["指标"] is None and rec[1]["指标代码"] is None
    assert [r["限定"] for r in rec] == ["确数", "约", None]
    assert [r["数据性质"] for r in rec] == ["数量", "数量", "变化"]
    assert rec[2]["变化方向"] == "增加"
    assert rec[0]["所在句子"] == "新收行政复议申请125件。" and rec[0]["指标名称"] == "新收行政复议申请"
    flat = {v for r in _rows(ws)[1:] for v in r if isinstance(v, str)}
    assert not flat & {"disputes", "exact", "about", "level", "change", "increase"}


def test_excel_number_formats_by_unit(tmp_path):
    t = _tables()
    extra = pd.DataFrame([
        {"doc_id": t["metadata"]["doc_id"][0], "indicator_id": 4, "section_id": 1, "paragraph_id": 2,
         "category": "oversight", "key": None, "name": "查出问题金额", "measure": "level", "value": 2.23e8,
         "value_high": None, "unit": "元", "qualifier": "exact", "direction": None, "raw": "2.23亿元",
         "start": 60, "end": 66, "sentence": "查出问题金额2.23亿元。"},
        {"doc_id": t["metadata"]["doc_id"][0], "indicator_id": 5, "section_id": 1, "paragraph_id": 2,
         "category": "oversight", "key": None, "name": "人均", "measure": "level", "value": 2.5,
         "value_high": None, "unit": "件", "qualifier": "exact", "direction": None, "raw": "2.5件",
         "start": 70, "end": 74, "sentence": "人均2.5件。"}])
    t["indicators"] = schema.enforce(pd.concat([t["indicators"], extra], ignore_index=True), "indicators")
    wb = openpyxl.load_workbook(export.write_excel(t, tmp_path / "r.xlsx"))
    for sheet in ("指标",):
        ws = wb[sheet]
        col = [c.value for c in ws[1]].index("数值")
        cells = [ws.cell(r, col + 1) for r in range(2, 7)]
        assert [c.value for c in cells] == [125, 12.5, 3, 2.23e8, 2.5]
        assert all(c.data_type == "n" for c in cells)
        assert [c.number_format for c in cells] == ["#,##0", '0.00"%"', "#,##0", "#,##0.00", "#,##0.00"], sheet
        hcol = [c.value for c in ws[1]].index("区间上限") + 1
        assert ws.cell(2, hcol).value is None and ws.cell(4, hcol).value == 4  # NA -> empty cell
    chk = wb["一致性检查"]
    head = [c.value for c in chk[1]]
    assert chk.cell(2, head.index("应为") + 1).number_format == "#,##0"
    meta = wb["元数据"]
    mhead = [c.value for c in meta[1]]
    d = meta.cell(2, mhead.index("发文日期") + 1)
    assert d.is_date and d.value == dt.datetime(2022, 3, 1) and d.number_format == "yyyy-mm-dd"
    assert meta.cell(2, mhead.index("成文日期") + 1).value is None
    assert meta.cell(2, mhead.index("字符数") + 1).value == 1234


def test_excel_dates_excel_cannot_hold_are_text(tmp_path):
    t = _tables()
    meta = t["metadata"].copy()
    meta["publish_date"] = [dt.date(1, 1, 1)]  # 〇〇〇一年一月一日
    meta["signed_date"] = [dt.date(1899, 12, 31)]
    t["metadata"] = schema.enforce(meta, "metadata")
    wb = openpyxl.load_workbook(export.write_excel(t, tmp_path / "r.xlsx"))
    ws = wb["元数据"]
    head = [c.value for c in ws[1]]
    pub, signed = ws.cell(2, head.index("发文日期") + 1), ws.cell(2, head.index("成文日期") + 1)
    assert (pub.value, pub.data_type) == ("0001-01-01", "s")
    assert (signed.value, signed.data_type) == ("1899-12-31", "s")
    assert "<v>-" not in "".join(_sheet_xml(tmp_path / "r.xlsx").values())  # no negative serial anywhere


def test_excel_checks_and_compliance_in_chinese_with_colours(tmp_path):
    wb = openpyxl.load_workbook(export.write_excel(_tables(), tmp_path / "r.xlsx"))
    chk, comp = _records(wb["一致性检查"]), _records(wb["合规评分"])
    assert [r["结果"] for r in chk] == ["未通过", "通过", "提示"]
    assert [r["检查类型"] for r in chk] == ["求和", "元数据", "日期"]
    assert [(r["要求"], r["结果"]) for r in comp] == [("工作成效", "通过"), ("按时公开", "未检查")]
    for sheet, col in (("一致性检查", "D"), ("合规评分", "C")):
        rules = {}
        for rng in wb[sheet].conditional_formatting:
            for rule in rng.rules:
                rules[rule.formula[0]] = (str(rng.sqref), rule.dxf.fill.fgColor.rgb or rule.dxf.fill.bgColor.rgb)
        assert set(rules) == {'"通过"', '"未通过"', '"提示"', '"未检查"'}
        assert all(ref == f"{col}2:{col}{wb[sheet].max_row}" for ref, _ in rules.values())
        assert rules['"未通过"'][1] != rules['"通过"'][1]
    assert _records(wb["章节"])[0]["报告部分"] == "工作成效"
    assert _records(wb["段落"])[0]["段落类型"] == "标题"


def test_excel_level_and_optional_columns_when_the_schema_declares_them(tmp_path, monkeypatch):
    t = _tables()
    label, desc, cols = schema.TABLES["metadata"]
    if "level" not in cols:  # until the parser reports the administrative level, declare it here
        monkeypatch.setitem(schema.TABLES, "metadata", (label, desc, cols + ("level",)))
        monkeypatch.setitem(schema._TABLE_OVERRIDES, ("metadata", "level"), schema.Field("string", "层级", "level"))
    meta = t["metadata"].copy()
    meta["level"] = ["city"]
    t["metadata"] = schema.enforce(meta, "metadata")
    wb = openpyxl.load_workbook(export.write_excel(t, tmp_path / "r.xlsx"))
    assert {r["层级"] for r in _records(wb["指标"])} == {"市级"}
    assert _records(wb["宽表"])[0]["层级"] == "市级"


def test_excel_wide_sheet_one_row_per_report(tmp_path):
    a = _report("a", "东川区", 2020, {"reconsideration.received": 40, "reconsideration.correction_rate": 12.5})
    b = _report("b", "西川县", 2021, {"reconsideration.received": 7})
    wb = openpyxl.load_workbook(export.write_excel(_combined(a, b), tmp_path / "m.xlsx"))
    from fazhi_analysis.indicators import catalog

    cat = catalog().set_index("key")
    rows = _rows(wb["宽表"])
    recv = f"{cat.loc['reconsideration.received', 'label_zh']}（件）"
    rate = f"{cat.loc['reconsideration.correction_rate', 'label_zh']}（%）"
    assert rows[0][:4] == ["文档编号", "地区", "报告年度", "发布机构"] and recv in rows[0] and rate in rows[0]
    rec = _records(wb["宽表"])
    assert [(r["文档编号"], r["地区"], r["报告年度"]) for r in rec] == [("a", "东川区", 2020), ("b", "西川县", 2021)]
    assert [r[recv] for r in rec] == [40, 7] and [r[rate] for r in rec] == [12.5, None]
    ws = wb["宽表"]
    assert ws.cell(2, rows[0].index(rate) + 1).number_format == '0.00"%"'
    assert ws.cell(2, rows[0].index(recv) + 1).number_format == "#,##0"


def test_excel_pivots_with_pandas_from_the_file_alone(tmp_path):
    reports = [_report("a", "东川区", 2020, {"reconsideration.received": 40, "reconsideration.concluded": 38}),
               _report("b", "东川区", 2021, {"reconsideration.received": 52}),
               _report("c", "西川县", 2021, {"reconsideration.received": 7, "reconsideration.concluded": 6})]
    path = export.write_excel(_combined(*reports), tmp_path / "corpus.xlsx")
    df = pd.read_excel(path, sheet_name="指标")
    df = df[df["指标代码"].notna()]
    pivot = df.pivot_table(index=["地区", "报告年度"], columns="指标", values="数值", aggfunc="sum")
    from fazhi_analysis.indicators import catalog

    label = dict(zip(catalog()["key"], catalog()["label_zh"]))
    recv, conc = label["reconsideration.received"], label["reconsideration.concluded"]
    assert pivot.loc[("东川区", 2020), recv] == 40 and pivot.loc[("东川区", 2021), recv] == 52
    assert pivot.loc[("西川县", 2021), conc] == 6 and pd.isna(pivot.loc[("东川区", 2021), conc])
    by_region = df.pivot_table(index="地区", columns="报告年度", values="数值", aggfunc="count")
    assert by_region.loc["东川区", 2020] == 2 and by_region.loc["西川县", 2021] == 2


def test_excel_never_writes_formulas(tmp_path):
    t = _tables()
    ind = t["indicators"].copy()
    ind["name"] = pd.array(['=HYPERLINK("http://x","y")', "#N/A", None], dtype="string")
    t["indicators"] = ind
    path = export.write_excel(t, tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["段落"]
    cells = [ws.cell(r, 5) for r in range(3, 3 + len(NASTY))]
    assert [c.value for c in cells] == NASTY
    assert all(c.data_type == "s" for c in cells)
    sent = [c.value for c in wb["指标"][1]].index("所在句子") + 1
    assert wb["指标"].cell(3, sent).value == "=1+2" and wb["指标"].cell(3, sent).data_type == "s"
    assert wb["警告"]["C2"].value == "@未找到下一步工作安排"
    tidy = wb["指标"]
    col = [c.value for c in tidy[1]].index("指标名称") + 1
    assert tidy.cell(2, col).value == '=HYPERLINK("http://x","y")' and tidy.cell(2, col).data_type == "s"
    assert tidy.cell(3, col).value == "#N/A" and tidy.cell(3, col).data_type == "s"
    for name, xml in _sheet_xml(path).items():
        assert "<f>" not in xml and "<f " not in xml and 't="e"' not in xml, name


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
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_excel_is_written_in_streaming_mode(tmp_path, monkeypatch):
    import openpyxl as ox

    made = []
    real = ox.Workbook

    def spy(*args, **kwargs):
        made.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(ox, "Workbook", spy)
    export.write_excel(_tables(), tmp_path / "r.xlsx")
    assert made == [{"write_only": True}]


def test_excel_overview(tmp_path):
    path = export.write_excel(_tables(), tmp_path / "r.xlsx", overview={"生成说明": "=cmd|' /C calc'!A0", "报告数": 1})
    ws = openpyxl.load_workbook(path)["概览"]
    rows = _rows(ws)
    flat = [v for r in rows for v in r if v is not None]
    assert rows[0][0] == "摘要"
    assert ["生成说明", "=cmd|' /C calc'!A0"] == rows[2][:2] and ws.cell(3, 2).data_type == "s"
    assert ["报告数", 1] == rows[3][:2]
    # metadata as label/value rows with Chinese labels
    assert ["标题", "临川市2021年法治政府建设情况的报告"] in [r[:2] for r in rows]
    assert ["发布机构", "临川市人民政府"] in [r[:2] for r in rows]
    # indicator counts by category in Chinese, including the uncategorised one
    assert ["矛盾纠纷化解", 1] in [r[:2] for r in rows]
    assert ["行政执法", 1] in [r[:2] for r in rows]
    assert ["（未分类）", 1] in [r[:2] for r in rows]
    assert ["制度建设", 0] in [r[:2] for r in rows]
    # status counts and the failed and warned checks, in Chinese
    assert ["规则", "通过", "未通过", "提示", "未检查"] in [r[:5] for r in rows]
    assert [rule_label("reconsideration.outcomes_sum"), 0, 1, 0, 0] in [r[:5] for r in rows]
    assert "reconsideration.outcomes_sum" not in flat  # the rule is named in Chinese, not by its id
    assert "+差5件" in flat and "发文日期晚于3月底" in flat and "年度一致" not in flat
    # compliance rows
    assert ["按时公开", "未检查"] in [r[:2] for r in rows] and "无发文日期" in flat
    assert all(c.data_type != "f" for r in ws.iter_rows() for c in r)


def test_excel_overview_without_extra_and_empty_tables(tmp_path):
    path = export.write_excel({}, tmp_path / "empty.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS
    assert wb["概览"]["A1"].value == "元数据"
    assert wb["指标"].max_row == 1
    assert wb["宽表"].max_row == 1
    # a table given alone still gets the other sheets
    path2 = export.write_excel({"warnings": _tables()["warnings"]}, tmp_path / "w.xlsx")
    assert openpyxl.load_workbook(path2)["警告"].max_row == 2


def test_excel_multiple_documents_never_one_column_per_report(tmp_path):
    reports = [_report(f"r{i}", f"第{i}县", 2020, {"reconsideration.received": i}) for i in range(30)]
    wb = openpyxl.load_workbook(export.write_excel(_combined(*reports), tmp_path / "m.xlsx"))
    ws = wb["概览"]
    assert ws.max_column <= 5
    rows = _rows(ws)
    assert ["报告数", 30] in [r[:2] for r in rows] and ["地区数", 30] in [r[:2] for r in rows]
    assert ["矛盾纠纷化解", 30] in [r[:2] for r in rows]
    assert [rule_label("reconsideration.outcomes_sum"), 0, 30, 0, 0] in [r[:5] for r in rows]
    assert ["工作成效", 30, 0, 0, 0] in [r[:5] for r in rows]
    assert wb["宽表"].max_row == 31 and wb["宽表"].max_column == 8
    assert max(wb[s].max_column for s in wb.sheetnames) < 30


def test_excel_splits_a_table_past_the_row_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "_MAX_ROWS", 5)  # 4 data rows per sheet
    t = _report("a", "东川区", 2020, {}, extra_rows=9)
    wb = openpyxl.load_workbook(export.write_excel(t, tmp_path / "r.xlsx"))
    assert ["指标", "指标 (2)", "指标 (3)"] == [s for s in wb.sheetnames if s == "指标" or s.startswith("指标 (")]
    assert ["数据字典", "数据字典 (2)"] == [s for s in wb.sheetnames if s.startswith("数据字典")][:2]
    parts = [_rows(wb[s]) for s in ("指标", "指标 (2)", "指标 (3)")]
    assert all(p[0] == parts[0][0] for p in parts)  # the header on every part
    assert [len(p) - 1 for p in parts] == [4, 4, 1]
    ids = [r[parts[0][0].index("原文")] for p in parts for r in p[1:]]
    assert ids == [f"{j}件" for j in range(1, 10)]  # every row once, in order
    assert all(wb[s].max_row <= 5 for s in wb.sheetnames if s != "概览")
    note = " ".join(str(r[0]) for r in _rows(wb["概览"]) if r[0])
    assert "“指标”共9行" in note and "“指标 (3)”" in note
    assert wb["指标 (2)"].auto_filter.ref.endswith("5") and wb["指标 (3)"].auto_filter.ref.endswith("2")


def test_excel_splits_the_wide_sheet_past_the_column_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "_MAX_COLS", 30)  # 7 report columns + 23 keys per sheet
    from fazhi_analysis.indicators import catalog

    keys = [k for k in catalog()["key"] if not k.endswith("rate")][:25]
    t = _report("a", "东川区", 2020, {k: i for i, k in enumerate(keys, start=1)})
    wb = openpyxl.load_workbook(export.write_excel(t, tmp_path / "r.xlsx"))
    assert [s for s in wb.sheetnames if s.startswith("宽表")] == ["宽表", "宽表 (2)"]
    a, b = _rows(wb["宽表"]), _rows(wb["宽表 (2)"])
    assert len(a[0]) == 30 and len(b[0]) == 9 and a[0][:7] == b[0][:7]
    assert sorted(a[1][7:] + b[1][7:]) == list(range(1, 26))
    assert all(wb[s].max_column <= 30 for s in wb.sheetnames)


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


def test_workbook_names_are_unique_under_case_folding():
    names = export.workbook_names(["Case", "case", "CASE", "other", "case-2"])
    assert names == {"Case": "Case", "case": "case-2", "CASE": "CASE-3", "other": "other", "case-2": "case-2-2"}
    assert len({n.casefold() for n in names.values()}) == len(names)


def test_import_does_not_pull_openpyxl_or_matplotlib():
    code = "import fazhi_analysis.export, sys; print('openpyxl' in sys.modules, 'matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


_TRICKY = [
    "plain 文本", "  leading and trailing  ", "a&b<c>d\"e'f", "line\r\nbreak", "\t=SUM(A1)", "=1+1", "#N/A",
    "x\x01y", "长" * 40_000, "", None, pd.NA, float("nan"), 0, -3, 2**53 + 1, 1.5, 1e-7, 1e22, float("inf"),
    True, False, dt.date(2021, 3, 4), dt.datetime(2021, 3, 4, 5, 6, 7), dt.date(1899, 12, 31),
    pd.Timestamp("2020-02-29 10:00", tz="Asia/Shanghai"), 12.25,
]


def test_excel_streamed_rows_are_the_cells_openpyxl_would_write(tmp_path):
    """The rows written straight as SpreadsheetML read back exactly as openpyxl's own write-only cells."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    fmts = [None] * 13 + [export._COUNT_FORMAT, export._COUNT_FORMAT, export._AMOUNT_FORMAT,
                          export._AMOUNT_FORMAT, export._PERCENT_FORMAT] + [None] * 8 + [export._PERCENT_FORMAT]
    rows = [(_TRICKY, fmts), (list(reversed(_TRICKY)), list(reversed(fmts))), ([1, "x"], [])]
    spec = export._Table("表", [f"c{i}" for i in range(len(_TRICKY))], len(rows), lambda: iter(rows))

    # openpyxl's own cells (what write_excel wrote before the rows were streamed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("表")
    cells = export._Cells(ws, {"bold": Font(bold=True)})
    ws.append(cells.row(spec.headers, font="bold"))
    for values, f in rows:
        ws.append(cells.row(values, f, measure=False))
    wb.save(tmp_path / "ref.xlsx")

    # the streamed rows, spliced into openpyxl's frame
    wb = Workbook(write_only=True)
    bodies: dict = {}
    export._write_table(wb, spec, {"bold": Font(bold=True)}, bodies, tmp_path)
    import zipfile as zf

    with zf.ZipFile(tmp_path / "raw.xlsx", "w") as archive:
        from openpyxl.writer.excel import ExcelWriter

        ExcelWriter(wb, archive).write_data()
    export.reproducible_zip(tmp_path / "raw.xlsx", tmp_path / "new.xlsx",
                            inject={ws.path.lstrip("/"): body for ws, body in bodies.items()})

    def cells_of(path):
        sheet = openpyxl.load_workbook(path)["表"]
        return [[(c.value, c.data_type, c.number_format, bool(c.font.b)) for c in row
                 if c.value is not None] for row in sheet.iter_rows()]

    ref, new = cells_of(tmp_path / "ref.xlsx"), cells_of(tmp_path / "new.xlsx")
    assert len(new) == 1 + len(rows)
    assert new == ref
    assert new[1][1][0] == "  leading and trailing  " and new[1][2][0] == "a&b<c>d\"e'f"
    assert new[1][3][0] == "line\r\nbreak"  # CR kept (written as &#13;), not normalised away
    with zf.ZipFile(tmp_path / "new.xlsx") as z:
        xml = z.read(next(ws.path.lstrip("/") for ws in bodies)).decode()
    assert '<t xml:space="preserve">  leading and trailing  </t>' in xml  # Excel keeps the spaces
    assert "<t>plain 文本</t>" in xml


def test_excel_names_checks_and_formats_in_chinese(tmp_path):
    """The 一致性检查 sheet names each check by its rule (the checks registry), the 元数据 sheet the file format
    in Chinese (schema value labels); CSV and Parquet keep the codes."""
    from fazhi_analysis.checks import load_rules, rule_label

    t = _tables()
    rule = next(r for r in load_rules() if r.check_id == "reconsideration.outcomes_sum")
    wb = openpyxl.load_workbook(export.write_excel(t, tmp_path / "r.xlsx"))
    shown = [r["检查项"] for r in _records(wb["一致性检查"])]
    assert shown[0] == rule.label_zh and rule.label_zh != rule.check_id
    assert shown[1:] == [rule_label(c) for c in ("metadata.year", "date.timeliness")]  # unknown ids as written
    assert rule_label("oversight.breakdown_sum@66") == next(r.label_zh for r in load_rules()
                                                            if r.check_id == "*.breakdown_sum")
    assert [r["文件格式"] for r in _records(wb["元数据"])] == ["纯文本"]
    assert schema.value_labels("metadata", "format")["html"] == "网页"
    export.write_tables(t, tmp_path / "out")
    assert list(pd.read_csv(tmp_path / "out" / "checks.csv", encoding="utf-8-sig")["check_id"])[0] == rule.check_id
    assert list(pd.read_parquet(tmp_path / "out" / "metadata.parquet")["format"]) == ["text"]
