"""Small helpers the notebooks share: locate the sample report, search figures and paragraphs, key tables."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from . import schema

SAMPLE_NAME = "qingxi_county_2019.txt"
_REPORT_SUFFIXES = (".txt", ".html", ".htm", ".docx")
_STATUS_ORDER = ("fail", "warn", "pass", "skip")


def project_root() -> Path:
    """The repository folder (two levels above the package in the src layout)."""
    return Path(__file__).resolve().parents[2]


def default_report(raw_dir: str | os.PathLike | None = None) -> Path:
    """The report the notebooks open by default: the sample in data/raw, else the first report file there.

    Looks in ``raw_dir`` if given, else ``<project>/data/raw`` (found from the package location, not the
    working directory), then ``data/raw`` above the working directory (for a non-editable install).

    Raises:
        FileNotFoundError: no report file in any of those folders.
    """
    candidates = [Path(raw_dir)] if raw_dir is not None else [
        project_root() / "data" / "raw", Path.cwd() / "data" / "raw", Path.cwd().parent / "data" / "raw"]
    for folder in candidates:
        if (folder / SAMPLE_NAME).is_file():
            return (folder / SAMPLE_NAME).resolve()
        files = sorted(p for p in folder.glob("*") if p.suffix.lower() in _REPORT_SUFFIXES and p.is_file()) \
            if folder.is_dir() else []
        if files:
            return files[0].resolve()
    raise FileNotFoundError("no report in " + ", ".join(str(c) for c in candidates))


def section_tree(report: Any) -> str:
    """The section tree as indented text: ``marker heading  [part]`` per section."""
    lines = []
    for s in report.sections.itertuples(index=False):
        level = int(s.level) if not pd.isna(s.level) else 1
        marker = "" if pd.isna(s.marker) else str(s.marker)
        heading = "" if pd.isna(s.heading) else str(s.heading)
        part = "" if pd.isna(s.part) else f"  [{s.part}]"
        lines.append("  " * (level - 1) + f"{marker}{heading}{part}")
    return "\n".join(lines)


def search(indicators: pd.DataFrame, pattern: str, column: str = "sentence",
           columns: Iterable[str] = ("indicator_id", "key", "name", "raw", "unit", "qualifier")) -> pd.DataFrame:
    """Indicator rows whose ``column`` matches the regular expression ``pattern``."""
    text = indicators[column].astype(object).where(indicators[column].notna(), "")
    mask = text.map(lambda t: re.search(pattern, str(t)) is not None).astype(bool)
    return indicators.loc[mask, list(columns)].reset_index(drop=True)


def search_paragraphs(report: Any, pattern: str, width: int = 60) -> pd.DataFrame:
    """Body paragraphs matching ``pattern``: paragraph_id, section_id, and the text around the first match."""
    rows = []
    for p in report.paragraphs.itertuples(index=False):
        if p.kind not in ("body", "heading"):
            continue
        m = re.search(pattern, str(p.text))
        if m:
            a, b = max(m.start() - width // 2, 0), min(m.end() + width // 2, len(p.text))
            rows.append({"paragraph_id": p.paragraph_id, "section_id": p.section_id,
                         "matches": len(re.findall(pattern, str(p.text))),
                         "context": ("…" if a else "") + str(p.text)[a:b] + ("…" if b < len(p.text) else "")})
    return pd.DataFrame(rows, columns=["paragraph_id", "section_id", "matches", "context"])


def key_table(report: Any, keys: Iterable[str]) -> pd.DataFrame:
    """One row per key: Chinese label, the figure as labelled in charts (qualifier kept), raw text, or 缺失."""
    from .plots import _Source, _vlabel

    src = _Source(report)
    rows = []
    for k in keys:
        v = src.get(k)
        rows.append({"key": k, "指标": src.label(k),
                     "数值": _vlabel(v, with_unit=True) if v is not None else "缺失",
                     "原文": v.raw if v is not None else ""})
    return pd.DataFrame(rows, columns=["key", "指标", "数值", "原文"])


def rows_for(report: Any, keys: Iterable[str]) -> pd.DataFrame:
    """The indicator rows behind ``keys`` (every occurrence), with the sentence they come from."""
    keys = list(keys)
    ind = report.indicators
    mask = ind["key"].isin(keys).fillna(False).astype(bool)
    cols = ["indicator_id", "key", "name", "value", "unit", "qualifier", "measure", "raw", "sentence"]
    return ind.loc[mask, cols].reset_index(drop=True)


def report_missing(report: Any, chart: str) -> list[str]:
    """Print which keys of ``chart`` the report lacks (with their labels) and return them."""
    from .plots import _Source, missing

    absent = missing(report, chart)
    src = _Source(report)
    if absent:
        print(f"{chart}: 报告缺少 {len(absent)} 项指标 —",
              "、".join(f"{k}（{src.label(k)}）" for k in absent))
    else:
        print(f"{chart}: 指标齐全")
    return absent


def chart(report: Any, name: str) -> None:
    """Name the keys ``name`` lacks, then display the chart if the report gives any of its figures."""
    from . import plots

    report_missing(report, name)
    if plots.has_data(report, name):
        show(plots.CHARTS[name].func(report))
    else:
        print(f"{name}: 无可绘制的数据，未绘图")


def show(fig) -> None:
    """Display a chart inline (figures from plots are not tracked by pyplot)."""
    from IPython.display import display

    display(fig)


def status_counts(df: pd.DataFrame, by: str = "status") -> pd.DataFrame:
    """Count of rows per status (fail, warn, pass, skip), all statuses listed."""
    counts = df[by].astype(object).value_counts()
    return pd.DataFrame({"status": list(_STATUS_ORDER),
                         "结果": [{"fail": "不通过", "warn": "需核对", "pass": "通过", "skip": "未检查"}[s]
                                for s in _STATUS_ORDER],
                         "count": [int(counts.get(s, 0)) for s in _STATUS_ORDER]})


def problems(df: pd.DataFrame, id_column: str = "check_id") -> pd.DataFrame:
    """Rows with status fail or warn, fails first, with their detail."""
    order = {s: i for i, s in enumerate(_STATUS_ORDER)}
    bad = df[df["status"].astype(object).isin(["fail", "warn"])].copy()
    bad["_o"] = bad["status"].astype(object).map(order)
    cols = [c for c in (id_column, "kind", "status", "expected", "reported", "evidence", "detail") if c in bad.columns]
    return bad.sort_values(["_o", id_column], kind="stable")[cols].reset_index(drop=True)


def labelled(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """``df`` with Chinese column headers from the data dictionary."""
    return df.rename(columns=schema.labels(table))


PART_LABELS = {"achievements": "工作成效", "shortcomings": "存在问题", "responsibility": "履职情况",
               "plans": "工作安排", "other": "其他"}


def figures_by_category_and_part(report: Any) -> pd.DataFrame:
    """Count of figures per category (rows, Chinese labels) and report part (columns), with totals."""
    from .plots import UNCATEGORISED, _category_labels

    ind = report.indicators[["indicator_id", "section_id", "category"]]
    parts = report.sections[["section_id", "part"]].astype({"part": object})
    df = ind.merge(parts, on="section_id", how="left")
    labels = _category_labels()
    df["类别"] = df["category"].astype(object).map(lambda c: labels.get(c, c) if isinstance(c, str) else UNCATEGORISED)
    df["部分"] = df["part"].map(lambda p: PART_LABELS.get(p, p) if isinstance(p, str) else "（章节外）")
    table = pd.crosstab(df["类别"], df["部分"], margins=True, margins_name="合计")
    cols = [c for c in (*PART_LABELS.values(), "（章节外）") if c in table.columns] + ["合计"]
    table = table[cols].sort_values("合计", ascending=False, kind="stable")
    return table.loc[[i for i in table.index if i != "合计"] + ["合计"]]
