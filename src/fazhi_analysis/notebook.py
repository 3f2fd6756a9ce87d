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
                         "结果": [schema.STATUS_LABELS[s] for s in _STATUS_ORDER],
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


PART_LABELS = schema.PART_LABELS


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
COMPLIANCE_LABELS = schema.VALUE_LABELS["item"]


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

    from .errors import reason_zh

    err = corpus.errors
    return pd.DataFrame({"文件": [name(s) for s in err["source"]], "原因": [reason_zh(str(r)) for r in err["error"]]},
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
    """Count of rows per report (short labels) and status (未通过, 提示, 通过, 未检查) of ``checks`` or ``compliance``."""
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


# ---------------------------------------------------------------------------------------------- Chinese views
_COMPLIANCE_ZH = schema.VALUE_LABELS["item"]


def _tables_of(report: Any) -> dict:
    if isinstance(report, dict):
        return report
    if hasattr(report, "_scan"):  # plots._Source: the tables it holds
        return {"metadata": None, "sections": report.sections, "checks": report.checks,
                "compliance": report.compliance}
    return {name: getattr(report, name, None) for name in ("metadata", "sections", "checks", "compliance")}


def _heading_of(sections: pd.DataFrame | None, section_id: int) -> str:
    if sections is None or "section_id" not in sections.columns:
        return ""
    row = sections[sections["section_id"] == section_id]
    if not len(row):
        return ""
    r = row.iloc[0]
    return ("" if pd.isna(r["marker"]) else str(r["marker"])) + ("" if pd.isna(r["heading"]) else str(r["heading"]))


def compliance_zh(report: Any) -> pd.DataFrame:
    """The compliance scorecard in Chinese: 要求, 结果, 依据 (the section heading or the date), plus ``_status``.

    ``_status`` keeps the status code for colouring; everything else is for readers.
    """
    from .plots import STATUS_LABELS

    t = _tables_of(report)
    comp, sections = t.get("compliance"), t.get("sections")
    rows = []
    for item, status, evidence, detail in zip(comp["item"].astype(object), comp["status"].astype(object),
                                              comp["evidence"].astype(object), comp["detail"].astype(object)):
        item, status = str(item), str(status)
        ev = "" if pd.isna(evidence) else str(evidence)
        nums = [int(n) for n in re.findall(r"section (\d+)", ev)]
        if nums:  # the section's heading as printed (the parser's section numbers mean nothing to a reader)
            head = _heading_of(sections, nums[0])
            text = ("见“" + head + "”" if head else f"见第{nums[0]}节") + ("（作为子项）" if "sub-item" in ev else "")
        else:  # checks.py writes the detail in Chinese
            text = "" if pd.isna(detail) else str(detail)
        rows.append({"要求": _COMPLIANCE_ZH.get(item, item), "结果": STATUS_LABELS.get(status, status), "依据": text,
                     "_status": status})
    return pd.DataFrame(rows, columns=["要求", "结果", "依据", "_status"])


def _check_detail_zh(detail: str) -> tuple[str, str]:
    """(rule, explanation) of a check's detail (written in Chinese by checks.py): the rule before the first
    full-width colon, the explanation after it without the ``[start:end]`` offsets."""
    rule, sep, rest = detail.partition("：")
    if not sep:
        rule, rest = "", detail
    rest = re.sub(r"\s*\[\d+:\d+\]", "", rest)
    return rule.strip(), rest.strip()


def checks_zh(report: Any) -> pd.DataFrame:
    """The consistency checks in Chinese: 规则, 结果, 应为, 报告值, 说明 (no offsets), plus ``_status``."""
    from .plots import STATUS_LABELS, format_number

    chk = _tables_of(report).get("checks")
    rows = []
    for status, exp, rep, detail in zip(chk["status"].astype(object), chk["expected"], chk["reported"],
                                        chk["detail"].astype(object)):
        rule, text = _check_detail_zh("" if pd.isna(detail) else str(detail))
        rows.append({"规则": rule or "—", "结果": STATUS_LABELS.get(str(status), str(status)),
                     "应为": "—" if pd.isna(exp) else format_number(round(float(exp), 4)),
                     "报告值": "—" if pd.isna(rep) else format_number(float(rep)), "说明": text, "_status": str(status)})
    return pd.DataFrame(rows, columns=["规则", "结果", "应为", "报告值", "说明", "_status"])


# ---------------------------------------------------------------------------------------------- reader's views
QUALIFIER_ZH = {"exact": "—", "more_than": "余", "at_least": "以上", "about": "约", "less_than": "不足",
                "at_most": "以下"}
MEASURE_ZH = {"level": "数值", "change": "增减", "rank": "排名"}
PART_ZH = schema.PART_LABELS
_STATUS_CSS = {schema.STATUS_LABELS[code]: css for code, css in (
    ("pass", "background-color:#e3f1ea;color:#1e5e42"), ("warn", "background-color:#fbf0d9;color:#7a520c"),
    ("fail", "background-color:#f8dedb;color:#8e2a20"), ("skip", "background-color:#eef0f2;color:#52606d"))}
_TABLE_CSS = [
    {"selector": "", "props": "border-collapse:collapse;font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif;"
                              "font-size:13px;margin:4px 0 12px 0"},
    {"selector": "caption", "props": "caption-side:top;text-align:left;font-weight:bold;color:#1f2933;"
                                     "padding:4px 0;font-size:14px"},
    {"selector": "th", "props": "background-color:#eef2f6;color:#1f2933;text-align:left;padding:5px 10px;"
                                "border-bottom:1px solid #c5ced8;white-space:nowrap"},
    {"selector": "td", "props": "padding:5px 10px;border-bottom:1px solid #e8edf2;text-align:left;"
                                "vertical-align:top"},
    {"selector": "mark", "props": "background-color:#ffe58a;padding:0 1px"},
]


def answer(text: str) -> Any:
    """A one-line answer for the notebook, as Markdown (``**答：** …``)."""
    from IPython.display import Markdown

    return Markdown(f"**答：** {text}")


def note(text: str) -> Any:
    """A short remark for the notebook (what is missing, how to read a table), as Markdown."""
    from IPython.display import Markdown

    return Markdown(f"*{text}*")


def styled(df: pd.DataFrame, caption: str | None = None, *, status: str | None = "结果",
           numbers: Iterable[str] = (), wide: Iterable[str] = ()) -> Any:
    """``df`` as an HTML table for readers: no index, Chinese headers as given, statuses coloured.

    Args:
        df: the table (headers already in Chinese).
        caption: a title above the table.
        status: the column holding 通过/提示/未通过/未检查, coloured by value (ignored if absent).
        numbers: integer columns written with thousands separators.
        wide: columns allowed to wrap (sentences), given a minimum width.

    The table's HTML ids come from its content, so re-running a notebook gives the same output.
    """
    import hashlib

    sty = df.style.hide(axis="index").set_table_styles(_TABLE_CSS)
    sty = sty.set_uuid("fz" + hashlib.sha1(df.to_json(force_ascii=False).encode()
                                           + str(caption).encode()).hexdigest()[:10])
    if caption:
        sty = sty.set_caption(caption)
    if status and status in df.columns:
        sty = sty.map(lambda v: _STATUS_CSS.get(str(v), ""), subset=[status])
    nums = [c for c in numbers if c in df.columns]
    if nums:
        sty = sty.format(lambda v: "—" if pd.isna(v) else f"{int(v):,}", subset=nums)
    for c in wide:
        if c in df.columns:
            sty = sty.set_properties(subset=[c], **{"min-width": "28em", "white-space": "normal"})
    short = [c for c in ("数值", "结果", "限定", "类型", "领域") if c in df.columns]
    if short:
        sty = sty.set_properties(subset=short, **{"white-space": "nowrap"})
    return sty


def _label_of(key: Any, name: Any) -> str:
    """The measured thing, readable: the catalog label of ``key``, else the report's own ``name``."""
    from .plots import _catalog_labels

    if isinstance(key, str) and key:
        lab = _catalog_labels().get(key)
        if lab:
            return lab
    return "" if name is None or pd.isna(name) else str(name)


def highlight(sentence: Any, raw: Any, at: int | None = None, width: int = 90) -> str:
    """HTML of ``sentence`` with the figure ``raw`` marked, cut to about ``width`` characters around it."""
    import html

    s = "" if sentence is None or pd.isna(sentence) else str(sentence)
    r = "" if raw is None or pd.isna(raw) else str(raw)
    i = at if at is not None and 0 <= at <= len(s) - len(r) and s[at:at + len(r)] == r else s.find(r) if r else -1
    if i < 0:
        return html.escape(s if len(s) <= width else s[:width - 1] + "…")
    a = max(0, min(i - (width - len(r)) // 2, len(s) - width))
    b = min(len(s), max(a + width, i + len(r)))
    return (("…" if a else "") + html.escape(s[a:i]) + "<mark>" + html.escape(r) + "</mark>"
            + html.escape(s[i + len(r):b]) + ("…" if b < len(s) else ""))


def _sentence_offsets(report: Any, ind: pd.DataFrame) -> list[int | None]:
    """Where each figure starts within its sentence (None when the report text is not at hand)."""
    text = getattr(report, "text", None)
    out: list[int | None] = []
    for sent, start in zip(ind["sentence"], ind["start"]):
        if not isinstance(text, str) or pd.isna(sent) or pd.isna(start):
            out.append(None)
            continue
        s, start = str(sent), int(start)
        lo = max(0, start - len(s))
        j = text.find(s, lo, start + len(s) + 1)
        out.append(start - j if j >= 0 and j <= start else None)
    return out


def figures_frame(report: Any, ind: pd.DataFrame | None = None) -> pd.DataFrame:
    """Indicator rows for readers: 指标, 领域, 数值 (unit and qualifier kept), 限定, 类型, 原文 (figure marked)."""
    from .plots import _category_labels, value_label

    ind = report.indicators if ind is None else ind
    cats = _category_labels()
    at = _sentence_offsets(report, ind)
    rows = []
    for i, r in enumerate(ind.itertuples(index=False)):
        measure = None if pd.isna(r.measure) else str(r.measure)
        if measure == "level" and not pd.isna(r.value):
            shown = value_label(r.value, "" if pd.isna(r.unit) else str(r.unit),
                                "exact" if pd.isna(r.qualifier) else str(r.qualifier),
                                None if pd.isna(r.value_high) else r.value_high)
        else:
            shown = str(r.raw)
        rows.append({"指标": _label_of(r.key, r.name) or "—",
                     "领域": cats.get(str(r.category), str(r.category)) if not pd.isna(r.category) else "未分类",
                     "数值": shown,
                     "限定": QUALIFIER_ZH.get(str(r.qualifier), str(r.qualifier)) if not pd.isna(r.qualifier) else "—",
                     "类型": MEASURE_ZH.get(measure, measure or "—"),
                     "原文": highlight(r.sentence, r.raw, at[i])})
    return pd.DataFrame(rows, columns=["指标", "领域", "数值", "限定", "类型", "原文"])


def figures_view(report: Any, pattern: str | None = None, *, keyed: bool = False, category: str | None = None,
                 caption: str | None = None) -> Any:
    """A Styler of the report's figures: those whose sentence matches ``pattern`` (a regular expression),
    only figures with a canonical indicator if ``keyed``, only one area if ``category`` (Chinese or code).

    An empty result is a Chinese sentence saying what was not found.
    """
    ind = report.indicators
    mask = pd.Series(True, index=ind.index)
    if pattern:
        sent = ind["sentence"].astype(object).where(ind["sentence"].notna(), "")
        mask &= sent.map(lambda t: re.search(pattern, str(t)) is not None).astype(bool)
    if keyed:
        mask &= ind["key"].notna().astype(bool)
    if category:
        from .plots import _category_labels

        codes = {category} | {k for k, v in _category_labels().items() if v == category}
        mask &= ind["category"].astype(object).isin(codes).astype(bool)
    sub = ind.loc[mask]
    if not len(sub):
        what = f"原文含“{pattern}”的" if pattern else ""
        return note(f"报告中没有{what}{'规范指标' if keyed else '数据'}。")
    return styled(figures_frame(report, sub), caption, wide=["原文"])


def key_frame(report: Any, keys: Iterable[str]) -> pd.DataFrame:
    """One row per key for readers: 指标 (catalog label), 数值 (unit, qualifier) and 原文, or 报告未提供."""
    from .plots import _Source, _vlabel

    src = _Source(report)
    ind = report.indicators
    rows = []
    for k in keys:
        v = src.get(k)
        if v is None:
            rows.append({"指标": src.label(k), "数值": "报告未提供", "原文": ""})
            continue
        hit = ind[(ind["key"] == k) & (ind["raw"] == v.raw)].head(1)
        at = _sentence_offsets(report, hit)[0] if len(hit) else None
        rows.append({"指标": src.label(k), "数值": _vlabel(v),
                     "原文": highlight(hit["sentence"].iloc[0] if len(hit) else v.sentence, v.raw, at)})
    return pd.DataFrame(rows, columns=["指标", "数值", "原文"])


def key_view(report: Any, keys: Iterable[str], caption: str | None = None) -> Any:
    """A Styler of :func:`key_frame`; figures the report does not give are greyed."""
    df = key_frame(report, keys)
    if not len(df):
        return note("没有要列出的指标。")
    sty = styled(df, caption, wide=["原文"])
    return sty.map(lambda v: "color:#9aa5b1" if v == "报告未提供" else "", subset=["数值"])


def given(report: Any, keys: Iterable[str]) -> tuple[list[str], list[str]]:
    """(labels of the keys the report gives, labels of those it lacks)."""
    from .plots import _Source

    src = _Source(report)
    keys = list(keys)
    return ([src.label(k) for k in keys if src.get(k) is not None],
            [src.label(k) for k in keys if src.get(k) is None])


def chart_answer(report: Any, name: str) -> Any:
    """The chart's finding (its title) as the answer, and what the report lacks; Chinese Markdown."""
    from . import plots

    if not plots.has_data(report, name):
        return answer(f"报告未提供{plots.CHARTS[name].title}的数据，未绘图。")
    fig = plots.CHARTS[name].func(report)
    _, lacking = given(report, plots.chart_keys(name)) if plots.CHARTS[name].needs_keys else ([], [])
    return answer(fig.fazhi_text.title + "。" + (f"报告未提供：{'、'.join(lacking)}。" if lacking else ""))


def draw(report: Any, name: str) -> None:
    """Display chart ``name`` if the report gives any of its figures, else say so in Chinese."""
    from IPython.display import display

    from . import plots

    if plots.has_data(report, name):
        display(plots.CHARTS[name].func(report))
    else:
        display(note(f"报告未提供{plots.CHARTS[name].title}的数据，未绘图。"))


def metadata_view(report: Any) -> Any:
    """The report's metadata as 字段 / 内容 (Chinese field names; absent fields say 未识别)."""
    labels = schema.labels("metadata")

    def shown(k: str, v: Any) -> str:
        if v is None or (not isinstance(v, str) and pd.isna(v)):
            return "未识别"
        if k == "metadata_source":
            return schema.metadata_source_zh(v)
        return schema.value_labels("metadata", k).get(str(v), str(v))  # 县级, not county

    rows = [{"字段": labels.get(k, k), "内容": shown(k, v)} for k, v in report.metadata.items()]
    return styled(pd.DataFrame(rows, columns=["字段", "内容"]), "报告基本信息").set_properties(
        subset=["字段"], **{"white-space": "nowrap"})


def sections_frame(report: Any) -> pd.DataFrame:
    """The section tree for readers: 标题 indented by level, 部分 in Chinese, 数据条数 (figures in the section)."""
    secs = report.sections
    counts = report.indicators["section_id"].value_counts()
    rows = []
    for s in secs.itertuples(index=False):
        level = int(s.level) if not pd.isna(s.level) else 1
        marker = "" if pd.isna(s.marker) else str(s.marker)
        heading = "" if pd.isna(s.heading) else str(s.heading)
        rows.append({"层级": level, "标题": "\u3000" * (level - 1) + marker + (heading or "（无标题）"),
                     "部分": PART_ZH.get(str(s.part), "—") if not pd.isna(s.part) else "—",
                     "数据条数": int(counts.get(s.section_id, 0))})
    return pd.DataFrame(rows, columns=["层级", "标题", "部分", "数据条数"])


def status_frame(report: Any) -> pd.DataFrame:
    """Counts of the consistency checks and compliance items by result: 项目, 通过, 提示, 未通过, 未检查, 合计."""
    from .plots import STATUS_LABELS

    rows = []
    for lab, table in (("一致性检查", "checks"), ("法定内容与时限", "compliance")):
        df = getattr(report, table)
        counts = df["status"].astype(object).value_counts()
        row = {"项目": lab, **{STATUS_LABELS[s]: int(counts.get(s, 0)) for s in ("pass", "warn", "fail", "skip")}}
        row["合计"] = len(df)
        rows.append(row)
    return pd.DataFrame(rows, columns=["项目", "通过", "提示", "未通过", "未检查", "合计"])


def checks_view(report: Any, problems_only: bool = False, caption: str | None = None) -> Any:
    """The consistency checks in Chinese (problems first); with ``problems_only`` just 未通过 and 提示."""
    df = checks_zh(report)
    order = {"fail": 0, "warn": 1, "pass": 2, "skip": 3}
    df = df.assign(_o=df["_status"].map(order)).sort_values("_o", kind="stable")
    if problems_only:
        df = df[df["_status"].isin(["fail", "warn"])]
        if not len(df):
            return note("没有未通过或需提示的检查。")
    return styled(df.drop(columns=["_status", "_o"]), caption, wide=["说明"])


def compliance_view(report: Any, caption: str | None = None) -> Any:
    """The compliance scorecard in Chinese: 要求, 结果, 依据."""
    return styled(compliance_zh(report).drop(columns=["_status"]), caption)


# Search and sort for explore(): a few lines of plain script saved with the output (no library to embed,
# works offline in a trusted notebook; without script the whole table still shows, in its scrolling box).
_EXPLORE_JS = """(function () {
  var root = document.getElementById("__ID__");
  if (!root || root.dataset.ready) return;
  root.dataset.ready = "1";
  var input = root.querySelector("input"), count = root.querySelector(".fz-count");
  var body = root.querySelector("tbody"), rows = Array.prototype.slice.call(body.rows);
  function update() {
    var q = input.value.trim().toLowerCase(), n = 0;
    rows.forEach(function (r) {
      var ok = !q || r.textContent.toLowerCase().indexOf(q) >= 0;
      r.style.display = ok ? "" : "none";
      if (ok) n++;
    });
    count.textContent = q ? "共 " + rows.length + " 条，匹配 " + n + " 条" : "共 " + rows.length + " 条";
  }
  function key(r, i) {  // a number as printed (约1.5万件 -> 15000), else the text
    var t = r.cells[i].textContent.trim();
    var m = t.replace(/[,，]/g, "").match(/^[约近超逾]?(-?[0-9]+(?:[.][0-9]+)?)(万|亿)?/);
    return m ? parseFloat(m[1]) * (m[2] === "亿" ? 1e8 : m[2] === "万" ? 1e4 : 1) : t;
  }
  root.querySelectorAll("thead th").forEach(function (th, i) {
    var dir = 1;
    th.style.cursor = "pointer";
    th.title = "点击排序";
    th.addEventListener("click", function () {
      rows.sort(function (a, b) {
        var x = key(a, i), y = key(b, i);
        if (typeof x !== typeof y) return typeof x === "number" ? -1 : 1;  // numbers first, either way
        return (typeof x === "number" ? x - y : String(x).localeCompare(String(y), "zh")) * dir;
      });
      dir = -dir;
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  input.addEventListener("input", update);
})();"""


def explore(df: pd.DataFrame, caption: str | None = None, *, height: str = "32em") -> Any:
    """A searchable, sortable view of ``df``: the :func:`styled` table in a scrolling box, a search field that
    keeps the rows containing what is typed, headers that sort on click.

    The script is a few lines saved with the output: nothing to load, offline, and the notebook stays small (an
    embedded table library costs about 1 MB per notebook). Without script (an untrusted notebook, a static
    viewer) every row still shows. Cells may hold HTML (the marked sentence).

    Args:
        df: the table (headers already in Chinese).
        caption: a title above the table.
        height: the height of the scrolling box (CSS).
    """
    import hashlib

    from IPython.display import HTML

    table = styled(df, caption, wide=["原文"]).to_html()
    uid = "fzx" + hashlib.sha1(table.encode("utf-8")).hexdigest()[:10]
    return HTML(
        f'<div id="{uid}" class="fz-explore">'
        f'<div style="margin:4px 0"><input type="search" placeholder="搜索（任意列）" aria-label="搜索" '
        f'style="padding:3px 6px;width:16em;font-size:13px"> <span class="fz-count" style="color:#52606d;'
        f'font-size:12px">共 {len(df)} 条</span></div>'
        f'<div style="max-height:{height};overflow:auto;border:1px solid #e8edf2">{table}</div></div>'
        f"<script>{_EXPLORE_JS.replace('__ID__', uid)}</script>")


def paragraphs_view(report: Any, pattern: str, width: int = 120) -> Any:
    """Body paragraphs matching ``pattern``: the section heading and the passage, every match marked."""
    import html

    heads = {int(s.section_id): ("" if pd.isna(s.marker) else str(s.marker)) + ("" if pd.isna(s.heading)
                                                                                 else str(s.heading))
             for s in report.sections.itertuples(index=False)}
    rows = []
    for p in report.paragraphs.itertuples(index=False):
        if p.kind != "body":
            continue
        text = str(p.text)
        found = list(re.finditer(pattern, text))
        if not found:
            continue
        a = max(found[0].start() - width // 3, 0)
        b = min(a + width, len(text))
        part = text[a:b]
        marked = re.sub(f"({pattern})", lambda m: "\x00" + m.group(0) + "\x01", part)
        marked = html.escape(marked).replace("\x00", "<mark>").replace("\x01", "</mark>")
        rows.append({"章节": heads.get(int(p.section_id), "—") if not pd.isna(p.section_id) else "—",
                     "提及次数": len(found), "段落": ("…" if a else "") + marked + ("…" if b < len(text) else "")})
    if not rows:
        return note(f"报告正文中没有提到“{pattern}”的段落。")
    return styled(pd.DataFrame(rows, columns=["章节", "提及次数", "段落"]), f"提到“{pattern}”的段落",
                  numbers=["提及次数"], wide=["段落"])


def status_css(value: Any) -> str:
    """CSS colouring a cell that holds a status word (通过, 提示, 未通过, 未检查); empty for anything else."""
    return _STATUS_CSS.get(str(value), "")
