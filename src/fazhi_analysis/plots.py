"""Briefing charts: each function takes a Report (or its ``tables()`` dict) and returns a matplotlib Figure.

Every value drawn comes from the report's indicator table (rows with a canonical ``key``); labels come
from the indicator catalog. Qualified figures keep their qualifier (``28818余``, ``93%以上``, ``约300``).
``write_all`` saves every chart that has data as 300-dpi PNG and SVG, byte-identical across rebuilds.
"""

from __future__ import annotations

import functools
import io
import importlib.resources
import math
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter

from . import style
from .style import set_font

__all__ = ["reconsideration_funnel", "audit_by_type", "approval_consolidation", "service_hall", "npc_vs_cppcc",
           "hotline", "mediation", "litigation", "enforcement", "figures_by_category", "scorecard", "write_all",
           "missing", "has_data", "chart_keys", "save_figure", "audit_summary", "category_counts", "value_label",
           "format_number", "set_font", "CHARTS", "CATEGORY_LABELS", "STATUS_LABELS", "compare_reports",
           "report_labels", "report_values"]

# Chinese names of the indicator categories (schema.CATEGORIES); data/categories.csv and indicators.py override.
CATEGORY_LABELS = {
    "functions": "政府职能", "rules": "制度建设", "decisions": "行政决策", "enforcement": "行政执法",
    "emergency": "应急管理", "disputes": "矛盾纠纷化解", "oversight": "权力监督", "digital": "数字政府",
    "capacity": "法治能力", "leadership": "组织领导",
}
UNCATEGORISED = "未分类"

_PCT = {"%", "％"}
_NON_EXACT_NOTE = "注：数值标注保留报告原文的限定词（余、以上、约、不足等），条形按所报数值绘制。"


# --------------------------------------------------------------------------- data access
@dataclass(frozen=True)
class Value:
    """One figure of the report, as charted."""

    key: str
    value: float
    value_high: float | None
    unit: str
    qualifier: str
    raw: str
    name: str


def _isna(x: Any) -> bool:
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


@functools.lru_cache(maxsize=1)
def _catalog() -> pd.DataFrame:
    """The indicator catalog (key, label_zh, …): from ``indicators.catalog()`` if present, else the CSV."""
    try:
        from . import indicators

        fn = getattr(indicators, "catalog", None)
        if callable(fn):
            df = fn()
            if isinstance(df, pd.DataFrame) and "key" in df.columns:
                return df
    except Exception:  # noqa: BLE001 - a catalog we cannot read means: no labels, chart every key
        pass
    try:
        res = importlib.resources.files("fazhi_analysis") / "data" / "catalog.csv"
        if res.is_file():
            with res.open(encoding="utf-8") as fh:
                return pd.read_csv(fh, dtype=str, keep_default_na=False)
    except (OSError, ValueError):
        pass
    return pd.DataFrame({"key": pd.Series([], dtype=str), "label_zh": pd.Series([], dtype=str)})


def _catalog_labels() -> dict[str, str]:
    cat = _catalog()
    if "label_zh" not in cat.columns:
        return {}
    return {str(k): str(v) for k, v in zip(cat["key"], cat["label_zh"]) if not _isna(v) and str(v)}


def _catalog_keys() -> set[str]:
    return {str(k) for k in _catalog()["key"] if not _isna(k)}


def _category_labels() -> dict[str, str]:
    labels = dict(CATEGORY_LABELS)
    try:
        res = importlib.resources.files("fazhi_analysis") / "data" / "categories.csv"
        if res.is_file():
            with res.open(encoding="utf-8") as fh:
                cat = pd.read_csv(fh, dtype=str, keep_default_na=False)
            labels.update({k: v for k, v in zip(cat["category"], cat["label_zh"]) if v})
    except (OSError, ValueError, KeyError):
        pass
    try:
        from . import indicators

        for name in ("CATEGORY_LABELS", "CATEGORY_LABELS_ZH", "CATEGORIES_ZH"):
            found = getattr(indicators, name, None)
            if isinstance(found, Mapping) and found:
                return {**labels, **{str(k): str(v) for k, v in found.items()}}
    except Exception:  # noqa: BLE001
        pass
    return labels


class _Source:
    """Indicator rows and metadata of a Report or of its ``tables()`` dict."""

    def __init__(self, obj: Any):
        if isinstance(obj, _Source):
            self.ind, self.meta = obj.ind, obj.meta
            return
        if isinstance(obj, Mapping):
            ind = obj.get("indicators")
            meta_df = obj.get("metadata")
            meta: dict = {}
            if isinstance(meta_df, pd.DataFrame) and len(meta_df):
                meta = {k: v for k, v in meta_df.iloc[0].items() if not _isna(v)}
            elif isinstance(meta_df, Mapping):
                meta = {k: v for k, v in meta_df.items() if not _isna(v)}
        elif hasattr(obj, "indicators") and hasattr(obj, "metadata"):
            ind = obj.indicators
            meta = {k: v for k, v in dict(obj.metadata).items() if not _isna(v)}
        else:
            raise TypeError(f"expected a Report or its tables() dict, got {type(obj).__name__}")
        if ind is None:
            ind = pd.DataFrame({"key": pd.Series([], dtype="string")})
        self.ind: pd.DataFrame = ind
        self.meta: dict = meta

    @functools.cached_property
    def _by_key(self) -> dict[str, Value]:
        df = self.ind
        out: dict[str, Value] = {}
        if "key" not in df.columns or not len(df):
            return out
        for row in df.itertuples(index=False):
            key = getattr(row, "key", None)
            if _isna(key) or not key or key in out:
                continue
            measure = getattr(row, "measure", None)
            if not _isna(measure) and measure != "level":
                continue
            value = getattr(row, "value", None)
            if _isna(value):
                continue
            high = getattr(row, "value_high", None)
            unit = getattr(row, "unit", None)
            qual = getattr(row, "qualifier", None)
            raw = getattr(row, "raw", None)
            name = getattr(row, "name", None)
            out[str(key)] = Value(str(key), float(value), None if _isna(high) else float(high),
                                  "" if _isna(unit) else str(unit), "exact" if _isna(qual) else str(qual),
                                  "" if _isna(raw) else str(raw), "" if _isna(name) else str(name))
        return out

    def get(self, key: str) -> Value | None:
        """The first level figure with ``key`` in document order, or None."""
        return self._by_key.get(key)

    def label(self, key: str) -> str:
        """Chinese label of ``key``: the catalog's label_zh, else the report's own name, else the key."""
        lab = _catalog_labels().get(key)
        if lab:
            return lab
        v = self.get(key)
        return v.name if v is not None and v.name else key

    def title_prefix(self) -> str:
        region = self.meta.get("region") or ""
        year = self.meta.get("report_year")
        return f"{region}{int(year)}年" if year is not None and not _isna(year) else str(region)

    def source_line(self) -> str:
        """``资料来源：issuer《title》（doc_number）`` with missing parts left out."""
        issuer = str(self.meta.get("issuer") or "").strip()
        title = str(self.meta.get("title") or "").strip()
        doc = str(self.meta.get("doc_number") or "").strip()
        parts = issuer + (f"《{title}》" if title else "") + (f"（{doc}）" if doc else "")
        return "资料来源：" + (parts or "报告原文")


# --------------------------------------------------------------------------- labels
def _trim(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def format_number(x: float | None) -> str:
    """A number as a briefing writes it: integers plain, round ten-thousands as 万/亿, decimals to 2 places."""
    if x is None or _isna(x):
        return "—"
    x = float(x)
    if x.is_integer():
        n = int(x)
        if abs(n) >= 100_000_000 and n % 1_000_000 == 0:
            return f"{_trim(n / 1e8)}亿"
        if abs(n) >= 100_000 and n % 100 == 0:
            return f"{_trim(n / 1e4)}万"
        return str(n)
    return _trim(x)


def value_label(value: float, unit: str = "", qualifier: str = "exact", value_high: float | None = None, *,
                with_unit: bool = False) -> str:
    """Label of a figure keeping its qualifier: ``28818余``, ``93%以上``, ``约300``, ``不足5%``.

    Args:
        value: the figure (low end of a range).
        unit: its unit; ``%`` is always written, other units only ``with_unit``.
        qualifier: one of schema.QUALIFIERS.
        value_high: the high end of a range (``1-2``).
        with_unit: append the unit (``28818余件``).
    """
    num = format_number(value)
    if value_high is not None and not _isna(value_high):
        num = f"{num}-{format_number(value_high)}"
    pct = unit in _PCT
    u = "%" if pct else (unit if with_unit and unit else "")
    if qualifier == "more_than":
        return f"超过{num}%" if pct else f"{num}余{u}"
    if qualifier == "at_least":
        return f"{num}{u}以上"
    if qualifier == "about":
        return f"约{num}{u}"
    if qualifier == "less_than":
        return f"不足{num}{u}"
    if qualifier == "at_most":
        return f"{num}{u}以下"
    return f"{num}{u}"


def _vlabel(v: Value, with_unit: bool = False) -> str:
    return value_label(v.value, v.unit, v.qualifier, v.value_high, with_unit=with_unit)


def _width(s: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.55 for c in s)


def _wrap(s: str, width: float) -> str:
    """Wrap ``s`` into balanced lines of at most about ``width`` CJK characters (no one-character orphans)."""
    total = _width(s)
    if total <= width:
        return s
    n = math.ceil(total / width)
    target = total / n
    lines, cur = [], ""
    for c in s:
        if cur and len(lines) < n - 1 and _width(cur + c) > target + 0.5:
            lines.append(cur)
            cur = ""
        cur += c
    lines.append(cur)
    return "\n".join(lines)


def _axis_unit(values: list[Value], what: str = "数量") -> tuple[str, bool]:
    """Axis label for ``values`` and whether each bar label must carry its own unit."""
    units = {v.unit for v in values if v.unit}
    if len(units) == 1:
        return f"{what}（{units.pop()}）", False
    return f"{what}（单位见数值标注）", True


# --------------------------------------------------------------------------- figure scaffolding
def _new_figure(ncols: int = 1, width_ratios: list[float] | None = None, slots: int | None = None):
    """A figure whose height grows with the number of bar ``slots`` (so one bar is not a slab)."""
    w, h = style.FIGSIZE
    if slots is not None:
        h = min(h, 1.9 + 0.42 * max(slots, 3))
    fig = Figure(figsize=(w, h), layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(1, ncols, width_ratios=width_ratios, squeeze=False)[0] if ncols else []
    return fig, list(axes)


def _finish(fig: Figure, src: _Source, title: str, notes: list[str]) -> Figure:
    """Title, notes and the source line; reserve room for them below the axes."""
    fig.suptitle(title, x=0.02, ha="left", fontsize=style.TITLE_SIZE, color=style.TEXT)
    width_chars = fig.get_figwidth() * 72 / style.NOTE_SIZE * 0.96
    source = _wrap(src.source_line(), width_chars)
    note = "\n".join(_wrap(line, width_chars) for line in notes)
    line_h = style.NOTE_SIZE * 1.45 / 72 / fig.get_figheight()
    n_source = source.count("\n") + 1
    n_lines = n_source + (note.count("\n") + 1 if note else 0)
    bottom = 0.02 + n_lines * line_h
    fig.get_layout_engine().set(rect=(0, bottom + 0.01, 1, 1 - bottom - 0.01))
    kw = {"fontsize": style.NOTE_SIZE, "color": style.MUTED, "ha": "left", "va": "bottom", "linespacing": 1.3}
    fig.text(0.02, 0.015, source, **kw)
    if note:
        fig.text(0.02, 0.015 + n_source * line_h, note, **kw)
    fig.set_label(title)
    return fig


def _missing_note(src: _Source, keys: list[str]) -> list[str]:
    absent = [k for k in keys if src.get(k) is None]
    return ["注：报告未提供：" + "、".join(src.label(k) for k in absent) + "。"] if absent else []


def _qualifier_note(values: list[Value]) -> list[str]:
    return [_NON_EXACT_NOTE] if any(v.qualifier != "exact" or v.value_high is not None for v in values) else []


def _empty(src: _Source, title: str, keys: list[str]) -> Figure:
    fig, (ax,) = _new_figure(1, slots=1)
    ax.set_axis_off()
    ax.text(0.5, 0.5, "报告未提供本图所需数据", ha="center", va="center", fontsize=style.LABEL_SIZE + 2,
            color=style.MUTED, transform=ax.transAxes)
    return _finish(fig, src, title, _missing_note(src, keys))


def _center(ax, n: int, slots: int | None) -> None:
    """First bar on top; with fewer bars than ``slots`` keep the bar thickness and centre them."""
    pad = max((slots or 0) - n, 0) / 2
    ax.set_ylim(n - 0.5 + pad, -0.5 - pad)


def _log_tick(x: float, _pos=None) -> str:
    if x <= 0:
        return ""
    if x >= 10_000:
        return f"{_trim(x / 1e4)}万"
    return _trim(x)


def _axis_formatter(top: float) -> FuncFormatter:
    """Tick labels in one style per axis: all in 万 when the axis reaches 10万, else plain numbers."""
    if top >= 100_000:
        return FuncFormatter(lambda x, _p: "0" if x == 0 else (f"{_trim(x / 1e4)}万" if x > 0 else ""))
    return FuncFormatter(lambda x, _p: _trim(x) if x >= 0 else "")


def _hbars(ax, items: list[tuple[str, Value]], colors, *, xlabel: str, with_unit: bool = False,
           log: bool = False, label_width: float = 9, slots: int | None = None, nbins: int | str = "auto") -> None:
    """Horizontal bars, first item on top, each labelled with its value (qualifier kept).

    ``log`` asks for a log scale; it is used only when the values span at least a factor of 50.
    """
    ys = list(range(len(items)))
    vals = [v.value for _, v in items]
    positive = [x for x in vals if x > 0]
    log = log and len(positive) >= 2 and max(positive) / min(positive) >= 50
    draw = [max(x, 0) for x in vals]
    if log:
        draw = [x if x > 0 else float("nan") for x in vals]
    bars = ax.barh(ys, draw, color=colors, height=0.62, zorder=2)
    ax.set_yticks(ys, [_wrap(lab, label_width) for lab, _ in items])
    _center(ax, len(items), slots)
    ax.tick_params(axis="y", length=0)
    for bar, x, (_, v) in zip(bars, vals, items):
        ax.annotate(_vlabel(v, with_unit), (max(x, 0) if not log or x > 0 else 1, bar.get_y() + bar.get_height() / 2),
                    xytext=(4, 0), textcoords="offset points", va="center", ha="left",
                    fontsize=style.VALUE_SIZE, color=style.TEXT, zorder=3)
    top = max([x for x in vals if x > 0], default=1)
    if log:
        low = min([x for x in vals if x > 0], default=1)
        ax.set_xscale("log")
        # at least half a decade of bar for the smallest value
        ax.set_xlim(10 ** math.floor(math.log10(low) - 0.5) if low >= 1 else low / 5, top * 8)
        ax.xaxis.set_major_locator(LogLocator(base=10, numticks=6))
        ax.xaxis.set_major_formatter(FuncFormatter(_log_tick))
        ax.xaxis.set_minor_formatter(NullFormatter())
        xlabel += "，对数刻度"
    else:
        ax.set_xlim(0, top * 1.25)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=nbins, steps=[1, 2, 2.5, 5, 10],
                                               integer=all(float(x).is_integer() for x in vals)))
        ax.xaxis.set_major_formatter(_axis_formatter(top * 1.25))
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", color=style.TRACK, linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)


def _rate_bars(ax, items: list[tuple[str, Value]], *, color: str = style.ACCENT, label_width: float = 8,
               slots: int | None = None) -> None:
    """Rates as bars on a 0-100% track, labelled with their values."""
    ys = list(range(len(items)))
    vals = [v.value for _, v in items]
    full = max(100.0, *vals)
    ax.barh(ys, [full] * len(ys), color=style.TRACK, height=0.62, zorder=1)
    ax.barh(ys, vals, color=color, height=0.62, zorder=2)
    ax.set_yticks(ys, [_wrap(lab, label_width) for lab, _ in items])
    _center(ax, len(items), slots)
    ax.tick_params(axis="y", length=0)
    for y, x, (_, v) in zip(ys, vals, items):
        inside = x >= full * 0.45
        ax.annotate(_vlabel(v), (x, y), xytext=(-4 if inside else 4, 0), textcoords="offset points",
                    va="center", ha="right" if inside else "left", fontsize=style.VALUE_SIZE,
                    color="white" if inside else style.TEXT, zorder=3)
    ax.set_xlim(0, full)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _p: f"{x:g}"))
    ax.set_xlabel("比率（%）")
    for side in ("left", "bottom"):
        ax.spines[side].set_color(style.NEUTRAL)


# --------------------------------------------------------------------------- chart registry
@dataclass(frozen=True)
class Chart:
    """A chart: its function, the keys it draws (before catalog filtering) and its Chinese title."""

    func: Callable[..., Figure]
    keys: tuple[str, ...]
    title: str
    needs_keys: bool = True


CHARTS: dict[str, Chart] = {}


def _register(name: str, keys: tuple[str, ...], title: str, needs_keys: bool = True):
    def deco(func):
        CHARTS[name] = Chart(func, keys, title, needs_keys)
        return func
    return deco


def chart_keys(chart: str) -> list[str]:
    """Keys ``chart`` draws: its key list, restricted to keys the catalog declares (when a catalog exists)."""
    spec = CHARTS[chart]
    known = _catalog_keys()
    return [k for k in spec.keys if not known or k in known]


def missing(report: Any, chart: str) -> list[str]:
    """Keys ``chart`` would draw that the report does not give (empty when everything is there).

    Raises:
        KeyError: an unknown chart name.
    """
    if chart not in CHARTS:
        raise KeyError(f"unknown chart {chart!r}; charts: {', '.join(CHARTS)}")
    src = _Source(report)
    if not CHARTS[chart].needs_keys:
        return [] if len(src.ind) else ["indicators"]
    return [k for k in chart_keys(chart) if src.get(k) is None]


def has_data(report: Any, chart: str) -> bool:
    """Whether the report gives at least one figure ``chart`` draws."""
    src = _Source(report)
    if not CHARTS[chart].needs_keys:
        return len(src.ind) > 0
    return any(src.get(k) is not None for k in chart_keys(chart))


def _counts_and_rates(report: Any, chart: str, counts_keys: list[str], rate_keys: list[str], *,
                      log: bool = False, what: str = "数量") -> Figure:
    src = _Source(report)
    keys = chart_keys(chart)
    title = src.title_prefix() + CHARTS[chart].title
    counts = [(src.label(k), src.get(k)) for k in counts_keys if k in keys and src.get(k) is not None]
    rates = [(src.label(k), src.get(k)) for k in rate_keys if k in keys and src.get(k) is not None]
    if not counts and not rates:
        return _empty(src, title, keys)
    ncols = bool(counts) + bool(rates)
    ratios = [3, 2] if ncols == 2 else None
    slots = max(len(counts), len(rates), 3)
    fig, axes = _new_figure(ncols, ratios, slots=slots)
    if counts:
        xlabel, with_unit = _axis_unit([v for _, v in counts], what)
        colors = [style.PRIMARY] * len(counts)
        _hbars(axes[0], counts, colors, xlabel=xlabel, with_unit=with_unit, log=log, slots=slots,
               nbins=4 if rates else "auto")
    if rates:
        _rate_bars(axes[-1], rates, slots=slots)
    values = [v for _, v in counts + rates]
    return _finish(fig, src, title, _missing_note(src, keys) + _qualifier_note(values))


# --------------------------------------------------------------------------- the charts
_RECON_FLOW = ("reconsideration.carried_over", "reconsideration.received", "reconsideration.accepted",
               "reconsideration.rejected", "reconsideration.concluded")
_RECON_OUT = ("reconsideration.upheld", "reconsideration.dismissed", "reconsideration.corrected",
              "reconsideration.terminated")


@_register("reconsideration_funnel", _RECON_FLOW + _RECON_OUT + ("reconsideration.correction_rate",),
           "行政复议案件办理情况")
def reconsideration_funnel(report: Any) -> Figure:
    """Reconsideration cases: carried over, received, accepted, not accepted, concluded, then outcomes.

    Annotated with the reported correction rate (or, when the report gives none, the rate computed
    from corrected ÷ concluded, marked as computed).
    """
    src = _Source(report)
    keys = chart_keys("reconsideration_funnel")
    title = src.title_prefix() + CHARTS["reconsideration_funnel"].title
    def short(k: str) -> str:  # the title says 行政复议: drop it from each bar's label
        lab = src.label(k)
        return lab[4:] if lab.startswith("行政复议") and len(lab) >= 6 else lab

    flow = [(short(k), src.get(k)) for k in _RECON_FLOW if k in keys and src.get(k) is not None]
    out = [(short(k), src.get(k)) for k in _RECON_OUT if k in keys and src.get(k) is not None]
    if not flow and not out:
        return _empty(src, title, keys)
    items = flow + out
    fig, (ax,) = _new_figure(1, slots=len(items))
    colors = [style.PRIMARY] * len(flow) + [style.ACCENT if k == "reconsideration.corrected" else style.SECONDARY
                                            for k in _RECON_OUT if k in keys and src.get(k) is not None]
    xlabel, with_unit = _axis_unit([v for _, v in items], "案件数")
    _hbars(ax, items, colors, xlabel=xlabel, with_unit=with_unit, label_width=11, slots=3)
    if flow and out:
        ax.axhline(len(flow) - 0.5, color=style.NEUTRAL, linewidth=0.8, linestyle=(0, (3, 3)))
    handles = []
    if flow:
        handles.append(Patch(color=style.PRIMARY, label="收案与审结"))
    if any(v.key != "reconsideration.corrected" for _, v in out):
        handles.append(Patch(color=style.SECONDARY, label="审结结果"))
    if any(v.key == "reconsideration.corrected" for _, v in out):
        handles.append(Patch(color=style.ACCENT, label="纠错"))
    # above the axes (left; the correction rate sits on the right), so it never covers a bar or its label
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=len(handles), borderaxespad=0.3,
              handlelength=1.2, columnspacing=1.2, fontsize=style.VALUE_SIZE)
    rate = src.get("reconsideration.correction_rate") if "reconsideration.correction_rate" in keys else None
    corrected, concluded = src.get("reconsideration.corrected"), src.get("reconsideration.concluded")
    box = None
    if rate is not None:
        box = f"{src.label('reconsideration.correction_rate')}：{_vlabel(rate)}"
    elif corrected is not None and concluded is not None and concluded.value > 0:
        box = f"纠错率（按纠错÷审结计算）：{_trim(100 * corrected.value / concluded.value)}%"
    if box:  # above the axes, so it never covers a bar
        ax.set_title(box, loc="right", fontsize=style.LABEL_SIZE, color=style.ACCENT)
    values = [v for _, v in items] + ([rate] if rate is not None else [])
    return _finish(fig, src, title, _missing_note(src, keys) + _qualifier_note(values))


_AUDIT_TOTAL = "audit.projects"
_AUDIT_TYPES = ("audit.budget_execution", "audit.economic_responsibility", "audit.government_investment",
                "audit.village", "audit.special_investigation", "audit.policy_tracking")


def audit_summary(report: Any) -> dict[str, Any]:
    """Audit total, the parts given, their sum and whether they add up (for charts and notebooks)."""
    src = _Source(report)
    keys = chart_keys("audit_by_type")
    total = src.get(_AUDIT_TOTAL) if _AUDIT_TOTAL in keys else None
    parts = [src.get(k) for k in _AUDIT_TYPES if k in keys and src.get(k) is not None]
    parts_sum = sum(v.value for v in parts) if parts else None
    exact = all(v.qualifier == "exact" and v.value_high is None for v in parts + ([total] if total else []))
    unit = (total.unit if total else "") or (parts[0].unit if parts else "")
    if total is not None and parts:
        diff = total.value - parts_sum
        if abs(diff) < 1e-9:
            note = f"分项之和{format_number(parts_sum)}{unit}，与总数一致"
        elif diff > 0:
            note = f"分项之和{format_number(parts_sum)}{unit}，比总数少{format_number(diff)}{unit}（其余类型报告未列明）"
        else:
            note = f"分项之和{format_number(parts_sum)}{unit}，超过总数{format_number(-diff)}{unit}，请核对原文"
        if not exact:
            note += "；含非精确数，仅供参考"
        sums_up = abs(diff) < 1e-9
    elif parts:
        note, sums_up = f"报告未给出审计项目总数；分项之和{format_number(parts_sum)}{unit}", None
    elif total is not None:
        note, sums_up = "报告未按类型列明审计项目", None
    else:
        note, sums_up = "报告未提供审计项目数据", None
    return {"total": total.value if total else None, "parts": {v.key: v.value for v in parts},
            "parts_sum": parts_sum, "sums_to_total": sums_up, "exact": exact, "unit": unit, "note": note}


@_register("audit_by_type", (_AUDIT_TOTAL,) + _AUDIT_TYPES, "审计项目类型构成")
def audit_by_type(report: Any) -> Figure:
    """Audit projects by type with the total, noting whether the types add up to it."""
    src = _Source(report)
    keys = chart_keys("audit_by_type")
    title = src.title_prefix() + CHARTS["audit_by_type"].title
    total = src.get(_AUDIT_TOTAL) if _AUDIT_TOTAL in keys else None
    parts = [(src.label(k), src.get(k)) for k in _AUDIT_TYPES if k in keys and src.get(k) is not None]
    if total is None and not parts:
        return _empty(src, title, keys)
    parts.sort(key=lambda it: -it[1].value)
    items = ([(src.label(_AUDIT_TOTAL), total)] if total is not None else []) + parts
    colors = ([style.ACCENT] if total is not None else []) + [style.PRIMARY] * len(parts)
    fig, (ax,) = _new_figure(1, slots=len(items))
    xlabel, with_unit = _axis_unit([v for _, v in items], "审计项目")
    _hbars(ax, items, colors, xlabel=xlabel, with_unit=with_unit, label_width=10, slots=3)
    if total is not None and parts:
        ax.axhline(0.5, color=style.NEUTRAL, linewidth=0.8, linestyle=(0, (3, 3)))
    summary = audit_summary(src)
    ax.set_title(summary["note"], loc="left", fontsize=style.VALUE_SIZE + 0.5,
                 color=style.GOOD if summary["sums_to_total"] else style.ACCENT)
    return _finish(fig, src, title, _missing_note(src, keys) + _qualifier_note([v for _, v in items]))


@_register("approval_consolidation", ("approval.departments_transferred", "approval.items_transferred",
                                      "approval.staff_transferred", "approval.seals_merged"),
           "相对集中行政许可权改革")
def approval_consolidation(report: Any) -> Figure:
    """Departments, approval items and staff transferred to the approval bureau; seals merged."""
    return _counts_and_rates(report, "approval_consolidation", list(CHARTS["approval_consolidation"].keys), [])


_HALL_COUNTS = ("approval.hall_departments", "approval.items_in_hall", "approval.items_online",
                "approval.items_countywide", "approval.cases_handled")


@_register("service_hall", _HALL_COUNTS + ("approval.hall_entry_rate",), "政务服务大厅与网上办理")
def service_hall(report: Any) -> Figure:
    """Service hall departments and items, online and county-wide items, cases handled (log scale), entry rate."""
    return _counts_and_rates(report, "service_hall", list(_HALL_COUNTS), ["approval.hall_entry_rate"], log=True)


@_register("npc_vs_cppcc", ("oversight.npc_suggestions", "oversight.cppcc_proposals"), "人大代表建议与政协提案办理")
def npc_vs_cppcc(report: Any) -> Figure:
    """NPC deputies' suggestions versus CPPCC members' proposals handled."""
    return _counts_and_rates(report, "npc_vs_cppcc", list(CHARTS["npc_vs_cppcc"].keys), [], what="件数")


@_register("hotline", ("hotline.calls", "hotline.satisfaction_rate"), "政务服务热线")
def hotline(report: Any) -> Figure:
    """Hotline calls with the satisfaction rate."""
    return _counts_and_rates(report, "hotline", ["hotline.calls"], ["hotline.satisfaction_rate"])


@_register("mediation", ("mediation.cases", "mediation.succeeded", "mediation.success_rate"), "人民调解")
def mediation(report: Any) -> Figure:
    """Mediation cases, successes and the success rate."""
    return _counts_and_rates(report, "mediation", ["mediation.cases", "mediation.succeeded"],
                             ["mediation.success_rate"], what="纠纷数")


@_register("litigation", ("litigation.cases", "litigation.head_appearances", "litigation.head_appearance_rate"),
           "行政应诉与负责人出庭")
def litigation(report: Any) -> Figure:
    """Administrative litigation cases, heads appearing in court and the appearance rate."""
    return _counts_and_rates(report, "litigation", ["litigation.cases", "litigation.head_appearances"],
                             ["litigation.head_appearance_rate"], what="案件数")


@_register("enforcement", ("enforcement.staff_trained", "enforcement.case_file_problems"), "行政执法队伍与案卷评查")
def enforcement(report: Any) -> Figure:
    """Enforcement staff trained and problems found in case-file reviews."""
    return _counts_and_rates(report, "enforcement", list(CHARTS["enforcement"].keys), [])


def category_counts(report: Any) -> pd.DataFrame:
    """Number of figures per category (Chinese label), most first; uncategorised figures last."""
    src = _Source(report)
    labels = _category_labels()
    cats = src.ind["category"] if "category" in src.ind.columns else pd.Series([], dtype=object)
    counts = cats.astype(object).where(cats.notna(), None).value_counts(dropna=False)
    rows = [(labels.get(str(c), str(c)) if c is not None and not _isna(c) else UNCATEGORISED, int(n))
            for c, n in counts.items() if n]
    named = sorted([r for r in rows if r[0] != UNCATEGORISED], key=lambda r: (-r[1], r[0]))
    rest = [r for r in rows if r[0] == UNCATEGORISED]
    return pd.DataFrame(named + rest, columns=["类别", "数据条数"])


def _measure_note(ind: pd.DataFrame) -> str:
    if "measure" not in ind.columns:
        return ""
    m = ind["measure"].astype(object)
    parts = [f"{lab}{int((m == k).sum())}条" for k, lab in (("change", "增减变化"), ("rank", "排名")) if (m == k).any()]
    return "，其中" + "、".join(parts) if parts else ""


@_register("figures_by_category", (), "报告数据按领域分布", needs_keys=False)
def figures_by_category(report: Any) -> Figure:
    """Count of figures per category for the whole report, with Chinese category labels."""
    src = _Source(report)
    title = src.title_prefix() + CHARTS["figures_by_category"].title
    df = category_counts(src)
    if df.empty:
        return _empty(src, title, [])
    items = [(lab, Value("", float(n), None, "条", "exact", "", lab)) for lab, n in zip(df["类别"], df["数据条数"])]
    colors = [style.NEUTRAL if lab == UNCATEGORISED else style.PRIMARY for lab, _ in items]
    fig, (ax,) = _new_figure(1, slots=len(items))
    _hbars(ax, items, colors, xlabel="数据条数（条）", label_width=8, slots=3)
    note = [f"注：共{len(src.ind)}条数据" + _measure_note(src.ind) + "。"]
    return _finish(fig, src, title, note)


STATUS_LABELS = {"pass": "通过", "warn": "需核对", "fail": "不通过", "skip": "未检查"}


def _status_table(report: Any, table: str) -> pd.DataFrame | None:
    if isinstance(report, Mapping):
        df = report.get(table)
    else:
        df = getattr(report, table, None)
    return df if isinstance(df, pd.DataFrame) and "status" in df.columns else None


def scorecard(report: Any) -> Figure:
    """Status counts of the consistency checks and of the compliance items, as stacked bars.

    Not part of :func:`write_all`: it shows the parser's audit of the report, not the report's figures.
    """
    with style.context():
        src = _Source(report)
        title = src.title_prefix() + "报告一致性检查与合规评分"
        rows = [(lab, _status_table(report, t)) for lab, t in (("一致性检查", "checks"), ("合规要求", "compliance"))]
        rows = [(lab, df) for lab, df in rows if df is not None and len(df)]
        if not rows:
            return _empty(src, title, [])
        fig, (ax,) = _new_figure(1, slots=3)
        order = ("pass", "warn", "fail", "skip")
        for y, (lab, df) in enumerate(rows):
            counts = df["status"].astype(object).value_counts()
            left = 0
            for st in order:
                n = int(counts.get(st, 0))
                if not n:
                    continue
                ax.barh(y, n, left=left, color=style.STATUS_COLORS[st], height=0.55, zorder=2)
                ax.text(left + n / 2, y, str(n), ha="center", va="center", color="white",
                        fontsize=style.VALUE_SIZE, zorder=3)
                left += n
        ax.set_yticks(range(len(rows)), [lab for lab, _ in rows])
        _center(ax, len(rows), 3)
        ax.tick_params(axis="y", length=0)
        ax.xaxis.set_major_locator(MaxNLocator(nbins="auto", integer=True, steps=[1, 2, 2.5, 5, 10]))
        ax.set_xlabel("项数（项）")
        ax.legend(handles=[Patch(color=style.STATUS_COLORS[s], label=STATUS_LABELS[s]) for s in order],
                  loc="upper center", bbox_to_anchor=(0.5, -0.28), ncols=4)
        return _finish(fig, src, title, [])


# --------------------------------------------------------------------------- many reports
_NOT_REPORTED = "未报告"


def _corpus_frames(corpus: Any) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(metadata, indicators) of a Corpus or of its ``tables()`` dict; both carry ``doc_id``."""
    if isinstance(corpus, Mapping):
        return corpus["metadata"], corpus["indicators"]
    return corpus.metadata, corpus.indicators


def report_labels(metadata: pd.DataFrame) -> pd.Series:
    """A short, unique label per report (index ``doc_id``): region and year, e.g. ``云岭市2020年``.

    Where two reports share region and year, the issuer (without the region) is added
    (``云岭市2020年·司法局``); a report without region falls back to its issuer, then to its doc_id.
    """
    rows = []
    for r in metadata.itertuples(index=False):
        doc = str(r.doc_id)
        region = "" if _isna(r.region) else str(r.region)
        issuer = "" if _isna(r.issuer) else str(r.issuer)
        year = "" if _isna(r.report_year) else f"{int(r.report_year)}年"
        base = (region or issuer) + year if (region or issuer) else doc
        short = issuer[len(region):] if region and issuer.startswith(region) else issuer
        rows.append([doc, base, short])
    counts: dict[str, int] = {}
    for _, base, _ in rows:
        counts[base] = counts.get(base, 0) + 1
    labels = [f"{base}·{short}" if counts[base] > 1 and short else base for _, base, short in rows]
    seen: dict[str, int] = {}
    for lab in labels:
        seen[lab] = seen.get(lab, 0) + 1
    labels = [f"{lab}（{doc}）" if seen[lab] > 1 else lab for lab, (doc, _, _) in zip(labels, rows)]
    return pd.Series(labels, index=pd.Index([r[0] for r in rows], name="doc_id", dtype=object), name="报告",
                     dtype=object)


def report_values(corpus: Any, keys: list[str]) -> dict[str, dict[str, Value | None]]:
    """doc_id -> key -> the report's first level figure with that key (as the single-report charts take it)."""
    meta, ind = _corpus_frames(corpus)
    keys = [keys] if isinstance(keys, str) else list(keys)
    sub = ind.loc[ind["key"].isin(keys).fillna(False).astype(bool)] if len(ind) else ind
    groups = {str(d): g for d, g in sub.groupby(sub["doc_id"].astype(object), sort=False)} if len(sub) else {}
    out: dict[str, dict[str, Value | None]] = {}
    for i in range(len(meta)):
        doc = str(meta["doc_id"].iloc[i])
        src = _Source({"indicators": groups.get(doc, sub.iloc[0:0]), "metadata": meta.iloc[[i]]})
        out[doc] = {k: src.get(k) for k in keys}
    return out


class _CorpusSource:
    """The source line of a chart drawn from many reports: their issuers and how many there are."""

    def __init__(self, metadata: pd.DataFrame):
        self.n = len(metadata)
        self.issuers = list(dict.fromkeys(str(x) for x in metadata["issuer"] if not _isna(x) and str(x)))
        self.unnamed = sum(1 for x in metadata["issuer"] if _isna(x) or not str(x))

    def source_line(self) -> str:
        if not self.issuers:
            return f"资料来源：{self.n}份法治政府建设年度报告原文"
        shown = self.issuers[:3]
        more = "等" if self.unnamed or len(self.issuers) > len(shown) else ""
        return "资料来源：" + "、".join(shown) + f"{more}发布的{self.n}份法治政府建设年度报告原文"


def _report_tick(label: str, width: float = 10) -> str:
    """A report label on a tick: broken at the issuer (``云岭市2020年\n司法局``) when too wide."""
    if _width(label) <= width:
        return label
    if "·" in label:
        head, tail = label.split("·", 1)
        return f"{_wrap(head, width)}\n{_wrap(tail, width)}"
    return _wrap(label, width)


def compare_reports(corpus: Any, keys: str | list[str], *, sort: bool = True) -> Figure:
    """One indicator (or two or three side by side) across the reports of a corpus, one bar per report.

    Bars are labelled region + year (see :func:`report_labels`) and with the figure as reported,
    qualifier kept (``95%以上``, ``7.4万余件``); reports that do not give the figure say 未报告.
    Rates (unit %) are drawn on a 0-100% track, counts from zero.

    Args:
        corpus: a :class:`~fazhi_analysis.corpus.Corpus` or its ``tables()`` dict.
        keys: one canonical key, or a list of one to three.
        sort: order the reports by the first key's value, largest first (reports lacking it last);
            otherwise keep the corpus order.

    Raises:
        ValueError: no key, or more than three.
    """
    keys = [keys] if isinstance(keys, str) else list(keys)
    if not 1 <= len(keys) <= 3:
        raise ValueError(f"compare one to three keys, got {len(keys)}")
    with style.context():
        meta, _ = _corpus_frames(corpus)
        labels = report_labels(meta)
        values = report_values(corpus, keys)
        docs = [str(d) for d in meta["doc_id"]]
        if sort:
            first = keys[0]
            docs.sort(key=lambda d: (values[d][first] is None, -(values[d][first].value if values[d][first] else 0)))
        n = len(docs)
        names = _catalog_labels()

        def label(k: str) -> str:
            found = [values[d][k] for d in docs if values[d][k] is not None and values[d][k].name]
            return names.get(k) or (found[0].name if found else k)

        w = style.FIGSIZE[0] + 1.0 * (len(keys) - 1)
        fig = Figure(figsize=(w, 2.4 + 0.36 * max(n, 3)), layout="constrained")
        FigureCanvasAgg(fig)
        axes = list(fig.subplots(1, len(keys), sharey=True, squeeze=False)[0])
        ys = list(range(n))
        drawn: list[Value] = []
        for j, (ax, k) in enumerate(zip(axes, keys)):
            present = [(y, values[d][k]) for y, d in zip(ys, docs) if values[d][k] is not None]
            drawn += [v for _, v in present]
            is_rate = bool(present) and all(v.unit in _PCT for _, v in present)
            xs = [v.value for _, v in present]
            if is_rate:
                full = max(100.0, *xs)
                ax.barh(ys, [full] * n, color=style.TRACK, height=0.62, zorder=1)
                ax.set_xlim(0, full)
                ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _p: f"{x:g}"))
                ax.set_xlabel("比率（%）")
                with_unit, color = False, style.ACCENT
            else:
                top = max([x for x in xs if x > 0], default=1)
                full = top * 1.3
                ax.set_xlim(0, full)
                ax.xaxis.set_major_locator(MaxNLocator(nbins=4 if len(keys) > 1 else "auto", steps=[1, 2, 2.5, 5, 10],
                                                       integer=all(float(x).is_integer() for x in xs)))
                ax.xaxis.set_major_formatter(_axis_formatter(full))
                xlabel, with_unit = _axis_unit([v for _, v in present], "数值")
                ax.set_xlabel(xlabel)
                ax.grid(axis="x", color=style.TRACK, linewidth=0.8, zorder=0)
                ax.set_axisbelow(True)
                color = style.PRIMARY
            ax.barh([y for y, _ in present], [max(x, 0) for x in xs], color=color, height=0.62, zorder=2)
            for y, v in present:
                inside = is_rate and v.value >= full * 0.45
                ax.annotate(_vlabel(v, with_unit), (max(v.value, 0), y), xytext=(-4 if inside else 4, 0),
                            textcoords="offset points", va="center", ha="right" if inside else "left",
                            fontsize=style.VALUE_SIZE, color="white" if inside else style.TEXT, zorder=3)
            for y, d in zip(ys, docs):
                if values[d][k] is None:
                    ax.annotate(_NOT_REPORTED, (0, y), xytext=(4, 0), textcoords="offset points", va="center",
                                ha="left", fontsize=style.VALUE_SIZE, color=style.MUTED, zorder=3)
            if len(keys) > 1:  # one key: the figure title names it
                ax.set_title(_wrap(label(k), 16), loc="left", fontsize=style.LABEL_SIZE + 0.5, color=style.TEXT)
            ax.tick_params(axis="y", length=0, labelleft=j == 0)
            for side in ("left", "bottom"):
                ax.spines[side].set_color(style.NEUTRAL)
        axes[0].set_yticks(ys, [_report_tick(labels[d]) for d in docs])
        _center(axes[0], n, 3)
        title = "、".join(label(k) for k in keys) + f"：{n}份报告比较"
        notes = ["注：每份报告取该指标在文中首次出现的数值（增减变化、排名不计）"
                 + (f"；“{_NOT_REPORTED}”指报告未给出该指标" if any(values[d][k] is None for d in docs for k in keys)
                    else "") + "。"]
        return _finish(fig, _CorpusSource(meta), title, notes + _qualifier_note(drawn))


# --------------------------------------------------------------------------- saving
def save_figure(fig: Figure, path: str | os.PathLike) -> Path:
    """Save ``fig`` as PNG (300 dpi) or SVG by the suffix of ``path``, without timestamps (byte-reproducible)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    meta = {"png": style.PNG_METADATA, "svg": style.SVG_METADATA}.get(fmt)
    if meta is None:
        raise ValueError(f"save as .png or .svg, not {path.suffix!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with style.context():
        fig.savefig(buf, format=fmt, dpi=style.DPI, metadata=dict(meta), facecolor="white")
    from .export import _atomic_write_bytes

    _atomic_write_bytes(path, buf.getvalue())  # a temporary name, then a rename: never through a symlink
    return path


def _build(name: str, report: Any) -> Figure:
    with style.context():
        return CHARTS[name].func(report)


def write_all(report_or_tables: Any, out_dir: str | os.PathLike) -> list[Path]:
    """Write every chart that has data as ``<chart>.png`` and ``<chart>.svg`` in ``out_dir``.

    Charts with no data at all are skipped; charts with some data draw what they have.

    Returns:
        The files written, in chart order.
    """
    src = _Source(report_or_tables)
    out = Path(out_dir)
    written: list[Path] = []
    for name in CHARTS:
        if not has_data(src, name):
            continue
        fig = _build(name, src)
        for ext in ("png", "svg"):
            written.append(save_figure(fig, out / f"{name}.{ext}"))
    return written


def _with_style(func: Callable[..., Figure]) -> Callable[..., Figure]:
    @functools.wraps(func)
    def wrapper(report: Any, *args, **kwargs) -> Figure:
        with style.context():
            return func(report, *args, **kwargs)
    return wrapper


# every public chart builds its figure inside the briefing style (font, minus sign, svg salt)
for _name, _spec in list(CHARTS.items()):
    _wrapped = _with_style(_spec.func)
    globals()[_name] = _wrapped
    CHARTS[_name] = Chart(_wrapped, _spec.keys, _spec.title, _spec.needs_keys)
del _name, _spec, _wrapped
