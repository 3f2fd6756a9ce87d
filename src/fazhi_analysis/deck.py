"""Briefing deck: a PowerPoint file (python-pptx) for one report or a folder of reports, byte-reproducible."""

from __future__ import annotations

import datetime as _dt
import io
import math
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from . import schema

__all__ = ["write_deck", "HEADLINE_KEYS"]

# Figures a briefing reader asks for first, in this order; keys the catalog lacks are skipped.
HEADLINE_KEYS = (
    "approval.cases_handled", "approval.items_online", "approval.online_rate", "normative_docs.issued",
    "decisions.major_decisions", "enforcement.penalties", "enforcement.case_file_pass_rate",
    "reconsideration.received", "reconsideration.concluded", "reconsideration.correction_rate",
    "litigation.cases", "litigation.head_appearance_rate", "litigation.loss_rate", "mediation.success_rate",
    "hotline.calls", "hotline.satisfaction_rate", "audit.projects", "capacity.exam_pass_rate",
)
_MIN_KEY_FIGURES = 8  # fewer headline figures than this: fill up with other canonical figures
_MAX_TABLE_ROWS = 12  # rows per table slide; longer tables continue on the next slide
_MAX_LISTED_REPORTS = 60  # a folder deck lists at most this many reports in its tables
_MAX_COMPARED_REPORTS = 30  # …and draws comparison charts only up to this many reports
_MAX_COMPARISONS = 6

_FIXED_TIME = _dt.datetime(2000, 1, 1, 0, 0, 0)
_SLIDE_W, _SLIDE_H = 13.333, 7.5  # inches, 16:9
_MARGIN = 0.5
_FONT = "Microsoft YaHei"  # the usual Chinese UI font of government PCs; viewers substitute when absent
_EA_FONT = "微软雅黑"
_CHART_DPI = 200
_TEXT, _MUTED = "1F2933", "616E7C"
_STATUS_FILL = {"pass": "E3F1EA", "warn": "FBF0D9", "fail": "F8DEDB", "skip": "EEF0F2"}


# ---------------------------------------------------------------------------------------------- data

@dataclass
class _Doc:
    """What the deck needs of one report: its tables and metadata row."""

    tables: Mapping[str, pd.DataFrame]

    @property
    def meta(self) -> dict[str, Any]:
        df = self.tables.get("metadata")
        if df is None or not len(df):
            return {}
        return {k: v for k, v in df.iloc[0].items() if not _na(v)}

    def source_line(self) -> str:
        """``资料来源：发布机构《标题》（文号）``, missing parts left out."""
        m = self.meta
        title = str(m.get("title") or "")
        text = str(m.get("issuer") or "") + (f"《{title}》" if title else "") + (
            f"（{m['doc_number']}）" if m.get("doc_number") else "")
        return "资料来源：" + (text or str(m.get("doc_id") or "报告原文"))


def _na(v: Any) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    return isinstance(v, float) and math.isnan(v)


def _text(v: Any) -> str:
    return "" if _na(v) else str(v)


def _catalog() -> tuple[dict[str, str], list[str]]:
    from .indicators import catalog

    cat = catalog()
    return dict(zip(cat["key"], cat["label_zh"])), list(cat["key"])


def _key_figures(ind: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(category, indicator, figure as printed) of the report's headline figures, first occurrence of each key."""
    from .indicators import CATEGORY_LABELS

    labels, order = _catalog()
    first: dict[str, tuple[str, str]] = {}
    if len(ind):
        sub = ind[ind["key"].notna() & (ind["measure"].astype(object) == "level")]
        for key, cat, raw in zip(sub["key"].astype(object), sub["category"].astype(object), sub["raw"].astype(object)):
            first.setdefault(str(key), (CATEGORY_LABELS.get(cat, _text(cat)), _text(raw)))
    keys = [k for k in HEADLINE_KEYS if k in labels and k in first]
    if len(keys) < _MIN_KEY_FIGURES:
        keys += [k for k in order if k in first and k not in keys][: _MAX_TABLE_ROWS - len(keys)]
    return [(first[k][0], labels.get(k, k), first[k][1]) for k in keys[:_MAX_TABLE_ROWS]]


# ---------------------------------------------------------------------------------------------- charts
# The only place the deck touches plots.py: the chart functions, has_data, compare_reports, scorecard and
# the figure's label (its title, which states the finding). Keep it here so a rework of plots stays local.

def _report_charts(tables: Mapping[str, pd.DataFrame]) -> list[Any]:
    """Every chart of the report that has data, then the scorecard: matplotlib Figures."""
    from . import plots

    figs = [spec.func(tables) for name, spec in plots.CHARTS.items() if plots.has_data(tables, name)]
    if "scorecard" not in plots.CHARTS:
        figs.append(plots.scorecard(tables))
    return figs


def _corpus_charts(tables: Mapping[str, pd.DataFrame], keys: Sequence[str]) -> list[Any]:
    """One comparison chart per key, across the reports."""
    from . import plots

    return [plots.compare_reports(tables, k) for k in keys]


def _finding(fig: Any) -> str:
    """The chart's title (the finding it states)."""
    label = fig.get_label()
    if label:
        return label
    sup = getattr(fig, "_suptitle", None)
    return sup.get_text() if sup is not None else ""


def _png_16x9(fig: Any) -> bytes:
    """The chart as a PNG padded with white to exactly 16:9, without timestamps.

    The slide states the chart's title (its finding) and source line as text, so the picture leaves out
    its own (the chart's subtitle and notes stay); the figure is left as it was.
    """
    from PIL import Image

    from . import plots, style

    hidden = [t for t in fig.texts if t.get_gid() in (plots.TITLE_GID, plots.SOURCE_GID) and t.get_visible()]
    buf = io.BytesIO()
    try:
        for t in hidden:
            t.set_visible(False)
        with style.context():
            fig.savefig(buf, format="png", dpi=_CHART_DPI, metadata=dict(style.PNG_METADATA), facecolor="white",
                        bbox_inches="tight" if hidden else None, pad_inches=0.1)
    finally:
        for t in hidden:
            t.set_visible(True)
    img = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    w, h = img.size
    W, H = (w, math.ceil(w * 9 / 16)) if w * 9 >= h * 16 else (math.ceil(h * 16 / 9), h)
    canvas = Image.new("RGB", (W, H), "white")
    canvas.paste(img, ((W - w) // 2, (H - h) // 2))
    out = io.BytesIO()
    canvas.save(out, format="PNG", optimize=False)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------- slides

class _Deck:
    """A 16:9 presentation with the few slide kinds the briefing uses."""

    def __init__(self):
        from pptx import Presentation
        from pptx.util import Emu

        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = Emu(12_192_000), Emu(6_858_000)  # PowerPoint's 16:9
        self.blank = self.prs.slide_layouts[6]

    def _textbox(self, slide, left, top, width, height, text: str, size: float, *, bold=False, color=_TEXT):
        from pptx.dml.color import RGBColor
        from pptx.util import Inches

        box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
        tf = box.text_frame
        tf.word_wrap = True
        for i, line in enumerate(text.split("\n")):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            run = p.add_run()
            run.text = line
            _font(run, size, bold=bold, color=RGBColor.from_string(color))
        return box

    def _title(self, slide, title: str, source: str | None = None) -> None:
        self._textbox(slide, _MARGIN, 0.3, _SLIDE_W - 2 * _MARGIN, 0.9, title, 24, bold=True)
        if source:
            self._textbox(slide, _MARGIN, _SLIDE_H - 0.45, _SLIDE_W - 2 * _MARGIN, 0.35, source, 10, color=_MUTED)

    def title_slide(self, title: str, lines: Sequence[str]) -> None:
        slide = self.prs.slides.add_slide(self.blank)
        self._textbox(slide, 1.0, 2.2, _SLIDE_W - 2.0, 1.6, title, 32, bold=True)
        self._textbox(slide, 1.0, 4.0, _SLIDE_W - 2.0, 2.5, "\n".join(lines), 16, color=_MUTED)

    def chart_slide(self, title: str, png: bytes, source: str) -> None:
        from pptx.util import Inches

        slide = self.prs.slides.add_slide(self.blank)
        self._title(slide, title, source)
        top, bottom = 1.25, _SLIDE_H - 0.55
        height = bottom - top
        width = height * 16 / 9
        slide.shapes.add_picture(io.BytesIO(png), Inches((_SLIDE_W - width) / 2), Inches(top),
                                 Inches(width), Inches(height))

    def table_slide(self, title: str, header: Sequence[str], rows: Sequence[Sequence[str]],
                    widths: Sequence[float], source: str | None = None,
                    fills: Sequence[Sequence[str | None]] | None = None) -> None:
        from pptx.dml.color import RGBColor
        from pptx.util import Inches

        slide = self.prs.slides.add_slide(self.blank)
        self._title(slide, title, source)
        total = sum(widths)
        width = _SLIDE_W - 2 * _MARGIN
        shape = slide.shapes.add_table(len(rows) + 1, len(header), Inches(_MARGIN), Inches(1.3),
                                       Inches(width), Inches(0.4 * (len(rows) + 1)))
        table = shape.table
        for j, w in enumerate(widths):
            table.columns[j].width = Inches(width * w / total)
        for i, row in enumerate([list(header), *rows]):
            for j, value in enumerate(row):
                cell = table.cell(i, j)
                cell.text = _text(value)
                for p in cell.text_frame.paragraphs:
                    for run in p.runs:
                        _font(run, 13, bold=i == 0,
                              color=RGBColor.from_string("FFFFFF" if i == 0 else _TEXT))
                fill = fills[i - 1][j] if fills and i else None
                if fill:
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = RGBColor.from_string(fill)

    def save(self, path: Path) -> Path:
        from .export import reproducible_zip

        cp = self.prs.core_properties
        cp.author = cp.last_modified_by = "fazhi_analysis"
        cp.title = "法治政府建设年度报告简报"
        cp.created = cp.modified = cp.last_printed = _FIXED_TIME
        cp.revision = 1
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=".pptx-") as tmp:
            raw = Path(tmp) / "raw.pptx"
            self.prs.save(raw)
            return reproducible_zip(raw, path)


def _font(run, size: float, *, bold: bool = False, color=None) -> None:
    """Latin and East Asian typeface, size, weight and colour of a text run."""
    from pptx.util import Pt

    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = _FONT
    if color is not None:
        run.font.color.rgb = color
    rpr = run._r.get_or_add_rPr()
    ea = rpr.find("{http://schemas.openxmlformats.org/drawingml/2006/main}ea")
    if ea is None:
        from lxml import etree

        ea = etree.SubElement(rpr, "{http://schemas.openxmlformats.org/drawingml/2006/main}ea")
    ea.set("typeface", _EA_FONT)


def _pages(rows: list, title: str) -> list[tuple[str, list]]:
    """Split table rows over slides of _MAX_TABLE_ROWS; titles get ``（2/3）`` when there are several."""
    chunks = [rows[i:i + _MAX_TABLE_ROWS] for i in range(0, len(rows), _MAX_TABLE_ROWS)] or [[]]
    if len(chunks) == 1:
        return [(title, chunks[0])]
    return [(f"{title}（{i}/{len(chunks)}）", c) for i, c in enumerate(chunks, start=1)]


def _status_summary(df: pd.DataFrame) -> str:
    labels = schema.value_labels("checks", "status")
    counts = df["status"].astype(object).value_counts() if len(df) else pd.Series(dtype=int)
    parts = [f"{int(counts.get(s, 0))}项{labels[s]}" for s in schema.STATUSES if counts.get(s, 0)]
    return "，".join(parts) if parts else "无"


# ---------------------------------------------------------------------------------------------- one report

def _report_deck(deck: _Deck, doc: _Doc) -> None:
    m = doc.meta
    year = m.get("report_year")
    deck.title_slide(
        str(m.get("title") or m.get("doc_id") or "法治政府建设年度报告"),
        [line for line in (
            f"发布机构：{m['issuer']}" if m.get("issuer") else "",
            f"报告年度：{int(year)}年" if year is not None else "",
            f"文号：{m['doc_number']}" if m.get("doc_number") else "",
            f"发文日期：{m['publish_date']}" if m.get("publish_date") else "",
        ) if line])
    source = doc.source_line()

    ind = doc.tables.get("indicators", schema.empty("indicators"))
    figures = _key_figures(ind)
    n_keyed = int(ind["key"].notna().sum()) if len(ind) else 0
    title = f"关键数据：报告共给出{len(ind)}项数据，{n_keyed}项对应规范指标"
    if figures:
        for t, rows in _pages([list(f) for f in figures], title):
            deck.table_slide(t, ["领域", "指标", "报告原文"], rows, [2, 4, 3], source)
    else:
        deck.table_slide(title, ["说明"], [["报告未给出可对应规范指标的数据"]], [1], source)

    for fig in _report_charts(doc.tables):
        deck.chart_slide(_finding(fig) or "图表", _png_16x9(fig), source)

    _compliance_slides(deck, doc.tables, source)


def _compliance_slides(deck: _Deck, tables: Mapping[str, pd.DataFrame], source: str) -> None:
    """The compliance scorecard as an editable table, coloured by status; the checks summary in its title."""
    comp = tables.get("compliance", schema.empty("compliance"))
    chk = tables.get("checks", schema.empty("checks"))
    items = schema.value_labels("compliance", "item")
    status = schema.value_labels("compliance", "status")
    n_pass = int((comp["status"].astype(object) == "pass").sum()) if len(comp) else 0
    title = f"合规评分：{len(comp)}项要求中{n_pass}项通过；一致性检查{_status_summary(chk)}"
    headings = _section_headings(tables.get("sections", schema.empty("sections")))
    rows, fills = [], []
    for item, st, evidence, detail in zip(comp["item"].astype(object), comp["status"].astype(object),
                                          comp["evidence"].astype(object), comp["detail"].astype(object)):
        ids = [int(n) for n in re.findall(r"section (\d+)", _text(evidence))]
        where = "、".join(f"“{headings[i]}”" for i in ids if headings.get(i))
        rows.append([items.get(item, _text(item)), status.get(st, _text(st)),
                     f"见{where}" if where else _text(detail)[:80]])
        fills.append([None, _STATUS_FILL.get(st), None])
    bad = chk[chk["status"].astype(object).isin(["fail", "warn"])] if len(chk) else chk
    from .checks import rule_label

    for cid, st, detail in zip(bad["check_id"].astype(object), bad["status"].astype(object),
                               bad["detail"].astype(object)):
        label = rule_label(_text(cid))
        rows.append([f"检查：{label}", status.get(st, _text(st)), _explained(detail)[:80]])
        fills.append([None, _STATUS_FILL.get(st), None])
    pages = _pages(list(zip(rows, fills)), title)
    for t, chunk in pages:
        deck.table_slide(t, ["要求", "结果", "说明"], [r for r, _f in chunk] or [["（无）", "", ""]],
                         [3, 1.2, 7], source, [f for _r, f in chunk] or None)


def _section_headings(sections: pd.DataFrame) -> dict[int, str]:
    """section_id -> marker and heading as printed (e.g. ``二、存在的问题和不足``)."""
    out = {}
    for sid, marker, heading in zip(sections["section_id"], sections["marker"].astype(object),
                                    sections["heading"].astype(object)):
        if not _na(sid) and (_text(marker) + _text(heading)):
            out[int(sid)] = _text(marker) + _text(heading)
    return out


def _explained(detail: Any) -> str:
    """A check's detail without the rule (the row names it) and without character offsets."""
    from .notebook import _check_detail_zh

    rule, text = _check_detail_zh(_text(detail))
    return text or rule


# ---------------------------------------------------------------------------------------------- a folder

def _corpus_deck(deck: _Deck, tables: Mapping[str, pd.DataFrame], n_failed: int) -> None:
    """A corpus overview: who reported, headline figures side by side, and the compliance matrix."""
    meta = tables["metadata"]
    years = sorted({int(y) for y in meta["report_year"].dropna()})
    regions = sorted({str(r) for r in meta["region"].dropna()})
    n = len(meta)
    deck.title_slide("法治政府建设年度报告汇总", [
        f"报告：{n}份" + (f"（另有{n_failed}个文件无法解析）" if n_failed else ""),
        f"地区：{len(regions)}个" + (f"（{'、'.join(regions[:8])}{'等' if len(regions) > 8 else ''}）" if regions else ""),
        f"报告年度：{'、'.join(map(str, years))}" if years else "报告年度：未识别",
    ])
    source = f"资料来源：{n}份法治政府建设年度报告"
    listed = meta.head(_MAX_LISTED_REPORTS)
    more = f"；另{n - len(listed)}份见 corpus.xlsx" if n > len(listed) else ""

    comp = tables["compliance"]
    ind = tables["indicators"]
    by_doc_pass = comp[comp["status"].astype(object) == "pass"].groupby("doc_id", observed=True).size() \
        if len(comp) else pd.Series(dtype=int)
    by_doc_items = comp.groupby("doc_id", observed=True).size() if len(comp) else pd.Series(dtype=int)
    by_doc_fig = ind.groupby("doc_id", observed=True).size() if len(ind) else pd.Series(dtype=int)
    rows = []
    for r in listed.itertuples(index=False):
        d = r.doc_id
        rows.append([_text(r.region), "" if _na(r.report_year) else str(int(r.report_year)), _text(r.issuer),
                     _text(r.doc_number), str(int(by_doc_fig.get(d, 0))),
                     f"{int(by_doc_pass.get(d, 0))}/{int(by_doc_items.get(d, 0))}"])
    for t, chunk in _pages(rows, f"报告一览：{n}份报告，{len(regions)}个地区{more}"):
        deck.table_slide(t, ["地区", "年度", "发布机构", "文号", "数据项", "合规通过"], chunk,
                         [2, 1, 3.5, 3, 1.2, 1.3], source)

    labels, _order = _catalog()
    have = ind[ind["key"].notna()].groupby("key", observed=True)["doc_id"].nunique() if len(ind) else pd.Series()
    keys = [k for k in HEADLINE_KEYS if k in labels and have.get(k, 0) >= 2][:_MAX_COMPARISONS]
    if keys and n <= _MAX_COMPARED_REPORTS:
        for fig in _corpus_charts(tables, keys):
            deck.chart_slide(_finding(fig) or "指标对比", _png_16x9(fig), source)

    items = list(schema.COMPLIANCE_ITEMS)
    item_labels = schema.value_labels("compliance", "item")
    status = schema.value_labels("compliance", "status")
    lookup = {(d, i): s for d, i, s in zip(comp["doc_id"].astype(object), comp["item"].astype(object),
                                           comp["status"].astype(object))}
    rows, fills = [], []
    for r in listed.itertuples(index=False):
        label = f"{_text(r.region)}{'' if _na(r.report_year) else int(r.report_year)}" or _text(r.doc_id)
        sts = [lookup.get((r.doc_id, i)) for i in items]
        rows.append([label] + [status.get(s, "") if s else "" for s in sts])
        fills.append([None] + [_STATUS_FILL.get(s) if s else None for s in sts])
    n_all = sum(1 for d in meta["doc_id"] if all(lookup.get((d, i)) in ("pass", "skip") for i in items))
    title = f"合规评分：{n}份报告中{n_all}份各项要求均无问题{more}"
    for t, chunk in _pages(list(zip(rows, fills)), title):
        deck.table_slide(t, ["报告"] + [item_labels[i] for i in items], [r for r, _f in chunk],
                         [2.5] + [1.6] * len(items), source, [f for _r, f in chunk])


# ---------------------------------------------------------------------------------------------- entry point

def write_deck(source: Any, path: str | os.PathLike) -> Path:
    """Write a briefing deck (.pptx) for one report or for many.

    One report (a ``Report``, its ``tables()`` dict, or a file path): a title slide (report, issuer, year,
    document number), a key-figures slide as an editable table, one slide per chart with the chart's
    finding as the slide title, the chart as a 16:9 picture and the source line, and the compliance
    scorecard as a coloured table.

    Many reports (a ``Corpus`` or a folder): a corpus overview, because a briefing on several reports
    is read to compare them: a title slide, the list of reports, headline figures compared across the
    reports (up to 30 reports), and the compliance matrix (report × requirement). Per-report detail is
    one ``fazhi brief FILE`` away.

    The same input gives the same bytes (fixed document properties and zip entry dates).

    Args:
        source: a Report, a Corpus, a ``tables()`` dict, or the path of a report file or folder.
        path: the .pptx file to write; parent folders are created.

    Returns:
        The path written.

    Raises:
        ReportError: a report file that cannot be read, or a folder where no report parsed.
    """
    from .errors import ReportError

    n_failed = 0
    if isinstance(source, (str, os.PathLike)):
        p = Path(source)
        if p.is_dir():
            from .corpus import load_corpus

            corpus = load_corpus(p)
            if not len(corpus):
                raise ReportError(str(p), "no report in this folder could be parsed")
            source = corpus
        else:
            from .report import load_report

            source = load_report(p)
    if hasattr(source, "tables") and hasattr(source, "doc_ids"):  # a Corpus
        n_failed = len(getattr(source, "errors", ()))
        tables = source.tables(extra=False)
        many = len(source) > 1
        if not many:
            tables = source.report_tables(source.doc_ids[0])
    else:
        tables = source.tables() if hasattr(source, "tables") else source
        many = "metadata" in tables and len(tables["metadata"]) > 1
    tables = {t: tables[t] if t in tables else schema.empty(t) for t in schema.TABLES}

    deck = _Deck()
    if many:
        _corpus_deck(deck, tables, n_failed)
    else:
        _report_deck(deck, _Doc(tables))
    return deck.save(Path(path))
