"""Briefing charts: each chart states a finding computed from a report's tables and returns a matplotlib Figure.

Every value drawn comes from the report's indicator table (rows with a canonical ``key``); labels come
from the indicator catalog. Rules every chart follows:

* the title states what the numbers show (``审结96件，纠错11件，纠错率11.46%``); the subtitle names the
  measure, region and year; the last line names the report and its document number;
* one unit per axis: figures are grouped by unit, a group of two or more figures is a bar panel (counts
  from zero, linear; rates on a 0-100% track), a lone figure is a figure card (big number, unit,
  qualifier, the sentence it comes from); a topic with only one or two figures is drawn as cards;
* every value label carries its unit and qualifier (``28,818余件``, ``93%以上``, ``约300人``);
* colour has a meaning: one neutral colour for volumes, one accent for the figure the title is about,
  red only for problems (corrections, lost cases, problems found, failed checks);
* text from the report never reaches mathtext (``text.parse_math`` is off) and is cut to a sane length;
  infinite or enormous values are left out, with a note.

:func:`report_charts` returns every chart of a report with its title, subtitle and source line;
:func:`write_charts` / :func:`write_all` save them as 300-dpi PNG and SVG, byte-identical across rebuilds.
"""

from __future__ import annotations

import functools
import io
import importlib.resources
import math
import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Mapping

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter, MaxNLocator

from . import schema, style
from .errors import ReportError
from .style import set_font

__all__ = ["reconsideration_funnel", "audit_by_type", "approval_consolidation", "service_hall", "npc_vs_cppcc",
           "hotline", "mediation", "litigation", "enforcement", "figures_by_category", "compliance_scorecard",
           "checks_summary", "scorecard", "write_all", "write_charts", "report_charts", "BuiltChart", "chart_info",
           "missing", "has_data", "chart_keys", "save_figure", "audit_summary", "category_counts", "value_label",
           "format_number", "set_font", "CHARTS", "CATEGORY_LABELS", "STATUS_LABELS", "compare_reports",
           "report_labels", "report_values", "safe_text", "MAX_VALUE"]

# Chinese names of the indicator categories (schema.CATEGORIES); data/categories.csv and indicators.py override.
CATEGORY_LABELS = {
    "functions": "政府职能", "rules": "制度建设", "decisions": "行政决策", "enforcement": "行政执法",
    "emergency": "应急管理", "disputes": "矛盾纠纷化解", "oversight": "权力监督", "digital": "数字政府",
    "capacity": "法治能力", "leadership": "组织领导",
}
UNCATEGORISED = "未分类"
STATUS_LABELS = schema.STATUS_LABELS  # declared once, in the data dictionary
QUALIFIER_LABELS = {"exact": "", "more_than": "余", "at_least": "以上", "about": "约", "less_than": "不足",
                    "at_most": "以下"}

#: figures at or beyond this magnitude (or not finite) are left out of charts, with a note
MAX_VALUE = 1e15
_PCT = {"%", "％"}
_NON_EXACT_NOTE = "注：数值标注保留报告原文的限定词（余、以上、约、不足等），条形按所报数值绘制。"
_TITLE_CHARS = 90
_NAME_CHARS = 40
_META_CHARS = 120


# --------------------------------------------------------------------------- safe text
def safe_text(s: Any, limit: int = _META_CHARS) -> str:
    """``s`` as chart text: control characters and line breaks become spaces, cut to ``limit`` characters (…).

    Charts draw with ``text.parse_math`` off (style.rc), so ``$`` and ``\\`` are shown as written, never
    parsed as mathtext.
    """
    t = "" if s is None or _isna(s) else str(s)
    t = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in t)
    t = re.sub(r"\s+", " ", t).strip()
    return t if len(t) <= limit else t[: max(limit - 1, 1)] + "…"


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
    sentence: str = ""


def _isna(x: Any) -> bool:
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def _drawable(x: Any) -> bool:
    """A finite number below MAX_VALUE in magnitude."""
    try:
        f = float(x)
    except (TypeError, ValueError, OverflowError):
        return False
    return math.isfinite(f) and abs(f) < MAX_VALUE


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


def _table(obj: Any, name: str) -> pd.DataFrame | None:
    df = obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)
    return df if isinstance(df, pd.DataFrame) else None


class _Source:
    """Indicator rows, metadata, checks and compliance of a Report or of its ``tables()`` dict."""

    def __init__(self, obj: Any):
        if isinstance(obj, _Source):
            self.ind, self.meta, self.checks, self.compliance = obj.ind, obj.meta, obj.checks, obj.compliance
            self.sections = obj.sections
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
        self.checks = _table(obj, "checks")
        self.compliance = _table(obj, "compliance")
        self.sections = _table(obj, "sections")

    @functools.cached_property
    def _scan(self) -> tuple[dict[str, Value], list[str]]:
        df = self.ind
        out: dict[str, Value] = {}
        dropped: list[str] = []
        if "key" not in df.columns or not len(df):
            return out, dropped
        cols = set(df.columns)
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
            raw = getattr(row, "raw", None)
            if not _drawable(value) or not (_isna(high) or _drawable(high)):
                dropped.append(safe_text(raw, 24) or str(key))
                continue
            unit = getattr(row, "unit", None)
            qual = getattr(row, "qualifier", None)
            name = getattr(row, "name", None)
            sent = getattr(row, "sentence", None) if "sentence" in cols else None
            out[str(key)] = Value(str(key), float(value), None if _isna(high) else float(high),
                                  "" if _isna(unit) else safe_text(unit, 8),
                                  "exact" if _isna(qual) else str(qual), safe_text(raw, 40),
                                  safe_text(name, _NAME_CHARS), safe_text(sent, 400))
        return out, dropped

    @property
    def dropped(self) -> list[str]:
        """Raw text of keyed figures left out because they are infinite or enormous."""
        return self._scan[1]

    def get(self, key: str) -> Value | None:
        """The first drawable level figure with ``key`` in document order, or None."""
        return self._scan[0].get(key)

    def label(self, key: str) -> str:
        """Chinese label of ``key``: the catalog's label_zh, else the report's own name, else the key."""
        lab = _catalog_labels().get(key)
        if lab:
            return lab
        v = self.get(key)
        return v.name if v is not None and v.name else key

    def region(self) -> str:
        return safe_text(self.meta.get("region"), 30)

    def year(self) -> str:
        y = self.meta.get("report_year")
        try:
            return f"{int(y)}年度" if y is not None and not _isna(y) else ""
        except (TypeError, ValueError, OverflowError):
            return ""

    def title_prefix(self) -> str:
        return self.region() + self.year().replace("年度", "年")

    def subtitle(self, measure: str) -> str:
        """``measure｜region year`` (parts the report lacks left out)."""
        where = " ".join(p for p in (self.region() or safe_text(self.meta.get("issuer"), 40), self.year()) if p)
        return f"{measure}｜{where}" if where else measure

    def source_line(self) -> str:
        """``资料来源：issuer《title》（doc_number）`` with missing parts left out."""
        issuer = safe_text(self.meta.get("issuer"), 60)
        title = safe_text(self.meta.get("title"), _META_CHARS)
        doc = safe_text(self.meta.get("doc_number"), 40)
        parts = issuer + (f"《{title}》" if title else "") + (f"（{doc}）" if doc else "")
        return "资料来源：" + (parts or "报告原文")


# --------------------------------------------------------------------------- labels
def _trim(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _grouped(x: float) -> str:
    """``x`` with thousands separators, at most two decimals (``28,818``, ``1,234.5``)."""
    s = _trim(x)
    head, _, tail = s.partition(".")
    neg = head.startswith("-")
    head = f"{int(head.lstrip('-')):,}"
    return ("-" if neg else "") + head + (f".{tail}" if tail else "")


def format_number(x: float | None) -> str:
    """A number as a briefing writes it: thousands separators, round ten-thousands as 万/亿, 2 decimals at most."""
    if x is None or _isna(x):
        return "—"
    x = float(x)
    if not math.isfinite(x):
        return "—"
    if x.is_integer():
        n = int(x)
        if abs(n) >= 100_000_000 and n % 1_000_000 == 0:
            return f"{_grouped(n / 1e8)}亿"
        if (abs(n) >= 100_000 and n % 100 == 0) or (abs(n) >= 10_000 and n % 1000 == 0):
            return f"{_grouped(n / 1e4)}万"
    return _grouped(x)


def value_label(value: float, unit: str = "", qualifier: str = "exact", value_high: float | None = None, *,
                with_unit: bool = True) -> str:
    """Label of a figure with its unit and qualifier: ``28,818余件``, ``93%以上``, ``约300人``, ``不足5%``.

    Args:
        value: the figure (low end of a range).
        unit: its unit.
        qualifier: one of schema.QUALIFIERS.
        value_high: the high end of a range (``1-2``).
        with_unit: append the unit (``%`` is always written).
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


def _vlabel(v: Value, with_unit: bool = True) -> str:
    return value_label(v.value, v.unit, v.qualifier, v.value_high, with_unit=with_unit)


def _width(s: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.55 for c in s)


# Line breaking (Chinese typesetting): no line starts with closing punctuation, none ends with opening
# punctuation, a number keeps its unit (``28,818余件``, ``486.3万元``) and a qualifier its number (``约300``).
_NO_LINE_START = frozenset("，。、；：！？,.;:!?）)】]」』”’〕〉》%％…·～-—")
_NO_LINE_END = frozenset("（(【[「『“‘〔〈《")
_BEFORE_NUMBER = frozenset("约近逾超第共计达余")
_NUMBERISH = re.compile(r"[0-9０-９.,，．%％万亿余多]")
_DIGIT = re.compile(r"[0-9０-９]")
# good places to break: after a list or clause mark, after a conjunction, before an opening bracket
_BREAK_AFTER = frozenset("，、；：,;:/）)】」』”")
_CONJUNCTIONS = frozenset("和与及或并")
# characters that usually end a word of the genre (热线|, 办结率|, 案件|, 执法局|): a cheaper break after them
_WORD_END = frozenset("的率数量线件次项个家局厅院会室处所站费额员者性化类权")
# words of the genre a line should not split (a break inside one costs more than an unbalanced line)
_WORDS = re.compile("负责人|当事人|工作人员|人员|人民|人大|政协|政府|机关|部门|单位|行政|法治|法律|执法|复议|诉讼|应诉|"
                    "出庭|案件|案卷|审计|审批|许可|处罚|强制|纠纷|调解|信访|热线|事项|服务|监督|检查|培训|合法性|"
                    "规范性|文件|决策|听证|顾问|公开|政务|办结|办复|办理|受理|答复|满意|纠错|维持|驳回|撤销|确认|违法|变更|"
                    "终止|建议|提案|代表|委员|申请|考核|评查|整改")
_CLAUSE_END = frozenset("，；。：！？,;:!?")


def _inside_word(s: str, k: int) -> bool:
    """Whether ``k`` falls strictly inside a word of ``_WORDS`` (looked at in a small window around it)."""
    lo = max(k - 3, 0)
    return any(m.start() + lo < k < m.end() + lo for m in _WORDS.finditer(s[lo:k + 3]))


def _break_cost(s: str, k: int) -> float | None:
    """Cost of breaking ``s`` between ``s[k-1]`` and ``s[k]``: None where typesetting forbids it, 0 at a
    clause or list mark, a conjunction or an opening bracket, more between two characters of a word."""
    a, b = s[k - 1], s[k]
    if b in _NO_LINE_START or a in _NO_LINE_END:
        return None
    if _DIGIT.match(a) and (_NUMBERISH.match(b) or _width(b) == 1.0):  # 28818|余件, 486.3|万元, 2019|年
        return None
    if a in "余万亿多" and k >= 2 and _DIGIT.match(s[k - 2]) and _width(b) == 1.0:  # 28818余|件, 486万|元
        return None
    if _DIGIT.match(b) and (_NUMBERISH.match(a) or a in _BEFORE_NUMBER):  # 约|300, 1,|208
        return None
    if a.isascii() and a.isalnum() and b.isascii() and b.isalnum():  # inside a Latin word or number
        return None
    if a.isspace() or a in _BREAK_AFTER or b in _NO_LINE_END:
        return 0.0
    if _inside_word(s, k):
        return 20.0
    if a in _CONJUNCTIONS:
        return 0.5
    if a in _WORD_END:
        return 1.0
    return 5.0  # between two characters, perhaps of one word


def _cut(s: str, budget: float) -> str:
    """``s`` cut to about ``budget`` CJK characters with ``…``: at a clause or list mark, a space or a
    conjunction when one lies in the last 40 %, else at the last place a line may break (never inside a
    number and its unit, nor right after an opening bracket)."""
    acc, fit = 0.0, 0
    for k, c in enumerate(s):
        acc += _width(c)
        if acc > budget - 1:
            break
        fit = k + 1
    allowed = [k for k in range(fit, 0, -1) if k >= len(s) or _break_cost(s, k) is not None]
    good = [k for k in allowed if k < len(s) and _break_cost(s, k) <= 0.5 and _width(s[:k]) >= 0.6 * budget]
    k = (good or allowed or [fit])[0]
    return s[:k].rstrip().rstrip("，、；：,;:+＋=＝").rstrip() + "…"


def _wrap(s: str, width: float, max_lines: int | None = None) -> str:
    """Wrap ``s`` into balanced lines of at most about ``width`` CJK characters.

    Lines break where Chinese typesetting allows (not before ``，。】”`` nor after ``【“``, never between a
    number and its unit or its qualifier), preferably after a clause or list mark or a conjunction, and
    never leave a one-character orphan. Past ``max_lines`` the text is cut cleanly (:func:`_cut`) with ``…``.
    """
    total = _width(s)
    if total <= width:
        return s
    n = math.ceil(total / width)
    if max_lines is not None and n > max_lines:  # full lines, each to its last good break; the last one cut
        lines = []
        while len(lines) < max_lines - 1 and _width(s) > width:
            k = _fill(s, width)
            lines.append(s[:k].rstrip())
            s = s[k:].lstrip()
        return "\n".join(lines + [s if _width(s) <= width else _cut(s, width)])
    widths = [0.0]
    for c in s:
        widths.append(widths[-1] + _width(c))
    target = total / n
    costs = {k: _break_cost(s, k) for k in range(1, len(s))}
    breaks = [k for k, c in costs.items() if c is not None]

    def line_cost(a: int, b: int) -> float:
        w = widths[b] - widths[a]
        over = max(w - width - 0.5, 0.0)  # "about" width: half a character more is not seen
        orphan = 50.0 if b - a <= 1 else 0.0
        return (w - target) ** 2 + 100.0 * over + orphan

    # best[j][k]: least cost of j+1 lines covering s[:k] with a break at k
    INF = float("inf")
    best: list[dict[int, tuple[float, int]]] = [{k: (line_cost(0, k) + costs[k], 0) for k in breaks}]
    for _ in range(n - 2):
        prev, cur = best[-1], {}
        for k in breaks:
            options = [(c + line_cost(a, k) + costs[k], a) for a, (c, _p) in prev.items() if a < k]
            if options:
                cur[k] = min(options)
        best.append(cur)
    ends = [(c + line_cost(a, len(s)), a) for a, (c, _p) in best[-1].items()] if best[-1] else []
    if not ends or min(ends)[0] == INF:  # no allowed break (one long number): break anywhere, balanced
        step = max(len(s) // n, 1)
        return "\n".join(s[i:i + step] for i in range(0, len(s), step))
    _c, k = min(ends)
    cuts = [len(s)]
    for j in range(len(best) - 1, -1, -1):
        cuts.append(k)
        k = best[j][k][1]
    cuts.append(0)
    cuts.reverse()
    return "\n".join(s[a:b] for a, b in zip(cuts, cuts[1:]))


def _fill(s: str, width: float) -> int:
    """Where a full line of at most ``width`` CJK characters ends: the last good break (a clause or list mark,
    a space, a conjunction, the end of a word) in its last third, else the last allowed one."""
    acc, fit = 0.0, 1
    for k, c in enumerate(s):
        acc += _width(c)
        if acc > width:
            break
        fit = k + 1
    allowed = [k for k in range(fit, 0, -1) if k < len(s) and _break_cost(s, k) is not None]
    good = [k for k in allowed if _break_cost(s, k) <= 1.0 and _width(s[:k]) >= width * 2 / 3]
    return (good or allowed or [fit])[0]


def _excerpt(v: Value, width: float = 34) -> str:
    """The sentence around the figure in about ``width`` CJK characters, the figure in 【】.

    Whole clauses around the figure's own (the clause before it first: it says what the figure counts), cut
    at a clause mark with ``…`` where the sentence goes on; a clause too long for ``width`` is cut around the
    figure at places a line may break.
    """
    s = v.sentence
    if not s:
        return ""
    i = s.find(v.raw) if v.raw else -1
    if i < 0:
        return "“" + (s if _width(s) <= width else _cut(s, width)) + "”"
    j = i + len(v.raw)
    bounds = [0] + [k + 1 for k, c in enumerate(s[:-1]) if c in _CLAUSE_END
                    and not (c in ",." and k and s[k - 1].isdigit() and s[k + 1].isdigit())] + [len(s)]  # 1,208
    a = max(b for b in bounds if b <= i)
    b = min(x for x in bounds if x >= j)
    if _width(s[a:b]) + 2 <= width:  # the 【】 take about two characters
        grown = True
        while grown:  # one clause before, then one after, while they fit
            grown = False
            before = max((x for x in bounds if x < a), default=None)
            if before is not None and _width(s[before:b]) + 2 <= width:
                a, grown = before, True
            after = min((x for x in bounds if x > b), default=None)
            if after is not None and _width(s[a:after]) + 2 <= width:
                b, grown = after, True
    else:  # the figure's clause alone is too long: a window around the figure at allowed breaks
        room = max(width - 2 - _width(s[i:j]), 0.0)
        a = _window_start(s, a, i, room * 0.6)
        b = _window_end(s, j, b, room - _width(s[a:i]))
    head = s[a:i]
    tail = s[j:b]
    if b < len(s):
        tail = tail.rstrip("，、；：,;:") + "…"
    return "“" + ("…" if a else "") + head + "【" + v.raw + "】" + tail + "”"


def _window_start(s: str, lo: int, i: int, room: float) -> int:
    """The first index of a window that ends at ``i`` and takes at most ``room`` (not before ``lo``), at a
    place a line may break (so no number loses its unit)."""
    a = i
    while a > lo and _width(s[a - 1:i]) <= room:
        a -= 1
    if a == lo:
        return a
    costs = [(k, _break_cost(s, k)) for k in range(a, i)]
    good = [k for k, c in costs if c is not None and c <= 1.0]  # after 、 or 的, or a word's end
    return (good or [k for k, c in costs if c is not None] or [i])[0]


def _window_end(s: str, j: int, hi: int, room: float) -> int:
    """The end of a window that starts at ``j`` and takes at most ``room`` (not past ``hi``), at a place a
    line may break."""
    b = j
    while b < hi and _width(s[j:b + 1]) <= room:
        b += 1
    if b == hi:
        return b
    costs = [(k, _break_cost(s, k)) for k in range(b, j, -1)]
    good = [k for k, c in costs if c is not None and c <= 1.0]
    return (good or [k for k, c in costs if c is not None] or [j])[0]


# --------------------------------------------------------------------------- figure scaffolding
_FIG_W = style.FIGSIZE[0]
_CARD_ROW_H = 1.55
_TOP_IN = 0.95  # title + subtitle


@dataclass
class _Item:
    """A figure to draw: its label, value and role (``volume``, ``focus`` or ``problem``)."""

    label: str
    value: Value
    role: str = "volume"

    @property
    def color(self) -> str:
        return {"focus": style.ACCENT, "problem": style.PROBLEM}.get(self.role, style.VOLUME)


def _is_rate(v: Value) -> bool:
    return v.unit in _PCT


def _groups(items: list[_Item]) -> tuple[list[list[_Item]], list[_Item]]:
    """(bar panels, cards): one panel per unit with two or more figures; lone figures become cards.

    A topic with only one or two figures is drawn as cards only.
    """
    if len(items) <= 2:
        return [], list(items)
    by_unit: dict[str, list[_Item]] = {}
    for it in items:
        by_unit.setdefault("%" if _is_rate(it.value) else it.value.unit, []).append(it)
    panels = [g for g in by_unit.values() if len(g) >= 2]
    cards = [it for g in by_unit.values() if len(g) < 2 for it in g]
    return panels, cards


def _axis_formatter(top: float) -> FuncFormatter:
    """Tick labels in one style per axis: all in 万 when the axis reaches 10万, else with separators."""
    if top >= 100_000:
        return FuncFormatter(lambda x, _p: "0" if x == 0 else (f"{_grouped(x / 1e4)}万" if x > 0 else ""))
    return FuncFormatter(lambda x, _p: _grouped(x) if x >= 0 else "")


def _center(ax, n: int, slots: int | None) -> None:
    """First bar on top; with fewer bars than ``slots`` keep the bar thickness and centre them."""
    pad = max((slots or 0) - n, 0) / 2
    ax.set_ylim(n - 0.5 + pad, -0.5 - pad)


def _bar_panel(ax, items: list[_Item], *, slots: int, label_width: float, title: str | None = None) -> None:
    """Horizontal bars of one unit, first item on top, each labelled with value, unit and qualifier.

    Rates are drawn on a 0-100% track, everything else linearly from zero.
    """
    ys = list(range(len(items)))
    vals = [it.value.value for it in items]
    rate = all(_is_rate(it.value) for it in items)
    if rate:
        full = max(100.0, *vals)
        ax.barh(ys, [full] * len(ys), color=style.TRACK, height=0.62, zorder=1)
        ax.set_xlim(0, full)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _p: f"{x:g}"))
        ax.set_xlabel("比率（%）")
    else:
        top = max([x for x in vals if x > 0], default=1) * 1.32
        ax.set_xlim(0, top)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=4, steps=[1, 2, 2.5, 5, 10],
                                               integer=all(float(x).is_integer() for x in vals)))
        ax.xaxis.set_major_formatter(_axis_formatter(top))
        ax.set_xlabel(f"数量（{items[0].value.unit}）" if items[0].value.unit else "数量")
        ax.grid(axis="x", color=style.TRACK, linewidth=0.8, zorder=0)
        ax.set_axisbelow(True)
    ax.barh(ys, [max(x, 0) for x in vals], color=[it.color for it in items], height=0.62, zorder=2)
    ax.set_yticks(ys, [_wrap(it.label, label_width) for it in items])
    _center(ax, len(items), slots)
    ax.tick_params(axis="y", length=0)
    lim = ax.get_xlim()[1]
    for y, x, it in zip(ys, vals, items):
        inside = rate and x >= lim * 0.5
        ax.annotate(_vlabel(it.value), (max(x, 0), y), xytext=(-4 if inside else 4, 0), textcoords="offset points",
                    va="center", ha="right" if inside else "left", fontsize=style.VALUE_SIZE,
                    color="white" if inside else style.TEXT, zorder=3)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(style.NEUTRAL)
    if title:
        ax.set_title(title, loc="left", fontsize=style.LABEL_SIZE, color=style.MUTED)


def _cards(ax, items: list[_Item], ncols: int) -> None:
    """Figure cards in one axes: big number with unit and qualifier, the name, the source sentence."""
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    nrows = math.ceil(len(items) / ncols)
    w, h = 1 / ncols, 1 / nrows
    card_in = _FIG_W * 0.8 / ncols  # card width in inches (the axes is narrower than the figure)
    chars = card_in * 72 / style.NOTE_SIZE * 0.8
    for i, it in enumerate(items):
        r, c = divmod(i, ncols)
        x0, y0 = c * w, 1 - (r + 1) * h
        ax.add_patch(FancyBboxPatch((x0 + 0.012, y0 + 0.04 * h), w - 0.024, h * 0.92,
                                    boxstyle="round,pad=0,rounding_size=0.015", transform=ax.transAxes,
                                    facecolor=style.CARD, edgecolor=style.TRACK, linewidth=0.8, zorder=1))
        ax.add_patch(FancyBboxPatch((x0 + 0.012, y0 + 0.04 * h), 0.006, h * 0.92, boxstyle="square,pad=0",
                                    transform=ax.transAxes, facecolor=it.color, edgecolor="none", zorder=2))
        tx = x0 + 0.035
        ax.text(tx, y0 + 0.86 * h, _wrap(it.label, chars * style.NOTE_SIZE / style.LABEL_SIZE, 1),
                transform=ax.transAxes, ha="left", va="top", fontsize=style.LABEL_SIZE, color=style.TEXT, zorder=3)
        ax.text(tx, y0 + 0.60 * h, _vlabel(it.value), transform=ax.transAxes, ha="left", va="center",
                fontsize=style.CARD_SIZE if ncols <= 3 else style.CARD_SIZE - 3,
                color=style.TEXT if it.role == "volume" else it.color,
                zorder=3)
        ex = _excerpt(it.value, int(chars * 2) - 4)
        if ex:
            ax.text(tx, y0 + 0.38 * h, _wrap(ex, chars, 2), transform=ax.transAxes, ha="left", va="top",
                    fontsize=style.NOTE_SIZE, color=style.MUTED, linespacing=1.25, zorder=3)


@dataclass
class ChartText:
    """What a chart says: finding (title), subtitle and source line."""

    title: str
    subtitle: str
    source: str
    notes: list[str] = field(default_factory=list)


def _figure(panels: list[list[_Item]], cards: list[_Item], *, label_width: float = 9) -> tuple[Figure, list]:
    """A figure with one bar panel per unit side by side and a strip of cards below; returns (fig, axes)."""
    ncards = len(cards)
    ncols = 4 if ncards == 4 or ncards >= 7 else 3
    card_rows = math.ceil(ncards / ncols) if ncards else 0
    slots = max([len(p) for p in panels], default=0)
    bar_h = (0.9 + 0.42 * max(slots, 3)) if panels else 0
    h = _TOP_IN + bar_h + card_rows * _CARD_ROW_H + 0.55
    fig = Figure(figsize=(_FIG_W, h), layout="constrained")
    FigureCanvasAgg(fig)
    rows = ([bar_h] if panels else []) + ([card_rows * _CARD_ROW_H] if card_rows else [])
    gs = fig.add_gridspec(len(rows), max(len(panels), 1), height_ratios=rows)
    axes = []
    r = 0
    if panels:
        for j, p in enumerate(panels):
            ax = fig.add_subplot(gs[0, j])
            _bar_panel(ax, p, slots=slots, label_width=label_width / (1 if len(panels) == 1 else 1.4),
                       title=None if len(panels) == 1 else ("比率" if _is_rate(p[0].value)
                                                            else f"单位：{p[0].value.unit or '—'}"))
            axes.append(ax)
        r = 1
    if card_rows:
        ax = fig.add_subplot(gs[r, :])
        _cards(ax, cards, ncols)
        axes.append(ax)
    return fig, axes


TITLE_GID, SUBTITLE_GID, SOURCE_GID, NOTE_GID = "fazhi-title", "fazhi-subtitle", "fazhi-source", "fazhi-note"


def _finish(fig: Figure, text: ChartText) -> Figure:
    """Title (the finding), subtitle, notes and source line; the axes get the space in between."""
    fig_w, fig_h = fig.get_figwidth(), fig.get_figheight()
    title = _wrap(safe_text(text.title, _TITLE_CHARS), fig_w * 72 / style.TITLE_SIZE * 0.9, 2)
    subtitle = safe_text(text.subtitle, 80)
    width_chars = fig_w * 72 / style.NOTE_SIZE * 0.96
    source = _wrap(safe_text(text.source, 200), width_chars, 3)
    note = "\n".join(_wrap(safe_text(n, 300), width_chars, 3) for n in text.notes)
    line_h = style.NOTE_SIZE * 1.45 / 72 / fig_h
    n_source = source.count("\n") + 1
    n_lines = n_source + (note.count("\n") + 1 if note else 0)
    bottom = 0.02 + n_lines * line_h
    t_lines = title.count("\n") + 1
    top_in = 0.12 + t_lines * style.TITLE_SIZE * 1.35 / 72 + style.LABEL_SIZE * 1.6 / 72
    top = 1 - top_in / fig_h
    fig.get_layout_engine().set(rect=(0, bottom + 0.01, 1, top - bottom - 0.015))
    # gids name the chart's own texts, so that a slide that states the title and source itself can hide them
    fig.text(0.02, 1 - 0.1 / fig_h, title, ha="left", va="top", fontsize=style.TITLE_SIZE, color=style.TEXT,
             linespacing=1.2, gid=TITLE_GID)
    fig.text(0.02, 1 - (0.14 + t_lines * style.TITLE_SIZE * 1.35 / 72) / fig_h, subtitle, ha="left", va="top",
             fontsize=style.LABEL_SIZE, color=style.MUTED, gid=SUBTITLE_GID)
    kw = {"fontsize": style.NOTE_SIZE, "color": style.MUTED, "ha": "left", "va": "bottom", "linespacing": 1.3}
    fig.text(0.02, 0.015, source, gid=SOURCE_GID, **kw)
    if note:
        fig.text(0.02, 0.015 + n_source * line_h, note, gid=NOTE_GID, **kw)
    for t in fig.findobj(Text):  # report text is shown as written, never as mathtext
        t.set_parse_math(False)
    fig.set_label(safe_text(text.title, _TITLE_CHARS))
    fig.fazhi_text = ChartText(safe_text(text.title, _TITLE_CHARS), subtitle, safe_text(text.source, 200),
                               list(text.notes))
    return fig


def _notes(src: _Source, keys: list[str], values: list[Value]) -> list[str]:
    out = []
    absent = [k for k in keys if src.get(k) is None]
    if absent:
        out.append("注：报告未提供：" + "、".join(src.label(k) for k in absent) + "。")
    if any(v.qualifier != "exact" or v.value_high is not None for v in values):
        out.append(_NON_EXACT_NOTE)
    if src.dropped:
        out.append("注：以下数值无效或过大，未绘入图中：" + "、".join(src.dropped[:5])
                   + ("等" if len(src.dropped) > 5 else "") + "。")
    return out


def _empty(src: _Source, chart: str, keys: list[str]) -> Figure:
    fig = Figure(figsize=(_FIG_W, 2.6), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    ax.set_axis_off()
    ax.text(0.5, 0.5, "报告未提供本图所需数据", ha="center", va="center", fontsize=style.LABEL_SIZE + 2,
            color=style.MUTED, transform=ax.transAxes)
    topic = CHARTS[chart].title if chart in CHARTS else chart
    return _finish(fig, ChartText(f"报告未提供{topic}数据", src.subtitle(topic), src.source_line(),
                                  _notes(src, keys, [])))


def _short(label: str, prefix: str) -> str:
    """``label`` without a topic ``prefix`` the title already names (行政复议审结 → 审结)."""
    return label[len(prefix):] if prefix and label.startswith(prefix) and len(label) >= len(prefix) + 2 else label


def _phrase(it: _Item) -> str:
    return f"{it.label}{_vlabel(it.value)}"


def _most(items: list[_Item]) -> str:
    """``X最多（n）``, or ``X、Y并列最多（各n）`` when several share the largest value."""
    top = max(it.value.value for it in items)
    tied = [it for it in items if it.value.value == top]
    first = tied[0]
    if len(tied) == 1:
        return f"{first.label}最多（{_vlabel(first.value)}）"
    names = "、".join(it.label for it in tied[:3]) + ("等" if len(tied) > 3 else "")
    return f"{names}并列最多（各{_vlabel(first.value)}）"


def _headline(items: list[_Item], n: int = 3) -> str:
    """A finding from the figures themselves: the first ``n`` as ``label value``, comma-joined."""
    return "，".join(_phrase(it) for it in items[:n])


# --------------------------------------------------------------------------- chart registry
@dataclass(frozen=True)
class Chart:
    """A chart: its function, the keys it draws (before catalog filtering) and its topic (the measure)."""

    func: Callable[..., Figure]
    keys: tuple[str, ...]
    title: str
    needs_keys: bool = True
    available: Callable[[Any], bool] | None = None


CHARTS: dict[str, Chart] = {}


def _register(name: str, keys: tuple[str, ...], title: str, needs_keys: bool = True,
              available: Callable[[Any], bool] | None = None):
    def deco(func):
        CHARTS[name] = Chart(func, keys, title, needs_keys, available)
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
    spec = CHARTS[chart]
    if spec.available is not None:
        return [] if spec.available(src) else [chart]
    if not spec.needs_keys:
        return [] if len(src.ind) else ["indicators"]
    return [k for k in chart_keys(chart) if src.get(k) is None]


def has_data(report: Any, chart: str) -> bool:
    """Whether the report gives at least one figure ``chart`` draws."""
    src = _Source(report)
    spec = CHARTS[chart]
    if spec.available is not None:
        return bool(spec.available(src))
    if not spec.needs_keys:
        return len(src.ind) > 0
    return any(src.get(k) is not None for k in chart_keys(chart))


def _topic(report: Any, chart: str, roles: Mapping[str, str], finding: Callable[..., str | None] | None = None,
           *, prefix: str = "", label_width: float = 9, order: Callable | None = None) -> Figure:
    """The generic chart: figures of ``chart`` in key order, grouped by unit (bar panels and cards).

    Args:
        report: a Report or its tables() dict.
        chart: the registered chart name.
        roles: key -> ``focus`` (the figure the title is about) or ``problem``; other keys are volumes.
        finding: (src, {key: _Item}) -> title, or None to fall back on the first figures.
        prefix: a topic word stripped from labels (the subtitle names it).
        label_width: wrap width of bar labels in CJK characters.
        order: optional sort of the items before grouping.
    """
    src = _Source(report)
    keys = chart_keys(chart)
    items = [_Item(_short(src.label(k), prefix), src.get(k), roles.get(k, "volume"))
             for k in keys if src.get(k) is not None]
    if not items:
        return _empty(src, chart, keys)
    if order is not None:
        items = order(items)
    by_key = {it.value.key: it for it in items}
    title = (finding(src, by_key) if finding else None) or _headline(items)
    panels, cards = _groups(items)
    fig, _ = _figure(panels, cards, label_width=label_width)
    text = ChartText(title, src.subtitle(CHARTS[chart].title), src.source_line(),
                     _notes(src, keys, [it.value for it in items]))
    return _finish(fig, text)


def _join(*parts: str | None) -> str | None:
    got = [p for p in parts if p]
    return "，".join(got) if got else None


def _say(by_key: Mapping[str, _Item], key: str, word: str | None = None) -> str | None:
    it = by_key.get(key)
    return None if it is None else f"{word if word is not None else it.label}{_vlabel(it.value)}"


# --------------------------------------------------------------------------- the charts
_RECON_FLOW = ("reconsideration.carried_over", "reconsideration.received", "reconsideration.accepted",
               "reconsideration.rejected", "reconsideration.concluded")
_RECON_OUT = ("reconsideration.upheld", "reconsideration.dismissed", "reconsideration.corrected",
              "reconsideration.terminated")


def correction_rate(report: Any) -> tuple[Value | None, float | None]:
    """The reported correction rate (or None) and the rate computed as corrected ÷ concluded × 100 (or None)."""
    src = _Source(report)
    rate = src.get("reconsideration.correction_rate")
    corrected, concluded = src.get("reconsideration.corrected"), src.get("reconsideration.concluded")
    computed = (100 * corrected.value / concluded.value
                if corrected is not None and concluded is not None and concluded.value > 0 else None)
    return rate, computed


def _recon_finding(src: _Source, by_key: Mapping[str, _Item]) -> str | None:
    rate, computed = correction_rate(src)
    rate_text = (f"纠错率{_vlabel(rate)}" if rate is not None
                 else f"纠错率{_trim(computed)}%（按纠错÷审结计算）" if computed is not None else None)
    return _join(_say(by_key, "reconsideration.concluded", "审结") or _say(by_key, "reconsideration.received", "收案"),
                 _say(by_key, "reconsideration.corrected", "纠错"), rate_text)


@_register("reconsideration_funnel", _RECON_FLOW + _RECON_OUT + ("reconsideration.correction_rate",),
           "行政复议案件办理情况")
def reconsideration_funnel(report: Any) -> Figure:
    """Reconsideration cases: intake, concluded and outcomes (corrections in red), and the correction rate.

    The title states cases concluded, corrected and the correction rate (reported, or computed from
    corrected ÷ concluded and marked as computed).
    """
    return _topic(report, "reconsideration_funnel",
                  {"reconsideration.corrected": "problem", "reconsideration.correction_rate": "focus"},
                  _recon_finding, prefix="行政复议", label_width=10)


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


def _audit_finding(src: _Source, by_key: Mapping[str, _Item]) -> str | None:
    parts = [by_key[k] for k in _AUDIT_TYPES if k in by_key]
    top = max(parts, key=lambda it: it.value.value) if parts else None
    summary = audit_summary(src)
    mismatch = summary["sums_to_total"] is False
    return _join(_say(by_key, _AUDIT_TOTAL, "完成审计项目"),
                 _most(parts) if top is not None and len(parts) > 1 else None,
                 summary["note"] if mismatch else None)


@_register("audit_by_type", (_AUDIT_TOTAL,) + _AUDIT_TYPES, "审计项目类型构成")
def audit_by_type(report: Any) -> Figure:
    """Audit projects by type (largest first) under their total, noting whether the types add up to it."""
    def order(items: list[_Item]) -> list[_Item]:
        total = [it for it in items if it.value.key == _AUDIT_TOTAL]
        return total + sorted((it for it in items if it.value.key != _AUDIT_TOTAL), key=lambda it: -it.value.value)

    fig = _topic(report, "audit_by_type", {_AUDIT_TOTAL: "focus"}, _audit_finding, label_width=10, order=order)
    src = _Source(report)
    if has_data(src, "audit_by_type"):
        note = audit_summary(src)["note"]
        fig.fazhi_text.notes.insert(0, f"注：{note}。")
    return fig


@_register("approval_consolidation", ("approval.departments_transferred", "approval.items_transferred",
                                      "approval.staff_transferred", "approval.seals_merged"),
           "相对集中行政许可权改革")
def approval_consolidation(report: Any) -> Figure:
    """Departments, approval items and staff transferred to the approval bureau; seals retired."""
    def finding(src, by_key):
        d, i = by_key.get("approval.departments_transferred"), by_key.get("approval.items_transferred")
        if d is not None and i is not None:
            return _join(f"{_vlabel(d.value)}部门的{_vlabel(i.value)}审批事项划转集中办理"
                         if d.value.unit == "个" else None, _say(by_key, "approval.staff_transferred", "划转人员"),
                         _say(by_key, "approval.seals_merged", "封存印章")) or None
        return None

    return _topic(report, "approval_consolidation", {"approval.items_transferred": "focus"}, finding)


_HALL_COUNTS = ("approval.hall_departments", "approval.items_in_hall", "approval.items_online",
                "approval.items_countywide", "approval.cases_handled")


@_register("service_hall", _HALL_COUNTS + ("approval.hall_entry_rate", "approval.online_rate"), "政务服务大厅与网上办理")
def service_hall(report: Any) -> Figure:
    """Service hall departments and items, online and county-wide items, cases handled, entry and online rates."""
    def finding(src, by_key):
        return _join(_say(by_key, "approval.items_in_hall", "进驻大厅事项"),
                     _say(by_key, "approval.hall_entry_rate", "进驻率"),
                     _say(by_key, "approval.items_online", "网上可办"),
                     _say(by_key, "approval.cases_handled", "办件")
                     if "approval.items_online" not in by_key else None)

    return _topic(report, "service_hall", {"approval.items_in_hall": "focus", "approval.hall_entry_rate": "focus"},
                  finding)


@_register("npc_vs_cppcc", ("oversight.npc_suggestions", "oversight.cppcc_proposals",
                            "oversight.suggestion_reply_rate", "oversight.suggestion_satisfaction_rate"),
           "人大代表建议与政协提案办理")
def npc_vs_cppcc(report: Any) -> Figure:
    """NPC deputies' suggestions versus CPPCC members' proposals handled, with reply and satisfaction rates."""
    def finding(src, by_key):
        a, b = by_key.get("oversight.npc_suggestions"), by_key.get("oversight.cppcc_proposals")
        if a is not None and b is not None and a.value.unit == b.value.unit and a.value.qualifier == "exact" \
                and b.value.qualifier == "exact":
            total = Value("", a.value.value + b.value.value, None, a.value.unit, "exact", "", "")
            head = f"办理人大代表建议和政协提案共{_vlabel(total)}"
        else:
            head = _join(_say(by_key, "oversight.npc_suggestions", "办理人大代表建议"),
                         _say(by_key, "oversight.cppcc_proposals", "政协提案"))
        return _join(head, _say(by_key, "oversight.suggestion_reply_rate", "办复率"),
                     _say(by_key, "oversight.suggestion_satisfaction_rate", "满意率"))

    return _topic(report, "npc_vs_cppcc", {"oversight.suggestion_satisfaction_rate": "focus"}, finding)


@_register("hotline", ("hotline.calls", "hotline.resolution_rate", "hotline.satisfaction_rate"), "政务服务热线")
def hotline(report: Any) -> Figure:
    """Hotline calls with the resolution and satisfaction rates."""
    def finding(src, by_key):
        return _join(_say(by_key, "hotline.calls", "热线受理"), _say(by_key, "hotline.resolution_rate", "办结率"),
                     _say(by_key, "hotline.satisfaction_rate", "满意率"))

    return _topic(report, "hotline", {"hotline.satisfaction_rate": "focus"}, finding)


@_register("mediation", ("mediation.cases", "mediation.succeeded", "mediation.success_rate"), "人民调解")
def mediation(report: Any) -> Figure:
    """Mediation cases, successes and the success rate."""
    def finding(src, by_key):
        return _join(_say(by_key, "mediation.cases", "调解纠纷"), _say(by_key, "mediation.succeeded", "成功"),
                     _say(by_key, "mediation.success_rate", "成功率"))

    return _topic(report, "mediation", {"mediation.success_rate": "focus"}, finding)


@_register("litigation", ("litigation.cases", "litigation.head_appearances", "litigation.lost",
                          "litigation.head_appearance_rate"), "行政应诉与负责人出庭")
def litigation(report: Any) -> Figure:
    """Administrative litigation cases, heads appearing in court, cases lost (red) and the appearance rate."""
    def finding(src, by_key):
        return _join(_say(by_key, "litigation.cases", "行政诉讼"),
                     _say(by_key, "litigation.head_appearances", "负责人出庭"),
                     _say(by_key, "litigation.head_appearance_rate", "出庭率"),
                     _say(by_key, "litigation.lost", "败诉"))

    return _topic(report, "litigation", {"litigation.head_appearance_rate": "focus", "litigation.lost": "problem"},
                  finding)


_ENF = ("enforcement.cases", "enforcement.penalties", "enforcement.lenient_cases", "enforcement.inspections",
        "enforcement.case_files_reviewed", "enforcement.case_file_problems", "enforcement.case_file_pass_rate",
        "enforcement.staff_trained", "enforcement.certified_staff", "enforcement.fines_amount")


@_register("enforcement", _ENF, "行政执法与案卷评查")
def enforcement(report: Any) -> Figure:
    """Enforcement cases and penalties, case-file reviews with the problems they found (red), staff."""
    def finding(src, by_key):
        review = _join(_say(by_key, "enforcement.case_files_reviewed", "评查案卷"),
                       _say(by_key, "enforcement.case_file_problems", "发现问题"),
                       _say(by_key, "enforcement.case_file_pass_rate", "合格率"))
        return review or _join(_say(by_key, "enforcement.cases", "执法案件"),
                               _say(by_key, "enforcement.penalties", "行政处罚"))

    return _topic(report, "enforcement", {"enforcement.case_file_problems": "problem",
                                          "enforcement.case_files_reviewed": "focus"}, finding)


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


@_register("figures_by_category", (), "报告数据按领域分布", needs_keys=False)
def figures_by_category(report: Any) -> Figure:
    """Count of figures per category for the whole report, the largest area in the accent colour."""
    src = _Source(report)
    df = category_counts(src)
    if df.empty:
        return _empty(src, "figures_by_category", [])
    items = [_Item(lab, Value("", float(n), None, "条", "exact", "", lab), "volume")
             for lab, n in zip(df["类别"], df["数据条数"])]
    named = [it for it in items if it.label != UNCATEGORISED]
    for it in named:
        if it.value.value == named[0].value.value:
            it.role = "focus"
    total = len(src.ind)
    title = f"共{format_number(total)}条数据" + (
        f"，{_most(named)}" if len(named) > 1 else
        f"，均属{named[0].label}" if named and len(items) == 1 else "")
    panels, cards = ([items], []) if len(items) > 2 else ([], items)
    fig, _ = _figure(panels, cards, label_width=8)
    m = src.ind["measure"].astype(object) if "measure" in src.ind.columns else pd.Series([], dtype=object)
    extra = [f"{lab}{int((m == k).sum())}条" for k, lab in (("change", "增减变化"), ("rank", "排名")) if (m == k).any()]
    notes = [f"注：共{format_number(total)}条数据" + ("，其中" + "、".join(extra) if extra else "") + "。"]
    return _finish(fig, ChartText(title, src.subtitle(CHARTS["figures_by_category"].title), src.source_line(),
                                  notes))


# --------------------------------------------------------------------------- the report's own audit
def _status_counts_text(statuses: list[str]) -> str:
    counts = {s: statuses.count(s) for s in ("pass", "warn", "fail", "skip")}
    return "，".join(f"{STATUS_LABELS[s]}{n}项" for s, n in counts.items() if n)


def _status_rows(ax, rows: list[tuple[str, str, str]], label_chars: float) -> None:
    """One row per item: a status chip (colour and word) then the item's label and its evidence."""
    ax.set_axis_off()
    n = len(rows)
    ax.set_xlim(0, 1)
    ax.set_ylim(n, 0)
    for y, (status, label, evidence) in enumerate(rows):
        color = style.STATUS_COLORS.get(status, style.NEUTRAL)
        ax.add_patch(FancyBboxPatch((0.005, y + 0.16), 0.09, 0.68, boxstyle="round,pad=0,rounding_size=0.12",
                                    facecolor=color, edgecolor="none", mutation_aspect=1 / 10))
        ax.text(0.05, y + 0.5, STATUS_LABELS.get(status, status), ha="center", va="center", color="white",
                fontsize=style.VALUE_SIZE)
        ax.text(0.11, y + 0.5, _wrap(label, label_chars, 2), ha="left", va="center", fontsize=style.VALUE_SIZE,
                color=style.TEXT, linespacing=1.15)
        if evidence:
            ax.text(0.47, y + 0.5, _wrap(evidence, label_chars * 1.75, 2), ha="left", va="center",
                    fontsize=style.NOTE_SIZE, color=style.MUTED, linespacing=1.15)
        if y:
            ax.axhline(y, color=style.TRACK, linewidth=0.6)


def _status_figure(src: _Source, chart: str, rows: list[tuple[str, str, str]], title: str,
                   notes: list[str]) -> Figure:
    fig = Figure(figsize=(_FIG_W, _TOP_IN + 0.42 * max(len(rows), 3) + 0.7), layout="constrained")
    FigureCanvasAgg(fig)
    _status_rows(fig.subplots(), rows, 19)
    return _finish(fig, ChartText(title, src.subtitle(CHARTS[chart].title), src.source_line(), notes))


def _has_rows(df: pd.DataFrame | None) -> bool:
    return df is not None and "status" in df.columns and len(df) > 0


@_register("scorecard", (), "合规评分：报告法定内容与报送时限", needs_keys=False,
           available=lambda src: _has_rows(src.compliance))
def compliance_scorecard(report: Any) -> Figure:
    """The compliance scorecard: each required content (督察工作规定) and timeliness with its status and evidence."""
    from .notebook import compliance_zh

    src = _Source(report)
    if not _has_rows(src.compliance):
        return _empty(src, "scorecard", [])
    table = compliance_zh(report)
    rows = [(s, lab, ev) for s, lab, ev in zip(table["_status"], table["要求"], table["依据"])]
    statuses = [r[0] for r in rows]
    title = f"报告法定内容{len(rows)}项：" + _status_counts_text(statuses)
    if "fail" in statuses:
        title += "（缺：" + "、".join(r[1] for r in rows if r[0] == "fail") + "）"
    return _status_figure(src, "scorecard", rows, title,
                          ["注：依据《法治政府建设与责任落实督察工作规定》第二十五条；“其他事项”为可选内容。"])


_MAX_CHECK_ROWS = 14


@_register("checks_summary", (), "一致性检查：报告数字与元数据自洽", needs_keys=False,
           available=lambda src: _has_rows(src.checks))
def checks_summary(report: Any) -> Figure:
    """The consistency checks: each rule with its status (problems first); the title counts them."""
    from .notebook import checks_zh

    src = _Source(report)
    if not _has_rows(src.checks):
        return _empty(src, "checks_summary", [])
    table = checks_zh(report)
    rows = [(s, rule, det) for s, rule, det in zip(table["_status"], table["规则"], table["说明"])]
    statuses = [r[0] for r in rows]
    order = {"fail": 0, "warn": 1, "pass": 2, "skip": 3}
    rows.sort(key=lambda r: order.get(r[0], 4))
    notes = []
    if len(rows) > _MAX_CHECK_ROWS:
        rest = rows[_MAX_CHECK_ROWS:]
        notes.append(f"注：另有{len(rest)}项未列出（{_status_counts_text([r[0] for r in rest])}）。")
        rows = rows[:_MAX_CHECK_ROWS]
    title = f"一致性检查{len(statuses)}项：" + _status_counts_text(statuses)
    return _status_figure(src, "checks_summary", rows, title, notes)




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
        region = safe_text(r.region, 30)
        issuer = safe_text(r.issuer, 40)
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
        self.issuers = list(dict.fromkeys(safe_text(x, 40) for x in metadata["issuer"] if not _isna(x) and str(x)))
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
        fig = Figure(figsize=(w, 2.9 + 0.36 * max(n, 3)), layout="constrained")
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
                ax.barh([y for y, _ in present], [full] * len(present), color=style.TRACK, height=0.62, zorder=1)
                ax.set_xlim(0, full)
                ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _p: f"{x:g}"))
                ax.set_xlabel("比率（%）")
            else:
                top = max([x for x in xs if x > 0], default=1)
                full = top * 1.3
                ax.set_xlim(0, full)
                ax.xaxis.set_major_locator(MaxNLocator(nbins=4 if len(keys) > 1 else "auto", steps=[1, 2, 2.5, 5, 10],
                                                       integer=all(float(x).is_integer() for x in xs)))
                ax.xaxis.set_major_formatter(_axis_formatter(full))
                units = {v.unit for _, v in present if v.unit}
                ax.set_xlabel(f"数值（{units.pop()}）" if len(units) == 1 else "数值（单位见数值标注）")
                ax.grid(axis="x", color=style.TRACK, linewidth=0.8, zorder=0)
                ax.set_axisbelow(True)
            top_y = max(present, key=lambda p: p[1].value)[0] if present else None
            ax.barh([y for y, _ in present], [max(x, 0) for x in xs], height=0.62, zorder=2,
                    color=[style.ACCENT if y == top_y and j == 0 else style.VOLUME for y, _ in present])
            for y, v in present:
                inside = is_rate and v.value >= full * 0.45
                ax.annotate(_vlabel(v), (max(v.value, 0), y), xytext=(-4 if inside else 4, 0),
                            textcoords="offset points", va="center", ha="right" if inside else "left",
                            fontsize=style.VALUE_SIZE, color="white" if inside else style.TEXT, zorder=3)
            for y, d in zip(ys, docs):
                if values[d][k] is None:
                    ax.annotate(_NOT_REPORTED, (0, y), xytext=(4, 0), textcoords="offset points", va="center",
                                ha="left", fontsize=style.VALUE_SIZE, color=style.MUTED, zorder=3)
            if len(keys) > 1:  # one key: the figure title names it
                ax.set_title(_wrap(label(k), 16), loc="left", fontsize=style.LABEL_SIZE + 0.5, color=style.TEXT)
            ax.tick_params(axis="y", length=0, labelleft=j == 0)
            ax.set_xlim(0, ax.get_xlim()[1])
            for side in ("left", "bottom"):
                ax.spines[side].set_color(style.NEUTRAL)
        axes[0].set_yticks(ys, [_report_tick(labels[d]) for d in docs])
        _center(axes[0], n, 3)
        first = [(d, values[d][keys[0]]) for d in docs if values[d][keys[0]] is not None]
        if len(first) >= 2:
            hi = max(first, key=lambda p: p[1].value)
            title = (f"{label(keys[0])}：{labels[hi[0]]}最高（{_vlabel(hi[1])}），"
                     f"{len(first)}/{n}份报告给出")
        elif first:
            title = f"{label(keys[0])}：仅{labels[first[0][0]]}给出（{_vlabel(first[0][1])}）"
        else:
            title = f"{label(keys[0])}：{n}份报告均未给出"
        notes = ["注：每份报告取该指标在文中首次出现的数值（增减变化、排名不计）"
                 + (f"；“{_NOT_REPORTED}”指报告未给出该指标" if any(values[d][k] is None for d in docs for k in keys)
                    else "") + "。"]
        if any(v.qualifier != "exact" or v.value_high is not None for v in drawn):
            notes.append(_NON_EXACT_NOTE)
        measure = "、".join(label(k) for k in keys) + f"｜{n}份报告比较"
        return _finish(fig, ChartText(title, measure, _CorpusSource(meta).source_line(), notes))


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


def save_png_svg(fig: Figure, out_dir: str | os.PathLike, stem: str) -> tuple[Path, Path]:
    """Save ``fig`` as ``<stem>.png`` and ``<stem>.svg`` inside ``out_dir`` (see :func:`save_figure`).

    The layout is computed once, for the PNG; the SVG keeps it (the layout engine is switched off after
    the first save, which halves the cost of the second).
    """
    from .export import safe_child

    out = Path(out_dir)
    png = save_figure(fig, safe_child(out, f"{stem}.png"))
    fig.set_layout_engine("none")
    svg = save_figure(fig, safe_child(out, f"{stem}.svg"))
    return png, svg


@dataclass
class BuiltChart:
    """One chart of a report, ready for a briefing: the finding, subtitle, source line, figure and files."""

    name: str
    title: str
    subtitle: str
    source: str
    notes: list[str]
    figure: Figure
    png: Path | None = None
    svg: Path | None = None


def chart_info(name: str, fig: Figure) -> BuiltChart:
    """The :class:`BuiltChart` of a figure drawn by a chart of this module."""
    t = getattr(fig, "fazhi_text", None) or ChartText(fig.get_label(), "", "")
    return BuiltChart(name, t.title, t.subtitle, t.source, list(t.notes), fig)


def _build(name: str, report: Any) -> Figure:
    with style.context():
        return CHARTS[name].func(report)


def report_charts(report_or_tables: Any) -> list[BuiltChart]:
    """Every chart of a report that has data, in chart order, with its finding, subtitle and source line.

    Figure charts come first, then the report's own audit (compliance scorecard, consistency checks).
    """
    src = _Source(report_or_tables)
    return [chart_info(name, _build(name, src)) for name in CHARTS if has_data(src, name)]


def write_charts(report_or_tables: Any, out_dir: str | os.PathLike) -> list[BuiltChart]:
    """Write every chart of :func:`report_charts` as ``<chart>.png`` and ``<chart>.svg`` in ``out_dir``.

    Returns:
        The charts, with ``png`` and ``svg`` set to the files written.
    """
    out = Path(out_dir)
    charts = report_charts(report_or_tables)
    for c in charts:
        c.png, c.svg = save_png_svg(c.figure, out, c.name)
    return charts


def write_all(report_or_tables: Any, out_dir: str | os.PathLike) -> list[Path]:
    """Write every chart that has data (see :func:`write_charts`); returns the files written, in chart order."""
    return [p for c in write_charts(report_or_tables, out_dir) for p in (c.png, c.svg)]


def _with_style(func: Callable[..., Figure]) -> Callable[..., Figure]:
    @functools.wraps(func)
    def wrapper(report: Any, *args, **kwargs) -> Figure:
        with style.context():
            return func(report, *args, **kwargs)
    return wrapper


# every public chart builds its figure inside the briefing style (font, minus sign, svg salt, no mathtext)
for _name, _spec in list(CHARTS.items()):
    _wrapped = _with_style(_spec.func)
    globals()[_name] = _wrapped
    CHARTS[_name] = replace(_spec, func=_wrapped)
del _name, _spec, _wrapped
compliance_scorecard = scorecard  # the function's descriptive name (the chart is registered as "scorecard")
compare_reports = _with_style(compare_reports)



# --------------------------------------------------------------------------- corpus comparisons (issue 12)
# Trends of one issuer over years and the distribution of one key among peers of the same level and year.

from .schema import VALUE_LABELS as _VALUE_LABELS  # noqa: E402

_LEVEL_ZH = _VALUE_LABELS["level"]
_TREND_PANELS = 9  # small multiples at most (one per key)


def _q(v) -> str:
    return "exact" if _isna(v) else str(v)


def _fig_label(value: float, unit: str, qualifier: str = "exact") -> str:
    return value_label(value, unit, qualifier, with_unit=True)


def trend_issuers(corpus: Any) -> list[str]:
    """issuer_ids with two or more years of some key, the one with most (key, year) figures first."""
    from .compare import trend

    t = trend(corpus)
    if not len(t):
        return []
    n = t.groupby(t["issuer_id"].astype(object)).size().sort_values(ascending=False, kind="stable")
    return [str(i) for i in n.index]


def trend_chart(corpus: Any, issuer_id: str | None = None, keys: list[str] | None = None) -> Figure:
    """An issuer's keys over the years: small multiples (one per key, grouped by unit, each axis in one
    unit and from zero), values labelled as reported.

    Args:
        corpus: a Corpus (or its tables dict).
        issuer_id: whose reports; default the issuer with the most figures over two or more years.
        keys: keys to draw (default the keys given in the most years, at most nine).

    Raises:
        ValueError: no issuer has two or more years of a key.
    """
    from .compare import trend

    with style.context():
        t = trend(corpus)
        if issuer_id is None:
            ids = trend_issuers(corpus)
            if not ids:
                raise ValueError("no issuer has two or more reports with the same key: nothing to draw")
            issuer_id = ids[0]
        t = t[t["issuer_id"].astype(object) == issuer_id]
        if keys is not None:
            t = t[t["key"].astype(object).isin(list(keys))]
        if not len(t):
            raise ValueError(f"no key of {issuer_id!r} is given in two or more years")
        names = _catalog_labels()
        t = t.assign(key=t["key"].astype(object), unit=t["unit"].astype(object).fillna(""))
        n_years = t.groupby("key")["report_year"].nunique()
        unit_of = t.groupby("key")["unit"].first()
        unit_rank = {u: i for i, u in enumerate(unit_of.value_counts().index)}
        ks = sorted(n_years.index, key=lambda k: (-n_years[k], unit_rank[unit_of[k]], k))[:_TREND_PANELS]
        ks = sorted(ks, key=lambda k: (unit_rank[unit_of[k]], -n_years[k], k))
        ncols = min(3, len(ks))
        nrows = math.ceil(len(ks) / ncols)
        fig = Figure(figsize=(3.3 * ncols + 0.8, 2.5 * nrows + 1.3), layout="constrained")
        FigureCanvasAgg(fig)
        axes = fig.subplots(nrows, ncols, squeeze=False).ravel()
        years = sorted(int(y) for y in t["report_year"].dropna().unique())
        for j, (ax, k) in enumerate(zip(axes, ks)):
            unit = str(unit_of[k])
            s = t[t["key"] == k].sort_values("report_year")
            xs = [int(y) for y in s["report_year"]]
            ys = [float(v) for v in s["value"]]
            top = max(ys)
            color = style.PRIMARY
            ax.plot(xs, ys, marker="o", color=color, linewidth=2, markersize=5, zorder=3)
            for x, y, q in zip(xs, ys, s["qualifier"]):
                ax.annotate(value_label(y, unit, _q(q)), (x, y), xytext=(0, 6), textcoords="offset points",
                            ha="center", va="bottom", fontsize=style.VALUE_SIZE - 0.5, color=style.TEXT, zorder=4)
            ax.set_xticks(years, [f"{y}年" for y in years])
            ax.set_xlim(years[0] - 0.45, years[-1] + 0.45)
            if unit in _PCT and top <= 100:
                ax.set_ylim(0, 115)
                ax.set_yticks([0, 25, 50, 75, 100])
            else:
                ax.set_ylim(0, (top * 1.3) or 1)
                ax.yaxis.set_major_locator(MaxNLocator(nbins=4))
            ax.yaxis.set_major_formatter(_axis_formatter(top or 1))
            u = "%" if unit in _PCT else (unit or "—")
            ax.set_title(_wrap(f"{names.get(k, k)}（{u}）", 18), loc="left", fontsize=style.LABEL_SIZE,
                         color=style.TEXT)
            ax.grid(axis="y", color=style.TRACK, linewidth=0.8, zorder=0)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
            ax.tick_params(labelsize=style.TICK_SIZE - 1)
        for ax in axes[len(ks):]:
            ax.set_visible(False)
        lead = ks[0] if len(ks) == 1 else sorted(ks, key=lambda k: (-n_years[k], k))[0]
        s = t[t["key"] == lead].sort_values("report_year")
        unit = str(unit_of[lead])
        v0, v1 = float(s["value"].iloc[0]), float(s["value"].iloc[-1])
        y0, y1 = int(s["report_year"].iloc[0]), int(s["report_year"].iloc[-1])
        verb = "升至" if v1 > v0 else "降至" if v1 < v0 else "持平于"
        issuer = str(s["issuer"].dropna().iloc[-1]) if s["issuer"].notna().any() else issuer_id
        title = (f"{issuer_id}：{names.get(lead, lead)}{y0}—{y1}年由{_fig_label(v0, unit, _q(s['qualifier'].iloc[0]))}"
                 f"{verb}{_fig_label(v1, unit, _q(s['qualifier'].iloc[-1]))}")
        meta, _ = _corpus_frames(corpus)
        docs = set(t["doc_id"].astype(object))
        more = len(n_years) - len(ks)
        notes = [f"注：{issuer}等同一发布机构各年度报告；每份报告取该指标在文中首次出现的数值（增减变化、排名不计）；"
                 "每个小图一个指标、一种单位，纵轴从零开始" + (f"；另有{more}个指标未画出" if more > 0 else "") + "。"]
        subtitle = f"各年度报告数值｜{issuer}｜{years[0]}—{years[-1]}年"
        src = _CorpusSource(meta[meta["doc_id"].astype(object).isin(docs)]).source_line()
        return _finish(fig, ChartText(title, subtitle, src, notes))


def peers_chart(corpus: Any, key: str, *, focus: str | None = None, level: str | None = None,
                year: int | None = None, n_names: int = 3) -> Figure:
    """Where reports of the same level and year stand on ``key``: one dot per report on a strip, the
    median marked, the focus report highlighted, the top and bottom ``n_names`` named.

    Args:
        corpus: a Corpus (or its tables dict).
        key: the canonical key.
        focus: a doc_id to highlight (its level and year choose the peers).
        level, year: the peer group; default the focus report's, else the largest group.
        n_names: how many of the highest and lowest to name.

    Raises:
        ValueError: no report of the group gives the key.
    """
    from .compare import peers

    with style.context():
        p = peers(corpus, key, level=level, year=year, focus=focus)
        if not len(p):
            raise ValueError(f"no report of that level and year gives {key!r}")
        grp = p.groupby(["level", "report_year", "unit"], observed=True, sort=False).size()
        if focus is not None and p["focus"].any():
            f = p[p["focus"]].iloc[0]
            g = (f["level"], f["report_year"], f["unit"])
        else:
            g = grp.sort_values(ascending=False, kind="stable").index[0]
        p = p[(p["level"] == g[0]) & (p["report_year"] == g[1]) & (p["unit"] == g[2])].reset_index(drop=True)
        meta, _ = _corpus_frames(corpus)
        labels = report_labels(meta)
        names = _catalog_labels()
        label = names.get(key, key)
        unit = str(g[2])
        n = len(p)
        med = float(p["median"].iloc[0])
        fig = Figure(figsize=(style.FIGSIZE[0], 3.4), layout="constrained")
        FigureCanvasAgg(fig)
        ax = fig.subplots()
        xs = [float(v) for v in p["value"]]
        # deterministic jitter: ranks spread over five lanes
        ys = [((i * 3) % 5 - 2) * 0.12 for i in range(n)]
        is_focus = list(p["focus"].astype(bool))
        ax.scatter([x for x, f in zip(xs, is_focus) if not f], [y for y, f in zip(ys, is_focus) if not f],
                   s=42, color=style.VOLUME, edgecolor="white", linewidth=0.6, zorder=3)
        if any(is_focus):
            i = is_focus.index(True)
            ax.scatter([xs[i]], [ys[i]], s=90, color=style.ACCENT, edgecolor="white", linewidth=0.8, zorder=5)
        ax.axvline(med, color=style.NEUTRAL, linewidth=1.2, linestyle="--", zorder=2)
        ax.annotate(f"中位数 {_fig_label(med, unit)}", (med, -0.6), xytext=(4, 0), textcoords="offset points",
                    ha="left", va="bottom", fontsize=style.VALUE_SIZE - 0.5, color=style.MUTED)
        same = min(xs) == max(xs)
        named = set() if same else set(range(min(n_names, n))) | set(range(max(0, n - n_names), n))
        if any(is_focus):
            named.add(is_focus.index(True))
        for i in sorted(named):
            up = ys[i] >= 0 and not is_focus[i]  # the focus report is labelled below its dot
            name = labels.get(p["doc_id"].iloc[i], str(p["issuer"].iloc[i]))
            ax.annotate(f"{name}\n{_fig_label(xs[i], unit, _q(p['qualifier'].iloc[i]))}", (xs[i], ys[i]),
                        xytext=(0, 9 if up else -9), textcoords="offset points", ha="center",
                        va="bottom" if up else "top", fontsize=style.NOTE_SIZE,
                        color=style.ACCENT if is_focus[i] else style.TEXT, zorder=6)
        lo, hi = min(xs), max(xs)
        pad = (hi - lo) * 0.12 or max(abs(hi) * 0.1, 1)
        ax.set_xlim(lo - pad, hi + pad)
        ax.set_ylim(-0.62, 0.62)
        ax.set_yticks([])
        ax.xaxis.set_major_formatter(_axis_formatter(hi or 1))
        ax.set_xlabel(f"{label}（{'%' if unit in _PCT else unit}）")
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
        lev = _LEVEL_ZH.get(str(g[0]), str(g[0]))
        yr = int(g[1])
        if any(is_focus):
            i = is_focus.index(True)
            r = int(p["rank"].iloc[i])
            title = (f"{labels.get(p['doc_id'].iloc[i], '')}{label}{_fig_label(xs[i], unit)}，"
                     f"在{n}份{yr}年{lev}报告中居第{r}位（中位数{_fig_label(med, unit)}）")
        elif same:
            title = f"{label}：{n}份{yr}年{lev}报告均为{_fig_label(xs[0], unit)}"
        else:
            top = labels.get(p["doc_id"].iloc[0], str(p["issuer"].iloc[0]))
            title = (f"{label}：{n}份{yr}年{lev}报告中位数{_fig_label(med, unit)}，"
                     f"最高为{top}（{_fig_label(xs[0], unit)}）")
        notes = [f"注：仅比较同一层级（{lev}）、同一年度、同一单位的报告；每份报告取该指标在文中首次出现的数值；"
                 f"标出最高和最低各{n_names}份" + ("及所关注的报告（深色大点）" if any(is_focus) else "") + "。"]
        docs = set(p["doc_id"].astype(object))
        subtitle = f"{label}｜{yr}年{lev}报告{n}份｜同级同年比较"
        src = _CorpusSource(meta[meta["doc_id"].astype(object).isin(docs)]).source_line()
        return _finish(fig, ChartText(title, subtitle, src, notes))


#: Corpus charts drawn by :func:`write_corpus_charts`, at most: a fixed number whatever the corpus size.
CORPUS_COMPARE_KEYS = 3  # compare_<key>: the indicators given by most reports
CORPUS_COMPARE_REPORTS = 30  # bars per compare chart: the reports with the largest values
CORPUS_PEER_KEYS = 3  # peers_<key>
CORPUS_TREND_ISSUERS = 6  # trend_<issuer_id>


def _most_reported_levels(ind: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """(level figures with a key, keys by the number of reports giving them, most first)."""
    lev = ind[ind["key"].notna() & (ind["measure"].astype(object) == "level")]
    counts = lev.drop_duplicates(["doc_id", "key"])["key"].astype(object).value_counts()
    return lev, [str(k) for k, n in counts.items() if n >= 2]


def write_corpus_charts(corpus: Any, out_dir: str | os.PathLike, *, max_compare: int = CORPUS_COMPARE_KEYS,
                        max_reports: int = CORPUS_COMPARE_REPORTS, max_peers: int = CORPUS_PEER_KEYS,
                        max_issuers: int = CORPUS_TREND_ISSUERS,
                        on_error: Callable[[str, Exception], None] | None = None) -> list[Path]:
    """The corpus charts, PNG and SVG, in ``out_dir``: a fixed small number whatever the corpus size.

    - ``compare_<key>``: the ``max_compare`` keys given by most reports, the ``max_reports`` largest
      values each (:func:`compare_reports`).
    - ``peers_<key>``: the ``max_peers`` keys given by most reports, each in its largest group of the same
      level and year, when that group has two or more reports giving different figures (:func:`peers_chart`).
    - ``trend_<issuer_id>``: the ``max_issuers`` issuers with two or more years and most figures
      (:func:`trend_chart`).

    Nothing is drawn for fewer than two reports. Used by ``fazhi build`` and available to notebooks.

    Args:
        corpus: a :class:`~fazhi_analysis.corpus.Corpus`.
        out_dir: the folder (created); files are written inside it only (``export.safe_child``).
        on_error: called with (chart file stem, exception) when a chart cannot be drawn or written; the
            other charts are still drawn. Without it the first error is raised.

    Returns:
        The files written.
    """
    from .compare import peers
    from .export import safe_child, safe_doc_id

    if len(corpus) < 2:
        return []
    out = Path(out_dir)
    written: list[Path] = []

    def draw(stem: str, make: Callable[[], Figure]) -> None:
        try:
            written.extend(save_png_svg(make(), out, stem))
        except (OSError, ValueError, ReportError) as exc:
            if on_error is None:
                raise
            on_error(stem, exc)

    _, ind = _corpus_frames(corpus)
    lev, keys = _most_reported_levels(ind)
    if max_compare and keys:
        tables = corpus.tables(extra=False)
        doc_col = {t: df["doc_id"].astype(object) for t, df in tables.items()}
        for key in keys[:max_compare]:
            top = lev[lev["key"] == key].drop_duplicates("doc_id").nlargest(max_reports, "value")
            docs = set(top["doc_id"].astype(object))
            sub = {t: df[doc_col[t].isin(docs)].reset_index(drop=True) for t, df in tables.items()}
            draw(f"compare_{safe_doc_id(key)}", lambda sub=sub, key=key: compare_reports(sub, key))
    drawn = 0
    for key in keys:
        if drawn >= max_peers:
            break
        p = peers(corpus, key)
        if not len(p) or int(p["n_peers"].max()) < 2:
            continue
        big = p[p["n_peers"] == p["n_peers"].max()]
        if big.groupby(["level", "report_year", "unit"], observed=True)["value"].nunique().max() < 2:
            continue  # every peer gives the same figure: nothing to rank
        draw(f"peers_{safe_doc_id(key)}", lambda key=key: peers_chart(corpus, key))
        drawn += 1
    for issuer in trend_issuers(corpus)[:max_issuers]:
        draw(f"trend_{safe_doc_id(issuer)}", lambda issuer=issuer: trend_chart(corpus, issuer))
    return written
