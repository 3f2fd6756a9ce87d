"""Small helpers the notebooks share: locate the sample report, search figures and paragraphs, key tables."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from . import schema

SAMPLE_NAME = "qingxi_county_2019.txt"
_REPORT_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf")
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


# ---------------------------------------------------------------------------------------------- many reports
COMPLIANCE_LABELS = {**PART_LABELS, "timeliness": "按时报送"}


def default_folder(raw_dir: str | os.PathLike | None = None) -> Path:
    """The folder the corpus notebook reads by default: the folder of :func:`default_report` (``data/raw``).

    Raises:
        FileNotFoundError: no report file in any of the folders :func:`default_report` looks in.
    """
    return default_report(raw_dir).parent


def _labels(corpus: Any) -> pd.Series:
    from .plots import report_labels

    return report_labels(corpus.metadata)


def corpus_summary(corpus: Any) -> str:
    """One line: how many files were read, parsed and failed, and how many figures the reports give."""
    n_ok, n_bad = len(corpus.metadata), len(corpus.errors)
    keyed = int(corpus.indicators["key"].notna().sum())
    return (f"共读取 {n_ok + n_bad} 个文件：解析成功 {n_ok} 份报告，失败 {n_bad} 个；"
            f"共 {len(corpus.indicators)} 条数据，其中 {keyed} 条对应规范指标。")


def failed_files(corpus: Any, folder: str | os.PathLike | None = None) -> pd.DataFrame:
    """The files that could not be parsed (文件, 原因), named relative to ``folder`` when they lie below it."""
    def name(src: str) -> str:
        if folder is not None:
            try:
                return Path(src).resolve().relative_to(Path(folder).resolve()).as_posix()
            except ValueError:
                pass
        return str(src)

    err = corpus.errors
    return pd.DataFrame({"文件": [name(s) for s in err["source"]], "原因": list(err["error"])},
                        columns=["文件", "原因"])


def report_list(corpus: Any) -> pd.DataFrame:
    """One row per report: its short label (as in charts), region, year, issuer, title and document number."""
    meta = corpus.metadata
    cols = ["region", "report_year", "issuer", "title", "doc_number"]
    out = meta[cols].rename(columns=schema.labels("metadata")).astype(object)
    out = out.where(meta[cols].notna().to_numpy(), "—")
    out.insert(0, "报告", list(_labels(corpus)))
    out.index = pd.Index(list(meta["doc_id"].astype(object)), name="doc_id")
    return out


def figures_by_category_per_report(corpus: Any) -> pd.DataFrame:
    """Count of figures per report (rows, short labels) and category (columns, Chinese labels), with totals."""
    from .plots import UNCATEGORISED, _category_labels

    names = _category_labels()
    labels = _labels(corpus)
    ind = corpus.indicators
    cat = ind["category"].astype(object)
    col = cat.map(lambda c: names.get(c, c) if isinstance(c, str) else UNCATEGORISED)
    row = ind["doc_id"].astype(object).map(labels)
    order = [names.get(c, c) for c in schema.CATEGORIES] + [UNCATEGORISED]
    table = pd.crosstab(pd.Categorical(row, categories=list(labels)), pd.Categorical(col, categories=order),
                        dropna=False)
    table = table.loc[:, [c for c in order if c in table.columns and table[c].sum()]]
    table["合计"] = table.sum(axis=1)
    table.index.name, table.columns.name = "报告", None
    table.loc["合计"] = table.sum(axis=0)
    return table.astype(int)


def key_coverage(corpus: Any) -> pd.DataFrame:
    """Every canonical key given by at least one report: its label and how many reports give it, most first."""
    from .plots import _catalog_labels

    names = _catalog_labels()
    ind = corpus.indicators
    keyed = ind.loc[ind["key"].notna(), ["doc_id", "key"]].astype(object)
    n = len(corpus.metadata)
    counts = keyed.drop_duplicates().groupby("key")["doc_id"].nunique()
    rows = sorted(((str(k), int(c)) for k, c in counts.items()), key=lambda kc: (-kc[1], kc[0]))
    return pd.DataFrame([{"key": k, "指标": names.get(k, k), "报告数": c, "覆盖": f"{c}/{n}"} for k, c in rows],
                        columns=["key", "指标", "报告数", "覆盖"])


def _headers(keys: list[str], labels: bool) -> list[str]:
    """Column headers for ``keys``: catalog labels (the key itself where there is none, or when two collide)."""
    if not labels:
        return keys
    from .plots import _catalog_labels

    names = _catalog_labels()
    heads = [names.get(k, k) for k in keys]
    return [h if heads.count(h) == 1 else k for h, k in zip(heads, keys)]


def coverage_matrix(corpus: Any, keys: Iterable[str] | None = None, mark: str = "●", blank: str = "·",
                    labels: bool = True) -> pd.DataFrame:
    """Which report gives which key: reports as rows (short labels), keys as columns, ``mark`` where given.

    Args:
        corpus: the corpus.
        keys: the keys to show, in this order; default every key some report gives (most reported first).
        mark: cell text where the report gives the key.
        blank: cell text where it does not.
        labels: head the columns with the keys' Chinese labels instead of the keys.
    """
    ind = corpus.indicators
    keys = list(key_coverage(corpus)["key"]) if keys is None else list(keys)
    given = set(zip(ind["doc_id"].astype(object), ind["key"].astype(object)))
    rows = _labels(corpus)
    data = [[mark if (d, k) in given else blank for k in keys] for d in rows.index]
    return pd.DataFrame(data, index=pd.Index(list(rows), name="报告"), columns=_headers(keys, labels))


def key_values(corpus: Any, keys: Iterable[str]) -> pd.DataFrame:
    """Long table of ``keys`` per report: the figure as charted (first level figure, qualifier kept) or 缺失.

    Columns: doc_id, 报告 (short label), key, 指标 (catalog label), value, unit, qualifier, 数值 (labelled
    with its unit, e.g. ``7.4万余件``, ``95%以上``), 原文.
    """
    from .plots import _catalog_labels, _vlabel, report_values

    keys = list(keys)
    names = _catalog_labels()
    labels = _labels(corpus)
    values = report_values(corpus, keys)
    rows = []
    for d, lab in labels.items():
        for k in keys:
            v = values[d][k]
            rows.append({"doc_id": d, "报告": lab, "key": k, "指标": names.get(k, k),
                         "value": v.value if v else None, "unit": v.unit if v else "",
                         "qualifier": v.qualifier if v else "", "数值": _vlabel(v, with_unit=True) if v else "缺失",
                         "原文": v.raw if v else ""})
    out = pd.DataFrame(rows, columns=["doc_id", "报告", "key", "指标", "value", "unit", "qualifier", "数值", "原文"])
    out["value"] = out["value"].astype("Float64")
    return out


def key_value_table(corpus: Any, keys: Iterable[str], labels: bool = True) -> pd.DataFrame:
    """Reports (rows, short labels) × keys (columns): each figure as labelled in charts, or 缺失.

    Args:
        corpus: the corpus.
        keys: the keys, in column order.
        labels: head the columns with the keys' Chinese labels instead of the keys.
    """
    keys = list(dict.fromkeys(keys))
    long = key_values(corpus, keys)
    if long.empty:
        return pd.DataFrame(columns=_headers(keys, labels), index=pd.Index([], name="报告"))
    table = long.pivot(index="报告", columns="key", values="数值")
    table = table.reindex(index=list(dict.fromkeys(long["报告"])), columns=keys)
    table.columns = _headers(keys, labels)
    return table


def key_spread(corpus: Any, keys: Iterable[str]) -> pd.DataFrame:
    """Per key: how many reports give it, and the reports with the highest and lowest figure (as labelled).

    A tie names the report listed first and how many share the figure (``云岭市2020年等3份 100%``).
    Figures with a qualifier (余, 以上, 约…) are compared by the number reported.
    """
    keys = list(dict.fromkeys(keys))
    long = key_values(corpus, keys)
    n = len(corpus.metadata)
    rows = []
    for k in keys:
        g = long[(long["key"] == k) & long["value"].notna()]
        row = {"key": k, "指标": _headers([k], True)[0], "报告数": f"{len(g)}/{n}", "最高": "—", "最低": "—"}
        if len(g):
            vals = g["value"].astype(float)

            def name(x: float) -> str:
                same = g[vals == x]
                first = same.iloc[0]
                return f"{first['报告']}{f'等{len(same)}份' if len(same) > 1 else ''} {first['数值']}"

            row["最高"], row["最低"] = name(vals.max()), name(vals.min())
        rows.append(row)
    return pd.DataFrame(rows, columns=["key", "指标", "报告数", "最高", "最低"])


def unknown_keys(keys: Iterable[str]) -> list[str]:
    """The keys the indicator catalog does not declare (typos in a notebook's KEYS), each named once."""
    from .plots import _catalog_keys

    known = _catalog_keys()
    return [k for k in dict.fromkeys(keys) if known and k not in known]


def status_by_report(corpus: Any, table: str = "checks") -> pd.DataFrame:
    """Count of rows per report (short labels) and status (不通过, 需核对, 通过, 未检查) of ``checks`` or ``compliance``."""
    from .plots import STATUS_LABELS

    df = getattr(corpus, table)
    labels = _labels(corpus)
    status = pd.Categorical(df["status"].astype(object), categories=list(_STATUS_ORDER))
    rows = pd.Categorical(df["doc_id"].astype(object).map(labels), categories=list(labels))
    out = pd.crosstab(rows, status, dropna=False).reindex(columns=list(_STATUS_ORDER), fill_value=0)
    out.columns = [STATUS_LABELS[s] for s in _STATUS_ORDER]
    out.index.name = "报告"
    out["合计"] = out.sum(axis=1)
    return out


def compliance_matrix(corpus: Any) -> pd.DataFrame:
    """Reports (rows, short labels) × compliance items (columns, Chinese labels): each item's status in Chinese."""
    from .plots import STATUS_LABELS

    comp = corpus.compliance
    labels = _labels(corpus)
    items = list(schema.COMPLIANCE_ITEMS)
    cell = {(str(d), str(i)): STATUS_LABELS.get(str(s), str(s))
            for d, i, s in zip(comp["doc_id"], comp["item"].astype(object), comp["status"].astype(object))}
    data = {COMPLIANCE_LABELS.get(i, i): [cell.get((d, i), "—") for d in labels.index] for i in items}
    return pd.DataFrame(data, index=pd.Index(list(labels), name="报告"))
