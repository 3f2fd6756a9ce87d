"""Write the tables to CSV, Parquet and a reproducible, formula-safe Excel workbook."""

from __future__ import annotations

import datetime as _dt
import io
import math
import numbers
import os
import re
import unicodedata
import uuid
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from . import schema
from .errors import ReportError

__all__ = ["safe_doc_id", "safe_child", "csv_cell", "csv_bytes", "write_csv", "write_tables", "write_excel",
           "data_dictionary_sheet"]

# ---------------------------------------------------------------------------------------------
# safe names

_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"COM{i}" for i in range(1, 10)] + [f"LPT{i}" for i in range(1, 10)]
)


def _name_char_ok(ch: str) -> bool:
    # Letters (incl. CJK ideographs, category Lo) and digits; NFKC has already folded full-width forms.
    return ch in "-_." or ch.isalnum()


def safe_doc_id(name: str, *, max_len: int = 80) -> str:
    """Turn a file stem or title into an identifier that is safe as a file or folder name.

    NFKC-normalises, keeps letters (including CJK), digits, ``-``, ``_`` and ``.``, replaces everything
    else with ``_``, collapses runs of ``_`` and of ``.``, strips leading and trailing dots and
    underscores, prefixes reserved Windows device names (``CON``, ``com1.txt`` …) with ``_`` and
    truncates to ``max_len`` characters. An empty result becomes ``report``.

    Args:
        name: file stem, title or any other text.
        max_len: maximum length of the result in characters (at least 1).

    Returns:
        The identifier, e.g. ``"../../etc/passwd"`` -> ``"etc_passwd"``.
    """
    if max_len < 1:
        raise ValueError(f"max_len must be at least 1, got {max_len}")
    s = unicodedata.normalize("NFKC", str(name))
    s = "".join(ch if _name_char_ok(ch) else "_" for ch in s)
    s = re.sub(r"_{2,}", "_", s)
    s = re.sub(r"\.{2,}", ".", s)
    s = s.strip("._")[:max_len].rstrip("._")
    if not s:
        return "report"
    if s.split(".", 1)[0].upper() in _RESERVED:
        s = ("_" + s)[:max_len]
    return s


def safe_child(out_dir: str | Path, name: str | Path) -> Path:
    """Join ``name`` to ``out_dir`` and make sure the result stays inside ``out_dir``.

    Args:
        out_dir: the directory everything must be written into.
        name: a relative file or folder name (may contain sub-folders).

    Returns:
        The resolved (absolute) path of the child.

    Raises:
        ReportError: the joined path resolves to ``out_dir`` itself or to a place outside it
            (``..``, an absolute name, a symlink pointing elsewhere) or is not a valid path.
    """
    try:
        base = Path(out_dir).resolve()
        target = (Path(out_dir) / name).resolve()
    except (ValueError, OSError) as exc:  # e.g. embedded NUL byte
        raise ReportError(str(name), f"not a valid file name: {exc}") from exc
    if target == base or not target.is_relative_to(base):
        raise ReportError(str(name), f"refusing to write outside the output directory {out_dir}")
    return target


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and an atomic rename."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _enforced(table: str, df: pd.DataFrame) -> pd.DataFrame:
    # Validates the table name (no arbitrary file names) and the columns; idempotent on enforced frames.
    return schema.enforce(df, table)


# ---------------------------------------------------------------------------------------------
# CSV and Parquet

_FORMATS = ("csv", "parquet")


def _is_date(v: Any) -> bool:
    return isinstance(v, _dt.date)  # datetime.datetime and pd.Timestamp are subclasses


# OWASP "CSV injection": a spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    """One text cell as written to an Excel-facing CSV: quoted, and made inert if it could run as a formula.

    Follows OWASP's advice on CSV injection: a cell that starts with ``=``, ``+``, ``-``, ``@``, TAB
    or CR gets a leading apostrophe, and every text cell is wrapped in double quotes (inner quotes
    doubled) so that a ``,`` or ``;`` inside it cannot start a new cell in a spreadsheet that splits on
    another separator.

    Args:
        value: the text of the cell.

    Returns:
        The cell as CSV source, e.g. ``'=1+1'`` -> ``"'=1+1"`` (with the quotes).
    """
    if value.startswith(_FORMULA_TRIGGERS):
        value = "'" + value
    return '"' + value.replace('"', '""') + '"'


def _csv_column(s: pd.Series) -> list[str]:
    """The cells of one column: numbers as numbers, dates as ISO dates, text escaped, missing values empty."""
    na = s.isna().to_numpy()
    if s.dtype.kind in "iuf" and not isinstance(s.dtype, pd.CategoricalDtype):  # Int64, Float64, numpy numbers
        kind = "int64" if s.dtype.kind in "iu" else "float64"
        cells = s.to_numpy(dtype=kind, na_value=0).astype(str).astype(object)  # numpy: shortest repr
        cells[na] = ""
        return cells.tolist()
    if s.dtype.kind == "b":
        return ["" if m else str(bool(v)) for v, m in zip(s.astype(object), na)]
    vals = s.astype(object)
    if s.dtype == object and any(_is_date(v) for v in vals[~na]):
        return ["" if m else (v.isoformat() if _is_date(v) else csv_cell(str(v))) for v, m in zip(vals, na)]
    texts = vals.to_numpy() if isinstance(s.dtype, (pd.StringDtype, pd.CategoricalDtype)) else vals.map(str).to_numpy()
    trig = frozenset(_FORMULA_TRIGGERS)
    return ["" if m else '"' + ("'" if v[:1] in trig else "") + v.replace('"', '""') + '"' for v, m in zip(texts, na)]


def csv_bytes(df: pd.DataFrame) -> bytes:
    """A table as Excel-facing CSV: UTF-8 with a BOM, ``\n`` line ends, formula triggers escaped.

    Numeric columns are written as plain numbers (``-3.5`` stays a number); every text cell is
    quoted and, if it starts with a formula trigger, prefixed with an apostrophe (see `csv_cell`).
    The header row is the column names. Parquet keeps the exact text.

    Args:
        df: the table.

    Returns:
        The file's bytes.
    """
    header = ",".join(csv_cell(str(c)) if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", str(c)) else str(c)
                      for c in df.columns)
    cols = [_csv_column(df[c]) for c in df.columns]
    body = "\n".join(map(",".join, zip(*cols))) if len(df) else ""
    return (header + "\n" + (body + "\n" if body or len(df) else "")).encode("utf-8-sig")


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write one table with `csv_bytes` (via a temporary file and a rename); returns the path."""
    path = Path(path)
    _atomic_write_bytes(path, csv_bytes(df))
    return path


def _parquet_bytes(df: pd.DataFrame) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    df = df.copy()
    date_cols = []
    for c in df.columns:
        if df[c].dtype != object:
            continue
        vals = df[c].dropna()
        if all(_is_date(v) for v in vals):  # also true for an all-empty column
            df[c] = df[c].map(
                lambda v: v.date() if isinstance(v, _dt.datetime) else v, na_action="ignore"
            ).astype(object).where(df[c].notna(), None)
            date_cols.append(c)
    inferred = pa.Schema.from_pandas(df, preserve_index=False)
    fields = [pa.field(f.name, pa.date32()) if f.name in date_cols else f for f in inferred]
    pa_schema = pa.schema(fields, metadata=inferred.metadata)
    table = pa.Table.from_pandas(df, schema=pa_schema, preserve_index=False)
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def write_tables(
    tables: Mapping[str, pd.DataFrame],
    out_dir: str | Path,
    *,
    formats: Sequence[str] = ("csv", "parquet"),
) -> list[Path]:
    """Write each table to ``<out_dir>/<table>.csv`` and/or ``<out_dir>/<table>.parquet``.

    CSV is made for Excel: UTF-8 with a BOM, without index, dates as ISO ``YYYY-MM-DD``, empty
    fields for missing values, numbers as numbers, and every text cell quoted, with a leading
    apostrophe when it starts with a formula trigger (``=``, ``+``, ``-``, ``@``, TAB, CR; OWASP's
    advice against CSV injection), so CSV text may differ from the report by that apostrophe.
    Parquet keeps the exact text: use it (or ``read_table``) for analysis. Parquet is written with pyarrow, without index; the pandas
    dtypes (string, Int64, Float64, category) round-trip and date columns are stored as ``date32``.
    The same tables give byte-identical files on every run.

    Args:
        tables: schema table name -> DataFrame (as returned by ``schema.enforce``).
        out_dir: output folder; created if missing.
        formats: any of ``"csv"`` and ``"parquet"``.

    Returns:
        The written paths, in the order of ``tables`` and ``formats``.

    Raises:
        ValueError: an unknown format.
        schema.SchemaError: an unknown table name or a table that does not match its declaration.
    """
    if isinstance(formats, str):
        formats = (formats,)
    bad = [f for f in formats if f not in _FORMATS]
    if bad:
        raise ValueError(f"unknown formats {bad}; choose from {_FORMATS}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for table, df in tables.items():
        df = _enforced(table, df)
        for fmt in formats:
            path = safe_child(out, f"{table}.{fmt}")
            data = csv_bytes(df) if fmt == "csv" else _parquet_bytes(df)
            _atomic_write_bytes(path, data)
            written.append(path)
    return written


# ---------------------------------------------------------------------------------------------
# Excel

_OVERVIEW_SHEET = "概览"
_DICTIONARY_SHEET = "数据字典"
_FIXED_TIME = _dt.datetime(2000, 1, 1, 0, 0, 0)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_MAX_ROWS = 1_048_576
_MAX_CELL_CHARS = 32_767  # Excel's limit per cell
_MAX_WIDTH = 60
_FLOAT_FORMAT = "0.00"
_PERCENT_FORMAT = '0.00"%"'
_DATE_FORMAT = "yyyy-mm-dd"
_DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

_DICTIONARY_HEADERS = {
    "table": "表", "table_zh": "表名", "field": "字段", "dtype": "类型",
    "label_zh": "中文名", "description": "说明", "values": "取值",
}


def read_table(path: str | Path, table: str | None = None) -> pd.DataFrame:
    """Read a Parquet table written by :func:`write_tables`, with the declared dtypes restored.

    Args:
        path: the ``<table>.parquet`` file.
        table: the schema table name; defaults to the file's stem.
    """
    path = Path(path)
    return schema.conform(pd.read_parquet(path), table or path.stem)


def data_dictionary_sheet() -> pd.DataFrame:
    """The data dictionary (``schema.data_dictionary()``) with Chinese column headers, for Excel."""
    return schema.data_dictionary().rename(columns=_DICTIONARY_HEADERS)


def _is_na(v: Any) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    try:
        return bool(isinstance(v, float) and math.isnan(v)) or (not isinstance(v, str) and bool(pd.isna(v)))
    except (TypeError, ValueError):
        return False


def _text(v: str) -> str:
    v = _ILLEGAL_XML.sub("\ufffd", v)
    if len(v) > _MAX_CELL_CHARS:
        v = v[: _MAX_CELL_CHARS - 1] + "…"
    return v


def _display_width(s: str) -> int:
    return max(
        (sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line) for line in s.split("\n")),
        default=0,
    )


class _Sheet:
    """Writes cells into an openpyxl worksheet and tracks column widths."""

    def __init__(self, ws: Any, bold: Any):
        self.ws = ws
        self.bold = bold
        self.widths: dict[int, int] = {}

    def put(self, row: int, col: int, value: Any, number_format: str | None = None, bold: bool = False) -> None:
        """Write one value: NA -> empty, numbers as numbers, dates as dates, everything else as text."""
        if _is_na(value):
            return
        shown: str
        if isinstance(value, (bool,)) or type(value).__name__ == "bool_":
            value, shown = bool(value), str(bool(value))
        elif isinstance(value, numbers.Integral):
            value = int(value)
            shown = str(value)
        elif isinstance(value, numbers.Real):
            value = float(value)
            if not math.isfinite(value):  # Excel cannot store inf
                value = str(value)
                shown = value
            else:
                shown = f"{value:.2f}" if number_format else repr(value)
        elif isinstance(value, _dt.datetime):
            if isinstance(value, pd.Timestamp):
                value = value.to_pydatetime()
            if value.tzinfo is not None:
                value = value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
            number_format, shown = _DATETIME_FORMAT, "0000-00-00 00:00:00"
        elif isinstance(value, _dt.date):
            number_format, shown = _DATE_FORMAT, "0000-00-00"
        else:
            value = _text(str(value))
            shown = value
        cell = self.ws.cell(row=row, column=col)
        cell.value = value
        if isinstance(value, str):
            # openpyxl turns "=..." into a formula; report text must stay text, always.
            cell.data_type = "s"
        elif number_format and not isinstance(value, bool):
            cell.number_format = number_format
        if number_format == _PERCENT_FORMAT and not isinstance(value, str):
            shown += "%"
        if bold:
            cell.font = self.bold
        w = _display_width(shown)
        if w > self.widths.get(col, 0):
            self.widths[col] = w

    def finish_widths(self) -> None:
        from openpyxl.utils import get_column_letter

        for col, w in sorted(self.widths.items()):
            self.ws.column_dimensions[get_column_letter(col)].width = min(w + 2, _MAX_WIDTH)


def _check_rows(n: int, what: str) -> None:
    if n > _MAX_ROWS:
        raise ValueError(f"{what}: {n} rows do not fit in an Excel sheet (max {_MAX_ROWS})")


def _write_frame(sheet: _Sheet, df: pd.DataFrame, headers: Sequence[str], table: str | None) -> None:
    """A header row plus one row per record, with formats, frozen header and autofilter."""
    from openpyxl.utils import get_column_letter

    _check_rows(len(df) + 1, sheet.ws.title)
    for j, h in enumerate(headers, start=1):
        sheet.put(1, j, h, bold=True)
    cols = list(df.columns)
    float_cols = {c for c in cols if str(df[c].dtype) == "Float64" or df[c].dtype.kind == "f"}
    pct_cols = {"value", "value_high"} if table == "indicators" else set()
    unit_pos = cols.index("unit") if pct_cols and "unit" in cols else None
    for i, rec in enumerate(df.itertuples(index=False, name=None), start=2):
        is_pct = unit_pos is not None and not _is_na(rec[unit_pos]) and str(rec[unit_pos]).strip() == "%"
        for j, (c, v) in enumerate(zip(cols, rec), start=1):
            fmt = None
            if c in float_cols:
                fmt = _PERCENT_FORMAT if (is_pct and c in pct_cols) else _FLOAT_FORMAT
            sheet.put(i, j, v, fmt)
    last = get_column_letter(max(len(headers), 1))
    sheet.ws.freeze_panes = "A2"
    sheet.ws.auto_filter.ref = f"A1:{last}{len(df) + 1}"
    sheet.finish_widths()


def _doc_ids(tables: Mapping[str, pd.DataFrame]) -> list[str]:
    seen: dict[str, None] = {}
    for t in ("metadata", "indicators", "checks", "compliance"):
        df = tables.get(t)
        if df is not None and "doc_id" in df.columns:
            for d in df["doc_id"]:
                if not _is_na(d):
                    seen.setdefault(str(d), None)
    return list(seen)


def _write_overview(
    sheet: _Sheet, tables: Mapping[str, pd.DataFrame], overview: Mapping[str, Any] | None
) -> None:
    """The 概览 sheet: stacked blocks (title row, header row, rows, blank row)."""
    row = 1

    def block(title: str, header: Sequence[str], rows: list[Sequence[Any]], formats: Sequence[str | None] = ()):
        nonlocal row
        sheet.put(row, 1, title, bold=True)
        row += 1
        for j, h in enumerate(header, start=1):
            sheet.put(row, j, h, bold=True)
        row += 1
        if not rows:
            sheet.put(row, 1, "（无）")
            row += 1
        for r in rows:
            for j, v in enumerate(r, start=1):
                fmt = formats[j - 1] if j - 1 < len(formats) else None
                sheet.put(row, j, v, fmt)
            row += 1
        row += 1

    if overview:
        block("摘要", ["项目", "值"], [[str(k), v] for k, v in overview.items()])

    docs = _doc_ids(tables)
    many = len(docs) > 1

    meta = tables["metadata"]
    meta_labels = schema.labels("metadata")
    header = ["字段"] + (list(meta["doc_id"].astype(object).fillna("")) if many else ["值"])
    rows = []
    if len(meta):
        for c, lab in meta_labels.items():
            rows.append([lab] + list(meta[c].astype(object)))
    block("元数据", header, rows)

    ind = tables["indicators"]
    cats = list(schema.CATEGORIES)
    counts: dict[tuple[str, str], int] = {}
    for d, cat in zip(ind["doc_id"].astype(object), ind["category"].astype(object)):
        key = ("" if _is_na(d) else str(d), "（未分类）" if _is_na(cat) else str(cat))
        counts[key] = counts.get(key, 0) + 1
    if any(k[1] == "（未分类）" for k in counts):
        cats.append("（未分类）")
    if many:
        header = ["指标类别"] + docs + ["合计"]
        rows = [[cat] + [counts.get((d, cat), 0) for d in docs] + [sum(v for k, v in counts.items() if k[1] == cat)]
                for cat in cats]
    else:
        header = ["指标类别", "数量"]
        rows = [[cat, sum(v for k, v in counts.items() if k[1] == cat)] for cat in cats]
    block("指标类别统计", header, rows if len(ind) else [])

    chk = tables["checks"]
    chk_labels = schema.labels("checks")
    cols = ["doc_id", "check_id", "status", "detail"]
    bad = chk[chk["status"].astype(object).isin(["fail", "warn"])]
    block("未通过的检查", [chk_labels[c] for c in cols], [list(r) for r in bad[cols].itertuples(index=False, name=None)])

    comp = tables["compliance"]
    comp_labels = schema.labels("compliance")
    block("合规评分", list(comp_labels.values()), [list(r) for r in comp.itertuples(index=False, name=None)])
    sheet.finish_widths()


def _normalised_zip(data: bytes) -> bytes:
    """Rewrite an xlsx zip with fixed timestamps, attributes and a stable entry order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    first = [n for n in ("[Content_Types].xml", "_rels/.rels") if n in names]
    order = first + sorted(n for n in names if n not in first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            dst.writestr(info, src.read(name), compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return out.getvalue()


def write_excel(
    tables: Mapping[str, pd.DataFrame],
    path: str | Path,
    *,
    overview: Mapping[str, Any] | None = None,
) -> Path:
    """Write a briefing workbook: 概览, one sheet per schema table, and 数据字典.

    Headers are the Chinese labels of the schema; the header row is bold and frozen and has an
    autofilter. Every string is stored as text, never as a formula (so report text such as
    ``=HYPERLINK(...)`` cannot run). Dates are real Excel dates (``yyyy-mm-dd``), missing values are
    empty cells, figures stay numbers (``0.00``; ``0.00"%"`` for indicators whose unit is ``%``,
    values being percent points). Characters XML cannot hold become U+FFFD and text longer than
    Excel's 32 767 characters per cell is cut. The same input gives a byte-identical file.

    Args:
        tables: schema table name -> DataFrame; missing tables are written as empty sheets.
        path: the ``.xlsx`` file to write; parent folders are created.
        overview: extra key/value rows shown at the top of 概览.

    Returns:
        The path written.

    Raises:
        schema.SchemaError: an unknown table name or a table that does not match its declaration.
        ValueError: a table has more rows than an Excel sheet can hold.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.writer.excel import ExcelWriter

    full = {t: _enforced(t, df) for t, df in tables.items()}  # validates every name first
    full = {t: full[t] if t in full else schema.empty(t) for t in schema.TABLES}

    bold = Font(bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = _OVERVIEW_SHEET
    _write_overview(_Sheet(ws, bold), full, overview)
    for t, (label, _desc, _cols) in schema.TABLES.items():
        ws = wb.create_sheet(label)
        labels = schema.labels(t)
        _write_frame(_Sheet(ws, bold), full[t], [labels[c] for c in full[t].columns], t)
    dd = data_dictionary_sheet()
    _write_frame(_Sheet(wb.create_sheet(_DICTIONARY_SHEET), bold), dd, list(dd.columns), None)

    props = wb.properties
    props.creator = "fazhi_analysis"
    props.last_modified_by = "fazhi_analysis"
    props.created = _FIXED_TIME
    props.modified = _FIXED_TIME

    # ExcelWriter directly: Workbook.save() would stamp `modified` with the current time.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).write_data()
    data = _normalised_zip(buf.getvalue())

    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write_bytes(out, data)
    return out
