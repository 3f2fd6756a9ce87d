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
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from . import schema
from .errors import ReportError

__all__ = ["safe_doc_id", "safe_child", "csv_cell", "csv_bytes", "write_csv", "write_tables", "write_excel",
           "data_dictionary_sheet", "indicator_sheet", "reproducible_zip", "workbook_names"]

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


def workbook_names(doc_ids: Sequence[str]) -> dict[str, str]:
    """doc_id -> a file stem that stays unique on case-insensitive file systems (Windows, macOS).

    ``Case`` and ``case`` are different doc_ids but one file there: the second becomes ``case-2``.
    """
    used: set[str] = set()
    out: dict[str, str] = {}
    for d in doc_ids:
        name, n = str(d), 2
        while name.casefold() in used:
            name, n = f"{d}-{n}", n + 1
        used.add(name.casefold())
        out[d] = name
    return out


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
    # each distinct text is escaped once (codes, labels, units and sentences repeat down a column)
    if isinstance(s.dtype, pd.CategoricalDtype):
        codes, uniques = s.cat.codes.to_numpy(), s.cat.categories.astype(object).map(str)
    else:
        texts = vals if isinstance(s.dtype, pd.StringDtype) else vals.map(str, na_action="ignore")
        codes, uniques = pd.factorize(texts, use_na_sentinel=True)
        uniques = [str(u) for u in uniques]
    trig = frozenset(_FORMULA_TRIGGERS)
    escaped = np.array(['"' + ("'" if v[:1] in trig else "") + v.replace('"', '""') + '"' for v in uniques] + [""],
                       dtype=object)
    codes = np.where(na | (codes < 0), len(escaped) - 1, codes)
    return escaped[codes].tolist()


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
_TIDY_SHEET = "指标"
_WIDE_SHEET = "宽表"
_DICTIONARY_SHEET = "数据字典"
_KEYS_SHEET = "指标说明"
_FIXED_TIME = _dt.datetime(2000, 1, 1, 0, 0, 0)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_MAX_ROWS = 1_048_576  # Excel's rows per sheet, header included
_MAX_COLS = 16_384  # Excel's columns per sheet (XFD)
_MAX_CELL_CHARS = 32_767  # Excel's limit per cell
_MAX_WIDTH = 60
_WIDTH_SAMPLE = 2_000  # rows looked at to size the columns (a streamed sheet needs widths before its rows)
_COUNT_FORMAT = "#,##0"
_AMOUNT_FORMAT = "#,##0.00"
_PERCENT_FORMAT = '0.00"%"'
_DATE_FORMAT = "yyyy-mm-dd"
_DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
_EXCEL_FIRST_DATE = _dt.date(1900, 3, 1)  # earlier dates are not real dates in Excel (1900 leap-year bug)
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
_UNCATEGORISED = "（未分类）"
# fill and font colours of the statuses (conditional formatting): green, amber, red, grey
_STATUS_COLOURS = {"pass": ("E3F1EA", "1E6B48"), "warn": ("FBF0D9", "8A5A00"), "fail": ("F8DEDB", "9C2A1E"),
                   "skip": ("EEF0F2", "52606D")}

_DICTIONARY_HEADERS = {
    "table": "表", "table_zh": "表名", "field": "字段", "dtype": "类型",
    "label_zh": "中文名", "description_zh": "说明", "values": "取值", "description": "英文说明",
}
# the 指标说明 sheet: what every canonical key means, from the catalog (schema.indicator_dictionary columns)
_KEYS_HEADERS = {"key": "指标代码", "category_zh": "类别", "label_zh": "中文名称", "unit": "单位",
                 "definition": "口径"}
# columns of the 指标 sheet: indicator fields, with the report's region, year, issuer and level after doc_id
_TIDY_COLUMNS = ("doc_id", "region", "report_year", "issuer", "level", "category", "key", "name", "measure",
                 "value", "value_high", "unit", "qualifier", "direction", "raw", "sentence")
_TIDY_OPTIONAL = ("role", "key_basis", "base_key")  # indicator columns other parts of the package may add
_REPORT_COLUMNS = ("doc_id", "region", "report_year", "issuer", "level", "title", "doc_number")


def errors_table(errors: pd.DataFrame) -> pd.DataFrame:
    """The files that failed (``Corpus.errors``: source, error) as written to ``errors.csv``: ``error`` says why in
    Chinese (:func:`errors.reason_zh`), ``error_en`` keeps the package's English reason (what logs and bug
    reports quote)."""
    from .errors import reason_zh

    en = errors["error"].astype(object)
    return pd.DataFrame({"source": errors["source"].astype(object),
                         "error": [r if _is_na(r) else reason_zh(str(r)) for r in en],
                         "error_en": en}, columns=["source", "error", "error_en"]).astype("string")


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


def indicator_sheet() -> pd.DataFrame:
    """指标说明: every canonical key with its category, Chinese name, units and definition (统计口径), from the
    catalog (``schema.indicator_dictionary()``), with Chinese column headers, for Excel."""
    d = schema.indicator_dictionary()
    return d[list(_KEYS_HEADERS)].rename(columns=_KEYS_HEADERS)


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
    if s.isascii() and "\n" not in s:
        return len(s)
    return max(
        (sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line) for line in s.split("\n")),
        default=0,
    )


def _label(table: str, name: str) -> str:
    """The Chinese header of column ``name``: its declaration in ``table``, else in FIELDS, else the name."""
    try:
        return schema.field(table, name).label_zh
    except KeyError:
        return name


def _number_format(value: float, unit: Any = None, value_high: Any = None) -> str:
    """``0.00"%"`` for percentages, ``#,##0.00`` for amounts of money and fractions, ``#,##0`` for counts."""
    u = "" if _is_na(unit) else str(unit).strip()
    if u in ("%", "％"):
        return _PERCENT_FORMAT
    if u.endswith("元"):
        return _AMOUNT_FORMAT
    whole = all(_is_na(v) or float(v).is_integer() for v in (value, value_high) if not isinstance(v, str))
    return _COUNT_FORMAT if whole else _AMOUNT_FORMAT


def _widen(widths: dict[int, int], j: int, v: Any, fmt: str | None, shown: str | None) -> None:
    """Widen column ``j`` to the display width of ``v`` as shown (``shown``, else its format or ``str``)."""
    if not shown and fmt and isinstance(v, numbers.Real):
        shown = _shown_number(float(v), fmt)
    elif not shown:
        shown = str(v)
    w = _display_width(shown)
    if w > widths.get(j, 0):
        widths[j] = w


def _shown_number(value: float, fmt: str) -> str:
    if fmt == _COUNT_FORMAT:
        return f"{value:,.0f}"
    return f"{value:,.2f}" + ("%" if fmt == _PERCENT_FORMAT else "")


def _convert(v: Any, fmt: str | None = None) -> tuple[Any, str | None, str]:
    """(value as written, its number format, its display text or "" for a formatted number).

    NA -> None; numbers stay numbers (inf becomes text: Excel cannot store it); dates before 1900-03-01
    become ISO text; text is cleaned of characters XML cannot hold and cut at Excel's cell limit.
    """
    t = type(v)
    if t is str:  # the common cases first: text, floats, ints
        if _ILLEGAL_XML.search(v) or len(v) > _MAX_CELL_CHARS:
            v = _text(v)
        return v, None, v
    if v is None or v is pd.NA or v is pd.NaT:
        return None, None, ""
    if t is float and v == v and v not in (math.inf, -math.inf):
        return v, fmt, ""
    if t is int:
        return v, fmt, ""
    if _is_na(v):
        return None, None, ""
    if isinstance(v, bool) or t.__name__ == "bool_":
        v, shown, fmt = bool(v), str(bool(v)), None
    elif isinstance(v, numbers.Integral):
        v, shown = int(v), ""
    elif isinstance(v, numbers.Real):
        v, shown = float(v), ""
        if not math.isfinite(v):  # Excel cannot store inf
            v, fmt = str(v), None
            shown = v
    elif isinstance(v, _dt.date):  # datetime.datetime and pd.Timestamp are subclasses
        if isinstance(v, pd.Timestamp):
            v = v.to_pydatetime()
        if isinstance(v, _dt.datetime) and v.tzinfo is not None:
            v = v.astimezone(_dt.timezone.utc).replace(tzinfo=None)
        day = v.date() if isinstance(v, _dt.datetime) else v
        if day < _EXCEL_FIRST_DATE:  # Excel has no such date (〇〇〇一年 would be serial -693593): text
            v, fmt = v.isoformat(sep=" ") if isinstance(v, _dt.datetime) else v.isoformat(), None
            shown = v
        elif isinstance(v, _dt.datetime):
            fmt, shown = _DATETIME_FORMAT, "0000-00-00 00:00:00"
        else:
            fmt, shown = _DATE_FORMAT, "0000-00-00"
    else:
        v = _text(str(v))
        shown, fmt = v, None
    return v, (None if isinstance(v, str) else fmt), shown


class _Cells:
    """Turns Python values into what a write-only openpyxl sheet takes, and remembers display widths."""

    def __init__(self, ws: Any, fonts: Mapping[str, Any]):
        self.ws = ws
        self.fonts = fonts
        self.widths: dict[int, int] = {}

    def value(self, v: Any, fmt: str | None = None, font: str | None = None) -> tuple[Any, str]:
        """(what to append, its display text). NA -> None; numbers stay numbers; text is never a formula."""
        v, fmt, shown = _convert(v, fmt)
        if v is None:
            return None, ""
        if isinstance(v, str):
            return (self._styled(v, None, font) if font or v[:1] == "=" or v in _ERROR_CODES else v), shown
        return (self._styled(v, fmt, font) if fmt or font else v), shown

    def _styled(self, v: Any, fmt: str | None, font: str | None) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.ws, value=v)
        if isinstance(v, str):
            cell.data_type = "s"  # openpyxl would store "=..." as a formula; report text stays text, always
        elif fmt:
            cell.number_format = fmt
        if font:
            cell.font = self.fonts[font]
        return cell

    def row(self, values: Sequence[Any], fmts: Sequence[str | None] = (), font: str | None = None, *,
            measure: bool = True) -> list[Any]:
        """One row ready to append; with ``measure``, column widths are updated from the display text."""
        out = []
        n_fmt = len(fmts)
        widths = self.widths
        for j, v in enumerate(values, start=1):
            fmt = fmts[j - 1] if j <= n_fmt else None
            cell, shown = self.value(v, fmt, font)
            out.append(cell)
            if measure and cell is not None:
                _widen(widths, j, v, fmt, shown)
        return out

    def measure(self, values: Sequence[Any], fmts: Sequence[str | None] = ()) -> None:
        """Update the column widths from one row's display text (what :meth:`row` measures, no cells made)."""
        n_fmt = len(fmts)
        widths = self.widths
        for j, v in enumerate(values, start=1):
            fmt = fmts[j - 1] if j <= n_fmt else None
            conv, _fmt, shown = _convert(v, fmt)
            if conv is not None:
                _widen(widths, j, v, fmt, shown)

    def set_widths(self) -> None:
        from openpyxl.utils import get_column_letter

        for col, w in sorted(self.widths.items()):
            self.ws.column_dimensions[get_column_letter(col)].width = min(w + 2, _MAX_WIDTH)


_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_XML_SPECIAL = re.compile("[&<>\r]")


class _RowXml:
    """Rows of a streamed sheet written straight as SpreadsheetML, the cells openpyxl's write-only sheet
    would write (inline strings, numbers with their format's style), at a fraction of its per-cell cost.

    Only plain values go this way (no fonts): the header and 概览 go through openpyxl.
    """

    def __init__(self, ws: Any):
        self.ws = ws
        self.letters: list[str] = []
        self.styles: dict[str, str] = {}

    def _style(self, fmt: str) -> str:
        s = self.styles.get(fmt)
        if s is None:
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(self.ws, value=0)
            cell.number_format = fmt
            s = self.styles[fmt] = str(cell.style_id)  # registers the style in the workbook
        return s

    def row(self, r: int, values: Sequence[Any], fmts: Sequence[str | None] = ()) -> str:
        """Row ``r`` (1-based) as a ``<row>`` element."""
        from openpyxl.utils import get_column_letter
        from openpyxl.utils.datetime import to_excel

        letters = self.letters
        while len(letters) < len(values):
            letters.append(get_column_letter(len(letters) + 1))
        n_fmt = len(fmts)
        parts = [f'<row r="{r}">']
        for j, v in enumerate(values):
            t = type(v)
            if t is str and len(v) <= _MAX_CELL_CHARS and not _ILLEGAL_XML.search(v):  # the common cases first
                fmt = None
            elif t is float and v == v and v not in (math.inf, -math.inf):
                fmt = fmts[j] if j < n_fmt else None
            elif t is not int:
                v, fmt, _shown = _convert(v, fmts[j] if j < n_fmt else None)
                if v is None:
                    continue
            else:
                fmt = fmts[j] if j < n_fmt else None
            if type(v) is str:
                if not v:
                    continue
                space = ' xml:space="preserve"' if v[:1].isspace() or v[-1:].isspace() else ""
                if _XML_SPECIAL.search(v):
                    v = v.translate(_XML_TEXT)
                parts.append(f'<c r="{letters[j]}{r}" t="inlineStr"><is><t{space}>{v}</t></is></c>')
                continue
            if isinstance(v, bool):
                parts.append(f'<c r="{letters[j]}{r}" t="b"><v>{int(v)}</v></c>')
                continue
            if isinstance(v, _dt.date):
                v = to_excel(v)
            style = f' s="{self._style(fmt)}"' if fmt else ""
            parts.append(f'<c r="{letters[j]}{r}"{style} t="n"><v>{"%.16g" % v}</v></c>')
        parts.append("</row>")
        return "".join(parts)


Row = tuple[Sequence[Any], Sequence["str | None"]]  # values and their number formats


@dataclass
class _Table:
    """A sheet of records: header row, frozen, with an autofilter; split over several sheets past Excel's rows."""

    title: str
    headers: list[str]
    n_rows: int
    rows: Callable[[], Iterator[Row]]  # called twice: once for column widths (a sample), once to write
    status_col: int | None = None  # 1-based column holding statuses, coloured by conditional formatting

    def sheet_titles(self) -> list[str]:
        per = _MAX_ROWS - 1
        n = max(1, -(-self.n_rows // per))
        return [self.title] + [f"{self.title} ({i})" for i in range(2, n + 1)]


def _status_rules(ws: Any, col: int, last_row: int) -> None:
    """Colour the status cells: 通过 green, 提示 amber, 未通过 red, 未检查 grey."""
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    if last_row < 2:
        return
    letter = get_column_letter(col)
    labels = schema.VALUE_LABELS["status"]
    for status, (fill, font) in _STATUS_COLOURS.items():
        ws.conditional_formatting.add(
            f"{letter}2:{letter}{last_row}",
            CellIsRule(operator="equal", formula=[f'"{labels[status]}"'],
                       fill=PatternFill(start_color=fill, end_color=fill, fill_type="solid"),
                       font=Font(color=font)))


def _write_table(wb: Any, spec: _Table, fonts: Mapping[str, Any], bodies: dict[Any, Path], tmp: Path) -> None:
    """Stream ``spec`` into one sheet, or several (``指标 (2)`` …) when it has more rows than Excel allows.

    openpyxl writes each sheet's frame and header; the data rows go to a file of ``<row>`` elements,
    ``bodies[ws]``, that :func:`_normalised_zip` splices into the sheet's ``<sheetData>``.
    """
    import itertools

    from openpyxl.utils import get_column_letter

    if len(spec.headers) > _MAX_COLS:
        raise ValueError(f"{spec.title}: {len(spec.headers)} columns do not fit in an Excel sheet (max {_MAX_COLS})")
    per = _MAX_ROWS - 1
    rows = spec.rows()
    last = get_column_letter(max(len(spec.headers), 1))
    for k, title in enumerate(spec.sheet_titles()):
        n = min(per, spec.n_rows - k * per) if spec.n_rows else 0
        ws = wb.create_sheet(title)
        cells = _Cells(ws, fonts)
        header = cells.row(spec.headers, font="bold")
        # widths from the header and a sample of this sheet's rows (a streamed sheet takes widths first)
        sample = itertools.islice(spec.rows(), k * per, k * per + min(n, _WIDTH_SAMPLE))
        for values, fmts in sample:
            cells.measure(values, fmts)
        cells.set_widths()
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{last}{n + 1}"
        if spec.status_col:
            _status_rules(ws, spec.status_col, n + 1)
        ws.append(header)
        if not n:
            continue
        xml = _RowXml(ws)
        body = tmp / f"rows-{len(bodies)}.xml"
        with open(body, "w", encoding="utf-8", newline="") as fh:
            r = 2
            for values, fmts in itertools.islice(rows, n):
                fh.write(xml.row(r, values, fmts))
                r += 1
        bodies[ws] = body


def _doc_ids(tables: Mapping[str, pd.DataFrame]) -> list[str]:
    seen: dict[str, None] = {}
    for t in ("metadata", "indicators", "checks", "compliance"):
        df = tables.get(t)
        if df is not None and "doc_id" in df.columns:
            for d in df["doc_id"]:
                if not _is_na(d):
                    seen.setdefault(str(d), None)
    return list(seen)


def _coded(table: str, name: str) -> Callable[[Any], Any]:
    """code -> Chinese name for column ``name`` (categories from the package data, a check's rule from the
    checks registry); other values unchanged."""
    if name == "category":
        from .indicators import CATEGORY_LABELS

        labels: Mapping[str, str] = CATEGORY_LABELS
    elif table == "checks" and name == "check_id":
        from .checks import rule_label

        return lambda v: v if _is_na(v) else rule_label(str(v))
    else:
        labels = schema.value_labels(table, name)
    if not labels:
        return lambda v: v
    return lambda v: v if _is_na(v) else labels.get(str(v), v)


def _key_labels() -> dict[str, tuple[str, str]]:
    """Catalog key -> (Chinese label, first unit), in catalog order."""
    from .indicators import catalog

    cat = catalog()
    return {k: (lab, (u.split("|")[0] if u else "")) for k, lab, u in zip(cat["key"], cat["label_zh"], cat["unit"])}


def _report_info(meta: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """doc_id -> the report's region, year, issuer, level, title and document number (absent fields empty)."""
    level = _coded("metadata", "level")
    out: dict[str, dict[str, Any]] = {}
    cols = [c for c in _REPORT_COLUMNS if c in meta.columns]
    for rec in meta[cols].itertuples(index=False, name=None):
        info = dict(zip(cols, rec))
        if "level" in info:
            info["level"] = level(info["level"])
        out.setdefault(str(info["doc_id"]), info)
    return out


def _column_values(df: pd.DataFrame, col: str) -> Sequence[Any]:
    return df[col].astype(object).to_numpy() if col in df.columns else [None] * len(df)


def _tidy_table(ind: pd.DataFrame, info: Mapping[str, Mapping[str, Any]]) -> _Table:
    """指标: one row per figure with its report's region, year, issuer and level; codes in Chinese.

    Every column of the indicators table is there: after the key's code come the provenance columns
    (indicator, section and paragraph ids, start and end offsets), so the sheet replaces the raw table.
    """
    keys = _key_labels()
    optional = [c for c in _TIDY_OPTIONAL if c in ind.columns]
    main = [c for c in _TIDY_COLUMNS if c not in ("region", "report_year", "issuer", "level")] + optional
    rest = [c for c in ind.columns if c not in main]
    headers = [_label("metadata" if c in ("region", "report_year", "issuer") else "indicators", c)
               for c in _TIDY_COLUMNS] + [_label("indicators", c) for c in optional]
    headers[_TIDY_COLUMNS.index("level")] = "层级"
    headers[_TIDY_COLUMNS.index("key")] = "指标"
    headers += ["指标代码"] + [_label("indicators", c) for c in rest]
    coders = {c: _coded("indicators", c) for c in ("category", "measure", "qualifier", "direction", *optional)}
    ind_cols = main + rest
    pos = {c: i for i, c in enumerate(ind_cols)}
    i_doc, i_key, i_value, i_high, i_unit = pos["doc_id"], pos["key"], pos["value"], pos["value_high"], pos["unit"]
    n_rest = len(rest)

    def rows() -> Iterator[Row]:
        columns = [_column_values(ind, c) for c in ind_cols]
        for rec in zip(*columns):
            r = info.get(str(rec[i_doc]), {})
            fmt = None if _is_na(rec[i_value]) else _number_format(rec[i_value], rec[i_unit], rec[i_high])
            key = rec[i_key]
            values = [rec[i_doc], r.get("region"), r.get("report_year"), r.get("issuer"), r.get("level")]
            fmts: list[str | None] = [None] * 5
            for c in main[1:]:
                v = rec[pos[c]]
                if c == "key":
                    v = None if _is_na(v) else keys.get(str(v), (str(v), ""))[0]
                elif c in coders:
                    v = coders[c](v)
                values.append(v)
                fmts.append(fmt if c in ("value", "value_high") else None)
            values.append(key)
            values.extend(rec[len(main):])
            fmts.extend([None] * (1 + n_rest))
            yield values, fmts

    return _Table(_TIDY_SHEET, headers, len(ind), rows)


def _wide_tables(ind: pd.DataFrame, info: Mapping[str, Mapping[str, Any]], docs: list[str]) -> list[_Table]:
    """宽表: one row per report, one column per canonical key (the key's first figure in the report).

    Past Excel's column limit the keys continue on ``宽表 (2)`` …, each sheet repeating the report columns.
    """
    keys = _key_labels()
    sub = ind.loc[ind["key"].notna(), ["doc_id", "key", "value"]] if len(ind) else ind[["doc_id", "key", "value"]]
    first: dict[tuple[str, str], Any] = {}
    for d, k, v in sub.astype(object).itertuples(index=False, name=None):
        first.setdefault((str(d), str(k)), v)
    present = {k for _d, k in first}
    order = [k for k in keys if k in present] + sorted(present - set(keys))
    id_cols = [c for c in _REPORT_COLUMNS]
    id_headers = [_label("metadata", c) for c in id_cols]
    id_headers[id_cols.index("level")] = "层级"
    per = _MAX_COLS - len(id_cols)
    chunks = [order[i:i + per] for i in range(0, len(order), per)] or [[]]
    tables = []
    for n, chunk in enumerate(chunks, start=1):
        headers = id_headers + [f"{keys[k][0]}（{keys[k][1]}）" if k in keys and keys[k][1]
                                else keys.get(k, (k, ""))[0] for k in chunk]
        units = [keys.get(k, ("", ""))[1] for k in chunk]

        def rows(chunk: list[str] = chunk, units: list[str] = units) -> Iterator[Row]:
            for d in docs:
                r = info.get(d, {"doc_id": d})
                vals = [first.get((d, k)) for k in chunk]
                values = [r.get(c) for c in id_cols] + vals
                fmts = [None] * len(id_cols) + [None if _is_na(v) else _number_format(v, u)
                                                for v, u in zip(vals, units)]
                yield values, fmts

        title = _WIDE_SHEET if n == 1 else f"{_WIDE_SHEET} ({n})"
        tables.append(_Table(title, headers, len(docs), rows))
    return tables


def _schema_table(table: str, df: pd.DataFrame) -> _Table:
    """One schema table as a sheet: Chinese headers, coded values in Chinese, numbers formatted by unit."""
    label, _desc, cols = schema.TABLES[table]
    headers = [_label(table, c) for c in df.columns]
    coders = {c: _coded(table, c) for c in df.columns}
    numeric = [c for c in df.columns if str(df[c].dtype) in ("Float64", "Int64") or df[c].dtype.kind in "fi"]
    unit_col = "unit" if table == "indicators" and "unit" in df.columns else None
    cols_list = list(df.columns)

    def rows() -> Iterator[Row]:
        columns = [_column_values(df, c) for c in cols_list]
        units = _column_values(df, unit_col) if unit_col else None
        for i, rec in enumerate(zip(*columns)):
            values, fmts = [], []
            for c, v in zip(cols_list, rec):
                if c in numeric and not _is_na(v) and c in ("value", "value_high", "expected", "reported"):
                    fmts.append(_number_format(v, units[i] if units is not None else None))
                else:
                    fmts.append(None)
                values.append(coders[c](v))
            yield values, fmts

    status_col = cols_list.index("status") + 1 if "status" in cols_list else None
    return _Table(label, headers, len(df), rows, status_col)


def _overview_rows(tables: Mapping[str, pd.DataFrame], overview: Mapping[str, Any] | None, docs: list[str],
                   notes: list[str]) -> list[tuple[list[Any], list[str | None], str | None]]:
    """The 概览 sheet as rows (values, formats, font): stacked blocks of a title, a header and rows.

    Every block has a fixed number of columns, whatever the number of reports (Excel's column limit):
    one report shows its metadata as field/value rows, several reports show totals (per-report rows are in
    the 宽表 and 元数据 sheets).
    """
    out: list[tuple[list[Any], list[str | None], str | None]] = []

    def block(title: str, header: Sequence[str], rows: list[Sequence[Any]], counts: bool = True) -> None:
        out.append(([title], [], "bold"))
        out.append((list(header), [], "bold"))
        if not rows:
            out.append((["（无）"], [], None))
        for r in rows:
            fmts = [_COUNT_FORMAT if counts and isinstance(v, numbers.Integral) and not isinstance(v, bool)
                    else None for v in r]
            out.append((list(r), fmts, None))
        out.append(([], [], None))

    if overview:
        block("摘要", ["项目", "值"], [[str(k), v] for k, v in overview.items()], counts=False)
    many = len(docs) > 1

    meta = tables["metadata"]
    if many:
        years = sorted({int(y) for y in meta["report_year"].dropna()}) if len(meta) else []
        regions = meta["region"].dropna().nunique() if len(meta) else 0
        block("报告", ["项目", "值"], [["报告数", len(meta)], ["地区数", int(regions)],
                                      ["报告年度", "、".join(map(str, years)) or None]])
    else:
        labels = {c: _label("metadata", c) for c in meta.columns}
        coders = {c: _coded("metadata", c) for c in meta.columns}
        coders["metadata_source"] = schema.metadata_source_zh  # 页眉：索引号、文号；… for the reader
        rows = [[labels[c], coders[c](meta[c].iloc[0])] for c in meta.columns] if len(meta) else []
        block("元数据", ["字段", "值"], rows, counts=False)

    ind = tables["indicators"]
    cat_label = _coded("indicators", "category")
    counts: dict[str, int] = {}
    for cat in ind["category"].astype(object):
        name = _UNCATEGORISED if _is_na(cat) else cat_label(cat)
        counts[name] = counts.get(name, 0) + 1
    cats = [cat_label(c) for c in schema.CATEGORIES] + ([_UNCATEGORISED] if _UNCATEGORISED in counts else [])
    n_keyed = int(ind["key"].notna().sum()) if len(ind) else 0
    block("指标类别统计", ["指标类别", "数量"], [[c, counts.get(c, 0)] for c in cats] + [["合计", len(ind)],
                                                                               ["其中有规范指标", n_keyed]]
          if len(ind) else [])

    status = _coded("checks", "status")
    order = list(schema.STATUSES)
    for t, title, id_col in (("checks", "一致性检查", "check_id"), ("compliance", "合规评分", "item")):
        df = tables[t]
        if many or t == "checks":
            # status counts: per rule/item when several reports, else overall
            ids = _coded(t, id_col)  # the rule or item in Chinese
            tally: dict[str, dict[str, int]] = {}
            for i, s in zip(df[id_col].astype(object), df["status"].astype(object)):
                tally.setdefault(str(ids(i)), {}).setdefault(str(s), 0)
                tally[str(ids(i))][str(s)] += 1
            rows = [[k] + [v.get(s, 0) for s in order] for k, v in tally.items()]
            block(f"{title}结果统计", ["规则" if t == "checks" else _label(t, id_col)] + [status(s) for s in order],
                  rows)
        if not many:  # the detail says in Chinese what the check_id and evidence say in codes
            cols = [c for c in ("item", "status", "expected", "reported", "detail") if c in df.columns]
            sel = df if t == "compliance" else df[df["status"].astype(object).isin(["fail", "warn"])]
            coders = {c: _coded(t, c) for c in cols}
            rows = [[coders[c](v) for c, v in zip(cols, r)] for r in sel[cols].itertuples(index=False, name=None)]
            block("未通过或需提示的检查" if t == "checks" else title, [_label(t, c) for c in cols], rows)

    notes = [*notes, "宽表：每份报告一行，每个规范指标一列，取该指标在报告中首次出现的数值；限定词（余、以上、约）见“指标”表。",
             "指标说明：每个规范指标的代码、中文名称、单位和统计口径（同比增减、上年数、目标数不计入指标）。",
             "数值格式：件数等计数不带小数，百分比为“0.00%”，金额保留两位小数；早于1900年3月1日的日期以文本写出。"]
    block("说明", ["说明"], [[n] for n in notes])
    return out


def _write_overview(wb: Any, rows: list[tuple[list[Any], list[str | None], str | None]], fonts) -> None:
    ws = wb.create_sheet(_OVERVIEW_SHEET)
    cells = _Cells(ws, fonts)
    # widths from every row except the free-text notes at the end
    prepared = [cells.row(v, f, font) for v, f, font in rows]
    cells.widths[1] = min(cells.widths.get(1, 0), 40)
    cells.set_widths()
    for r in prepared:
        ws.append(r)


def _normalised_zip(src_path: Path, out: Any, inject: Mapping[str, Path] | None = None) -> None:
    """Copy an xlsx/pptx zip with fixed timestamps, attributes and a stable entry order (streamed).

    ``inject`` maps an entry (a worksheet) to a file of ``<row>`` elements written at the end of its
    ``<sheetData>``.
    """
    import shutil

    inject = inject or {}
    with zipfile.ZipFile(src_path) as src:
        names = src.namelist()
        first = [n for n in ("[Content_Types].xml", "_rels/.rels") if n in names]
        order = first + sorted(n for n in names if n not in first)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as dst:
            for name in order:
                info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 0
                info.external_attr = 0
                size = src.getinfo(name).file_size
                body = inject.get(name)
                if body is None:
                    info.file_size = size
                    with src.open(name) as fin, dst.open(info, "w", force_zip64=size > 2**31) as fout:
                        shutil.copyfileobj(fin, fout, 1 << 20)
                    continue
                frame = src.read(name)
                cut = frame.rfind(b"</sheetData>")
                if cut < 0:
                    raise ValueError(f"{name}: no <sheetData> to write the rows into")
                size += body.stat().st_size
                info.file_size = size
                with open(body, "rb") as fin, dst.open(info, "w", force_zip64=size > 2**31) as fout:
                    fout.write(frame[:cut])
                    shutil.copyfileobj(fin, fout, 1 << 20)
                    fout.write(frame[cut:])


def reproducible_zip(src: str | Path, dest: str | Path, *, inject: Mapping[str, Path] | None = None) -> Path:
    """Rewrite the zip-based Office file ``src`` into ``dest`` with fixed entry dates and a sorted order.

    The same content gives the same bytes on every run; ``dest`` is written atomically. ``inject``: see
    :func:`_normalised_zip`.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp, "xb") as fh:
            _normalised_zip(Path(src), fh, inject)
        os.replace(tmp, dest)
    finally:
        if tmp.exists():
            tmp.unlink()
    return dest


def write_excel(
    tables: Mapping[str, pd.DataFrame],
    path: str | Path,
    *,
    overview: Mapping[str, Any] | None = None,
) -> Path:
    """Write an analyst's workbook: 概览, 指标 (tidy), 宽表 (wide), one sheet per other schema table, 指标说明,
    数据字典.

    - 指标: one row per figure with 地区, 报告年度, 发布机构 and 层级 of its report, category, indicator,
      measure, qualifier and direction in Chinese, value, unit and the sentence: ready for a pivot table.
      It holds every column of the indicators table (ids and offsets at the right), in its place.
    - 宽表: one row per report, one column per canonical key (headers from the catalog's ``label_zh``).
    - 指标说明: every canonical key with its Chinese name, units and definition (the catalog's 统计口径).
    - Headers are the schema's Chinese labels, bold, frozen, with an autofilter; coded values (statuses,
      parts, qualifiers …) are written in Chinese, statuses coloured by conditional formatting.
    - Numbers stay numbers: ``#,##0`` for counts, ``0.00"%"`` for percentages, ``#,##0.00`` for amounts.
      Dates are Excel dates (``yyyy-mm-dd``) from 1900-03-01 on, earlier ones ISO text.
    - Every string is stored as text, never as a formula (``=HYPERLINK(...)`` cannot run); characters XML
      cannot hold become U+FFFD; text past Excel's 32 767 characters per cell is cut.
    - Excel's limits hold: a table longer than 1,048,576 rows continues on ``<sheet> (2)`` …, noted in
      概览; no sheet has a column per report.
    - Written with openpyxl's write-only (streaming) mode: memory does not grow with the row count.
    - The same input gives a byte-identical file.

    Args:
        tables: schema table name -> DataFrame; missing tables are written as empty sheets.
        path: the ``.xlsx`` file to write; parent folders are created.
        overview: extra key/value rows shown at the top of 概览.

    Returns:
        The path written.

    Raises:
        schema.SchemaError: an unknown table name or a table that does not match its declaration.
    """
    import tempfile

    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.writer.excel import ExcelWriter

    full = {t: _enforced(t, df) for t, df in tables.items()}  # validates every name first
    full = {t: full[t] if t in full else schema.empty(t) for t in schema.TABLES}
    ind = full["indicators"]
    info = _report_info(full["metadata"])
    docs = _doc_ids(full)

    specs = [_tidy_table(ind, info), *_wide_tables(ind, info, docs)]
    # the indicators table is the 指标 sheet (all its columns, codes in Chinese): not written twice
    specs += [_schema_table(t, full[t]) for t in schema.TABLES if t != "indicators"]
    keys = indicator_sheet()
    specs.append(_Table(_KEYS_SHEET, list(keys.columns), len(keys),
                        lambda: ((list(r), ()) for r in keys.itertuples(index=False, name=None))))
    dd = data_dictionary_sheet()
    specs.append(_Table(_DICTIONARY_SHEET, list(dd.columns), len(dd),
                        lambda: ((list(r), ()) for r in dd.itertuples(index=False, name=None))))
    notes = [f"“{s.title}”共{s.n_rows:,}行，超过Excel每表{_MAX_ROWS - 1:,}行数据的上限，依次分在"
             + "、".join(f"“{t}”" for t in s.sheet_titles()) + "。" for s in specs if len(s.sheet_titles()) > 1]

    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    # The rows of every sheet go to files of <row> elements in a temporary folder next to the output; openpyxl
    # (ExcelWriter directly: Workbook.save() would stamp `modified` with the current time) writes the rest
    # to an uncompressed zip there, which is then copied entry by entry with fixed dates, the rows spliced in.
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".xlsx-") as tmpdir:
        tmp = Path(tmpdir)
        wb = Workbook(write_only=True)
        fonts = {"bold": Font(bold=True)}
        _write_overview(wb, _overview_rows(full, overview, docs, notes), fonts)
        bodies: dict[Any, Path] = {}
        for spec in specs:
            _write_table(wb, spec, fonts, bodies, tmp)

        props = wb.properties
        props.creator = "fazhi_analysis"
        props.last_modified_by = "fazhi_analysis"
        props.created = _FIXED_TIME
        props.modified = _FIXED_TIME

        raw = tmp / "raw.xlsx"
        with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
            ExcelWriter(wb, archive).write_data()
        reproducible_zip(raw, out, inject={ws.path.lstrip("/"): body for ws, body in bodies.items()})
    return out
