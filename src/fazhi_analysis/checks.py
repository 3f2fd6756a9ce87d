"""Consistency checks (sums, rates, dates, metadata) and the compliance scorecard of one report.

Rules are data: ``data/rules.csv`` has one row per rule with the columns

* ``check_id`` — the rule's id (``*.breakdown_sum`` is filled in per figure, see below);
* ``kind`` — the kind written to the ``checks`` table: sum, rate, date or metadata;
* ``method`` — which generic evaluator runs it (below);
* ``target`` / ``terms`` — catalog keys (or metadata fields); terms are ``|``-separated and a trailing
  ``?`` marks an optional term, included when the report gives it;
* ``tolerance`` — extra absolute tolerance in the target's unit, on top of the report's own rounding;
* ``min_terms`` — for partial sums: how many parts must be reported before the rule is checked;
* ``severity`` — the status of a violation when every figure is exact (``fail``, or ``warn`` where
  the definition of a figure varies between reports);
* ``label_zh`` — what the rule says, for analysts.

Methods:

* ``sum``: target = sum of terms. ``skip`` when the target or a required term is missing.
* ``partial_sum``: target vs the parts that are reported (at least ``min_terms``): equal ``pass``,
  parts exceed the total ``fail``, parts fall short ``warn`` (a report may omit a type).
* ``rate``: target (in %) = numerator / denominator × 100; terms are ``numerator|denominator``.
* ``breakdown_sum``: no keys. Each total with at least ``min_terms`` parts naming it in ``part_of``
  (the indicators stage reads breakdowns: a parenthesis right after a count, or a ``其中`` clause, closed
  at its parenthesis or the end of its clause): equal ``pass``, parts exceed the total ``fail``, parts
  fall short ``skip`` ("partial breakdown"). Tables without ``role`` (older outputs) fall back to the
  figures after ``其中`` within one sentence. The check id is ``<category or report>.breakdown_sum@<id>``
  with the indicator_id of the total.
* ``agree``: two metadata fields agree (brackets and spaces ignored); ``skip`` when one is missing.
* ``date_order``: metadata date ``target`` <= ``terms``.
* ``title_year``: the title's year vs the years named in level-1 achievements headings (else the
  opening body paragraphs); also ``warn`` when the publication year is not report_year + 1 (late
  December of report_year is accepted).

Figures:

* Only figures with measure ``level`` are used. When a key occurs several times, the first occurrence is
  used; if the occurrences disagree in value a pass/fail becomes ``warn`` naming all of them.
* Rounding: a reported rate is taken as exact to half a unit of its last printed decimal (76.15% ±0.005,
  93% ±0.5). Other figures are exact, except those printed with decimals or a multiplier (1.2万件 ±500).
* Qualifiers make a figure an interval: 余/多/超过 and 以上 have no upper bound, 不足/以下 no lower bound
  (other than 0), 约/左右/近 is ±10 %, a range 1-2 is its two ends. When any figure involved is not exact
  the arithmetic cannot be strict: consistent intervals ``pass``, inconsistent ones ``warn`` (never fail).

Details are written in Chinese for the analysts who read them (workbooks, charts, decks): the rule's
``label_zh``, a full-width colon, then the figures as printed with their ``[start:end]`` spans, indicator
and metadata fields named by their Chinese labels (catalog ``label_zh``, schema labels). ``check_id``,
``kind``, ``status``, ``expected`` and ``reported`` (and the scorecard's ``item``, ``status`` and
``evidence``) stay machine-readable.

Litigation rates are checked against the concluded cases (审结), never the cases received: 败诉率 and 调撤率 are
computed over 审结 cases while the reports' case count is usually the cases received, so lost ÷ cases would not
indicate an error. Their severity is ``warn``: some reports divide by all cases closed (结案) instead.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from typing import Any

import pandas as pd

from . import schema
from .numerals import ascii_digits, find_year

__all__ = ["Rule", "load_rules", "rule_label", "run_checks", "score_compliance"]

KINDS = ("sum", "rate", "date", "metadata")
METHODS = ("sum", "partial_sum", "rate", "breakdown_sum", "agree", "date_order", "title_year")
ABOUT = 0.10  # 约/左右/近: ±10 %
_EPS = 1e-9
_INF = math.inf
_PCT_UNITS = ("%", "％", "个百分点", "百分点")
_ORDER = {"skip": 0, "pass": 1, "warn": 2, "fail": 3}


# ---------------------------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    """One row of ``data/rules.csv``."""

    check_id: str
    kind: str
    method: str
    target: str
    terms: tuple[tuple[str, bool], ...]  # (key, optional)
    tolerance: float
    min_terms: int
    severity: str
    label_zh: str

    def keys(self) -> list[str]:
        """Every catalog key the rule refers to (empty for metadata and generic rules)."""
        if self.method not in ("sum", "partial_sum", "rate"):
            return []
        return [self.target] + [k for k, _ in self.terms]


def _parse_rules(text: str) -> list[Rule]:
    rules = []
    for n, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        def bad(msg, n=n, row=row):
            return ValueError(f"rules.csv line {n} ({row.get('check_id')}): {msg}")

        kind, method = (row.get("kind") or "").strip(), (row.get("method") or "").strip()
        if kind not in KINDS:
            raise bad(f"kind {kind!r} not in {KINDS}")
        if method not in METHODS:
            raise bad(f"method {method!r} not in {METHODS}")
        terms = []
        for t in (row.get("terms") or "").split("|"):
            t = t.strip()
            if t:
                terms.append((t.rstrip("?"), t.endswith("?")))
        target = (row.get("target") or "").strip()
        if method != "breakdown_sum" and not target:
            raise bad("target is empty")
        if method == "rate" and (len(terms) != 2 or any(o for _, o in terms)):
            raise bad("a rate needs exactly two required terms: numerator|denominator")
        if method in ("sum", "partial_sum") and not terms:
            raise bad("a sum needs terms")
        if method in ("agree", "date_order") and len(terms) != 1:
            raise bad(f"{method} compares the target with exactly one field")
        severity = (row.get("severity") or "fail").strip()
        if severity not in ("fail", "warn"):
            raise bad(f"severity {severity!r} must be fail or warn")
        rules.append(Rule(
            check_id=row["check_id"].strip(), kind=kind, method=method, target=target, terms=tuple(terms),
            tolerance=float((row.get("tolerance") or "0").strip() or 0),
            min_terms=int((row.get("min_terms") or "2").strip() or 2),
            severity=severity, label_zh=(row.get("label_zh") or "").strip()))
    return rules


@lru_cache(maxsize=1)
def _packaged_rules() -> tuple[Rule, ...]:
    text = resources.files(__package__).joinpath("data").joinpath("rules.csv").read_text(encoding="utf-8")
    return tuple(_parse_rules(text))


def load_rules() -> list[Rule]:
    """The packaged rules from ``data/rules.csv``.

    Raises:
        ValueError: a row of the rules file is malformed (a bug in the package data).
    """
    return list(_packaged_rules())


def rule_label(check_id: str) -> str:
    """What a check checks, in Chinese (the rule's ``label_zh``): ``oversight.breakdown_sum@66`` ->
    ``括号或“其中”所列分项之和不超过总数``; the id itself when no rule of the package names it (claim checks
    and other ids from outside this module)."""
    base = str(check_id).split("@")[0]
    labels = {r.check_id: r.label_zh for r in _packaged_rules() if r.label_zh}
    return labels.get(base) or labels.get("*." + base.split(".", 1)[-1]) or str(check_id)


# ---------------------------------------------------------------------------------------------- helpers


def _na(x) -> bool:
    if x is None or x is pd.NA or x is pd.NaT:
        return True
    return isinstance(x, float) and math.isnan(x)


def _val(x):
    return None if _na(x) else x


def _records(df: pd.DataFrame | list[dict] | None) -> list[dict]:
    if df is None or len(df) == 0:
        return []
    if isinstance(df, list):  # records from the parser: plain Python values, None for missing
        return df
    return [{k: _val(v) for k, v in r.items()} for r in df.to_dict("records")]


@lru_cache(maxsize=1)
def _key_labels() -> dict[str, str]:
    """Catalog key -> its Chinese label (empty when the catalog cannot be read)."""
    try:
        from .indicators import catalog

        cat = catalog()
        return {str(k): str(v) for k, v in zip(cat["key"], cat["label_zh"]) if v}
    except Exception:  # noqa: BLE001 - a label is a nicety: the key itself is shown then
        return {}


def _key_label(key: str) -> str:
    return _key_labels().get(key, key)


def _field_label(name: str) -> str:
    """A metadata field's Chinese label from the schema (``signed_date`` -> ``成文日期``)."""
    return schema.labels("metadata").get(name, name)


def _fmt(v: float | None, digits: int = 4) -> str:
    if v is None:
        return "?"
    if v in (_INF, -_INF):
        return "∞" if v > 0 else "-∞"
    if abs(v - round(v)) < 1e-9:
        return str(int(round(v)))
    return f"{v:.{digits}f}".rstrip("0").rstrip(".")


@dataclass(slots=True)
class _Fig:
    indicator_id: int | None
    key: str | None
    category: str | None
    name: str | None
    value: float
    high: float | None
    unit: str
    qualifier: str
    raw: str
    start: int | None
    end: int | None
    paragraph_id: int | None
    sentence: str | None
    part_of: int | None = None
    role: str | None = None
    sentence_start: int | None = None

    @property
    def exact(self) -> bool:
        return self.qualifier == "exact" and self.high is None

    def desc(self) -> str:
        label = self.name or (_key_label(self.key) if self.key else "")
        raw = self.raw or f"{_fmt(self.value)}{self.unit}"
        span = f" [{self.start}:{self.end}]" if self.start is not None else ""
        return f"{label} {raw}{span}".strip()


def _opt_int(x) -> int | None:
    return x if x.__class__ is int else (None if x is None else int(x))


_FIG_FIELDS = itemgetter("value", "value_high", "indicator_id", "key", "category", "name", "unit", "qualifier", "raw",
                         "start", "end", "paragraph_id", "sentence", "part_of", "role", "sentence_start")


def _fig(r: dict) -> _Fig | None:
    try:  # a row of the parser's records holds every field: all read in one call
        v, h, iid, key, cat, name, unit, q, raw, s, e, pid, sent, part, role, ss = _FIG_FIELDS(r)
    except KeyError:  # a row of an older or hand-made table: read field by field
        return _fig_get(r)
    if v is None:
        return None
    return _Fig(iid if iid.__class__ is int else _opt_int(iid), key, cat, name, float(v),
                None if h is None else float(h), unit or "", q or "exact", raw or "",
                s if s.__class__ is int else _opt_int(s), e if e.__class__ is int else _opt_int(e),
                pid if pid.__class__ is int else _opt_int(pid), sent,
                part if part.__class__ is int else _opt_int(part), role,
                ss if ss.__class__ is int else _opt_int(ss))


def _fig_get(r: dict) -> _Fig | None:
    g = r.get
    v = g("value")
    if v is None:
        return None
    h = g("value_high")
    return _Fig(_opt_int(g("indicator_id")), g("key"), g("category"), g("name"), float(v),
                None if h is None else float(h), g("unit") or "", g("qualifier") or "exact", g("raw") or "",
                _opt_int(g("start")), _opt_int(g("end")), _opt_int(g("paragraph_id")), g("sentence"),
                _opt_int(g("part_of")), g("role"), _opt_int(g("sentence_start")))


_ARABIC = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_CN_DEC = re.compile(r"点([〇○零一二三四五六七八九]+)")


def _half_unit(f: _Fig, always: bool) -> float:
    """Half a unit of the last printed digit of ``f`` in value units (0 for plain integers unless ``always``)."""
    raw = f.raw or ""
    if not raw.isascii():
        raw = ascii_digits(raw)
    m = _ARABIC.search(raw)
    if m:
        dec = len(m.group(1) or "")
        lit = float(m.group(0).replace(",", ""))
    else:
        cm = _CN_DEC.search(raw)
        dec = len(cm.group(1)) if cm else 0
        lit = f.value
    mult = f.value / lit if lit else 1.0
    if abs(mult - 1.0) < 1e-9 or mult <= 0:
        mult = 1.0
    if not always and dec == 0 and mult == 1.0:
        return 0.0
    return 0.5 * 10.0 ** -dec * mult


def _interval(f: _Fig, h: float) -> tuple[float, float]:
    v = f.value
    vh = f.high if f.high is not None else v
    q = f.qualifier
    if q in ("more_than", "at_least"):
        return v - h, _INF
    if q in ("less_than", "at_most"):
        return (0.0 if v >= 0 else -_INF), vh + h
    if q == "about":
        return min(v * (1 - ABOUT), v * (1 + ABOUT)) - h, max(vh * (1 - ABOUT), vh * (1 + ABOUT)) + h
    return v - h, vh + h


def _eps(*vals: float) -> float:
    return _EPS * max([1.0] + [abs(v) for v in vals if not math.isinf(v)])


def _row(check_id, kind, status, expected=None, reported=None, detail=""):
    return {"check_id": check_id, "kind": kind, "status": status,
            "expected": pd.NA if expected is None else float(expected),
            "reported": pd.NA if reported is None else float(reported), "detail": detail}


def _qual_note(figs: list[_Fig]) -> str:
    loose = [f for f in figs if not f.exact]
    if not loose:
        return ""
    return "（非确数：" + "、".join(f.raw or _fmt(f.value) for f in loose) + "）"


# ---------------------------------------------------------------------------------------------- keyed rules


class _Occurrences:
    """First occurrence of every key, and disagreeing repeats."""

    def __init__(self, figs: list[_Fig]):
        self.all: dict[str, list[_Fig]] = {}
        for f in figs:
            if f.key:
                self.all.setdefault(f.key, []).append(f)

    def first(self, key: str) -> _Fig | None:
        occ = self.all.get(key)
        return occ[0] if occ else None

    def disagreement(self, key: str) -> str | None:
        occ = self.all.get(key) or []
        if not occ:
            return None
        first = occ[0]
        others = [f for f in occ[1:] if (f.value, f.high) != (first.value, first.high)]
        if not others:
            return None
        return (f"{_key_label(key)}在报告中数值不一致：" + " 与 ".join(f.desc() for f in [first] + others)
                + "，采用第一处")


def _skip_missing(rule: Rule, missing: list[str]) -> dict:
    return _row(rule.check_id, rule.kind, "skip",
                detail=f"{rule.label_zh}：未检查，报告缺少" + "、".join(_key_label(k) for k in missing))


def _missing(rule: Rule, occ: _Occurrences) -> list[str]:
    keys = [rule.target] + [k for k, opt in rule.terms if not opt]
    return [k for k in keys if occ.first(k) is None]


def _with_duplicates(rule: Rule, occ: _Occurrences, figs: list[_Fig], status: str, detail: str) -> tuple[str, str]:
    notes = [d for d in (occ.disagreement(k) for k in dict.fromkeys(f.key for f in figs)) if d]
    if notes and status in ("pass", "fail"):
        return "warn", detail + "；" + "；".join(notes)
    return status, detail


def _eval_sum(rule: Rule, occ: _Occurrences) -> dict:
    missing = _missing(rule, occ)
    if missing:
        return _skip_missing(rule, missing)
    target = occ.first(rule.target)
    parts = [occ.first(k) for k, _ in rule.terms if occ.first(k) is not None]
    # a term that is itself a part of another term (不受理12宗（其中转送10宗…）) is already counted in it
    ids = {p.indicator_id for p in parts if p.indicator_id is not None}
    parts = [p for p in parts if p.part_of is None or p.part_of not in ids]
    if rule.method == "partial_sum" and len(parts) < rule.min_terms:
        return _row(rule.check_id, rule.kind, "skip", reported=target.value,
                    detail=f"{rule.label_zh}：未检查，报告只给出{len(parts)}个分项（至少需要{rule.min_terms}个）")
    tlo, thi = _interval(target, _half_unit(target, False) + rule.tolerance)
    plo, phi, expected = _sum_interval(parts)
    figs = [target] + parts
    strict = all(f.exact for f in figs)
    eps = _eps(tlo, thi, plo, phi)
    unit = target.unit
    rhs = " + ".join(p.desc() for p in parts) + f" = {_fmt(expected)}{unit}"
    note = _qual_note(figs)
    if plo <= thi + eps and tlo <= phi + eps:
        status, op = "pass", "="
        tail = note + ("，计入限定词后相符" if note else "")
    elif plo > thi + eps:
        status = rule.severity if strict else "warn"
        op = "≠" if rule.method == "sum" else "<"
        tail = (f"（分项之和超出总数{_fmt(expected - target.value)}{unit}）" if rule.method != "sum"
                else f"（相差{_fmt(expected - target.value)}{unit}）") + note
    else:
        op = "≠" if rule.method == "sum" else ">"
        if rule.method == "partial_sum":
            status = "warn"
            tail = f"（分项不全：分项之和{_fmt(expected)}{unit}，总数{_fmt(target.value)}{unit}）" + note
        else:
            status = rule.severity if strict else "warn"
            tail = f"（相差{_fmt(expected - target.value)}{unit}）" + note
    detail = f"{rule.label_zh}：{target.desc()} {op} {rhs}{tail}"
    status, detail = _with_duplicates(rule, occ, figs, status, detail)
    return _row(rule.check_id, rule.kind, status, expected, target.value, detail)


def _eval_rate(rule: Rule, occ: _Occurrences) -> dict:
    missing = _missing(rule, occ)
    if missing:
        return _skip_missing(rule, missing)
    target = occ.first(rule.target)
    num, den = occ.first(rule.terms[0][0]), occ.first(rule.terms[1][0])
    if den.value == 0:
        return _row(rule.check_id, rule.kind, "skip", reported=target.value,
                    detail=f"{rule.label_zh}：未检查，分母{den.desc()}为零")
    tol = _half_unit(target, True) + rule.tolerance
    tlo, thi = _interval(target, tol)
    nlo, nhi = _interval(num, _half_unit(num, False))
    dlo, dhi = _interval(den, _half_unit(den, False))
    nlo = max(nlo, 0.0)
    elo = 0.0 if math.isinf(dhi) else nlo / dhi * 100
    ehi = _INF if dlo <= 0 or math.isinf(nhi) else nhi / dlo * 100
    expected = num.value / den.value * 100
    figs = [target, num, den]
    strict = all(f.exact for f in figs)
    eps = _eps(tlo, thi, elo, ehi)
    note = _qual_note(figs)
    if elo <= thi + eps and tlo <= ehi + eps:
        status, op = "pass", "="
        if note:
            note += "，计入限定词后相符"
    else:
        status, op = (rule.severity if strict else "warn"), "≠"
    detail = (f"{rule.label_zh}：{target.desc()} {op} {num.desc()} ÷ {den.desc()} × 100 = {_fmt(expected)}%"
              f"（容差 ±{_fmt(tol, 6)}）{note}")
    status, detail = _with_duplicates(rule, occ, figs, status, detail)
    return _row(rule.check_id, rule.kind, status, expected, target.value, detail)


# ---------------------------------------------------------------------------------------------- breakdown


def _sentence_start(f: _Fig, paras: dict[int, tuple[int, str]]) -> int | None:
    """Offset of the figure's sentence: given by the parser, else found in a window around the figure.

    The search only looks where the sentence can start (at most ``len(sentence)`` before the figure), so a
    text of many identical sentences costs no more than one of different sentences.
    """
    if f.sentence_start is not None:
        return f.sentence_start
    s = f.sentence
    if not s or f.start is None:
        return None
    p = paras.get(f.paragraph_id) if f.paragraph_id is not None else None
    if p is not None:
        pstart, text = p
        rel = f.start - pstart
        i = text.find(s, max(0, rel - len(s) + 1), rel + len(s))
        while 0 <= i <= rel:
            if rel < i + len(s):
                return pstart + i
            i = text.find(s, i + 1, rel + len(s))
    i = s.find(f.raw) if f.raw else -1
    return f.start - i if i >= 0 else None


def _eval_breakdowns(rule: Rule, figs: list[_Fig], paras: dict[int, tuple[int, str]]) -> list[dict]:
    groups: dict[tuple, list[_Fig]] = {}
    for f in figs:
        if f.start is None or f.end is None:
            continue
        s0 = _sentence_start(f, paras)
        if s0 is not None:
            groups.setdefault((s0, f.sentence), []).append(f)
    rows = []
    for (s0, sentence), members in sorted(groups.items(), key=lambda kv: kv[0][0]):
        if "其中" not in sentence:
            continue
        members.sort(key=lambda f: f.start)
        starts = [f.start for f in members]
        qs = [s0 + m.start() for m in re.finditer("其中", sentence)]
        semis = [s0 + m.start() for m in re.finditer("[；;]", sentence)]
        for i, q in enumerate(qs):  # bisecting keeps many 其中 in one sentence linear
            nxt = qs[i + 1] if i + 1 < len(qs) else _INF
            j = bisect_left(starts, q + 2)
            if j == len(members) or members[j].start >= nxt or not members[j].unit \
                    or members[j].unit in _PCT_UNITS:
                continue
            unit = members[j].unit
            k = bisect_left(semis, q)
            stop = min(nxt, semis[k] + 1 if k < len(semis) else _INF)  # a figure after a ； ends the run
            parts = []  # the contiguous run of same-unit figures after 其中, up to a ；
            while j < len(members) and members[j].start < stop and members[j].unit == unit:
                parts.append(members[j])
                j += 1
            if len(parts) < rule.min_terms:
                continue
            b = bisect_left(starts, q) - 1
            while b >= 0 and not (members[b].end <= q and members[b].unit == unit):
                b -= 1
            if b < 0:
                continue
            rows.append(_breakdown_row(rule, members[b], parts))
    return rows


def _eval_part_of(rule: Rule, figs: list[_Fig]) -> list[dict]:
    """Breakdowns as the indicators stage read them: each total with the parts that name it in ``part_of``.

    A breakdown closes at its parenthesis or at the end of its 其中 clause (see indicators), so a figure
    after the closing parenthesis is never added to it.
    """
    by_id = {f.indicator_id: f for f in figs if f.indicator_id is not None}
    parts: dict[int, list[_Fig]] = {}
    for f in figs:
        if f.part_of is not None and f.part_of in by_id:
            parts.setdefault(f.part_of, []).append(f)
    rows = []
    for tid in sorted(parts, key=lambda t: (by_id[t].start is None, by_id[t].start or 0, t)):
        members = sorted(parts[tid], key=lambda f: (f.start is None, f.start or 0))
        if len(members) >= rule.min_terms:
            rows.append(_breakdown_row(rule, by_id[tid], members))
    return rows


def _sum_interval(parts: list[_Fig]) -> tuple[float, float, float]:
    """(low, high, value) of a sum of figures, each widened by its qualifier and printed precision."""
    plo = phi = 0.0
    for p in parts:
        lo, hi = _interval(p, _half_unit(p, False))
        plo, phi = plo + lo, phi + hi
    return plo, phi, sum(p.value for p in parts)


def _breakdown_row(rule: Rule, total: _Fig, parts: list[_Fig]) -> dict:
    check_id = rule.check_id.replace("*", total.category or "report", 1) + f"@{total.indicator_id}"
    tlo, thi = _interval(total, _half_unit(total, False) + rule.tolerance)
    plo, phi, expected = _sum_interval(parts)
    figs = [total] + parts
    note = _qual_note(figs)
    eps = _eps(tlo, thi, plo, phi)
    rhs = " + ".join(p.desc() for p in parts) + f" = {_fmt(expected)}{total.unit}"
    if plo <= thi + eps and tlo <= phi + eps:
        status, op, tail = "pass", "=", note
    elif plo > thi + eps:
        status = rule.severity if all(f.exact for f in figs) else "warn"
        op, tail = "<", f"（分项之和超出总数{_fmt(expected - total.value)}{total.unit}）{note}"
    else:
        status, op = "skip", ">"
        tail = f"（分项不全：分项之和{_fmt(expected)}{total.unit}，总数{_fmt(total.value)}{total.unit}）{note}"
    detail = f"{rule.label_zh or '分项之和不超过总数'}：{total.desc()} {op} {rhs}{tail}"
    return _row(check_id, rule.kind, status, expected, total.value, detail)


# ---------------------------------------------------------------------------------------------- metadata

_BRACKETS = str.maketrans({**{c: "〔" for c in "[［【(（﹝{"}, **{c: "〕" for c in "]］】)）﹞}"}})


def _norm_doc_number(s: str) -> str:
    return re.sub(r"\s+", "", ascii_digits(s)).translate(_BRACKETS)


def _span_of_kind(paragraphs: list[dict], kind: str) -> str:
    for p in paragraphs:
        if p.get("kind") == kind and p.get("start") is not None:
            return f" [{p['start']}:{p['end']}]"
    return ""


def _eval_agree(rule: Rule, metadata: Mapping[str, Any], paragraphs: list[dict]) -> dict:
    other = rule.terms[0][0]
    a, b = _val(metadata.get(rule.target)), _val(metadata.get(other))
    if not a or not b:
        gone = [_field_label(k) for k, v in ((rule.target, a), (other, b)) if not v]
        return _row(rule.check_id, rule.kind, "skip", detail=f"{rule.label_zh}：未检查，报告缺少" + "、".join(gone))
    a, b = str(a), str(b)
    la, lb = _field_label(rule.target), _field_label(other)
    span = _span_of_kind(paragraphs, "doc_number") if other == "body_doc_number" else ""
    has_header = any(_val(metadata.get(k)) for k in ("index_no", "validity", "publish_date"))
    if rule.target == "doc_number" and a == b and not has_header:
        return _row(rule.check_id, rule.kind, "skip",
                    detail=f"{rule.label_zh}：未检查，网页没有页眉信息（只有{lb} {b}{span}）")
    if a == b:
        return _row(rule.check_id, rule.kind, "pass", detail=f"{rule.label_zh}：{la} {a} = {lb} {b}{span}")
    if _norm_doc_number(a) == _norm_doc_number(b):
        return _row(rule.check_id, rule.kind, "pass",
                    detail=f"{rule.label_zh}：{la} {a} = {lb} {b}{span}（仅括号或空格不同）")
    return _row(rule.check_id, rule.kind, rule.severity,
                detail=f"{rule.label_zh}：{la} {a} ≠ {lb} {b}{span}")


def _as_date(x) -> dt.date | None:
    x = _val(x)
    if isinstance(x, dt.datetime):
        return x.date()
    if isinstance(x, dt.date):
        return x
    if isinstance(x, pd.Timestamp):
        return x.date()
    return None


def _eval_date_order(rule: Rule, metadata: Mapping[str, Any]) -> dict:
    other = rule.terms[0][0]
    a, b = _as_date(metadata.get(rule.target)), _as_date(metadata.get(other))
    if a is None or b is None:
        gone = [_field_label(k) for k, v in ((rule.target, a), (other, b)) if v is None]
        return _row(rule.check_id, rule.kind, "skip", detail=f"{rule.label_zh}：未检查，报告缺少" + "、".join(gone))
    la, lb = _field_label(rule.target), _field_label(other)
    if a <= b:
        return _row(rule.check_id, rule.kind, "pass", detail=f"{rule.label_zh}：{la} {a} ≤ {lb} {b}")
    return _row(rule.check_id, rule.kind, rule.severity,
                detail=f"{rule.label_zh}：{la} {a} 晚于 {lb} {b}（{(a - b).days}天）")


_LEAD_YEAR_CHARS = 15


def _stated_years(sections: list[dict], paragraphs: list[dict]) -> tuple[list, list]:
    """Years named in level-1 achievements headings, and at the start of opening body paragraphs."""
    by_id = {s["section_id"]: s for s in sections if s.get("section_id") is not None}

    def top(sid):
        seen = 0
        while sid is not None and sid in by_id and by_id[sid].get("parent_id") is not None and seen < 100:
            sid, seen = by_id[sid]["parent_id"], seen + 1
        return sid

    heading_years = []
    ach_tops = set()  # a set: 30,000 headings would make list membership quadratic
    for s in sections:
        if s.get("parent_id") is None and s.get("part") == "achievements":
            ach_tops.add(s["section_id"])
            y = find_year(s.get("heading"))
            if y:
                heading_years.append((y, f"第{s['section_id']}节“{s.get('marker') or ''}{s.get('heading')}”"))
    para_years = []
    seen_tops: set = set()
    first_body = True
    for p in paragraphs:
        if p.get("kind") != "body":
            continue
        t = top(p.get("section_id"))
        opening = (first_body and (t is None or t in ach_tops)) or (t in ach_tops and t not in seen_tops)
        first_body = False
        if t is not None:
            seen_tops.add(t)
        if not opening:
            continue
        text = p.get("text") or ""
        y = find_year(text[:_LEAD_YEAR_CHARS])
        if y:
            para_years.append((y, f"第{p['paragraph_id']}段 [{p.get('start')}:{p.get('end')}]“"
                                  f"{text[:_LEAD_YEAR_CHARS]}…”"))
    return heading_years, para_years


def _eval_title_year(rule: Rule, metadata: Mapping[str, Any], sections: list[dict], paragraphs: list[dict]) -> dict:
    ry = _val(metadata.get("report_year"))
    title = _val(metadata.get("title"))
    if ry is None or (title is not None and find_year(title) is None):
        # report_year may come from the body when the title names no year: nothing to compare then
        return _row(rule.check_id, rule.kind, "skip", detail=f"{rule.label_zh}：未检查，标题中没有年度")
    ry = int(ry)
    hy, py = _stated_years(sections, paragraphs)
    if hy:
        bad = [(y, w) for y, w in hy if y != ry]
        status = rule.severity if bad else "pass"
        shown = bad or hy
        detail = f"标题年度 {ry} {'≠' if bad else '='} " + "；".join(f"{w}所述 {y}" for y, w in shown)
    elif py:
        status = "pass" if any(y == ry for y, _ in py) else rule.severity
        detail = f"标题年度 {ry} {'=' if status == 'pass' else '≠'} " + "；".join(f"{w}所述 {y}" for y, w in py)
    else:
        status, detail = "skip", f"标题年度 {ry}，工作成效部分的标题和开头段落都未写年度"
    pub = _as_date(metadata.get(rule.terms[0][0] if rule.terms else "publish_date"))
    if pub is not None:
        ok = pub.year == ry + 1 or (pub.year == ry and pub.month == 12 and pub.day >= 20)
        if ok:
            detail += f"；发文日期 {pub} 与报告年度 {ry} 相符"
        else:
            detail += f"；发文日期 {pub}，应在{ry + 1}年（或{ry}年12月下旬）"
            if status in ("skip", "pass"):
                status = "warn"
    return _row(rule.check_id, rule.kind, status, detail=f"{rule.label_zh}：{detail}")


# ---------------------------------------------------------------------------------------------- public


def run_checks(indicators: pd.DataFrame, metadata: Mapping[str, Any], sections: pd.DataFrame,
               paragraphs: pd.DataFrame, *, as_records: bool = False) -> pd.DataFrame:
    """Run every rule of ``data/rules.csv`` on one report.

    Args:
        indicators: the report's indicators table (schema ``indicators`` without doc_id).
        metadata: the report's metadata dict (title, doc_number, body_doc_number, dates, report_year, …).
        sections: the report's sections table (without doc_id).
        paragraphs: the report's paragraphs table (without doc_id).

    Returns:
        One row per check with the columns of schema table ``checks`` minus doc_id.
    """
    metadata = metadata or {}
    ind = sorted(_records(indicators), key=lambda r: (r.get("start") is None, r.get("start") or 0,
                                                      r.get("indicator_id") or 0))
    level = [f for f in (_fig(r) for r in ind if (r.get("measure") or "level") == "level") if f is not None]
    occ = _Occurrences(level)
    secs = _records(sections)
    paras = _records(paragraphs)
    rows: list[dict] = []
    for rule in _packaged_rules():
        if rule.method in ("sum", "partial_sum"):
            rows.append(_eval_sum(rule, occ))
        elif rule.method == "rate":
            rows.append(_eval_rate(rule, occ))
        elif rule.method == "breakdown_sum":
            if any(r.get("role") is not None for r in ind):  # roles read by the indicators stage
                rows.extend(_eval_part_of(rule, level))
            else:  # a table without roles (older tables): 其中 within the sentence
                para_map = {int(p["paragraph_id"]): (int(p["start"]), p.get("text") or "") for p in paras
                            if p.get("paragraph_id") is not None and p.get("start") is not None}
                rows.extend(_eval_breakdowns(rule, level, para_map))
        elif rule.method == "agree":
            rows.append(_eval_agree(rule, metadata, paras))
        elif rule.method == "date_order":
            rows.append(_eval_date_order(rule, metadata))
        elif rule.method == "title_year":
            rows.append(_eval_title_year(rule, metadata, secs, paras))
    if as_records:
        return rows
    cols = [c for c in schema.columns("checks") if c != "doc_id"]
    return pd.DataFrame(rows, columns=cols)


_RESPONSIBILITY = re.compile(r"第一责任人|主要负责人|党政主要负责|履行推进法治建设")
_FIRST_RESPONSIBLE = re.compile(r"第一责任人")


def _sec_label(s: dict) -> str:
    return f"{s.get('marker') or ''}{s.get('heading') or ''}".strip()


def _see(secs: list[dict]) -> str:
    """``见第1节“一、…”；第3节“三、…”`` for readers."""
    return "见" + "；".join(f"第{s['section_id']}节“{_sec_label(s)}”" for s in secs)


def _evidence(secs: list[dict]) -> str:
    return "; ".join(f"section {s['section_id']}" for s in secs)


def score_compliance(sections: pd.DataFrame, paragraphs: pd.DataFrame, metadata: Mapping[str, Any], *,
                     as_records: bool = False) -> pd.DataFrame:
    """Score the report's required contents (法治政府建设与责任落实督察工作规定) and its timeliness.

    Items, in order: achievements, shortcomings, plans (pass when a section of that part exists, else fail);
    responsibility (a top-level part, or any heading naming 第一责任人/主要负责人…: pass; only mentioned in
    a body paragraph: warn; else fail); other (a section of part other: pass, else skip); timeliness
    (publish_date, else signed_date, before April 1 of report_year + 1).

    Args:
        sections: the report's sections table (without doc_id).
        paragraphs: the report's paragraphs table (without doc_id).
        metadata: the report's metadata dict.

    Returns:
        Six rows with the columns of schema table ``compliance`` minus doc_id.
    """
    metadata = metadata or {}
    secs = _records(sections)
    paras = _records(paragraphs)
    tops = [s for s in secs if s.get("parent_id") is None]
    by_id = {s["section_id"]: s for s in secs}
    rows: dict[str, dict] = {}

    def row(item, status, evidence="", detail=""):
        rows[item] = {"item": item, "status": status, "evidence": evidence or pd.NA, "detail": detail}

    for part in ("achievements", "shortcomings", "plans"):
        found = [s for s in tops if s.get("part") == part] or [
            s for s in secs if s.get("part") == part and by_id.get(s.get("parent_id"), {}).get("part") != part]
        if found:
            row(part, "pass", _evidence(found), _see(found))
        elif not secs:
            row(part, "fail", "", f"缺少“{schema.PART_LABELS[part]}”部分：报告中未识别出标题")
        else:
            row(part, "fail", "", f"缺少“{schema.PART_LABELS[part]}”部分：没有以此为题的一级标题")

    resp_tops = [s for s in tops if s.get("part") == "responsibility"]
    resp_any = [s for s in secs if _RESPONSIBILITY.search(s.get("heading") or "")]
    mention = [p for p in paras if p.get("kind") == "body" and _FIRST_RESPONSIBLE.search(p.get("text") or "")]
    if resp_tops:
        row("responsibility", "pass", _evidence(resp_tops), _see(resp_tops))
    elif resp_any:
        ev, det = [], []
        for s in resp_any:
            parent = s.get("parent_id")
            while parent is not None and by_id.get(parent, {}).get("parent_id") is not None:
                parent = by_id[parent]["parent_id"]
            where = f" (sub-item of section {parent})" if parent is not None else ""
            ev.append(f"section {s['section_id']}{where}")
            det.append(f"第{s['section_id']}节“{_sec_label(s)}”" + (f"（属第{parent}节）" if parent is not None else ""))
        row("responsibility", "pass", "; ".join(ev), "作为子项报告：见" + "；".join(det))
    elif mention:
        row("responsibility", "warn", "; ".join(f"paragraph {p['paragraph_id']}" for p in mention[:5]),
            "正文提及第一责任人职责，但未作为单独部分报告")
    else:
        row("responsibility", "fail", "", f"缺少“{schema.PART_LABELS['responsibility']}”部分：没有党政主要负责人"
                                          "履行第一责任人职责的章节，正文也未提及")

    other = [s for s in tops if s.get("part") == "other"]
    if other:
        row("other", "pass", _evidence(other), _see(other))
    else:
        row("other", "skip", "", "报告未设“其他需要报告的事项”部分（可选内容）")

    ry = _val(metadata.get("report_year"))
    date, which = _as_date(metadata.get("publish_date")), "publish_date"
    if date is None:
        date, which = _as_date(metadata.get("signed_date")), "signed_date"
    if ry is None:
        row("timeliness", "skip", "", "未检查：报告年度不详")
    elif date is None:
        row("timeliness", "skip", "", "未检查：发文日期和成文日期都不详")
    else:
        deadline = dt.date(int(ry) + 1, 4, 1)
        if date < deadline:
            row("timeliness", "pass", f"{which} {date}", f"{_field_label(which)} {date}，早于截止日期 {deadline}")
        else:
            row("timeliness", "fail", f"{which} {date}",
                f"{_field_label(which)} {date}，晚于截止日期 {deadline}（逾期{(date - deadline).days + 1}天）")
    cols = [c for c in schema.columns("compliance") if c != "doc_id"]
    if as_records:
        return [rows[i] for i in schema.COMPLIANCE_ITEMS]
    return pd.DataFrame([rows[i] for i in schema.COMPLIANCE_ITEMS], columns=cols)
