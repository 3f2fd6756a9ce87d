"""Classification: each figure gets a category and, where exactly one catalog entry fits, a canonical key.

Key (``data/catalog.csv``: key, label_zh, label_en, category, unit, measure, phrasings, context, exclude)
    An entry is a candidate for a figure when

    * the figure's unit is one of the entry's ``unit`` values and its measure one of ``measure``
      (``|``-separated; ``level`` when empty);
    * one of its ``phrasings`` matches the figure's label text. Each phrasing is matched against
      ``before`` and against ``after`` separately; ``*`` is a gap of 0-6 characters other than clause
      punctuation (，。；：、！？) and whitespace. ``#`` marks the figure itself, so ``出台*#*规范性文件``
      matches ``出台`` at the end of ``before`` and ``规范性文件`` at the start of ``after``
      (``出台12件规范性文件``); without ``#`` a phrasing never spans the figure;
    * one of its ``context`` words (empty = none needed) occurs in the sentence or in a heading of the
      figure's section chain; or the sentence is a single clause (a table row or list line such as
      ``维持 37件``) and the figure right before it (same section, document order) got a key of the same
      family (``reconsideration.*``), since such a row continues the topic of the row above;
    * none of its ``exclude`` words occurs in the clause; parenthesised asides that do not contain the
      figure (``收到申请120件（含上年结转5件）``) are ignored for this test.

    A match in ``after`` must start within six characters of the figure (``12个部门进驻``, not a
    predicate further on). Each candidate competes with its best match, ranked by: matches in ``before``
    before matches in ``after`` (a straddling ``#`` match counts as ``before``); then nearest to the
    figure (``受理的复议案件中维持62件`` is upheld, not accepted); then the longest matched text; then
    the phrasing with most literal characters (``不予受理`` beats ``受理``, ``受理*复议案件`` beats
    ``受理``); last, context found in the sentence (or by the family rule) beats context found only in
    a heading. The first criterion on which one entry is strictly best decides; a tie on all five gives
    no key, since a wrong key is worse than none.

Category (``data/categories.csv``: category, label_zh, label_en, keywords)
    A figure with a key takes the key's catalog category, so key and category never disagree.
    Otherwise keyword levels are tried in order: the figure's own label (``before`` + ``after``), its
    clause, the innermost section heading, each outer heading in turn, the sentence. At each level a
    category scores the characters covered by its keywords (leftmost-longest, non-overlapping, so
    ``一网通办`` counts once for ``digital`` and not again as ``通办`` for ``functions``). One strictly
    highest score decides; a tie narrows the choice to the tied categories and the next level decides
    among them; nothing decided after the sentence gives NA.

Legal aid (法律援助) is filed under ``disputes`` (public legal services that resolve disputes), not
``capacity``; its keys are ``legal_aid.*``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pandas as pd

from . import schema

__all__ = ["classify", "catalog", "categories", "validate_catalog", "CATEGORY_LABELS", "CATALOG_COLUMNS",
           "CATEGORY_COLUMNS"]

CATALOG_COLUMNS = ("key", "label_zh", "label_en", "category", "unit", "measure", "phrasings", "context",
                   "exclude")
CATEGORY_COLUMNS = ("category", "label_zh", "label_en", "keywords")

_SEP = "\x00"  # joins before and after; only ``#`` in a phrasing may match it
_STOP = "\x01"  # clause punctuation and whitespace are mapped to this before matching; gaps never cross it
_PUNCT = "，。；：、！？,;:!?"
_TO_STOP = str.maketrans({ch: _STOP for ch in _PUNCT + " \t\r\n\u3000"})
_GAP = "[^" + _SEP + _STOP + "]{0,6}"
_AFTER_REACH = 6  # a phrasing matched in ``after`` must start within this many characters of the figure
_PAREN = re.compile(r"[（(][^（）()]*[）)]")
_REQUIRED_INPUT = ("section_id", "measure", "unit", "raw", "sentence", "before", "after", "clause")


# ---------------------------------------------------------------------------------------------- loading
def _rows(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    with resources.files("fazhi_analysis").joinpath("data", name).open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != columns:
            raise ValueError(f"data/{name}: columns must be {','.join(columns)}, found {reader.fieldnames}")
        return [{k: (v or "").strip() for k, v in r.items()} for r in reader]


def _split(s: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in s.split("|") if p.strip())


@lru_cache(maxsize=1)
def _catalog_rows() -> tuple[dict[str, str], ...]:
    return tuple(_rows("catalog.csv", CATALOG_COLUMNS))


@lru_cache(maxsize=1)
def _category_rows() -> tuple[dict[str, str], ...]:
    return tuple(_rows("categories.csv", CATEGORY_COLUMNS))


def catalog() -> pd.DataFrame:
    """The indicator catalog: one row per canonical key, columns as in ``data/catalog.csv`` (strings)."""
    return pd.DataFrame(list(_catalog_rows()), columns=list(CATALOG_COLUMNS))


def categories() -> pd.DataFrame:
    """The ten categories with Chinese and English labels and their ``|``-separated keywords."""
    return pd.DataFrame(list(_category_rows()), columns=list(CATEGORY_COLUMNS))


def _category_labels() -> dict[str, str]:
    try:
        return {r["category"]: r["label_zh"] for r in _category_rows()}
    except (OSError, ValueError):
        return {}


CATEGORY_LABELS: dict[str, str] = _category_labels()


# ---------------------------------------------------------------------------------------------- compiling
@dataclass(frozen=True)
class _Phrasing:
    text: str
    literal: int  # characters other than * and #
    parts: tuple[str, ...]  # literal parts; all occur in any matching text
    plain: bool  # no * or #: matched with str.find instead of a regular expression


@dataclass(frozen=True)
class _Entry:
    key: str
    family: str  # the part of the key before the dot
    category: str
    context: re.Pattern | None  # any of the context words; None when no context is needed
    exclude: re.Pattern | None  # any of the exclude words


@dataclass(frozen=True)
class _Compiled:
    entries: tuple[_Entry, ...]
    # (unit, measure) -> bigram -> phrasings (entry index, phrasing) whose rarest bigram it is
    anchors: dict[tuple[str, str], dict[str, tuple[tuple[int, _Phrasing], ...]]]
    keywords: re.Pattern  # every category keyword, longest first: findall is leftmost-longest
    keyword_category: dict[str, str]
    category_of_key: dict[str, str]
    category_dtype: pd.CategoricalDtype


def _phrasing_problem(text: str) -> str | None:
    """What is wrong with a phrasing, or None."""
    if text.count("#") > 1:
        return f"phrasing {text!r}: more than one #"
    if any(ch in _PUNCT or ch.isspace() for ch in text):
        return f"phrasing {text!r}: contains clause punctuation or whitespace"
    parts = [p for p in re.split(r"[*#]", text) if p]
    if not parts or max(map(len, parts)) < 2:
        return f"phrasing {text!r}: needs a literal part of at least two characters"
    if "#" not in text and (text.startswith("*") or text.endswith("*")):
        return f"phrasing {text!r}: a gap must stand between two literal parts"
    if "**" in text or "##" in text or text.startswith("#") or text.endswith("#"):
        return f"phrasing {text!r}: # needs words on both sides"
    return None


def _phrasing(text: str) -> _Phrasing:
    """One (valid) phrasing, ready for matching."""
    parts = tuple(p for p in re.split(r"[*#]", text) if p)
    return _Phrasing(text, sum(ch not in "*#" for ch in text), parts, len(parts) == 1 and "#" not in text)


@lru_cache(maxsize=None)
def _regex(text: str) -> re.Pattern:
    """The regular expression of a phrasing with gaps, compiled on first use."""
    return re.compile("".join(_GAP if ch == "*" else (_SEP if ch == "#" else re.escape(ch)) for ch in text))


def _words(s: str) -> re.Pattern | None:
    """A pattern matching any of the ``|``-separated words, or None when there are none."""
    words = _split(s)
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True)))) if words else None


def _bigrams(parts) -> set[str]:
    return {p[i:i + 2] for p in parts for i in range(len(p) - 1)}


def validate_catalog(rows) -> list[str]:
    """Problems in catalog rows (dicts with CATALOG_COLUMNS); empty when the catalog is usable."""
    problems, seen = [], set()
    for i, r in enumerate(rows, start=2):
        key = r.get("key", "")
        where = f"catalog.csv line {i} ({key or 'no key'})"
        if not re.fullmatch(r"[a-z_]+\.[a-z0-9_]+", key or ""):
            problems.append(f"{where}: key must look like family.name")
        if key in seen:
            problems.append(f"{where}: duplicate key")
        seen.add(key)
        if r.get("category") not in schema.CATEGORIES:
            problems.append(f"{where}: unknown category {r.get('category')!r}")
        if not r.get("label_zh") or not r.get("label_en"):
            problems.append(f"{where}: label_zh and label_en are required")
        if not _split(r.get("unit", "")):
            problems.append(f"{where}: no unit")
        bad = set(_split(r.get("measure", "")) or ("level",)) - set(schema.MEASURES)
        if bad:
            problems.append(f"{where}: unknown measure {sorted(bad)}")
        phr = _split(r.get("phrasings", ""))
        if not phr or len(phr) != len(r.get("phrasings", "").split("|")):
            problems.append(f"{where}: empty phrasing")
        problems += [f"{where}: {msg}" for msg in map(_phrasing_problem, phr) if msg]
    return problems


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    rows = _catalog_rows()
    problems = validate_catalog(rows)
    cat_rows = _category_rows()
    if [r["category"] for r in cat_rows] != list(schema.CATEGORIES):
        problems.append("categories.csv must list exactly schema.CATEGORIES, in order")
    owner: dict[str, str] = {}
    for r in cat_rows:
        for kw in _split(r["keywords"]):
            if len(kw) < 2:
                problems.append(f"categories.csv: keyword {kw!r} is shorter than two characters")
            elif owner.setdefault(kw, r["category"]) != r["category"]:
                problems.append(f"categories.csv: keyword {kw!r} is in two categories")
    if problems:
        raise ValueError("invalid indicator data:\n" + "\n".join(problems))

    entries, phrasings = [], []
    for r in rows:
        entries.append(_Entry(r["key"], r["key"].split(".")[0], r["category"], _words(r["context"]),
                              _words(r["exclude"])))
        phrasings.append(tuple(_phrasing(p) for p in _split(r["phrasings"])))
    # index each phrasing under its rarest bigram, so a figure's text calls up few candidates
    freq: dict[str, int] = {}
    for ph in phrasings:
        for p in ph:
            for bg in _bigrams(p.parts):
                freq[bg] = freq.get(bg, 0) + 1
    anchors: dict[tuple[str, str], dict[str, list[tuple[int, _Phrasing]]]] = {}
    for ei, r in enumerate(rows):
        for u in _split(r["unit"]):
            for m in _split(r["measure"]) or ("level",):
                idx = anchors.setdefault((u, m), {})
                for p in phrasings[ei]:
                    anchor = min(sorted(_bigrams(p.parts)), key=lambda bg: freq[bg])
                    idx.setdefault(anchor, []).append((ei, p))
    keywords = re.compile("|".join(map(re.escape, sorted(owner, key=lambda k: (-len(k), k)))))
    return _Compiled(
        tuple(entries), {um: {bg: tuple(v) for bg, v in idx.items()} for um, idx in anchors.items()},
        keywords, owner, {e.key: e.category for e in entries}, pd.CategoricalDtype(list(schema.CATEGORIES)))


# ---------------------------------------------------------------------------------------------- keys
def _exclude_text(clause: str, before: str, raw: str) -> str:
    """The clause without parenthesised asides that do not contain the figure."""
    if "（" not in clause and "(" not in clause:
        return clause
    at = clause.find(before + raw)
    if at < 0:
        return clause
    lo, hi = at + len(before), at + len(before) + len(raw)
    return _PAREN.sub(lambda m: m.group(0) if m.start() < hi and m.end() > lo else "", clause)


def _score(p: _Phrasing, text: str, b: int) -> tuple[int, int, int, int] | None:
    """Rank of the best match of ``p`` in ``text`` (before + SEP + after, ``b`` = len(before)); lower wins.

    (side: 0 before or straddling, 1 after; distance from the figure; minus matched length; minus
    literal length); None when ``p`` does not match.
    """
    if p.plain:
        lit = p.text
        e = text.rfind(lit, 0, b) + len(lit)
        if e >= len(lit):
            return (0, b - e, -len(lit), -p.literal)
        s = text.find(lit, b + 1)
        if 0 <= s - b - 1 <= _AFTER_REACH:
            return (1, s - b - 1, -len(lit), -p.literal)
        return None
    for part in p.parts:  # cheap test first: every literal part must occur
        if part not in text:
            return None
    score = None
    for m in _regex(p.text).finditer(text):
        s, e = m.span()
        if e <= b:  # in before: keep the last match, the one nearest the figure
            score = (0, b - e, s - e, -p.literal)
        elif s > b:  # in after: the first match is the nearest; it must start near the figure
            if score is None and s - b - 1 <= _AFTER_REACH:
                return (1, s - b - 1, s - e, -p.literal)
            return score
        else:  # straddles the figure (a # phrasing)
            return (0, 0, s - e, -p.literal)
    return score


def _match_key(c: _Compiled, unit: str, measure: str, before: str, after: str, raw: str, clause: str,
               sentence: str, chain: str, prev_family: str | None) -> str | None:
    index = c.anchors.get((unit, measure))
    if not index:
        return None
    text = (before + _SEP + after).translate(_TO_STOP)
    b = len(before)
    best: dict[int, tuple[int, int, int, int]] = {}
    get = index.get
    for bigram in {text[i:i + 2] for i in range(len(text) - 1)}:
        for ei, p in get(bigram, ()):
            score = _score(p, text, b)
            if score is not None and (ei not in best or score < best[ei]):
                best[ei] = score
    if not best:
        return None
    excl_text = None
    ranked = []
    for ei, score in best.items():
        entry = c.entries[ei]
        weak = 0  # 1: the context word is only in a heading
        ctx = entry.context
        if ctx is not None and entry.family != prev_family and ctx.search(sentence) is None:
            if ctx.search(chain) is None:
                continue
            weak = 1
        if entry.exclude is not None:
            if excl_text is None:
                excl_text = _exclude_text(clause, before, raw)
            if entry.exclude.search(excl_text) is not None:
                continue
        ranked.append((score + (weak,), ei))
    if not ranked:
        return None
    ranked.sort()
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None
    return c.entries[ranked[0][1]].key


# ---------------------------------------------------------------------------------------------- categories
def _keyword_scores(text: str, c: _Compiled) -> dict[str, int]:
    """Characters covered per category by leftmost-longest, non-overlapping keyword matches."""
    scores: dict[str, int] = {}
    for kw in c.keywords.findall(text):
        cat = c.keyword_category[kw]
        scores[cat] = scores.get(cat, 0) + len(kw)
    return scores


def _pick(levels, score) -> str | None:
    """The category of the first level with one strictly best score; ties narrow the next levels."""
    allowed = None
    for text in levels:
        if not text:
            continue
        scores = score(text)
        if allowed is not None:
            scores = {k: v for k, v in scores.items() if k in allowed}
        if not scores:
            continue
        top = max(scores.values())
        winners = [k for k, v in scores.items() if v == top]
        if len(winners) == 1:
            return winners[0]
        allowed = set(winners)
    return None


# ---------------------------------------------------------------------------------------------- classify
def _s(x) -> str:
    return x if x.__class__ is str else ""


def _one_clause(sentence: str, clause: str) -> bool:
    """Whether the sentence is a single clause: a table row or a list line."""
    return sentence.strip().rstrip(_PUNCT).strip() == clause.strip()


def _int(x) -> int | None:
    try:
        return None if pd.isna(x) else int(x)
    except (TypeError, ValueError):
        return None


def _section_chains(sections: pd.DataFrame | list[dict] | None) -> dict[int, tuple[str, ...]]:
    """section_id -> headings from the innermost outwards (empty headings left out)."""
    if sections is None or len(sections) == 0:
        return {}
    if isinstance(sections, pd.DataFrame):
        triples = zip(sections["section_id"].tolist(), sections["parent_id"].tolist(),
                      sections["heading"].tolist())
    else:
        triples = ((r["section_id"], r["parent_id"], r["heading"]) for r in sections)
    info = {}
    for sid, pid, h in triples:
        sid = _int(sid)
        if sid is not None:
            info[sid] = (_int(pid), _s(h))
    chains: dict[int, tuple[str, ...]] = {}
    for sid in info:
        out, cur, seen = [], sid, set()
        while cur is not None and cur in info and cur not in seen:
            seen.add(cur)
            pid, h = info[cur]
            if h:
                out.append(h)
            cur = pid
        chains[sid] = tuple(out)
    return chains


def classify(figures: pd.DataFrame, sections: pd.DataFrame) -> pd.DataFrame:
    """Add ``category`` and ``key`` to the figures found by the quantities stage.

    Args:
        figures: one row per figure with at least section_id, measure, unit, raw, sentence and the
            context columns before, after and clause.
        sections: the sections table without doc_id (section_id, parent_id, heading, ...).

    Returns:
        ``figures`` with two more columns: ``category`` (categorical over schema.CATEGORIES, NA when
        undecided) and ``key`` (string, NA when no single catalog entry matches). Other columns are kept.
    """
    missing = [col for col in _REQUIRED_INPUT if col not in figures.columns]
    if missing:
        raise schema.SchemaError(f"classify: figures lack columns {missing}")
    cats, keys = assign(zip(*(figures[col].tolist() for col in _REQUIRED_INPUT)), sections)
    code_of = {cat: i for i, cat in enumerate(schema.CATEGORIES)}
    codes = [-1 if cat is None else code_of[cat] for cat in cats]
    extra = pd.DataFrame({"category": pd.Categorical.from_codes(codes, dtype=_compiled().category_dtype),
                          "key": pd.array(keys, dtype="string")}, index=figures.index)
    old = [col for col in ("category", "key") if col in figures.columns]
    return pd.concat([figures.drop(columns=old) if old else figures, extra], axis=1)


def assign(rows, sections) -> tuple[list[str | None], list[str | None]]:
    """Category and key for each figure: the record-based core of :func:`classify`.

    Args:
        rows: iterable of tuples (section_id, measure, unit, raw, sentence, before, after, clause).
        sections: section records (dicts with section_id, parent_id, heading) or the sections table.

    Returns:
        (categories, keys), one entry per row, None where undecided.
    """
    c = _compiled()
    chains = _section_chains(sections)
    chain_text = {sid: _SEP.join(h) for sid, h in chains.items()}
    kw_cache: dict[str, dict[str, int]] = {}

    def score(text: str) -> dict[str, int]:
        got = kw_cache.get(text)
        if got is None:
            got = kw_cache[text] = _keyword_scores(text, c)
        return got

    keys: list[str | None] = []
    cats: list[str | None] = []
    category_of_key = c.category_of_key
    prev_sid, prev_family = None, None
    for sid, measure, unit, raw, sentence, before, after, clause in rows:
        sid = sid if sid.__class__ is int else _int(sid)
        before, after, clause, sentence = _s(before), _s(after), _s(clause), _s(sentence)
        key = None
        if unit.__class__ is str and measure.__class__ is str:
            key = _match_key(c, unit, measure, before, after, _s(raw), clause, sentence,
                             chain_text.get(sid, ""),
                             prev_family if sid == prev_sid and _one_clause(sentence, clause) else None)
        keys.append(key)
        prev_sid, prev_family = sid, key.split(".")[0] if key else None
        if key is not None:
            cat = category_of_key[key]
        else:
            cat = _pick((before + _SEP + after, clause, *chains.get(sid, ()), sentence), score)
        cats.append(cat)
    return cats, keys


# ---------------------------------------------------------------------------------------------- change statements

# the words that make a change a comparison with the previous period (同比, 较上年, 比去年同期, 与2020年相比)
_PRIOR_PERIOD = re.compile(r"同比|比上年|较上年|比去年|较去年|与上年|与去年|比上一年|较上一年|上年同期|去年同期|"
                           r"(?:比|较|与)(?:19|20)\d{2}年")
_GAP_MAX = 24  # characters between a figure and the change that follows it
_GAP_STOP = re.compile(r"[。；;！？!?]|其中")


def link_changes(records: list[dict]) -> list[dict]:
    """Give a change statement the key of the figure it modifies (in place; returns ``records``).

    ``全年受理行政复议案件56件，较上年减少12件``: the change (measure ``change``, no key of its own) takes
    the key of the level figure right before it in the same sentence, when the words between them compare
    with the previous period (同比, 较上年, 比去年, 与2020年相比 …), hold no sentence break or 其中, and
    the units agree: 个百分点 after a % figure, a % change after any figure except a % one (上升4.2% of
    a rate is relative or points: left alone), otherwise the same unit. A change whose nearest figure
    before it has no key stays without one.

    Args:
        records: figure records in document order with measure, key, unit, start, end, sentence and
            paragraph_id (a ``role`` of ``change`` also marks a change).
    """
    prev: dict | None = None
    for r in records:
        is_change = r.get("measure") == "change" or r.get("role") == "change"
        if is_change and r.get("key") is None and prev is not None and _modifies(prev, r):
            r["key"] = prev["key"]
            if "key_basis" in r and r.get("key_basis") is None:
                r["key_basis"] = "change_of"
        if r.get("measure") == "level" and r.get("role", "level") not in ("change", "target", "prior_year"):
            prev = r
        elif r.get("paragraph_id") != (prev or {}).get("paragraph_id"):
            prev = None
    return records


def _modifies(base: dict, change: dict) -> bool:
    if base.get("key") is None or base.get("paragraph_id") != change.get("paragraph_id"):
        return False
    if base.get("sentence") != change.get("sentence"):
        return False
    b_end, c_start = base.get("end"), change.get("start")
    sentence = change.get("sentence") or ""
    if not isinstance(b_end, int) or not isinstance(c_start, int) or not 0 <= c_start - b_end <= _GAP_MAX:
        return False
    # the gap is read from the sentence: the figures' raw text ends the base and starts the change
    raw_b, raw_c = base.get("raw") or "", change.get("raw") or ""
    i = sentence.find(raw_b)
    j = sentence.find(raw_c, i + len(raw_b)) if i >= 0 else -1
    if i < 0 or j < 0 or j - (i + len(raw_b)) != c_start - b_end:
        return False
    gap = sentence[i + len(raw_b):j]
    if _GAP_STOP.search(gap) or not _PRIOR_PERIOD.search(gap + raw_c):
        return False
    bu, cu = base.get("unit"), change.get("unit")
    if cu in ("个百分点", "百分点"):
        return bu == "%"
    if cu == "%":
        return bu != "%"
    return cu is not None and cu == bu
