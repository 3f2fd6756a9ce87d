"""Meaning of each figure: the measured thing (name), its role, its breakdown, category and canonical key.

Name (the noun phrase the number counts), read with a local grammar of the genre's figure phrases
    * verb + object + number: ``受理行政复议案件105件`` -> 受理行政复议案件; the subject (``市政府全年``,
      ``12345市民热线``, ``行政执法部门``), dates, totalisers (共/累计/其中/分别) and light verbs
      (开展, 组织, 作出 …) are left out; content verbs (受理, 审查, 办理) stay;
    * number + noun: ``38宗以区政府为被告的行政诉讼案件`` -> the relative clause and its head noun;
      ``八个重点部门的…`` -> 重点部门; ``审结的109起案件中`` -> 审结的案件;
    * ``A、B、C分别为x、y、z件``: each number takes its list item; a coordinated list before a figure
      (``法治宣讲、发放宣传资料、设置展板等30场``) names it together;
    * a change or comparison (``同比增长12%``, ``比上年前进3位``) takes the name of the figure it changes;
      a rank the assessment it is a rank in (``在全市依法行政考核中位列第6名``);
    * parenthetical and ``其中`` breakdowns and table rows (``维持 37件``) name each part by its own label.

Role (schema.ROLES): ``target`` (力争, 目标, 预计, 计划开展, 拟举办, 到2025年, or the plans part), ``prior_year`` (上年, 去年
    同期 in the figure's clause with no other figure in between; 上年结转 is this year's carried-over
    count), ``change`` (measure change, or 比上年多12件), ``rate`` (a percentage), ``part`` (an item of a
    breakdown: the figures inside a parenthesis right after a count, ``不受理12宗（其中转送10宗…）``, or
    after ``其中`` up to the end of its clause — ；/。, a closing parenthesis, or a clause opening with
    另/此外/共/全年 — in the same unit, 件/宗/起 counting alike), ``total`` (a count with parts) and
    ``level``. ``part_of`` is the indicator_id of a part's total; the breakdown check uses it.

Key (``data/catalog.csv``: key, label_zh, label_en, category, unit, measure, phrasings, context, exclude,
not_in; ``data/families.csv``: family, label_zh, topics)
    An entry is a candidate for a figure when

    * the figure's unit is one of the entry's ``unit`` values and its measure one of ``measure``
      (``|``-separated; ``level`` when empty);
    * one of its ``phrasings`` matches the figure's label text. Each phrasing is matched against
      ``before`` and against ``after`` separately; ``*`` is a gap of 0-6 characters other than clause
      punctuation (，。；：、！？) and whitespace. ``#`` marks the figure itself, so ``出台*#*规范性文件``
      matches ``出台`` at the end of ``before`` and ``规范性文件`` at the start of ``after``
      (``出台12件规范性文件``); without ``#`` a phrasing never spans the figure. Words inside 《》 never
      match (a gap may cross the title); a match right after a negation (不/未: 不受理, 尚未审结; 不予,
      没有, 不再) does not count, nor one with a negation before it in its clause (不予立案信访事项,
      未经审查的文件); nor does a match inside one of the entry's ``not_in`` words (协调解决 hides 调解,
      司法考试 hides 考试). In a ``分别为`` list the list item is the label;
    * one of its ``context`` words (empty = none needed) occurs in the sentence or in a heading of the
      figure's section chain (context words written ``=word`` must be in the sentence itself: 专题学习
      counts as law study only with 法治/学法/法律… in its sentence, not under a 法治 heading; words written
      ``~word`` must be in the figure's own clause: 划转 makes 许可事项 transferred items only there; in a
      context mixing both, a plain word in the sentence also does: 政务服务中心… , 办件量135万件, while ~审批 in
      another clause, 实现联动审批，办件数8793件, is that reform's count); or
      the sentence is a single clause (a table row or list line such as
      ``维持 37件``) and the figure right before it (same section, document order) got a key of the same
      family (``reconsideration.*``), since such a row continues the topic of the row above;
    * none of its ``exclude`` words occurs in the clause; parenthesised asides that do not contain the
      figure (``收到申请120件（含上年结转5件）``) are ignored for this test;
    * scope: for a family with topic words (``families.csv``: 行政复议 for reconsideration, 行政诉讼/应诉/
      出庭 for litigation …), the match itself names the family, or else the nearest topic word to its
      left in the sentence does (``行政复议…；行政诉讼案件3件，维持1件``: 维持 is litigation's, which has
      no such key), else a topic word between the match and the figure or after the figure in its
      clause, else for a table row the family the row above continues (only when no line in between
      names another), else the innermost heading naming a family. Two families in the figure's own
      clause (``行政复议和行政诉讼案件``) both stay candidates, so the ranking ties and gives no key.

    No key at all for a figure in a clause of awards, honours and ratings (被评为, 获评, 获…先进, 获奖, 表彰,
    优秀案卷, 考核优秀单位), for bodies counted before what they did when the key is an event counted in
    场/次 (15个乡镇开展法治宣传活动), or a count in 个/项 whose name ends in no event (普法宣传栏120个), for
    targets and prior-year figures, for what was avoided (避免, 防止, 杜绝 before it in its clause), or for a
    part whose total has the same key (a part takes a key only when the catalog has one for the part; but a
    total with a part of its key and a part of another kind of its noun, 诉讼案件…其中民事诉讼…行政诉讼…,
    counts more than the key: the keyed part keeps it, the total gets none, as does a total whose part
    alone holds the key's context word in its clause; a part takes no key of any figure before it in its
    sentence that it may be a part of). A figure shared by a 、 list
    (学习、培训、宣讲1.2万次) keeps its key only when no item names another key or is a second act done to
    the same things (审核、备案规范性文件); two activities joined by 和/及/与 alike (中心组理论学习和各类法治
    培训5次). A match before the figure voided by its entry's exclusions, nearer the figure than the winner's
    match (also before it) and in other words, voids the figure's key (不服本局…申请复议案件). A match inside
    the object of 对 that an act after 进行/开展 treats (对…督察中发现的问题进行梳理并开展警示教育4次) does
    not name the figure. A total whose parts carry keys of two families (法制审核260宗，
    其中合法性审查4宗、重大执法决定审核150宗) is a mixed count and takes neither.

    Precision gates, after the keys are read (a wrong key is worse than none): a figure of role ``per_unit``
    (人均, 日均, 平均, 每季度不少于1次, 每个村1名) or a quota (应参加, 任务总数: role ``target``) takes none; a law-training,
    law-publicity or collective-study key needs law in the figure's own clause or name, or a law event named in
    the clause right before it (开展习近平法治思想“六进”活动，举办集中宣讲30场; collective study also from its
    section headings below the outermost), and
    people counts (受训, 受众) follow the nearest event figure before them in their sentence; a figure keyed only
    from words it shares with a sibling of its sentence that lacks the key (自然人/法人服务事项) is a sub-type and
    takes none (but the general count beside its sub-type keeps it, and so do siblings that differ only by level,
    place or body, with no stated total: LABELING 21), nor does a part by level (其中市级…); a law lecture of a
    leadership body (常务会议法治专题讲座) or of the government itself (县政府法治专题讲座) is
    leadership.study_sessions, a study summed over every level's or every unit's party groups (各级党委(党组)…学习,
    各单位党委(党组)…学习) none, law study of the staff with no leadership body in its clause (局机关集体学法,
    组织干部专题学法) capacity.training_sessions (LABELING 8), and a leadership or capacity figure right after 各 with
    a list before it in its clause (甲会议、乙会议分别研究法治建设工作各4次: one figure for each) none (LABELING 23);
    a law lecture followed in its sentence by publicity acts (横幅, 展板, 宣传资料) is law publicity; a legality
    review whose object lists several kinds (规范性文件和重要政策文件) is decisions.legality_reviews; a key of the
    counted-object families (approval, enforcement, decisions, mediation, legal aid) whose figure counts what two
    acts did to one object (办理办结, 受理办理, 认领、调整) takes none unless the key's own words cover both acts
    (调整（取消、下放、变更）), nor does one read from an item of a 等 list whose head noun is another thing
    (合同审查、…法律咨询等专项法律服务); a key whose counted noun (the name; for a bare act such as 废止 the sentence
    before it) holds none of the key's admissible heads (``data/key_heads.csv``: key, heads, example) takes none, nor
    does a count in 个 right before a body (8个部门权责清单: bodies) for a key that counts no bodies (no 家 unit).
    A still unkeyed current count whose name holds a counted word of a review or reform named in an earlier clause of
    its sentence (``data/topic_scopes.csv``: 加强公平竞争审查，…排查政策措施文件68份) takes that topic's key, unless a
    figure of its sentence has it; proactive disclosure is keyed once per sentence (a later channel or part: none).

    A change statement takes no key (LABELING rule 1): the key read for it, or the key of the figure it modifies
    (:func:`link_changes`), is its ``base_key``; a key the catalog counts as a change (审批时限压缩比例) stays.

    Figures whose words are elsewhere: a delegation whose recipient stands between verb and number (赋予…N项…权限,
    N项…权下放镇街) reads the verb with the object's head; the number-first predicate (``N名…参加…测试``, ``负责人共N人向…述法``,
    ``N次主持召开…会议研究法治…``, ``召开N次法治…推进会``) is read from the sentence past ``after``; a noun and
    its bracket right before an otherwise unlabelled figure (``示范乡镇(单位)12个``; the key reads the noun
    without the aside); a bare verb of list changes (``第一批取消1项``) takes the object its verb group named
    earlier in the paragraph (``分批取消、承接和调整行政许可事项``) or the items ending its list; a clause that is
    only a noun shares the verb of the clause before (``作出行政处罚N宗，行政许可M宗``); list items that are
    only levels (``2个省级、4个县级普法基地``) or share a verb after the list take the key found there (not the
    next item's own noun); a count right after a keyed one in another unit the key admits (``86批326人次``)
    shares it. In the report of an organ that handles no reconsideration (street, town, a department other
    than the justice bureau: :func:`respondent_only`), its counts of reconsideration cases, and a bare
    ``行政复议N件``, are ``reconsideration.as_respondent``, and its counts of lawsuits (litigation.cases) are
    ``litigation.as_defendant`` (LABELING rule 7: 行政诉讼案件3件 in a bureau's report are suits against it);
    but 办理/受理/新增 行政复议N件 there says neither who decided nor who was respondent: no key (LABELING 47).
    Items a level above the reporting organ handed down (``省级下放…事项`` in a county report; ``annotate(level=)``,
    a department at its region's level: :func:`organ_level`) are received, not delegated (LABELING 22/53).

    A match in ``after`` must start within six characters of the figure (``12个部门进驻``, not a
    predicate further on), or within the noun phrase the figure counts (``38宗以区政府为被告的行政诉讼
    案件``). Each candidate competes with its best match, ranked by: matches in ``before`` before
    matches in ``after`` (a straddling ``#`` match counts as ``before``); then nearest to the figure
    (``受理的复议案件中维持62件`` is upheld, not accepted); then the longest matched text; then the
    phrasing with most literal characters (``不予受理`` beats ``受理``, ``受理*复议案件`` beats ``受理``);
    last, context found in the sentence (or by the family rule) beats context found only in a heading.
    The first criterion on which one entry is strictly best decides; a tie on all five gives no key,
    since a wrong key is worse than none. ``key_basis`` records the phrasing, the words it matched (``#``
    is the figure) and, where the scope decided, the topic word or heading.

    Evidence gates (issue 9; ``benchmarks/key_evidence.py`` counts right and wrong keys per kind of evidence on the
    labelled sets): a key is withheld when it rests only on evidence of a kind that was wrong more often than right:
    law lent to a study by a heading that names law only as a goal; a session of an event the organ attended;
    words of the list item before the figure's own (…事项和45个…); an event shared with an item naming another
    kind of event or service; a topic inside a 对 phrase after the figure (N次对信访工作作出批示); the name of a
    rate that follows the count in its clause; a lead-in on study lending law to a publicity count.

    Key names are stable: a published key is never renamed without an alias that keeps the old name
    working (none has been renamed so far).

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
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from operator import add as _add
from operator import itemgetter

import pandas as pd

from . import schema
from .numerals import to_simplified
from .quantities import _duration_units

__all__ = ["classify", "annotate", "assign", "catalog", "categories", "families", "validate_catalog",
           "CATEGORY_LABELS", "CATALOG_COLUMNS", "CATEGORY_COLUMNS", "FAMILY_COLUMNS"]

CATALOG_COLUMNS = ("key", "label_zh", "label_en", "category", "unit", "measure", "phrasings", "context",
                   "exclude", "not_in", "definition")
CATEGORY_COLUMNS = ("category", "label_zh", "label_en", "keywords")
FAMILY_COLUMNS = ("family", "label_zh", "topics")

_SEP = "\x00"  # joins before and after; only ``#`` in a phrasing may match it
_STOP = "\x01"  # clause punctuation and whitespace are mapped to this before matching; gaps never cross it
_PUNCT = "，。；：、！？,;:!?"
_TO_STOP = re.compile("[" + re.escape(_PUNCT + " \t\r\n\u3000") + "]")  # sub(_STOP, …) maps each to _STOP
_GAP_CHARS = "[^" + _SEP + _STOP + "和或]"
# a gap never crosses a conjunction (审查和备案…); it spans up to 6 characters, or a longer relative clause that ends
# in 的 right before the phrasing's next part, with at most two characters of modifier after 的 (审查以县政府名义签订的
# 合同, 审核县政府拟签订的经济合同: the verb still governs the noun)
_GAP = "(?:" + _GAP_CHARS + "{0,6}|" + _GAP_CHARS[:-1] + "的]{1,12}的" + _GAP_CHARS[:-1] + "的]{0,2})"
# a gap next to the figure (``*#`` or ``#*``) stays short: after a count of bodies, 的 marks their possession
# (抽查9个部门的执法案卷 counts the bodies, not the files)
_SHORT_GAP = _GAP_CHARS + "{0,6}"
_AFTER_REACH = 6  # a phrasing matched in ``after`` must start within this many characters of the figure
_PAREN = re.compile(r"[（(][^（）()]*[）)]")
_REQUIRED_INPUT = ("section_id", "measure", "unit", "raw", "sentence", "before", "after", "clause")


def _sre_parser():
    try:
        from re import _parser as sp
    except ImportError:  # Python 3.10
        import sre_parse as sp  # type: ignore[no-redef]
    return sp


def _edge_chars(seq, sp, from_end: bool) -> frozenset[str] | None:
    """The characters every non-empty match of the parsed pattern ``seq`` starts with (``from_end``: ends with);
    None when the tree does not say (a class such as ``\\s``, a negated or wide set, a match that may be empty)."""
    out: set[str] = set()
    for op, av in (reversed(list(seq)) if from_end else seq):
        if op in (sp.ASSERT, sp.ASSERT_NOT, sp.AT):
            continue  # zero width: the character beside it decides
        if op is sp.LITERAL:
            return frozenset(out | {chr(av)})
        if op is sp.IN:
            chars = set()
            for iop, iav in av:
                if iop is sp.LITERAL:
                    chars.add(chr(iav))
                elif iop is sp.RANGE and iav[1] - iav[0] < 64:
                    chars.update(map(chr, range(iav[0], iav[1] + 1)))
                else:
                    return None
            return frozenset(out | chars)
        if op is sp.SUBPATTERN:
            got = _edge_chars(av[-1], sp, from_end)
            return None if got is None else frozenset(out | got)
        if op is sp.BRANCH:
            for branch in av[1]:
                got = _edge_chars(branch, sp, from_end)
                if got is None:
                    return None
                out |= got
            return frozenset(out)
        if op in (sp.MAX_REPEAT, sp.MIN_REPEAT):
            lo, _hi, sub = av
            got = _edge_chars(sub, sp, from_end)
            if got is None:
                return None
            out |= got
            if lo >= 1:
                return frozenset(out)
            continue  # may be empty: the next element inwards may be the edge too
        return None
    return None  # the whole pattern may match empty


def _end_chars(rx: re.Pattern) -> frozenset[str] | None:
    """The characters every match of ``rx`` (a pattern ending in ``$``, no MULTILINE) ends with, read from its
    parse tree; None when the tree does not say (a class such as ``\\s``, a negated set, an empty match).
    A text whose last character is none of them (and not a final newline, before which ``$`` also matches)
    holds no match: :func:`_may_end` spares the regular expression's scan of every position then."""
    sp = _sre_parser()
    if rx.flags & (re.MULTILINE | re.IGNORECASE):
        return None
    items = list(sp.parse(rx.pattern, rx.flags))
    if not items or items[-1] != (sp.AT, sp.AT_END):
        return None
    return _edge_chars(items[:-1], sp, True)


def _start_chars(rx: re.Pattern) -> frozenset[str] | None:
    """The characters every match of ``rx`` (read from the start: a ``^`` pattern's ``match``) starts with, read
    from its parse tree; None when the tree does not say (a negated or wide class, a match that may be empty). A
    text whose first character is none of them holds no match there: the call to the regular expression can be
    spared (its set-up costs more than the test)."""
    sp = _sre_parser()
    if rx.flags & (re.MULTILINE | re.IGNORECASE):
        return None
    return _edge_chars(list(sp.parse(rx.pattern, rx.flags)), sp, False)


def _may_end(s: str, chars: frozenset[str] | None) -> bool:
    """Whether a ``$`` pattern whose matches end in ``chars`` (:func:`_end_chars`) may match in ``s``."""
    return chars is None or s[-1:] in chars or s[-1:] == "\n"


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


@lru_cache(maxsize=1)
def _family_rows() -> tuple[dict[str, str], ...]:
    return tuple(_rows("families.csv", FAMILY_COLUMNS))


def families() -> pd.DataFrame:
    """The key families (the part of a key before the dot) with Chinese labels and their topic words."""
    return pd.DataFrame(list(_family_rows()), columns=list(FAMILY_COLUMNS))


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
    context_here: bool  # a context word must be in the sentence itself (words written ``=word``)
    exclude: re.Pattern | None  # any of the exclude words
    not_in: re.Pattern | None  # words inside which a match of a phrasing does not count
    scoped: bool  # the family has topic words (families.csv), so its scope is checked
    context_clause: bool = False  # a ``~word`` must be in the figure's own clause (words written ``~word``) …
    context_plain: re.Pattern | None = None  # … unless a plain word (no ``~``) of a mixed context is in the sentence


@dataclass(frozen=True)
class _Compiled:
    entries: tuple[_Entry, ...]
    # (unit, measure) -> bigram -> phrasings (entry index, phrasing) whose rarest bigram it is
    anchors: dict[tuple[str, str], dict[str, tuple[tuple[int, _Phrasing], ...]]]
    keywords: re.Pattern  # every category keyword, longest first: findall is leftmost-longest
    keyword_category: dict[str, str]
    category_of_key: dict[str, str]
    category_dtype: pd.CategoricalDtype
    topics: re.Pattern | None  # every topic word of families.csv, longest first
    topic_family: dict[str, str]


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
    return re.compile("".join(
        (_SHORT_GAP if "#" in text[max(i - 1, 0):i] + text[i + 1:i + 2] else _GAP) if ch == "*"
        else (_SEP if ch == "#" else re.escape(ch)) for i, ch in enumerate(text)))


class _LazyPattern:
    """A regular expression compiled on its first use, with the methods of ``re.Pattern``: the catalog holds
    hundreds of word lists and a report reads few of them, so a process (a corpus worker, one parse) no longer
    compiles them all before its first figure."""

    __slots__ = ("source", "_rx")

    def __init__(self, source: str):
        self.source = source
        self._rx: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern:
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(self.source)
        return rx

    def search(self, *args):
        rx = self._rx
        return (rx if rx is not None else self._get()).search(*args)

    def finditer(self, *args):
        return self._get().finditer(*args)

    def __getattr__(self, name: str):
        if name.startswith("_"):  # (unpickling and copying look up dunders before the slots are set)
            raise AttributeError(name)
        return getattr(self._get(), name)

    def __repr__(self) -> str:
        return f"_LazyPattern({self.source!r})"


def _alternation(words) -> str:
    """A regular expression matching any of ``words`` (literals), the longest one where several match at the
    same position: as ``"|".join(words sorted longest first)``, but written as a tree of shared prefixes
    (行政(?:复议|诉讼|许可)…), so that the engine tries one branch per character instead of every word at every
    position (4-5 times faster on a long text: scanning 600 characters for the category keywords took 140 µs)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in node.items() if ch != ""]
        if not alts:
            return ""
        if "" in node:  # a word ends here: a longer one first (greedy), else this one
            return (alts[0] if len(alts[0]) == 1 else f"(?:{alts[0]})") + "?" if len(alts) == 1 \
                else "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(root)


def _words(s: str, lazy: bool = True) -> re.Pattern | _LazyPattern | None:
    """A pattern matching any of the ``|``-separated words, or None when there are none (compiled on first use
    unless not ``lazy``)."""
    words = [w.lstrip("=~") for w in _split(s)]
    if not words:
        return None
    source = _alternation(words)  # (as "|".join(words sorted longest first))
    return _LazyPattern(source) if lazy else re.compile(source)


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
        if not (r.get("definition") or "").strip():
            problems.append(f"{where}: no definition (统计口径)")
        bad = set(_split(r.get("measure", "")) or ("level",)) - set(schema.MEASURES)
        if bad:
            problems.append(f"{where}: unknown measure {sorted(bad)}")
        phr = _split(r.get("phrasings", ""))
        if not phr or len(phr) != len(r.get("phrasings", "").split("|")):
            problems.append(f"{where}: empty phrasing")
        problems += [f"{where}: {msg}" for msg in map(_phrasing_problem, phr) if msg]
        for col in ("context", "exclude", "not_in"):
            raw = r.get(col, "") or ""
            if raw and len(_split(raw)) != len(raw.split("|")):
                problems.append(f"{where}: empty word in {col}")
        for w in _split(r.get("not_in", "") or ""):
            if len(w) < 2 or not any(_phrasing_inside(p, w) for p in phr):
                problems.append(f"{where}: not_in word {w!r} contains none of the entry's phrasings")
    return problems


def _phrasing_inside(phrasing: str, word: str) -> bool:
    """Whether some literal part of a phrasing occurs inside ``word`` (so a not_in word can hide it)."""
    return any(p in word for p in re.split(r"[*#]", phrasing) if len(p) >= 2)


def validate_families(rows, catalog_rows) -> list[str]:
    """Problems in families.csv rows: every catalog family listed once, a label, topic words not shared."""
    problems, seen, owner = [], set(), {}
    for i, r in enumerate(rows, start=2):
        fam = r.get("family", "")
        where = f"families.csv line {i} ({fam or 'no family'})"
        if not re.fullmatch(r"[a-z_]+", fam or ""):
            problems.append(f"{where}: family must be lower-case letters and _")
        if fam in seen:
            problems.append(f"{where}: duplicate family")
        seen.add(fam)
        if not r.get("label_zh"):
            problems.append(f"{where}: label_zh is required")
        for t in _split(r.get("topics", "") or ""):
            if len(t) < 2:
                problems.append(f"{where}: topic {t!r} is shorter than two characters")
            elif owner.setdefault(t, fam) != fam:
                problems.append(f"{where}: topic {t!r} is also a topic of {owner[t]}")
    used = {r.get("key", "").split(".")[0] for r in catalog_rows}
    for fam in sorted(used - seen):
        problems.append(f"families.csv: catalog family {fam!r} is not listed")
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
    fam_rows = _family_rows()
    problems += validate_families(fam_rows, rows)
    if problems:
        raise ValueError("invalid indicator data:\n" + "\n".join(problems))
    topic_family = {t: r["family"] for r in fam_rows for t in _split(r["topics"])}
    scoped = {fam for fam in topic_family.values()}

    entries, phrasings = [], []
    for r in rows:
        fam = r["key"].split(".")[0]
        context = _split(r["context"])
        clause_bound = any(w.startswith("~") for w in context)
        entries.append(_Entry(r["key"], fam, r["category"], _words(r["context"]),
                              any(w.startswith("=") for w in context), _words(r["exclude"]),
                              _words(r["not_in"]), fam in scoped, clause_bound,
                              _words("|".join(w for w in context if not w.startswith("~"))) if clause_bound else None))
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
    keywords = re.compile(_alternation(owner))  # (as "|".join(owner sorted longest first))
    return _Compiled(
        tuple(entries), {um: {bg: tuple(v) for bg, v in idx.items()} for um, idx in anchors.items()},
        keywords, owner, {e.key: e.category for e in entries}, pd.CategoricalDtype(list(schema.CATEGORIES)),
        _words("|".join(topic_family), lazy=False), topic_family)


_ENTRY_OF: list = [None, {}]  # compiled catalog, key -> its entry


def _entry_of(c: _Compiled) -> dict[str, _Entry]:
    """key -> catalog entry (built once per compiled catalog; never change it)."""
    if _ENTRY_OF[0] is not c:
        _ENTRY_OF[:] = [c, {e.key: e for e in c.entries}]
    return _ENTRY_OF[1]


# ---------------------------------------------------------------------------------------------- keys
_NEGATORS = ("不予", "未予", "没有", "不再")  # or 不/未 right before a match (尚未, 暂未): the match is void
# a negation anywhere before a match in its clause, outside the match: 不予立案信访事项, 未经审查的文件
_NEG_IN = re.compile(r"不予|未经|未予|未被|尚未|暂未|没有|不再|未发生|未(?=[受立审办作])")
_TITLE = re.compile(r"《[^《》\n]{0,80}》")
# award and honour phrases: a figure in such a clause counts prizes, never a catalog quantity
_HONOUR = re.compile(r"被评为|评为|获评|荣获|获奖|获得[^，。；]{0,12}(?:奖|称号|表彰|先进)|获[^，。；]{0,12}(?:先进|突出集体|"
                     r"先进集体|先进个人|优秀集体)|"
                     r"受到[^，。；]{0,8}表彰|予以表彰|评选为|命名为|入选|争创|"  # 争创: candidates, not results
                     r"优秀(?!率)|先进(?:单位|集体|个人)")  # 优秀案卷12件, 考核优秀单位8个: a rating, not the count
# every _HONOUR match holds one of these (keep in step; tests/test_speed_guards.py): annotate scans only a clause
# that holds one
_HONOUR_HAS = tuple("评获彰入争优先命")
# a period of several years before the figure in its sentence (党的十八大以来, 2019年4月至2021年3月, 近三年):
# the figure is a multi-year total, never the report year's quantity ...
_MULTI_YEAR = re.compile(r"(?:十[八九]大|二十大)以来|近[两二三四五十]年|[两二三四五]年来|"
                         r"((?:19|20)\d{2})年[^，。；至]{0,8}至((?:19|20)\d{2})年")
# (every alternative holds 年 or 以来: _multi_year skips the scan without them; keep that true when editing)
# LABELING 2/6: a figure stated for a streak of years in its own clause (连续3年组织培训20次, 连续两年办结90件) is each
# of those years' figure or their sum, not the report year's alone: no key. STREAK_RANK (LABELING 65, 79): a rank
# stated for a streak that runs to the report year (考核连续五年位居全省第一) is the report year's rank too: keyed
_STREAK = re.compile(r"连续[0-9０-９一二两三四五六七八九十]+(?:个)?年")
# ... and a later clause of its sentence that opens with an adverb of times over that span (连续3年邀请…，先后6次学习…)
_STREAK_CARRIED = re.compile(r"\s*(?:先后|累计|共计|共)")
# ... unless the report year is named again after it (今年, 全年, 本年度)
_THIS_YEAR = re.compile(r"今年|全年|本年|年内")
# the head nouns a figure may count that no phrasing names (``data/head_nouns.csv``: lists, windows, problems,
# steps, plans, monitors): a match that only modifies such a noun names no key (政务服务事项清单31个: lists, not
# items; 许可事项压减120个环节: steps; 聘请12名培训机构社会监督员: monitors, not trainees)
HEAD_NOUN_COLUMNS = ("noun", "example")
_HEAD_NOUN = re.compile(r"(?:主要|突出|重点|具体|共性)?(?:" + "|".join(
    re.escape(r["noun"]) for r in sorted(_rows("head_nouns.csv", HEAD_NOUN_COLUMNS), key=lambda r: -len(r["noun"]))
    if r["noun"]) + ")")
_HEAD_NOUN_END = re.compile(r"(?:" + _HEAD_NOUN.pattern + r")[共计达约为有]{0,2}$")  # ending the words before
# the noun phrase a figure counts, then a light verb whose object names what was done to it
# (对19个市县、35个省级机关进行考核): a phrasing may match right after the light verb
# 覆盖/惠及 N人: the people reached by the activity the figure before it (same sentence) counted; not when
# they are staff (覆盖民辅警, 覆盖执法人员: staff training, a key of its own). REACH_VERBS: the other verbs of reach
# that open such a clause (受益师生, 辐射群众, 吸引居民, 参与学生 N人)
_COVERS = re.compile(r"\s*(?:覆盖|惠及|受益|辐射|吸引|参与)")
_ACTIVITY_WORDS = (("培训", "capacity.training_sessions"), ("普法", "capacity.law_publicity_events"),
                   ("法治宣传", "capacity.law_publicity_events"))
_STAFF_AUDIENCE = {"capacity.training_sessions": "enforcement.staff_trained"}
# the keys an honour clause may name: sites named as demonstration sites are what the key counts
_HONOUR_KEYS = frozenset({"leadership.demonstration_sites", "leadership.assessment_rank"})  # (a rank won is the place itself)
# 参考率、合格率均达100%: one figure shared by the items of a 、 list is none of them alone
# 参考率和合格率均达100%: rates joined by 和/及/与 share the figure the same way
_SHARED = re.compile(r"(?:、|(?<=[率数量])(?:和|及|与|以及))[^、，,；;。！？!?：:\n]{1,12}(?:均|都|全部)"
                     r"(?:达到|到达|达|为|在|是|保持)?\s*$")
# 通过…等手段避免近50件…案件流入诉讼: what was avoided or prevented never happened; no key counts it
_AVOIDED = re.compile(r"避免|防止|杜绝")  # (annotate finds the three words with str.find: keep in step)
# the words a _SHARED match ends with (before trailing whitespace): a left context ending otherwise needs no scan
# (keep in step with the end of _SHARED)
_SHARED_LAST = ("均", "都", "全部", "达到", "到达", "达", "为", "在", "是", "保持")
_STAFF = re.compile(r"执法|民警|辅警|干警")
_LISTED_ACT = re.compile(r"(?P<verb>审核|审查|办理|受理|办结|备案|清理|制定|出台|印发)"
                         r"[^、，,；;。：:0-9０-９]{1,14}?[0-9０-９][0-9０-９.．]*(?:万|亿)?[件份项个宗起次家]、"
                         r"(?:[^、，,；;。：:0-9０-９]{1,14}?[0-9０-９][0-9０-９.．]*(?:万|亿)?[件份项个宗起次家]、)*"
                         r"(?P<obj>[^、，,；;。：:0-9０-９]{2,14})$")
# (the act of the first item of a 、 list of counts, and the bare noun of a later item: 审核规范性文件15件、合同86份)
_MODIFIED_ITEM = re.compile(r"([\u4e00-\u9fff]{1,8})、(?:拟|已|新|待)?[\u4e00-\u9fff]{0,4}的")  # 96件会议议题、拟签订的
_CUT_SHARE = re.compile(r"(?:压缩比|压缩率|压减比|压减率|压缩比例|压减比例|减时间)[”\"]?(?:平均)?(?:达到|达|为|约)?\s*$|"
                        r"^[^、，,；;。0-9０-９]{0,40}?(?:时限|时间)、[^，,；;。0-9０-９]{2,30}分别(?:压缩|压减|减少|缩减)了?\s*$|"
                        r"(?:时限|时间|时长|用时)(?:平均|整体|总体)?(?:压减|压缩|缩减|缩短|减少)了?(?:平均)?\s*$|"
                        r"(?:压减|压缩|缩减|缩短|减少)了?(?:办理|审批|办事|承诺|法定)?(?:时限|时间|时长|用时)(?:平均)?"
                        r"(?:达到|达|为|约)?\s*$")
# (a share of time cut printed as a level: 时限压缩比达88%, 平均“减时间”80%; the first figure of a 、 list of cuts
# whose first item is the time: 办理时限、申请材料分别压减60%、30%; a time cut whose verb the figure parser does
# not read as a change: 办理时限压减60%, or whose verb stands before the time: 平均压缩审批时限63%)
# a change of a batch counted before the figure in its sentence (取消3项, 承接9项): the figures after it are
# parts of the batch, not the stock of the list
_BATCH_PART = re.compile(r"(?:取消|承接|下放|调整|划转|精简|削减)了?\d+(?:项|个)")
_CHANGE_PRED = re.compile(r"(?:压减|压缩|缩短|缩减|削减|减少|降低|下降|提高|提升|增长|增加)了?")  # 分别压减: a bare change
_PARTY_EDU = re.compile(r"党员教育|党员轮训|党员集中轮训|轮训党员")
_TRAINING_KEYS = frozenset({"capacity.training_sessions", "capacity.trainees"})
# NONLAW_EXAM (LABELING 5, 71; catalog capacity.exam_*: 学法考试, 法律知识测试): an exam whose own words, from the verb or
# list mark before it to the matched exam word, name party rules or job knowledge and no law (参加党章党规知识测试,
# 参加业务知识考试) is no law exam: its takers and rates get no exam key
_EXAM_KEYS = frozenset({"capacity.exam_takers", "capacity.exam_pass_rate", "capacity.exam_participation_rate"})
_NONLAW_EXAM = re.compile(r"党章|党规|党纪|党史|业务知识|业务考试|业务测试|岗位知识")
_EXAM_OPEN = ("参加", "参与", "组织", "开展", "举行", "举办", "、", "，", ",")
_STOCK_KEYS = frozenset({"approval.licensing_items", "approval.service_items", "approval.items_transferred"})
_AUDIENCE_OF = {"capacity.training_sessions": "capacity.trainees",
                "capacity.law_publicity_events": "capacity.publicity_audience"}
# 、 only before another counted item sharing the verb (对12个市县、35个单位进行考核)
_LIGHT_VERB = re.compile(r"(?:[^，。；：！？,;:!?、\n]|、(?=[0-9０-９一二两三四五六七八九十百]))"
                         r"{1,20}?(?:进行|开展)")
# a match that is one item of an 等 list whose own head noun follows it (…培训等活动): the figure counts the head
# 1.2万人参加某某网络专题班学习: the people of a course named after 参加, however long its name
# 组织14名领导干部完成法治专题培训: the people, named first, who then take the course
# N名 + leaders + (a manner of at most 6 characters) + 述法: the number counts the leaders who reported
_PERSON_REPORTS = re.compile(r"[^，。；：！？,;:!?、\n]{0,14}?(?:负责人|负责同志|书记|领导干部|主要领导)"
                             r"[^，。；：！？,;:!?、\n]{0,6}?述法")
# BODY_REPORTS (issue 9, LABELING 39): N个/家 + bodies (单位, 部门, 乡镇, 街道 …) + their leaders + what they did, to
# 述法 in the same clause (组织15个街道(镇)党政主要负责人…进行述法; 组织76家单位开展主要负责人…述法测评): the number
# counts the bodies whose leaders reported, which leadership.law_reports counts (its units 个, 家). Not when a number
# stands between (30个省直部门61名负责同志…述法: the people are counted), nor for a sample drawn (抽选四家单位…现场述法:
# a part of those who reported, LABELING 19)
_BODY_REPORTS = re.compile(r"\s*[\u4e00-\u9fff]{0,6}?(?:单位|部门|乡镇|街道|镇街|机关|镇|乡)(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?"
                           r"[^，。；：！？,;:!?\n0-9０-９]{0,24}?(?:负责人|负责同志|主要负责|书记|领导干部|主要领导)"
                           r"[^，。；：！？,;:!?\n0-9０-９]{0,36}?述法")
_SAMPLED = re.compile(r"(?:抽选|抽取|选取|抽查|随机选取|遴选|挑选|选择)\s*$")
_JOIN_COURSE = re.compile(r"[^，。；：！？,;:!?、\n]{0,12}?(?:参加|参与|完成|接受)[^，。；：！？,;:!?、\n]{0,24}?"
                          r"(?:专题班|培训班|学习班|研讨班|培训|考试|测试|考法)")
# N次 + the verb phrase of what was done N times (9次主持召开常务会等会议研究法治建设, 3次带领班子专题听取、
# 研究、部署法治建设工作): a phrasing may match anywhere in that verb phrase, up to the clause's end
_DONE_TIMES = re.compile(r"\s*(?:先后|专题|亲自|带头)?(?:主持召开|主持|召开|带领|研究|听取|部署|审议)"
                         r"[^，。；：！？,;:!?\n]{0,24}")
# N次 + the meeting held N times (召开3次法治某某(法治政府)建设工作推进会): its noun ends the phrase
# (not a clause of its own: 2次将全省…专题会议在本市召开 is where someone else's meeting was held)
_MEETING_AFTER = re.compile(r"[^，。；：！？,;:!?\n将把在被由]{0,24}?(?:推进会|会议|常务会|办公会|部署会|联席会)")
_LAW_WORD = re.compile(r"法治|依法|法制|法律|学法|述法")
# 各级党政主要负责人共936人向依法治县委员会述法: the leaders named before the number report to a body after it
_LEADERS_BEFORE = re.compile(r"(?:负责人|负责同志|书记|领导干部|主要领导)[共计达有]{0,2}\s*$")
_REPORTS_TO = re.compile(r"[^，。；：！？,;:!?\n]{0,4}?向[^，。；：！？,;:!?\n]{1,16}?述法")
# a verb, the items of a 、 list and 等, before the list's head noun: the verb and the head name the figure
_ETC_LIST = re.compile(r"(审查|审核|办理|受理|查处|清理|制定|出台|修订|印发|备案|审批|化解|调处)"
                       r"(?:[^、，,；;。：:！？!?\n]{1,10}、)+[^、，,；;。：:！？!?\n]{1,10}等(?=[\u4e00-\u9fff]{2})")
_NEXT_PLACE = re.compile(r"[、，,和及]?(?:在|居|列|位列|位居)?(?:全国|全省|全市|全区|全州|全县|同类[\u4e00-\u9fff]{0,6})")
# the noun of one list item, nothing else: 12个市县、 / 27个乡(镇、区)、 / 2个市州和
_BARE_ITEM = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?(?:、|和|及)")
# LIST_SHARES_ACT (issue 9): the same, joined by 以及 too, for a list of counts whose act follows the last item's noun
_LISTED_ITEM = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?(?:、|和|及|以及)")
# 等 + head noun ending the words before a figure; not 等 + an adverb (局党组会、局长办公会等先后8次研究…)
_LEVEL_ITEM = re.compile(r"(?:国家|省|自治区|市|州|县|区|乡|镇|村)级、")  # 2个省级、: a level, the noun comes later
# what may stand between the last item's number and the head noun its key came from: more level items, modifiers
_LEVEL_CHAIN = re.compile(r"(?:(?:国家|省|自治区|市|州|县|区|乡|镇|村)级、[0-9０-９]+个)*[\u4e00-\u9fff]{0,6}")
_ETC_HEAD = re.compile(r"等(?!(?:先后|共计|共|累计|合计|总计|分别|均|全年|多次|已|还)*$)[\u4e00-\u9fff]{1,6}$")
# 学习、座谈、宣讲8600余次, 参考率、通过率和优秀率100%: a 、 list right before a figure shares it
_SHIELD = re.compile(r"“[^“”]*”|\"[^\"]*\"|《[^《》]*》|[（(][^（）()]*[）)]")  # a 、 in these is no list
_ASIDE = re.compile(r"[（(][^（）()]*[）)]")  # a bracketed aside
_JOIN_LAST = re.compile(r"以及|与(?<![参给]与)|和(?![解谐平])|及(?<![以普涉]及)(?![时格])")  # not 和解, 参与, 及时
# (lookbehinds after the first character, so every alternative starts with a literal: a fast scan)
_ACT_VERB = re.compile(r"(?:审核|审查|备案|制定|修订|修改|废止|清理|受理|办理|办结|印发|出台|发布|公布|检查|抽查|调解)")
_LIST_VERB = re.compile(r"开展|进行|组织|参加|参与|完成|实现|覆盖")


@lru_cache(maxsize=4096)  # pure, and a report repeats its clauses
def _coordinated_items(seg: str) -> tuple[str, ...]:
    """The items of a coordinated list that ends right before a figure, or () when ``seg`` (the clause
    text before the figure, after any figure before it) is no such list: no 、 outside quotes, titles and
    brackets (“双随机、一公开” is one name), an 等 list (its head noun names the figure), or a last item that
    is a long predicate rather than an item (各市、县(区)开展领导干部年终述法: the list is who, not what)."""
    if "、" not in seg and "和" not in seg and "与" not in seg and "及" not in seg:
        return ()  # no 、 and no word of _JOIN_LAST: neither a list nor a pair (shielding adds no character)
    shielded = _SHIELD.sub(lambda m: "_" * len(m.group()), seg)
    cuts = []
    k = shielded.find("、")
    while k >= 0:
        cuts.append(k)
        k = shielded.find("、", k + 1)

    def pair() -> tuple[str, ...]:  # 开展中心组理论学习和各类法治培训5次: two activities joined by 和
        m = None
        for m in _JOIN_LAST.finditer(shielded):
            pass
        # an aside in brackets is no part of the item's length (专题学法和法治讲座（培训、报告会）)
        tail = None if m is None else len(_ASIDE.sub("", seg[m.end():]))
        if m is None or m.start() < 2 or tail < 2 or tail > 10 or "、" in shielded[m.end():] \
                or _LIST_VERB.search(seg, m.end()) or seg.rstrip()[-1:] in ("的", "各", "均"):
            return ()
        return seg[:m.start()], seg[m.end():]

    if not cuts:
        return pair()
    items = [seg[a + 1:b] for a, b in zip([-1] + cuts, cuts + [len(seg)])]
    last = items[-1]
    if seg.rstrip()[-1:] in ("的", "各", "均"):  # 基础性、全局性的4项决策: modifiers; 甲、乙会议各2次: each
        return ()
    if len(last) > 10 and "等" not in shielded[cuts[-1]:]:
        return pair()  # 市委、市政府专题学法和法治讲座N场: the 、 list is who; the pair joined by 和 is what
    if "等" in shielded[cuts[-1]:] or _LIST_VERB.search(last) or not all(x.strip() for x in items):
        return ()
    m = None
    for m in _JOIN_LAST.finditer(last):
        pass
    if m is not None and m.start() >= 2 and len(last) - m.end() >= 2:
        items[-1:] = [last[:m.start()], last[m.end():]]
    return tuple(items)


# VERB_OVER_LIST: a review or act verb, then a list of its objects joined by 、, 和 or 及, then the figure (审查合同、
# 协议56件; 审查县政府文件、合同及会议纪要共计112件): the verb governs every item. When every item, read with the verb,
# names a key, the figure takes the items' common key, or a total whose catalog definition counts the others as its
# parts (decisions.legality_reviews counts documents, contracts and normative documents together); items naming
# different keys that no total covers share a total of two indicators, which takes no key (审查规范性文件和合同56件)
_VERB_LIST = re.compile(r"^(?P<lead>[^、]{0,12}?)(?P<verb>审查|审核|制定|修订|修改|出台|清理|备案|印发|办理|承办|受理)"
                        r"(?P<items>[^、0-9０-９]{1,12}(?:、[^、0-9０-９]{1,12})*)$")
_VERB_LIST_VERBS = ("审查", "审核", "制定", "修订", "修改", "出台", "清理", "备案", "印发", "办理", "承办", "受理")  # _VERB_LIST's verbs
_LIST_REACH = 120  # characters before a figure read for a list of objects (a longer run is no such list)
_TOTALISER_END = re.compile(r"(?:共计|合计|总计|累计|共|达|计)$")
_COVERS_PARTS = {"decisions.legality_reviews": frozenset({"decisions.contracts_reviewed", "normative_docs.reviewed",
                                                           "decisions.major_decisions"})}


# a catalog key whose definition is the total of exactly these parts given together (人大代表建议和政协提案共86件:
# oversight.suggestions_and_proposals, "报告合并给出的人大代表建议和政协提案总数"): a verb over a list of the parts
# counts that total (LABELING 7: the catalog wording covers both acts)
_COMBINED_TOTAL = {frozenset({"oversight.npc_suggestions", "oversight.cppcc_proposals"}):
                   "oversight.suggestions_and_proposals"}


def _covered(key: str) -> frozenset[str]:
    """The key and the keys of the parts its catalog definition counts in it (``_COVERS_PARTS``)."""
    parts = _COVERS_PARTS.get(key, frozenset()) | {key}
    for combined, total in _COMBINED_TOTAL.items():
        if total == key:
            parts |= combined
    return parts


def _verb_list_key(c: _Compiled, unit: str, measure: str, left: str, raw: str, clause: str, sentence: str,
                   chain: str, scope: _Scope | None) -> tuple[str | None, str | None] | None:
    """(key or None, basis) of a figure counting the objects of one verb listed right before it; None when the
    words before the figure are no such list or an item, read with the verb, names no key (nothing to decide)."""
    if not _holds(left, _VERB_LIST_VERBS):  # no verb of the list: _VERB_LIST cannot match (cutting and shielding
        return None                         # below add no character)
    left = _TOTALISER_END.sub("", left.rstrip())
    shielded = _SHIELD.sub(lambda m: "_" * len(m.group()), left)
    m = _VERB_LIST.match(shielded.strip())
    if m is None or "等" in m.group("items"):  # an 等 list: its head noun names the figure (_ETC_LIST)
        return None
    off = len(shielded) - len(shielded.lstrip())
    items = left[off + m.start("items"):off + m.end("items")].split("、")
    j = None
    for j in _JOIN_LAST.finditer(_SHIELD.sub(lambda x: "_" * len(x.group()), items[-1])):
        pass
    if j is not None and j.start() >= 2 and len(items[-1]) - j.end() >= 2:
        items[-1:] = [items[-1][:j.start()], items[-1][j.end():]]
    if len(items) < 2:
        return None
    verb = m.group("verb")
    keys = set()
    for it in items:
        got = _match_key(c, unit, measure, verb + it.strip(), "", raw, clause, sentence, chain, None, scope, 0)
        if got is None:
            return None
        keys.add(got[0])
    key = next((k for k in keys if keys <= _covered(k)), None) or _COMBINED_TOTAL.get(frozenset(keys))
    if key is None:
        return None, None
    return key, f"{verb}{'、'.join(x.strip() for x in items)} ⇐ the verb {verb} governs every item of the list"



# ETC_END_LIST (issue 9): a verb, a 、 list of its objects closed by 等, then the figure with no head noun after 等
# (审核区政府发文、常务会议纪要等47件; 集体学习宪法、新修订的法律法规等15次; 主动公开规范性文件、图解解读等2600条): the 等 list gives
# examples of what the verb was done to, so the figure counts the verb's objects. Each item is read with the verb
# (and an adverb right before it: 主动公开, not the subject: 中心组); the figure takes the items' common key (or a total the
# catalog counts them in) when every item names it (印发规范性文件、工作方案等: a work plan is no normative document),
# except that the unkeyed object of a review verb is a document reviewed for legality (审核区政府发文、常务会议纪要等)
_ETC_END_VERBS = _VERB_LIST_VERBS + ("学习", "公开")
_REVIEW_VERBS = ("审查", "审核")
_ETC_END_LEAD = re.compile(r"(?:主动|依法|集中|专题|系统|深入|认真)$")  # an adverb the verb's phrasing may hold (主动公开)
_LEGALITY_KEY = "decisions.legality_reviews"
_ETC_END_VERB = re.compile("|".join(_ETC_END_VERBS))
_ETC_END_ITEM = re.compile(r"[^、，,；;。：:！？!?0-9０-９\n]{1,14}")


def _etc_end_key(c: _Compiled, unit: str, measure: str, left: str, raw: str, clause: str, sentence: str,
                 chain: str, scope: _Scope | None) -> tuple[str, str] | None:
    """(key, basis) of a figure right after an 等 list of one verb's objects (ETC_END_LIST), or None."""
    left = _TOTALISER_END.sub("", left.rstrip())
    if not left.endswith("等") or "、" not in left:
        return None
    body = left[:-1]
    shielded = _SHIELD.sub(lambda m: "_" * len(m.group()), body)
    for m in reversed(list(_ETC_END_VERB.finditer(shielded))):
        items = body[m.end():].split("、") if "、" in shielded[m.end():] else []
        # (a 、 inside quotes or brackets is no cut; such an item is left to the other readings)
        if len(items) < 2 or len(items) != shielded[m.end():].count("、") + 1 \
                or not all(_ETC_END_ITEM.fullmatch(it.strip()) for it in items):
            continue
        lead = _ETC_END_LEAD.search(body, 0, m.start())
        lead = lead.group() if lead is not None else ""
        keys = []
        for it in items:
            got = _match_key(c, unit, measure, lead + m.group() + it.strip(), "", raw, clause, sentence, chain, None,
                             scope, 0)
            keys.append(None if got is None else got[0])
        named = {k for k in keys if k is not None}
        if None in keys:
            # an item naming no key (区政府发文, 工作方案, 党的二十大精神) may be another kind of thing: only a review
            # verb's unkeyed object is still a document reviewed for legality (LABELING 23: documents in general)
            if m.group() not in _REVIEW_VERBS or not named or not named <= _covered(_LEGALITY_KEY):
                return None
            named = named | {_LEGALITY_KEY}
        key = next((k for k in named if named <= _covered(k)), None)
        if key is None:
            return None
        return key, f"{m.group()}{'、'.join(x.strip() for x in items)}等 ⇐ the verb {m.group()} governs the 等 list"
    return None

_MEETING_KEY = "leadership.meetings"
# a noun phrase whose head is a meeting (动员会, 推进会, 座谈会议), not a body (委员会, 协会, 工会, 学会)
# (anchored use only — match/fullmatch: linear; its .search is quadratic on long text, issue 14)
_MEETING_HEAD = re.compile(r"[\u4e00-\u9fff]+(?<!委员)(?<!理事)(?<!联合)(?<![协工学商])(?:会议|会)")


# OTHER_EVENT_ITEM (KEY_EVIDENCE, issue 9): an item of a list sharing one event count (开展普法宣传和“法治体检”活动24次,
# 举办法治讲座和法律咨询会6场) that names an event or service of its own but no catalog key is another kind of event:
# the shared count is of two kinds (LABELING 7), so a session key read from the other item is withheld
_OTHER_EVENT = re.compile(r"(?:活动|体检|咨询|服务|比赛|竞赛|展览|展演|演出|义诊|座谈|座谈会|观摩|走访|调研)$")


def _item_key(item: str, got: tuple[str, str] | None, default: str) -> str | None:
    """:func:`_head_key`, except that an item naming no key whose head is an event or service of its own
    (``_OTHER_EVENT``) names another thing (None) when the shared key is a session key."""
    if got is None and default in _SESSION_KEYS and _OTHER_EVENT.search(re.sub(r"[“”\"'「」\s]", "", item)):
        return None
    return _head_key(item, got, default)


def _head_key(item: str, got: tuple[str, str] | None, default: str) -> str:
    """The key a 、 list item names by its head noun: the key of the match in it (``got``; ``default`` when
    none), except when a longer meeting noun follows that match (法治督察动员会: 督察 only modifies the
    meeting, so the item is a meeting). 会/会议 right after the match (学习会, 培训会) keeps the match's key."""
    if got is None:
        return default
    item = item.strip()
    matched = _basis_words(got[1])
    at = item.rfind(matched) if matched and "#" not in matched else -1
    tail = item[at + len(matched):] if at >= 0 else ""
    if tail not in ("会", "会议") and _MEETING_HEAD.fullmatch(tail) is not None:
        return _MEETING_KEY
    return got[0]


@lru_cache(maxsize=4096)  # pure
def _multi_year(left: str) -> bool:
    """Whether the sentence text before a figure puts it in a period of several years."""
    if "年" not in left and "以来" not in left:  # every _MULTI_YEAR match holds one: no regex scan
        return False
    last = None
    for m in _MULTI_YEAR.finditer(left):
        if m.group(1) is None or m.group(1) != m.group(2):
            last = m
    if last is None:
        return False
    return _THIS_YEAR.search(left, last.end()) is None


def _shared(masked_left: str, cl: int) -> bool:
    """Whether the figure is one shared by the items of a list (``_SHARED`` from ``cl``)."""
    return masked_left.rstrip().endswith(_SHARED_LAST) and _SHARED.search(masked_left, cl) is not None


def _one_rate_shared(masked_left: str, cl: int, unit) -> bool:
    """Whether a share a 、 list holds in common names one rate only (甲考试、乙考法合格率均达100%: the items are whose
    rate, one catalog rate covers both, LABELING 40), not two rates (参考率、合格率均为100%: no key, LABELING 30)."""
    if unit not in _PCT or masked_left.count("率", cl) != 1:
        return False
    items = masked_left[cl:].split("、")  # (the last item runs on to the rate and 均)
    # every item before the rate names a whole subject (集中考试), not a rate's stem cut short (网办、掌办率: two rates)
    return len(items) > 1 and all(len(x.strip()) >= 4 for x in items[:-1])


def _unmasked_index(s: str, k: int) -> int:
    """The index in ``s`` of index ``k`` of ``_mask_titles(s)`` (each title's words, removed there, counted back in);
    ``k`` never falls between a title's marks (a clause start follows a clause mark, and titles hold none once
    masked)."""
    shift = 0
    for m in _TITLE.finditer(s):
        if k <= m.start() - shift:
            break
        shift += m.end() - m.start() - 2
    return k + shift


# TITLE_RUN: a run of book titles, side by side or joined by 、 (学习《甲法》《乙条例》、《丙规定》等法律法规), is one
# object of the verb: masked as one empty title, so a phrasing's gap spans it as it spans one title
_TITLES_RUN = re.compile(r"《[^《》\n]{0,80}》(?:、?《[^《》\n]{0,80}》)*")


# LAW_TITLE_TOPIC (LABELING 71, 20): the title of a law or regulation (学习《某某法》) names the law topic a study
# count needs in its sentence, though its words choose no key: the masked sentence read for context words ends with a
# mark naming a law (法典: a context word only the study entry reads), after a line break no clause spans
_LAW_TITLE = re.compile(r"《[^《》\n]{0,80}(?:法|法典|条例)》")
_LAW_TITLE_MARK = "\n（法典）"


def _mask_titles(s: str) -> str:
    """``s`` with the words of every book title 《…》 removed (``学习《民法典》等法律`` -> ``学习《》等法律``)."""
    if "《" not in s:
        return s
    return _TITLES_RUN.sub("《》", s)


# a change verb with its end state (由120项精简至96项, 减至, 压减为): it names the stock after the change, not a cut,
# so a cut word an entry excludes (精简, 压减 …) does not void it there
_CHANGED_TO = re.compile(r"(?:精简|压减|删减|削减|缩减|压缩|减少|调整|优化|减)(?=至|为|到)")


def _exclude_text(clause: str, before: str, raw: str) -> str:
    """The clause without parenthesised asides that do not contain the figure (and without a change verb followed
    by its end state, 由…精简至)."""
    if ("由" in clause or "从" in clause) and _CHANGED_TO.search(clause) is not None:
        clause = _CHANGED_TO.sub("", clause)
        before = _CHANGED_TO.sub("", before)
    if "（" not in clause and "(" not in clause:
        return clause
    at = clause.find(before + raw)
    if at >= 0:
        lo = at + len(before)
    else:  # the label is not right before the figure (办结复议案件（含上年结转）46件): find the figure alone
        lo = clause.find(raw)
        if lo < 0 or clause.find(raw, lo + 1) >= 0:
            return clause
    hi = lo + len(raw)
    return _PAREN.sub(lambda m: m.group(0) if m.start() < hi and m.end() > lo else "", clause)


_VERB_JI = ("以及", "涉及", "惠及", "普及", "波及", "提及")  # words in 及 that join nothing (涉及受众: a verb)
_VERB_YU = ("参与", "给与")  # words in 与 that join nothing (主要负责人参与述法: a verb, as _JOIN_LAST reads it)


def _negated(text: str, s: int) -> bool:
    """Whether the match starting at ``s`` is negated (不受理, 不予受理, 尚未审结 …) or the second half of a
    coordination (审查和备案规范性文件 counts both, so 备案 alone does not name it)."""
    return s > 0 and (text[s - 1] in "不未和" or (text[s - 1] == "与" and text[s - 2:s] not in _VERB_YU)
                      or text[s - 2:s] in _NEGATORS or
                      (text[s - 1] == "及" and text[s - 2:s] not in _VERB_JI))


def _score(p: _Phrasing, text: str, b: int, reach: int) -> tuple[tuple[int, int, int, int], int, int] | None:
    """Rank and span of the best match of ``p`` in ``text`` (before + SEP + after, ``b`` = len(before)).

    The rank is (side: 0 before or straddling, 1 after; distance from the figure; minus matched length;
    minus literal length), lower wins; None when ``p`` does not match or every match is negated.
    """
    if p.plain:
        lit = p.text
        n = len(lit)
        hi = b
        while True:
            s = text.rfind(lit, 0, hi)
            if s < 0 or s + n > b:
                break
            if not _negated(text, s):
                return (0, b - s - n, -n, -p.literal), s, s + n
            hi = s + n - 1
        s = text.find(lit, b + 1)
        while 0 <= s and s - b - 1 <= reach:
            if not _negated(text, s):
                return (1, s - b - 1, -n, -p.literal), s, s + n
            s = text.find(lit, s + 1)
        return None
    for part in p.parts:  # cheap test first: every literal part must occur
        if part not in text:
            return None
    best = None
    for m in _regex(p.text).finditer(text):
        s, e = m.span()
        if _negated(text, s):
            continue
        if e <= b:  # in before: keep the last match, the one nearest the figure
            best = (0, b - e, s - e, -p.literal), s, e
        elif s > b:  # in after: the first match is the nearest; it must start near the figure
            if best is None and s - b - 1 <= reach:
                return (1, s - b - 1, s - e, -p.literal), s, e
            return best
        else:  # straddles the figure (a # phrasing)
            return (0, 0, s - e, -p.literal), s, e
    return best


@dataclass
class _Scope:
    """Where a figure stands: the topic words around it, for the family test of each candidate."""

    left: str  # sentence text before the figure, titles masked
    clause_left: int  # where the figure's clause starts in ``left``
    right_topic: str | None  # family of the first topic word after the figure in its clause
    row_family: str | None  # a table row continues this family (nothing in between names another)
    heading_families: frozenset[str]  # families named by the innermost heading that names any
    heading: str


_COORD = ("和", "及", "与", "、", "以及", "和各类")  # words joining two topics into one combined count
_TOPIC_CACHE: dict[str, list[tuple[int, int, str]]] = {}


@lru_cache(maxsize=1)
def _family_vocab() -> dict[str, str]:
    """family -> the literal parts of its catalog phrasings, joined by _SEP (for ``word in vocab``)."""
    parts: dict[str, set[str]] = {}
    for r in _catalog_rows():
        fam = r["key"].split(".")[0]
        for p in _split(r["phrasings"]):
            parts.setdefault(fam, set()).update(x for x in re.split(r"[*#]", p) if x)
    return {fam: _SEP.join(sorted(v)) for fam, v in parts.items()}


@lru_cache(maxsize=1)
def _topics_in_vocab() -> dict[str, frozenset[str]]:
    """family -> the topic words (families.csv) that occur in its vocabulary (``word in _family_vocab()[family]``,
    found once for every topic word instead of a scan of the vocabulary per topic match)."""
    words = {t for r in _family_rows() for t in _split(r["topics"])}
    return {fam: frozenset(t for t in words if t in v) for fam, v in _family_vocab().items()}


@lru_cache(maxsize=1)
def _key_units() -> dict[str, frozenset[str]]:
    """key -> the units its catalog entry admits."""
    return {r["key"]: frozenset(_split(r["unit"])) for r in _catalog_rows()}


def _topics(c: _Compiled, s: str) -> list[tuple[int, int, str]]:
    """(start, end, family) of every topic word in ``s`` that names a family there.

    A topic word of one family that the family named before it in ``s`` also uses in its own phrasings does
    not switch the family (行政复议……调解和解结案8件: 调解 is a reconsideration outcome there, not mediation).
    """
    if c.topics is None or not s:
        return []
    got = _TOPIC_CACHE.get(s)
    if got is None:
        if len(_TOPIC_CACHE) > 20000:
            _TOPIC_CACHE.clear()
        got, cur, last = [], None, 0
        for m in c.topics.finditer(s):
            word = m.group(0)
            fam = c.topic_family[word]
            start = m.start()
            if s.find("；", last, start) >= 0 or s.find(";", last, start) >= 0:
                cur = None  # a new clause group after ；: its own topic
            if cur is not None and fam != cur and word in _topics_in_vocab().get(cur, ()):
                continue
            got.append((start, m.end(), fam))
            cur, last = fam, m.end()
        _TOPIC_CACHE[s] = got
    return got


@lru_cache(maxsize=1)
def _context_families() -> dict[str, frozenset[str]]:
    """key -> the other families whose topic word the key's own ``context`` names: the catalog places the
    key in their scope too (legal_aid.consultations, context 公共法律服务: consultations at public legal
    service points are its count, under a 公共法律服务 topic as under 法律援助)."""
    topic_family = {t: r["family"] for r in _family_rows() for t in _split(r["topics"])}
    out: dict[str, frozenset[str]] = {}
    for r in _catalog_rows():
        fam = r["key"].split(".")[0]
        other = {topic_family[w.lstrip("=~")] for w in _split(r["context"])
                 if topic_family.get(w.lstrip("=~"), fam) != fam}
        if other:
            out[r["key"]] = frozenset(other)
    return out


def _in_scope(c: _Compiled, entry: _Entry, scope: _Scope, pos: int, matched: str,
              topics: list[tuple[int, int, str]], plain: bool = False) -> tuple[bool, str]:
    """Whether a scoped entry fits the figure's scope; and the evidence (topic word and where)."""
    fam = entry.family
    extra = None if plain else _context_families().get(entry.key)
    if extra:
        return _in_scope_of(c, entry, scope, pos, matched, topics, {fam} | extra)
    in_clause = [t for t in topics if t[0] >= scope.clause_left]
    if len(in_clause) >= 2 and "分别" not in scope.left[scope.clause_left:]:
        # 行政复议和行政诉讼案件共31件: a combined count, of neither family alone (分别 pairs them instead)
        t0, t1 = in_clause[-2], in_clause[-1]
        if t0[2] != t1[2] and fam in (t0[2], t1[2]) and scope.left[t0[1]:t1[0]] in _COORD:
            return False, ""
    own = [t for t in _topics(c, matched) if t[2] == fam]
    if own:
        return True, ""
    left = [t for t in topics if t[1] <= pos]
    if left:
        in_clause = {t[2] for t in left if t[0] >= scope.clause_left}
        if len(in_clause) > 1:  # 行政复议和行政诉讼案件: both families, the ranking decides (a tie: none)
            return fam in in_clause, ""
        t = left[-1]
        return t[2] == fam, f"{scope.left[t[0]:t[1]]} (sentence)"
    between = {t[2] for t in topics if t[0] >= max(pos, scope.clause_left)}  # 上年结转行政复议案件2件
    if between:
        return fam in between, "(clause)"
    if scope.right_topic is not None:
        return scope.right_topic == fam, "(clause)"
    if scope.row_family is not None:
        return scope.row_family == fam, "(row above)"
    if scope.heading_families:
        return fam in scope.heading_families, f"(heading {scope.heading})"
    return True, ""


def _in_scope_of(c: _Compiled, entry: _Entry, scope: _Scope, pos: int, matched: str,
                 topics: list[tuple[int, int, str]], fams: set[str]) -> tuple[bool, str]:
    """:func:`_in_scope` for an entry the catalog places in the scope of several families (``fams``): it
    fits wherever one of them does; each family is tested as the entry's own."""
    why = ""
    for f in sorted(fams):
        ok, why = _in_scope(c, replace(entry, family=f), scope, pos, matched, topics, plain=True)
        if ok:
            return True, why
    return False, why


@lru_cache(maxsize=4096)
def _key_text(before: str, after: str) -> tuple[str, int, frozenset[str]]:
    """The text :func:`_match_key` matches phrasings in (titles masked, before + SEP + after, punctuation
    mapped to _STOP), the length of its ``before`` part and its bigrams. Cached: a figure is matched
    several times with the same words (each unit a change may count, the 等 retry)."""
    before, after = _mask_titles(before), _mask_titles(after)
    text = _TO_STOP.sub(_STOP, before + _SEP + after)
    return text, len(before), frozenset(map(_add, text, text[1:]))  # its bigrams (pairs of characters, in C)


_first = itemgetter(0)
_MATCH_CACHE: dict[tuple, tuple[str, str] | None] = {}
_MATCH_OWNER: list = [None]  # the compiled catalog the cached results were found with


def _match_key(c: _Compiled, unit: str, measure: str, before: str, after: str, raw: str, clause: str,
               sentence: str, chain: str, prev_family: str | None, scope: _Scope | None = None,
               reach: int = _AFTER_REACH, memo: dict | None = None) -> tuple[str, str] | None:
    """(key, key_basis) of the single best catalog entry for a figure, or None (see :func:`_best_entry`).

    Cached on its arguments (the words, the scope's fields): the result depends on nothing else."""
    if memo is not None:
        return _best_entry(c, unit, measure, before, after, raw, clause, sentence, chain, prev_family, scope,
                           reach, memo)
    ck = (unit, measure, before, after, raw, clause, sentence, chain, prev_family, reach,
          None if scope is None else (scope.left, scope.clause_left, scope.right_topic, scope.row_family,
                                      scope.heading_families, scope.heading))  # (_scope_key, inline)
    if _MATCH_OWNER[0] is not c or len(_MATCH_CACHE) > 4096:
        _MATCH_CACHE.clear()
        _MATCH_OWNER[0] = c
    elif ck in _MATCH_CACHE:
        return _MATCH_CACHE[ck]
    got = _MATCH_CACHE[ck] = _best_entry(c, unit, measure, before, after, raw, clause, sentence, chain,
                                         prev_family, scope, reach, None)
    return got


def _scope_key(scope: _Scope | None) -> tuple | None:
    """Every field of a scope, for a cache key."""
    return None if scope is None else (scope.left, scope.clause_left, scope.right_topic, scope.row_family,
                                       scope.heading_families, scope.heading)


def _best_entry(c: _Compiled, unit: str, measure: str, before: str, after: str, raw: str, clause: str,
                sentence: str, chain: str, prev_family: str | None, scope: _Scope | None = None,
                reach: int = _AFTER_REACH, memo: dict | None = None) -> tuple[str, str] | None:
    """(key, key_basis) of the single best catalog entry for a figure, or None.

    ``memo`` (a dict, empty on the first call) shares the work of calls that differ only in ``unit``
    (:func:`_change_key` tries every count unit with the same words): an entry's best match and whether it
    passes its tests do not depend on the unit, only which entries the unit admits does."""
    index = c.anchors.get((unit, measure))
    if not index:
        return None
    plain_before = before
    text, b, grams = _key_text(before, after)
    if memo is None:
        memo = {}
    scores = memo.setdefault("score", {})  # phrasing text -> _score (it reads nothing else of the phrasing)
    best: dict[int, tuple] = {}
    # only the text's bigrams that anchor a phrasing (a set intersection in C instead of a look-up each)
    for bigram in index.keys() & grams:
        for ei, p in index[bigram]:
            pt = p.text
            if pt in scores:
                got = scores[pt]
            elif p.plain:
                got = scores[pt] = _score(p, text, b, reach) if pt in text else None
            else:
                for part in p.parts:
                    if part not in text:  # a literal part is missing: no match (as _score would find)
                        got = scores[pt] = None
                        break
                else:
                    got = scores[pt] = _score(p, text, b, reach)
            # ties on the score go to the phrasing text, so the basis never depends on set order
            if got is not None and (ei not in best or (got[0], pt) < (best[ei][0], best[ei][-1].text)):
                best[ei] = got + (p,)
    if not best:
        return None
    ranked = []
    void = []  # (rank, start, end) of matches voided by their entry's own exclusions
    outcome = memo.setdefault("entry", {})  # entry index -> ("rank", item) / ("void", item) / None
    for ei, got in best.items():
        if ei in outcome:
            o = outcome[ei]
        else:
            o = outcome[ei] = _entry_outcome(c, memo, ei, got, text, b, plain_before, raw, clause,
                                             sentence, chain, prev_family, scope)
        if o is not None:
            (ranked if o[0] == "rank" else void).append(o[1])
    if not ranked:
        return None
    if len(ranked) > 1:
        ranked.sort(key=_first)
        if ranked[0][0] == ranked[1][0]:
            return None
    win, ws, we = ranked[0][0], ranked[0][2], ranked[0][3]
    if void and any(v[0] == win[0] == 0 and v[1] < win[1] and (ve <= ws or we <= vs) for v, vs, ve in void):
        # 不服本局…申请行政复议案件14件: words before the figure and nearer it name an entry its exclusions
        # void; other words farther away (作出的处罚决定) do not name the figure instead
        return None
    _, ei, s, e, p, why = ranked[0]
    matched = text[s:e].replace(_SEP, "#")
    basis = f"{p.text} ⇐ {matched}" + (f"; scope {why}" if why else "")
    return c.entries[ei].key, basis


@lru_cache(maxsize=4096)
def _found(rx: re.Pattern, s: str) -> bool:
    """Whether ``rx`` occurs in ``s`` (cached: the figures of one sentence test the same context words in it)."""
    return rx.search(s) is not None


def _entry_outcome(c: _Compiled, memo: dict, ei: int, got: tuple, text: str, b: int, plain_before: str,
                   raw: str, clause: str, sentence: str, chain: str, prev_family: str | None,
                   scope: _Scope | None) -> tuple[str, tuple] | None:
    """Whether one candidate entry of :func:`_match_key` competes (``("rank", item)``), is voided by its own
    exclusions (``("void", (rank, start, end))``) or drops out (None)."""
    score, s, e, p = got
    entry = c.entries[ei]
    weak = 0  # 1: the context word is only in a heading
    ctx = entry.context
    if ctx is not None and entry.family != prev_family and not _found(ctx, sentence):
        if entry.context_here or not _found(ctx, chain):
            return None
        weak = 1
    if (entry.context_clause and ctx is not None and entry.family != prev_family and ctx.search(clause) is None
            and (entry.context_plain is None or not _found(entry.context_plain, sentence))):
        # 承接上级下放事项，…对6个行政许可事项进行对接: 承接 names another clause's act. A mixed context: a place
        # word (政务服务中心 …) may stand anywhere in the sentence, an act word (~审批) only in the figure's clause
        # (实现市县联动审批服务，办件数达8793件: the cases of that reform, not the hall's)
        return None
    if (ctx is not None and score[0] == 1 and entry.family != prev_family and clause.lstrip().startswith(raw)
            and ctx.search(clause) is None and clause in sentence
            and text[s:e] in sentence[:sentence.find(clause)]):
        # 3次专题研究法治建设,5次专题研究招商合同: parallel clauses with the same verb, each opening with its
        # figure; each states its own object, so the context word of the one before is not carried over
        return None
    if entry.exclude is not None:
        excl_text = memo.get("excl")
        if excl_text is None:
            excl_text = memo["excl"] = _exclude_text(clause, plain_before, raw)
        if entry.exclude.search(excl_text) is not None:
            return "void", (score, s, e)
    if entry.not_in is not None and any(m.start() <= s and e <= m.end() for m in entry.not_in.finditer(text)):
        return "void", (score, s, e)
    if _NEG_IN.search(text, text.rfind(_STOP, 0, s) + 1, s) is not None:
        return None  # 不予立案信访事项5件, 未经合法性审查的规范性文件0件: a negated act names no count of it
    if _counts_other_noun(text, b, s, e, entry.key in _STUDY_EVENT_KEYS, raw.rstrip().endswith("项")) or (
            e <= b and _ASIDE_VERB.search(text, e, b) is not None and _in_object_aside(
            text, s, e, b, scope.left[max(0, len(scope.left) - b + s - 41):len(scope.left) - b + s]
            if scope is not None else text[max(0, s - 41):s])):  # (the verb first: no slice when there is none)
        return None
    if (entry.key in _TRAINING_KEYS and scope is not None and _PARTY_EDU.search(scope.left) is not None
            and "法" not in clause):
        # 党员教育培训1.2万期,培训党员148.8万人次: the people of party education, not of law training
        return None
    if entry.key in _EXAM_KEYS and e > s:
        words = text[max(0, s - 16):e]
        cut = max((words.rfind(w) + len(w) for w in _EXAM_OPEN if w in words), default=0)
        words = words[cut:]
        if _NONLAW_EXAM.search(words) is not None and "法" not in words:
            # 参加党规党纪知识考试, 参加业务知识考试 (NONLAW_EXAM): an exam on party rules or on the job, not a law exam
            return None
    if entry.key in _STOCK_KEYS and scope is not None and _BATCH_PART.search(scope.left) is not None:
        # 第一批取消1项,承接9项,…许可事项4项: a part of a batch of changes, not the list's stock
        return None
    why = ""
    if entry.scoped and scope is not None:
        # the match's position in sentence coordinates: the figure for matches after it
        pos = len(scope.left) - b + min(s, b)
        topics = memo.get("topics")
        if topics is None:
            topics = memo["topics"] = _topics(c, scope.left)
        ok, why = _in_scope(c, entry, scope, pos, text[s:e], topics)
        if not ok:
            return None
    return "rank", (score + (weak,), ei, s, e, p, why)


_BASIS_WORDS_CACHE: dict[str, str] = {}  # key basis -> its matched words (the gates read each basis several times)


def _basis_words(basis: str | None) -> str:
    """The words of the text a key basis (``phrasing ⇐ words; scope …``, as ``_match_key`` writes it) says
    were matched; empty for none."""
    if basis is None:
        return ""
    got = _BASIS_WORDS_CACHE.get(basis)
    if got is None:
        if len(_BASIS_WORDS_CACHE) > 4096:
            _BASIS_WORDS_CACHE.clear()
        got = _BASIS_WORDS_CACHE[basis] = basis.partition(" ⇐ ")[2].split(";")[0]
    return got


def _shares_act_after(gap: str, rest: str, name_next: str | None, words: str, pos: list, j: int,
                      sent_of: list) -> bool:
    """Whether a count whose next item (j) is keyed shares that key as one more item of a list of counts doing one act
    (LIST_SHARES_ACT): only a list item's noun and its conjunction stand between the two counts (``gap``), the next
    item's name opens the words after it (``rest``), and the words its key was read from (``words``) stand after
    that name, in the same clause, before any further count: the key names the act of the whole list, not the
    next item's own noun (3个法治文化公园、5个法治广场 keep their own nouns)."""
    nm = (name_next or "").strip()
    if not nm or not words or "#" in words or _LISTED_ITEM.fullmatch(gap) is None or not rest.startswith(nm):
        return False
    at = rest.find(words, len(nm))
    if at < len(nm) or _CLAUSE_MARK.search(rest, 0, at) is not None:
        return False
    k = j + 1
    return not (k < len(pos) and sent_of[k] == sent_of[j] and pos[k] is not None and pos[j] is not None
                and pos[k][0] < pos[j][1] + at)


def _change_key(c: _Compiled, unit: str, before: str, after: str, raw: str, clause: str, sentence: str,
                chain: str, scope: _Scope | None, reach: int) -> tuple[str, str] | None:
    """:func:`_change_of`, cached on its arguments (in the cache of :func:`_match_key`)."""
    ck = ("change", unit, before, after, raw, clause, sentence, chain, reach, _scope_key(scope))
    if _MATCH_OWNER[0] is not c or len(_MATCH_CACHE) > 4096:
        _MATCH_CACHE.clear()
        _MATCH_OWNER[0] = c
    elif ck in _MATCH_CACHE:
        return _MATCH_CACHE[ck]
    got = _MATCH_CACHE[ck] = _change_of(c, unit, before, after, raw, clause, sentence, chain, scope, reach)
    return got


def _change_of(c: _Compiled, unit: str, before: str, after: str, raw: str, clause: str, sentence: str,
               chain: str, scope: _Scope | None, reach: int) -> tuple[str, str] | None:
    """(key, key_basis) of the thing a change statement with no figure before it in its sentence describes.

    ``办件量同比增长18.5%``: the words before the change name a catalog quantity. A % change may be of any
    count, so every count unit is tried and the key is given only when they all agree; 个百分点 is the
    change of a rate. A % change of a rate is relative or in points: no key. The comparison words (同比,
    较上年) are left out, so the prior-year exclusions of an entry do not void the match.
    """
    if unit in ("个百分点", "百分点"):
        units = ["%"]
    elif unit in _PCT:
        units = sorted(u for u, m in c.anchors if m == "level" and u not in _PCT) + ["%"]
    elif unit.__class__ is str:
        units = [unit]
    else:
        return None
    before, clause, sentence = _COMPARE.sub("", before), _COMPARE.sub("", clause), _COMPARE.sub("", sentence)
    found = {}
    memo: dict = {}  # the same words for every unit: each entry is scored and tested once
    for u in units:
        got = _match_key(c, u, "level", before, after, raw, clause, sentence, chain, None, scope, reach, memo)
        if got is not None:
            if u == "%" and unit in _PCT:
                return None  # 出庭应诉率同比提高5%: a rate's % change is relative or in points
            found.setdefault(got[0], got[1])
    if len(found) != 1:
        return None
    key, kb = next(iter(found.items()))
    return key, f"{kb}; the thing the change describes"


def _in_object_aside(text: str, s: int, e: int, b: int, left: str) -> bool:
    """Whether a match before the figure lies inside the object of 对 that an act after 进行/开展 (still
    before the figure) treats: 对…督察中的问题进行梳理并开展警示教育4次 counts the act, not 督察.
    ``left`` is the sentence up to the match, its last 41 characters at most (a 、 list inside the object
    may have cut ``text``)."""
    m = _ASIDE_OPEN.search(left)
    return m is not None and _ASIDE_VERB.search(text, e, b) is not None and _STOP not in text[e:b]


_ASIDE_OPEN = re.compile(r"对[^，。；：！？,;:!?\n]{0,40}$")
_ASIDE_VERB = re.compile("进行|开展")


_LISTING_END = re.compile(r"(?:清单|目录)\s*$")  # (a list or catalogue: its count in 项 counts its items)
_ITEMS_LISTING_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:清单|目录)")  # 事项(动态)清单 after a count in 项


def _counts_other_noun(text: str, b: int, s: int, e: int, study: bool = False, items: bool = False) -> bool:
    """Whether the figure counts a head noun (清单, 窗口, 问题, 标准) that the match ``text[s:e]`` does not
    name: the noun ends the words between a match in ``before`` and the figure, or starts ``after``, or
    follows a match in ``after`` right away (9个电子证照标准: standards, not licences); or the match is an
    item of an 等 list and the list's own noun stands between it and the figure. For a study or training
    key (``study``) an 等 list of what was studied ending in a content noun (学习习近平法治思想等法治内容6次) is
    the topic of the sessions counted, not another thing counted. A count in 项 (``items``) right after a list or
    catalogue (事项清单236项, 事项目录100项) counts the items listed, not lists."""
    matched = text[s:e]
    if e <= b:
        m = _HEAD_NOUN_END.search(text[e:b])
        if m is not None and not (items and _LISTING_END.search(m.group()) is not None):
            return True
        m = _ETC_HEAD.match(text, e, b)
        if m is not None and matched[-1:] not in m.group(0):  # 执法培训等活动3场: 活动, not 培训; but
            # 部署会等全市性会议 repeats its item's head (会), so it counts the items' kind
            return not (study and _CONTENT_HEAD.search(m.group(0)) is not None)
    m = _HEAD_NOUN.match(text, b + 1)
    if m is not None and s < b and m.group(0) not in matched:
        return True
    # 9个电子证照标准: a match after the figure that a head noun follows only modifies that noun; so does one
    # whose noun phrase ends in such a noun a few characters on (12名培训机构社会监督员: monitors); but a run that
    # crosses a predicate (对1420项政务服务事项进行新一轮标准化梳理: 进行) has left the noun phrase (PREDICATE_RUN, issue 9)
    if s <= b:
        return False
    if items and matched.endswith(("事项", "决策")) and _ITEMS_LISTING_AFTER.match(text, e) is not None:
        # 对县级行政许可事项186项实行动态清单管理: a count in 项 of the items a list holds, not of lists (LISTED_ITEMS);
        # 公布年度重大行政决策目录7项: the decisions a decision catalogue lists
        return False
    if _HEAD_NOUN.match(text, e) is not None:
        return True
    run = _HEAD_RUN_END.match(text, e)
    return run is not None and _AFTER_STOP.search(run.group()) is None


# what a study or training session covers (学习…等法治内容, 学习《某法》等法律法规): the topic of the sessions counted
_STUDY_EVENT_KEYS = frozenset({"leadership.study_sessions", "capacity.training_sessions"})
_CONTENT_HEAD = re.compile(r"(?:内容|法律法规|党内法规|法规|法律|条例|知识|思想|精神)(?:达|共|共计|累计)?$")


# the rest of a noun phrase after a match (at most 6 characters, no clause break) up to a head noun
_HEAD_RUN_END = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:" + _HEAD_NOUN.pattern + r")")


# ---------------------------------------------------------------------------------------------- categories
def _keyword_scores(text: str, c: _Compiled) -> dict[str, int]:
    """Characters covered per category by leftmost-longest, non-overlapping keyword matches."""
    scores: dict[str, int] = {}
    for kw in c.keywords.findall(text):
        cat = c.keyword_category[kw]
        scores[cat] = scores.get(cat, 0) + len(kw)
    return scores


_KW_CACHE: dict[str, dict[str, int]] = {}
_KW_OWNER: list = [None]  # the compiled data the cached scores were found with


def _cached_keyword_scores(text: str, c: _Compiled) -> dict[str, int]:
    """:func:`_keyword_scores`, cached per text (a report repeats its headings and clauses); never change the
    dict it returns."""
    if _KW_OWNER[0] is not c or len(_KW_CACHE) > 4096:
        _KW_CACHE.clear()
        _KW_OWNER[0] = c
    else:
        got = _KW_CACHE.get(text)
        if got is not None:
            return got
    got = _KW_CACHE[text] = _keyword_scores(text, c)
    return got


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


# ---------------------------------------------------------------------------------------------- names
_NAME_DATES = re.compile(r"(?:(?:19|20)\d{2}|[〇○零一二]{4})年(?:度|底|初|末|以来|上半年|下半年)?|"
                         r"(?:\d{1,2}月份?)?\d{1,2}日|\d{1,2}月(?:底|初|末|份)?|上半年|下半年")
_LEAD = re.compile(
    r"^(?:我[省市县区州盟旗镇乡局委办](?=.{2})|本[局委办县市区](?=.{2})|至(?![少今])|了(?![解结])|期间|其中|全年|全县|全市|全区|全省|全旗|全镇|全乡|今年以来|今年来|年初以来|以来|今年|当年|本年度|本年|年内|年度内|截至目前|截止目前|目前|"
    r"共计|合计|累计|总计|共(?![享同治性]|建(?!立|成|设)|和国)|先后|已经|已(?!有)|均(?![衡等])|分别(?:为|是|有)?|另有|另外|另(?!行)|"
    r"还|同时|并(?![联行])|和|及(?![时格])|与|为(?![民企期群])|达到|达(?![标成])|有(?![效关序力])|年均|平均|"
    r"每(?:季度|个月|月|年|周|半年)|严格按照程序|严格按程序|按程序|依法(?=完成|办理|作出|受理|审查|查处)|将|对(?!照|外)|把|向|在|经过|按照|通过(?!率)|围绕|针对|截至|截止|一共|总共|力争|争取|预计|明年|下一年|下年|"
    r"到20\d\d年(?:底|末)?)+")
_TRAIL_WORDS = re.compile(r"(?:共计|合计|累计|总计|一共|共|达到|达|(?<![行作认])为|(?<![民公条合契协])约|各|有|了|分别为|分别是|分别|已|均|至|到|"
                          r"控制在|保持在|稳定在|持续保持|保持|在|和|及|与|并|还|也|又|"
                          r"压缩|缩短|减少|降低|提高|提升|增长|增加|下降|上升|突破)+$")
# (比法定时限, 较法定办结时限: the statutory time a time limit is cut against is a basis, not the name)
_COMPARE = re.compile(r"(?:比|较|与)(?:上年度|上一年度?|上年|去年|同期|(?:19|20)\d{2}年|法定(?:办结|办理|审批)?(?:时限|时间|期限))"
                      r"(?:同期)?(?:的)?(?:相比)?|(?:同比|环比)(?:上年度|上一年度?|上年|去年|同期)?")
_COMPARE_HAS = ("比", "较", "与")  # every _COMPARE match holds one (keep in step): no scan of a text without
# (改善, 前移: the change words of air quality and of a rank: 较上年改善8%, 较去年前移5位)
_COMPARE_ONLY = re.compile(r"^(?:增加|增长|减少|下降|提高|提升|前进|前移|后移|上升|降低|改善|回落|多|少|了|较|比|与|相比)*$")
_AFTER_STOP = re.compile(r"参评|划转|划入|进驻|入驻|纳入|实现|完成|办理|开展|参加|参与|整合|(?<=[\u4e00-\u9fff]{2})集中(?!式)|接入|上线|录入|通过|"
                         r"进行|获得|受到|达到|累计|全部|全面|逐项|逐一|平均|均(?<!平均)|已|被|共(?<!公共)(?![性享同]|和国)|了|到|至|在(?![编职岗册])|(?<!自)由|同比|比|较|实行|实施|推行|"
                         r"统一|向|予以|并|及时|依法(?!治)|得到|下沉|下放|移交|交由|组成(?!部门)|担任|作为|按照|依照|建立|和(?![\u4e00-\u9fff]{2})|及(?![\u4e00-\u9fff]{2})|效率|提升|争创|“|"
                         r"配备|具体负责|负责(?![人同])|暨|履行|最快|最短|最长|列入|实地|广泛|成功|首案|跨部门|提出|精简|"
                         # what was made with the money or won with the result: 投资50万元建成…, 以第一的成绩创成…
                         r"建成(?!区)|创成|"
                         r"(?<=.)(?<!集)中(?!心|层|介|小|级|华|央)|"
                         # what the things counted do: 45家部门梳理发布…, 25个支部将…, 2名律师为…, 9个断面稳定消除…
                         r"(?<=[\u4e00-\u9fff]{2})(?:将(?!来)|把|梳理|制定|形成|稳定|持有|联合|签订|(?<![行作认成因以])为(?![民期主准])|"
                         # …and what is said of them: 1314个事项能够“指尖办”, 2部作品荣获…, 80所中小学完善…章程
                         r"能够|可以|荣获|获评|入选|完善|组建|獲評|榮獲|"
                         # a person honoured: 3名个人获全国…表彰 (获 only after the noun, not 获得 or 获取)
                         r"(?<=人)[获獲](?![得取])|"
                         # a predicate after the head noun (issue 9, "the measured thing"): 2个督察组对…单位, 28个证明
                         # 事项采取告知承诺制, 34个议题涉及…, 8个问题分两个小组调研, 42个问题有效整改, 清单动态调整
                         r"(?<![针绝面核应比校相反])对(?![外象应照接标策口话比于])|采取|涉及|有效(?![期性力])|"
                         r"整改(?!措施|方案|任务|问题|清单|通知|意见|报告|责任|台账|建议|事项)|动态(?=调整|更新|管理)|"
                         r"分(?=[两二三四五六七八九十0-9０-９]))")
_RELATIVE = re.compile(r"为|被|以|由|经|涉及|向|对|在|进行|受理|提起|办理|审理|作出|发生|属于|符合|涉|因|通过")
_VERB_END = re.compile(r"(?:印发|出台|制定|发布|组织|开展|举办|召开|办理|审查|审议|培训|建成|新建|设立|成立|聘请|配备|推出|"
                       r"梳理|取消|下放|调整|公布|清理|审核|接待|化解|调处|查处|处理|审结|办结|提出|承办|答复|划转|整合|"
                       r"受理|收到|新收|接收|作出|实施|完成|排查|调解|培养|录用|选派|抽查|检查|评查|确定|确认)$")
_LIGHT_VERBS = re.compile(r"^(?:完成|组织|推动|带动|引导|动员|覆盖|涉及|包括|惠及|选派|安排|吸引|参与|指导|督促|发动)"
                          r"(?:全县|全市|全区|全省|全镇|各级|各类|全体|各)?$")
_BARE_LIGHT = re.compile(r"^(?:覆盖|惠及|涉及|组织|动员|发动|带动|累计|共)(?:全县|全市|全区|全省|全镇|全乡|各级|各类)?$")
_PLACE_NO_MEASURE = frozenset("市县区")  # (quantities._PLACE_NOUNS_COUNTED: 在3市8县, a figure with no unit)
_PLACE_GOVERNMENT = re.compile(r"(?:人民政府|政府)")
_JOINED_COUNT_CHARS = frozenset("和及与")
_JOINED_COUNT = re.compile(r"[和及与](?=[^，。；、,;:：！？!?\n（(0-9０-９]{0,16}?(?:[0-9０-９]|[一二两三四五六七八九十百千万]+[个名项件家所位人]))")
_BARE_REACH = frozenset({"覆盖", "惠及"})  # (of _BARE_LIGHT: the verbs of reach)
_QUOTE_TAIL = re.compile(r"[。，,；;].*$")
# what a share of things (N%事项) is said to do or have (实现网上办理, 实行“一窗受理”)
_SHARE_PREDICATE = re.compile(r"(?:实现|实行|进驻|进入|纳入|接入|可以|能够|可|已|均)")
_PREP_END = re.compile(r"(?:将|对|把|向|与|从|由|给|在|共有|有)$")
_RANK_HEAD = re.compile(r"^(?:我[省市县区州盟旗镇乡局委办]|本[局委办]|[^，]{0,8}?在)")
# (市级排名第5, 区级排名第1: a level's ranking is named with 排名, a level alone says nothing)
_RANK_TAIL = re.compile(r"(?:获得?|位居|位列|名列|(?<!级)排名|排在|居|列)(?:全国|全省|全市|全区|全县|同类[^，]{0,6})?(?:第)?$")
_LIST_MARKS = "，,；;。：:（("


def _list_start_end(sentence: str, end: int) -> int:
    """Where the clause marks before ``end`` leave off: after the last clause mark of the first line of
    ``sentence[:end]`` that holds one; 0 when none does. The same as ``re.search(r"(?:.*[，,；;。：:（(])",
    sentence[:end]).end()`` (tests/test_rule_regex_linear.py), by a scan for the last mark per line in place of
    that regex, whose search is quadratic when no mark is found (issue 14: hostile text)."""
    end = max(0, min(end, len(sentence)))
    pos = 0
    while True:
        nl = sentence.find("\n", pos, end)
        stop = end if nl < 0 else nl
        k = max(sentence.rfind(c, pos, stop) for c in _LIST_MARKS)
        if k >= 0:
            return k + 1
        if nl < 0:
            return 0
        pos = nl + 1


# a count of the peers a rank is made among: 在全国N个X中 (X, then 中 that closes the setting)
_PEERS_BEFORE = re.compile(r"在(?:全国|全省|全市|全区|全县|全州|国内|同类)$")
_PEERS_AFTER = re.compile(r"([\u4e00-\u9fff“”]{2,10}?)(?:之中|中)(?![小央心华层青])")
_IN_ASSESSMENT = re.compile(r"在([^，,；;。在]{2,30}?)中(?![小央心华])")
# the words before a rank: a place, what is ranked, where and the ranking verb (an adverb before it, 继续保持全市第一;
# or no verb, the scope alone: 综合得分全市第三; not after a preposition, 以全省第一的成绩)
# (anchored use only — match/fullmatch: linear; its .search is quadratic on long text, issue 14)
# (a place holds no 的: 获评的示范地区和项目总数 is what is ranked, not a place 获评的示范地区 and 和项目总数; U+7684 is 的)
_RANKED = re.compile(r"(?:我[省市县区州盟旗镇乡局委办]|本[局委办]|[\u4e00-\u7683\u7685-\u9fff]{1,6}?[省市县区州旗][市县区]?)?"
                     r"(?P<what>[^，,；;。在]*?)(?:在[^，,；;。]{0,10}?)?(?:均|都|分别)?"
                     r"(?:(?:继续|再次|仍然|仍|持续|始终)?(?:获得?|位居|位列|名列|(?<!级)排名|排在|居|列|保持|"
                     r"取得(?:[0-9一二两三四五六七八九十]个)?)(?:全国|全省|全市|全区|全县|同类[^，]{0,6})?|"
                     r"(?<![以为并和及与对把将由从向给])(?:全国|全省|全市|全区|全县))(?:县[（(]市、区[）)])?(?:第)?$")
# a ranking named by its scope (全国排名第10位, 中部排名第1位): the scope and 排名 are the name, not the scope alone
# (and a level or 综合 between them: 全省县级排名第1, 全市综合排名第3: the ranking among those peers, or overall)
_SCOPE_RANK = re.compile(r"(?:全国|全省|全市|全区|全县|全州|国内|全球|东部|中部|西部|东北|西北|西南|东南|华东|华北|华南|华中)"
                         r"(?:[省市县区乡镇縣區鄉鎮]?[级級]|综合|綜合|总体|總體)?排名(?=(?:第)?$)|"
                         # (right after the peers it is among: 在全省21个样本县中综合排名第五: the overall ranking)
                         r"(?<=中)(?:综合|綜合|总体|總體)排名(?=(?:第)?$)")
# a category right before a rank won: 荣获团体第一名, 获个人二等奖位次 (not a scope: 获全省第一); after an award
# listed before it, a longer one: 荣获集体一等奖、理论考核第二名
_RANK_CATEGORY = re.compile(r"(?:(?:荣获|获得|获|榮獲|獲)(?=[\u4e00-\u9fff]{2,3}(?:第)?$)|(?<=[名位奖])、)"
                            r"(?!全国|全省|全市|全区|全县|全州|同类|得)([\u4e00-\u9fff]{2,6}?)(?:第)?$")
# the peers a rank is among (在全市政法系统排名第三, 在全省86个县区中排第5名): a scope, not what is ranked, which is the
# subject before 在 (or, when the clause has none, an assessment named earlier in the sentence)
# (the peers hold no 中 that closes a setting: 在全国、全省某某活动中获评的…数位居全省第一 names an assessment, then what is
# ranked; 中小, 中央 are words)
_PEER_RANK = re.compile(r"在((?:全国|全省|全市|全区|全县|全州|国内|同类)(?:[^，,；;。在中]|中(?=[小央心华])){1,24}?)(?:之中|中)?(?:均|都|分别)?"
                        r"(?:排名|排在|排|位列|位居|名列|居|列)(?:全国|全省|全市|全区|全县|同类)?(?:第)?$")
_ASSESSMENT_WORD = re.compile(r"考核|考评|评价|评估|测评|排名|排行|评比|报告|榜|指数|调查|检查|竞赛|比武|大赛|评选|考试|普查")
# 我局, 本县, 甲县, 某开发区: the body ranked names no ranking (anchored use only — fullmatch)
_SELF = re.compile(r"(?:我|本)[\u4e00-\u9fff]?|[^，。；]*(?:[省市县区镇乡州旗盟局委厅]|政府|部门|单位|中心|开发区|园区)")
_YEARS_PAREN = re.compile(r"[（(](?:19|20)\d{2}(?:年)?(?:[-－—~～至](?:19|20)\d{2}(?:年)?)?(?:年度)?[）)]")


def _last_assessment(sentence: str, end: int) -> re.Match | None:
    """The last assessment named in ``sentence`` before ``end`` (在…考核中), or None."""
    m = None
    for m in _IN_ASSESSMENT.finditer(sentence, 0, end):
        pass
    return m


def _assessment_name(m: re.Match) -> str:
    """The assessment of an ``_IN_ASSESSMENT`` match without its lead words and years (在2030年度法治某省建设考评中)."""
    return _YEARS_PAREN.sub("", _NAME_DATES.sub("", _LEAD.sub("", m.group(1)))).strip()


# 梳理确认我区各类政务服务事项清单: a verb taking the counted object, and the owner of the object, are not the name
_OBJECT_LEAD = re.compile(r"^(?:全面|重新|进一步|最终)?(?:梳理确认|梳理|整理|清理|确认|确定|印发)"
                          r"(?!公布|发布|编制|形成|规范|优化|调整|并|出|后|违法|无效)(?:我[区县市局乡镇州省委](?:的)?|本[区县市局乡镇](?:的)?)?(?:各类|各级)?(?=.{2})")
_SCOPE_END = re.compile(r"(?:全县|全市|全区|全省|全州|全镇|全乡|全旗|辖区|各级|各类|各)$")
_SCOPE_END_LAST = _end_chars(_SCOPE_END)
_NOUN_REST = re.compile(r"(?:事项|项目|单位|部门|机关|案件|文件|人员|企业)")  # a head noun after the bracket
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,12}")
_WORD_PAREN_END = re.compile(r"[^\W\d_和及与等]{1,8}[（(][\u4e00-\u9fff、]{1,8}[）)]$")
_WORD_CUT = re.compile(r"召开|开展|举办|组织|进行|完成|建成|设立|全年|年内|共|对|在")  # words before the noun
_RUN_VERB = re.compile(r"召开|开展|举办|进行|组织|荣获|获|也|陆续|均|已|建成|建立|设立|成立|实现|完成|参加|参与|出台|制定|"
                       r"印发|达到|被|列入|纳入")
_RUN_HEAD = re.compile(r"(?:事项|材料|文书|文件|案件|问题|制度|机制|单位|部门|机构|人员|干部|项目|会议|活动|资料|清单|意见|"
                       r"建议|窗口|站|点|室|所|中心|组织|队伍|律师|顾问|会)$")  # the head a noun after a bracket ends in
# (anchored use only — match/fullmatch: linear; its .search is quadratic on long text, issue 14)
_RUN_TO_HEAD = re.compile(r"[\u4e00-\u9fff]*(?:" + _RUN_HEAD.pattern[3:-2] + r"|书记|负责人|负责同志|领导)")
_CLASSIFIERS = frozenset("个项家名份所支座条部位批类套处個項")
# a label before the figure that ends in a head noun names it already (行政处罚权事项1322项贯彻落实…: no comma)
_NOUN_END = re.compile(r"(?:事项|材料|文书|文件|案件|问题|制度|机制|单位|部门|机构|人员|干部|项目|会议|活动|资料|清单|意见|建议|"
                       r"窗口|站|点|室|所|中心|组织|队伍|律师|顾问)$")
_VERB_START = re.compile(r"覆盖|开展|配备|担任|参加|参与|完成|实现|落实|推进|建立|建成|开通|办理|受理|组织|举办|涉及|惠及|"
                         r"进驻|入驻|接入|上线|达到|获|被|是|为|在|已|均|全部|共|通过|纳入|列入|入选|逐|分别|全面|积极|依法|"
                         r"及时|进一步|主动|具体|负责|继续保持|保持|位居|位列|名列")
_HEAD_VERB = re.compile(r"组织开展|开展|组织|召开|举办|作出|进行")
# a verb that only says the events took place (召开, 主持召开, 听取): a count of events names the event
_EVENT_VERB = re.compile(r"(?:先后|专题|亲自|带头|定期)*(?:主持召开|组织召开|召开|主持|听取|举办|组织开展|开展|组织|举行)")
_PREDICATE_START = re.compile(r"均|全部|分别|共|已|是|为|被|在|达|覆盖|惠及|涉及")
_EVENT_UNITS = frozenset({"次", "场", "场次", "期", "轮", "轮次", "批次", "次数"})
_EVENT_HEAD = re.compile(r"(?:学习|会议|會議|会|活动|活動|培训|培訓|讲座|講座|宣传|宣傳|检查|檢查|督察|调研|研讨|演练|宣讲|"
                         r"辅导|授课|讲解|审查|评查|整治|行动|轮训)$")
# 干部职工开展法治培训, 检查后作出行政处罚: an actor or a circumstance, then the verb, then the thing counted
# (issue 9: 街道…采集点征询法律法规, 利用…平台培训国家工作人员, 每个项目节约审查时限, 旗本级设置党政机构 — the subject,
# means or place before the act is not what is counted; a verb followed by 班, 会, 率 … is inside a noun: 培训班)
_ACTOR_VERB = re.compile(r"^[^，]{2,24}?(?:开展|作出|参加|发布|刊发|刊登|播出|提供|召开|征询|培训|轮训|节约|节省|免除|"
                         r"设置|推荐|编制|开设)(?![率量班会期费次])(?!工作|中心|基地|平台|情况|活动|意见稿|覆盖率|覆盖面)"
                         r"(?=[^开展作出参加发布刊登播提供召、（）()等]{2})(?![^、（(]*[）)])")
_SHORT_PAREN_END = re.compile(r"[\u4e00-\u9fff][（(][\u4e00-\u9fff]{1,2}[）)]$")
_NOUN_PAREN = re.compile(r"[（(][\u4e00-\u9fff、]{1,8}[）)]")
_LIST = re.compile(r"分别(?:为|是|有|达到|达|占)?")
# 、 items with no number, up to the clause end, after a figure's noun: 19次局党委会、局长办公会，
_NOUN_LIST_TAIL = re.compile(r"((?:、[^、，,；;。：:！？!?\n0-9０-９一二两三四五六七八九十百千万（(“《]{2,8})+)(?=[，,；;。])")
# a verb that ends the last item of such a list: 5次主持召开党组会、常务会研究…工作
_LIST_ITEM_END = re.compile(r"研究|审议|部署|听取|专题|学习|进行|开展|推进|传达")


# a clause that only states a share or a level: 占比达, 占全部许可事项的, 达
_BARE_SHARE = re.compile(r"(?:占比|所占比例|占[^，,；;。0-9０-９]{1,12}?(?:的比例|的比重|的))(?:达到|达|为|约|超过)?$|"
                         r"(?:达到|达)$")
# ... its words, the share of the whole, without the verb and 的 (占全部许可事项的比例达 -> 占全部许可事项)
_BARE_SHARE_WORDS = re.compile(r"(占比|所占比例|占[^，,；;。0-9０-９]{1,12}?)(?:的比例|的比重|的)?(?:达到|达|为|约|超过)?$")
# a subject, then the whole its share is of (办结比例占全县许可事项的, 注册人数超过常住人口的; not 占比, 所占比例)
# (anchored use only — fullmatch on a name)
# (not 占用/占地/占有, a verb or noun of its own: 违法占用耕地面积; the whole holds no 的 but at its end)
_SUBJECT_SHARE = re.compile(r"([^，,；;。、占]{2,16}?)(?:所占|占(?![用地有据领道压])|超过)(?!比)[^，,；;。、占的]{2,14}的?")
# (anchored use only — match/fullmatch: linear; its .search is quadratic on long text, issue 14)
_CLAUSE_SUBJECT = re.compile(r"[\u4e00-\u9fff“”]*(?:" + _RUN_HEAD.pattern[3:-2] + r"|总量|总数|数量)")


def _clause_subject(sentence: str, start: int, prev_end: int | None) -> str | None:
    """The subject of the clause before the one starting at ``start`` (一窗通办事项应纳尽纳，占比达100%:
    一窗通办事项), when that clause holds no figure; "" when it holds one (ending at ``prev_end``); None
    when there is no such clause or no subject."""
    if start < 2 or sentence[start - 1] not in "，,":
        return None
    ps = _list_start_end(sentence, start - 1)
    if prev_end is not None and prev_end > ps:
        return "" if prev_end == start - 1 else None
    subj = _CLAUSE_SUBJECT.match(_clean_left(sentence[ps:start - 1]))
    return subj.group() if subj is not None and len(subj.group()) >= 2 else None


def _list_start(sentence: str, end: int) -> int:
    """Where the clause holding ``sentence[:end]`` starts: after its last clause mark or its last bracket left
    open (审核(审查)甲、乙…: a bracket closed before ``end`` is inside the clause)."""
    cs = _list_start_end(sentence, end)
    while cs > 0 and sentence[cs - 1] in "（(":
        close = min((k for k in (sentence.find("）", cs, end), sentence.find(")", cs, end)) if k >= 0), default=-1)
        if close < 0:
            break
        cs = _list_start_end(sentence, cs - 1)
    return cs


def _noun_list_tail(sentence: str, at: int) -> str:
    """The 、 items with no number that follow a figure's noun at ``at`` (``、局长办公会``), up to the clause
    end or to the verb that ends the last item (``、部常务会研究…``); "" when there are none."""
    m = _NOUN_LIST_TAIL.match(sentence, at)
    if m is not None:
        return m.group(1)
    out = ""
    for m in re.finditer(r"、([^、，,；;。：:！？!?\n0-9０-９（(“《]{2,24})", sentence[at:at + 80]):
        if m.start() != len(out):
            break
        item = m.group(1)
        cut = _LIST_ITEM_END.search(item, 2)
        if cut is not None:
            return out + "、" + item[:cut.start()] if cut.start() <= 8 else out
        if len(item) > 8:
            return ""
        out += "、" + item
    return ""


# 分七期对机关全体党员干部进行集中脱产培训: the object of 对 is an aside; what 进行/开展 names is counted
# two meetings joined by 和/及/与 after the figure (16次主持召开党组会议和政府常务会议): the name is the pair
_MEETING_PAIR = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:会议|会)(?:和|及|与)[\u4e00-\u9fff]{1,8}?(?:会议|会)")
_OBJECT_ASIDE = re.compile(r"^对[^，,；;。、]{1,24}?(?:进行|开展)(?=[\u4e00-\u9fff“]{2})")
# the actor that does what a count of events counts (省委理论学习中心组, 主要负责同志, 国务院, 市政府常务会议)
_ACTOR_TIME = re.compile(r"(?:先后|累计|共计|共|多次|分别)+$")  # 主要负责同志先后18次调研…: a time word after the actor
_ACTOR_TIME_LAST = _end_chars(_ACTOR_TIME)
_ACTOR_END = re.compile(r"(?:中心组|党组|同志|领导|负责人|书记|政府|国务院|[局厅部委])$")
_NUMBER_TOKEN = re.compile(r"[0-9０-９][0-9０-９.,．]*|[零〇一二两三四五六七八九十百千万]+")


# the subject of a figure phrase (市政府全年…, 12345市民热线…, 行政执法部门…) is not the measured thing (but a study
# group that only 开展/组织学习: the group names the sessions, 学习 alone says nothing)
_INNER_TIME = re.compile(r"(?:全年|共计|累计|合计|今年|当年|年内|先后|共(?<!公共)(?![享同治性]|建(?!立|成|设)|和国))")  # (共和国: a word)
# (a lookbehind written after the first character, so that every alternative starts with a literal: the regular
# expression engine then skips to the positions of those characters; keep it so when editing)
_AGENT = re.compile(r"^[^的、]{0,12}?(?:政府常务会议|常务会议|办公会议|中心组(?!(?:开展|组织)学习$)|人民政府|政府|局|中心|机关|部门|组织|热线|"
                    r"法律顾问|网站|平台|委员会|法院|[乡镇县区市省](?<!全[乡镇县区市省]))(?=新收|收到|受理|办理|作出|完成|制发|制定|出台|审查|审核|调解|调处|"
                    r"主动公开|专题研究|研究|会前学法|列席|参与|进驻|集中行使|汇聚|归集|查处|移送|聘请|聘任|配备|设立|"
                    r"建成|开展|举办|组织|审结|办结|印发|发布|共|全年|累计|先后)")
# several organs, then what they did: 县审批局和县执法局相对集中行使…, 厅党委会、厅长办公会研究审议…, 省政府、市人大(报备)
_AGENTS = re.compile(r"^(?:[^的，、和]{1,12}?(?:局|会|政府|人大|委员会|中心|部门)(?:、|和|及))+"
                     r"[^的，、和]{1,12}?(?:局|会|政府|人大|委员会|中心|部门)"
                     r"(?=(?:相对集中行使|集中行使|研究审议|研究|审议|报备|受理|办理|审查|审核|查处)(?!的))")  # (甲和乙报备的: an object)
# a verb that only puts up, drafts, sets up or handles the things counted (悬挂横幅20余条, 安排部署重点任务50余项,
# 代理各类案件, 办结相关建议11件): the things are the name; verbs that decide what is counted (受理, 审查) stay
_PLAIN_ACT_LEAD = re.compile(r"^(?:悬挂、摆放|悬挂|张贴|摆放|安排部署|征集|编发|(?:创新)?开设|(?:重新)?修订(?:完善)?|"
                             r"(?:高效)?(?:办理|代理|办结)(?=各类)|(?:高效)?(?:办理|代理|办结)相关|"
                             r"为?[^，、。；]{0,6}?(?:企业|群众|居民|村民|市民|单位|学校|师生)(?:进行|提出|提供|出具))"
                             r"(?=[\u4e00-\u9fff“《]{2})")
# a verb of two to four characters right before 各类 (办理办结各类事项, 主动公开各类信息, 发现处置各类隐患): it only handles
# the kinds of things counted, which are the name; a verb that decides what is counted (审查各类合同, 受理, 查处) stays,
# and so does any verb before a count of events (体验各类事项流程N次 counts the acts; _name cuts it for other units)
_KINDS_LEAD = re.compile(r"^(?![^各]{0,2}(?:受理|审查|审核|审结|查处|调解|调处|化解|检查|评查|抽查|核查|督查|备案|清理|立案|处罚|"
                         r"复议|移送|培训|办结(?!各类)))(?:[\u4e00-\u9fff]{2,4}?)(?=各类[\u4e00-\u9fff“]{2})")
_LIGHT_LEAD = re.compile(r"^(?:主持召开|主持|召开|组织开展|开展|组织|作出|完成|举办|发放|建成|新建|建设|设立|深化落实|配备|聘请|承办|"
                         r"明确|兑现|出具|提出|参与|受理(?=.{4}))(?:各类|各级)?(?=.{3})")


# every date word holds one of these (a text without them has none): spares a regular expression search
_DATE_CHARS = frozenset("年月日")
# the last character of every _TRAIL_WORDS word (a text not ending in one has none to trim)
_TRAIL_LAST = frozenset(w[-1] for w in _TRAIL_WORDS.pattern[3:-3].split("|"))


def _has_date(s: str) -> bool:
    return "年" in s or "月" in s or "日" in s  # (_DATE_CHARS; str 'in' is faster than a set on a long text)


# a circumstance before the measured thing: 经统一规范后, 经评估, 根据监督情况, 符合法定受理条件时, 在某某前提下, 面向企业职工、群众
_CIRCUMSTANCE = re.compile(r"^(?:经过?[^，。；]{1,10}?(?:之后|后)|经(?:评估|论证|核查|复核)|根据[^，。；、]{1,10}?(?:情况|要求|需要)|"
                           r"[^，。；]{0,24}?(?:条件|前提)(?:时|下)|面向[^，。；]{1,16}?(?=开展|举办|进行|组织)|"
                           # who gains and the verb of reach: 为群众挽回损失, 覆盖群众, 涉及受众, 惠及师生
                           r"为?[^，。；]{0,8}?挽回|覆盖(?![率面]|人数|人次)|惠及|涉及|"
                           # a verb of only recording before 各类: 填报各类检查计划, 发布各类信息
                           r"(?:填报|归集公示|归集|公示|发布|录入|上传|推送|汇总)(?=各类|各项))(?=[\u4e00-\u9fff“]{2})")


# the leads _clean_left cuts from a name, in order; each is anchored (``^`` first, no top-level ``|``: tests/
# test_speed_guards.py checks it), so cutting its match is what ``rx.sub("", b)`` did
_LEAD_CUTS = (_LEAD, _AGENT, _AGENTS, _LEAD, _CIRCUMSTANCE, _LIGHT_LEAD, _PLAIN_ACT_LEAD, _OBJECT_LEAD)
# (patterns, ((pattern, the characters its matches start with: _start_chars), …)) for the last tuple of patterns
# given, found once (not a dict keyed by pattern: hashing a compiled pattern hashes its whole code)
_LEAD_CUT_STARTS: list = [None]


def _cut_leads(b: str, rxs) -> str:
    """``b`` with each pattern of ``rxs`` (all anchored at the start, ``^``, with no top-level ``|``) cut from
    its start in turn: as ``rx.sub("", b)`` for each, without the substitution machinery (a ``^`` pattern
    matches at most once, at 0); a pattern none of whose matches starts with ``b``'s first character is not run."""
    slot = _LEAD_CUT_STARTS[0]
    if slot is None or slot[0] is not rxs:
        slot = _LEAD_CUT_STARTS[0] = (rxs, tuple((rx, _start_chars(rx)) for rx in rxs))
    for rx, first in slot[1]:
        if first is not None and b[:1] not in first:
            continue
        m = rx.match(b)
        if m is not None:
            b = b[m.end():]
    return b


@lru_cache(maxsize=4096)  # pure
def _clean_left(b: str) -> str:
    b = b.strip()
    m = _CIRCUMSTANCE.match(b)  # (anchored: as _CIRCUMSTANCE.sub("", b))
    if m is not None:
        b = b[m.end():]
    if _has_date(b):
        b = _NAME_DATES.sub("", b)
    m = None
    for m in _INNER_TIME.finditer(b):
        pass
    if m is not None and m.start() > 0 and len(b) - m.end() >= 2:
        # 一般程序案件共办理2326件: a bare verb after 共 leaves the noun before it as the name
        b = b[:m.start()] if _ACT_VERB.fullmatch(b[m.end():]) and m.start() >= 3 else b[m.end():]
    b = _cut_leads(b, _LEAD_CUTS)  # _LEAD, _AGENT, _AGENTS, _LEAD, _CIRCUMSTANCE, _LIGHT_LEAD, _PLAIN_ACT_LEAD, _OBJECT_LEAD
    m = _COMPARE.search(b) if _holds(b, _COMPARE_HAS) else None
    if m:
        b = b[:m.start()] if m.start() >= 2 else ("" if _COMPARE_ONLY.match(b[m.end():]) else b[m.end():])
    if b[-1:] in _TRAIL_LAST or b.endswith("\n"):
        b = _TRAIL_WORDS.sub("", b)

    b = b.strip(" \t\u3000…")
    return "" if _COMPARE_ONLY.match(b) else b


# the words before a figure that name no object: a verb of doing (or nothing), with time and scope words
_VERB_ONLY = re.compile(r"(?:全年|年内|今年|共|累计|共计|先后|已|先后)*(?:组织开展|组织|开展|完成|召开|举办|办理|出台|制定|新增|新建|"
                        r"印发|审查|受理|作出|聘请|选派|培训|轮训|举行)?(?:全省|全市|全县|全区|全镇|全州|全旗|各级|各类|"
                        r"《》等)?")


def _counted_after(right: str) -> str:
    """The noun phrase a figure counts when it follows the figure: the text after it up to the clause end or
    the next number, its bracketed asides removed (州党委常委（扩大）会议 -> 州党委常委会议); at most 24
    characters, empty when longer (a long clause is more than a noun phrase)."""
    m = re.search(r"[，。；：！？,;:!?\n]|[0-9０-９]", right)
    np_ = _ASIDE.sub("", right[:m.start()] if m else right).strip()
    m = _PREDICATE_AFTER.search(np_, 1)
    if m is not None:  # 聘请8名专家组成法律顾问团: a predicate about the people counted, not what they are
        np_ = np_[:m.start()]
    return np_ if len(np_) <= 24 else ""


# a verb that says something of the things counted (what they form, become, are put in), ending their noun phrase
_PREDICATE_AFTER = re.compile(r"组成(?!部门)|担任|作为|成为|被|交由|负责(?![人同])|纳入|列入|获得|受到|达到")


_MEETING_ON_ITEMS = re.compile(r"^[^，,；;。、]{0,12}?(?:会议|常委会|常务会|办公会|党组会)(?:专题)?(?P<act>研究|审议|听取)"
                               r"(?=[\u4e00-\u9fff“《]{4})")
_MEETING_THEN_ACT = re.compile(r"(?:会议|常委会|办公会|常务会|党组会)(?=专题|研究|审议|听取|部署|学习|传达)")


# verbs of _AFTER_STOP that may stand inside a noun counted (办理环节, 上级下放事项, 依法行政示范单位), and the head noun
# such a noun ends in a few characters after the verb
# the events a group holds together (集中学习, 集中研讨): 集中 before them is part of the event's name
_GROUP_EVENT = re.compile(r"学习|研讨|学法|培训|授课|轮训|辅导|宣讲")
_VERB_IN_NOUN = frozenset({"办理", "下放", "依法", "划转", "进驻", "入驻", "移交", "录入", "接入", "精简", "实施", "集中"})
_HEAD_AFTER_VERB = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:事项|单位|环节|项目|材料|部门|机构|案件|文件|细则|办法|机制|企业|项|件)")
# a kinds count before what it sorts: 32个领域…事项, 5个方面…措施 (the fields or sides are what 个 counts)
_KIND_HEAD = re.compile(r"领域|方面|大类|类别")
# stops of _AFTER_STOP that are modifiers when they stand inside the name of a meeting or class held (全面依法治县委员会
# 会议, 依法行政专题研讨班), and the heads of such names (at the end of the noun after an event count)
_MODIFIER_STOPS = frozenset({"全面", "依法", "统一", "跨部门"})
_HELD_EVENT_HEAD = re.compile(r"(?:会议|會議|研讨班|培训班|轮训班|读书班|专题班|讲座|报告会|座谈会|研讨会|推进会|培训会)"
                              r"(?=$|专题|研究|审议|听取|部署|学习|传达)")
# a counted body (people or organs) and, after it, the act or work done by or on them, ending the phrase: 57名在职
# 在编人员法治理论考试, 37个行政机关法治督察工作, 16个市…专题培训 (a one-character place: not 市场, 区域, 县级 …)
_BODY_COUNT_UNITS = frozenset({"个", "家", "名", "位", "所", "個"})
_ONE_CHAR_PLACES = frozenset("省市县区镇乡村縣區鎮鄉")
_BODY_THEN_ACT = re.compile(r"(?P<body>[^，。；、“”]{0,8}?(?:人员|机关|機關|部门|部門|单位|單位|企业|企業)|"
                            r"[市县区镇乡縣區鎮鄉](?![场域级直属委辖县区市镇乡街村政民場級屬縣區鎮鄉]))"
                            r"[^，。；、,;]{2,16}?(?:考试|考試|工作|" + _EVENT_HEAD.pattern[3:-2] + r")(?=[合及]格率|通过率|参考率|[，。；,;]|$)")


_NEXT_ITEM = re.compile(r"[和及](?=各(?!项)|其他|广大)")
# the heads a measure word counts, for a noun after the figure with 的 inside it (45名新提任的科级领导干部)
_PEOPLE_HEAD_END = re.compile(r"(?:人员|干部|职工|代表|委员|律师|党员|书记|负责人|负责同志|专家|(?<!动)员|者)$")
_ITEM_HEAD_END = re.compile(r"(?:事项|文件|案件|项目|任务)$")
# a count of people whose noun after it stops at a body before 及/和 (45名县直部门及乡(镇)主要负责人): the run joined on
# to the people's head is what is counted
_PEOPLE_MEASURES = frozenset({"名", "人", "位"})
_PEOPLE_JOINED = re.compile(r"[及和与、][^，。；：、,;:\n0-9０-９]{1,14}?(?:负责人|负责同志|人员|干部|职工|代表|委员|律师|党员)")
_UNIT_HEAD_AFTER_DE = {"名": _PEOPLE_HEAD_END, "人": _PEOPLE_HEAD_END, "位": _PEOPLE_HEAD_END,
                       "项": _ITEM_HEAD_END, "件": _ITEM_HEAD_END}


def _noun_after(a: str, unit: str = "") -> str:
    a = a.strip(" \t\u3000")
    aside = _OBJECT_ASIDE.match(a)
    if aside is not None:  # 对机关全体干部进行集中轮训: the act named after 进行, whatever word starts it
        a = a[aside.end():]
        m = _AFTER_STOP.search(a, 2)
        return (a[:m.start()] if m else a)[:12].strip().rstrip("和及与")
    if a[:1] == "“":  # 112个“一件事”集成服务, 42批次“双随机”抽查: the quoted name and the noun after it
        q = a.find("”", 1)
        if 1 < q <= 16:
            rest = a[q + 1:]
            m = _AFTER_STOP.search(rest)
            return (a[:q + 1] + (rest[:m.start()] if m else rest))[:24]
        if q < 0 and len(a) >= 3:  # “双随机、一公开”…: the words after stop at the 、 inside the quotation; read on later
            return a[:16]
    if a.endswith("中"):
        a = a[:-1]
    if a[:1] == "的" and len(a) >= 3:  # 870万分的成绩, 60学时的业务知识和法律法规培训: the noun the figure modifies
        a = a[1:]
        m = _AFTER_STOP.search(a, 1)
        return (a[:m.start()] if m else a)[:16].strip()
    if a[:2] in ("尚在", "正在", "仍在", "尚未", "尚处"):  # 1件尚在审理中: the state is the name
        return a[:12]
    d = a.find("的", 1)
    if d > 0 and not _AFTER_STOP.match(a):
        if _RELATIVE.search(a[:d]):  # a relative clause: 以区政府为被告的行政诉讼案件
            head = a[d + 1:]
            m = _AFTER_STOP.search(head)
            return (a[:d + 1] + (head[:m.start()] if m else head))[:24]
        head = a[d + 1:]
        m = _AFTER_STOP.search(head)
        head = head[:m.start()] if m else head
        agree = _UNIT_HEAD_AFTER_DE.get(unit)
        if agree is not None and 2 <= len(head) <= 10 and agree.search(head):
            # 45名新提任的科级领导干部, 16项行政许可前置条件的技术服务事项: the head after 的 is what the measure
            # word counts (people, items), so the noun runs through 的 to it
            return a[:d + 1] + head
        a = a[:d]  # 八个重点部门的法治建设工作: the number counts the noun before 的
    m = _AFTER_STOP.search(a)
    if m is not None and m.group() == "集中" and unit in _EVENT_UNITS and _GROUP_EVENT.match(a, m.end()):
        m = _AFTER_STOP.search(a, m.end())  # 4次党小组集中研讨: a collective study is the event counted, no predicate
    if m is not None and unit in _EVENT_UNITS and m.group() in _MODIFIER_STOPS and _CJK_ONLY.fullmatch(a) is not None:
        h = _HELD_EVENT_HEAD.search(a, m.end())
        if h is not None and h.end() <= 24:
            # 3次县委全面依法治县委员会会议(研究…), 4期全市干部依法行政专题培训班: a modifier inside the name of the
            # meeting or class counted, which runs on to its head (at the clause end, or before what the meeting
            # did), is no predicate; the whole name is counted (no cap)
            return a[:h.end()]
    if m is not None and m.start() <= 4 and unit in _CLASSIFIERS and m.group() in _VERB_IN_NOUN:
        h = _HEAD_AFTER_VERB.match(a, m.end())
        if h is not None and "、" not in a[:m.start()] \
                and (h.end() == len(a) or a[h.end()] in _PUNCT or _AFTER_STOP.match(a, h.end()) is not None):
            # 44个办理环节, 35个依法行政示范单位, 37项上级下放事项, 97项业务办理项: a verb inside the noun counted,
            # which runs on to its head noun and ends there, is no predicate
            m = None
            a = a[:h.end()]
    a = a[:m.start()] if m else a
    m = _NEXT_ITEM.search(a, 1)
    a = a[:m.start()] if m else a  # 15所学校和各类企业: 和 before 各/其他/广大 starts the next item of a list
    kind = _KIND_HEAD.match(a)
    if kind is not None and len(a) > kind.end() + 1:  # 32个领域基层政务公开事项: the fields are counted (rule 36)
        return kind.group()
    if unit in _BODY_COUNT_UNITS:
        body = _BODY_THEN_ACT.match(a)
        if body is not None:  # 37个行政机关法治督察工作, 16个市…专题培训: the bodies counted, then what was done there
            return body.group("body")
    m = _MEETING_THEN_ACT.search(a)
    if m is not None and m.end() >= 2:  # 县政府常务会议专题研究…: the meeting, not what it did
        a = a[:m.end()]
    cap = 12 + sum(len(p.group()) for p in _NOUN_PAREN.finditer(a[:20]))  # 乡(镇)公共法律服务工作站
    pair = _MEETING_PAIR.match(a)
    if pair is not None and pair.end() > cap:  # 主持召开党组会议和政府常务会议: not cut inside the second
        cap = pair.end()
    if "、" in a[:cap]:  # a list of things counted together: 党组会议、常务会议、专题会议 (items of 2-12 characters)
        items = a.split("、")
        if all(2 <= len(x) <= 12 for x in items):
            cap = len(a)
    return a[:cap].strip()


# a change from one figure to another: 权力事项由2344项调整为2730项, 审批环节已由原来的6个压减到3个
_CHANGE_VERB = (r"(?:调整|压减|压缩|减少|降低|缩短|缩减|削减|精简优化|精简|优化|下降|增加|增长|提高|提升|上升|扩大|扩充|"
                r"减|降)了?(?:为|到|至)")
_NOW = r"(?:(?:目前|现在|当前|现)的?)?"  # 由2030年的120项调整到目前的96项: the state now
_TO_AFTER = re.compile(r"^\s*(?:[和、或]$|(?:全部|均|分别|已|进一步)?" + _CHANGE_VERB + ")")  # 由法定的20和15个工作日
_FROM_WHEN = r"(?:原来|原有|原|法定|此前|改革前|改革之前|[0-9０-９]{4}年?版|[0-9０-９]{4}年)?的?(?:平均)?"  # 从2030版的12项
_FROM_BEFORE = re.compile(r"^(.*?)(?:数量|总数|总量)?(?:已经|已|均)?(?:由|从)" + _FROM_WHEN +
                          r"(?:[0-9０-９]+(?:和|、|或))?$")
_TO_BEFORE = re.compile(r"^(.*?)(?:数量|总数|总量)?(?:全部|均|分别|已|进一步)?" + _CHANGE_VERB + _NOW + r"(?:平均)?$")
# the figure after a change whose first figure is no figure of its own (时限由改革前的12天减少为4天): the subject
_FROM_TO_BEFORE = re.compile(r"^(.*?)(?:数量|总数|总量)?(?:已经|已|均)?(?:由|从)" + _FROM_WHEN +
                             r"[0-9０-９.．]+[^0-9０-９，,；;。、]{1,6}?" + _CHANGE_VERB + _NOW + r"(?:平均)?$")


def _change_name(before: str, after: str, follows_figure: bool, prev_name: str | None) -> str | None:
    """The name of either figure of a change phrase ``A由x调整为y``: the subject A, or for y (right after x)
    the name x has; None when the words are no such phrase."""
    b = before.strip()
    m = _FROM_BEFORE.match(b) if _TO_AFTER.match(after) else None
    if m is not None:
        return _clean_left(m.group(1)) or prev_name
    m = _TO_BEFORE.match(b) if follows_figure else None
    if m is not None:
        return _clean_left(m.group(1)) or prev_name
    m = _FROM_TO_BEFORE.match(b) if not follows_figure else None
    if m is not None and _clean_left(m.group(1)):
        return _clean_left(m.group(1))
    return None


# an actor (people or a body) and the verb by which it holds or gives the events counted (班子成员讲授4次专题党课,
# 县人大常委会举行宪法宣誓仪式3次): the events are the name
# (县委依法治县办举办了…: an office, 办, holds events too; 了 after the verb)
_ACTOR_HOLDS = (r"(?:成员|干部|领导|负责人|同志|书记|党组|中心组|政府|常委会|委员会|党校|[局厅部委办])(?:先后|亲自|带头|专题)*"
                r"(?:讲授|举行|举办|主持召开|召开|组织开展|讲)了?")
_ACTOR_HOLDS_END = re.compile(_ACTOR_HOLDS + "$")
_EVENT_NOUN_END = re.compile(r"(?:仪式|党课|法治课|讲座|会议|培训|学习|活动|报告会|宣讲|授课|辅导|论坛|研讨|培训班|研讨班|读书班)$")
_ACTOR_HOLDS_LEAD = re.compile(r"^[^，。；、]{0,12}?" + _ACTOR_HOLDS + r"(?=[\u4e00-\u9fff“《]{3})")
# a change stated by its comparison alone (较2030年改善, 同比下降), and the measure an item before it states with its
# value (空气质量综合指数3.12, PM2.5年均浓度为28.8微克每立方米)
_BARE_COMPARE = re.compile(r"(?:同比|环比|较|比)(?:上年度|上一年度?|上年|去年|(?:19|20)\d{2}年)?(?:同期)?(?:相比)?"
                           r"(?:增加|增长|减少|下降|提高|提升|上升|降低|改善|回落)?")
_MEASURE_STATED = re.compile(r"([^，,；;。、：:]{2,16}?(?:浓度|指数|比例|率|天数|均值))(?:为|是|达到|达|约)?[0-9０-９]")
_ITEM_MARKS = "，,；;。、"


def _compared_measure(sentence: str, at: int) -> str | None:
    """The measure a bare comparison before ``at`` (its 、 or clause item only: 较2030年改善) changes: the one an item
    up to three items before states with its value; None when the item is no bare comparison or none is found."""
    start = max(sentence.rfind(ch, 0, at) for ch in _ITEM_MARKS) + 1
    if start <= 0 or not _BARE_COMPARE.fullmatch(sentence, start, at):
        return None
    end = start - 1
    for _ in range(3):
        if end <= 0 or sentence[end] in "；;。":
            return None
        lo = max(sentence.rfind(ch, 0, end) for ch in _ITEM_MARKS) + 1
        m = _MEASURE_STATED.match(sentence, lo, end)
        if m is not None:
            return _clean_left(m.group(1)) or None
        end = lo - 1
    return None


# a bare verb left as a figure's name (全年累计开展18余次, 共厘清3120项)
_BARE_VERB_NAME = re.compile(r"开展|办理|厘清|梳理|清理|完成|组织|举办|处理|审查")
_OBJECT_OF_DUI = re.compile(r"对(?:全[省市县区镇乡州旗]|各)?(?:[0-9０-９]+[个项家所])?([^，,；;。对]{2,20}?)(?:开展|进行)")


def _object_before(sentence: str, cs: int, verb: str) -> str | None:
    """The object the clause before the one starting at ``cs`` acted on: what its ``verb`` took (…开展甲学习), or
    what 对 fronted before 开展/进行 (对甲事项清单开展梳理); None when the clause has neither."""
    if cs < 2 or sentence[cs - 1] not in "，,":
        return None
    prev = sentence[_list_start_end(sentence, cs - 1):cs - 1]
    k = prev.rfind(verb)
    if k >= 0:
        obj = prev[k + len(verb):]
        if 2 <= len(obj) <= 16 and _CJK_ONLY.fullmatch(obj):
            return obj
    m = _OBJECT_OF_DUI.search(prev)
    return m.group(1) if m is not None and _CJK_ONLY.fullmatch(m.group(1)) else None


# a verb that splits or merges the things into the figure's number (分解细化为120项, 整合为12项)
# a noun ending in 组织 (党组织, 基层组织, 社会组织, 群团组织): not the verb 组织 before a count of events
_BODY_ZUZHI = re.compile(r"(?:党|基层|社会|群众|群团|团|经济|自治|行业)组织$")
_SPLIT_INTO = re.compile(r"(?:细化分解|分解细化|分解|细化|整合|合并|归并)为?$")


@lru_cache(maxsize=4096)  # pure
def _name(before: str, after: str, follows_figure: bool, prev_name: str | None,
          unit: str = "") -> tuple[str | None, str]:
    """The measured thing and the noun phrase after the figure used for it ("" when none)."""
    if "由" in before or "从" in before or follows_figure:
        changed = _change_name(before, after, follows_figure, prev_name)
        if changed:
            return changed, ""
    b = _clean_left(before)
    if "各类" in b and unit not in _EVENT_UNITS:
        m = _KINDS_LEAD.match(b)
        if m is not None:
            b = b[m.end():]
    # (a $ pattern: sub tries every position; a name not ending in one of its last characters holds no match)
    actor = _ACTOR_TIME.sub("", b) if b[-1:] in _ACTOR_TIME_LAST or b[-1:] == "\n" else b
    if unit in _EVENT_UNITS and not follows_figure and (_ACTOR_END.search(actor) or _grammar().title_end.search(actor)) \
            and not _EVENT_HEAD.search(b):
        # 省委中心组2次专题开展…学习, 主要负责同志16次主持召开…会议研究…: a count of events between its
        # actor and the act; the act (after an 对… aside) is what is counted
        pred = _OBJECT_ASIDE.sub("", after.strip(" \t\u3000"))
        m = _CLAUSE_MARK.search(pred)
        pred = (pred[:m.start()] if m else pred)[:24]
        meeting = _MEETING_THEN_ACT.match(pred)
        if meeting is not None and not _CLAUSE_MARK.match(after.strip()):
            return meeting.group(), ""  # 市政府2次常务会研究…工作: the meetings are counted, not what they did
        lead = _EVENT_VERB.match(pred)
        meeting = _MEETING_THEN_ACT.search(pred, lead.end(), lead.end() + 16) if lead is not None else None
        if meeting is not None and not _CLAUSE_MARK.search(pred, lead.end(), meeting.end()):
            # 市长某某2次主持市政府常务会议专题听取…, 主要负责同志16次主持召开甲会等会议研究…: the meetings held
            return pred[lead.end():meeting.end()], ""
        if len(pred) >= 4 and not _CLAUSE_MARK.match(after.strip()):
            return pred, ""
    a = _noun_after(after, unit) if after.lstrip(" \t\u3000")[:1] not in "和及与或" else ""
    if a and unit in _PEOPLE_MEASURES and _PEOPLE_HEAD_END.search(a) is None:
        right = after.strip(" \t\u3000")
        run = _PEOPLE_JOINED.match(right, len(a)) if right.startswith(a) else None
        if run is not None:  # 45名县直部门及乡(镇)主要负责人: the people counted, after the bodies joined by 及
            a = right[:run.end()]
    # (行政权力3120项和公共服务210项: a noun after 和 is the next item of a list, not what this figure counts)
    if len(a) >= 4 and a.endswith("之一") and unit in _CLASSIFIERS and not follows_figure:
        # 成为全省6家获奖单位之一, 入选104个先进典型之一: the count is of the peers named after it, whatever verb or
        # scope comes before (获奖单位 is a noun here, not the verb 获)
        return a[:-2], a[:-2]
    if a and _COMPARE_ONLY.match(a):  # 同比去年90%上升…: a change word after the figure names nothing
        a = ""
    if a and after.lstrip()[:1] == "的":  # 取得了870万分的成绩: the noun after 的 is what the figure measures
        return a, a
    ev = ""
    if unit in _EVENT_UNITS and not follows_figure and b:  # (a bare 全面… after the count is read too: 开展1次全面清理)
        ev = (a or re.split(r"[和及与、，,；;。：:（(\s]", after.lstrip(" \t\u3000"), maxsplit=1)[0][:12]).split("等", 1)[0]
    if len(ev) >= 4 and (_EVENT_HEAD.search(ev) or ev.endswith("清理")) and not _PREDICATE_START.match(ev):
        return ev, ev  # 完成“三类案卷”3轮次全覆盖评查, 对规范性文件开展1次全面清理: the events after the count
    if unit in _EVENT_UNITS and len(a) >= 2 and (_EVENT_VERB.fullmatch(b) or _ACTOR_HOLDS_END.search(b)) \
            and not _PREDICATE_START.match(a):
        return a, a  # 主持召开4次常务会议, 专题听取2次…工作汇报, 班子成员讲授4次专题党课: the events counted, not the verb
    if len(a) < 2 and (b or a in ("中", "的", "了", "等", "内", "后", "里")):
        if len(a) == 1 and b.endswith("等") and unit in _CLASSIFIERS and "\u4e00" <= a <= "\u9fff":
            return a, a  # 甲村、乙村等4个村: the one-character head of the 等 list is what is counted
        if len(a) == 1 and a in _ONE_CHAR_PLACES and unit in _BODY_COUNT_UNITS \
                and (len(after.strip()) > 2 or after.strip().rstrip("和及与") == a):
            # 完成16个市…专题培训, 推荐甲、乙和丙三个区参评…: the places are counted (so they are when the place
            # alone is left before the next item: 对12个区、27个部门…, 甲、乙、丙3个区和5个项目…)
            return a, a
        a = ""
    if not a and len(b) >= 4 and b[-2:] in ("开展", "举办", "组织") and not _BODY_ZUZHI.search(b):
        # 走进社区开展2场次: what is before it (not 基层党组织, 社会组织: there 组织 is the noun counted)
        b = b[:-2]
    m = _SPLIT_INTO.search(b) if not a and before.rstrip().endswith("为") else None
    if m is not None and m.start() >= 2:  # 工作任务分解细化为120项: the things split up, not the splitting
        b = b[:m.start()]
    if _BARE_LIGHT.match(b):  # 覆盖500人次, 组织全市1万人参加…学习: the predicate or the topic before
        rest = _QUOTE_TAIL.sub("", after.strip())[:24] if not a else a
        if len(rest) < 2 and b in _BARE_REACH and not follows_figure:
            # …，覆盖1.2万余人次。: a bare verb of reach closing its clause is what the figure counts (not the
            # noun of the figure or clause before: the leaflets handed out, the study held)
            return b, ""
        b = ""
        a = rest if len(rest) >= 2 else a
    if not b:
        return (a or prev_name or None), a
    if follows_figure and a:
        return a, a
    if unit in _PCT and len(a) >= 2 and _NOUN_END.search(a) is not None:
        right = after.lstrip(" \t\u3000")
        if right.startswith(a) and _SHARE_PREDICATE.match(right, len(a)) is not None:
            # 市区两级98%以上事项实现网上办理, 某中心100%政务服务事项实现…: the share is of the noun after it, which
            # the predicate after is said of; the scope or place before names no measure
            return a, a
    if a and (b.endswith("的") or b.endswith("等")):  # 审结的109起案件, 市场监管等13个部门
        if b.endswith("的") and len(b) > 4 and len(a) >= 2:
            return a, a  # 规划确定的77项主要指标, 全市新提拔的78名副县级领导干部: a long modifier, then the noun
        if b.endswith("等") and len(a) >= 2 and (unit in _CLASSIFIERS or (
                unit in _EVENT_UNITS and not _VERB_START.match(a) and not _PREDICATE_START.match(a))):
            # 甲局、乙局等10个单位, 包案和报送等5项制度: the things counted, the 等 list only names some (甲培训班等
            # 12期班次, 甲、乙等3次专项清理: so do the events after a count of them)
            return a, a
        return b + a, a
    agree = _UNIT_HEAD_AFTER_DE.get(unit)
    if agree is not None and len(a) >= 2 and agree.search(a) is not None and agree.search(b) is None \
            and (not _VERB_START.match(a) or (a.startswith("具体") and not a.startswith("具体负责"))):
        # 聘请某律所3名律师, 明确5个方面62项具体工作任务: the noun after the figure ends in a head its measure
        # word counts (people for 名, items or tasks for 项) and the words before do not: the noun after is counted
        return a, a
    if len(a) >= 2 and unit in _CLASSIFIERS and not _VERB_START.match(a) and not _NOUN_END.search(b):
        return a, a  # 印发了15家单位的…, 部署推进25项工作: a classifier, then the noun it counts
    if not a and b.endswith("的") and len(b) > 2:
        b = b[:-1]
    if a and "的" in a and len(a) >= 4:
        return a, a
    if len(b) >= 3 and b[-1] in "由从":  # 政府投资审批项目由20个工作日压缩至2个工作日: the subject before 由
        return b[:-1], ""
    if a and _PREP_END.search(_SCOPE_END.sub("", b) if b[-1:] in _SCOPE_END_LAST or b[-1:] == "\n" else b):  # 联合第三方对全县52家党政机关…: the object after 对
        return a, a
    if len(b) >= 2 and not _PREP_END.search(b):
        if a and _LIGHT_VERBS.match(b):
            return a, a
        if a and (len(b) <= 2 or _VERB_END.search(b)):
            return (b + a if len(b) <= 4 else a), a
        if b.endswith("等") and len(b) >= 4:  # 审核决策、协议及其他政策文件等259件: the list is the name
            return b[:-1], ""
        return b, ""
    return (a or b or None), a


# courses and classes given: a count of them (26次…等专题课程) is read by its head like a count of events
_COURSE_HEAD = re.compile(r"(?:课程|课|班次|班)$")
_LONG_LIST = 40  # characters: a name listing more is read by its head


def _head_name(nm: str, unit: str, read_after: bool = False) -> str:
    """The head of a name that lists examples or an actor first: 研究解决甲、乙等重点问题 -> 重点问题,
    干部职工开展法治培训 -> 法治培训. A count of events (次, 场次) keeps the list when the head is not an
    event (学习《某法》等法律法规64次 counts study sessions, not laws)."""
    k = nm.rfind("等")
    if 0 < k and len(nm) - k - 1 >= 2 and ("、" in nm[:k] or "》" in nm[:k] or k >= 4):
        head = nm[k + 1:]
        if head.startswith(("方面", "领域")) and len(head) >= 4:
            head = head[2:]  # 甲、乙等方面建议: the suggestions, not the fields
        m = None
        for m in _HEAD_VERB.finditer(head):
            pass
        if m is not None and len(head) - m.end() >= 2:
            head = head[m.end():]
        if (_specific(head) or _counted_head(head, unit, "、" in nm[:k])) and (unit not in _EVENT_UNITS or _EVENT_HEAD.search(head) or _COURSE_HEAD.search(head)
                                or len(nm) > _LONG_LIST):
            # (a list of a dozen topics before 等…工作56次 is no readable name: its head is; 甲、乙等板块刊发学习
            # 稿件: the act after the place that ends the list)
            m = _ACTOR_VERB.match(head)
            return head[m.end():] if m is not None and _specific(head[m.end():]) else head
    m = _ACTOR_VERB.match(nm) if not read_after else None  # (12名校外培训行风监督员: a noun after the count has no actor)
    if m is not None and _specific(nm[m.end():]):
        return nm[m.end():]
    return nm


_GENERIC_HEADS = frozenset({"工作", "活动", "方面", "领域", "内容", "形式", "方式", "其他", "情况", "措施"})


def _counted_head(head: str, unit: str, listed: bool) -> bool:
    """A head noun of two characters a classifier counts after a 、 list (研究甲、乙等议题60项, 解决甲、乙等难题
    200个; not 发现程序不规范等问题3个: one example, and the head alone says too little)."""
    return listed and len(head) == 2 and unit in _CLASSIFIERS and unit not in _EVENT_UNITS \
        and head not in _GENERIC_HEADS


def _specific(head: str) -> bool:
    """Whether a head noun says what is counted by itself (重点问题), unlike 活动, 学习 or 其他事项."""
    return len(head) >= 3 and not head.startswith("其他")


def _shared_subject_cut(first: str, rest: list[str]) -> int:
    """Where the first item of a 、 list starts after a subject the items share (许可事项审批时限、申报材料: the
    subject 许可事项 ends in a head noun; 事项的办理时限: in 的): the end of that subject when the item left is
    of 2 characters or more and no longer than the longest other item plus two; else 0 (the whole first item)."""
    longest = max((len(x) for x in rest), default=0)
    if len(first) <= longest + 2:
        return 0
    cut = 0
    for h in _HEAD_IN_NOUN.finditer(first):
        if h.end() < len(first):
            cut = h.end()
    d = first.rfind("的")
    cut = max(cut, d + 1 if d > 0 else 0)
    return cut if cut and 2 <= len(first) - cut <= longest + 2 else 0


def _list_names(sentence: str, figs: list[tuple[int, int]]) -> dict[int, tuple[str, str]]:
    """``A、B、C分别为x、y、z件``: figure index -> (its list item, ""), when items and numbers pair up;
    (item, the words after 分别) when those words say what is counted (甲镇、乙镇分别受理纠纷12件、9件)."""
    out: dict[int, tuple[str, str]] = {}
    for m in _LIST.finditer(sentence):
        cs = max(sentence.rfind(ch, 0, m.start()) for ch in "，,；;：:。（(") + 1
        lead = _LEAD.sub("", _NAME_DATES.sub("", sentence[cs:m.start()]))
        items = [x for x in re.split(r"、|和|及|与", lead) if x.strip()]
        if len(items) < 2:
            continue
        ends = [sentence.find(ch, m.end()) for ch in "；;。，,（("]
        end = min([e for e in ends if e >= 0] or [len(sentence)])
        tokens = [t.start() + m.end() for t in _NUMBER_TOKEN.finditer(sentence[m.end():end])]
        if not tokens:
            continue
        # 甲镇、乙镇分别受理矛盾纠纷12件、9件: the items are who; the words after 分别 are what is counted
        pred = _TRAIL_WORDS.sub("", re.sub(r"^(?:为|是|有|达到|达|占)", "", sentence[m.end():tokens[0]]).strip())
        if len(tokens) != len(items) and "、" in lead and _CHANGE_PRED.fullmatch(sentence, m.end(), tokens[0]):
            # 甲和乙事项审批时限、申报材料、审批环节分别压减x、y、z: the measures changed are the 、 list (a 和 is inside
            # the subject they share), the first one after that subject (see _shared_subject_cut); only for a bare
            # change verb (甲和乙案件、丙案件分别为…: a 和 joins two things counted together, named as before)
            items = [x for x in lead.split("、") if x.strip()]
            if len(items) == len(tokens):
                items[0] = items[0][_shared_subject_cut(items[0], items[1:]):]
        if len(tokens) != len(items):
            continue
        for fi, (p0, p1) in enumerate(figs):
            for ti, t in enumerate(tokens):
                if p0 <= t < p1:
                    out[fi] = (items[ti].strip(), pred if len(pred) >= 2 else "")
    return out


# ---------------------------------------------------------------------------------------------- name grammar
# A last pass over each figure's name, reading the boundaries of the genre's figure phrases rather than page
# wording (issue 9, "the measured thing"). The words it needs are data, ``data/name_words.csv`` (word, role):
#   plain_verb     a verb that only handles, publishes or solves the things counted: not part of their name
#   verb           a verb before a quoted modifier: the modifier belongs to the act, the head noun is the name
#   means          a means phrase before the act (启用…办理)
#   benefit_verb   an act done for someone (免除, 减免): who gains, before it, is not the name (为各类企业减免租金)
#   agent / act / lead   a 、 list of bodies (or a body with a transitive act) before the act: the act is the name
#   people_of_body the people of a body counted by 个/家: the count ends at the body
#   predicate      a word starting the predicate after a noun read after the figure
#   title          a leader's title that, with a personal name, is the actor of a count of events
#   shared_verb    a verb that, coordinated with another before one object (起草、修改…文书, 制作和送达…回函),
#                  only handles it: the object is what is counted
#   setting        the head of a setting phrase ending in 上/中 (在某会议上作发言, 在某考评中得分): no part of the name
#   relative_verb  a verb of a clause before 的 that only says who assigned the things or what they won (上级部署的,
#                  获得某称号的): the noun after the last 的 is the name
#   into_verb      a verb that puts something into what the figure counts or measures (将某思想纳入主体班次, 某工作纳入
#                  考核占比): the thing put in is no part of the name; what it is put into is
NAME_WORD_COLUMNS = ("word", "role", "example")
_NAME_ROLES = frozenset({"benefit_verb", "plain_verb", "verb", "means", "agent", "act", "lead", "people_of_body",
                         "predicate", "title", "shared_verb", "setting",
                         "relative_verb", "into_verb", "served_verb"})
_TIME_WORD = re.compile(r"时限|时间|时长|用时|周期|期限|时效|天数")
_NOMINAL_AFTER_VERB = re.compile(r"(?:人员|人数|人次|率|量|数|会|机制|平台|中心|工作|情况|事项办理)")
_CLOSE_NAME = re.compile(r"[，,；;。！？!?：:\n（(0-9０-９]")


@lru_cache(maxsize=1)
def _name_words() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for r in _rows("name_words.csv", NAME_WORD_COLUMNS):
        if r["role"] not in _NAME_ROLES:
            raise ValueError(f"data/name_words.csv: unknown role {r['role']!r} for {r['word']!r}")
        out.setdefault(r["role"], []).append(r["word"])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _alt(role: str) -> str:
    return "|".join(re.escape(w) for w in _name_words().get(role, ())) or "(?!)"


@dataclass(frozen=True)
class _NameGrammar:
    plain: re.Pattern
    quote_head: re.Pattern
    means: re.Pattern
    agents: re.Pattern
    agent: re.Pattern
    body_people: re.Pattern
    predicate: re.Pattern
    title_end: re.Pattern
    circumstance: re.Pattern
    beneficiary: re.Pattern
    verb_end: re.Pattern
    shared: re.Pattern
    shared_word: re.Pattern
    setting: re.Pattern
    relative: re.Pattern
    into: re.Pattern
    served: re.Pattern


@lru_cache(maxsize=1)
def _grammar() -> _NameGrammar:
    act_verbs = _ACT_VERB.pattern[3:-1] + "|开展|提供|推送|发布|出具|调解|" + _alt("plain_verb")
    return _NameGrammar(
        plain=re.compile(rf"(?:{_alt('plain_verb')})"),
        # 贯彻落实“某规划”分工方案: a verb, its quoted object, then the head noun counted
        # (a head of two characters, 任务 or 学习, says too little without its quotation; none, the quotation is it)
        quote_head=re.compile(rf"^[^“”]{{0,12}}?(?:{_alt('verb')}|{_alt('plain_verb')})(?P<gap>[^“”、]{{0,8}})(?P<quote>“[^“”]{{1,24}}”)"
                              r"(?P<head>[\u4e00-\u9fff]{2,10})?$"),
        means=re.compile(rf"^(?:{_alt('means')})[^，、]{{1,12}}?(?=(?:{act_verbs})[\u4e00-\u9fff“]{{2}})"),
        # 甲会、乙会带头集体学法; 人大常委会审议法规草案: the bodies (a list, or one before a transitive act) are who
        agents=re.compile(rf"(?:{_alt('agent')})(?:{_alt('lead')})*(?P<act>(?:{_alt('act')}))"),
        agent=re.compile(rf"(?:{_alt('agent')})"),  # (a body alone: two named before an act are a list without 、)
        body_people=re.compile(rf"(?:{_alt('people_of_body')})"),
        predicate=re.compile(rf"(?:{_alt('predicate')})"),
        title_end=re.compile(rf"(?:{_alt('title')})[\u4e00-\u9fff]{{2,3}}$"),
        # 根据《某方案》…, 开庭审理时…, 甲、乙等事项中…: a basis, a time or a setting before the thing counted
        circumstance=re.compile(r"^(?:(?:根据|依据|按照)[^，。；]{0,60}?》(?:的?(?:要求|规定|精神))?|"
                                r"[^，。；、]{2,16}?(?<![及按准实同临小当适届])时(?![限间效长段期代])|"
                                r"[^，。；、]{2,24}?、[^，。；]{2,40}?(?:事项|工作|过程|活动|案件)中)(?=[\u4e00-\u9fff“]{4})"),
        verb_end=re.compile(rf"(?:{_alt('plain_verb')}|设立|建立|成立|建成|组建|推出|出台|印发)$"),
        # (县普法办为各单位赠送…: a short subject and 为 before who gains)
        beneficiary=re.compile(rf"^(?:[^，、。；为]{{2,10}}?为)?(?:各类|各|广大)[^，、。；]{{1,8}}?"
                               rf"(?=(?:{_alt('benefit_verb')})[\u4e00-\u9fff《“]{{2}})"),
        # 起草、审查、修改各种法律文书, 制作和送达律师回函: two or more verbs, at least one only handling, share one
        # object (审核、备案规范性文件: both verbs define what is counted, and no shared_verb is there)
        shared=re.compile(rf"^(?:{_alt('shared_verb')}|{_ACT_VERB.pattern[3:-1]})"
                          rf"(?:[、和及与并](?:{_alt('shared_verb')}|{_ACT_VERB.pattern[3:-1]}))+(?=[\u4e00-\u9fff“《]{{2}})"),
        shared_word=re.compile(rf"(?:{_alt('shared_verb')})"),
        # 省级会议上作典型发言, 某某考评中得分 (在 already gone): the setting of the act
        relative=re.compile(rf"(?:{_alt('relative_verb')})"),
        # (将甲纳入乙: 乙 of two characters at least, no clause mark between)
        into=re.compile(rf"(?:{_alt('into_verb')})(?=[\u4e00-\u9fff“《]{{2}})"),
        # (依法停工整改“某类”企业, 协助核查复工人员: a manner word or 协助 before the verb; the people or firms after)
        served=re.compile(rf"^(?:依法|协助|累计|共)*(?:{_alt('served_verb')})+(?=[\u4e00-\u9fff“]{{2}})"),
        # (甲培训班、乙培训班上开展…: a 、 list of settings)
        # (…“某某”门户网站上, 某人大《某文集》上: a quoted or titled name of the setting; none before the setting
        # word in a list)
        setting=re.compile(rf"^(?:[^，。；、“”]{{0,20}}?(?:{_alt('setting')})、)*"
                           rf"(?:[^，。；、“”]|“[^，。；、“”]{{1,12}}”|《[^，。；、《》]{{1,16}}》){{0,20}}?"
                           rf"(?:(?:{_alt('setting')})|《[^，。；、《》]{{0,14}}(?:{_alt('setting')})》)(?:上|中)(?![心央层线])"
                           rf"(?=[\u4e00-\u9fff“《]{{2}})"),
    )


def _quote_run(nm: str, right: str) -> str:
    """A noun read after the figure and cut at or inside a quotation (国办 before “一件事”, “双随机 before its
    、): the quotation and the noun after it up to its predicate, a mark or a number."""
    k = len(nm)
    if right[k:k + 1] != "“" and nm.count("“") <= nm.count("”"):
        return nm
    op = right.rfind("“", 0, k + 1)
    close = right.find("”", op + 1)
    if close < 0 or close - op > 30:
        return nm
    rest = right[close + 1:close + 13]
    m = _CLOSE_NAME.search(rest)
    rest = rest[:m.start()] if m else rest
    for rx in (_AFTER_STOP, _grammar().predicate):
        m = rx.search(rest)
        rest = rest[:m.start()] if m else rest
    head = _RUN_TO_HEAD.match(rest.split("、")[0])
    if head is None and nm[:1] != "“":
        if right[k:k + 1] == "“" and k == 2 and _CJK_ONLY.fullmatch(nm) is not None and _KIND_HEAD.match(nm) is None \
                and _NOUN_END.search(nm) is None and _PEOPLE_END.search(nm) is None:
            # 120项高频“一件事”联办, 56名党政“一把手”提交…: a modifier of two characters with no head of its own
            # before the quotation; the quotation is the noun it modifies (16个领域“某某”场景: a kind, as before)
            return right[:close + 1]
        return nm  # 483个事项“上云赋智”: a quoted predicate, not part of the noun
    return (right[:close + 1] + (head.group() if head is not None else "")).strip()


_ITEM_VERB = re.compile(r"制定|实现|完成|参加|参与|签订|建立|设立|开展|对(?!照)|获|被|将|把")
_LIST_ITEM = re.compile(r"、([^、，,；;。！？!?：:\n0-9０-９“”《》]{1,16})")


def _one_kind(items: list[str]) -> bool:
    """Whether 、 items are nouns of one kind: the first a one-character place (市、县(区)), or all sharing
    their first or last character (县人大常委会、县政府…; 甲会议、乙会议), brackets aside."""
    if items[0] in _ONE_CHAR_PLACES:
        return True
    bare = [_NOUN_PAREN.sub("", x) or x for x in items]
    return len({x[0] for x in bare}) == 1 or len({x[-1] for x in bare}) == 1


def _list_run(nm: str, right: str) -> str:
    """A noun read after the figure that is the first item of a 、 list of nouns of one kind with no number of
    their own (26个市、县(区)和…, 1次县人大常委会、县政府…党组报告): the list is what is counted."""
    k = len(nm)
    if right[k:k + 1] not in "、" and not (right[k + 1:k + 2] == "、" and "\u4e00" <= right[k:k + 1] <= "\u9fff"
                                          and nm[-1:] in "）)"):
        return nm
    if right[k:k + 1] != "、":  # 县(市)区、开发区: the noun was cut before its last character
        k += 1
    out = k
    for m in _LIST_ITEM.finditer(right, k):
        if m.start() != out:
            break
        item = m.group(1)
        for rx in (_LIST_ITEM_END, _grammar().predicate, _ITEM_VERB):
            s = rx.search(item, 1)
            if s is not None:
                item = item[:s.start()]
        item = re.split(r"[和及与]", item)[0] if re.search(r"[和及与](?=[0-9０-９])", right[m.start(1):m.end(1) + 2]) \
            else item
        if len(item) < 1:
            break
        if item.endswith("的"):  # 5个不同部门、不同领域的…: the list modifies a later noun
            return nm
        if item.endswith("等") and len(item) > 2:  # 甲会议、乙会议等，: the list closes
            item = item[:-1]
        out = m.start(1) + len(item)
        if len(item) < len(m.group(1)):
            break
    if out <= len(nm):
        return nm
    run = right[:out].strip()
    return run if _one_kind(run.split("、")) else nm


_ETC_LIST_AFTER = re.compile(r"(?:、[^，,；;。、：:\n0-9０-９“”等]{1,12})+等(?P<tail>[^，,；;。、：:\n0-9０-９]{2,14})")


def _etc_run(nm: str, right: str) -> str:
    """A noun read after the figure that is the first item of a 、 list closed by 等 and a head noun (42家超市、药店、
    网店等不同类别的经营单位): the list through that head is what is counted; ``nm`` when there is no such list."""
    m = _ETC_LIST_AFTER.match(right, len(nm)) if right[len(nm):len(nm) + 1] == "、" else None
    if m is None:
        return nm
    h = None
    for h in _HEAD_IN_NOUN.finditer(m.group("tail")):
        pass
    return right[:m.start("tail") + h.end()] if h is not None and h.end() >= 2 else nm


# the head nouns a noun phrase counted by a classifier ends in (the heads of _NOUN_END, and people)
_HEAD_IN_NOUN = re.compile(r"事项|材料|文书|文件|案件|问题|制度|机制|单位|部门|机构|人员|干部|项目|会议|活动|资料|清单|意见|建议|"
                           r"窗口|站|室|中心|组织|队伍|律师|顾问|企业|企業|员|长(?![期效])|师")
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_HEAD_IN_NOUN_END = re.compile("(?:" + _HEAD_IN_NOUN.pattern + ")$")
_CONJ_IN_NOUN = re.compile(r"以及|及其|[和及与或]")
# measure words of firms and households (2万余户企业…, 150户次经营主体…): counted like a classifier's noun, to its head
_HOUSEHOLD_UNITS = frozenset({"户", "户次"})
# a rate and the quality it is of, after the places or things a count before it counts (水质达标率, 空气优良率)
_RATE_PHRASE = re.compile(r"[\u4e00-\u9fff]{2}(?:达标|优良|合格|达成|完成|覆盖|满意|知晓|通过|办结|上线|在线|可办|网办|利用|治理|处置|整改)率")
_PEOPLE_IN = re.compile(r"负责|领导|书记|人|员|干部|职工|代表")
_NOUN_UNITS = frozenset({"人", "部门"})  # measure words that are nouns (1人获…, 人社部等4部门联合…)
_HONOURED = ("获", "荣获", "獲", "榮獲", "被", "受到", "联合")
_FRONTED_VERB = re.compile(r"予以|作出|做出|给予|进行|開展|开展|實施|实施")


def _fronted_act(right: str) -> str:
    """The act after a fronted object (对14件予以废止或宣布失效; 对甲、乙等工作作出指示批示): from the verb that
    takes the object's place to the clause end or the next 、 item; "" when the clause has no such verb."""
    clause = re.split(r"[，,；;。！？!?：:\n]", right[:80])[0]
    m = _FRONTED_VERB.search(clause)
    if m is None:
        return ""
    act = clause[m.start():] if m.group() == "予以" else clause[m.end():]
    act = act.split("、")[0]
    if not 2 <= len(act) <= 16 or re.search(r"[0-9０-９]", act):
        return ""
    if clause[:1] in "对對" and "、" not in clause[:m.start()] and m.start() <= 9:
        return clause[:m.end() + len(act)] if m.group() != "予以" else clause[:m.start() + len(act)]
    return act  # (a short object stays with its act: 对法治工作作出批示; a list of objects does not)


def _noun_read_after(right: str) -> str:
    """The noun phrase right after a figure read through a quotation and a 、 list (市、县行政许可事项工作规范;
    “甲省某某研究基地”), up to the clause end, a number or the predicate; "" when none."""
    if right[:1] == "“":
        close = right.find("”")
        return _quote_run(right[:close], right) if 1 < close <= 30 else ""
    noun = re.split(r"[，,；;。！？!?：:\n0-9０-９（(]", right[:40])[0]
    for rx in (_AFTER_STOP, _grammar().predicate):
        m = rx.search(noun, 2)
        noun = noun[:m.start()] if m is not None else noun
    return noun if 2 <= len(noun) <= 24 and _one_kind(noun.split("、")) else ""


# (局机关)被市委、市政府表彰, 被市司法局采纳…: the organs of a passive are who acted, and its subject is who
# underwent it; neither is what is counted (not 被评为…: no organ follows 被)
_PASSIVE_AGENT = re.compile(r"^[^，。；、被]{0,8}?被(?=[省市县区镇乡州旗国中上党人司])(?:[\u4e00-\u9fff]{1,10}?(?:委|政府|局|厅|部|院|办|署|会|中心|所|组|队)[、和及与]?)+"
                            r"(?<![、和及与])(?=[\u4e00-\u9fff“《]{2})")
# 各部门学法200余场次, 各级党委(党组)中心组专题学法220余次, 市直各部门、各单位征求意见2次, 组织人员参与听证1次:
# a count of events done by many bodies (a 各 phrase ending in a body) or by people taking part counts the act (not
# 各级行政机关负责人出庭应诉: the people of the bodies are who is counted)
_DISTRIBUTED_ACTOR = re.compile(r"^(?:[^，。；、各]{0,6}?各(?:级|类)?[^，。；]{0,16}?(?:部门|单位|中心组|党委|党组织|党组|机关|乡镇|"
                                r"街道|村(?![居委民组])|社区|学校|企业|镇(?![村街]))(?:[（(][^）)，]{1,6}[）)])?|(?:人员|干部|职工|党员|干部职工)(?:参与|参加))"
                                r"(?=[\u4e00-\u9fff《“]{2})(?!(?:党政)?(?:主要)?(?:负责|领导)|干部|工作人员|人员)")
# people who study (干部, 党员), right before the study counted by events (镇村干部专题学习…, 广大党员干部学习): who
# studied is not what is counted (not 学法: 干部职工学法 is how the genre names that event)
_STUDYING_PEOPLE = re.compile(r"^[^，。；、]{0,8}?(?:干部|党员|职工|公职人员|工作人员)(?:同志)?(?=(?:专题|集中|深入)?学习)")
# a study session and a 、 list of its topics (专题学习甲、乙和丙): the session is the name
_CLASS_END = re.compile(r"(?:班|班次|讲座|会)$")
_STUDY_TOPICS = re.compile(r"^((?:专题|集中)学习)[^，。；、]{2,30}、")
# a team that gives the events counted (宣讲团, 讲师团, 服务队), with the verb of holding them: the events are counted
_TEAM_ACTOR = re.compile(r"^[^，。；、]{1,24}?(?:宣讲团|讲师团|报告团|服务团|服务队|宣传队|志愿队|小分队)(?:开展|组织|举办)?"
                         r"(?=[\u4e00-\u9fff]{2,}$)")
# the bodies an act is addressed to (向州政府、县人大常委会备案…, 依法向各乡镇、园区下放…): who receives the things
# counted is not what is counted; the act and its object are
_RECIPIENT_BODY = re.compile(r"[^，。；、向和及与]{1,12}?(?:政府|常委会|委员会|人大|政协|部门|单位|机关|法院|检察院|开发区|新区|园区|街道|"
                             r"[省市县区镇乡州旗]|[（(][^）)]{1,4}[）)][省市县区镇乡州旗]?)")
_RECIPIENT_ACT = re.compile(r"(?:备案|报备|报送|下放|移交|移送|交办|推送|反馈|提交|提出)(?=[\u4e00-\u9fff“《]{2})")
_RECIPIENT_TO = re.compile(r"(?:依法|主动|及时)?向")


def _recipient_end(nm: str) -> int:
    """Where the bodies an act is addressed to end in ``nm`` (向州政府、县人大常委会备案…, 依法向各乡镇、园区
    下放…; with 向 already cut, a 、 list of two or more bodies): the start of the act, or 0 when there are none.
    (Read item by item, each a fullmatch of one body: no nested quantifier to backtrack over.)"""
    to = _RECIPIENT_TO.match(nm)
    lo = to.end() if to is not None else 0
    act = _RECIPIENT_ACT.search(nm, lo, lo + 60)
    if act is None:
        return 0
    items = re.split(r"[、和及与]", nm[lo:act.start()])
    if (to is None and len(items) < 2) or not all(_RECIPIENT_BODY.fullmatch(x) for x in items):
        return 0
    return act.start()


_ADDRESSED_ACT = re.compile(r"(?:备案|报备|报送|下放|移交|移送|交办|推送|反馈|提交|提出|报告|请示)(?=[\u4e00-\u9fff“《]{2})")
_ADDRESSED_BODY = re.compile(_RECIPIENT_BODY.pattern[:-1] + r"|[^，。；、向和及与]{0,8}?[委办厅局])")


def _subject_before_to(nm: str, unit: str) -> str:
    """甲类负责人向某委员会述法N人, 某类文件草案向社会公开征集意见N件: the people or things named before 向 (ending in
    a head of people for a count of people, else of things) are counted; the body addressed and the act after it
    say what was done with them. "" when none, and for counts of events (向…报告N次 counts the reports)."""
    if unit in _EVENT_UNITS:
        return ""
    k = nm.find("向", 3)
    if k < 0:
        return ""
    subj = nm[:k]
    if _CJK_ONLY.fullmatch(subj) is None:
        return ""
    if unit in _PEOPLE_MEASURES:
        return subj if _PEOPLE_END.search(subj) is not None else ""
    return subj if _THING_END.search(subj) is not None else ""  # (各部门向县政府报送…: the bodies act, no things)


_THING_END = re.compile(r"(?:草案|文件|事项|案件|问题|材料|项目|清单|方案)$")


def _addressed_end(sentence: str, nm: str, end: int) -> int:
    """Where the bodies addressed end in a name right after 向 in ``sentence`` before ``end`` (向甲新区下放…: one body
    is enough after 向, which _recipient_end sees cut; 县委 and 政法委 are bodies too): the start of the act, or 0."""
    k = sentence.rfind(nm, max(0, end - len(nm) - 40), end)
    if k < 1 or sentence[k - 1] != "向":
        return 0
    act = _ADDRESSED_ACT.search(nm, 1, 40)
    if act is None:
        return 0
    items = re.split(r"[、和及与]", nm[:act.start()])
    return act.start() if all(_ADDRESSED_BODY.fullmatch(x) for x in items) else 0


# a submission to another body for its deliberation (提请县人大常委会审议地方性法规草案, 提交党组会研究审议专项议题):
# the things submitted are counted; the body and its deliberation are not
_SUBMIT_FOR_REVIEW = re.compile(r"^(?:提请|提交|报请|报送)[^，、。；]{1,14}?(?P<act>研究审议|审议|审定|研究)(?=[\u4e00-\u9fff“《]{2})")
_CONVENE_REQUEST = re.compile(r"^(?:提请|报请|请求|建议)[^，、。；]{1,14}?(?:主持召开|召开|举办|举行)(?=[\u4e00-\u9fff]{2})")


def _subject_only(prefix: str) -> bool:
    """Whether the words before a body are only its place or owner (县委, 市人大), so that the body is the subject
    of the clause (not 国务院提请全国人大常委会审议…: the object of another verb)."""
    return len(prefix) <= 4 and not re.search(r"[提请向由将把对]", prefix)


# a count of people by a bare 人/名 right before what they did (48个单位238人参加此次培训, 全乡共27人持有执法证):
# when the words before name no people (a body, a place), the act after the number is what the people are counted by
# (the people units are _PEOPLE_UNITS, declared once with the people keys below)
_PEOPLE_ACT = re.compile(r"(?:参加|参与|持有|取得|通过|获得|接受|报名参加|报名)[\u4e00-\u9fff“”《》]{2,16}?(?=[，,；;。！？!?\n（(]|$)")
_PEOPLE_END = re.compile(r"(?:人员|干部|职工|员|者|人|代表|委员|律师|党员|群众|学生|师生|居民|村民|顾问|骨干|校长|法官|"
                         r"检察官|警|长|家|士|生|师)$")


# a guest invited to do the act counted (邀请甲法院为各部门负责同志作专题报告2次, 邀请党校讲师、宣讲员集中授课3次):
# the guest, and who it is done for, are not what is counted; the act is
_INVITED = re.compile(r"^邀请[^，,；;。！？!?：:\n]{2,30}?(?:(?:为|给|向)[^，,；;。！？!?：:\n]{1,20}?(?:作|做|进行|开展|讲授|讲解)|"
                      r"(?:员|师|家|者|官|代表)(?=[\u4e00-\u9fff]{2,}$))")


def _invited_act(clause: str) -> str | None:
    """The act a guest is invited to do, read from ``clause`` (from 邀请 to the clause end, a number or a bracket);
    None when the clause is no such phrase or the act is not 2-16 characters."""
    clause = re.split(r"[，,；;。！？!?：:\n0-9０-９（(]", clause[:80])[0]
    m = _INVITED.match(clause)
    if m is None:
        return None
    act = clause[m.end():]
    return act if 2 <= len(act) <= 16 else None


# measure words of people and firms, and the heads of firms (a count of them names them, not what was done to them)
_SERVED_UNITS = frozenset({"人", "名", "位", "家", "户", "人次", "户次", "家次"})
_FIRM_END = re.compile(r"(?:企业|企業|经营主体|市场主体|商户|个体户|农户)$")


def _two_bodies(g: _NameGrammar, nm: str, end: int) -> bool:
    """Whether a body (``agent`` word) is named before the one at ``end`` with words of its own between them
    (常务会议政府党组会议: two meetings; not 常委会会议, one meeting, nor 中心组(扩大)会议, one with its aside)."""
    m = g.agent.search(nm, 0, end)
    return m is not None and len(_ASIDE.sub("", nm[m.end():end])) >= 2


def _grammar_name(nm: str | None, right: str, unit: str) -> str | None:
    """The name ``nm`` with its boundaries read by the grammar of figure phrases; ``right`` is the sentence
    after the figure (the name was read there when it starts it)."""
    if not nm:
        return nm
    g = _grammar()
    right = right.lstrip(" \t\u3000")
    if unit in _duration_units() and _TIME_WORD.search(nm) is None and _NOUN_END.search(nm) is None:
        act = re.match(r"[\u4e00-\u9fff]{2,4}(?=[，,；;。！？!?\n]|$)", right)
        if act is not None:  # 最快10分钟办理, 5分钟通达: the act timed (not 办理时限…5个工作日办结: the time named)
            return act.group()
    if unit in _PEOPLE_UNITS and not right.startswith(nm) and _PEOPLE_END.search(nm) is None:
        act = _PEOPLE_ACT.match(right)
        if act is not None:  # 全市48个单位238人参加此次培训: the people who took part, not the bodies
            return act.group()
    if unit in _NOUN_UNITS and right.startswith(_HONOURED) \
            and (right.startswith(nm) or (nm.rfind("等") >= 0 and right.startswith(nm[nm.rfind("等") + 1:] or "\x00"))):
        # 1人获某竞赛第一名, 甲部等6部门联合印发…: the noun is the measure word itself; what follows is said of it
        # (the name read as the 等 list and the act after it, 甲部等联合印发: the list only names some of them)
        return unit
    if (right[:1] == "对" and (right.startswith(nm) or nm.endswith(("对", "對")))) \
            or nm.endswith(("对", "對", "将", "將", "把")):
        act = _fronted_act(right)
        if act:  # 对14件予以废止, 先后20余次对甲、乙等工作作出指示批示: the act done to the fronted object
            return act
    if nm.startswith("邀请") and unit in _EVENT_UNITS:
        act = _invited_act(right if right.startswith(nm) else nm)
        if act is not None:  # 邀请甲法院为…作专题报告, 邀请讲师、宣讲员集中授课: the act, not the guest
            return act
    if unit in _HOUSEHOLD_UNITS and not right.startswith(nm):
        for k in range(1, 5):  # 实现150户甲企业日常监管信息可查看: a short verb, then the noun read after the figure
            if len(nm) - k >= 2 and right.startswith(nm[k:]):
                noun = _grammar_name(nm[k:], right, unit)
                if noun and noun != nm[k:]:  # that noun ends at its head, as a noun read after alone does
                    nm = nm[:k] + noun
                break
    if right.startswith(nm):
        # the noun after the figure: through a quotation or a 、 list of nouns, up to the predicate
        nm = _etc_run(_list_run(_quote_run(nm, right), right), right)
        if unit in _BODY_UNITS:
            m = g.body_people.search(nm, 2)
            if m is not None:  # 54个市直部门主要负责人述职: 个 counts the bodies, not their heads
                nm = nm[:m.start()]
        m = g.predicate.search(nm, 2)
        if m is not None and "“" not in nm[:m.start()]:  # 5个行政村都分别聘请, 100项任务进一步细化
            nm = nm[:m.start()]
        j = _CONJ_IN_NOUN.search(nm, 2) if unit in _CLASSIFIERS and unit not in _PEOPLE_MEASURES else None
        if j is not None and "“" not in nm[:j.start()]:
            first, rest = nm[:j.start()], nm[j.end():]
            h = _HEAD_IN_NOUN_END.search(first)
            if j.group() == "及其" or (h is not None and len(rest) >= 5 and not rest.endswith(h.group())):
                # 20项重点工作及其分工, 6个试点项目和某某中心等…, 8个问题及上级督察反馈问题: the noun counted ends at its
                # head before 和/及; a long run after it (its own, or another kind of thing) is no part of it
                nm = first
        core = nm.split("、", 1)[0]  # (17位网格员协助排查、及时上报: a 、 inside the predicate after the head)
        if (unit in _CLASSIFIERS or unit in _HOUSEHOLD_UNITS) and not any(ch in nm for ch in "“”（()）的"):
            h = None
            for h in _HEAD_IN_NOUN.finditer(core):
                pass
            if h is not None and h.end() >= 2 and len(core) - h.end() >= 2 and _CJK_ONLY.fullmatch(core, h.end()) \
                    and not _PEOPLE_END.search(core) and not any(ch in core for ch in "和及与") \
                    and _PEOPLE_IN.search(core, h.end()) is None:
                # (干部职工, 企业家和行业代表, 部门主要负责人书面述法: people, or a pair, after the head are part of
                # what is counted)
                # 1名律师指导行政执法, 11个项目申报示范, 165项高频执法事项不同违法情节: the noun counted ends at its
                # head; the words after it with no head of their own say what it does or has
                nm = nm[:h.end()]
        return nm
    # the noun before the figure
    m = g.agents.search(nm)
    if m is not None and m.end() == len(nm) and m.group("act") in ("审议", "听取") and _subject_only(nm[:m.start()]):
        noun = re.split(r"[，,；;。！？!?：:\n0-9０-９]", right[:40])[0]  # 县委常委会听取2次…工作汇报: the thing heard
        stop = _AFTER_STOP.search(noun, 2)
        noun = noun[:stop.start()] if stop is not None else noun
        if 2 <= len(noun) <= 24:
            return noun
    nm0 = nm
    nm = g.circumstance.sub("", nm)
    m = g.setting.match(nm)
    if m is not None:  # 在省级会议上作典型发言, 在某某考评中得分: the setting is not what is counted
        nm = nm[m.end():]
        m = _LIGHT_LEAD.match(nm)  # (…培训班上开展专题培训: nor is the verb that only holds the event)
        nm = nm[m.end():] if m is not None else nm
    m = _PASSIVE_AGENT.match(nm)
    if m is not None:  # 被市委、市政府表彰7次: the act (and its object), not who did it
        nm = nm[m.end():]
    m = g.served.match(nm) if unit in _SERVED_UNITS else None
    if m is not None and (_PEOPLE_END.search(nm, m.end()) or _FIRM_END.search(nm, m.end())):
        nm = nm[m.end():]  # 服务企业1800余家, 协助核查复工人员3万人: the people or firms counted, not what was done to them
    k = nm.rfind("的")  # the last 的 not after 党 or 目 (的 at 0 does not count: nothing before it)
    while k > 0 and nm[k - 1] in "党目":
        k = nm.rfind("的", 0, k)
    if k > 0 and g.relative.search(nm, 0, k) is not None and "被告" not in nm[:k] \
            and len(nm[k + 1:].replace("“", "").replace("”", "")) >= 2:
        nm = nm[k + 1:]  # 国家和省级部署的“高效办成一件事”, 获得“某某”称号的街道级窗口: the things, not where they came from
    m = None
    for m in g.into.finditer(nm):
        pass
    if m is not None:  # 将某思想纳入主体班次, 某工作纳入实绩考核占比: what the thing is put into
        nm = nm[m.end():]
    m = g.quote_head.match(nm)
    if m is not None and (m.group("head") or not m.group("gap")):
        # 贯彻落实“某规划”分工方案, 参加“某讲堂”专题讲座: the head noun (落实“某议题”学习, 研究解决“某某”事项: a head
        # of two characters is read with its quotation; 落实“某议题”: the quotation right after the verb alone)
        head = m.group("head") or ""
        return head if len(head) > 2 else m.group("quote") + head
    m = None
    for m in g.agents.finditer(nm):
        pass
    if m is not None and ("、" in nm[:m.start()] or (m.group("act") in ("审议", "听取") and len(nm) - m.end() >= 2
                                                     and _subject_only(nm[:m.start()]))
                          or (unit in _EVENT_UNITS and _two_bodies(g, nm, m.start()))):
        # 甲会、乙会带头集体学法, 人大常委会审议法规草案: the bodies are who acts (甲常务会议乙党组会议集中学法N次:
        # two meetings named one after the other are a list too)
        nm = nm[m.start("act"):]
    m = _DISTRIBUTED_ACTOR.match(nm) if unit in _EVENT_UNITS else None
    if m is not None:  # 各部门学法200余场次, 组织人员参与检察院听证1次: the act, not who does it
        nm = nm[m.end():]
    m = _STUDYING_PEOPLE.match(nm) if unit in _EVENT_UNITS else None
    if m is not None and not _CLASS_END.search(nm):
        # 组织镇村干部专题学习甲、乙, 广大党员干部学习: the study sessions, not who studied (甲干部学习某思想培训班: a
        # class, _CLASS_END, is of those people and keeps them)
        nm = nm[m.end():]
        m = _STUDY_TOPICS.match(nm)
        nm = m.group(1) if m is not None else nm  # (专题学习甲、乙、丙: the sessions, not the list of their topics)
    m = _TEAM_ACTOR.match(nm) if unit in _EVENT_UNITS else None
    if m is not None:  # 县普法宣讲团开展巡讲120场次, 某某宣讲团系列巡讲200余场: the talks, not the team giving them
        nm = nm[m.end():]
    m = _ACTOR_HOLDS_LEAD.match(nm) if unit in _EVENT_UNITS else None
    if m is not None and _EVENT_NOUN_END.search(nm):  # 县人大常委会举行宪法宣誓仪式3次: the events, not who held them
        nm = nm[m.end():]
    cut = _recipient_end(nm)
    if cut:  # 向市政府、区人大常委会报备区政府规范性文件5件: the act and its object, not who receives them
        nm = nm[cut:]
    m = _MEETING_ON_ITEMS.match(nm) if unit not in _EVENT_UNITS else None
    if m is not None:  # 市委常委会会议研究法治建设方面重大问题8项: the items deliberated, not the meeting (a count of
        nm = nm[m.start("act"):]  # events keeps its meeting: 常务会议专题研究…3次 counts meetings)
    m = _SUBMIT_FOR_REVIEW.match(nm) if unit not in _EVENT_UNITS else None
    if m is not None:  # 提请县人大常委会审议地方性法规草案3件: the drafts deliberated, not who was asked to
        return nm[m.start("act"):]  # (as 州人大常委会审议单行条例草案 keeps its act without the body)
    m = _CONVENE_REQUEST.match(nm) if unit in _EVENT_UNITS else None
    if m is not None:  # 提请县委某委员会召开会议4次: the meetings held, not who was asked to hold them
        return nm[m.end():]
    m = g.means.match(nm)
    if m is not None:  # 启用“电子印章”办理审批事项: the means is no part of the name
        nm = nm[m.end():]
    m = g.verb_end.search(nm)
    if m is not None:  # 率先编制完成439项甲、乙工作规范, 依托院校设立3个“某某基地”: a verb, then the noun after
        noun = _noun_read_after(right)
        if noun:
            return noun
    last = None
    for p in g.plain.finditer(nm, 0, 14 if unit not in _EVENT_UNITS else 0):  # (协调解决…6次 counts the acts)
        if len(nm) - p.end() >= 2 and not _NOMINAL_AFTER_VERB.match(nm, p.end()) \
                and not _ACT_VERB.match(nm, p.end()) and not g.plain.match(nm, p.end()) \
                and nm[p.end()] not in "并和及或、与":  # (梳理公布…, 梳理并公布…: one act)
            last = p
    if last is not None:  # 协调解决企业困难, 率先梳理完成一件“事”: the things handled, not the handling
        nm = nm[last.end():]
    m = g.beneficiary.match(nm)
    if m is not None:  # 为各类市场主体免除罚款: who gains is not what is counted
        nm = nm[m.end():]
    m = g.shared.match(nm)
    if m is not None and g.shared_word.search(m.group()) is not None \
            and not (unit in _EVENT_UNITS and (_EVENT_HEAD.search(nm) or re.search("学习|讨论|研究", m.group()))):
        # 起草、审查、修改各种法律文书32份, 制作和送达律师回函1次: the documents, not the handling (学习、讨论法规10次
        # counts study sessions: the verbs are the event)
        nm = nm[m.end():]
    k = nm.find("新增", 2)
    if k >= 2 and len(nm) - k >= 4 and _CJK_ONLY.fullmatch(nm, k) is not None and not _holds(nm[:k], ("、", "和", "及")):
        # 天网工程新增监控探头, 某某审查新增政策文件: what is newly added is counted; the project or the review it came
        # through is not (新增 opens the name)
        nm = nm[k:]
    if nm != nm0:
        m = _LEAD.match(nm)  # 梳理出我县…: the scope word left at the start (anchored: as _LEAD.sub("", nm))
        nm = (nm[m.end():] or nm) if m is not None else nm
    return nm


# ---------------------------------------------------------------------------------------------- roles
_TARGET = re.compile(r"力争|争取|预计|目标(?!考核|责任|管理|任务|绩效)|计划(?:于|到|在|年内|明年)|确保[^，。；]{0,10}达到|"
                     r"计(?<!按计)(?<!年度计)(?<!工作计)划(?:开展|组织|举办|召开|完成|实现)|拟(?:开展|组织|举办|召开)|"
                     r"到20\d\d年")
# words every match of _TARGET, _QUOTA and _PRIOR holds (keep in step; tests/test_speed_guards.py checks each
# alternative): _role scans a text only when it holds one (the look-behinds keep the engine from skipping ahead, so
# a scan tried every position of a long clause)
_TARGET_HAS = ("计", "争", "目标", "确保", "拟", "到20")
_QUOTA_HAS = ("应", "任务")
_PRIOR_HAS = ("年",)


def _holds(s: str, words: tuple[str, ...]) -> bool:
    """Whether ``s`` contains one of ``words``."""
    for w in words:
        if w in s:
            return True
    return False


_PRIOR = re.compile(r"(?:上一年度|上年度|上一年|上年|去年)(?![^，,；;。]{0,4}(?:结转|转入|未结|未办结|未审结|遗留)|以来|底)")
_CHANGE_AFTER_PRIOR = re.compile(r"(?:增加|增长|减少|下降|提高|上升|提升|前进|多|少)了?$")
_PCT = ("%", "‰")
_NOT_CURRENT = ("target", "prior_year", "per_unit")  # roles that never take a current-year key
_UNIT_CLASS = {"宗": "件", "起": "件", "名": "人"}
_RUN_STOP = re.compile(r"[；;。]|[，,](?=另|此外|同时|共|累计|合计|总计|全年)")


def _unit_class(u: str) -> str:
    return _UNIT_CLASS.get(u, u)


@dataclass
class _Fig:
    i: int  # row index
    p0: int  # start in sentence coordinates
    p1: int
    unit: str
    level: bool  # a count (measure level, not a percentage)


def _breakdowns(sentence: str, figs: list[_Fig], rest_out: set[int] | None = None) -> dict[int, int]:
    """part row index -> total row index, for parenthetical breakdowns and 其中 clauses in one sentence
    (and 已出台2项，其余6项: the row indices of such 其余 parts are added to ``rest_out``)."""
    part_of: dict[int, int] = {}
    # parentheses right after a figure: 不受理12宗（其中转送10宗，不予受理1宗）
    opens, pairs = [], []
    for m in _BRACKET.finditer(sentence):
        i, ch = m.start(), m.group()
        if ch in "（(":
            opens.append(i)
        elif opens:
            pairs.append((opens.pop(), i))
    for o, c in pairs:
        before = [f for f in figs if f.p1 <= o]
        if not before or not before[-1].level:
            continue
        total = before[-1]
        gap = sentence[total.p1:o]
        if len(gap) > 6 or re.search(r"[，,；;。：:、]", gap):
            continue
        inner = [(a, z) for a, z in pairs if o < a and z < c]
        for f in figs:
            if o < f.p0 and f.p1 <= c and f.level and _unit_class(f.unit) == _unit_class(total.unit) \
                    and not any(a < f.p0 < z for a, z in inner) and f.i not in part_of:
                part_of[f.i] = total.i
    # 其中 clauses outside such parentheses
    for m in re.finditer("其中", sentence):
        q = m.start()
        enclosing = [(a, z) for a, z in pairs if a < q < z]
        if enclosing:
            o, c = enclosing[-1]
            end, lim = c, o
        else:
            stop = _RUN_STOP.search(sentence, m.end())
            end, lim = (stop.start() if stop else len(sentence)), q
        after = [f for f in figs if m.end() <= f.p0 < end and f.i not in part_of]
        if not after or not after[0].level:
            continue
        unit = _unit_class(after[0].unit)
        parts = []
        for f in after:
            if _unit_class(f.unit) != unit or not f.level:
                break
            parts.append(f)
        totals = [f for f in figs if f.p1 <= lim and f.level and _unit_class(f.unit) == unit
                  and f.i not in part_of]
        if not totals:
            continue
        for f in parts:
            part_of[f.i] = totals[-1].i
    # 已出台2项，其余6项均在推进: a part stated as done, the rest right after, both parts of the total before
    for m in _REST.finditer(sentence):
        done = [f for f in figs if f.p1 <= m.start() and f.level]
        rest = [f for f in figs if f.p0 >= m.end() and f.level]
        if len(done) < 2 or not rest or rest[0].p0 - m.end() > 1:
            continue
        part, other = done[-1], rest[0]
        unit = _unit_class(part.unit)
        totals = [f for f in done[:-1] if _unit_class(f.unit) == unit and f.i not in part_of]
        if _unit_class(other.unit) != unit or not totals or part.i in part_of:
            continue
        for f in (part, other):
            part_of.setdefault(f.i, totals[-1].i)
        if rest_out is not None:
            rest_out.add(other.i)
    return part_of


_REST = re.compile(r"[，,；;]\s*(?:其余|剩余|其他)")
_BRACKET = re.compile(r"[（()）]")


# a required number or assigned tasks in the figure's clause (应参加考试对象53人, 应持执法证人员84人, 双随机任务总数696家):
# not what was done
_QUOTA = re.compile(r"(?<![响对适相供反答感呼])应(?:参加|参考|参训|参学|参会|到会|考|持证?|领证|配备?)|任务(?:总数|总量|数)")
# an average, or a number per unit or per period (日均新设市场主体5044户, 每季度集体学法不少于1次, 每村1名): no total
_PER_UNIT = re.compile(r"人均|户均|日均|月均|年均|场均|平均|每(?:年|半年|季度|季|月|周|天|日|星期|个|家|名|位|所|户|人|村|"
                       r"镇|乡|次|场|期|件|项|一)")


# a goal named as the frame of what was done (围绕打造示范城市目标，…; 紧扣…目标，…): the figures of the later clauses
# are what was done, not the goal
_FRAME_GOAL = re.compile(r"(?:围绕|紧扣|聚焦|锚定|对标|紧盯|瞄准|朝着)[^，,；;。：:]*$")


def _framing_goal(left: str, t: re.Match) -> bool:
    """Whether the target word ``t`` in ``left`` is 目标 as the object of a framing verb (围绕…目标) in a clause that
    ends before the figure's clause."""
    if t.group() != "目标":
        return False
    cs = max(left.rfind(ch, 0, t.start()) for ch in "，,；;。：:") + 1
    return _FRAME_GOAL.match(left, cs, t.start()) is not None and any(
        left.find(ch, t.end()) >= 0 for ch in "，,；;")


@lru_cache(maxsize=4096)  # pure
def _role(measure: str, unit: str, left: str, clause_left: str, in_plans: bool) -> str:
    """The figure's role before breakdowns are known: target, prior_year, change, rate, per_unit or level."""
    if in_plans or (_holds(left, _TARGET_HAS) and any(not _framing_goal(left, t) for t in _TARGET.finditer(left))):
        return "target"
    if measure == "level" and unit not in _PCT and unit not in _duration_units():
        # (an average time, 企业开办平均用时2.12天, is the duration indicator itself: a time is per case)
        masked = _mask_titles(clause_left)
        if _holds(masked, _QUOTA_HAS) and _QUOTA.search(masked):
            return "target"
        if _PER_UNIT.search(masked):
            return "per_unit"
    m = None
    for m in (_PRIOR.finditer(clause_left) if _holds(clause_left, _PRIOR_HAS) else ()):
        pass
    if m is not None:
        between = clause_left[m.end():]
        if _CHANGE_AFTER_PRIOR.search(between):
            return "change"
        if not _NUMBER_TOKEN.search(re.sub(r"[一两]", "", between)) or measure != "level":
            return "prior_year" if measure == "level" else "change"
    if measure != "level":
        return "change" if measure == "change" else "level"
    if unit in _PCT:
        return "rate"
    return "level"


# ---------------------------------------------------------------------------------------------- classify
def _s(x) -> str:
    return x if x.__class__ is str else ""


@lru_cache(maxsize=4096)  # pure
def _one_clause(sentence: str, clause: str) -> bool:
    """Whether the sentence is a single clause: a table row or a list line (``其中：维持 12件`` too). A long
    sentence with no clause break (根据…印发的《…实施方案》梳理出…范本9项) is prose, not a row (ROW_LENGTH)."""
    row = sentence.strip().rstrip(_PUNCT).strip()
    m = _ROW_LEAD.match(row)  # (anchored: as _ROW_LEAD.sub("", row))
    if m is not None:
        row = row[m.end():]
    return row == clause.strip() and len(_TITLE.sub("《》", row)) <= _ROW_MAX


_ROW_MAX = 30  # characters (titles counted as two) of a table row or list line at most


_ROW_LEAD = re.compile(r"^(?:其中|包括)[：:]\s*")


def _int(x) -> int | None:
    if x.__class__ is int:  # the common cases first: pd.isna on a scalar is slow
        return x
    if x is None:
        return None
    try:
        return None if pd.isna(x) else int(x)
    except (TypeError, ValueError):
        return None


def _section_info(sections) -> dict[int, tuple[int | None, str, str]]:
    """section_id -> (parent_id, heading, part)."""
    if sections is None or len(sections) == 0:
        return {}
    if isinstance(sections, pd.DataFrame):
        recs = sections.to_dict("records")
    else:
        recs = sections
    info = {}
    for r in recs:
        sid = _int(r.get("section_id"))
        if sid is not None:
            info[sid] = (_int(r.get("parent_id")), _s(r.get("heading")), _s(r.get("part")))
    return info


def _section_chains(info: dict[int, tuple[int | None, str, str]]) -> dict[int, tuple[str, ...]]:
    """section_id -> headings from the innermost outwards (empty headings left out)."""
    chains: dict[int, tuple[str, ...]] = {}
    for sid in info:
        out, seen = [], set()
        cur: int | None = sid
        while cur is not None and cur in info and cur not in seen:
            seen.add(cur)
            pid, h, _ = info[cur]
            if h:
                out.append(h)
            cur = pid
        chains[sid] = tuple(out)
    return chains


_ENDS = "。！？!?\n"
_CLAUSE_TAIL = re.compile(r"[，,；;。！？!?：:\n][^，,；;。！？!?：:\n]*$")
_CLAUSE_MARK = re.compile(r"[，,；;。！？!?：:]")
_MARK_CHARS = frozenset("，,；;。！？!?：:")  # the characters of _CLAUSE_MARK
_RIGHT_REACH = 120  # characters after a figure the gates below read at most (its clause and the next)


# the last clause mark of a stretch: a mark with no other mark after it to the stretch end (possessive: one pass)
_LAST_MARK = re.compile(r"[，,；;。！？!?：:](?=[^，,；;。！？!?：:]*+\Z)")


def _mark_before(full: str, end: int, floor: int) -> int:
    """Where the clause holding position ``end`` of ``full`` starts, looking back no further than ``floor``: just after
    the last clause mark in ``full[floor:end]``, else ``floor`` (a scan of that stretch only: linear time over a
    sentence's figures)."""
    if end <= floor:
        return floor
    m = _LAST_MARK.search(full, floor, end)  # (endpos: \Z is ``end``)
    return m.start() + 1 if m is not None else floor


def _clause_start(text: str, end: int | None = None) -> int:
    """Where the clause holding position ``end`` of ``text`` (default: its end) starts: just after the last clause
    mark before ``end``, or 0."""
    return _mark_before(text, len(text) if end is None else min(end, len(text)), 0)


_CLAUSE_TAIL_MARK = re.compile(r"[，,；;。！？!?：:\n]")  # the marks _CLAUSE_TAIL starts with


def _last_mark(text: str, marks: list[int], ss: int, st: int) -> int:
    """The last of ``marks`` (sorted positions in ``text``) in ``text[ss:st]``, relative to ``ss``; -1 when none."""
    k = bisect_left(marks, st) - 1
    return marks[k] - ss if k >= 0 and marks[k] >= ss else -1


def _first_mark(marks: list[int], a: int, b: int) -> int:
    """The first of ``marks`` (sorted positions) in ``[a, b)``, relative to ``a``; -1 when none."""
    k = bisect_left(marks, a)
    return marks[k] - a if k < len(marks) and marks[k] < b else -1


def _clause_tail_start(text: str, marks: list[int], ss: int, st: int) -> int:
    """``_CLAUSE_TAIL.search(text[ss:st]).start()`` (-1 when no match), from the positions of its marks in ``text``
    (found once per text): the last mark, or the one before a final newline (where $ also matches)."""
    k = bisect_left(marks, st) - 1
    if k < 0 or marks[k] < ss:
        return -1
    if marks[k] == st - 1 and text[st - 1] == "\n" and k >= 1 and marks[k - 1] >= ss:
        k -= 1
    return marks[k] - ss


_ENDS_RX = re.compile("[" + re.escape(_ENDS) + "]")
_SENTENCE_REACH = 300  # as quantities.CONTEXT_WINDOW: a run with no sentence end gives no figure more


def _sentence_ends(text: str) -> list[int]:
    """Offsets of every sentence end in ``text``, for :func:`_sentence_span` (found once per text)."""
    return [m.start() for m in _ENDS_RX.finditer(text)]


def _sentence_span(text: str, start: int, end: int, ends: list[int] | None = None) -> tuple[int, int]:
    """(start, end) of the sentence around ``text[start:end]``, at most _SENTENCE_REACH each way.

    ``ends`` is :func:`_sentence_ends` of ``text`` (computed here when not given).
    """
    if ends is None:
        ends = _sentence_ends(text)
    lo = max(0, start - _SENTENCE_REACH)
    hi = min(len(text), end + _SENTENCE_REACH)
    i = bisect_left(ends, start)
    ss = ends[i - 1] + 1 if i and ends[i - 1] >= lo else lo
    j = bisect_left(ends, end)
    return ss, (ends[j] if j < len(ends) and ends[j] < hi else hi)


def _locate(sentence: str, clause: str, before: str, raw: str) -> int | None:
    """Start of the figure in ``sentence``, found through its clause; None when it cannot be found."""
    c = sentence.find(clause) if clause else -1
    if c < 0:
        q = sentence.find(before + raw) if raw else -1
        return None if q < 0 else q + len(before)
    q = clause.find(before + raw)
    return None if q < 0 else c + q + len(before)


def classify(figures: pd.DataFrame, sections: pd.DataFrame, text: str | None = None) -> pd.DataFrame:
    """Add ``category``, ``key``, ``name``, ``role``, ``part_of``, ``key_basis`` and ``base_key`` to the figures.

    Args:
        figures: one row per figure with at least section_id, measure, unit, raw, sentence and the
            context columns before, after and clause (``indicator_id``, ``start``, ``end`` used if present).
        sections: the sections table without doc_id (section_id, parent_id, heading, part, ...).
        text: the report text ``start``/``end`` refer to, if known (exact sentence positions).

    Returns:
        ``figures`` with those columns added or replaced: ``category`` (categorical over
        schema.CATEGORIES, NA when undecided), ``key`` (NA when no single catalog entry matches), ``name``,
        ``role`` (categorical over schema.ROLES), ``part_of`` (Int64), ``key_basis`` and ``base_key`` (for a
        change statement, the key of what it changes). Other columns are kept.
    """
    missing = [col for col in _REQUIRED_INPUT if col not in figures.columns]
    if missing:
        raise schema.SchemaError(f"classify: figures lack columns {missing}")
    ids = figures["indicator_id"].tolist() if "indicator_id" in figures.columns else None
    spans = None
    if text is not None and "start" in figures.columns:
        spans = list(zip(figures["start"].tolist(), figures["end"].tolist()))
    out = annotate(zip(*(figures[col].tolist() for col in _REQUIRED_INPUT)), sections, text=text, spans=spans,
                   ids=ids)
    code_of = {cat: i for i, cat in enumerate(schema.CATEGORIES)}
    role_of = {r: i for i, r in enumerate(schema.ROLES)}
    extra = pd.DataFrame({
        "category": pd.Categorical.from_codes([-1 if c is None else code_of[c] for c in out["category"]],
                                              dtype=_compiled().category_dtype),
        "key": pd.array(out["key"], dtype="string"),
        "name": pd.array(out["name"], dtype="string"),
        "role": pd.Categorical.from_codes([role_of[r] for r in out["role"]], categories=list(schema.ROLES)),
        "part_of": pd.array(out["part_of"], dtype="Int64"),
        "key_basis": pd.array(out["key_basis"], dtype="string"),
        "base_key": pd.array(out["base_key"], dtype="string"),
    }, index=figures.index)
    old = [col for col in extra.columns if col in figures.columns]
    return pd.concat([figures.drop(columns=old) if old else figures, extra], axis=1)


def assign(rows, sections) -> tuple[list[str | None], list[str | None]]:
    """Category and key for each figure (the two columns of :func:`annotate`)."""
    out = annotate(rows, sections)
    return out["category"], out["key"]


# the counts of reconsideration cases an organ handles; in the report of an organ that handles none they are the
# cases brought against it
_ORGAN_CASE_KEYS = frozenset({"reconsideration.cases", "reconsideration.received", "reconsideration.accepted"})
_RESPONDENT = "reconsideration.as_respondent"
# LABELING rule 7: on the report of such an organ (department, town, street) its lawsuits are suits against it
_ORGAN_SUIT_KEYS = frozenset({"litigation.cases"})
_DEFENDANT = "litigation.as_defendant"
# a bare count of reconsideration cases (全年行政复议20件、行政诉讼33件; 收到行政复议5件)
_BARE_RECON = re.compile(r"(?:^|[^被])(?:收到|发生|涉及|办理|受理)?行政复议(?:案件|申请)?[共计达有为]{0,2}\s*$")
_CASE_UNITS = frozenset({"件", "宗", "起", "件次"})
# the acts of a reconsideration body (办理, 受理) or a bare 新增/新收 before 行政复议 in a figure's own clause, with no
# word of the organ as respondent (被申请, 被复议 …: those match reconsideration.as_respondent by themselves)
_ORGAN_ACT_RECON = re.compile(r"(?:办理|受理|新增|新收)[^，,；;。被]{0,4}?行政复议")


# the clause before a figure's clause: a verb, its object and a figure (共作出行政处罚5033宗); the verb is shared by a
# following clause that is only a noun (，行政许可11235宗)
_SHARED_VERB = re.compile(r"(?:^|[，,；;：:\s])[\u4e00-\u9fff]{0,6}?(?:全年|共计|共|累计|依法)?(作出|办理|受理|实施|查处|办结|审查|审核|检查|抽查)"
                          r"[\u4e00-\u9fff]{2,10}[0-9０-９][0-9０-９.．]*(?:万|亿)?[\u4e00-\u9fff]{1,2}[，,]$")
_NUM_RUN = frozenset("0123456789０１２３４５６７８９.．")


def _shared_verb(s: str, cl: int) -> re.Match | None:
    """``_SHARED_VERB.search(s, 0, cl)``, searched only from where a match can start: it ends in a comma at ``cl``
    (or before a newline there, as $ reads it) after a number, 1-3 characters and at most 22 characters before the
    number (linear time on a long clause)."""
    e = cl - 1
    if e >= 1 and s[e] == "\n":
        e -= 1
    if e < 0 or s[e] not in "，,":
        return None
    lo = e
    for u in (2, 3, 4):  # the number ends 1-3 characters (the unit, 万 or 亿) before the comma
        j = e - u
        while j >= 0 and s[j] in _NUM_RUN:
            j -= 1
        if j < e - u:
            lo = min(lo, j + 1)
    if lo == e:
        return None  # no number there
    return _SHARED_VERB.search(s, max(0, lo - 22), cl)


# BARE_ACT_CLAUSE (issue 9): a clause that is only an act verb before its figure (，修订1件; ，办理1.3万件) and the
# object the clause before it named, after its own act verb if any (制定政府规章1件 -> 政府规章; 政务服务事项网上可办率
# 94.3% -> 政务服务事项); the clause before must hold a figure (the two clauses are items of one account)
_ACT_ONLY = re.compile(r"\s*(?:全年|年内|共计|共|累计|另|已|再|又)*(?P<verb>办理|受理|办结|制定|修订|修改|出台|审查|审核|备案|清理|"
                       r"印发)了?\s*")
_PREV_OBJECT = re.compile(r"[\u4e00-\u9fff“”]{0,8}?(?:政务服务事项|审批事项|许可事项|事项|政府规章|规章|地方性法规|法规|规范性文件|"
                          r"文件|案件|申请|合同)")
_PREV_ACTS = re.compile(_ACT_VERB.pattern + r"|废止|出台|发布")


def _prev_object(masked_left: str, cl: int) -> str | None:
    """The object the clause before position ``cl`` names (BARE_ACT_CLAUSE), or None when that clause holds no
    figure or no such object."""
    lo = _mark_before(masked_left, cl - 1, 0)
    prev = masked_left[lo:cl - 1]
    if not any(ch.isdigit() for ch in prev) or "其中" in prev:
        return None
    words = _PREV_ACTS.sub("、", re.sub(r"[0-9０-９.．%]+[\u4e00-\u9fff%]?", "、", prev))
    found = [m.group() for m in _PREV_OBJECT.finditer(words)]
    return found[-1] if found else None


_BARE_NOUN = re.compile(r"\s*(?!其中|同比|比上|较上|较去|比去|另|此外|均|全部|分别)(?:行政|政务)?[\u4e00-\u9fff]{2,6}\s*")
_BATCH_VERBS = "取消|下放|调整|承接|精简|削减|新增|保留|划转|委托|移交"
# a label that is only a verb of a batch of list changes (第一批取消, 共取消, 其中:调整)
_BARE_VERB = re.compile(rf"^\s*(?:其中)?(?:第[一二三四五六七八九十0-9]+批)?(?:共计|共|再|又|累计|另)?({_BATCH_VERBS})了?\s*$")
# a verb group and the items it changes: 分四批取消、承接和调整行政许可事项
_VERB_OBJECT = re.compile(rf"((?:{_BATCH_VERBS})(?:[和、及与]?(?:{_BATCH_VERBS}))*)了?(?:一批|部分)?"
                          r"((?:行政)?(?:许可|审批|权力|职权|证明|政务服务)事项)")
# a change of a counted object earlier in the sentence (取消许可事项5项, 保留900项行政权力事项): a bare verb with
# its own figure later in the list (，精简300项) changes the same object
# ... only for the changes an organ makes to its own list with one catalog meaning each: not 承接 (received from
# above), not 精简 (a cut that may be a cancellation or an adjustment), not 保留 (the stock)
_OWN_CHANGES = frozenset({"取消", "下放", "调整"})
_COUNTED_OBJECT = re.compile(rf"(?:{_BATCH_VERBS})了?(?:[0-9０-９]+(?:项|个))?((?:行政)?(?:许可|审批|权力|职权|证明|"
                             r"政务服务)事项|行政(?:权力|职权)(?=[0-9０-９]))(?:[0-9０-９]+(?:项|个))?")
# the stock of an object counted right before (清理证明事项205项, 涉及证明事项数量为205项): a bare change verb with its own
# figure in a later clause (，取消48项，保留157项) changes that stock
_STOCK_OBJECT = re.compile(r"((?:行政)?(?:许可|审批|权力|职权|证明|政务服务)事项)(?:数量|总数)?(?:为|共|共计|达|有)?"
                           r"[0-9０-９]+(?:项|个)")
# the object named at the end of the batch's list after the figure: …、部门间移交1项行政权力事项
# (a number is tried from its first digit only, and its digits are taken whole: linear on a long run of digits; the
# same matches from position 0, as the caller uses it — issue 14)
_LIST_OBJECT = re.compile(r"[^。；;！？!?\n]*?(?<![0-9０-９])[0-9０-９]++(?:项|个)((?:行政)?(?:许可|审批|权力|职权|证明|"
                          r"政务服务)事项)")


def _batch_object(label: str, before_clause: str, right: str, paragraph_before: str) -> str | None:
    """``verb + object`` for a figure labelled by a bare verb of list changes (第二批取消1项): the object is the
    one a verb group naming the same verb gave earlier in the sentence or paragraph (我市分四批取消、承接和调整
    行政许可事项), else the items named at the end of the batch's list after the figure; None when neither."""
    m = _BARE_VERB.match(label)
    if m is None:
        return None
    verb = m.group(1)
    last = None
    for vo in _VERB_OBJECT.finditer(paragraph_before + before_clause):
        if verb in vo.group(1):
            last = vo
    if last is not None:
        return verb + last.group(2)
    for vo in _COUNTED_OBJECT.finditer(before_clause):  # 取消许可事项5项、承接7项、调整120项: a list of changes
        last = vo  # of one object, named with the first change of the sentence
    if last is not None and verb in _OWN_CHANGES:
        return verb + last.group(1)
    if verb in _OWN_CHANGES:
        for vo in _STOCK_OBJECT.finditer(before_clause):  # 梳理证明事项205项，取消48项: the stock counted before, then
            last = vo  # the change of it (STOCK_THEN_CHANGE)
        if last is not None:
            return verb + last.group(1)
    lo = _LIST_OBJECT.match(right)
    return verb + lo.group(1) if lo is not None else None


def respondent_only(level: str | None, issuer: str | None, title: str | None = None, opening: str = "") -> bool:
    """Whether the organ that wrote the report handles no administrative reconsideration itself, so that the
    reconsideration cases its report counts are cases against it (``reconsideration.as_respondent``).

    Streets (街道) and towns (镇/乡) never handle reconsideration; nor does a department other than the
    justice bureau (司法局/司法厅, which handles it for its government) or the government's own office. A
    department is only trusted when its issuer names an organ (not 我局/本局), neither it nor the title names the
    justice bureau or a reconsideration body, and the report's opening words (``opening``) do not name the
    justice bureau.
    """
    if level in ("town", "sub_district"):
        return True
    if level != "department" or not issuer or re.search(r"我|本局|本单位|现将", issuer):
        return False
    return (re.search(r"司法|政府办|人民政府|复议", f"{issuer}{title or ''}") is None
            and re.search(r"司法局|司法厅", opening) is None)


def annotate(rows, sections, *, text: str | None = None, spans=None, ids=None,
             respondent: bool = False, year: int | None = None, level: str | None = None,
             department: bool = False) -> dict[str, list]:
    """Name, role, breakdown, key and category of each figure: the record-based core of :func:`classify`.

    Args:
        rows: iterable of tuples (section_id, measure, unit, raw, sentence, before, after, clause), in
            document order.
        sections: section records (dicts with section_id, parent_id, heading, part) or the sections table.
        text: the report text, when ``spans`` give each figure's (start, end) in it.
        spans: (start, end) per figure, or None.
        ids: indicator_id per figure (default 1, 2, …), used for ``part_of``.
        year: the report year, when known: a rank in an assessment of an earlier year (2023年度…考评中排名第三
            in a 2024 report) is a prior-year figure and takes no key.
        respondent: the reporting organ handles no reconsideration (:func:`respondent_only`): its counts of
            reconsideration cases are cases against it.
        level: the reporting organ's level (metadata ``level``: province, city, county, district, town,
            sub_district, department), when known: items a higher level handed down (省级下放…事项 in a county
            report) are received, not delegated (LABELING 22/53).
        department: the reporting organ is a department (metadata ``level`` department): a count in one field is its
            own field's, not a part of a place's count (FIELD_PART, LABELING 70).

    Returns:
        Column lists: category, key, name, role, part_of, key_basis, base_key (None where undecided). A change
        statement takes no key (LABELING rule 1) but the key of what its words name as ``base_key``; a key
        the catalog counts as a change (审批时限压缩比例) stays its key.
    """
    c = _compiled()
    rows = list(rows)
    n = len(rows)
    # no figure: the sections need no reading (a text of 50,000 heading lines and no figure); every step below
    # then runs over nothing and the columns come out empty
    info = _section_info(sections) if n else {}
    chains = _section_chains(info)
    chain_text = {sid: _SEP.join(h) for sid, h in chains.items()}
    ids = list(ids) if ids is not None else list(range(1, n + 1))
    spans = list(spans) if spans is not None and text is not None else None
    ends = _sentence_ends(text) if spans is not None else None
    # each row's text fields as strings ("" for a missing one: what _s gives), read once (measure, unit, raw,
    # sentence, before, after, clause)
    srows = [(m if m.__class__ is str else "", u if u.__class__ is str else "", r if r.__class__ is str else "",
              st if st.__class__ is str else "", b if b.__class__ is str else "", a if a.__class__ is str else "",
              cl if cl.__class__ is str else "") for _sid, m, u, r, st, b, a, cl in rows]

    # 1. where each figure stands in its sentence
    sent_of: list[tuple] = []  # sentence identity per figure
    sent_text: dict[tuple, str] = {}
    pos: list[tuple[int, int] | None] = []
    for i, (sid, _m, _u, raw, sentence, before, after, clause) in enumerate(rows):
        _m, _u, raw, sentence, before, _a, clause = srows[i]
        if spans is not None and _int(spans[i][0]) is not None:
            st, en = int(spans[i][0]), int(spans[i][1])
            ss, se = _sentence_span(text, st, en, ends)
            ident = ("t", ss)
            sent_text.setdefault(ident, text[ss:se])
            pos.append((st - ss, en - ss))
        else:
            prev = sent_of[-1] if sent_of else None
            if prev is not None and prev[0] == "s" and prev[1] == sid and sent_text[prev] == sentence:
                ident = prev
            else:
                ident = ("s", sid, i)
                sent_text[ident] = sentence
            p = _locate(sentence, clause, before, raw)
            pos.append(None if p is None else (p, p + len(raw)))
        sent_of.append(ident)
    groups: dict[tuple, list[int]] = _sentence_members(sent_of)  # (shared with the gates of step 3e: read only)
    unit_of = [r[1] for r in srows]  # _s(unit) per figure

    # 2. names, list names and breakdowns per sentence
    names: list[str | None] = [None] * n
    noun_after: list[str] = [""] * n
    list_name: dict[int, str] = {}
    per_subject: set[int] = set()  # one figure per subject of a 分别 list: a breakdown, never the key's total
    part_total: dict[int, int] = {}
    rest_parts: set[int] = set()  # the 其余 part of a done/rest breakdown
    bracket_label: dict[int, str] = {}  # the words and bracket right before a figure whose ``before`` is empty
    for ident, members in groups.items():
        sentence = sent_text[ident]
        located = [i for i in members if pos[i] is not None]
        if located:
            if "分别" in sentence:
                for k, (item, pred) in _list_names(sentence, [pos[i] for i in located]).items():
                    if not pred:
                        list_name[located[k]] = item
                    elif _topics(c, item):  # 行政复议、行政诉讼分别受理12件、8件: the items name the families
                        list_name[located[k]] = item
                    elif _CHANGE_PRED.fullmatch(pred) is not None:
                        # 事项的办理时限、申请材料分别压减60%、30%: a bare change verb counts nothing itself; the items
                        # are the measures changed (not who changed them), so each item names its figure
                        list_name[located[k]] = item
                    else:  # the items are who (places, bodies): a breakdown by subject of what pred names
                        list_name[located[k]] = pred
                        per_subject.add(located[k])
            figs = [_Fig(i, pos[i][0], pos[i][1], unit_of[i],
                         rows[i][1] == "level" and unit_of[i] not in _PCT) for i in located]
            if len(figs) > 1 and ("其中" in sentence or "（" in sentence or "(" in sentence or "其余" in sentence
                                  or "剩余" in sentence or "其他" in sentence):
                part_total.update(_breakdowns(sentence, figs, rest_parts))
        prev_name, prev_end, prev_body = None, None, None
        joined_cut = ""
        for k, i in enumerate(members):
            before, after = srows[i][4], srows[i][5]
            nxt = members[k + 1] if k + 1 < len(members) else None
            stacked = (pos[i] is not None and not after.strip() and nxt is not None and pos[nxt] is not None
                       and pos[nxt][0] == pos[i][1] and unit_of[i] in _CLASSIFIERS)
            if stacked:  # 梳理通报3类18项问题: both numbers count the noun after the second
                after = srows[nxt][5]
            if pos[i] is not None and 0 < len(after.strip()) <= 8:
                m = _NOUN_PAREN.match(sentence, pos[i][1] + len(after))
                if m is not None:  # 20个县（市、区）, 4个地区(项目): the bracket belongs to the noun
                    # ... and so do the words after it: 400项行政审批(备案)事项集中划转
                    rest = _NOUN_REST.match(sentence, m.end())
                    if rest is None:  # 3次法治青禾(法治政府)建设工作推进会: the noun runs on after the bracket
                        run = _CJK_RUN.match(sentence, m.end())
                        stop = _AFTER_STOP.search(run.group()) if run else None
                        tail = (run.group()[:stop.start()] if stop else run.group()) if run else ""
                        head = _RUN_TO_HEAD.match(tail)  # 村(社区)公共法律服务工作室规范化运行: up to its head
                        tail = head.group() if head is not None else ""
                        if _RUN_VERB.search(tail):
                            tail = ""  # 20个县(市、区)也陆续召开推进大会: a predicate, not the noun
                    else:
                        tail = rest.group()
                    after += m.group() + (rest.group() if rest is not None else tail)
            if pos[i] is not None and 2 <= len(after.strip()) <= 12:
                # 先后召开19次局党委会、局长办公会，…: the figure counts the list
                after += _noun_list_tail(sentence, pos[i][1] + len(after))
            follows = pos[i] is not None and prev_end is not None and pos[i][0] - len(before) == prev_end
            if pos[i] is not None and before and pos[i][0] - len(before) >= 2 \
                    and sentence[pos[i][0] - len(before) - 1] in "）)" and not follows and before[0] not in "等和及与、" \
                    and (len(before.strip()) <= 5 or _SHORT_PAREN_END.search(sentence, 0, pos[i][0] - len(before))):
                # (a short head after the bracket, or a bracket of a character or two inside a word: 菌(毒)种…备案;
                # a long label after a longer bracket stands alone)
                # 一般乡镇(街道)执法清单117项: the bracket and the word before it belong to the noun
                m = _WORD_PAREN_END.search(sentence, 0, pos[i][0] - len(before))
                if m is not None and (prev_end is None or m.start() >= prev_end):
                    word = m.group()
                    cut = None
                    for cut in _WORD_CUT.finditer(word, 0, word.find("(") if "(" in word else word.find("（")):
                        pass
                    before = (word[cut.end():] if cut is not None else word) + before
                    if i not in bracket_label:  # the key reads the noun too, without its bracket (行政许可(区、乡镇)共29项)
                        bracket_label[i] = _NOUN_PAREN.sub("", before)
            label = before
            if pos[i] is not None and not before.strip() and pos[i][0] > 0 and sentence[pos[i][0] - 1] in "（(" \
                    and prev_end != pos[i][0] - 1:  # not 1个工作日(8个工作小时): that names the figure before
                # 满意度评价（76.71分）: the words before the bracket name the figure inside it
                lo = _list_start_end(sentence, pos[i][0] - 1)
                if prev_end is not None and prev_end > lo and len(after.strip()) >= 2:
                    label = ""  # 21个行政许可事项（47个子项）: the words before name the figure before; this one counts its noun
                else:
                    label = sentence[lo:pos[i][0] - 1]
            elif pos[i] is not None and not before.strip() and pos[i][0] > 0 and sentence[pos[i][0] - 1] in "）)":
                # 命名示范乡镇(单位)12个: the noun and its bracket right before the figure name it
                op = max(sentence.rfind("（", 0, pos[i][0] - 1), sentence.rfind("(", 0, pos[i][0] - 1))
                if op > 0 and (prev_end is None or prev_end <= op):
                    ls = _list_start_end(sentence, op)
                    label = sentence[ls:pos[i][0]]
                    # the key reads the noun without its bracket: 办结复议案件（含上年结转）46件 is concluded
                    bracket_label[i] = label[:op - ls]
            if pos[i] is not None and before and pos[i][0] > len(before) \
                    and sentence[pos[i][0] - len(before) - 1] == "、":
                # a coordinated list names the figure together: 法治宣讲、摆放展板、发放资料等25余场次
                cs = _list_start(sentence, pos[i][0] - len(before))
                if prev_end is None or prev_end <= cs:
                    label = sentence[cs:pos[i][0]]
                elif before.rstrip().endswith("等") or "等" in before[-8:]:
                    # 16次主持…会议研究政府立法、行政复议等议题60项: the 等 list after the figure before
                    label = sentence[prev_end:pos[i][0]]
            nm, na = _name(label, after, follows or stacked, prev_name, unit_of[i])
            if pos[i] is not None and not na and nm and _BARE_VERB_NAME.fullmatch(nm):
                # 开展…专题集中学习，全年累计开展18余次; 对…事项清单开展全面梳理，共厘清3120项: a bare verb names
                # nothing; the object the clause before acted on is what is counted
                nm = _object_before(sentence, _list_start_end(sentence, pos[i][0]), nm) or nm
            share = _BARE_SHARE_WORDS.match(before.strip()) if pos[i] is not None and not follows else None
            if share is not None:
                # 设定即办件67项，占全部许可事项的54%, 任务已完成198项，占比61.3%: a bare share is named by its words,
                # the share of the whole (占全部许可事项, 占比), as labelled on four sets
                nm = share.group(1)
            elif pos[i] is not None and not follows and _BARE_SHARE.match(before.strip()):
                # 一窗通办事项应纳尽纳，达100%: a bare level names the subject of the clause before
                subj = _clause_subject(sentence, pos[i][0] - len(before), prev_end)
                nm = subj or (prev_name if subj == "" and prev_name else nm)
            elif nm and unit_of[i] in _PCT:
                m = _SUBJECT_SHARE.fullmatch(nm)
                if m is not None:  # 办结比例占全县事项的92%, 注册人数超过常住人口的61%: the share is the subject's
                    nm = m.group(1)
            if rows[i][1] == "rank" and pos[i] is not None:  # 在全市依法行政考核中位列第6名: the assessment
                m = _last_assessment(sentence, pos[i][0])
                cs = _list_start(sentence, pos[i][0])
                lo = max(m.end() if m is not None else 0, cs)
                ranked = _RANKED.match(sentence, lo, pos[i][0])
                category = _RANK_CATEGORY.search(sentence, max(lo, pos[i][0] - 8), pos[i][0])
                scope_rank = _SCOPE_RANK.search(sentence, max(lo, pos[i][0] - 8), pos[i][0])
                peer = _PEER_RANK.search(sentence, cs, pos[i][0])
                if peer is not None and _ASSESSMENT_WORD.search(peer.group(1)) is None:
                    # 执法案卷评查在全市监管系统排名第三, 水环境质量在全省86个县区中排第5名: what is ranked is the subject
                    # before the peers; with none (…得分96分，在全县21个部门排名第4), the assessment named before
                    subj = _clean_left(sentence[max(cs, sentence.rfind("、", cs, peer.start()) + 1):peer.start()])
                    if len(subj) >= 2 and not _SELF.fullmatch(subj) and not re.search(r"[0-9０-９]", subj):
                        nm = subj
                    else:
                        m = _last_assessment(sentence, peer.start())
                        if m is not None and _ASSESSMENT_WORD.search(m.group(1)) is not None:
                            nm = _assessment_name(m) or nm
                elif scope_rank is not None:  # 全国排名第10位，中部排名第1位: the ranking of that scope
                    nm = scope_rank.group()
                elif category is not None:  # 在某大比武中荣获团体第一名、个人第一名: the category ranked
                    nm = category.group(1)
                elif ranked is not None and prev_end is not None and ranked.start("what") < prev_end <= ranked.end("what") \
                        and _STREAK.search(ranked.group("what")) is None:
                    # 8项甲指标评分获得全市第一, 某事项总数88项仍保持全省首位: what is ranked is what the figure before in
                    # its words counts (not the count and what follows it); after a 、, what follows the rank before
                    # (…获得全市第一、综合得分全市第三)
                    tail = _STREAK.sub("", sentence[prev_end:ranked.end("what")].lstrip("、，, "))
                    if prev_name and tail in ("", prev_name):
                        nm = prev_name
                    elif len(tail) >= 2 and not _has_date(tail) and not _DIGIT.search(tail):
                        nm = tail
                elif ranked is not None and len(_STREAK.sub("", ranked.group("what"))) >= 2 \
                        and not _has_date(_STREAK.sub("", ranked.group("what"))):
                    # 甲市法治环境评价排名全国第2位, 参赛人数和总成绩在全省均位居第一: what is ranked (甲评价连续4年居
                    # 全国第9位: without the streak of years it held the rank)
                    nm = _STREAK.sub("", ranked.group("what"))
                elif m is not None:
                    # 在2022年度法治某省建设考评中, 在某某评估(2021-2022)中: the assessment without its years
                    nm = _assessment_name(m) or nm
                elif nm:
                    nm = _RANK_TAIL.sub("", _RANK_HEAD.sub("", nm)) or nm
            if i in list_name:
                nm = list_name[i]
            elif nm and rows[i][1] != "rank":
                nm = _head_name(nm, unit_of[i], bool(na) and nm == na and unit_of[i] not in _EVENT_UNITS)
                means = _MEANS.search(nm) or _MEANS_NAMED.search(nm)
                if means is not None and len(nm) - means.end() >= 3:
                    # 各政务单位通过政府信息公开目录管理系统主动公开信息, 使用“无证明系统”出具证明材料: the means (and
                    # the subject before it) are not what is counted; the act and its object are
                    nm = nm[means.end():]
            if nm and pos[i] is not None and i not in list_name:
                body = _BODY_AFTER.match(sentence, pos[i][1]) if unit_of[i] in _BODY_UNITS else None
                if body is not None and _PEOPLE_OF_BODY.match(sentence, body.end()) is not None:
                    body = None  # 4家单位主要负责人述法: the leaders of the bodies are named with them
                if body is not None and nm.startswith(body.group()) and len(nm) > len(body.group()) + 1 \
                        and sentence[body.end():body.end() + 1] != "的":
                    # 对县政府8个部门权责清单进行了调整, 县直29个部门单位公布…: the number counts the bodies
                    nm = body.group()
                elif follows and prev_name and prev_name == prev_body and nm.startswith(prev_name) \
                        and len(nm) >= len(prev_name) + 3:
                    # 29个部门单位公布行政权力事项1367项: the bodies are the previous figure's, not this one's
                    nm = nm[len(prev_name):]
                    nm = nm[1:] if nm.startswith("的") else nm  # 27个部门的278项行政许可事项
            prev_body = nm if nm and pos[i] is not None and unit_of[i] in _BODY_UNITS \
                and _BODY_AFTER.fullmatch(nm) is not None else None
            if nm and "》" in nm and "《" not in nm[:nm.find("》")]:
                # …产党纪律处分条例》《某规定》等法律法规: the words before reach into a title; the whole titles stay
                rest = nm[nm.find("》") + 1:].lstrip("、，,")
                nm = rest if len(rest) >= 2 else nm
            if pos[i] is not None and i not in list_name and rows[i][1] != "rank":
                # (人社部等4部门联合…: a measure word that is a noun, 部门, has no unit of its own; the grammar reads it)
                nm = _grammar_name(nm, sentence[pos[i][1]:pos[i][1] + _RIGHT_REACH],
                                   unit_of[i] or ("部门" if srows[i][2].endswith("部门") else ""))
                if nm and "向" in label:
                    cut = _addressed_end(sentence, nm, pos[i][0])
                    if cut:  # 向甲新区下放市级权限N项, 向县委及县政府报告重大事项N次: who receives is no part of it
                        nm = nm[cut:]
                    else:
                        nm = _subject_before_to(nm, unit_of[i]) or nm
                if follows and k > 0 and unit_of[i] in _PCT and unit_of[members[k - 1]] in _CLASSIFIERS and nm:
                    # 203个国考断面水质优良率100%: the count before owns the places; the rate is of what they measure
                    rate = None
                    for rate in _RATE_PHRASE.finditer(nm, 2):
                        pass
                    nm = rate.group() if rate is not None else nm
                elif nxt is not None and pos[nxt] is not None and unit_of[i] in _CLASSIFIERS and unit_of[nxt] in _PCT \
                        and nm and _CJK_ONLY.fullmatch(sentence, pos[i][1], pos[nxt][0]) is not None:
                    # …and the count itself: 12个国控断面水质优良率100% counts the places, not the rate measured there
                    rate = None
                    for rate in _RATE_PHRASE.finditer(nm, 2):
                        pass
                    nm = nm[:rate.start()] if rate is not None and rate.end() == len(nm) else nm
            if pos[i] is not None and not (nm and nm == prev_name) and unit_of[i] in _PCT:
                # 空气质量综合指数3.12，较2030年改善11.6%: a bare comparison names the measure of an item before
                nm = _compared_measure(sentence, pos[i][0]) or nm
            raw_i = srows[i][2]
            if pos[i] is not None and raw_i[-2:] in ("部门", "单位") and sentence.endswith("等", 0, pos[i][0]) \
                    and _NUMBER_TOKEN.fullmatch(raw_i[:-2].strip()):
                # 联合某厅等12部门开展…, 对某局等6单位…进行督察: the measure word is the noun counted; the 等 list only
                # names some of the bodies, and what they did is no part of the name
                nm = raw_i[-2:]
            if not unit_of[i] and raw_i[-1:] in _PLACE_NO_MEASURE and _NUMBER_TOKEN.fullmatch(raw_i[:-1]):
                # 在3市8县试点, 组织十六区政府评审: places counted with no measure word are what is counted (the
                # place's government when it follows), not the words around them
                gov = (_PLACE_GOVERNMENT.match(sentence, pos[i][1]) or _NOUN_PAREN.match(sentence, pos[i][1])) \
                    if pos[i] is not None else None  # (and its bracket: 8县(市、区))
                nm = raw_i[-1] + (gov.group() if gov is not None else "")
            if nm and na and nm == na and pos[i] is not None and _JOINED_COUNT_CHARS.intersection(nm):
                # 三千名甲和两万名乙, 24个甲和指派乙96名: the noun after a count ends before 和/及/与 when what follows it
                # runs, with no mark between, to the next count (the next item, counted on its own)
                at = pos[i][1] + len(after) - len(after.lstrip(" \t\u3000"))
                if sentence.startswith(nm, at):
                    j = _JOINED_COUNT.search(sentence, at + 2)  # (no end: the run may reach past the name's cap)
                    if j is not None and j.start() < at + len(nm):
                        nm = na = nm[:j.start() - at]
                        joined_cut = sentence[at:j.end()]
            elif nm and follows and joined_cut and nm.startswith(joined_cut) and len(nm) >= len(joined_cut) + 2:
                nm = nm[len(joined_cut):]  # (…和指派乙96名: the next count names what follows the 和 only)
            if joined_cut and not (nm and na and pos[i] is not None and nm == na and joined_cut.startswith(nm)):
                joined_cut = ""
            if pos[i] is not None and unit_of[i] in _CLASSIFIERS and nm:
                peers = _PEERS_AFTER.match(sentence, pos[i][1])
                if peers is not None and _PEERS_BEFORE.search(sentence[max(0, pos[i][0] - 12):pos[i][0]]) is not None:
                    # 在全国49个较大城市中排名第四: the peers the figure counts, not what is ranked among them
                    nm = peers.group(1)
            names[i], noun_after[i] = nm, na
            prev_name = nm or prev_name
            prev_end = pos[i][1] if pos[i] is not None else None

    # 3. roles, scope and keys in document order
    keys: list[str | None] = [None] * n
    basis: list[str | None] = [None] * n
    roles: list[str] = ["level"] * n
    cats: list[str | None] = [None] * n
    def score(t: str) -> dict[str, int]:
        return _cached_keyword_scores(t, c)

    masked_full: dict[tuple, str] = {}
    plans = {sid for sid in info if _part_of_section(info, sid) == "plans"}
    heading_scope: dict[int, tuple[frozenset[str], str]] = {}
    fig_sids = {r[0] if r[0].__class__ is int else _int(r[0]) for r in rows}  # (only these are looked up)
    for sid, hs in chains.items():
        if sid not in fig_sids:
            continue
        for h in hs:
            fams = frozenset(t[2] for t in _topics(c, h))
            if fams:
                heading_scope[sid] = (fams, h)
                break
    prev_sid, prev_family, run_family = None, None, None
    totals = set(part_total.values())
    object_listed: set[int] = set()  # figures keyed as the last of the bodies listed after 对
    people_pending: dict[int, str] = {}  # people counts of a study event, keyed if it turns out training
    # positions of the clause marks in the text, found once: a figure's clause start is a bisection, not a scan
    # of its sentence (linear time on a long run with no sentence end)
    tail_marks = [m.start() for m in _CLAUSE_TAIL_MARK.finditer(text)] if spans is not None else None
    clause_marks = [at for at in tail_marks if text[at] != "\n"] if tail_marks is not None else None
    for i, (sid, measure, unit, raw, sentence, before, after, clause) in enumerate(rows):
        sid = sid if sid.__class__ is int else _int(sid)
        _m, _u, raw, sentence, before, after, clause = srows[i]
        full = sent_text[sent_of[i]]
        p = pos[i]
        left = full[:p[0]] if p is not None else before
        right = full[p[1]:] if p is not None else after
        msent, mright = _mask_titles(sentence), _mask_titles(right)  # once per figure (each test below reads them)
        if msent is not sentence and _LAW_TITLE.search(sentence) is not None:
            msent += _LAW_TITLE_MARK  # LAW_TITLE_TOPIC
        masked_left = _mask_titles(left)
        if tail_marks is not None and p is not None and sent_of[i][0] == "t" and masked_left is left:
            cl = _clause_tail_start(text, tail_marks, sent_of[i][1], sent_of[i][1] + p[0]) + 1  # (0: none)
        else:
            m = _CLAUSE_TAIL.search(masked_left)
            cl = m.start() + 1 if m else 0
        # cl counts in masked_left; the same clause start in the unmasked left (a title earlier in the sentence,
        # 制定《…实施方案》，每季度安排1次…，共组织专题学习4次, would otherwise put words before the clause into it)
        ucl = cl if masked_left is left else _unmasked_index(left, cl)
        in_plans = sid in plans
        role = _role(_m, _u, left, left[ucl:], in_plans)
        if role == "level" and i in part_total:
            role = "part"
        elif role == "level" and i in totals:
            role = "total"
        roles[i] = role
        if sid != prev_sid:
            run_family = None
        elif spans is not None and i > 0 and sent_of[i] != sent_of[i - 1] and sent_of[i][0] == "t" \
                and _int(spans[i - 1][1]) is not None:
            # lines in between (a sub-heading row such as 行政诉讼) may name another family
            gap = _topics(c, _mask_titles(text[int(spans[i - 1][1]):sent_of[i][1]]))
            if gap:
                run_family = gap[-1][2]
        if clause_marks is not None and p is not None and sent_of[i][0] == "t":
            at = _first_mark(clause_marks, sent_of[i][1] + p[1], sent_of[i][1] + len(full))
        else:
            m = _CLAUSE_MARK.search(right)
            at = m.start() if m else -1
        right_clause = right[:at] if at >= 0 else right  # to the clause end
        right_topics = _topics(c, _mask_titles(right_clause))
        one = _one_clause(sentence, clause)
        heading_fams, heading = heading_scope.get(sid, (frozenset(), ""))
        scope = _Scope(masked_left, cl, right_topics[0][2] if right_topics else None,
                       run_family if sid == prev_sid and (one or _next_sentence(text, spans, i, sent_of)) else None,
                       heading_fams, heading)
        key = kb = None
        label_before, label_after = (list_name[i], "") if i in list_name else (bracket_label.get(i, before), after)
        if unit.__class__ is not str and measure == "rank":
            unit = "名"  # a bare ordinal (排名全省第二) is a place, as 第2名 is
        elif (unit.__class__ is not str or unit == "单位") and _BARE_BODY.search(raw) is not None \
                and "对" in masked_left[cl:]:
            unit = "个"  # BARE_BODIES: 对2市4县开展督察, 对财政局等6单位进行督察: the bodies an act reached, as N个
        honour = _HONOUR.search(clause) if _holds(clause, _HONOUR_HAS) else None
        avoided = masked_left.find("避免", cl) >= 0 or masked_left.find("防止", cl) >= 0 \
            or masked_left.find("杜绝", cl) >= 0  # _AVOIDED, without a regex scan
        if (unit.__class__ is str and measure.__class__ is str and role not in _NOT_CURRENT
                and i not in per_subject and not avoided
                and (honour is None or honour.group() != "争创") and not _multi_year(masked_left)
                and not ("连续" in masked_left and measure != "rank" and (  # STREAK_RANK: a rank holds each year
                    _STREAK.search(masked_left, cl) is not None or (
                    _STREAK_CARRIED.match(masked_left, cl) is not None and _STREAK.search(masked_left) is not None)))
                and not (_shared(masked_left, cl) and not _one_rate_shared(masked_left, cl, unit))):
            reach = max(_AFTER_REACH, len(noun_after[i]) - 2) if "的" in noun_after[i] else _AFTER_REACH
            if honour is not None and i not in list_name:
                # 4个地区(项目)荣获全省法治政府建设示范命名: the honour, to the clause end, names what is counted
                label_after = right_clause
                nxt = [pos[j][0] - p[1] for j in groups[sent_of[i]] if j > i and pos[j] is not None and p is not None
                       and pos[j][0] >= p[1]]
                if nxt:  # 全镇21个村中有3个村被评为…: the honour belongs to the figure nearest it
                    label_after = label_after[:min(nxt)]
                reach = len(label_after)
            lv = _LIGHT_VERB.match(label_after)
            if lv is not None:  # 对19个市县进行考核, 82家单位主要负责人进行述法: the verb after 进行 says what
                reach = max(reach, lv.end() + 2)  # 进行分类考核: a modifier may stand before the verb's noun
            # the words after the figure up to its verb's object may run past ``after`` (which stops at a quote
            # or at a number such as 12·4 inside the course's name): read them from the sentence itself
            far = right if p is not None and i not in list_name and honour is None else label_after
            people = unit in ("人", "人次", "名", "位")  # (共43位…负责人参与述法: 位 counts people too)
            pr = (_PERSON_REPORTS.match(label_after) or _PERSON_REPORTS.match(far)) if people else None
            if pr is None and people and _LEADERS_BEFORE.search(left[ucl:]) is not None:
                pr = _REPORTS_TO.match(label_after) or _REPORTS_TO.match(far)  # 负责人共936人向…委员会述法
            if pr is None and unit in _BODY_UNITS and measure == "level" and _SAMPLED.search(left[ucl:]) is None:
                pr = _BODY_REPORTS.match(label_after) or _BODY_REPORTS.match(far)  # 15个街道党政主要负责人…述法
            if pr is not None:  # 860名党政主要负责人书面述法: the leaders counted, then the verb
                reach = max(reach, pr.end() - 2)
                label_after = max(label_after, pr.string[:pr.end()], key=len)
            dt = (_DONE_TIMES.match(far) or _MEETING_AFTER.match(far)) if unit == "次" and measure == "level" else None
            if dt is not None and _LAW_WORD.search(far, 0, dt.end()) is not None:  # the verb phrase is about law  # 9次主持召开常务会等会议研究法治政府建设: what was done N times follows the number
                reach = max(reach, dt.end() - 2)
                label_after = max(label_after, far[:dt.end()], key=len)
            jc = (_JOIN_COURSE.match(label_after) or _JOIN_COURSE.match(far)) if people else None
            if jc is not None:
                reach = max(reach, jc.end() - 2)
                label_after = max(label_after, jc.string[:jc.end()], key=len)
            got = _match_key(c, unit, measure, label_before, label_after, raw, clause, msent,
                             chain_text.get(sid, ""),
                             (prev_family or run_family) if sid == prev_sid and one else None, scope, reach)
            if got is not None and lv is not None and p is not None and i not in list_name and honour is None \
                    and measure == "level" and _DUI_END.search(masked_left, cl) is not None:
                # OBJECT_THEN_ACT (LABELING 23/25): 对9项重大决策事项开展合法性审查 — the things after 对 are the object;
                # the act after 开展/进行 is what the figure counts, when the catalog has a key for it
                act = _CLAUSE_MARK.split(far[lv.end():], 1)[0].lstrip("了")
                acted = _match_key(c, unit, measure, "", act, raw, clause, msent, chain_text.get(sid, ""), None,
                                   scope, 0) if act else None
                # (对18件规范性文件进行合法性审核: a key whose phrasing already spans the object and the act, as
                # 规范性文件*合法性审核 or 合同*合法性审查, is that act on that object and is kept)
                if acted is not None and acted[0] != got[0] \
                        and acted[1].split(" ⇐ ", 1)[-1] not in got[1].split(" ⇐ ", 1)[-1]:
                    got = (acted[0], f"{acted[1]}; the act done to the object after 对")
            if got is None and unit in _PCT and measure == "level" and p is not None \
                    and _CUT_SHARE.search(to_simplified(left[ucl:])) is not None:
                # 时限压缩比达88%, 办理时限、申请材料分别压减60%、30%: a share cut printed as a level is the cut
                # itself; only a key the catalog counts as a change (审批时限压缩比例) is taken so
                cut = _match_key(c, unit, "change", masked_left[cl:], label_after, raw, clause, msent,
                                 chain_text.get(sid, ""), None, scope, reach)
                if cut is not None and cut[0] in _change_keys():
                    got = (cut[0], f"{cut[1]}; a share cut printed as a level")
            if got is None and "等" in label_before and i not in list_name:
                # 审查政策、规划、工作请示等行政决策: the verb and the list's head noun name the figure
                short = _ETC_LIST.sub(r"\1", left[ucl:])
                if short != left[ucl:]:
                    got = _match_key(c, unit, measure, short, label_after, raw, clause, msent,
                                     chain_text.get(sid, ""),
                                     (prev_family or run_family) if sid == prev_sid and one else None, scope, reach)
            if got is None and p is not None and i not in list_name and honour is None and measure == "level":
                # 审核区政府发文、常务会议纪要等47件: an 等 list right before the figure (no head noun) holds the verb's objects
                got = _etc_end_key(c, unit, measure, masked_left[cl:], raw, clause, msent, chain_text.get(sid, ""),
                                   scope)
            if p is not None and i not in list_name and measure == "level" and len(masked_left) - cl <= _LIST_REACH:
                # 审查县政府文件、合同及会议纪要共计112件: the verb governs every item of the list after it
                vl = _verb_list_key(c, unit, measure, masked_left[cl:], raw, clause, msent,
                                    chain_text.get(sid, ""), scope)
                if vl is not None and (got is None or vl[0] != got[0]):
                    got = None if vl[0] is None else vl
            if p is not None and i not in list_name and measure == "level" and "、" in masked_left[cl:]:
                lv = _LISTED_ACT.search(masked_left, max(cl, len(masked_left) - _LIST_REACH))
                if lv is not None:
                    # 审核规范性文件15件、合同86份、重大决策事项9件: a bare noun after a 、 that follows the figure of
                    # an act's object shares that act (the contracts and decisions are reviewed, not counted)
                    vk = _match_key(c, unit, measure, lv.group("verb") + lv.group("obj"), label_after, raw, clause,
                                    msent, chain_text.get(sid, ""), None, scope, reach)
                    if vk is not None:
                        got = (vk[0], f"{vk[1]}; the act {lv.group('verb')} of the 、 item before")
            if got is None and p is not None and i not in list_name and cl > 1:
                pv = _shared_verb(masked_left, cl)
                if pv is not None and _BARE_NOUN.fullmatch(masked_left[cl:]) is not None:
                    # 作出行政处罚5033宗，行政许可11235宗: a bare noun after a verb's figure shares the verb
                    got = _match_key(c, unit, measure, pv.group(1) + masked_left[cl:].strip(), label_after, raw,
                                     clause, msent, chain_text.get(sid, ""), None, scope, reach)
                    if got is not None:
                        got = (got[0], f"{got[1]}; the verb {pv.group(1)} of the clause before")
            if got is None and p is not None and i not in list_name and cl > 1 and honour is None:
                av = _ACT_ONLY.fullmatch(masked_left[cl:])
                obj = _prev_object(masked_left, cl) if av is not None else None
                if obj is not None:
                    # 制定政府规章1件，修订1件; 政务服务事项网上可办率94.3%，办理1.3万件: a clause that is only an act
                    # and its figure does the act to the object the clause before named (BARE_ACT_CLAUSE)
                    # (the clause read with its borrowed object: a context word the entry wants in the clause may
                    # be in that object, 政务服务事项 … 办理1.3万件)
                    got = _match_key(c, unit, measure, av.group("verb") + obj, label_after, raw, obj + clause,
                                     _mask_titles(sentence), chain_text.get(sid, ""), None, scope, reach)
                    if got is not None:
                        got = (got[0], f"{got[1]}; the object {obj} of the clause before")
            if got is None and p is not None and i not in list_name and honour is None \
                    and _VERB_ONLY.fullmatch(_clean_left(masked_left[cl:])) is not None:
                # 完成2.1万名处级以上干部集中轮训, 召开6次州党委常委（扩大）会议: the words before give only a verb
                # (or nothing); the noun phrase after the figure, to the clause end, names what is counted
                np_ = _counted_after(mright)
                if np_:
                    got = _match_key(c, unit, measure, masked_left[cl:], np_, raw, clause, msent,
                                     chain_text.get(sid, ""), None, scope, len(np_))
                    if got is not None:
                        got = (got[0], f"{got[1]}; the noun after the figure")
            if got is None and p is not None and i not in list_name and honour is None:
                # 组织27个乡镇和45个部门主要负责人现场述法: the bodies listed before the last count share the act
                # after it; only the keys whose act counts the bodies that do it (_SUBJECT_LIST_KEYS) are read so
                sl = _subject_list_left(masked_left[cl:])
                if sl is not None:
                    np_ = _counted_after(mright)
                    if np_:
                        got = _match_key(c, unit, measure, sl, np_, raw, clause, msent,
                                         chain_text.get(sid, ""), None, scope, len(np_))
                        if got is not None and got[0] not in _SUBJECT_LIST_KEYS:
                            got = None
                        if got is not None:
                            got = (got[0], f"{got[1]}; the act after the bodies listed")
            if got is not None and got[0] in _SUBJECT_LIST_KEYS and p is not None and i not in list_name \
                    and _subject_list_left(masked_left[cl:]) is not None:
                object_listed.add(i)  # the counts of bodies listed before it share its key (step 3b')
            if got is None and p is not None and i not in list_name and honour is None:
                got = _object_after_key(c, unit, measure, masked_left[cl:], mright, raw, clause,
                                        msent, scope)
            if got is None and p is not None and i not in list_name and honour is None:
                ol = _object_list_left(masked_left[cl:])
                if ol is not None:  # 对5个县(市、区)、3个园区开展…督察; 对甲局、乙局等10家单位开展…督察
                    got = _object_after_key(c, unit, measure, ol, mright, raw, clause,
                                            msent, scope, years=True)
                    if got is not None:
                        object_listed.add(i)
            if got is not None and p is not None and "对" in masked_left[cl:] and _BARE_BODY.search(masked_left):
                object_listed.add(i)  # (BARE_BODIES: 对2市4县6个单位开展…: the bodies right before share its key)
            if got is None and p is not None and unit in _BODY_UNITS and measure == "level" and i not in list_name \
                    and honour is None:
                got = _inspected_bodies_key(c, unit, measure, mright, raw, clause, msent, scope)
            if got is None and p is not None and unit in ("项", "个") and i not in list_name and honour is None:
                got = _delegation_key(c, unit, measure, masked_left[cl:], mright, raw, clause,
                                      msent, scope)
            if got is None and p is not None and unit in ("项", "个") and i not in list_name:
                # 取消许可事项5项、承接7项、调整120项: in a 、 list of changes the bare verb is the last item
                li = masked_left.rfind("、", cl) + 1 if _BARE_VERB.match(masked_left[cl:]) is None else 0
                obj = _batch_object(masked_left[li:] if li else masked_left[cl:], masked_left[:li or cl],
                                    mright,
                                    _mask_titles(text[text.rfind("\n", 0, sent_of[i][1]) + 1:sent_of[i][1]])
                                    if spans is not None and sent_of[i][0] == "t" else "")
                if obj is not None:  # 第一批取消1项: the verb alone; its object is named before (or after) the batch
                    got = _match_key(c, unit, measure, obj, "", raw, clause, msent,
                                     chain_text.get(sid, ""), None, scope, 0)
                    if got is not None:
                        got = (got[0], f"{got[1]}; the object of the bare verb {obj}")
            if got is None and role == "change" and p is not None and not any(
                    rows[j][1] == "level" and pos[j] is not None and pos[j][0] >= cl
                    for j in groups[sent_of[i]] if j < i):  # no figure before it in its clause
                got = _change_key(c, unit, label_before, label_after, raw, clause, msent,
                                  chain_text.get(sid, ""), scope, reach)
            if got is not None and i not in list_name and p is not None:
                # 学习、座谈、宣讲8600余次: a figure shared by a 、 list keeps a key only when every item names it
                if clause_marks is not None and sent_of[i][0] == "t":
                    last = _last_mark(text, clause_marks, sent_of[i][1], sent_of[i][1] + p[0])
                    mark_ends = [last + 1] if last >= 0 else []
                else:
                    mark_ends = [m.end() for m in _CLAUSE_MARK.finditer(left)]
                lo = max(mark_ends +
                         [pos[j][1] for j in groups[sent_of[i]] if j < i and pos[j] is not None
                          and pos[j][1] <= p[0]], default=0)
                items = _coordinated_items(left[lo:])
                if items and any(_ACT_VERB.fullmatch(it.strip()) or _item_key(it, _match_key(
                        c, unit, measure, it, "", raw, clause, msent, chain_text.get(sid, ""), None,
                        None, reach), got[0]) not in _covered(got[0]) for it in items):
                    got = None  # an item names another indicator, or is a second act done to the same things
            if got is not None and got[0] == "capacity.trainees" and _staff_course_before(masked_left, cl):
                got = ("enforcement.staff_trained", f"{got[1]}; people of the staff training named before")
            elif got is not None and got[0] == "capacity.trainees" and _STAFF_PEOPLE.search(names[i] or "") is not None:
                # STAFF_TRAINEES: the people counted are enforcement staff (组织全镇96名执法人员参加…专题轮训): the
                # catalog counts trained enforcement staff apart (enforcement.staff_trained, its definition)
                got = ("enforcement.staff_trained", f"{got[1]}; the people trained are enforcement staff")
            if (got is not None and unit in _CLASSIFIERS and "场" in _key_units().get(got[0], ())
                    and (_ENTITY.match(label_after.lstrip()) is not None
                         or not _EVENT_HEAD.search(names[i] or ""))):
                # 15个乡镇开展法治宣传活动: the figure counts the bodies named after it; 普法宣传栏120个,
                # 普法短视频25个: a thing the event words only modify. An event key (counted in 场/次) takes a
                # count in 个/项 only when the name ends in an event (活动, 讲座, 宣讲 …)
                got = None
            if got is not None and honour is not None and (
                    got[0] not in _HONOUR_KEYS or (masked_left.rstrip()[-1:] in ("和", "及", "与", "、") and not (
                        p is not None and i > 0 and sent_of[i - 1] == sent_of[i] and pos[i - 1] is not None
                        and _LISTED_ITEM.fullmatch(full, pos[i - 1][1], p[0]) is not None))):
                # an award or honour counts prizes, never a catalog quantity but the named sites; and
                # 甲区、乙街道和2个项目荣获…示范命名: 2 is only a part of the sites named. (COUNTED_HONOUR_LIST: after
                # another count and its noun, 2个县和5个项目被分别命名为…, the places before are counted too: a split
                # with no total, LABELING 21/31)
                got = None
            if got is not None and p is not None and i not in list_name and honour is None and label_after.strip():
                # PREVIOUS_ITEM_OWN (LABELING 27): in a list of number-first items (7个重大事项和4个听证事项, 30件
                # 重大决策和90件规范性文件的清理工作), words that end right before the 和/、 opening the figure's own
                # item are the item before's; the figure's own words after it name it, when the catalog reads them
                # (else the previous-item gate withholds the key)
                words = _basis_words(got[1])
                item = _ITEM_OPEN.search(left) if words and "#" not in words else None
                if item is not None and left[:item.start()].rstrip(_CLOSERS).endswith(words.rstrip(_CLOSERS)):
                    own = _match_key(c, unit, measure, "", max(label_after, _mask_titles(right_clause), key=len), raw,
                                     clause, msent, chain_text.get(sid, ""), None, scope, reach)
                    if own is not None and own[0] != got[0]:
                        got = (own[0], f"{own[1]}; the figure's own item, after the words of the item before")
            if got is not None:
                key, kb = got
            elif (unit in ("人", "人次", "名") and honour is None
                  and (_COVERS.match(masked_left, cl) is not None or _people_only(masked_left[cl:], right))
                  and (activity := _activity_before(keys, sent_of, i, masked_left, cl)) is not None):
                # 开展法治培训10场次，覆盖500余人次: the people of the activity; 覆盖民辅警: staff trained
                staff = _STAFF.search(masked_left, cl) is not None
                key = _STAFF_AUDIENCE.get(activity) if staff else _AUDIENCE_OF[activity]
                kb = None if key is None else f"{masked_left[cl:].strip()} ⇐ people of {activity}"
            elif (unit in _BODY_UNITS and honour is None and i > 0 and sent_of[i - 1] == sent_of[i]
                  and keys[i - 1] == _INSPECTION_KEY and p is not None and pos[i - 1] is not None
                  and _CLAUSE_MARK.search(full, pos[i - 1][1], p[0]) is not None
                  and (_BODIES_REACHED.fullmatch(masked_left[cl:]) is not None
                       or (_REACH_VERB.fullmatch(masked_left[cl:]) is not None
                           and _BODIES_AFTER.match(mright) is not None))):
                # BODIES_REACHED (LABELING 25): 开展法治督察3轮，覆盖镇街和部门26个 — the bodies the inspection counted
                # right before reached, in the next clause, are what the catalog's inspection key also counts
                key, kb = _INSPECTION_KEY, f"{masked_left[cl:].strip()} ⇐ bodies of the inspection before"
            elif (unit in ("人", "人次", "名") and honour is None and i > 0 and sent_of[i - 1] == sent_of[i]
                  and keys[i - 1] == _STUDY_KEY and _STAFF.search(masked_left, cl) is None
                  and (_COVERS.match(masked_left, cl) is not None or _people_only(masked_left[cl:], right))):
                # (PEOPLE_AGAIN: the people of a study a later gate may re-key as staff training, 组织干部职工集中学习…
                # 8场，覆盖全员90余人次: they follow it after the gates)
                people_pending[i] = f"{masked_left[cl:].strip()} ⇐ people of the event before"
        if respondent and unit in _CASE_UNITS and role not in _NOT_CURRENT \
                and (key in _ORGAN_CASE_KEYS or key is None) \
                and _ORGAN_ACT_RECON.search(_mask_titles(left[ucl:])) is not None:
            # LABELING 47: 办理/受理/新增 行政复议 N件 in the report of an organ that is no reconsideration body says
            # neither that it decided them nor that it was the respondent: no key
            key = kb = None
        elif respondent and unit in _CASE_UNITS and role not in _NOT_CURRENT:
            if key in _ORGAN_CASE_KEYS:
                key, kb = _RESPONDENT, f"{kb}; the reporting organ handles no reconsideration"
            elif key in _ORGAN_SUIT_KEYS:  # 行政诉讼案件3件 in a bureau's report: suits against the bureau
                key, kb = _DEFENDANT, f"{kb}; the reporting organ is the defendant"
            elif key is None and honour is None and _BARE_RECON.search(_mask_titles(left[ucl:])) is not None:
                key, kb = _RESPONDENT, "行政复议# ⇐ a count of reconsideration cases; the reporting organ handles none"
        keys[i], basis[i] = key, kb
        fam = key.split(".")[0] if key else None
        # the family a following table row continues: the last topic named, else this key's family
        sent_topics = _topics(c, masked_full[sent_of[i]] if sent_of[i] in masked_full else
                              masked_full.setdefault(sent_of[i], _mask_titles(full)))
        if sent_topics:
            run_family = sent_topics[-1][2]
        elif fam is not None and c.topics is not None and fam in c.topic_family.values():
            run_family = fam
        prev_sid, prev_family = sid, fam

    # 3b. 对12个市县、35个单位进行考核: an item of a 、 list shares the verb after the list, and its key
    for i in range(n - 2, -1, -1):
        j = i + 1
        if (keys[i] is not None or keys[j] is None or sent_of[i] != sent_of[j] or pos[i] is None
                or pos[j] is None or rows[i][1] != rows[j][1] or rows[i][2] != rows[j][2]
                or roles[i] != "level" or roles[j] != "level"):
            continue
        full = sent_text[sent_of[i]]
        gap, rest = full[pos[i][1]:pos[j][0]], full[pos[j][1]:]
        words = _basis_words(basis[j])
        at = rest.find(words) if words and "#" not in words else -1
        lv = _LIGHT_VERB.match(rest)
        if _BARE_ITEM.fullmatch(gap) is not None and lv is not None and at >= lv.end() - 2:
            # the key comes from the shared verb phrase, not from the next item's own noun (对40份重要文件、
            # 12份重要合同进行了合法性审查: 合同 is the second item's, so the first does not share it)
            keys[i], basis[i] = keys[j], f"{basis[j]}; shared with the next 、 item"
        elif _BARE_ITEM.fullmatch(gap) is not None and lv is not None:
            # the verb after the list, read with this item's own noun: 53份重要文件、15份重要合同进行了合法性
            # 审查 reviews documents (legality_reviews) and contracts (contracts_reviewed)
            verb = rest[lv.end() - 2:]
            mk = _CLAUSE_MARK.search(verb)
            after_i = gap[:-1] + (verb[:mk.start()] if mk else verb)
            got = _match_key(c, unit_of[i], _s(rows[i][1]), "", after_i, _s(rows[i][3]), _s(rows[i][7]),
                             _mask_titles(full), chain_text.get(rows[i][0], ""), None, None, len(after_i))
            if got is not None:
                keys[i], basis[i] = got[0], f"{got[1]}; the verb after the next 、 item"
        elif _LEVEL_ITEM.fullmatch(gap) is not None and 0 <= at and _LEVEL_CHAIN.fullmatch(rest[:at]) is not None:
            # 建成2个省级、4个县级普法基地: items that are only levels share the head noun after the last one
            keys[i], basis[i] = keys[j], basis[j] if basis[j].endswith("、 item") else f"{basis[j]}; shared with the next 、 item"
        elif _shares_act_after(gap, rest, names[j], words, pos, j, sent_of):
            # 8个镇(街道)、43个部门述法全覆盖; 组织21名县管干部以及96名科级干部参加…考试: the next item's key was
            # read from the act after its noun (not from the noun itself), and every item of the list does that act
            keys[i], basis[i] = keys[j], f"{basis[j]}; the act after the list, shared with the next item"

    # 3b''. 对96件会议议题、拟签订的23份框架协议进行了合法性审查: an item of a 、 list in another unit, the next item
    # opening with its modifier (拟签订的), does the verb after the list to its own noun
    for i in range(n - 1):
        j = i + 1
        if (keys[i] is not None or keys[j] is None or sent_of[i] != sent_of[j] or pos[i] is None
                or pos[j] is None or rows[i][1] != "level" or rows[j][1] != "level" or roles[i] != "level"):
            continue
        full = sent_text[sent_of[i]]
        gap = _MODIFIED_ITEM.fullmatch(full, pos[i][1], pos[j][0])
        lv = _LIGHT_VERB.match(full, pos[j][1]) if gap is not None else None
        if lv is None:
            continue
        verb = full[lv.end() - 2:]
        mk = _CLAUSE_MARK.search(verb)
        after_i = gap.group(1) + (verb[:mk.start()] if mk else verb)
        got = _match_key(c, unit_of[i], "level", "", after_i, _s(rows[i][3]), _s(rows[i][7]), _mask_titles(full),
                         chain_text.get(rows[i][0], ""), None, None, len(after_i))
        if got is not None:
            keys[i], basis[i] = got[0], f"{got[1]}; the verb after the next 、 item"

    # 3b'. 完成对19个市县政府和34个省政府工作部门的考核: the counts of bodies before the last one listed after 对
    _share_object_list(keys, basis, rows, roles, sent_of, pos, sent_text, object_listed)

    # 3c. 位列全省第二、全国第五: a place right after a keyed place, in another area, is a place in the same ranking
    for i in range(1, n):
        if (keys[i] is None and keys[i - 1] is not None and rows[i][1] == "rank" and rows[i - 1][1] == "rank"
                and sent_of[i] == sent_of[i - 1] and pos[i] is not None and pos[i - 1] is not None
                and _NEXT_PLACE.fullmatch(sent_text[sent_of[i]][pos[i - 1][1]:pos[i][0]]) is not None):
            keys[i], basis[i] = keys[i - 1], f"{basis[i - 1]}; the same ranking as the place before"

    # 3d. 接待来访群众86批326人次: a figure right after a keyed one, with nothing in between, counts the same thing in
    # another unit; it shares the key when the key admits that unit
    units_of = _key_units()
    for i in range(1, n):
        if (keys[i] is None and keys[i - 1] is not None and sent_of[i] == sent_of[i - 1] and pos[i] is not None
                and pos[i - 1] is not None and pos[i][0] == pos[i - 1][1] and rows[i][1] == rows[i - 1][1] == "level"
                and unit_of[i] in units_of.get(keys[i - 1], ()) and unit_of[i] != unit_of[i - 1]
                and roles[i] == roles[i - 1]):
            keys[i], basis[i] = keys[i - 1], f"{basis[i - 1]}; the same count in another unit, right after it"

    # 3e. precision gates (issue 9): an event key needs law in the figure's own words; a sub-type never takes
    # the key its sibling lacks; people follow their event (again, after the sub-types lost theirs)
    heads_of = {sid: _SEP.join(hs[:-1]) for sid, hs in chains.items()}
    keyed_before = [k is not None for k in keys]
    read_before = list(keys)
    people_withheld: dict[int, tuple] = {}  # people counts withheld for their event's other key (PEOPLE_AGAIN)
    _training_noun_after_key(keys, basis, names, sent_of, pos, sent_text)
    _law_event_gate(rows, keys, basis, names, sent_of, pos, sent_text, keyed_before, people_withheld,
                    text if spans is not None else None)
    _sibling_subtype_gate(rows, keys, basis, names, sent_of, roles)
    _audience_gate(keys, basis, names, sent_of, pos, sent_text)
    _attended_event_gate(keys, basis, sent_of, pos, sent_text)
    _law_event_gate(rows, keys, basis, names, sent_of, pos, sent_text, keyed_before, people_withheld,
                    text if spans is not None else None)
    _leadership_lecture_gate(keys, basis, names, sent_of, sent_text, pos,
                             level if level is not None else _voice_level(text if spans is not None else None))
    _head_noun_gate(keys, basis, names, sent_of, pos, sent_text, [r[2] for r in rows])
    _level_part_gate(keys, basis, names, roles, part_total)
    _meeting_list_key(rows, keys, basis, names, roles, sent_of, pos, sent_text, keyed_before,
                      text if spans is not None else None)
    _deliberation_key(rows, keys, basis, roles, sent_of, pos, sent_text, keyed_before)
    _publicity_list_key(rows, keys, basis, names, roles, keyed_before, sent_of, pos, sent_text)
    _rank_topic_gate(rows, keys, basis, names, sent_of, pos, sent_text, year)
    _prior_law_report_gate(keys, basis, names, sent_of, pos, sent_text, year)
    _units_study_gate(keys, basis, sent_of, pos, sent_text)
    _staff_study_gate(keys, basis, names, sent_of, pos, sent_text)
    _nobody_study_gate(keys, basis, names, sent_of, pos, sent_text)
    _each_gate(keys, basis, sent_of, pos, sent_text)
    _several_kinds_review_key(rows, keys, basis, roles, sent_of, pos, sent_text)
    _two_acts_gate(keys, basis, names, sent_of, pos, sent_text)
    _mixed_training_gate(keys, basis, names, sent_of, pos, sent_text)
    _etc_head_gate(keys, basis, names)
    _counted_act_gate(keys, basis, names, sent_of, pos, sent_text, [r[2] for r in rows],
                      text if spans is not None else None)
    _moved_items_key(keys, basis, roles, sent_of, pos, sent_text, [r[2] for r in rows], level)
    _received_items_gate(keys, basis, names, sent_of, pos, sent_text, level)
    _meeting_sibling_key(rows, keys, basis, sent_of, pos, sent_text, keyed_before)
    _study_purpose_key(rows, keys, basis, names, roles, sent_of, pos, sent_text)
    _list_sibling_key(rows, keys, basis, names, roles, sent_of, pos, sent_text, read_before)
    _topic_scope_keys(rows, keys, basis, names, roles, sent_of, pos, sent_text)
    _attended_event_gate(keys, basis, sent_of, pos, sent_text)  # again: the keys the list steps above gave
    _previous_item_gate(keys, basis, names, sent_of, pos, sent_text)
    _topic_after_dui_gate(keys, basis, sent_of, pos, sent_text)
    _decision_object_gate(keys, basis, sent_of, pos, sent_text)
    _rate_subject_gate(rows, keys, basis, sent_of, pos, sent_text)
    _law_topic_gate(rows, keys, basis, names, sent_of, sent_text, heads_of, text if spans is not None else None)
    _discussion_key(rows, keys, basis, names, roles, sent_of, pos, sent_text)
    for i, kb in people_pending.items():
        if keys[i] is None and keys[i - 1] in _AUDIENCE_OF:
            keys[i], basis[i] = _AUDIENCE_OF[keys[i - 1]], f"{kb}, re-keyed {keys[i - 1]}"
    for i, (k, kb, ev) in people_withheld.items():
        # PEOPLE_AGAIN: the people of an event that a later step re-keyed (机关干部专题学习…22场次 read as collective
        # study, then as staff training) follow it to the end: its trainees are trainees again
        if keys[i] is None and keys[ev] == _PEOPLE_KEYS[k]:
            keys[i], basis[i] = k, f"{kb}; the people of the event before, re-keyed"
    # (LABELING 66-73: before the whose-count and period gates, which then apply to the keys given here too)
    _rules_66_73_gates(rows, keys, basis, names, roles, sent_of, pos, sent_text, read_before, heads_of,
                       text if spans is not None else None)
    _whose_count_gate(keys, basis, sent_of, pos, sent_text)
    if not department:
        _field_part_gate(keys, basis, sent_of, pos, sent_text, level)
    _once_per_sentence_gate(rows, keys, basis, roles, sent_of)
    _from_to_gate(keys, basis, sent_of, pos, sent_text, unit_of)
    _random_check_gate(keys, basis, sent_of, pos, sent_text)
    _counsel_work_gate(keys, basis, sent_of, pos, sent_text)
    _startup_time_key(keys, basis, roles, sent_of, pos, sent_text, unit_of)
    _cumulative_stock_gate(keys, basis, sent_of, pos, sent_text)
    _earlier_period_gate(keys, basis, sent_of, pos, sent_text, year)

    # 4. a part never takes its total's key; but a total with a part of that key and a part of no key that
    # is another kind of the total's matched noun (诉讼案件72起，其中民事诉讼50起，行政诉讼22起) counts more
    # than the key: the keyed part keeps it
    part_of: list[int | None] = [None] * n
    part_keys: dict[int, set[str]] = {}
    for i, t in part_total.items():
        if keys[i] is not None:
            part_keys.setdefault(t, set()).add(keys[i])
    for t, ks in part_keys.items():
        if keys[t] in ks and len({k.split(".")[0] for k in ks}) > 1:
            # 法制审核260宗，其中合法性审查4宗、重大执法决定审核150宗: parts of two families make the total a
            # mixed count, so it is neither; each part keeps its own key (within one family the catalog may nest
            # keys: 不受理15宗 is reconsideration.rejected, its part 不予受理3宗 too)
            keys[t] = basis[t] = None
    parts_of: dict[int, list[int]] = {}
    for i, t in part_total.items():
        parts_of.setdefault(t, []).append(i)

    def other_kind(t: int, i: int) -> bool:
        matched = _basis_words(basis[t])
        return keys[i] is None and i not in rest_parts and bool(names[i]) and bool(
            _bigrams([matched.replace("#", "")]) & _bigrams([names[i]]))

    entry_of = _entry_of(c)

    def more_specific(t: int, i: int) -> bool:
        # 中心组学习12次，其中法治专题学习3次: the part's own clause holds the key's context word, the
        # total's does not: the total counts more than the key
        ctx = entry_of[keys[t]].context if keys[t] in entry_of else None
        return (keys[i] == keys[t] and ctx is not None and ctx.search(_s(rows[i][7])) is not None
                and ctx.search(_s(rows[t][7])) is None and _s(rows[i][7]) != _s(rows[t][7]))

    broader = {t for t, ps in parts_of.items() if keys[t] is not None and (
        (len(ps) >= 2 and any(keys[i] == keys[t] for i in ps) and any(other_kind(t, i) for i in ps))
        or any(more_specific(t, i) for i in ps))}
    for i, t in part_total.items():
        part_of[i] = _int(ids[t])
        if keys[i] is not None and keys[i] == keys[t] and t not in broader:
            keys[i] = basis[i] = None
        elif keys[i] is not None and t not in broader and pos[i] is not None and any(
                keys[j] == keys[i] and j < i and sent_of[j] == sent_of[i] and rows[j][1] == "level"
                and part_total.get(j) != t
                and _unit_class(unit_of[j]) == _unit_class(unit_of[i]) for j in groups[sent_of[i]]):
            # 受理信访事项150件，办结145件，…其中网上信访80件: a part never takes the key of a figure before
            # it in its sentence that it may be a part of, whichever the breakdown took as its total; a
            # sibling part of the same total is no total of it (其中废止21件、宣布失效37件: one key, two acts)
            keys[i] = basis[i] = None
    for t in broader:
        keys[t] = basis[t] = None
    # 4a'. a sentence that opens with 其中 breaks down the sentence right before it: its figures are parts, and a part
    # never takes the key a figure of that sentence has (办结执法案件886件，罚款144万元。其中，简易程序案件528件，罚款
    # 4.6万元: the fines of one procedure, LABELING 13)
    for i in range(n):
        if keys[i] is None or pos[i] is None or not sent_text[sent_of[i]].lstrip().startswith("其中"):
            continue
        f = i
        while f > 0 and sent_of[f - 1] == sent_of[i]:
            f -= 1  # the sentence's first figure; the one before it ends the sentence right before
        if not _next_sentence(text, spans, f, sent_of):
            continue
        prev = sent_of[f - 1]
        if any(keys[j] == keys[i] and sent_of[j] == prev and rows[j][1] == "level" and part_total.get(j) is None
               and _unit_class(unit_of[j]) == _unit_class(unit_of[i]) for j in range(f - 1, -1, -1)
               if sent_of[j] == prev):
            keys[i] = basis[i] = None

    # 4b. a change is not the indicator (LABELING rule 1): the key read for a change statement (办件量同比增长18.5%)
    # is its base_key, unless the catalog counts that key as a change (审批时限压缩60%)
    base: list[str | None] = [None] * n
    own_change = _change_keys()
    for i in range(n):
        if keys[i] is not None and (rows[i][1] == "change" or roles[i] == "change") and keys[i] not in own_change:
            base[i], keys[i] = keys[i], None

    # 5. categories (a change statement's from its base key)
    for i, (sid, _m, _u, _r, sentence, before, after, clause) in enumerate(rows):
        sid = sid if sid.__class__ is int else _int(sid)
        if keys[i] is not None or base[i] is not None:
            cats[i] = c.category_of_key[keys[i] or base[i]]
        else:
            _m, _u, _r, sentence, before, after, clause = srows[i]
            cats[i] = _pick((before + _SEP + after, clause, *chains.get(sid, ()), sentence), score)
    # a name never opens with 的: a cut inside a relative clause (评查中发现的不合格案卷占比 read from 的) leaves the head
    names = [n[1:] if n is not None and n[:1] == "的" and len(n) > 2 else n for n in names]
    return {"category": cats, "key": keys, "name": names, "role": roles, "part_of": part_of, "key_basis": basis,
            "base_key": base}


# ---------------------------------------------------------------------------------------------- precision gates
# event keys that count law study, law training or law publicity: the law must be named in the figure's own
# clause or name (业务培训19次, 中心组学习17期, 面对面宣讲9.5万场 are not law events even when another clause of
# the sentence names law), or, for training and collective study, in an earlier clause of its sentence that names a
# study of law (LABELING 29); never only in a section heading
_LAW_EVENT_KEYS = frozenset({"capacity.training_sessions", "capacity.law_publicity_events",
                             "leadership.study_sessions", "capacity.trainees", "capacity.publicity_audience"})
_LAW_EVENT_WORD = re.compile(r"培训|宣传|宣讲|讲座|学习|学法|普法|教育|讲堂|活动")
# (VIA_STUDY) a law named as what is studied (not 依法 or 法治 as a manner: 坚持依法行政，通过开展党史学习…)
_LAW_TOPIC_NOUN = re.compile(r"法治思想|宪法|民法典|法律|法规|条例|法治理论")
# (VIA_STUDY) learners who are no leadership body: a party branch or the members (LABELING 9)
_RANK_AND_FILE = re.compile(r"支部|党员(?!领导)|基层党组织")  # (党员领导干部 are leaders)
# law topic from an earlier clause (LABELING 29; collective study too, now that no heading lends it law)
_SENTENCE_LAW_KEYS = frozenset({"capacity.training_sessions", "leadership.study_sessions"})
# KEY_EVIDENCE (issue 9): the clause before lends law to a publicity count only when it names a publicity act; a lead-in
# naming study (深入学习贯彻习近平法治思想，常态化开展宣传教育30余次) says what the organ studied, not what it publicised
_PUBLICITY_EVENT_KEYS = frozenset({"capacity.law_publicity_events", "capacity.publicity_audience"})
_PUBLICITY_EVENT_WORD = re.compile(r"宣传|宣讲|普法|讲座|讲堂|活动")
# (手法 is a technique, but 一把手法治讲座 is the heads' law lecture: 手 before 法治/法律 is no 手法)
_LAW_WORD_ANY = re.compile(r"(?<![方做想看说手设无办])法(?!人(?!员))|(?<=手)法(?=治|律)|宪|条例|规章")
# people counts: counted in people; they are the people of the nearest event figure before them in the sentence
_PEOPLE_KEYS = {"capacity.trainees": "capacity.training_sessions",
                "capacity.publicity_audience": "capacity.law_publicity_events"}
_PEOPLE_UNITS = frozenset({"人", "人次", "名"})


KEY_HEAD_COLUMNS = ("key", "heads", "example")
# a name that is only the act (废止, 宣布失效) or a bare generic noun (文件, 事项): the counted noun is named before
# (拟废止, 决定修改: a clean-up's proposed or decided result is still a bare act;
# 经评估宣布失效, 经清理废止, 经审查确认继续执行: the review that led to the act is how it was done, not the counted noun;
# REVIEWED_ACT)
_BARE_ACT = re.compile(r"(?:其中|第[一二三四五六七八九十0-9]+批|分批|宣布|予以|依法|已|拟|决定|共|累计|同时|"
                       r"经(?:评估|清理|审查|审核|梳理|研究)(?:后)?(?:确认)?)*(?:废止|失效|修改|修订|废改|取消|调整|下放|清理|审查|审核|备案|报备|"
                       r"保留|继续有效|继续执行|制定|出台|印发|制发|发布|精简|削减|撤销|[和、及与])*(?:的)?(?:文件|事项)?")


@lru_cache(maxsize=1)
def _key_heads() -> dict[str, tuple[str, ...]]:
    """key -> the head nouns a figure with that key may count (``data/key_heads.csv``); validated."""
    rows = _rows("key_heads.csv", KEY_HEAD_COLUMNS)
    known = {r["key"] for r in _catalog_rows()}
    problems = [f"key_heads.csv: {r['key']!r} is not a catalog key" for r in rows if r["key"] not in known]
    problems += [f"key_heads.csv: {r['key']!r} has no heads or no example" for r in rows
                 if not _split(r["heads"]) or not r["example"]]
    seen: set[str] = set()
    for r in rows:
        if r["key"] in seen:
            problems.append(f"key_heads.csv: {r['key']!r} is listed twice")
        seen.add(r["key"])
    if problems:
        raise ValueError("invalid indicator data:\n" + "\n".join(problems))
    return {r["key"]: _split(r["heads"]) for r in rows}


# bodies a count in 个/家 may count right after the number (对县政府8个部门权责清单进行了调整: departments, not items)
_BODY_AFTER = re.compile(r"(?:县直|市直|区直|州直|省直|[县市区州省乡镇]级|政府)?(?:部门单位|部门|单位|乡镇|街道|镇街|机构|机关|市县|县区|县（市、区）|"
                         r"县\(市、区\)|地区|园区|开发区)(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?")
_BODY_UNITS = frozenset({"个", "家"})
# the means of an act before it in a name: 通过…系统, 使用…平台, 依托…网站 + the act (公开, 发布, 出具 …)
_MEANS = re.compile(r"^[^，、]{0,10}?(?:通过|使用|依托|利用|借助)[^，、“”]{0,4}(?:“[^“”]{1,12}”)?[^，、“”]{0,16}(?<!主)(?<!主动)"
                    r"(?=(?:主动)?(?:公开|发布|出具|录入|推送|上传|归集|办理|受理|调用|调取))")
# a means named by its quotation (依托“某某+监管”系统, 运用“某某通办”平台, 通过“某某办”): whatever act follows it
_MEANS_NAMED = re.compile(r"^[^，。；]{0,16}?(?:通过|使用|依托|利用|借助|运用)“[^“”]{1,12}”(?:系统|平台|小程序|APP|App|app)?"
                          r"(?=[\u4e00-\u9fff]{3})")
# after the body: its leaders or staff (4家单位主要负责人), or the body's own name going on (20个乡镇政府, 街道办事处)
_PEOPLE_OF_BODY = re.compile(r"(?:主要)?负责|党政|领导|书记|干部|人员|职工|工作人员|(?:人民)?政府|办事处|党委|党组|党工委")


# a noun phrase after a number with a quoted word inside (政务服务“证照分离”事项, 高频“一件事”事项): its lead words
# (the name a reader cut at the quote), the quoted word and the head noun after it, which must be one of the key's
# heads (12个“一件事”专窗: windows) (QUOTED_HEAD, issue 9)
_QUOTED_HEAD = re.compile(r"\s*(?P<lead>[\u4e00-\u9fff]{0,8})“(?P<quoted>[^“”，。；]{1,10})”(?P<head>[\u4e00-\u9fff]{1,4})")
_QUOTE_PREDICATE = re.compile(r"落地|落实|实施|上线|运行|实现|推行|试行")


def _bare_acts(nm: str) -> bool:
    """Whether a name is only an act or acts joined by 或 (予以废止或宣布失效), read in simplified script."""
    return all(_BARE_ACT.fullmatch(part) is not None for part in to_simplified(nm).split("或"))


_FIRM_UNITS = frozenset({"家", "户", "家次", "户次"})


def _head_noun_gate(keys: list, basis: list, names: list, sent_of: list, pos: list, sent_text: dict,
                    units: list | None = None) -> None:
    """Withhold (in place) a key whose counted noun is not admissible for it (``data/key_heads.csv``).

    The counted noun is the figure's name. A name holding one of the key's heads keeps the key; a name that is
    only the act or a bare generic noun (废止, 宣布失效, 文件) takes its noun from the sentence before the
    figure (清理规范性文件120件，其中废止15件) or from the object the key basis names; any other name (乡镇, 政务服务事项, 违背公平竞争原则的文件) counts
    another thing: no key. A count in 个/家 right before a body (8个部门权责清单, 12个乡镇的权力事项) counts the
    bodies, whatever words follow them, unless the body is itself one of the key's heads or the key counts
    bodies (its units include 家: 抽查55家单位)."""
    heads = _key_heads()
    for i, k in enumerate(keys):
        hs = heads.get(k)
        if not hs:
            continue
        nm = (names[i] or "").strip()
        if units is not None and pos[i] is not None and _s(units[i]) in _BODY_UNITS \
                and "家" not in _key_units().get(k, ()):  # a key counted in 家 counts bodies (检查企业55家)
            body = _BODY_AFTER.match(sent_text[sent_of[i]], pos[i][1])
            if body is not None and not any(h in body.group() for h in hs):
                keys[i] = basis[i] = None
                continue
        if any(h in nm for h in hs):
            continue
        if units is not None and pos[i] is not None and _s(units[i]) in _FIRM_UNITS:
            # 对全区9家集中式供水单位进行检查, 抽查46家超市、网店等经营单位: a count of bodies in 家/户 whose
            # clause, after the number, names a head the key counts (a name cut short does not lose it)
            full = sent_text[sent_of[i]]
            m = _CLAUSE_MARK.search(full, pos[i][1])
            if any(h in full[pos[i][1]:m.start() if m else len(full)] for h in hs):
                continue
        if nm and pos[i] is not None:
            # 302个政务服务“证照分离”事项, 61个高频“一件事”事项: a name that stops at an opening quote right after the
            # number is cut there; the counted noun reads on through the quoted word to the head after it
            q = _QUOTED_HEAD.match(sent_text[sent_of[i]], pos[i][1])
            if q is not None and q.group("lead") in (nm, "") and any(
                    h in (q.group("quoted") if _QUOTE_PREDICATE.match(q.group("head")) else q.group("head"))
                    for h in hs):
                # (推动13件国办“一件事”落地实施: with a predicate after the quote, the quoted word is the noun)
                continue
        _, found, obj = (basis[i] or "").rpartition(_DELEGATED_OBJECT)
        if found and any(h in obj for h in hs):  # the object a delegation verb was read with (_delegation_key)
            continue
        if (not nm or _bare_acts(nm) or nm.endswith(("对", "對"))) and pos[i] is not None:
            # (a name ending in 对 is cut before the act: 根据评估结果对14件予以废止 fronts the object the sentence
            # named before, OBJECT_FRONTED)
            # the sentence before the figure, or the object the key was read from (第一批取消2项: the 行政许可事项
            # of the sentence before, in the key basis)
            left = _mask_titles(sent_text[sent_of[i]][:pos[i][0]]) + _SEP + (basis[i] or "")
            if any(h in left for h in hs):
                continue
        keys[i] = basis[i] = None


_MEMBERS_SLOT: list = [None, None]  # (sent_of, pos or None, its members), the last built: gates share one build


def _sentence_members(sent_of: list, pos: list | None = None) -> dict:
    """Sentence identity -> the indexes of its figures, in order (only those with a position when ``pos`` is
    given). Built once per ``annotate`` for every gate that reads it (the gates receive the same ``sent_of`` and
    ``pos`` lists, never changed after step 1): the last build is kept for each variant and returned while the lists
    are the same objects. Read only; never change what it returns."""
    k = 0 if pos is None else 1
    slot = _MEMBERS_SLOT[k]  # (one read of a tuple: safe when threads call annotate)
    if slot is not None and slot[0] is sent_of and slot[1] is pos:
        return slot[2]
    out: dict = {}
    for j, ident in enumerate(sent_of):
        if pos is None or pos[j] is not None:
            out.setdefault(ident, []).append(j)
    _MEMBERS_SLOT[k] = (sent_of, pos, out)
    return out


def _sibling_subtype_gate(rows, keys: list, basis: list, names: list, sent_of: list, roles: list) -> None:
    """Withhold (in place) the key of a sub-type: a figure whose key was read only from words it shares with a
    sibling of its sentence (same unit, another name ending in the same words) that lacks that key or has it
    from the same words. The two differ only by a modifier the catalog has no indicator for (自然人服务事项819项，法人服务事项738项;
    面对面宣讲9.5万场…网络宣讲3.9万场): each is a part by sub-type, never the total's key (LABELING rule 3). A
    figure whose name the sibling only extends with a modifier (开通网办事项 / 开通乡镇和街道网办事项) is the general
    count and keeps its key; two siblings that differ only by a level (国家级…示范村 / 市级…示范村) or by a place or
    body (向经济开发区…赋权 / 向乡镇…赋权) are a split with no stated total and keep theirs (LABELING rule 21)."""
    n = len(keys)
    # the matched words of each basis, read once (a withheld figure loses key and basis together, so a stale
    # entry is never compared: it is read only for a sibling that still has the key)
    matched = [_basis_words(b).replace("#", "") for b in basis]
    get_class = _UNIT_CLASS.get  # (_unit_class, inline)
    kind = [(m if m.__class__ is str else "", get_class(u, u) if u.__class__ is str else "")
            for m, u in ((r[1], r[2]) for r in rows)]  # measure and unit class (_s of each), read once per figure
    # the possible siblings of each figure, found once: the figures of its sentence of its kind whose names end in
    # the same two characters (fewer make no common tail of two, cs < 2 below; a name read has three or more)
    siblings: dict = {}
    for j in range(n):
        siblings.setdefault((sent_of[j], kind[j], (names[j] or "")[-2:]), []).append(j)
    for i in range(n):
        k = keys[i]
        nm = names[i] or ""
        words = matched[i]
        if k is None or not words or len(nm) < 3 or roles[i] in _NOT_CURRENT:
            continue
        for j in siblings[(sent_of[i], kind[i], nm[-2:])]:
            if j == i or (keys[j] == k and matched[j] != words):
                continue
            other = names[j] or ""
            cs = 0
            while cs < min(len(nm), len(other)) and nm[-1 - cs] == other[-1 - cs]:
                cs += 1
            if cs >= 2 and cs < len(nm) and cs < len(other) and words in nm[len(nm) - cs:]:
                mod, other_mod = nm[:len(nm) - cs], other[:len(other) - cs]
                if other.startswith(mod):
                    # 开通网办事项955项 … 开通乡镇和街道网办事项641项: the sibling inserts a modifier into this
                    # name; this one has none of its own: it is the general count, the sibling its sub-type
                    continue
                if (_level_at(nm, len(mod)) and _level_at(other, len(other_mod))) or (
                        _PLACE_END.search(mod) is not None and _PLACE_END.search(other_mod) is not None) or (
                        len(mod) >= 2 and len(other_mod) >= 2 and _SHARED_PLACE_CHAR.match(nm, len(mod)) is not None):
                    # 国家级民主法治示范村60个、市级民主法治示范村691个, 向经济开发区精准赋权16项，向乡镇精准赋权94项:
                    # a split by level, or by the place or body, with no stated total (a stated total makes them
                    # parts: the level-part gate) keeps the key (LABELING 21: no total to double-count)
                    continue
                if _MODE_END.search(mod) is not None and _MODE_END.search(other_mod) is not None:
                    # 现场述法50人、书面述法900人: a split by how the act was done, with no stated total, keeps
                    # the key in each part (LABELING 31)
                    continue
                if _LAW_TOPIC_END.search(mod) is not None and _LAW_TOPIC_END.search(other_mod) is not None:
                    # 宪法宣传28场次、民法典宣传35场次: a split by the law each part was about, with no stated
                    # total, is a split of the law act itself (LABELING 31: each part keeps the key)
                    continue
                if _body_before(nm, len(nm) - cs) and _body_before(other, len(other) - cs):
                    # 县委常委会会前学法12次，县政府常务会会前学法19次: the same activity of two leadership
                    # bodies, each a count of the indicator (whose bodies the catalog names), not a sub-type
                    continue
                keys[i] = basis[i] = None
                break


def _body_before(name: str, end: int) -> bool:
    """Whether a leadership body (常委会, 常务会议, 中心组 …) starts in ``name`` before ``end``."""
    return any(m.start() < end for m in _LEADER_BODY.finditer(name))


_LEVEL_WORD = re.compile(r"(?:国家|省|自治区|市|州|盟|县|区|旗|乡|镇|街道|村|部)级")


# a modifier ending in the law the act was about (宪法宣传 / 民法典宣传): a split by law topic (LABELING 31)
_LAW_TOPIC_END = re.compile(r"(?:宪法|民法典|法律法规|法律|法规|条例|法治思想|[^《》]法》)$")


# a modifier ending in the way a report is given (现场述法 / 书面述法): a split by mode (LABELING 31)
_MODE_END = re.compile(r"(?:现场|书面|口头)$")


# a modifier ending in a place or body (向经济开发区, 乡镇): the split is by where, not by kind
_PLACE_END = re.compile(r"(?:部门|单位|乡镇|街道|镇街|机关|政府|市县|县区|园区|开发区|新区|社区|村)$")
# PLACE_SUFFIX_SHARED: the common tail of two sibling names opens with the one-character place suffix both
# modifiers end in (向甲自贸试验区下放…权限 / 向乙新区下放…权限: the tail 区下放… swallows the 区 of each place), so the
# modifiers are two places, not two kinds (a suffix that opens a word, 区域, 县级, 村民, is no place end)
_SHARED_PLACE_CHAR = re.compile(r"[区县镇乡村旗區縣鎮鄉](?![域级划直属委辖民务內内外級屬劃])")


def _level_at(name: str, cut: int) -> bool:
    """Whether a level word of ``name`` ends at ``cut`` or runs across it (国家|级民主法治示范村: the shared 级 of 国家级
    and 市级 falls in the common suffix)."""
    return any(m.start() < cut <= m.end() for m in _LEVEL_WORD.finditer(name, 0, cut + 1))


def _level_part_gate(keys: list, basis: list, names: list, roles: list,
                     part_total: dict[int, int] | None = None) -> None:
    """Withhold (in place) the key of a part by level (制定规范性文件54件，其中市级规范性文件27件): a part by
    sub-type the catalog has no indicator for, never the total's key (LABELING rule 3). A key whose phrasing names
    the level itself is the catalog's indicator for that part and stays. So does a part that names its own act when
    its total has no key (LABELING 43: 审查和备案规范性文件54件，其中审查市级规范性文件27件 — the total counts two
    acts, rule 7; the part is the organ's count of the one act it names)."""
    for i, k in enumerate(keys):
        m = _LEVEL_WORD.search(names[i] or "") if k is not None and roles[i] == "part" else None
        if m is not None and m.group()[:-1] not in (basis[i] or "").split(" ⇐ ")[0]:
            # (村级审计6个 keeps audit.village: its phrasing 村*审计 names the level, the catalog has that part)
            t = part_total.get(i) if part_total else None
            if t is not None and keys[t] is None and _PART_OWN_ACT.match(names[i] or "") is not None:
                basis[i] = f"{basis[i]}; a part naming its own act, of a total with no key (LABELING 43)"
                continue
            keys[i] = basis[i] = None


# a part's name that starts with its own act (其中审查市级规范性文件): LABELING 43
_PART_OWN_ACT = re.compile(r"(?:其中)?(?:" + _ACT_VERB.pattern[3:-1] + r")")


# the leadership bodies whose law lectures are their collective study (LABELING 49: 常务会议法治专题讲座, 会前学法).
# LECTURE_AUDIENCE: a lecture named only as the government's (县政府法律讲座) names no such body: LABELING 49 is for
# lectures held for a 常务会议 or a 中心组; the government's own law lecture with no audience named is its training
# (LABELING 44)
_LEADER_BODY = re.compile(r"常务会议|常务会|常委会|党组会议|党组会|中心组")
_SUBJECT_REACH = 8  # a body this near the start of the sentence is its subject


_OWN_AUDIENCE = re.compile(r"干部|职工|工作人员|执法人员|公务员|全县|全市|全区|全镇|全乡|全州|全旗|培训班")
# WHOSE_BODY (LABELING 49, 64): the body a lecture is the study of must be the organ's own. A lecture named as the
# lecture of a body with the place word of a level above the organ (市委理论学习中心组法治专题培训 in a county report,
# 省政府常务会议法治讲座 in a city's) is that level's: the organ's people attended it, which is their training (rule 64),
# not the organ's collective study. (A body of another level as the subject of the sentence is left alone.)
_BODY_LEVEL = re.compile(r"(国家|国务院|中央|省|自治区|市|州|盟|县|区|旗)(?:委|人民政府|政府|党组|党委)"
                         r"[\u4e00-\u9fff]{0,6}?(?:常务会议|常务会|常委会|党组会议|党组会|中心组)$")
# (a body inside the object of an act verb of its own clause, 组织开展常务会会前学法5次，法治讲座2次: the body names
# what that earlier count counts, not who the sentence is about)
_AT_MEETING = re.compile(r"\s*(?:会上|会前|会中|其中|期间|并在会上)")  # (召开常务会议5次，会上…开展法治讲座3次: its study)
_BODY_IN_OBJECT = re.compile(r"(?:开展|组织|举办|举行|召开)[^，,；;。：:]{0,6}$")


_VOICE = re.compile(r"([我全])([省市县区镇乡旗州])")
_VOICE_LEVEL = {"省": "province", "市": "city", "州": "city", "县": "county", "旗": "county", "区": "district",
                "镇": "town", "乡": "town"}


def _voice_level(text: str | None) -> str | None:
    """The organ's level as its own voice names its place, when the metadata gives none: 我县/全县 (the organ's
    words for its place; 我 weighs three times 全), the level whose words outweigh every other's; else None."""
    if not text:
        return None
    weight: dict[str, int] = {}
    for m in _VOICE.finditer(text):
        lv = _VOICE_LEVEL[m.group(2)]
        weight[lv] = weight.get(lv, 0) + (3 if m.group(1) == "我" else 1)
    if not weight:
        return None
    best = sorted(weight.values(), reverse=True)
    return max(weight, key=weight.get) if len(best) == 1 or best[0] > 2 * best[1] else None


def _higher_body(words: str, level: str | None) -> bool:
    """Whether the leadership body that ``words`` end with is named by the place word of a level above the organ's
    (WHOSE_BODY); False when the organ's level is unknown."""
    if level not in _ORGAN_RANK or level == "department":
        return False
    m = _BODY_LEVEL.search(words[-16:])
    return m is not None and _LEVEL_WORD_RANK[m.group(1)] < _ORGAN_RANK[level]


def _bodies_own_counts(full: str, lo: int, i: int, sent_of: list, pos: list) -> int:
    """How many clauses of ``full`` from ``lo`` up to figure ``i`` name a leadership body (_LEADER_BODY) followed
    by a count of their own in the same clause (SEVERAL_BODIES)."""
    n = 0
    for mb in _LEADER_BODY.finditer(full, lo, pos[i][0]):
        mk = _CLAUSE_MARK.search(full, mb.end())
        hi = mk.start() if mk else len(full)
        if hi <= pos[i][0] and any(j != i and pos[j] is not None and sent_of[j] == sent_of[i]
                                   and mb.end() <= pos[j][0] < hi for j in range(len(pos))):
            n += 1
    return n


# NOUN_AFTER_EVENT (LABELING 10): a count printed before its noun (开展《甲条例》《乙法》等6期法律知识培训) counts that noun: a
# training noun there, naming no publicity act, makes the count training, whatever publicity word (a 普法讲师团 who
# taught it) stands earlier in the clause
_TRAINING_HEAD = re.compile(r"(?:培训|培训班|培训会)$")
# (and a count keyed collective study from the item before it, 召开15次中心组专题学习大会和7次全体干部培训: the noun after
# the number, not the item before, names what it counts; a leadership body in that noun keeps the study, LABELING 49)
_NOUN_AFTER_FROM = frozenset({"capacity.law_publicity_events", "leadership.study_sessions"})
_PUBLICITY_NAME = re.compile(r"普法|宣传|宣讲|送法|进(?:社区|乡村|农村|企业|校园|机关|村|家庭)|群众|村民|居民|学生|青少年")


def _training_noun_after_key(keys: list, basis: list, names: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Re-key (in place) a count keyed law publicity or collective study (``_NOUN_AFTER_FROM``) as
    capacity.training_sessions when the figure's name stands right after the number (NOUN_AFTER_EVENT), ends in a
    training noun and names no publicity act, public audience or leadership body."""
    for i, k in enumerate(keys):
        if k not in _NOUN_AFTER_FROM or pos[i] is None:
            continue
        nm = names[i] or ""
        if not nm or _TRAINING_HEAD.search(nm) is None or _PUBLICITY_NAME.search(nm) is not None \
                or _LEADER_BODY.search(nm) is not None:
            continue
        if not sent_text[sent_of[i]][pos[i][1]:pos[i][1] + len(nm) + 2].lstrip().startswith(nm):
            continue
        keys[i], basis[i] = "capacity.training_sessions", f"{basis[i]}; the noun counted after the number ({nm})"


def _leadership_lecture_gate(keys: list, basis: list, names: list, sent_of: list, sent_text: dict,
                             pos: list | None = None, level: str | None = None) -> None:
    """A law lecture or training held for a leadership body is its collective law study (in place): a
    capacity.training_sessions figure whose name names the body (开展省政府常务会议法治专题讲座2次), or whose
    sentence has the body as its subject (县政府常务会议先后听取…，邀请专家开展法治专题讲座2次), is
    leadership.study_sessions. A body inside an earlier count's item of the same clause (开展党委中心组学习6次、执法
    队员培训3次) is that item's, not the subject of the sentence (LECTURE_AUDIENCE)."""
    for i, k in enumerate(keys):
        if k != "capacity.training_sessions":
            continue
        m = _LEADER_BODY.search(names[i] or "")
        if m is not None and _higher_body((names[i] or "")[:m.end()], level):
            continue  # (WHOSE_BODY: another level's body; the organ's people attended its lecture)
        if m is None:
            if _OWN_AUDIENCE.search(names[i] or "") is not None:
                # (LECTURE_OWN_AUDIENCE: a lecture or class that names its own audience, 领导干部法治专题讲座, 全县…
                # 业务培训班, is held for them, not for the body the sentence opens with: LABELING 10/44)
                continue
            full = sent_text[sent_of[i]]
            mk = _CLAUSE_MARK.search(full)
            m = _LEADER_BODY.search(full, 0, min(mk.start() if mk else len(full), _SUBJECT_REACH + 5))
            if m is None or m.start() > _SUBJECT_REACH:
                continue
            if pos is not None and pos[i] is not None and _CLAUSE_MARK.search(full, m.end(), pos[i][0]) is None \
                    and any(j != i and pos[j] is not None and sent_of[j] == sent_of[i] and m.end() <= pos[j][0]
                            and pos[j][1] <= pos[i][0] for j in range(len(keys))):
                # another count of the same clause stands between the body and this one (a 、 list: 开展党委中心组
                # 学习7次、执法队员培训3次): the body is that item's; a body opening the sentence before a clause
                # mark (县政府常务会议听取…5次，邀请专家开展法治讲座3次) stays its subject
                continue
            if pos is not None and pos[i] is not None and _BODY_IN_OBJECT.search(full, 0, m.start()) is not None \
                    and _CLAUSE_MARK.search(full, m.end(), pos[i][0]) is not None \
                    and _AT_MEETING.match(full, _clause_start(full, pos[i][0])) is None \
                    and any(j != i and pos[j] is not None and sent_of[j] == sent_of[i] and m.end() <= pos[j][0]
                            and pos[j][1] <= _CLAUSE_MARK.search(full, m.end(), pos[i][0]).start()
                            for j in range(len(keys))):
                # (WHOSE_BODY) the body inside the object of an act verb, with a count of its own in its clause:
                # that count's item (组织开展常务会会前学法5次，法治讲座2次), not the sentence's subject
                continue
            if pos is not None and pos[i] is not None and _bodies_own_counts(full, m.start(), i, sent_of, pos) >= 2:
                # SEVERAL_BODIES (LABELING 44/49): clauses of two bodies, each with a count of its own (区委中心组学法5次，
                # 区政府常务会学法4次，邀请专家举办法治讲座3次), list the organ's study acts side by side; a lecture
                # after them that names no body is none of theirs: the organ's training
                continue
        keys[i], basis[i] = "leadership.study_sessions", f"{basis[i]}; a law lecture of the {m.group()} (its study)"


def _law_event_gate(rows, keys: list, basis: list, names: list, sent_of: list, pos: list,
                    sent_text: dict, keyed_before: list, withheld: dict | None = None,
                    text: str | None = None) -> None:
    """Withhold (in place) event keys without law in the figure's own words, and people counts (受训, 受众)
    whose event has no key of theirs.

    An event's own words are its clause (in a clause listing several counts, only its own item: SIBLING_LAW), its
    name, the clause right before it in its sentence and the clause right after it when that one counts nothing of its
    own and the figure is the last count of its clause (开展集中学习5次，深入学习宪法和民法典) (将习近平法治
    思想纳入宣传内容，开展宣讲6场次). A people count follows the nearest event figure before it in its sentence:
    it keeps its key when that event has the matching key, or never had a key but names law itself (举办习近平
    法治思想专题研讨班11期，871名领导干部参加研讨培训; ``keyed_before``: whether each figure had a key before
    the gates, so the people of an event a gate withheld lose theirs); with no event figure before it, it is tested as an event.
    Training and collective study may take law from an earlier clause of their sentence that names a study of law
    (LABELING 29), never from a section heading; a publicity event first in its sentence, from the paragraph's lead-in
    sentence right before it that names the law publicity campaign (LABELING 26)."""

    def own_words(j: int) -> str:
        # SIBLING_LAW: in a clause listing several counts (局党组中心组学习11次、班子讲党课9次、司法所业务讲堂6期), an
        # item's own words run from the count before it to the 、 before the next count; the law word of a sibling
        # item (司法, 执法人员培训) is that item's topic, not this one's
        if pos[j] is None:
            return _s(rows[j][7])
        full = sent_text[sent_of[j]]
        lo = _clause_start(full, pos[j][0])
        m = _CLAUSE_MARK.search(full, pos[j][1])
        hi = m.start() if m else len(full)
        before = [pos[k][1] for k in by_sentence[sent_of[j]] if pos[k] is not None and lo <= pos[k][1] <= pos[j][0]]
        after = [pos[k][0] for k in by_sentence[sent_of[j]] if pos[k] is not None and pos[j][1] <= pos[k][0] < hi]
        if not before and not after:
            return _s(rows[j][7])
        if after:
            cut = full.find("、", pos[j][1], min(after))
            hi = cut if cut >= 0 else pos[j][1]
        return full[max([lo, *before]):hi]

    def law_near(j: int, prev_clause: bool) -> bool:
        if _LAW_WORD_ANY.search(own_words(j) + _SEP + (names[j] or "")) is not None:
            return True
        return prev_clause and pos[j] is not None and (law_before(j) or law_after(j))

    def law_after(j: int) -> bool:
        # the clause right after, with no count of its own, says what the event was about (县政府党组开展集中学习5次，
        # 深入学习宪法和民法典); a clause counting an event of its own is a sibling item (…，班子成员研讨5场次)
        full = sent_text[sent_of[j]]
        m = _CLAUSE_MARK.search(full, pos[j][1])
        if m is None:
            return False
        if any(pos[k] is not None and pos[j][1] <= pos[k][0] < m.start() for k in by_sentence[sent_of[j]]):
            # SIBLING_LAW: an item before the last of its clause's list (镇党委中心组学习7次、主题党日学习5次、执法
            # 人员培训3次，再学习民法典…): the closing clause is not this item's topic
            return False
        e = _CLAUSE_MARK.search(full, m.end())
        hi = e.start() if e else len(full)
        if any(pos[k] is not None and m.end() <= pos[k][0] < hi for k in by_sentence[sent_of[j]]):
            return False
        nxt = _mask_titles(full[m.end():hi])
        words = _PUBLICITY_EVENT_WORD if keys[j] in _PUBLICITY_EVENT_KEYS else _LAW_EVENT_WORD
        return _LAW_WORD_ANY.search(nxt) is not None and words.search(nxt) is not None

    def law_before(j: int) -> bool:
        full = sent_text[sent_of[j]]
        marks = [m.start() for m in _CLAUSE_MARK.finditer(full, 0, pos[j][0])]
        if not marks:
            return False
        lo = marks[-2] + 1 if len(marks) > 1 else 0
        if any(pos[k] is not None and lo <= pos[k][0] < marks[-1] for k in by_sentence[sent_of[j]]):
            # the clause before counts an event of its own (县委常委会会前学法12次，…中心组专题学习4次;
            # …学习习近平法治思想4次，各部门单位党组集中学习163场次): a sibling item, not a lead-in whose
            # law this event takes
            return False
        prev = full[lo:marks[-1]]
        if prev.count("”") > prev.count("“"):
            # QUOTED_THEME: a comma inside a quoted slogan split the clause before (以“学习甲思想，提升乙能力”为主题，
            # 对…进行培训): the clause runs back to the opening quote's clause
            op = full.rfind("“", 0, lo)
            if op >= 0 and not any(pos[k] is not None and op <= pos[k][0] < lo for k in by_sentence[sent_of[j]]):
                lo = _clause_start(full, op)
                prev = full[lo:marks[-1]]
        prev = _mask_titles(prev)
        # the clause before names a law event (…纳入宣传内容，开展宣讲6场次; 开展习近平法治思想“六进”活动，举办集中宣讲30场),
        # not only law (营造法治化营商环境); or it names the law as the theme of what follows (以…法治思想…为主题)
        words = _PUBLICITY_EVENT_WORD if keys[j] in _PUBLICITY_EVENT_KEYS else _LAW_EVENT_WORD
        return _LAW_WORD_ANY.search(prev) is not None and (
            words.search(prev) is not None or _THEME_FRAME.search(prev) is not None)

    by_sentence = _sentence_members(sent_of)
    for i, k in enumerate(keys):
        if k not in _LAW_EVENT_KEYS:
            continue
        row = rows[i]
        if k in _PEOPLE_KEYS and _s(row[2]) in _PEOPLE_UNITS:
            if k == "capacity.trainees" and pos[i] is not None:
                rw = _mask_titles(_right_words(i, sent_of, pos, sent_text))
                if _TRAINING_ACT.search(rw) is not None and _LAW_WORD_ANY.search(rw) is not None:
                    # OWN_TRAINING: the people's own clause names the law training they took (组织14名领导干部完成
                    # 法治专题培训): they are its trainees, whatever event an earlier clause counted
                    continue
            ev = None
            for j in range(i - 1, -1, -1):
                if sent_of[j] != sent_of[i]:
                    break
                if _s(rows[j][2]) in _EVENT_UNITS and _s(rows[j][1]) == "level":
                    ev = j
                    break
            if ev is not None:
                if not (keys[ev] == _PEOPLE_KEYS[k]
                        or (keys[ev] is None and not keyed_before[ev] and law_near(ev, True))):
                    # 面对面宣讲9.5万场、受众392万人次 with the 宣讲 unkeyed: the audience of an unkeyed event
                    if withheld is not None and keys[ev] is not None:
                        withheld[i] = (k, basis[i], ev)  # (a later step may re-key the event: PEOPLE_AGAIN)
                    keys[i] = basis[i] = None
                continue
            if not law_near(i, True):  # 开展法治培训，覆盖镇村干部180余人: the clause before names the event
                keys[i] = basis[i] = None
            continue
        if law_near(i, True):
            continue
        if k in _SENTENCE_LAW_KEYS and pos[i] is not None:
            full = sent_text[sent_of[i]]
            lo = _mark_before(full, pos[i][0], 0)
            via = full.rfind("通过", lo, pos[i][0])
            if via >= 0 and lo > 0 and _LAW_TOPIC_NOUN.search(_mask_titles(full[:lo])) is not None \
                    and (k != _STUDY_KEY or _RANK_AND_FILE.search(names[i] or "") is None):
                # VIA_STUDY (LABELING 29): the study counted in a 通过… list of means (深学笃用习近平法治思想，通过开展
                # 8次中心组专题学习、…; 坚持将习近平法治思想作为行动指南，通过组织党组学习23次、中心组学习14次等形式)
                # is how the law an earlier clause names was studied: every item of the list takes that law (a
                # party branch's or the members' study, 支部集中学习, is no leadership body's collective study)
                continue
        if k in _SENTENCE_LAW_KEYS and pos[i] is not None:
            # LABELING 29 (SENTENCE_TOPIC): a training or lecture whose law topic an earlier clause of its sentence
            # names as what is studied (将习近平法治思想纳入…学习重要内容，列入…学习计划，全年组织专题讲座2次), when no
            # other count stands before it in the sentence (a list's items each name their own topic)
            full = sent_text[sent_of[i]]
            lo = _mark_before(full, pos[i][0], 0)
            if lo > 0 and not any(j != i and pos[j] is not None and pos[j][0] < pos[i][0]
                                  and (k != "capacity.training_sessions" or keys[j] not in _SENTENCE_LAW_KEYS)
                                  for j in by_sentence[sent_of[i]]):
                if any(_LAW_WORD_ANY.search(cl) is not None and _LAW_EVENT_WORD.search(cl) is not None
                       for cl in _CLAUSE_MARK.split(_mask_titles(full[:lo]))):
                    continue
        if k == "capacity.law_publicity_events" and text is not None and pos[i] is not None and sent_of[i][0] == "t" \
                and not any(j != i and pos[j] is not None and pos[j][0] < pos[i][0] for j in by_sentence[sent_of[i]]) \
                and _NON_LAW_TOPIC.search(_mask_titles(own_words(i)) + _SEP + (names[i] or "")) is None \
                and _publicity_lead_in(text, sent_of[i][1]):
            # LABELING 26 (PUBLICITY_LEAD_IN): the first count of a sentence whose paragraph's sentence right before it,
            # counting nothing, names the law publicity campaign (依托普法志愿者队伍开展法治宣传进村居…。全年
            # 举办主题宣传6场次): the campaign's events, though their own clause omits 法 (study and training
            # keep LABELING 29: law only in an earlier sentence gives no key)
            continue
        # (HEADING_NO_LAW: a section heading never lends law to a study under it, whatever it names: 深入学习贯彻习近平
        # 法治思想 over 中心组学习16次 heads the section, it does not say what that study was about; LABELING 29,
        # law only in an earlier sentence -> no key. On the four tune sets every key resting on a heading was wrong.)
        keys[i] = basis[i] = None


# QUOTED_THEME (LABELING 29): a clause that names the theme of the event after it (以…为主题, 以…为题)
_THEME_FRAME = re.compile(r"^\s*以[\s\S]*为(?:主题|题|主要内容)\s*$")
# LABELING 26: a law publicity act named in a lead-in sentence (法治宣传, 普法, 宪法宣传, 法律宣传): law and a publicity
# word in one clause
_LAW_PUBLICITY_ACT = re.compile(r"法治宣[传傳]|法律宣[传傳]|[宪憲]法宣[传傳]|普法(?![责責]任)|法治文化")
_DIGIT = re.compile(r"[0-9０-９]")
# an event whose own words name another topic than law (理论宣讲, 党史宣传, 政策宣讲): not the law campaign's
_NON_LAW_TOPIC = re.compile(r"理论|党史|党的|新思想|二十大|精神|政策")


def _publicity_lead_in(text: str, ss: int) -> bool:
    """Whether the sentence right before the one starting at ``ss``, in the same paragraph, counts nothing (no
    digit) and names a law publicity act in one of its clauses (PUBLICITY_LEAD_IN, LABELING 26)."""
    lo = max(text.rfind("\n", 0, ss), max(text.rfind(ch, 0, max(ss - 1, 0)) for ch in "。！？!?")) + 1
    prev = text[lo:ss]
    if not prev.strip() or "\n" in prev or _DIGIT.search(prev) is not None:
        return False
    return any(_LAW_PUBLICITY_ACT.search(cl) is not None for cl in _CLAUSE_MARK.split(_mask_titles(prev)))


# BARE_DISCUSSION (LABELING 9/31): a count of discussions named with no topic or body of its own (专题研讨, 学习研讨,
# 集中研讨) right after a count of collective law study in its sentence, with only a clause mark and a bare verb
# between (中心组专题学习习近平法治思想3次，开展专题研讨4次), discusses that study: leadership.study_sessions too
_BARE_DISCUSSION = re.compile(r"(?:专题|集中|交流|学习)*研讨")
_BARE_GAP = re.compile(r"[，,；;、\s]*(?:开展|组织|进行|举行)?")


def _discussion_key(rows, keys: list, basis: list, names: list, roles: list, sent_of: list, pos: list,
                    sent_text: dict) -> None:
    """Key (in place) an unkeyed bare discussion count (BARE_DISCUSSION) as leadership.study_sessions when the
    figure right before it in its sentence is keyed so and only a clause mark and a bare verb stand between."""
    by_sentence = _sentence_members(sent_of)
    for i, k in enumerate(keys):
        if k is not None or pos[i] is None or roles[i] != "level" or _s(rows[i][1]) != "level" \
                or _s(rows[i][2]) not in _EVENT_UNITS or _BARE_DISCUSSION.fullmatch(names[i] or "") is None:
            continue
        prev = [j for j in by_sentence[sent_of[i]] if j < i and pos[j] is not None]
        if not prev or keys[prev[-1]] != _STUDY_KEY:
            continue
        full = sent_text[sent_of[i]]
        nm_at = full.rfind(names[i], pos[prev[-1]][1], pos[i][0])
        if nm_at < 0 or _BARE_GAP.fullmatch(full, pos[prev[-1]][1], nm_at) is None:
            continue
        keys[i], basis[i] = _STUDY_KEY, f"研讨 ⇐ {names[i]}; a discussion of the law study counted before it"


# STUDY_PURPOSE (LABELING 9 and 31): a run of counted sessions and leadership meetings (先后4次组织专题学习，召开9次党组
# 会议、11次常务会议，) followed by a clause with no count of its own that says they studied law (学习贯彻…全面依法治国…)
# are collective law study, each item of the run (no total stated): leadership.study_sessions. A closing clause of
# deciding (研究部署法治工作, 听取…汇报) anywhere after the run makes them meetings and is left to the meeting keys.
_STUDY_PURPOSE = re.compile(r"\s*(?:并|均|都|集中|集体|专题|深入|认真|系统|传达|先后)*学习")
_STUDY_RUN_NAME = re.compile(r"会议|会$|常务会|党组会|中心组|学习|学法")
_STUDY_KEY = "leadership.study_sessions"


def _study_purpose_key(rows, keys: list, basis: list, names: list, roles: list, sent_of: list, pos: list,
                       sent_text: dict) -> None:
    """Key (in place) as leadership.study_sessions the sessions and meetings of a run whose closing clause says they
    studied law (STUDY_PURPOSE); only figures with no key or a meeting key, in event units, each naming a meeting or
    a study."""
    by_sentence = _sentence_members(sent_of, pos)
    for ident, members in by_sentence.items():
        if not any(keys[i] in (None, _MEETING_KEY) and _s(rows[i][2]) in _EVENT_UNITS for i in members):
            continue  # (no figure the closing clause could key: the sentence needs no reading)
        full = sent_text[ident]
        run: list[int] = []
        for k, j in enumerate(members):
            m = _CLAUSE_MARK.search(full, pos[j][1])
            nxt = members[k + 1] if k + 1 < len(members) else None
            run.append(j)
            if m is None or (nxt is not None and pos[nxt][0] < m.start()):
                continue  # the clause goes on to the next figure (、 items)
            e = _CLAUSE_MARK.search(full, m.end())
            hi = e.start() if e else len(full)
            if nxt is not None and pos[nxt][0] < hi:
                continue  # the next clause counts something of its own: the run goes on
            purpose = _mask_titles(full[m.end():hi])
            if (full[m.start()] in "，,；;" and _STUDY_PURPOSE.match(purpose) is not None
                    and _LAW_WORD_ANY.search(purpose) is not None
                    and _DECIDE_VERB.search(_mask_titles(full[m.end():])) is None):
                # (no clause after the run says they heard reports or decided matters: 17次主持召开党组会议、常务会议，
                # 深入学习…法治思想，听取…汇报，研究解决…: meetings of mixed business, LABELING 9)
                for i in run:
                    if (keys[i] in (None, _MEETING_KEY) and roles[i] == "level" and _s(rows[i][1]) == "level"
                            and _s(rows[i][2]) in _EVENT_UNITS and _STUDY_RUN_NAME.search(names[i] or "")):
                        keys[i] = _STUDY_KEY
                        basis[i] = f"{names[i]} ⇐ the closing clause {purpose.strip()[:12]}… says they studied law"
            run = []


# SCOPE_FROM_EARLIER_TOPIC: a reform or review named in an earlier clause of the sentence (加强公平竞争审查，…; 推进“证照
# 分离”改革全覆盖，…) is what a bare count later in it counts (排查政策措施文件68份, 梳理优化审批事项109项); the count's
# name must hold one of the words it counts (``data/topic_scopes.csv``: topic, key, counted, other, example), and its
# own clause none of the words of another indicator (合法性审查, 下放 …)
TOPIC_SCOPE_COLUMNS = ("topic", "key", "counted", "other", "example")


@lru_cache(maxsize=1)
def _topic_scopes() -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]:
    """(topic, key, counted words, other words) of ``data/topic_scopes.csv``; validated."""
    rows = _rows("topic_scopes.csv", TOPIC_SCOPE_COLUMNS)
    known = {r["key"] for r in _catalog_rows()}
    problems = [f"topic_scopes.csv: {r['key']!r} is not a catalog key" for r in rows if r["key"] not in known]
    problems += [f"topic_scopes.csv: {r['topic']!r} needs a topic, counted words and an example" for r in rows
                 if not r["topic"] or not _split(r["counted"]) or not r["example"]]
    if problems:
        raise ValueError("invalid indicator data:\n" + "\n".join(problems))
    return tuple((r["topic"], r["key"], _split(r["counted"]), _split(r["other"])) for r in rows)


def _topic_scope_keys(rows, keys: list, basis: list, names: list, roles: list, sent_of: list, pos: list,
                      sent_text: dict) -> None:
    """Key (in place) an unkeyed current count by the topic of ``data/topic_scopes.csv`` named in an earlier clause
    of its sentence, when its name holds one of the topic's counted words and its own clause (to the figure) none of
    its other words, and the key admits its unit, and no figure of its sentence has the key (最终确认证明事项227项，
    对其中43项开展告知承诺制: the sentence counts the topic itself). A count in 个 of bodies (涉及10个行政单位的44项
    事项) counts no item: the name must hold the counted word. The nearest topic before the figure decides."""
    units = _key_units()
    scopes = _topic_scopes()
    by_sentence = _sentence_members(sent_of)
    for i, k in enumerate(keys):
        if k is not None or pos[i] is None or roles[i] in _NOT_CURRENT or roles[i] == "part" \
                or _s(rows[i][1]) != "level" or not names[i]:
            continue
        full = _mask_titles(sent_text[sent_of[i]])
        left = full[:pos[i][0]]
        marks = [m.end() for m in _CLAUSE_MARK.finditer(left)]
        if not marks:
            continue
        own = left[marks[-1]:]
        end = _CLAUSE_MARK.search(full, pos[i][1])
        hi = end.start() if end is not None else len(full)
        later = [pos[j][1] for j in by_sentence[sent_of[i]]
                 if j != i and pos[j] is not None and pos[i][1] <= pos[j][0] < hi]
        if later and "“" in full[max(later):hi]:
            # 实现96项经营事项、7项证明和40项材料“即时办”: counts of several things listed in one clause share
            # its own quoted predicate; the earlier topic says nothing of them (梳理优化审批事项86项、创新举措3项: no
            # shared predicate, each item its own noun)
            continue
        best = None
        for topic, key, counted, other in scopes:
            at = left.rfind(topic, 0, marks[-1])
            if at < 0 or _s(rows[i][2]) not in units.get(key, ()) or not any(w in names[i] for w in counted) \
                    or any(w in own for w in other) or any(keys[j] == key for j in by_sentence[sent_of[i]]):
                continue  # (a figure of its sentence with the key, 对其中43项开展告知承诺制, is the topic's own count)
            if best is None or at > best[0]:
                best = (at, topic, key)
        if best is not None:
            keys[i], basis[i] = best[2], f"{names[i]} ⇐ {own.strip()}; scope {best[1]} (an earlier clause)"


# WHOSE COUNT (LABELING 32, 45, 63): who did the counted act is read from the grammar of the clause, not from the
# words of one phrase. The subject stands at the start of a clause, after time words (今年以来, 2033年) and an urging
# verb of the organ (推动, 督促, 指导: the organ urges, the bodies act). Many bodies as that subject — every level's
# bodies (各级…), the units of the place (各职能部门, 各镇街, 全区各单位), the whole place or system as the actor of a
# study, training, meeting or publicity act (全区开展, 全系统举办) — make a sum over bodies that each do that act on
# their own: not the reporting organ's count. The same words inside an object (将…纳入全区各级党委…计划, 组织全区干部职工
# 参加…) name no actor. A later clause of the sentence with no subject of its own (开展…, 围绕…开展…, 借助…开展…) keeps
# that subject; one naming a body of its own (_OWN_BODY: 区政府常务会议, 局党组 …) ends it. Indicators that by definition
# span bodies (述法, exams, law inspections, assessments: LABELING 39) are not these acts and are not touched.
_SUBJECT_ACT = r"(?=开展|举办|组织|召开|培训|轮训|学习|学法|宣传|宣讲|普法|举行|参加|参与|集中)"
# many bodies named as such: every level's (各级…), two or three levels' (市县两级, 县乡两级), the units or places of the
# place (各职能部门, 各镇街, 各社区, 各县(市、区), 各镇(街道))
_MANY_BODIES = (r"(?:各级|(?:[省市县区镇乡村]{1,4})?[两三四五]级(?![以的])|各[\u4e00-\u9fff]{0,4}?(?:部门|单位|乡镇|街道|镇街|社区|村居|"
                r"学校|机关)|各[省市县区镇乡村](?![场长级类项种委]))")
_MANY_SUBJECT = re.compile(
    r"\s*(?:\d{4}年度?(?:以来)?|今年以来|今年|全年|年内|同时|此外|另外|[还并又])?\s*"
    r"(?:(?:推动|督促|指导|带动|引导|要求|动员)?(?:全[省市县区州旗盟镇乡](?=各))?" + _MANY_BODIES +
    r"|全(?:[省市县区州旗盟镇乡](?:系统|上下|范围内)?|系统)(?:共计|共|累计|先后)?" + _SUBJECT_ACT + r")")
# the organ urging many bodies anywhere in the clause before the figure (区司法局指导各社区开展…): the bodies act
_URGED_MANY = re.compile(r"(?:推动|督促|指导|带动|引导|要求|动员)(?:全[省市县区州旗盟镇乡](?=各))?" + _MANY_BODIES)
# a clause that opens with a body of the organ's own place (县普法宣讲团开展…, 区法院…) or with a count right after the
# place (全县|100多个党委…: the bodies counted are its subject) names a subject of its own
_PLACE_SUBJECT = re.compile(r"\s*(?:\d{4}年度?(?:以来)?|今年以来|今年|全年|年内|同时|此外|另外|[还并又])?\s*"
                            r"(?:[省市县区州旗盟镇乡](?![级直域内外场])|全[省市县区州旗盟镇乡]\s*$)")
# the acts each body does on its own (and the people they reach), as LABELING 63 lists them
_OWN_ACT_KEYS = frozenset({"leadership.study_sessions", "capacity.training_sessions", "capacity.law_publicity_events",
                           "capacity.publicity_audience", "capacity.trainees", "enforcement.staff_trained",
                           "leadership.meetings"})


def _subject_after(words: str, many: bool) -> bool:
    """Whether the clause (or the stretch after the figure before) ``words`` leaves many bodies as who acts: it names
    them as its subject, or the organ urging them (_URGED_MANY), or takes over ``many`` naming no subject of its own.
    Many bodies right before the figure (县乡两级|340名干部参加…) are what it counts (the people of the levels), not who
    did the act: the figure's own subject, as a count right after the place is (_PLACE_SUBJECT)."""
    m = _MANY_SUBJECT.match(words)
    if m is not None and words[m.end():].strip():
        return True
    if _URGED_MANY.search(words) is not None:
        return True
    if m is not None or _OWN_BODY.search(words) is not None or _PLACE_SUBJECT.match(words) is not None:
        return False
    return many


def _whose_count_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) a key of _OWN_ACT_KEYS whose clause has many bodies as its subject (_MANY_SUBJECT at the
    clause start, or right after the figure before it in the clause), or takes over such a subject from an earlier
    clause of its sentence, with no body of its own (_OWN_BODY) in between (LABELING 32, 45, 63)."""
    by_sentence = _sentence_members(sent_of, pos)
    for sid, members in by_sentence.items():
        if not any(keys[i] in _OWN_ACT_KEYS for i in members):
            continue
        full = sent_text[sid]
        starts = [0] + [m.end() for m in _CLAUSE_MARK.finditer(full)]
        many = False  # whether the clause read last has (or takes over) a many-body subject
        c = 0  # the next clause start to read
        prev_end = 0
        for i in members:
            at = pos[i][0]
            while c < len(starts) and starts[c] <= at:
                # the clauses that start before the figure: each sets, keeps or ends the subject
                lo = starts[c]
                hi = starts[c + 1] - 1 if c + 1 < len(starts) and starts[c + 1] <= at else at
                words = _mask_titles(full[lo:max(lo, hi)])
                many = _subject_after(words, many)
                c += 1
            if c and prev_end > starts[c - 1]:
                # a figure after another in its clause: the words right after that figure may name a subject too
                # (区政府常务会议学法10次、全区各单位学法500余次; 全区各单位学法500余次、区政府常务会议学法10次)
                many = _subject_after(_mask_titles(full[prev_end:at]).lstrip("、，,和及与以"), many)
            prev_end = pos[i][1]
            if many and keys[i] in _OWN_ACT_KEYS:
                keys[i] = basis[i] = None


# DUPLICATE_TOTAL: a stock or total stated once per sentence; a later count of the same key in the sentence (主动公开信息
# 11378条，通过门户网站发布信息15157条; 共发布信息481条，两大领域发布信息423条) is another channel or a part of it;
# so for a list's one-thing services and commitment items (清单204项…，12个部门对160个事项实施告知承诺: a part)
_ONCE_KEYS = frozenset({"disclosure.proactive", "approval.one_thing_items", "approval.commitment_items"})


def _once_per_sentence_gate(rows, keys: list, basis: list, roles: list, sent_of: list) -> None:
    """Withhold (in place) the key of ``_ONCE_KEYS`` from every figure after the first that has it in its sentence."""
    seen: set = set()
    for i, k in enumerate(keys):
        if k not in _ONCE_KEYS:
            continue
        if (sent_of[i], k) in seen:
            keys[i] = basis[i] = None
        else:
            seen.add((sent_of[i], k))


# RANDOM_CHECK: 实施“双随机、一公开”监管，抽查任务17次，抽查市场主体3500户: a 抽查 count in a sentence whose earlier
# words name the 双随机 checks is a count of those checks, not of ordinary inspections (enforcement.random_inspections)
_RANDOM_NAMED = re.compile(r"双随机|随机抽查|随机抽取|一公开")
_OTHER_CHECK = re.compile(r"专项|联合|日常|现场|执法检查|监督检查|重点检查|安全")
_INSPECTIONS, _RANDOM_INSPECTIONS = "enforcement.inspections", "enforcement.random_inspections"


def _random_check_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Give (in place) enforcement.random_inspections to a 抽查 count after words naming the 双随机 checks."""
    for i, k in enumerate(keys):
        if k != _INSPECTIONS or pos[i] is None or "抽查" not in _basis_words(basis[i]):
            continue
        full = sent_text[sent_of[i]]
        cs = _clause_start(full, pos[i][0])
        m = _CLAUSE_MARK.search(full, pos[i][1])
        own = full[cs:m.start() if m else len(full)]
        if _RANDOM_NAMED.search(full, 0, cs) is None or _OTHER_CHECK.search(own) is not None:
            continue
        keys[i], basis[i] = _RANDOM_INSPECTIONS, f"{basis[i]}; the 双随机 checks named before in the sentence"



# COUNSEL_WORK (issue 9): after the legal adviser named as the one who did the work (法律顾问审查合同…, 法律顾问团参与律师…,
# 承办法律顾问事项…其中…), the sentence lists the adviser's services: the documents and contracts reviewed are the
# decision and document families' counts, but an accident report reviewed, a suit the adviser conducted for the organ,
# penalty decisions discussed with the adviser or legal advice the adviser gave are no incident, suit, penalty or
# legal-aid consultation of the organ: no key of those families. The adviser's system or coverage (法律顾问制度,
# 法律顾问覆盖率) names no work done
_COUNSEL_AGENT = re.compile(r"法律顾问(?!制度|工作制度|覆盖|全覆盖|聘任|选聘|作用)")
_COUNSEL_WORK_FAMILIES = frozenset({"decisions", "normative_docs", "rules", "capacity", "leadership"})


def _counsel_work_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) a key of another family from a figure after a legal adviser named as the worker."""
    for i, k in enumerate(keys):
        if k is None or pos[i] is None or k.split(".")[0] in _COUNSEL_WORK_FAMILIES:
            continue
        full = sent_text[sent_of[i]]
        if _COUNSEL_AGENT.search(_mask_titles(full[:pos[i][0]])) is not None:
            keys[i] = basis[i] = None

# CUMULATIVE_STOCK (LABELING 6, 37): a stock of service items counted with 累计 and no year of its own (累计实现88个事项
# “一件事一次办”, 全市累计73个证明事项实行告知承诺制) is summed since the reform began, over years: no key. Counts of acts
# (办件, 学习) are summed within the report year as often as not and are left alone
_CUMULATIVE_STOCK_KEYS = frozenset({"approval.one_thing_items", "approval.commitment_items", "approval.service_items",
                                    "approval.items_online", "approval.items_in_hall", "approval.items_countywide",
                                    "approval.licensing_items", "approval.permit_separation_items",
                                    "digital.mobile_items"})
_YEAR_OWN = re.compile(r"(?:19|20)[0-9]{2}年|今年|全年|本年|年内|当年|年度内")


def _cumulative_stock_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) an item-stock key counted with 累计 in its clause and no year of its own."""
    for i, k in enumerate(keys):
        if k not in _CUMULATIVE_STOCK_KEYS or pos[i] is None:
            continue
        full = sent_text[sent_of[i]]
        cs = _clause_start(full, pos[i][0])
        if full.find("累计", cs, pos[i][0]) >= 0 and _YEAR_OWN.search(full, 0, pos[i][0]) is None:
            keys[i] = basis[i] = None


# EARLIER_PERIOD (LABELING 6, 37, 41): a figure whose sentence puts it in a period starting in an earlier year than the
# report's (2031年以来, 自2031年以来 in a 2034 report, with no 今年/全年 after it) sums several years; one whose own clause
# opens with an earlier year (在2031年已有…的基础上, 2031年底) is that year's figure. Neither is the report year's
# quantity: no key. A year of an assessment or 述法 round (2033年度…述法 in a 2034 report) names what was reviewed, not
# when: left alone, as is a year after 较/比/同比 (a comparison).
_PERIOD_YEAR = re.compile(r"(?<![0-9较比与])((?:19|20)[0-9]{2})年(度)?(以来|起)?")
_OPENS_CLAUSE = re.compile(r"\s*(?:在|于|截至|截止|到)?\s*$")
# (a stock of that year: 2031年底, 2031年末, 2031年已有/已经…; a bare 2031年+act in a 2032 report is left alone, as the
# report's own year may be misread from a title that names the year of publication)
_STOCK_THEN = re.compile(r"(?:[0-9]{1,2}月)?(?:底|末|[^，,；;。：:]{0,4}?已)")


def _earlier_period_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict,
                         year: int | None) -> None:
    """Withhold (in place) the key of a figure put in a period that starts before the report year (EARLIER_PERIOD)."""
    if year is None:
        return
    for i, k in enumerate(keys):
        if k is None or pos[i] is None:
            continue
        full = sent_text[sent_of[i]]
        left = _mask_titles(full[:pos[i][0]])
        if "年" not in left:
            continue
        last = None
        for m in _PERIOD_YEAR.finditer(left):
            last = m
        if last is None or int(last.group(1)) >= year or _THIS_YEAR.search(left, last.end()) is not None:
            continue
        if left[max(0, last.start() - 2):last.start()].endswith(("较", "比", "同比", "与")):
            continue
        if last.group(3) is not None:
            keys[i] = basis[i] = None  # (a period of several years: rule 37)
        elif last.group(2) is None and _OPENS_CLAUSE.fullmatch(left, _clause_start(left, last.start()),
                                                                 last.start()) is not None \
                and _CLAUSE_MARK.search(left, last.end()) is None and _STOCK_THEN.match(left, last.end()) is not None:
            keys[i] = basis[i] = None  # (the earlier year's own stock: rule 6)


# FIELD_PART (LABELING 70, 19): in a place's government report, a count whose clause opens with one field as its
# subject (2032年食品安全领域开展“双随机”抽查30批次) is that field's part of the place's count, named alone: the
# enforcement keys, which count the place's whole, take none; the later clauses of the sentence with no body or field
# of their own (，抽查企业900户次) count in that field too. A department reports for its own field: left alone. Two or more
# clauses of the sentence that each open with a field list the fields side by side: each keeps its key (LABELING 74)
_FIELD_SUBJECT = re.compile(r"^(?:(?:19|20)\d{2}年(?:度)?|全年|今年|年内|同时|此外|另外)?\s*"
                            r"(?![各全多等相重])[\u4e00-\u9fff]{2,8}?领域(?=[\u4e00-\u9fff])(?!内|中|的)")
_FIELD_PART_FAMILY = "enforcement."


def _field_part_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict, level: str | None) -> None:
    """Withhold (in place) an enforcement key of a figure whose own clause opens with one field as its subject, or
    whose sentence had such a clause before and no body or field of its own since (FIELD_PART), in the report of a
    place (a known level; the caller leaves out a department's report)."""
    if level is None or level == "department" or level not in _ORGAN_RANK:
        return
    for ident, members in _sentence_members(sent_of, pos).items():
        if not any(keys[i] is not None and keys[i].startswith(_FIELD_PART_FAMILY) for i in members):
            continue
        full = sent_text[ident]
        opened = {_mark_before(full, pos[i][0], 0) for i in members}
        if sum(_FIELD_SUBJECT.match(_mask_titles(full[lo:])) is not None for lo in opened) >= 2:
            continue  # (several fields side by side, 食品领域…、药品领域…: parts side by side, LABELING 74, 31)
        field = False
        c = 0
        for i in members:
            lo = _mark_before(full, pos[i][0], 0)
            if lo >= c:  # a new clause: does it name a field, or a body of its own?
                own = _mask_titles(full[lo:pos[i][0]])
                if _FIELD_SUBJECT.match(own) is not None:
                    field = True
                elif _OWN_BODY.search(own) is not None or "领域" in own:
                    field = False
                c = pos[i][1]
            if field and keys[i] is not None and keys[i].startswith(_FIELD_PART_FAMILY):
                keys[i] = basis[i] = None


# STARTUP_TIME: 优化企业开办服务，将营业执照、印章和税务等办理时间压缩至2小时内: a time the clause gives for 办理时间 in a
# sentence that names the opening of a business before it is the time to start a business
_STARTUP_NAMED = re.compile(r"企业开办|开办企业")
_OWN_TIME = re.compile(r"(?:办理|办结|办事)?(?:时间|用时|时长)")
_STARTUP = "approval.startup_time"
_BRACKET_GAP = re.compile(r"\s*[（(]\s*(?:即|约|合)?\s*")
_LEVEL_CUT = re.compile(r"\s*(?:各|全|其余|其他|所有)?[\u4e00-\u9fff（()）、]{0,8}?(?:县|区|市|乡镇|乡|镇|街道|本级|级)[）)]?"
                        r"(?:均|也|全部|平均)?(?:压缩|压减|缩短|缩减|减少|降)(?:至|到|为)\s*")


def _startup_time_key(keys: list, basis: list, roles: list, sent_of: list, pos: list, sent_text: dict,
                      unit_of: list) -> None:
    """Give (in place) approval.startup_time to an unkeyed duration whose clause names a time, after words of
    its sentence that name the opening of a business."""
    durations = _duration_units()
    for i, k in enumerate(keys):
        if k is not None or pos[i] is None or unit_of[i] not in durations or roles[i] not in ("level", "total"):
            continue
        full = to_simplified(sent_text[sent_of[i]])
        cs = _clause_start(full, pos[i][0])
        if _STARTUP_NAMED.search(full, 0, pos[i][0]) is None or _OWN_TIME.search(full, cs, pos[i][0]) is None:
            continue
        if any(keys[j] == _STARTUP for j in range(len(keys)) if j != i and sent_of[j] == sent_of[i]):
            continue  # the sentence's own startup time is keyed already: this one is another time
        keys[i], basis[i] = _STARTUP, "办理时间 ⇐ a time after 企业开办 named in the sentence"
    # STARTUP_AGAIN: the same time in another unit in brackets right after the start-up time (压缩至1个工作日（8个工作
    # 小时）), or the time of another level whose clause is only that level and the cut (市本级…压缩至4个工作小时，各县
    # 区压缩至1个工作日), is a start-up time too; a clause naming another registration (执照登记压缩至0.5天) is not
    for i, k in enumerate(keys):
        if k is not None or pos[i] is None or unit_of[i] not in durations or roles[i] not in ("level", "total"):
            continue
        j = i - 1
        if j < 0 or keys[j] != _STARTUP or sent_of[j] != sent_of[i] or pos[j] is None:
            continue
        full = sent_text[sent_of[i]]
        if _BRACKET_GAP.fullmatch(full, pos[j][1], pos[i][0]) is not None:
            keys[i], basis[i] = _STARTUP, f"{basis[j]}; the same time in brackets"
        elif _LEVEL_CUT.fullmatch(full, _clause_start(full, pos[i][0]), pos[i][0]) is not None:
            keys[i], basis[i] = _STARTUP, f"{basis[j]}; the time of another level"


# FROM_TO: 办理时间由5个工作日压缩至1个工作日, 进驻率由76%提升至92%: the figure after 由 is the state before the
# change (a prior state, no key); the figure after 至/为/到 is the report's own, and takes the key the words gave
_FROM_LEFT = re.compile(r"(?:由|从)(?:改革前|原来|原有|原|法定|此前|以前|过去|年初)?的?(?:平均)?\s*$")
_TO_GAP = re.compile(r"\s*的?(?:平均)?(?:进一步)?(?:压缩|压减|减少|缩短|缩减|精简|削减|删减|调整|优化|降低|下降|降|减|提高|提升|增加|增长|"
                     r"上升|扩大)?"
                     r"(?:至|为|到)\s*")


def _from_to_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict, unit_of: list) -> None:
    """Move (in place) the key of the figure after 由/从 to the figure after 至/为/到 in the same unit."""
    for i in range(len(keys) - 1):
        j = i + 1
        if (keys[i] is None or sent_of[i] != sent_of[j] or pos[i] is None or pos[j] is None
                or unit_of[i] != unit_of[j]):
            continue
        full = sent_text[sent_of[i]]
        if _TO_GAP.fullmatch(full, pos[i][1], pos[j][0]) is None \
                or _FROM_LEFT.search(full, max(0, pos[i][0] - 12), pos[i][0]) is None:
            continue
        if keys[j] is None:
            keys[j], basis[j] = keys[i], f"{basis[i]}; the state after the change"
        keys[i] = basis[i] = None


# meetings named as a list after a convening verb (召开党工委会议、法治工作专题会、社区书记例会共12次): the list ends in a
# meeting noun; what they were about is the list itself (依法治区委员会…会议) or the clause right after the figure
_CONVENE_LIST = re.compile(r"(?:主持召开|组织召开|先后召开|相继召开|召开)(?P<list>[^，。；：！？,;:!?\n]{2,60}?"
                           r"(?:会议|例会|专题会|常务会|常委会|推进会|部署会|办公会|委员会))(?:等)?(?:共计|共|累计|合计)?\s*$")
_DEPLOY_VERB = re.compile(r"研究|部署|审议|听取|推进")
# a count inside the list is another figure's (党组会议3次、常务会议…); 四个协调小组 only names the groups
_LIST_COUNT = re.compile(r"[0-9０-９]|[零〇一二两三四五六七八九十百]+[次场]")
_MEETING_UNITS = frozenset({"次", "场"})


def _meeting_list_key(rows, keys: list, basis: list, names: list, roles: list, sent_of: list, pos: list,
                      sent_text: dict, keyed_before: list, text: str | None = None) -> None:
    """Key (in place) a count of meetings named after a convening verb (召开A会议、B专题会、C例会共12次; 先后召开
    常委会、常务会…等会议12次) as leadership.meetings when law work is what they did: a law word in the meeting
    names (依法治区委员会会议), or a law word and a verb of deciding (研究, 部署, 审议 …) in the clause right
    after the figure (，专题研究基层法治建设…); or a list of only a leading body's parts (委员会、办公室及各协调小组会议) in a
    paragraph whose earlier words name a rule-of-law leading body (COMMITTEE_PARTS, LABELING 52: the committee's own
    meetings on its work). Study meetings (学法, 学习) are collective study, not meetings; a figure that any step
    keyed, or that a gate withheld, is left alone (a count the catalog keyed as meetings takes the list's name)."""
    for i, k in enumerate(keys):
        if ((k is not None and k != _MEETING_KEY) or (k is None and keyed_before[i]) or pos[i] is None
                or _s(rows[i][1]) != "level" or _s(rows[i][2]) not in _MEETING_UNITS
                or roles[i] not in ("level", "total")):
            continue
        full = sent_text[sent_of[i]]
        left = _mask_titles(full[:pos[i][0]])
        m = _CLAUSE_TAIL.search(left)
        m = _CONVENE_LIST.search(left, m.start() + 1 if m else 0)
        if m is None or "学" in m.group("list") or _LIST_COUNT.search(m.group("list")) is not None:
            continue
        if k is not None:  # (keyed from the catalog: only the name, below, is the list's)
            nm = names[i] or ""
            if nm and "、" not in nm and m.group("list").endswith(nm) and len(nm) < len(m.group("list")) \
                    and _BODY_MEETING.fullmatch(nm) is not None:
                names[i] = m.group("list")
            continue
        right = _mask_titles(full[pos[i][1]:])
        mk = _CLAUSE_MARK.match(right)
        nxt = ""
        if mk is not None:  # the clause right after the figure says what the meetings did
            end = _CLAUSE_MARK.search(right, 1)
            nxt = right[1:end.start() if end else len(right)]
        if _LAW_WORD.search(m.group("list")) is not None or (
                _LAW_WORD_ANY.search(nxt) is not None and _DEPLOY_VERB.search(nxt) is not None) or (
                text is not None and sent_of[i][0] == "t" and "、" in m.group("list")
                and _BODY_MEETING.fullmatch(m.group("list")) is not None
                and _LAW_BODY.search(_mask_titles(text[max(text.rfind("\n", 0, sent_of[i][1]) + 1,
                                                          sent_of[i][1] - 600):sent_of[i][1]])) is not None):
            keys[i] = _MEETING_KEY
            basis[i] = f"召开*会议 ⇐ {m.group('list')}; meetings named as a list, on law work"
            nm = names[i] or ""
            if nm and m.group("list").endswith(nm) and len(nm) < len(m.group("list")):
                # 委员会办公室及其四个协调小组会议: the name is the whole list, not its last words
                names[i] = m.group("list")


# MEETING_SIBLING (LABELING 31/52): counts of meetings listed side by side, split by the body that met (区委常委会2次、
# 区政府常务会5次研究部署法治政府建设工作), share the rule-of-law key of the keyed count after them, whose act after the
# list is said of every item, when the item names only a body and a generic kind of meeting (no topic of its own: not
# 安全生产会议) and only 、 stands between the two counts' items
_GENERIC_MEETING = re.compile(r"(?:[一-鿿]{0,6}?(?:委|政府|党组|党委|党工委|班子))?(?:全体|专题|工作|扩大)*"
                              r"(?:推进|部署|调度|联席|常务|常委|办公|务虚|专题|工作)?(?:会议|会)")
_MEETING_UNITS_SIBLING = frozenset({"次", "场"})


def _meeting_sibling_key(rows, keys: list, basis: list, sent_of: list, pos: list, sent_text: dict,
                         keyed_before: list) -> None:
    """Key (in place) an unkeyed count of meetings (次, 场) whose item of a 、 list is only a body and a generic kind
    of meeting, when the count right after it in the list is keyed leadership.meetings (MEETING_SIBLING):
    the neighbour's rule-of-law topic is the item's too, so a meeting key the meetings gate withheld for want of a
    law word in the item's own words (``keyed_before``) is given back."""
    n = len(keys)
    for i in range(n):
        if keys[i] is not None or pos[i] is None or _s(rows[i][2]) not in _MEETING_UNITS_SIBLING:
            continue
        full = sent_text[sent_of[i]]
        for j in (i + 1,):  # (the item before a keyed one: the act after the list is said of every item; an item
            # after a keyed one, 法治建设专题部署会3次、工作推进会5次, names no law of its own: tests/test_key_audience_acts)
            if not (0 <= j < n) or keys[j] != _MEETING_KEY or sent_of[j] != sent_of[i] or pos[j] is None \
                    or _s(rows[j][2]) not in _MEETING_UNITS_SIBLING:
                continue
            if j < i:  # the keyed count, then 、 and this item
                item = full[pos[j][1]:pos[i][0]]
                if not item.startswith("、"):
                    continue
                item = item[1:]
            else:  # this item (after the clause mark or 、 before it), then 、 and the keyed item
                lo = max(full.rfind(ch, 0, pos[i][0]) for ch in "，,；;。：:、")
                item = full[lo + 1:pos[i][0]]
                if not full[pos[i][1]:pos[j][0]].startswith("、"):
                    continue
            if _GENERIC_MEETING.fullmatch(item.strip()) is None:
                continue
            keys[i] = _MEETING_KEY
            basis[i] = f"{basis[j]}; a meeting listed with a keyed one"
            break


# leaders or a leadership meeting deliberating law work N times (县委、县政府主要负责同志多次研究立法、执法监督
# 监督等工作11次; 召开省政府常务会议，研究综合行政执法改革等法治政府建设工作30余次): the object of the verb names the law
# work, perhaps by its fields (立法, 执法) or after a long list, beyond the catalog phrasings' reach
_DELIBERATE = re.compile(r"(?:专题研究|研究部署|研究|审议)(?P<obj>[^，。；：！？,;:!?\n]{2,30}?(?:工作|议题|事项))"
                         r"(?:共计|共|累计)?\s*$")
_DELIBERATORS = re.compile(r"主要负责同志|主要负责人|主要领导|常务会议|常务会|常委会|党委|党组")


def _deliberation_key(rows, keys: list, basis: list, roles: list, sent_of: list, pos: list, sent_text: dict,
                      keyed_before: list) -> None:
    """Key (in place) leadership.meetings for a count in 次 whose clause ends in a deliberating verb and its
    object (研究…工作, 审议…议题) when the object names law (立法, 执法, 法治 …) but no study, and the sentence
    before names leaders or a leadership meeting as who deliberated. Only figures no step keyed and no
    gate withheld."""
    for i, k in enumerate(keys):
        if (k is not None or keyed_before[i] or pos[i] is None or _s(rows[i][1]) != "level"
                or _s(rows[i][2]) != "次" or roles[i] not in ("level", "total")):
            continue
        left = _mask_titles(sent_text[sent_of[i]][:pos[i][0]])
        m = _CLAUSE_TAIL.search(left)
        cl = m.start() + 1 if m else 0
        m = _DELIBERATE.search(left, cl)
        if (m is None or "学" in m.group("obj") or _LAW_WORD_ANY.search(m.group("obj")) is None
                or _LIST_COUNT.search(m.group("obj")) is not None
                or _DELIBERATORS.search(left, 0, m.start()) is None):
            continue
        keys[i] = _MEETING_KEY
        basis[i] = f"研究*工作 ⇐ {m.group()}; leaders deliberating law work"


# LIST_SIBLING (issue 9): the second item of a 、 list of counts that differs from the keyed item before it only by a
# level or a generic modifier (国家任务412个、省级任务204个; 示范地区42个、项目15个): the
# verb and the topic words of the first item govern the whole list, so the item counts the same indicator
_SIBLING_ITEM = re.compile(r"、(?P<mod>国家级|国家|省级|省|市级|市本级|州级|县级|区级|乡镇级|乡镇|镇级|村级|本级|工作|专题|各类|其他|其它)?"
                           r"(?P<head>[\u4e00-\u9fff]{2,6})")
_SIBLING_REFUSE = re.compile(r"[不未无非]|其中|同比|上年|去年")


@lru_cache(maxsize=1)
def _phrasing_heads() -> dict[str, frozenset[str]]:
    """key -> the literal words (2 characters or more) of its catalog phrasings: the nouns its phrasings name."""
    out: dict[str, set[str]] = {}
    for r in _catalog_rows():
        for p in _split(r["phrasings"]):
            out.setdefault(r["key"], set()).update(x for x in re.split(r"[*#]", p) if len(x) >= 2)
    return {k: frozenset(v) for k, v in out.items()}


def _list_sibling_key(rows, keys: list, basis: list, names: list, roles: list, sent_of: list, pos: list,
                      sent_text: dict, read_before: list) -> None:
    """Key (in place) a list item that only repeats the keyed item before it at another level or with a generic
    modifier (LIST_SIBLING above): the two figures stand in one sentence, the same unit and role, joined by 、 and
    the item's words only; the item is a level or generic word plus a head that is the keyed item's own head (its
    name ends so) or a noun of the key's phrasings (项目 of 示范*项目, 任务 of 双随机*任务). The item holds no negation,
    act verb, topic word of another family, or exclusion word of the key. Only a figure no step keyed: one a gate
    withheld a key from keeps none (法治建设专题部署会3次、工作推进会5次: the meetings gate wants law in the item's own
    words, tests/test_key_audience_acts.py)."""
    c = _compiled()
    entry = _entry_of(c)
    heads = _phrasing_heads()
    for i in range(1, len(keys)):
        j = i - 1
        k = keys[j]
        if (keys[i] is not None or k is None or read_before[i] is not None or pos[i] is None or pos[j] is None
                or sent_of[i] != sent_of[j] or _s(rows[i][1]) != "level" or _s(rows[j][1]) != "level"
                or _s(rows[i][2]) != _s(rows[j][2]) or roles[i] != roles[j] or roles[i] not in ("level", "total")):
            continue
        between = sent_text[sent_of[i]][pos[j][1]:pos[i][0]]
        m = _SIBLING_ITEM.fullmatch(between)
        if m is None or _SIBLING_REFUSE.search(between) or _ACT_VERB.search(between):
            continue
        head = m.group("head")
        prev = _PAREN.sub("", names[j] or "")
        if not (len(head) >= 2 and prev.endswith(head[-2:]) or any(head.endswith(w) for w in heads.get(k, ()))):
            continue
        e = entry.get(k)
        if e is None or (e.exclude is not None and e.exclude.search(between)):
            continue
        fam = k.split(".")[0]
        if any(f != fam for _, _, f in _topics(c, between)):
            continue
        keys[i] = k
        basis[i] = f"{basis[j]}; the next item of its list ({between[1:]}), at another level or with a generic modifier"


_CAMPAIGN_NAME = re.compile(r"“[^“”]{2,12}”(?:系列)?(?:主题)?活动")
_PUBLICITY_LEAD = re.compile(r"普法|法治宣传|法制宣传|法律宣传|宣传[^，。；]{0,8}(?:法律|法规|宪法|民法典)")
# things handed out or put up for the public: a clause counting them with a law event is a publicity clause
_PUBLICITY_ACT = re.compile(r"横幅|海报|展板|宣传资料|宣传单|宣传册|小册子|折页|宣传品")
_LAW_EVENT_NAME = re.compile(r"(?:法治|法制|普法|法律)(?:讲座|宣讲|宣传)")


def _publicity_list_key(rows, keys: list, basis: list, names: list, roles: list, keyed_before: list,
                        sent_of: list, pos: list, sent_text: dict) -> None:
    """Key (in place) a law event counted in a clause of publicity acts as capacity.law_publicity_events
    (开展法治讲座6次、悬挂横幅20条、张贴海报41张; 开展法治宣讲、摆放展板、发放资料等25余场次): a
    lecture or talk among banners, posters and leaflets is held for the public (LABELING 8). Only a figure no
    step keyed and no gate withheld, counted in events, whose name names a law lecture, talk or publicity.
    A law lecture keyed as training whose sentence goes on with publicity acts (举办各类法治讲座290余场，发放法治
    宣传资料8万余份，悬挂展板540余个) is such an event too, unless its own clause names staff or leaders as
    its audience (组织干部职工参加法治讲座5次)."""
    for i, k in enumerate(keys):
        if (_s(rows[i][1]) != "level" or _s(rows[i][2]) not in _EVENT_UNITS or roles[i] not in ("level", "total")):
            continue
        nm = names[i] or ""
        m = _LAW_EVENT_NAME.search(nm)
        if m is None and k is None and not keyed_before[i] and pos[i] is not None \
                and _CAMPAIGN_NAME.fullmatch(nm) is not None:
            # LABELING 26 (CAMPAIGN_EVENT): a quoted campaign's events (开展“典亮校园”活动5次) in a sentence whose
            # earlier clause names law publicity (开展法制宣传“六进”活动，…) are law-publicity events
            full = sent_text[sent_of[i]]
            lo = _mark_before(full, pos[i][0], 0)
            if lo > 0 and _PUBLICITY_LEAD.search(_mask_titles(full[:lo])) is not None:
                keys[i] = "capacity.law_publicity_events"
                basis[i] = f"活动 ⇐ {nm}; a campaign's events in a sentence of law publicity (LABELING 26)"
            continue
        if m is None:
            continue
        if k is None and not keyed_before[i] and _PUBLICITY_ACT.search(_mask_titles(_s(rows[i][7]))) is not None:
            keys[i] = "capacity.law_publicity_events"
            basis[i] = f"{m.group()} ⇐ {nm}; a law event among publicity acts in its clause"
        elif k == "capacity.training_sessions" and "讲座" in m.group() and pos[i] is not None:
            full = sent_text[sent_of[i]]
            lo = _clause_start(full, pos[i][0])
            own = _mask_titles(full[lo:pos[i][0]]) + _SEP + nm
            if (_PUBLICITY_ACT.search(_mask_titles(full[pos[i][1]:])) is not None
                    and _STAFF_LEARNERS.search(own) is None and _LEADER_LEARNERS.search(own) is None):
                keys[i] = "capacity.law_publicity_events"
                basis[i] = f"{m.group()} ⇐ {nm}; a law lecture followed by publicity acts in its sentence"


# a rank keeps its key only for an assessment of law or government work (法治政府建设考核, 法治环境评价, 营商环境
# 评价): 水土保持目标责任考核…排名第一 ranks other work
_RANK_TOPIC = re.compile(r"法治|依法|法制|法律|普法|执法|营商|政务|政府")


_ASSESSED_YEAR = re.compile(r"((?:19|20)\d{2})年度?")
# the years an assessment's bracket gives it (某省法治政府评估(2027-2028)中排名第二 in a 2029 report: the
# assessment of two earlier years; the bracket prints no 年)
_ASSESSED_SPAN = re.compile(r"[（(]((?:19|20)\d{2})年?(?:度)?(?:[-－—~～至]((?:19|20)\d{2})年?(?:度)?)?[）)]")


def _rank_topic_gate(rows, keys: list, basis: list, names: list, sent_of: list, pos: list, sent_text: dict,
                     year: int | None = None) -> None:
    """Withhold (in place) leadership.assessment_rank when neither the figure's name nor its clause and the
    clause before it (where the assessment is named) names law or government work, or when those words name
    only years before the report year (在2023年度法治某市建设考评中排名第三 in a 2024 report: last year's rank; 在某评估
    (2021-2022)中排名第四 in a 2023 report: the bracket's years, LABELING 51 and 65)."""
    for i, k in enumerate(keys):
        if k != "leadership.assessment_rank" or pos[i] is None:
            continue
        full = sent_text[sent_of[i]]
        marks = [m.start() for m in _CLAUSE_MARK.finditer(full, 0, pos[i][0])]
        lo = marks[-2] + 1 if len(marks) > 1 else 0
        words = full[lo:pos[i][0]] + _SEP + (names[i] or "")
        years = [int(y) for y in _ASSESSED_YEAR.findall(words)]
        years += [int(y) for m in _ASSESSED_SPAN.finditer(words) for y in m.groups() if y]
        if _RANK_TOPIC.search(words) is None or (year is not None and years and max(years) < year):
            keys[i] = basis[i] = None


def _prior_law_report_gate(keys: list, basis: list, names: list, sent_of: list, pos: list, sent_text: dict,
                           year: int | None) -> None:
    """Withhold (in place) leadership.law_reports when the figure's own clause or name dates the 述法 only to years
    before the report year (PRIOR_LAW_REPORT, LABELING 69: 完成2032年度述法36人 in a 2033 report)."""
    if year is None:
        return
    for i, k in enumerate(keys):
        if k != "leadership.law_reports" or pos[i] is None:
            continue
        full = sent_text[sent_of[i]]
        words = full[_clause_start(full, pos[i][0]):pos[i][0]] + _SEP + (names[i] or "")
        years = [int(y) for y in _ASSESSED_YEAR.findall(words)]
        if years and max(years) < year:
            keys[i] = basis[i] = None


# a study counted over many units (各部门单位党组集中学习163场次, 政府各级各部门…学习习近平法治思想11次) is the
# units' own study, not the leadership's collective study
_UNITS_SUBJECT = re.compile(r"各级各部门|各部门|各单位|各级各类")
# the leadership bodies of every level (各级党组中心组学法3120次) or of two or three levels (两级政府常务会
# 累计学法87次): many units' study, whoever studied
_LEVELS_BODIES = re.compile(r"(?:各级|[两三]级)(?:党委|党组|党政|领导班子|政府)")
# LABELING 45: a clause naming a body of its own (县政府常务会, 局党组, 中心组 …) does not take over the many-body subject of
# an earlier clause; one naming only people (主要领导讲法176场次) does
_OWN_BODY = re.compile(r"政府|党委|党组|党工委|常务会|常委会|中心组|班子|机关(?!干部|工作人员)|[局委厅]|(?<![举承主协创开])办(?![理结件])|我[县市区局镇乡州]|本[级局委办]")
_CARRIED_KEYS = frozenset({"leadership.study_sessions", "capacity.training_sessions"})


def _levels_last(who: str) -> bool:
    """Whether ``who`` names the bodies of every level (各级政府及其部门) as the last body it names: no body of its own
    (中心组, 常委会, 局 …) follows, so the many bodies are still who acts (LABELING 45)."""
    ms = list(_LEVELS_BODIES.finditer(who))
    return bool(ms) and _OWN_BODY.search(who, ms[-1].end()) is None
_STUDY_WORD = re.compile(r"学习|学法|培训|讲座")  # a count of study or training events (whatever its key)


def _units_study_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) leadership.study_sessions or capacity.training_sessions when the words of its sentence from
    the figure before it (or the sentence start) to the figure name many units as who studied or trained (bodies of
    every level, 各级政府及其部门, when no body of its own is named after them: _levels_last), their party groups included
    (各单位党委(党组)…学习400余次: a sum over many bodies, LABELING 26/32); and (LABELING 45) a study or training key of a
    later clause of that sentence whose own words name no body of their own (全县各级各部门会前学法698场次，主要领导讲法
    176场次: the units' leaders, summed too)."""
    by_sentence = _sentence_members(sent_of)
    many: set = set()  # sentences whose many-body subject withheld a study count
    for i, k in enumerate(keys):
        if pos[i] is None:
            continue
        if k not in _CARRIED_KEYS and sent_of[i] not in many:
            if k is None:
                # (开展各级党委(党组)…学习5045次，举办机关干部法治讲座3390场: a study summed over many bodies that
                # got no key still names the subject the later clauses take over, LABELING 45)
                lo = max([pos[j][1] for j in by_sentence[sent_of[i]] if j < i and pos[j] is not None
                          and pos[j][1] <= pos[i][0]], default=0)
                who = _mask_titles(sent_text[sent_of[i]][lo:pos[i][0]])
                own = who[_clause_start(who):]
                if _STUDY_WORD.search(own) is not None and (
                        _LEVELS_BODIES.search(own) is not None or _UNITS_SUBJECT.search(own) is not None):
                    many.add(sent_of[i])
            continue
        lo = max([pos[j][1] for j in by_sentence[sent_of[i]] if j < i and pos[j] is not None
                  and pos[j][1] <= pos[i][0]], default=0)
        who = _mask_titles(sent_text[sent_of[i]][lo:pos[i][0]])
        own = who[_clause_start(who):]  # the figure's own clause
        if k in _CARRIED_KEYS and (
                _LEVELS_BODIES.search(own) is not None or ((_UNITS_SUBJECT.search(who) is not None
                                                            or _levels_last(who)) and (
                    _UNITS_SUBJECT.search(own) is not None or _OWN_BODY.search(own) is None))):
            # (LABELING 45: the many units named in an earlier clause, 作为全市各级各部门的必修课，市委常委会、市政府
            # 常务会会前学法13次, are not the subject of a clause that names a body of its own)
            # (各单位、各板块党委(党组)开展…法治专题学习400余次: the units' own party groups summed, no one body's
            # collective study either, LABELING 26)
            keys[i] = basis[i] = None
            many.add(sent_of[i])
        elif sent_of[i] in many and _OWN_BODY.search(own) is not None:
            many.discard(sent_of[i])  # (…，区委党校主题班开课15次，干部大讲堂专题讲法3次: another subject ends the carry)
        elif sent_of[i] in many and k in _CARRIED_KEYS:
            keys[i] = basis[i] = None


# LABELING 9: a bare 专题学习/集中学习 (no law word, no body in its own words) is a leadership body's collective law
# study only when its sentence names the body (中心组, 常务会议, 党组 …) before or at the figure: with no one named as
# who studied (始终把学习贯彻…作为重点任务，全年组织专题学习2次) it may be anyone's study, and takes no key
_BARE_STUDY = frozenset({"专题学习", "集中学习"})


def _nobody_study_gate(keys: list, basis: list, names: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) leadership.study_sessions of party branches or members (RANK_AND_FILE: in its name, or in
    the words before its own clause when neither names a leadership body), or keyed only by a bare study phrasing
    (_BARE_STUDY) when its sentence up to the end of the figure, and its name, name no leadership body
    (_LEADER_LEARNERS)."""
    for i, k in enumerate(keys):
        if k != "leadership.study_sessions" or pos[i] is None:
            continue
        own, before = _own_words(i, sent_of, pos, sent_text, _prev_ends(sent_of, pos))
        if _RANK_AND_FILE.search(names[i] or "") is not None or (
                _LEADER_LEARNERS.search(own) is None and _RANK_AND_FILE.search(before) is not None
                and _LEADER_LEARNERS.search(before) is None):
            # RANK_AND_FILE (LABELING 9): the study of party branches, members or grassroots party organisations
            # (支部集中学习, 基层党组织集中学习570余次) is no leadership body's collective study
            keys[i] = basis[i] = None
            continue
        if (basis[i] or "").split(" ⇐ ")[0] not in _BARE_STUDY:
            continue
        upto = _mask_titles(sent_text[sent_of[i]][:pos[i][1]])
        if _LEADER_LEARNERS.search(upto) is None and _LEADER_LEARNERS.search(names[i] or "") is None:
            keys[i] = basis[i] = None


# LABELING 8/9: law study whose learners are the staff (局机关集体学法, 组织干部专题学法, 全系统干部职工参加的学法活动)
# is law training of officials and staff (capacity.training_sessions), not a leadership body's collective study;
# a leadership body named in the same words (领导班子, 中心组, 常务会议, 领导干部 …) keeps the study
_STAFF_LEARNERS = re.compile(r"干部职工|职工|机关干部|全体干部|全局干部|全系统干部|(?:局|委|厅|办)机关|(?<!领导)干部")
_LEADER_LEARNERS = re.compile(r"中心组|党组|党委|党工委|工委|常委会|常务会|班子|领导|负责人|负责同志|会前|政府")


def _staff_study_gate(keys: list, basis: list, names: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Re-key (in place) leadership.study_sessions as capacity.training_sessions when the figure's own clause
    (up to the figure, and its name) names the staff as who studied and no leadership body; or, for an item of a
    list of counts in its clause, the item's own words do (STAFF_ITEM)."""
    prev_end = _prev_ends(sent_of, pos)
    for i, k in enumerate(keys):
        if k != "leadership.study_sessions" or pos[i] is None:
            continue
        full = sent_text[sent_of[i]]
        lo = _clause_start(full, pos[i][0])
        own = _mask_titles(full[lo:pos[i][0]]) + _SEP + (names[i] or "")
        m = _STAFF_LEARNERS.search(own)
        if m is None or _LEADER_LEARNERS.search(own) is not None:
            # STAFF_ITEM: in a 、 list of study counts split by who studied (中心组专题学法8次、全体干部集中学法16次),
            # an item's own words (from the count before it) name its learners; the body of a sibling item is not
            # this item's
            item = _own_words(i, sent_of, pos, sent_text, prev_end)[0] + _SEP + (names[i] or "")
            m = _STAFF_LEARNERS.search(item)
            if m is None or _LEADER_LEARNERS.search(item) is not None or prev_end[i] <= lo:
                continue
        keys[i], basis[i] = "capacity.training_sessions", f"{basis[i]}; law study of the staff ({m.group()})"


# LABELING 23: one figure stated for each of several bodies or items listed before it (州委常委会会议、州政府常务
# 会议分别研究法治建设工作各4次; 甲会议、乙会议各1次) counts neither alone nor their sum
_EACH_TAIL = re.compile(r"各(?:开展|召开|举办|组织|研究|学法|学习)?\s*$")
_LIST_MARK = re.compile(r"、|和|及|与")
_EACH_FAMILIES = ("leadership.", "capacity.")


def _each_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) a leadership or capacity key of a figure right after 各 whose clause lists two or
    more bodies or items before it."""
    for i, k in enumerate(keys):
        if k is None or not k.startswith(_EACH_FAMILIES) or pos[i] is None:
            continue
        full = sent_text[sent_of[i]]
        lo = _clause_start(full, pos[i][0])
        own = full[lo:pos[i][0]]
        m = _EACH_TAIL.search(own)
        if m is not None and _LIST_MARK.search(own, 0, m.start()) is not None:
            keys[i] = basis[i] = None


# LABELING 15/23: one figure counted under two acts done to the same things (办理办结各类政务服务事项57万件, 社区受理办理
# 政务服务事项150项, 认领、调整权责事项276项) counts the union (or either): the catalog keys one act, so no key -
# unless the key itself covers both acts: its label, phrasings or the first sentence of its definition name both
# (调整（取消、下放、变更）的行政权力事项 covers 取消、下放和调整…事项; 受理或办理的…办件量 covers 受理办理).
# Verbs that make a list (梳理, 公布, 确认, 编制) are no act done to the items: 梳理公布政务服务事项 is the list.
_OBJECT_ACT = r"受理|办理|办结|认领|调整|审核|审查|备案|报备|取消|下放|承接|清理|排查|化解|调处|查处|立案"
_TWO_ACTS = re.compile(rf"({_OBJECT_ACT})(?:、|和|及|与|并)?({_OBJECT_ACT})")
_TWO_ACT_FAMILIES = ("approval.", "enforcement.", "decisions.", "mediation.", "legal_aid.")


@lru_cache(maxsize=1)
def _key_acts() -> dict[str, str]:
    """key -> the words saying which acts it counts: label, phrasings and the first sentence of its definition."""
    return {r["key"]: "|".join((r["label_zh"], r["phrasings"], r.get("definition", "").split("。")[0]))
            for r in _catalog_rows()}


def _two_acts_gate(keys: list, basis: list, names: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) a key of the counted-object families (approval, enforcement, decisions, mediation,
    legal aid) whose figure counts what two different acts did to one object: two act verbs side by side
    (办理办结, 受理办理, 认领、调整) in the figure's name or in its own clause before it, when the key's own
    words (:func:`_key_acts`) do not name both."""
    acts = _key_acts()
    for i, k in enumerate(keys):
        if k is None or not k.startswith(_TWO_ACT_FAMILIES):
            continue
        own = names[i] or ""
        if pos[i] is not None:
            left = _mask_titles(sent_text[sent_of[i]][:pos[i][0]])
            own = left[_clause_start(left):] + _SEP + own
        covered = acts.get(k, "")
        for m in _TWO_ACTS.finditer(own):
            if m.group(1) != m.group(2) and not (m.group(1) in covered and m.group(2) in covered):
                keys[i] = basis[i] = None
                break


# LABELING 60: law training counted in one figure with other training (法治讲座和业务培训60场次) is a total shared by two
# kinds (no key, rules 7/30); so is a count of training classes in which law is one course (在…等培训班中设置法治专题
# 课程，举办4期培训班次): the classes are not law training. A law class of a general course (全县法治政府建设业务培训班)
# and a count of the law courses themselves (主体班开设法治课程48场) keep their key.
_LAW_TRAINING_PART = r"(?:法治|法律|学法|普法|宪法|民法典)[^和及与、，,；;。]{0,8}?(?:讲座|培训|课)"
_OTHER_TRAINING_PART = r"[^和及与、，,；;。法]{0,6}?(?:业务|技能|岗位|专业|综合)[^和及与、，,；;。法]{0,4}?(?:培训|讲座|课)"
_MIXED_TRAINING = re.compile(_LAW_TRAINING_PART + r"[^和及与、，,；;。]{0,3}(?:和|及|与|以及|、)" + _OTHER_TRAINING_PART
                             + "|" + _OTHER_TRAINING_PART + r"(?:和|及|与|以及|、)" + r"[^和及与、，,；;。]{0,6}?"
                             + _LAW_TRAINING_PART)
_CLASS_COUNT = re.compile(r"[^法]{0,6}培训班(?:次)?")
_LAW_COURSE_IN_CLASSES = re.compile(r"(?:设置|开设|安排|嵌入|融入|增设)[^，,；;。]{0,8}法[^，,；;。]{0,8}课")


def _mixed_training_gate(keys: list, basis: list, names: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) a law-training key whose figure counts law training together with other training in its
    name (法治讲座和业务培训), or training classes in which, as an earlier clause of the sentence says, law is only one
    course (LABELING 60)."""
    prev_end = _prev_ends(sent_of, pos)
    mixed: set[int] = set()
    for i, k in enumerate(keys):
        if k not in _TRAINING_KEYS:
            continue
        nm = names[i] or ""
        own = _own_words(i, sent_of, pos, sent_text, prev_end)[0] if pos[i] is not None else ""
        if k == "capacity.trainees" and i > 0 and i - 1 in mixed and sent_of[i - 1] == sent_of[i]:
            keys[i] = basis[i] = None  # the people of a mixed training follow it
        elif _MIXED_TRAINING.search(nm) is not None or _MIXED_TRAINING.search(own) is not None:
            keys[i] = basis[i] = None
            mixed.add(i)
        elif pos[i] is not None and _CLASS_COUNT.fullmatch(nm) is not None and _LAW_COURSE_IN_CLASSES.search(
                _mask_titles(sent_text[sent_of[i]][:pos[i][0]])) is not None:
            keys[i] = basis[i] = None
            mixed.add(i)


# KEY_EVIDENCE (issue 9, benchmarks/key_evidence.py): kinds of evidence whose keys were wrong more often than right
# on the tune sets, withheld in general.
# ATTENDED_EVENT: an event count whose own clause says the organ or its leaders attended it (参加自治区…专题讲座36期,
# 参与市里普法活动3次, 组织干部参加省司法厅举办的培训2期) counts events another organ held; the session keys count
# the events the reporting organ held (its training, publicity, study, meetings). The organ arranging its own staff's
# attendance (组织机关干部职工参加法治讲座5次) is its training, unless the host named is another organ; 参加的
# (全系统干部参加的学法活动4次) is a relative clause naming who took part in the organ's own event.
# Law training is the exception (LABELING 64): training its staff attended, whoever held it (组织干部参加县级法治培训4批次),
# is the organ's capacity.training_sessions, as the people trained are its capacity.trainees.
_SESSION_KEYS = frozenset({"capacity.training_sessions", "capacity.law_publicity_events", "leadership.study_sessions",
                           "leadership.meetings"})
# (提请/报请, LABELING 68: the organ only asked another body to hold it, 提请召开3次市委全面依法治市委员会会议: that body's meetings)
_ATTEND = re.compile(r"(?:参加|参与|收看|观看|收听|旁听|列席|参会|提请|报请)(?![的者人])")
_ARRANGED = re.compile(r"组织|安排|动员|带领")
# a host above or beside the reporting organ, right after the attending verb (参加自治区…, 参加上级…, 收看全国…)
_OTHER_HOST = re.compile(r"(?:[\u4e00-\u9fff]{0,2}?)(?:上级|中央|国家|全国|省|市|自治区|州|地区|盟|党校|大学|学院)")


def _attended_event_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) a session key (``_SESSION_KEYS``; law training excepted, LABELING 64) of a figure whose
    own clause, before the figure and before the matched event words, holds an attending verb (``_ATTEND``) that
    the organ did not arrange for its people (``_ARRANGED`` before it), or whose host is another organ
    (``_OTHER_HOST`` right after it)."""
    for i, k in enumerate(keys):
        if k not in _SESSION_KEYS or k == "capacity.training_sessions" or pos[i] is None:
            continue
        left = _mask_titles(sent_text[sent_of[i]][:pos[i][0]])
        own = left[_clause_start(left):]
        m = None
        for m in _ATTEND.finditer(own):
            pass
        if m is None:
            continue
        words = _basis_words(basis[i])
        first = words.split("#")[0] if words else ""
        at = own.rfind(first) if first else -1
        if 0 <= at < m.start():  # the event words before the verb: another act (参加的 …, 学法后参加…)
            continue
        if _ARRANGED.search(own, 0, m.start()) is None or _OTHER_HOST.match(own, m.end()) is not None:
            keys[i] = basis[i] = None


def _plain_word_keys(keys: list, basis: list, pos: list):
    """Yield ``(i, words)`` for each keyed figure with a position whose key rests on plain matched words (no ``#``
    number slot): the figures the word-position gates below can judge."""
    for i, k in enumerate(keys):
        if k is None or pos[i] is None:
            continue
        words = _basis_words(basis[i])
        if words and "#" not in words:
            yield i, words


# PREVIOUS_ITEM_NOUN: in a list of number-first items (上线61个“一件事”事项和45个一照联办事项, 新建12个调解室、5个
# 法律服务站), words that end right before the conjunction or 、 opening the figure's own item belong to the item
# before; the figure counts the noun after it. A key read only from those words names the other item.
_ITEM_OPEN = re.compile(r"(?:以及|和|及|与|、)\s*$")
_CLOSERS = "”」’）)》\"' "


def _previous_item_gate(keys: list, basis: list, names: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) a key whose matched words (not touching the figure) end right before a conjunction or 、
    that opens the figure's own list item (whatever the name read: it may have taken the same words)."""
    for i, words in _plain_word_keys(keys, basis, pos):
        left = sent_text[sent_of[i]][:pos[i][0]]
        m = _ITEM_OPEN.search(left)
        if m is None:
            continue
        head = left[:m.start()].rstrip(_CLOSERS)
        if head.endswith(words.rstrip(_CLOSERS)):
            keys[i] = basis[i] = None


# TOPIC_AFTER_DUI: a count followed by 对 + a topic + the act (先后20余次对信访工作、执法检查等作出批示, 3次对普法工作
# 进行部署) counts the act after the topic; words matched inside the 对 phrase name what the act was about, not what
# is counted. (A phrasing that reaches the act itself, 对…进行审查, is not inside the phrase.)
_DUI_AFTER = re.compile(r"\s*(?:先后|分别|共|均|又)?对")
_DUI_ACT = re.compile(r"作出|做出|进行|开展|提出|给予|予以|实施|听取|研究|部署|批示|调度|督办")


def _topic_after_dui_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) a key whose matched words stand inside a 对 phrase right after the figure, before the
    act verb (``_DUI_ACT``) that closes it in the figure's clause."""
    for i, words in _plain_word_keys(keys, basis, pos):
        full = sent_text[sent_of[i]]
        m = _DUI_AFTER.match(full, pos[i][1])
        if m is None:
            continue
        end = _CLAUSE_MARK.search(full, m.end())
        rest = full[m.end():end.start() if end else len(full)]
        act = _DUI_ACT.search(rest)
        at = rest.find(words)
        if act is not None and 0 <= at and at + len(words) <= act.start():
            keys[i] = basis[i] = None


# DECISION_OBJECT (LABELING 5, 23): major decisions counted as the object of another act (对6项重大行政决策开展合法性
# 审查, 对重大行政决策20份…进行归档整理) count that act done to decisions, not decisions made (the catalog: 作出或列入目录
# 的决策; 决策前的合法性审查、专家论证、公开征求意见各有指标): the act's key when the catalog has one, else none
_DECISION_ACT = re.compile(r"(?:进行|开展|实施|组织|完成)(?:了)?")
_NOT_DUI = frozenset("标外照比话接于")  # 对标, 对外, 对照, 对比, 对话, 对接, 对于: no 对 phrase of an object
_DECISION_MADE = re.compile(r"作出|做出|出台|制定|审议|通过|印发|决定")
_DECISION_STEP_KEYS = ((re.compile(r"合法性(?:审查|审核)"), "decisions.legality_reviews"),
                       (re.compile(r"专家论证|风险评估"), "decisions.expert_reviews"),
                       (re.compile(r"征求意见|公开征求"), "decisions.public_consultations"))


def _decision_object_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Re-key or withhold (in place) decisions.major_decisions counted inside a 对 phrase whose clause closes with
    another act (DECISION_OBJECT)."""
    for i, k in enumerate(keys):
        if k != "decisions.major_decisions" or pos[i] is None:
            continue
        full = sent_text[sent_of[i]]
        cs = _clause_start(full, pos[i][0])
        d = full.rfind("对", cs, pos[i][0])
        if d < 0 or full[d + 1:d + 2] in _NOT_DUI or _DECISION_MADE.search(full, d, pos[i][0]) is not None:
            continue  # (对标, 对外 …; or the decisions made inside the 对 phrase: 对作出的7项决策…)
        end = _CLAUSE_MARK.search(full, pos[i][1])
        rest = _mask_titles(full[pos[i][1]:end.start() if end else len(full)])
        act = _DECISION_ACT.search(rest)
        if act is None:
            continue
        step = rest[act.end():]
        for pat, key in _DECISION_STEP_KEYS:
            if pat.search(step) is not None:
                keys[i], basis[i] = key, f"{pat.search(step).group()} ⇐ the act done to the decisions counted"
                break
        else:
            keys[i] = basis[i] = None


# RATE_SUBJECT: words after a count that run, in the same clause, into a rate (57名在职人员法治理论考试通过率100%,
# 120家单位政务公开测评优秀率95%) are the rate's name: the count is its base (who was rated), and a key read from
# those words names the rate's subject, not the count
# LAW_TOPIC (LABELING 5/25): the law inspection and law assessment keys count inspections and assessments OF RULE-OF-LAW
# WORK (法治督察, 法治建设考核: their catalog definitions); 督察/考核 alone is any inspection or assessment (环保督察
# 反馈的问题, 水质考核断面). The law must be named in the figure's sentence (a title included: 《依法治县考核办法》
# names what the assessment is of) or name, or in a section heading that names the law inspection or assessment
# itself (（三）强化法治督察考核).
_LAW_TOPIC_ACTS = {"leadership.inspections": re.compile(r"督察|督查|督导"),
                   "leadership.assessments": re.compile(r"考核|考评")}


_BARE_INSPECTION = re.compile(r"(?:专项|工作|实地|联合|集中)?(?:督察|督查|督导)")
# rule-of-law work named (法治建设, 依法行政, 依法治县), not any 法 (依法办事, 执法检查)
_LAW_WORK = re.compile(r"法治|依法行政|依法治[国省市县区州镇乡旗]")


def _mark_before_sentence(text: str, ss: int) -> int:
    """The start of the sentence before the one starting at ``ss`` (after the 。！？ or newline before it), read back
    at most 400 characters (a run with no sentence end costs no more)."""
    k = ss - 1
    floor = max(ss - 400, 0)
    while k > floor and text[k - 1] not in "。！？!?\n":
        k -= 1
    return max(k, 0)


def _law_topic_gate(rows, keys: list, basis: list, names: list, sent_of: list, sent_text: dict,
                    heading: dict, text: str | None = None) -> None:
    """Withhold (in place) a law-inspection or law-assessment key whose sentence, name and headings name no law
    (LAW_TOPIC)."""
    for i, k in enumerate(keys):
        act = _LAW_TOPIC_ACTS.get(k)
        if act is None:
            continue
        if _LAW_WORD_ANY.search(sent_text[sent_of[i]] + _SEP + (names[i] or "")) is not None:
            continue
        if text is not None and sent_of[i][0] == "t" and _BARE_INSPECTION.fullmatch(names[i] or "") is not None:
            # (BARE_INSPECTION: an inspection named with no topic of its own, 专项督查 or 工作督导, takes the law of
            # the sentence right before it in its paragraph: 修订《某镇法治政府建设目标责任考核办法》…。全年开展专项
            # 督查4次)
            ss = sent_of[i][1]
            ps = max(text.rfind("\n", 0, ss) + 1, _mark_before_sentence(text, ss))
            if _LAW_WORK.search(text[ps:ss]) is not None:  # (a title included, as in the figure's sentence)
                continue
        sid = rows[i][0] if rows[i][0].__class__ is int else _int(rows[i][0])
        if any(_LAW_WORD_ANY.search(h) is not None and act.search(h) is not None
               for h in heading.get(sid, "").split(_SEP)):
            continue
        keys[i] = basis[i] = None


_RATE_NOUN = re.compile(r"率|比例|比重|占比|覆盖")  # a named share after the act (上线率, 覆盖面)


def _rate_subject_gate(rows, keys: list, basis: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) the key of a count whose matched words stand after it and before a rate (unit %) that
    follows in the same clause, with no clause mark between."""
    n = len(keys)
    for i, k in enumerate(keys):
        j = i + 1  # (the next figure first: only a count right before a rate in its sentence is read)
        if k is None or pos[i] is None or j >= n or sent_of[j] != sent_of[i] or pos[j] is None \
                or _s(rows[j][2]) != "%" or _s(rows[i][2]) == "%":
            continue
        words = _basis_words(basis[i])  # (as _plain_word_keys: plain matched words only)
        if not words or "#" in words:
            continue
        full = sent_text[sent_of[i]]
        gap = full[pos[i][1]:pos[j][0]]
        if _CLAUSE_MARK.search(gap) is None and words in gap and full[:pos[i][0]].rfind(words) < 0 \
                and _RATE_NOUN.search(gap, gap.find(words) + len(words)) is not None:
            # (全区12个部门网上可办率达100%: the bodies are the rate's subject; 56个单位…述法达100% names no rate
            # after the act: the share says every one of the bodies counted did it, and the count keeps its key)
            keys[i] = basis[i] = None


# LABELING 27: a figure named by a 等 list counts the list's head noun (提供合同审查、风险研判及法律咨询等专项法律服务5次:
# services; 赋予…五类132项省级行政许可等权限: powers). A key read from one item before 等 names that item only.
_ETC_NAME = re.compile(r"等(?P<head>[^等、，,；;。]{1,12})$")


def _etc_head_gate(keys: list, basis: list, names: list) -> None:
    """Withhold (in place) a key of the counted-object families read only from an item of a 等 list in the
    figure's name, when the list's head noun after 等 holds neither the matched words nor one of the key's
    admissible heads (``data/key_heads.csv``)."""
    heads = _key_heads()
    for i, k in enumerate(keys):
        nm = names[i] or ""
        if k is None or not k.startswith(_TWO_ACT_FAMILIES) or "等" not in nm:
            continue
        m = _ETC_NAME.search(nm)
        words = _basis_words(basis[i]).replace("#", "")
        if m is None or not words or words not in nm[:m.start()]:
            continue
        head = m.group("head")
        if words in head or any(h in head for h in heads.get(k, ())):
            continue
        keys[i] = basis[i] = None


# LABELING 11: a legality review whose object lists several kinds of instrument (合法性审核规范性文件和重要政策文件,
# 决策事项、规范性文件和协议的合法性审查) counts legality reviews of all kinds, not one kind's
_REVIEW_KIND = (r"(?:重大)?(?:行政)?决策(?:事项)?|(?:行政)?规范性文件|(?:重要)?政策(?:性)?文件|(?:合作|相关|行政)?协议"
                r"|(?:行政)?合同|会议纪要")
_REVIEW_KINDS = re.compile(rf"(?:{_REVIEW_KIND})(?:(?:、|和|及|与|以及)[^，,；;。、和及与]{{0,6}}?(?:{_REVIEW_KIND}))+")
_LEGALITY_REVIEW = re.compile(r"合法性(?:审查|审核)|审核[(（]审查[)）]|审查[(（]审核[)）]")
_ONE_KIND_REVIEW_KEYS = frozenset({"normative_docs.reviewed", "decisions.major_decisions", None})
_KINDS_REVIEWED = re.compile(r"对([^，,；;。对]{4,60}?)(?:开展|进行)了?[\u4e00-\u9fff]{0,4}?(?:审查|审核)$")


def _several_kinds_review_key(rows, keys: list, basis: list, roles: list, sent_of: list, pos: list,
                              sent_text: dict) -> None:
    """A figure whose own words (its clause, between the figures next to it) name a legality review and, right
    before or right after the figure, a list of several kinds reviewed is decisions.legality_reviews (in
    place), not the key of one kind in the list."""
    units = _key_units().get("decisions.legality_reviews", frozenset())
    by_sentence = _sentence_members(sent_of, pos)
    marks_of: dict = {}  # clause marks of a sentence, found once for all its figures
    for i, k in enumerate(keys):
        if (k not in _ONE_KIND_REVIEW_KEYS or pos[i] is None or roles[i] != "level" or rows[i][1] != "level"
                or _s(rows[i][2]) not in units):
            continue
        full = sent_text[sent_of[i]]
        if "审" not in full:  # every _LEGALITY_REVIEW match holds 审: none in the figure's words (no scan)
            continue
        s, e = pos[i]
        marks = marks_of.get(sent_of[i])
        if marks is None:
            marks = marks_of[sent_of[i]] = [m.start() for m in _CLAUSE_MARK.finditer(full)]
        lo = max([m + 1 for m in marks if m < s] + [pos[j][1] for j in by_sentence[sent_of[i]]
                                                   if pos[j][1] <= s], default=0)
        hi = min([m for m in marks if m >= e] + [pos[j][0] for j in by_sentence[sent_of[i]]
                                                if pos[j][0] >= e], default=len(full))
        before, after = full[lo:s], full[e:hi]
        kr = _KINDS_REVIEWED.search(before)
        if kr is not None and _REVIEW_KINDS.search(kr.group(1)) is not None:
            # 对重大行政决策、规范性文件及镇村合同开展全流程审查870件: the review of the kinds listed before it
            keys[i], basis[i] = "decisions.legality_reviews", "审查 of several kinds listed after 对 (LABELING 23)"
            continue
        if _LEGALITY_REVIEW.search(before + _SEP + after) is None:
            continue
        tail = len(before) - 1 if before.endswith("等") else len(before)  # (…及其他重要政策文件等259件)
        if any(m.end() == tail for m in _REVIEW_KINDS.finditer(before)) or (
                _REVIEW_KINDS.match(after.lstrip("市省县区州旗政府的各类")) is not None):
            keys[i], basis[i] = "decisions.legality_reviews", "合法性审查 of several kinds (LABELING 11)"


# ------------------------------------------------------------- who is counted and what the act is (issue 9, keyprec)
# LABELING 10/11: the key follows the audience. Law training (capacity.training_sessions, capacity.trainees) is the
# catalog's training of officials and staff; a training whose learners are the public (法律明白人, 群众, 学法用法示范户,
# 学生, 企业) is none of it, and a lecture or talk for the public is law publicity (capacity.law_publicity_events,
# whose definition names 法治讲座 for the public). The audience is read in the figure's own words: its clause from the
# figure before it, and its name; with no audience there, in the clause before (为全村法律明白人开展法治培训，…).
_PUBLIC_LEARNERS = re.compile(r"法律明白人|群众|村民|居民|农民|农户|示范户|学生|师生|青少年|未成年人|家长|企业|经营者|经营户|"
                              r"从业人员|务工人员|农民工|个体工商户|市场主体|社会公众|公众|老年人|妇女|残疾人|人民调解员|"
                              r"调解员|志愿者|宗教人士|社区矫正对象|服刑人员")
_OFFICIAL_LEARNERS = re.compile(r"干部|公务员|工作人员|执法人员|公职人员|机关|领导|(?<!企业)职工|班子|党员|中心组|常务会")
# the public as the audience of an act in the clause before (为法律明白人, 面向群众, 对辖区企业, 组织村民; 法律明白人培训)
_PUBLIC_AUDIENCE = re.compile(r"(?:为|面向|对|给|向|组织|带领|动员|邀请)[^，,；;。]{0,8}?(?:" + _PUBLIC_LEARNERS.pattern +
                              r")|(?:" + _PUBLIC_LEARNERS.pattern + r")[^，,；;。]{0,3}?(?:培训|培养|轮训|讲座)")
# ... and in the figure's own words, also as the people trained (参训群众, 培训农民工): not a public word used as a topic
# (服务企业发展法治培训, 以人民群众满意为导向)
_PUBLIC_LEARNING = re.compile(_PUBLIC_AUDIENCE.pattern + r"|(?:培训|参训|受训|轮训)[^，,；;。]{0,4}?(?:" +
                              _PUBLIC_LEARNERS.pattern + r")")
_TALK = re.compile(r"讲座|宣讲|讲堂|讲法|授课|报告会")
_COURSE = re.compile(r"培训|轮训|研讨|研修|班")
_AUDIENCE_KEYS = frozenset({"capacity.training_sessions", "capacity.trainees"})


_PREV_ENDS_SLOT: list = [None]  # (sent_of, pos, prev ends), the last built: the gates share one build


def _prev_ends(sent_of: list, pos: list) -> list[int]:
    """Per figure, where the figure before it in its sentence ends (0 for the first): figures come in text order.
    Built once per ``annotate`` (its ``sent_of`` and ``pos`` never change after step 1; see
    :func:`_sentence_members`). Read only; never change what it returns."""
    slot = _PREV_ENDS_SLOT[0]
    if slot is not None and slot[0] is sent_of and slot[1] is pos:
        return slot[2]
    out = [0] * len(sent_of)
    last: dict = {}
    for i, ident in enumerate(sent_of):
        if pos[i] is None:
            continue
        pe = last.get(ident, 0)
        out[i] = pe if pe <= pos[i][0] else 0
        last[ident] = pos[i][1]
    _PREV_ENDS_SLOT[0] = (sent_of, pos, out)
    return out


def _own_words(i: int, sent_of: list, pos: list, sent_text: dict, prev_end: list) -> tuple[str, str]:
    """The figure's own clause (from its clause start or the figure before it in its sentence, whichever is later,
    to the figure) and the clause before it (empty when a figure stands in it), titles masked."""
    full = sent_text[sent_of[i]]
    pe = prev_end[i]
    lo = _mark_before(full, pos[i][0], pe)
    own = _mask_titles(full[lo:pos[i][0]])
    before = ""
    if lo > pe:
        plo = _mark_before(full, lo - 1, pe)
        before = _mask_titles(full[plo:lo - 1])
    return own, before


def _right_words(i: int, sent_of: list, pos: list, sent_text: dict, clauses: int = 1) -> str:
    """The words after the figure to the end of its clause (``clauses=2``: and of the next), at most _RIGHT_REACH."""
    right = sent_text[sent_of[i]][pos[i][1]:pos[i][1] + _RIGHT_REACH]
    end = _CLAUSE_MARK.search(right)
    if clauses > 1 and end is not None:
        end = _CLAUSE_MARK.search(right, end.end())
    return right[:end.start() if end is not None else len(right)]


# AUDIENCE_NEXT (LABELING 5/10/11): a training whose people the next clause calls its 受众 (开展…专题培训N场次，受众M人次),
# the word of a publicity audience, names no officials as learners: whether it trained staff or reached the public is
# unclear, so no key
_AUDIENCE_NEXT = re.compile(r"[，,；;]\s*(?:累计|共|覆盖)?受众")


def _audience_gate(keys: list, basis: list, names: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) a law-training key whose learners are the public, or the public and officials together,
    re-keying a lecture or talk for the public alone as capacity.law_publicity_events. The learners are read in
    the figure's own clause and name; when these name none, in the clause before it as the audience of an act
    (为…, 面向…, 对…开展, 组织…参加; not 以人民群众满意为导向), unless the clause after it names officials as the
    people trained (举办法治培训班3期，培训干部420人). Run before the people counts follow their event
    (:func:`_law_event_gate`): the trainees of a public training lose their key there."""
    prev_end = _prev_ends(sent_of, pos)
    for i, k in enumerate(keys):
        if k not in _AUDIENCE_KEYS or pos[i] is None:
            continue
        if k == "capacity.training_sessions" and _AUDIENCE_NEXT.match(sent_text[sent_of[i]], pos[i][1]) is not None:
            keys[i] = basis[i] = None  # (AUDIENCE_NEXT)
            continue
        own, before = _own_words(i, sent_of, pos, sent_text, prev_end)
        own += _SEP + (names[i] or "")
        m = _PUBLIC_LEARNING.search(own)
        official = _OFFICIAL_LEARNERS.search(own) is not None
        if m is None and not official:
            m = _PUBLIC_AUDIENCE.search(before)
            if m is not None:
                if _OFFICIAL_LEARNERS.search(_right_words(i, sent_of, pos, sent_text, 2)) is not None \
                        or _OFFICIAL_LEARNERS.search(before) is not None:
                    continue  # (officials named as the people trained, or with the public: the audience is open)
        if m is None:
            continue
        nm = names[i] or ""
        if k == "capacity.training_sessions" and not official and _TALK.search(nm) and not _COURSE.search(nm):
            keys[i] = "capacity.law_publicity_events"
            basis[i] = f"{basis[i]}; a talk for the public ({m.group()}), LABELING 10"
        else:
            keys[i] = basis[i] = None


# LABELING 11: people who take a law exam are exam takers, not people trained: a count of people keyed
# capacity.trainees whose act, named in its own clause or the clause before, is an exam (组织处级干部参加学法考试，参训
# 580人) is capacity.exam_takers when the exam is of law and no training is named with it; an exam named with a
# training (参加学法培训和考试, 培训考试) leaves the count shared by two acts: no key (LABELING 7)
_EXAM = re.compile(r"考试|考法|测试")  # (not 考核, 测评: a training's assessment, 培训结束后进行考核, is no exam taken)
_LAW_EXAM = re.compile(r"学法|考法|法律|法治|法规|宪法|民法典|普法")
_TRAINING_ACT = re.compile(r"培训|轮训|讲座|研讨|研修|培训班")
# PLACE_COVERAGE (LABELING 32/45): people counted as the whole population a training reached across the place (覆盖
# 全省N名干部; N名县处级以上领导干部全覆盖轮训) are the officials of many bodies summed, not the trainees of the organ's
# training (覆盖全员N人次, the organ's own staff, keeps the key)
_COVER_PLACE = re.compile(r"覆盖全[省市县区州旗盟](?:[\u4e00-\u9fff]{0,4})?\s*$")
# PLACE_TRAINS (LABELING 32/63): the place as who trains (全市培训执法人员N人次, 全县累计轮训干部N人次) sums the
# training every body of the place does on its own; the organ training the place's people (组织全省N名执法人员培训,
# 举办全县法治培训班) is its own act and keeps the key
_PLACE_TRAINS = re.compile(r"全[省市县区州旗盟](?:各级|各部门|系统)?(?:共计|共|累计)?(?:培训|轮训)")
_PEOPLE_TRAINED = frozenset({"capacity.trainees", "enforcement.staff_trained"})
# an exam word in the name of a means (利用在线学法考法平台培训…, 考试系统) names no exam taken
_EXAM_MEANS = re.compile(r"(?:考试|考法|测试)[^，,；;。、]{0,4}?(?:平台|系统|软件|APP|App|app|网站|小程序|题库)")
# LABELING 9: a meeting count is leadership.meetings only when law work is what the meetings did: law named in
# the figure's own clause, its name, or the clause right before or after it (召开常务会议28次，研究重大事项112项 is
# no law meeting, whatever the report's title says)
_MEETING_KEYS = frozenset({"leadership.meetings"})
# law named only as one of the matters a meeting touched (涉及法治政府建设事项的常务会议33次, 研究涉法事项) makes no law
# meeting: the catalog counts meetings held on law work (专题研究, 部署), not every meeting with a law item
_TOUCHING = re.compile(r"涉及[^，,；;。的]{0,24}的|涉法|涉及")
# LABELING 9/52 (JUSTICE_BODY): the justice ministry, department, bureau or system named as a body (司法部, 司法厅,
# 司法局, 司法所, 司法行政系统) says whose meeting it was, not that the meeting did law work
_JUSTICE_BODY = re.compile(r"司法(?:部|厅|局|所|行政(?:系统|机关|工作)?)")
# LABELING 50 (INCLUDING_LAW): meetings named by the matters they included (召开包括依法行政议题的会议5次) had law as one
# purpose among several, whatever the clause after says they solved
_INCLUDING = re.compile(r"(?:包括|包含)[^，,；;。]{0,16}?(?:议题|事项|内容)")
# LABELING 50 (GENERAL_MEETING_TOPICS): the standing meetings of a government or party body (常务会议, 常委会, 党组会,
# 办公会), counted with no law in their own words, and then the law topics they handled counted on their own
# (召开区政府常务会议27次、审议依法行政议题66项): all the body's meetings, of which law was one purpose; the
# topics say what was law, not the meetings
_STANDING_MEETING = re.compile(r"常务会|常委会|党组会|党委会|党工委会|办公会|局务会|厅务会|委务会")
_TOPIC_COUNT = re.compile(r"(?:议题|事项)[0-9０-９一二三四五六七八九十百]")
# LABELING 7: one count of two acts, a meeting act and instructions (6次听取法治政府建设工作汇报、作出指示批示), is no
# count of meetings
_INSTRUCTION = re.compile(r"批示|指示")
# a rule-of-law leading body (依法治县委员会, 法治政府建设工作领导小组, 全面推进依法行政工作领导小组)
_LAW_BODY = re.compile(r"(?:依法治[\u4e00-\u9fff]{1,2}|法治[\u4e00-\u9fff]{0,8}?|依法行政[\u4e00-\u9fff]{0,6}?)(?:委员会|领导小组)")
# (LAW_BODY_MEETING) a meeting named by no body but a leading body's 委员会/领导小组 and a generic kind (委员会专题会议,
# 专题会议, 领导小组会议): a 党委会 or 常务会议 is another body's, whatever leading body the paragraph named
# (COMMITTEE_PARTS) ... or by the leading body's own parts, alone or listed (委员会会议, 各小组会议, 委员会、办公室及各协调
# 小组会议): the committee, its office and its coordination groups meet on its work
_BODY_PART = r"(?:委员会|领导小组|办公室|(?:各|其)(?:[一二三四五六七八九十]个)?(?:协调|专项|工作)?小组|(?:协调|专项|工作)小组)"
_BODY_MEETING = re.compile(rf"(?:{_BODY_PART}(?:(?:、|及其|及|和|与){_BODY_PART})*)?(?:全体|专题|工作|扩大)*"
                           r"(?:推进|部署|调度|联席|专题|工作)?(?:会议|会)")
_CONVENE_HEAD = re.compile(r"^(?:组织|主持|先后|相继|牵头)?召开")  # (召开委员会会议: the verb is no part of the meeting)
# the meeting a count before its noun counts, right after the figure (2次|市委全面依法治市委员会会议)
_MEETING_NOUN_AFTER = re.compile(r"\s*[^，,；;。：:、\d]{0,30}?(?:会议|会)(?![议长])")
_MEETING_VERB_END = re.compile(r"(?:召开|举行|举办|主持)\s*$")  # (the verb right before the count: 召开|3次|…会议)
_DECIDE_VERB = re.compile(r"研究|部署|审议|听取")  # (not 推进: 履行推进法治建设第一责任人职责 is a duty, no meeting's act)
# LABELING 16: a satisfaction ranking (群众满意度位列全市第3) is no assessment rank
_OUTSIDE_RANKER = re.compile(r"世界银行|全球")  # (LABELING 16: a world ranking is no assessment of the organ)
_SATISFACTION = re.compile(r"满意度|满意率|好评率|群众满意|满意测评")
# LABELING 16: a government named only as the organ assessed (市对县政府年度目标考核) is no topic of law or government
# work: the rank of a general target or performance assessment takes no key
_ORGAN_GOV = re.compile(r"(?:[省市县区州旗盟乡镇]|人民)政府(?!网站|信息|门户)")
# LABELING 19: a sub-type of agency heads (主要负责人, 正职, 一把手, 县长; 副职, 分管负责人) with no total: not the
# total indicator; 副职以上 (deputies and above) is all heads, and 正职 named with 副职 is their sum
_HEAD_TOP = re.compile(r"主要负责人|主要负责同志|主要领导|正职|一把手|党政主要|(?<![副])(?:省长|市长|县长|区长|州长|旗长|局长|镇长|乡长)")
_HEAD_DEPUTY = re.compile(r"(?<!含)副职(?!以上|及以上)|分管负责人|分管领导|分管负责同志|副(?:省长|市长|县长|区长|州长|旗长|局长|镇长|乡长)")
_HEAD_KEYS = frozenset({"litigation.head_appearances", "litigation.head_appearance_rate"})
# LABELING 13/19: approval.cases_handled is the whole government-service 办件量; the 办件 of one reform, mode or window
# (综窗, “一件事”套餐, 容缺受理, 跨域通办, 增值化服务, 帮办代办), named before the figure in its sentence, are a part with
# no total stated
# (LABELING 66: one channel or subset of items too, 网上办件, 线上申请, 重点事项办件; channels or streams listed side by
# side, 窗口办件4万件、网上办件6万件, are parts with no total: each keeps the key, rule 31)
_CASE_STREAM = re.compile(r"综窗|综合受理窗口|综合窗口|专窗|一件事|容缺|承诺即入|跨域|跨区域|跨省|异地|通办|增值化|帮办|代办|套餐|"
                          r"网上(?![网线]下)|网办|线上(?!线下)|掌上|自助|重点事项")  # (线上线下: both, the whole)
_CASE_UNITS_HANDLED = frozenset({"件", "件次", "宗"})


def _streams_side_by_side(i: int, keys: list, sent_of: list, pos: list, units: list) -> bool:
    """Whether another figure of ``i``'s sentence, in a unit of cases, is keyed approval.cases_handled too (窗口办件4万件、
    网上办件6万件: parts side by side; a stream whose sibling got no key, 全镇通办业务640宗，跨区域办理业务372宗, is
    still named alone as far as the key goes)."""
    for j in _sentence_members(sent_of).get(sent_of[i], ()):
        if j != i and pos[j] is not None and _s(units[j]) in _CASE_UNITS_HANDLED and keys[j] == "approval.cases_handled":
            return True
    return False
# LABELING 5: litigation.as_defendant counts suits against the reporting organ; a department's count of suits it
# handles against a government (承办以县政府为被告的行政诉讼案件12件, 县政府作为被告的…案件中由我局承办的) is its share of
# the government's suits: neither the government's total nor suits against the department or town
# (a county, city or province government: a town's own 镇政府 is the reporting organ)
_GOV_DEFENDANT = re.compile(r"[县市区省州旗盟](?:人民)?政府(?:及其部门)?(?:作为|为)(?:共同)?被告|[县市区省州旗盟](?:人民)?政府被诉")
# LABELING 5: a count of teams formed (成立2个督察组, 组建5个工作专班, 3支宣讲队) counts the teams, not the inspections,
# events or items they go on to do; only a key whose own label names teams (应急救援队伍) counts them
_TEAM_AFTER = re.compile(r"\s*[\u4e00-\u9fff“”]{0,6}?(?:督察组|督导组|检查组|巡查组|考核组|评估组|工作组|专项组|小组|专班|工作队|"
                         r"服务队|宣讲团|宣讲队|讲师团|分队)")
_TEAM_UNITS = frozenset({"个", "支"})
_ONE_THING = "approval.one_thing_items"
_ONE_THING_AFTER = re.compile(r"\s*[\u4e00-\u9fff]{0,6}?[“\"]?(?:高效办成)?一件事")
# the quoted 一件事 right before a count in 件 (完成…“高效办成一件事”30件) names the items; unquoted, 办成一件事4.1万件 is
# the cases done under the reform
_ONE_THING_BEFORE = re.compile(r"一件事[”\"](?:共计|共|达)?\s*$")
# LABELING 15: a coverage rate is decisions.legal_counsel_coverage only when 法律顾问 names what it covers
_COUNSEL_COVERAGE = "decisions.legal_counsel_coverage"
_BARE_COVERAGE = re.compile(r"\s*(?:实现|均|全部|已)?(?:覆盖率|覆盖面)(?:均|已)?(?:达到|达|为|实现)?\s*")
# a list of the levels below a level (州级以下, 县级及以下): several organs' items, not the reporting organ's own list
_BELOW_LEVEL = re.compile(r"级(?:及)?以下")


@lru_cache(maxsize=1)
def _key_labels() -> dict[str, str]:
    """key -> its Chinese label."""
    return {r["key"]: r["label_zh"] for r in _catalog_rows()}


def _counted_act_gate(keys: list, basis: list, names: list, sent_of: list, pos: list, sent_text: dict,
                      units: list, text: str | None = None) -> None:
    """Re-key or withhold (in place) keys whose figure counts other people, another act, a sub-type or teams: exam
    takers keyed as trainees, meetings with no law work, satisfaction ranks, sub-types of agency heads, a
    department's share of a government's suits, the 办件 of one reform or window, coverage rates of something
    other than legal counsel, teams formed."""
    prev_end = _prev_ends(sent_of, pos)
    labels = _key_labels()
    for i, k in enumerate(keys):
        if k is None or pos[i] is None:
            continue
        if _s(units[i]) in _TEAM_UNITS and "队" not in labels.get(k, "") and "组" not in labels.get(k, "") \
                and _TEAM_AFTER.match(sent_text[sent_of[i]], pos[i][1]) is not None:
            keys[i] = basis[i] = None
            continue
        if k in _PEOPLE_TRAINED:
            own, before = _own_words(i, sent_of, pos, sent_text, prev_end)
            if _PLACE_TRAINS.search(own) is not None:
                keys[i] = basis[i] = None  # (PLACE_TRAINS)
                continue
        if k == "capacity.trainees" and (
                _COVER_PLACE.search(sent_text[sent_of[i]], max(0, pos[i][0] - 8), pos[i][0]) is not None
                or "全覆盖" in _right_words(i, sent_of, pos, sent_text)):
            keys[i] = basis[i] = None  # (PLACE_COVERAGE)
            continue
        if k == "capacity.trainees":
            own, before = _EXAM_MEANS.sub("", own), _EXAM_MEANS.sub("", before)
            exam = own if _EXAM.search(own) else (before if not _TRAINING_ACT.search(own.replace("参训", ""))
                                                   and _EXAM.search(before) else "")
            if not exam:
                continue
            if _TRAINING_ACT.search(exam) is not None or _LAW_EXAM.search(exam) is None:
                keys[i] = basis[i] = None
            else:
                keys[i], basis[i] = "capacity.exam_takers", f"{basis[i]}; people of an exam ({_EXAM.search(exam).group()})"
        elif k in _MEETING_KEYS:
            own, before = _own_words(i, sent_of, pos, sent_text, prev_end)
            right = _right_words(i, sent_of, pos, sent_text)
            if _INSTRUCTION.search(own + _SEP + right) is not None:
                keys[i] = basis[i] = None
                continue
            right2 = _mask_titles(_right_words(i, sent_of, pos, sent_text, 2))  # its clause and the next
            nxt = _TOUCHING.sub("", right2)
            if _CLAUSE_MARK.split(nxt, 1)[-1].lstrip().startswith("其中"):
                nxt = ""  # (其中3次专题听取…汇报: what some of them did, the part's own words)
            own, before = _TOUCHING.sub("", own), _TOUCHING.sub("", before)
            # (JUSTICE_BODY: 司法 in a body's name, 司法部相关工作会议, 全市司法行政系统…部署会, names whose meeting or
            # system it is, not law work the meeting did)
            own, before, nxt = _JUSTICE_BODY.sub("□", own), _JUSTICE_BODY.sub("□", before), _JUSTICE_BODY.sub("□", nxt)
            if _INCLUDING.search(own + _SEP + (names[i] or "")) is not None:
                keys[i] = basis[i] = None  # (INCLUDING_LAW)
                continue
            if (_STANDING_MEETING.search(own) is not None
                    and _LAW_WORD_ANY.search(own + _SEP + _TOUCHING.sub("", names[i] or "") + _SEP
                                             + _mask_titles(right).split("、")[0]) is None
                    and not (basis[i] or "").endswith(_OBJECT_AFTER_BASIS)
                    and _TOPIC_COUNT.search(right2) is not None):
                keys[i] = basis[i] = None  # (GENERAL_MEETING_TOPICS)
                continue
            if (basis[i] or "").endswith(_OBJECT_AFTER_BASIS):
                # the key was read from the verb and the object after the figure (听取1次…党组法治建设情况报告): the
                # matched words are the figure's own
                own += _SEP + _TOUCHING.sub("", _basis_words(basis[i]))
            noun_after = _MEETING_NOUN_AFTER.match(right) if _MEETING_VERB_END.search(own) is not None else None
            if noun_after is not None:
                # NUMBER_FIRST: the count before its noun (召开3次区委全面依法治区委员会会议): the meeting named right
                # after the figure is the figure's own words, as a name before it would be
                own += _SEP + _mask_titles(noun_after.group())
            if _LAW_WORD_ANY.search(own + _SEP + _JUSTICE_BODY.sub("□", _TOUCHING.sub("", names[i] or ""))) is None \
                    and not any(
                    _LAW_WORD_ANY.search(w) is not None and _DECIDE_VERB.search(w) is not None for w in (before, nxt)) \
                    and not (_GENERIC_MEETING.fullmatch(names[i] or "") is not None and _LAW_BODY.search(
                        _mask_titles(sent_text[sent_of[i]][:pos[i][0]])) is not None) \
                    and not (text is not None and sent_of[i][0] == "t"
                             and _BODY_MEETING.fullmatch(_CONVENE_HEAD.sub("", names[i] or "")) is not None
                             and not (_DECIDE_VERB.search(nxt) is not None and _LAW_WORD_ANY.search(nxt) is None)
                             and _LAW_BODY.search(_mask_titles(
                                 text[max(text.rfind("\n", 0, sent_of[i][1]) + 1, sent_of[i][1] - 600):
                                      sent_of[i][1] + pos[i][0]])) is not None):
                # (LAW_BODY_MEETING: a generic meeting, 专题会议 or 专题部署会, in a sentence whose subject is a
                # rule-of-law leading body, 依法行政工作领导小组…召开专题会议5场, is that body's meeting on its work;
                # so is a meeting with no body of its own, or only 委员会/领导小组 or the body's parts (COMMITTEE_PARTS:
                # 召开委员会会议, 各小组会议), in a paragraph whose earlier words, in or before the figure's sentence, set up
                # or name that body: 成立依法治镇委员会…。全年召开委员会专题会议12次)
                # (the clause before or after says what the meetings did only with a verb of deciding: 共研究30余项
                # 法治议题; a next item of a list, 中心组开展法治理论专题学习12次, is another event's)
                keys[i] = basis[i] = None
        elif k == "leadership.assessment_rank":
            own, before = _own_words(i, sent_of, pos, sent_text, prev_end)
            words = _ORGAN_GOV.sub("", before + _SEP + own + _SEP + (names[i] or ""))
            if _SATISFACTION.search(own + _SEP + (names[i] or "")) is not None or _RANK_TOPIC.search(words) is None:
                keys[i] = basis[i] = None
            elif _OUTSIDE_RANKER.search(_mask_titles(sent_text[sent_of[i]][:pos[i][0]]) + _SEP + own + _SEP
                                        + (names[i] or "")) is not None:
                # 在世界银行发布的…报告中…位居全球第28位: a ranking published by a body outside the government's
                # assessments (the world's economies ranked), not a place in an assessment of the organ
                keys[i] = basis[i] = None
        elif k in _HEAD_KEYS:
            own, _ = _own_words(i, sent_of, pos, sent_text, prev_end)
            words = own + _SEP + (names[i] or "")
            top, deputy = _HEAD_TOP.search(words), _HEAD_DEPUTY.search(words)
            if (top is None) != (deputy is None):
                keys[i] = basis[i] = None
        elif k == "litigation.as_defendant":
            own, before = _own_words(i, sent_of, pos, sent_text, prev_end)
            if _GOV_DEFENDANT.search(before + _SEP + own + _SEP + _right_words(i, sent_of, pos, sent_text)):
                keys[i] = basis[i] = None
        elif k == "approval.cases_handled":
            left = _mask_titles(sent_text[sent_of[i]][prev_end[i]:pos[i][0]])
            if _CASE_STREAM.search(left + _SEP + (names[i] or "")) is not None and "其中" not in left \
                    and not _streams_side_by_side(i, keys, sent_of, pos, units):
                # (a part after 其中 has its total stated: the part rule decides it, step 4)
                keys[i] = basis[i] = None
        elif k == _ONE_THING and _s(units[i]) == "件":
            # 推动13件国办“一件事”落地: the items of a 一件事 list are counted in 件 only with the number before them;
            # “一件事”…办理1.2万件 counts the cases handled (ONE_THING_JIAN)
            if _ONE_THING_AFTER.match(sent_text[sent_of[i]], pos[i][1]) is None and _ONE_THING_BEFORE.search(
                    sent_text[sent_of[i]], prev_end[i], pos[i][0]) is None:
                # (完成国家部署的“高效办成一件事”30件: the number right after the 一件事 named counts them too)
                keys[i] = basis[i] = None
        elif k in _STOCK_KEYS and _BELOW_LEVEL.search(names[i] or "") is not None:
            # 疏理州级以下行政许可事项394项: the items of the levels below (or of several levels), not the reporting
            # organ's own list (LEVELS_BELOW)
            keys[i] = basis[i] = None
        elif k == _COUNSEL_COVERAGE:
            own, before = _own_words(i, sent_of, pos, sent_text, prev_end)
            if "法律顾问" not in own + _SEP + (names[i] or "") and not (
                    _BARE_COVERAGE.fullmatch(own) is not None and "法律顾问" in before):
                # (BARE_COVERAGE: a clause that is only the rate, 覆盖率达100%, is the coverage of what the clause
                # right before it in the sentence says: …各村均聘请律师担任法律顾问，覆盖率达100%)
                keys[i] = basis[i] = None


# LABELING 22/53: items a higher level handed down (省级下放行政权力事项, 省、市级下放, 上级下放 in a county report) are
# received by the reporting organ, not delegated by it. A level is higher when it stands above the organ's level
# (国家 > 省 > 市/州 > 县/区 > 镇/街道); a department's level is unknown, so only 国家/国务院/中央 and 上级 are higher.
_HANDED_DOWN = re.compile(r"((?:国家|国务院|中央|省|自治区|市|州|盟|县|区|旗)(?:[、和及](?:省|自治区|市|州|县|区))*)级下放|"
                          r"(上级|国家|国务院|中央)下放")
_LEVEL_WORD_RANK = {"国家": 0, "国务院": 0, "中央": 0, "上级": 0, "省": 1, "自治区": 1, "市": 2, "州": 2, "盟": 2,
                    "县": 3, "区": 3, "旗": 3}
_ORGAN_RANK = {"province": 1, "city": 2, "county": 3, "district": 3, "town": 4, "sub_district": 4,
               "department": 1}  # (a department: only the words of rank 0 are surely above it)
_DELEGATED = "approval.items_delegated"


def organ_level(level: str | None, region: str | None) -> str | None:
    """The level of the reporting organ's government for :func:`annotate`: ``level`` itself for a government;
    for a department (or no level), the level of its region's last unit (长沙市某区 -> district), as a department
    stands at its government's level; None when neither says."""
    if level and level != "department":
        return level
    from .places import _provinces, region_units

    units = region_units(region)
    if not units:
        return level
    last = units[-1]
    if len(units) == 1 and last in _provinces():
        return "province"
    for ends, lv in ((("街道",), "sub_district"), (("镇", "乡", "苏木"), "town"), (("县", "旗"), "county"),
                     (("区",), "district"), (("市", "州", "盟", "地区"), "city"), (("省", "自治区"), "province")):
        if last.endswith(ends):
            return lv
    return level


# MOVED_ITEMS: a count of licensing or service items in a sentence that moves them is a count of the move, not the
# list's stock: 相对集中行使…事项1525项，其中行政许可事项203项 (powers concentrated in the approval bureau:
# approval.items_transferred); 将2项行政许可…审批权限由市级调整为区级 (handed down: approval.items_delegated, unless the
# reporting organ is at the lower level, LABELING 22/53)
_CONCENTRATED = re.compile(r"相对集中")
_MOVED_DOWN = re.compile(r"由(国家|省|自治区|市|州|盟|县|区|旗)级?(?:调整|下放|下沉)(?:为|至|到)"
                         r"(?:市|州|县|区|旗|乡镇|乡|镇|街道)级?")
_MOVED_KEYS = frozenset({"approval.licensing_items", "approval.service_items", None})
_MOVED_UNITS = frozenset({"项", "个"})


def _moved_items_key(keys: list, basis: list, roles: list, sent_of: list, pos: list, sent_text: dict, units: list,
                     level: str | None) -> None:
    """Give (in place) the key of the move to a count of items in a sentence that concentrates or hands them down."""
    organ = _ORGAN_RANK.get(level or "", 1)
    for i, k in enumerate(keys):
        if k not in _MOVED_KEYS or pos[i] is None or roles[i] not in ("level", "part") \
                or _s(units[i]) not in _MOVED_UNITS:
            continue
        full = sent_text[sent_of[i]]
        if "相对集中" not in full and "由" not in full:  # (neither pattern can match: no scan)
            continue
        if k == "approval.licensing_items" and _CONCENTRATED.search(full, 0, pos[i][0]) is not None:
            keys[i], basis[i] = "approval.items_transferred", f"{basis[i]}; licensing powers concentrated (相对集中)"
            continue
        mk = _CLAUSE_MARK.search(full, pos[i][1])
        down = _MOVED_DOWN.search(full, pos[i][1], mk.start() if mk else len(full))
        if down is None or ("事项" not in full[pos[i][1]:down.start()] and "许可" not in full[pos[i][1]:down.start()]):
            continue
        if _LEVEL_WORD_RANK.get(down.group(1), 0) < organ and level is not None and level != "department":
            keys[i] = basis[i] = None  # handed down to the reporting organ: received, not delegated
            continue
        keys[i], basis[i] = _DELEGATED, f"由{down.group(1)}级…调整为下级 ⇐ items handed down"


def _received_items_gate(keys: list, basis: list, names: list, sent_of: list, pos: list, sent_text: dict,
                         level: str | None) -> None:
    """Withhold (in place) approval.items_delegated when the figure's own clause or name says a level above the
    reporting organ handed the items down (LABELING 22/53); the organ's level unknown: only 上级/国家 are above."""
    organ = _ORGAN_RANK.get(level or "", 1)
    prev_end = None
    for i, k in enumerate(keys):
        if k != _DELEGATED or pos[i] is None:
            continue
        if prev_end is None:
            prev_end = _prev_ends(sent_of, pos)
        own, _ = _own_words(i, sent_of, pos, sent_text, prev_end)
        for m in _HANDED_DOWN.finditer(own + _SEP + (names[i] or "")):
            words = re.findall("|".join(_LEVEL_WORD_RANK), m.group(1) or m.group(2))
            if words and max(_LEVEL_WORD_RANK[w] for w in words) < organ:
                keys[i] = basis[i] = None
                break


# NOUN_AFTER_FIGURE: the words before a figure are only a verb or the preposition 对 (召开, 专题听取, 组织对), with at
# most a subject or time before them; what is counted, and what was done to it, follow the number. (将/把 + N + object
# + verb are left out: on tuneA/tuneB their clauses hold a second number or a verb that says where the things go)
_VO_TAIL = re.compile(r"(?:(?:主持)?召开|(?:专题)?听取|(?:专题)?研究|组织开展|开展|举办|组织)?"
                      r"(?:(?<![应绝反面针])对|(?<![成造迁将早])就)?"
                      r"(?:全县|全市|全区|全省|全州|全镇|全乡|全旗|辖区|各级|各类|全体)?$")
_VO_TAIL_REACH = 24  # more than the longest match of _VO_TAIL ((主持)召开 + 对 + 全县…: 8 characters)
# the characters a non-empty _VO_TAIL match ends with (keep in step with _VO_TAIL): a clause ending otherwise
# (before a final newline, as $ reads it) gives only the empty match, and no search is needed
_VO_TAIL_LAST = frozenset("开取究展办织对就县市区省州镇乡旗级类体")
_VO_PREP = re.compile(r"对|就")  # (就…征求意见: the object of a consultation, as 对 opens one of a review)
# the subject that may stand before such a verb: a body or its leaders (领导小组召开两次会议, 县政府先后…)
_VO_SUBJECT = re.compile(r"^[\u4e00-\u9fff]{0,10}(?:小组|委员会|政府|党委|党组|常委会|中心组|领导|负责同志|负责人|我[县市区局镇乡州]|"
                         r"本[县市区局镇乡])(?:先后|专题|共|全年|累计|每年|年内)*$")
_VO_NUMBER = re.compile(r"(?<!第)(?:[0-9０-９]|[零〇一二两三四五六七八九十百千万]+(?=[次个项家名人件期场份条批轮]))")
_VO_MAX = 48  # characters of a verb phrase after the figure read at most (a longer clause is several acts)


# BARE_BODIES (LABELING 25, 51): a count of bodies written with no measure word (2市, 4县, 6单位, 5部门) after 对
# in its clause counts the bodies the act after it reached, as 2个市 would: read with the classifier 个
_BARE_BODY = re.compile(r"[0-9０-９一二两三四五六七八九十]+(?:市|县|区|单位|部门|乡镇|街道)$")


# OBJECT_LIST: the bodies after 对 listed before the act done to them (对5个县(市、区)、3个市直园区及部分部门开展…督察;
# 对区公安分局、区城管局等10家单位…开展实地督察): each count of the list is read with the 对 that opens it
_SECOND_ACT = re.compile(r"(?<![合兼吞])并(?![列行购入网存轨联])")
_OBJECT_ITEMS = re.compile(r"(?:(?:全县|全市|全区|全省|全州|各)?(?:[0-9０-９]+[个家所])?[^、，,；;。：:对0-9０-９和及]{1,12}"
                           r"(?:、|和|及))+$|[^，,；;。：:对0-9０-９]{2,40}等$")
_OBJECT_GAP = re.compile(r"(?:[^、，,；;。：:对0-9０-９和及]{1,12}(?:、|和|及))+")  # items between two counts
# the bodies of a SUBJECT_LIST name their leaders too (县(市、区)党政主要负责人、): items as long as _SUBJECT_ITEMS' (16)
_SUBJECT_GAP = re.compile(r"(?:[^、，,；;。：:对0-9０-９和及]{1,16}(?:、|和|及))+")
_YEAR_WORD = re.compile(r"(?:19|20)[0-9]{2}年度?")  # a year in the act's words is no second count


def _share_object_list(keys: list, basis: list, rows, roles: list, sent_of: list, pos: list, sent_text: dict,
                       listed: set) -> None:
    """Key (in place) each unkeyed count of bodies listed after 对 before a keyed count of the same list
    (``listed``: keyed by the act done to the list), when only other items of the list stand between them."""
    for j in sorted(listed, reverse=True):
        i = j - 1
        while (i >= 0 and keys[i] is None and sent_of[i] == sent_of[j] and pos[i] is not None and pos[j] is not None
               and rows[i][1] == rows[j][1] == "level" and roles[i] == "level"
               and (_s(rows[i][2]) in _CLASSIFIERS or _BARE_BODY.search(_s(rows[i][3])) is not None)):
            gap = sent_text[sent_of[i]][pos[i][1]:pos[i + 1][0]]
            gap_rx = _SUBJECT_GAP if keys[j] in _SUBJECT_LIST_KEYS else _OBJECT_GAP
            if not (gap == "" and _BARE_BODY.search(_s(rows[i][3])) is not None) \
                    and gap_rx.fullmatch(_SHIELD.sub(lambda m: "_" * len(m.group()), gap)) is None:
                break  # (BARE_BODIES: 2市4县6个单位, counts of bodies side by side with no mark between)
            keys[i], basis[i] = keys[j], f"{basis[j]}; a body listed with the next"
            i -= 1


# SUBJECT_LIST: bodies (or their leaders) listed side by side, each with its count, before one act they all do
# (组织27个乡镇和45个部门主要负责人现场述法; 9个镇(街道)党委书记、3个部门负责同志述法): each count is a part of
# the act split by body with no total stated, and takes the act's key (LABELING 31). Read only for the keys
# whose figure counts the bodies or leaders doing the act (述法); other acts keep their own grammar.
_SUBJECT_LIST_KEYS = frozenset({"leadership.law_reports"})
_SUBJECT_ITEMS = re.compile(r"(?:全县|全市|全区|全省|全州|全旗|各)?[0-9０-９]+(?:个|家|名|位)"
                            r"[^、，,；;。：:0-9０-９和及]{1,16}(?:、|和|及)"  # the first item has its count
                            r"(?:(?:[0-9０-９]+(?:个|家|名|位))?[^、，,；;。：:0-9０-９和及]{1,16}(?:、|和|及))*$")


# a leadership body hearing the listed leaders (县委常委会专题听取, 组织): the words before the list may be only that
_LIST_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{0,10}(?:常委会|常务会议|常务会|党组|党委|政府|小组|委员会))?"
                        r"(?:先后|专题|集中|现场)*(?:听取|组织|安排)")


def _subject_list_left(left_clause: str) -> str | None:
    """The verb before a list of counted bodies that ends right before the figure (组织|27个乡镇和), or None
    when the words before the list are more than a verb (_VERB_ONLY) or there is no such list."""
    shielded = _SHIELD.sub(lambda m: "_" * len(m.group()), left_clause)
    m = _SUBJECT_ITEMS.search(shielded)
    if m is None:
        return None
    head = left_clause[:m.start()]
    if _VERB_ONLY.fullmatch(head) is None and _LIST_HEAD.fullmatch(head) is None:
        return None
    return head


def _object_list_left(left_clause: str) -> str | None:
    """The clause up to and with the 对 that opens a list of bodies ending right before the figure, or None."""
    at = left_clause.rfind("对", max(0, len(left_clause) - _LIST_REACH))
    if at < 0 or at == len(left_clause) - 1:
        return None
    rest = _SHIELD.sub(lambda m: "_" * len(m.group()), left_clause[at + 1:])
    if _OBJECT_ITEMS.fullmatch(rest) is None:
        return None
    return left_clause[:at + 1]


def _object_after_key(c: _Compiled, unit: str, measure: str, left_clause: str, right: str, raw: str, clause: str,
                      sentence: str, scope: _Scope | None, years: bool = False) -> tuple[str, str] | None:
    """(key, key_basis) of a figure whose words before it are only a verb or the preposition 对 (召开, 专题听取,
    组织对) with at most a subject or a time before them: the clause is read as if the number were left out, so
    the verb and what follows the number to the clause end name it (召开2次会议 -> 召开会议; 专题听取2次法治
    政府建设工作汇报; 对27家单位开展法治督察). Words after that hold another number are a list whose items
    share a verb (对41份文件、9份合同进行审查: step 3b reads those) or several acts: not read here; with ``years``
    (the last count of a list of bodies, 对14个县、41家部门的2030年度考核) a year among them is no other count."""
    # _VO_TAIL matches at most 8 characters before the end: searching only the tail finds the same match without
    # trying every start of a long clause (linear time on a run with no clause end)
    if (left_clause[-2:-1] if left_clause.endswith("\n") else left_clause[-1:]) not in _VO_TAIL_LAST:
        return None  # only the empty match
    m = _VO_TAIL.search(left_clause, max(0, len(left_clause) - _VO_TAIL_REACH))
    if m is None or m.start() == m.end():
        return None
    head, tail = left_clause[:m.start()], left_clause[m.start():]
    if _VO_PREP.search(tail) is None and _clean_left(head) and _VO_SUBJECT.match(head.strip()) is None:
        return None  # a verb with its own object before it (研究部署重点工作召开3次): not a bare verb
    end = _CLAUSE_MARK.search(right)
    np_ = _ASIDE.sub("", right[:end.start()] if end else right)
    if not np_.strip() or len(np_) > _VO_MAX or _VO_NUMBER.search(_YEAR_WORD.sub("", np_) if years else np_):
        return None
    pr = _PREDICATE_AFTER.search(np_, 1)
    if pr is not None:  # 聘请8名专家组成法律顾问团: what they form or join is said of them, not what they are
        np_ = np_[:pr.start()]
    sa = _SECOND_ACT.search(np_, 1)
    if sa is not None:  # 对4家单位开展督察并及时反馈问题: the act done to them ends where a second act begins
        np_ = np_[:sa.start()]
    # context from the sentence only: a heading on rule of law does not make any meeting held a meeting on it
    got = _match_key(c, unit, measure, left_clause + np_, "", raw, clause, sentence, "", None, scope, 0)
    if got is None and "、" in np_:
        # 听取1次县人大常委会、县政府、县法院党组法治建设情况报告: a 、 list of whose reports opens the object; the
        # last item runs on into the head of the whole list, which the verb takes (OBJECT_LIST_HEAD)
        m = _OPEN_LIST.match(np_)
        if m is not None:
            np_ = np_[m.end():]
            got = _match_key(c, unit, measure, left_clause + np_, "", raw, clause, sentence, "", None, scope, 0)
    if got is None:
        return None
    words = _basis_words(got[1])
    if not words or (left_clause + np_).rfind(words.replace("#", "")) + len(words) <= len(left_clause):
        return None  # only the words before the number matched: they were read already and gave no key
    return got[0], f"{got[1]}{_OBJECT_AFTER_BASIS}"


_OBJECT_AFTER_BASIS = "; the verb before the figure and the words after it"  # (the meetings gate reads it)


_OPEN_LIST = re.compile(r"(?:[\u4e00-\u9fff]{1,8}、)+(?=[\u4e00-\u9fff]{1,8}?(?:党组|党委|政府|部门|单位|机关|法院|检察院|常委会|"
                        r"政协|人大|局|委|办))")  # items that are bodies, before the last body and the head


# BODIES_REACHED: a clause that is only a verb of reach and bodies (覆盖镇街和部门, 涉及单位) after an inspection count
_INSPECTION_KEY = "leadership.inspections"
_BODY_NOUN = r"(?:部门|单位|乡镇|街道|镇街|机关)"  # (the bodies an inspection reaches or counts)
_BODIES_REACHED = re.compile(r"\s*(?:共|累计)?(?:覆盖|涉及|惠及)(?:全[区县市])?(?:[\u4e00-\u9fff]{0,6}[、和及])?"
                             r"[\u4e00-\u9fff]{0,4}?" + _BODY_NOUN + r"(?:共|达|达到)?\s*")

# ... or the verb alone before number-first bodies closing the clause (覆盖全区38个单位)
_REACH_VERB = re.compile(r"\s*(?:共|累计)?(?:覆盖|涉及)(?:全[区县市])?\s*")
_BODIES_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?" + _BODY_NOUN + r"\s*(?:[，,；;。！？!?]|$)")


# INSPECTED_BODIES (LABELING 25): a count of bodies whose clause, after the bodies' noun, ends in the inspection done
# to them (N个重点单位执法案卷专项督察; N家牵头单位…开展实地督察), with law named in that clause and no other
# number in it: the bodies inspected, counted as the catalog's inspection key counts them
_INSPECTED_HEAD = re.compile(r"[\u4e00-\u9fff]{0,8}?" + _BODY_NOUN)
_INSPECTION_END = re.compile(r"(?:法治|专项|实地|联合|集中|全面)*督察$")  # (督察, the word of 法治督察; not 督查)


def _inspected_bodies_key(c: _Compiled, unit: str, measure: str, right: str, raw: str, clause: str,
                          sentence: str, scope: _Scope | None) -> tuple[str, str] | None:
    """(key, key_basis) of a count of bodies whose own clause ends in the inspection done to them (INSPECTED_BODIES),
    or None."""
    head = _INSPECTED_HEAD.match(right)
    if head is None:
        return None
    end = _CLAUSE_MARK.search(right)
    rest = _ASIDE.sub("", right[:end.start()] if end else right)
    m = _INSPECTION_END.search(rest)
    if m is None or m.start() < head.end() - 1 or _DIGIT.search(rest) is not None \
            or _LAW_WORD_ANY.search(rest) is None or len(rest) > _VO_MAX:
        return None
    got = _match_key(c, unit, measure, "", m.group(), raw, clause, sentence, "", None, scope, 0)
    if got is None or got[0] != "leadership.inspections":
        return None
    return got[0], f"{got[1]}; the inspection the bodies counted underwent"


# a delegation whose recipient stands between the verb and the number (赋予自贸试验区实施五类132项…权限, 赋予39个
#经济发达镇77项…事项权限), or whose verb follows the object (431项市、区行政处罚权及行政强制权下放街道乡镇)
_DELEGATE = re.compile(r"下放|赋予|赋权")
_DELEGATED_OBJECT = " and its object "  # in the key basis: what the head-noun gate reads as the counted noun
_POWER_HEAD = re.compile(r"[\u4e00-\u9fff]{0,4}(?:事项权限|事项|权限|职权|权力|许可|权)$")


def _delegation_key(c: _Compiled, unit: str, measure: str, left_clause: str, right: str, raw: str, clause: str,
                    sentence: str, scope: _Scope | None) -> tuple[str, str] | None:
    """(key, key_basis) of a count of powers or items delegated whose verb (下放, 赋予, 赋权) is not next to its
    object: the verb before the figure in its clause with the recipient in between, or after the object that
    follows the figure. The verb and the head of the object (the noun after 等 for a 等 list) are read together
    by the catalog (赋予…权限 -> approval.items_delegated)."""
    end = _CLAUSE_MARK.search(right)
    np_ = _ASIDE.sub("", right[:end.start()] if end else right)
    if not np_ or _VO_NUMBER.search(np_) is not None:
        return None
    verbs = list(_DELEGATE.finditer(left_clause))
    after = _DELEGATE.search(np_)
    if after is not None:
        np_ = np_[:after.start()]
    elif not verbs:
        return None
    verb = after.group() if after is not None else verbs[-1].group()
    obj = np_[np_.rfind("等") + 1:] if "等" in np_ else np_
    head = _POWER_HEAD.search(obj)
    if head is None:
        return None
    for before, aft in ((verb + head.group(), ""), (verb, head.group())):
        got = _match_key(c, unit, measure, before, aft, raw, clause, sentence, "", None, scope, len(aft))
        if got is not None:
            return got[0], f"{got[1]}; the delegation verb {verb}{_DELEGATED_OBJECT}{head.group()}"
    return None


# bodies a figure may count right after it (15个乡镇开展…, 12家单位参加…)
_ENTITY = re.compile(r"(?:[^，。；、\s]{0,6}?)(?:部门|单位|乡镇|镇街|街道|村|社区|企业|机关|学校|县|区|市)"
                     r"(?:[（(][^）)]{1,8}[）)])?(?:开展|参加|参与|组织|举办|进行|实现|建立|设立|完成)")


# a clause that says only that people took part (累计参加人数达, 参训人员, 受众), with at most the verb 参加 after the
# number (累计290人次参加): the people of the activity the figure before it counted
_PEOPLE_ONLY = re.compile(r"[^，。；：！？,;:!?\n]{0,10}?(?:累计|共计|合计|共|总)?(?:参加人数|参训人数|参与人数|参学人数|"
                          r"参加人员|参训人员|参加|参与|参训|受众|受众人数|听众|受益人数|受益)[共计达到为有]{0,3}\s*")
_JOIN_AFTER = re.compile(r"\s*(?:参加|参与|参训|参学|到场)?(?:学习|培训|活动)?\s*(?:[，。；,;！？!?\n]|$)")


def _people_only(left_clause: str, right: str) -> bool:
    """Whether a count of people names only participation: its clause before the number is at most a who and
    a participation word (全县领导干部累计参加人数达, 受众) or nothing but 累计/共, and after it at most 参加
    to the clause end (累计290余人次参加，)."""
    lc = _clean_left(left_clause)
    if lc and _PEOPLE_ONLY.fullmatch(left_clause) is None:
        return False
    return _JOIN_AFTER.match(right) is not None and (bool(lc) or right.lstrip()[:2] in ("参加", "参与", "参训", "参学"))


# a clause ending in 对 (with a whole-place or 各 word) right before the figure: what follows is the object (OBJECT_THEN_ACT)
_DUI_END = re.compile(r"对(?:全[省市县区镇乡州旗]|各)?\s*$")
# the people a trainees count names are enforcement staff (执法人员, 行政执法人员, 综合执法人员): STAFF_TRAINEES
_STAFF_PEOPLE = re.compile(r"执法人员$")


def _staff_course_before(masked_left: str, cl: int) -> bool:
    """Whether the clause before the figure's clause names a training of enforcement staff
    (开展新入职行政执法人员培训7期，培训学员1300余人: the trainees are staff)."""
    if cl <= 1:
        return False
    m = _CLAUSE_TAIL.search(masked_left, 0, cl - 1)
    prev_clause = masked_left[m.start() + 1 if m else 0:cl - 1]
    return "培训" in prev_clause and _STAFF.search(prev_clause) is not None


def _activity_before(keys: list, sent_of: list, i: int, masked_left: str, cl: int) -> str | None:
    """The key of the activity whose people a 覆盖/惠及 clause counts: that of the figure right before it in
    its sentence, or, with no figure in the clause before, the activity that clause names (开展法治培训，覆盖…)."""
    if i > 0 and sent_of[i - 1] == sent_of[i]:
        if keys[i - 1] == "capacity.publicity_materials" and i > 1 and sent_of[i - 2] == sent_of[i] \
                and keys[i - 2] == "capacity.law_publicity_events":
            # MATERIALS_THEN_AUDIENCE: 开展宪法宣传10场，发放宣传册2万份，覆盖1.8万人次 — the materials are handed out at
            # the publicity events counted right before them; the people covered are that campaign's audience
            return keys[i - 2]
        return keys[i - 1] if keys[i - 1] in _AUDIENCE_OF else None
    m = _CLAUSE_TAIL.search(masked_left, 0, max(cl - 1, 0))
    prev_clause = masked_left[m.start() + 1 if m else 0:max(cl - 1, 0)]
    for word, key in _ACTIVITY_WORDS:
        if word in prev_clause:
            return key
    return None


def _next_sentence(text: str | None, spans, i: int, sent_of: list[tuple]) -> bool:
    """Whether figure ``i`` stands in the sentence right after the one of figure ``i - 1``, in the same
    paragraph (审结131宗，其中… after a sentence about 行政复议 continues its family)."""
    if spans is None or i == 0 or sent_of[i][0] != "t" or sent_of[i] == sent_of[i - 1]:
        return False
    end = _int(spans[i - 1][1])
    if end is None:
        return False
    gap = text[end:sent_of[i][1]]
    return "\n" not in gap and sum(gap.count(ch) for ch in _ENDS) == 1


def _part_of_section(info: dict[int, tuple[int | None, str, str]], sid: int) -> str:
    cur, seen = sid, set()
    while cur is not None and cur in info and cur not in seen:
        seen.add(cur)
        pid, _, part = info[cur]
        if part:
            return part
        cur = pid
    return ""


# ---------------------------------------------------------------------------------------------- change statements

# the words that make a change a comparison with the previous period (同比, 较上年, 比去年同期, 与2020年相比)
_PRIOR_PERIOD = re.compile(r"同比|比上年|较上年|比去年|较去年|与上年|与去年|比上一年|较上一年|上年同期|去年同期|"
                           r"(?:比|较|与)(?:19|20)\d{2}年")
_GAP_MAX = 24  # characters between a figure and the change that follows it
_GAP_STOP = re.compile(r"[。；;！？!?]|其中")
# what may stand between a figure and its change besides the comparison: punctuation and filler words
_SUBJECT = re.compile(r"[^\u4e00-\u9fff]|相比|同期|的|了|分别|均|总数|数量|总量|共|，|增加|增长|减少|下降|提高|上升|提升|降低|"
                      r"[件人次项个宗起]")


def link_changes(records: list[dict]) -> list[dict]:
    """Give a change statement the key of the figure it modifies as its ``base_key`` (in place; returns ``records``).

    ``全年受理行政复议案件56件，较上年减少12件``: the change (measure ``change``) takes as ``base_key`` the key
    of the level figure right before it in the same sentence, when the words between them compare with the
    previous period (同比, 较上年, 比去年, 与2020年相比 …), hold no sentence break or 其中, and the units agree:
    个百分点 after a % figure, a % change after any figure except a % one (上升4.2% of a rate is relative or
    points: left alone), otherwise the same unit. A change with no figure before it in its clause keeps the key
    :func:`annotate` read from the words naming what changed (``办件量同比增长18.5%``) as its base_key. A change
    whose nearest figure before it has no key stays without one.

    A change is not the indicator itself (LABELING rule 1): its ``key`` is empty, unless the catalog counts that
    key as a change (its ``measure`` holds ``change``: 审批时限压缩比例 ``压缩60%``), which keeps its key and
    gets no base_key. ``base_key`` is what the report-to-report claim check (:mod:`fazhi_analysis.compare`) reads.

    Args:
        records: figure records in document order with measure, key, unit, start, end, sentence and
            paragraph_id (a ``role`` of ``change`` also marks a change).
    """
    own = _change_keys()
    prev: dict | None = None
    for r in records:
        is_change = r.get("measure") == "change" or r.get("role") == "change"
        r.setdefault("base_key", None)
        if is_change and r.get("key") is not None and r["key"] not in own:
            # the key annotate read from the words naming what changed: the base, not the figure's own key
            r["base_key"], r["key"] = r["key"], None
        elif is_change and r.get("key") is None and r["base_key"] is None and prev is not None \
                and _modifies(prev, r):
            r["base_key"] = prev["key"]
            if "key_basis" in r and r.get("key_basis") is None:
                r["key_basis"] = "change_of"
        if r.get("measure") == "level" and r.get("role", "level") not in ("change",) + _NOT_CURRENT:
            prev = r
        elif r.get("paragraph_id") != (prev or {}).get("paragraph_id"):
            prev = None
    return records


@lru_cache(maxsize=1)
def _change_keys() -> frozenset[str]:
    """The catalog keys whose own measure is a change (审批时限压缩比例): a change statement keeps those."""
    return frozenset(r["key"] for r in _catalog_rows() if "change" in _split(r["measure"]))


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
    if len(_SUBJECT.sub("", _PRIOR_PERIOD.sub("", gap))) >= 2:  # 查处案件532件，罚没款同比下降20%: another subject
        return False
    bu, cu = base.get("unit"), change.get("unit")
    if cu in ("个百分点", "百分点"):
        return bu == "%"
    if cu == "%":
        return bu != "%"
    return cu is not None and cu == bu


# ------------------------------------------------------------------------------- LABELING 66-73 (stop 31 gates)
_SEGMENT_MARKS = "；;。！？!?\n"
_SEGMENT_END = re.compile(r"[；;。！？!?\n]")


def _segment(full: str, s: int, e: int) -> str:
    """The part of a sentence between the ；/。 marks around the figure at [s, e)."""
    lo = max(full.rfind(ch, 0, s) for ch in _SEGMENT_MARKS) + 1
    m = _SEGMENT_END.search(full, e)
    return full[lo:m.start() if m else len(full)]


# MEETING_PURPOSE (LABELING 68, 52): meetings whose only act in their part of the sentence is to 审议 named documents
# or drafts (常务会议N次，审议《某条例》《某办法》等法规草案) did document work, not rule-of-law work: no meetings key
# unless that part names rule-of-law work (法治, 依法行政, 依法治X, 述法) outside the titles. (Meetings the organ only
# asked for, 提请/报请召开某委员会会议N次, are another body's: _ATTEND of the attended-event gate.)
_REVIEW_ACT = re.compile(r"审议|审定")
_REVIEWED_DOCS = re.compile(r"《》|草案|文件|法规|规章|办法|条例")
# OTHER_AGENDA: the business a meeting count's clause lists (研究A、B等事项; 研究A和B等工作), split into its items
_MEETING_AGENDA = re.compile(r"(?:研究|部署|听取|审议)([^，,；;。：:]{2,40}?(?:、|和|及|与)[^，,；;。：:]{2,40}?)等"
                             r"(?:事项|工作|议题|问题|重大事项)")
_AGENDA_SPLIT = re.compile(r"、|和|及|与")
# an agenda item of rule-of-law work (法治建设, 依法行政, 规范性文件备案, 执法监督, 地方立法, 行政复议, 述法 …)
_AGENDA_LAW = re.compile(r"法|规范性文件|复议|诉讼|合法性|备案审查")


def _meeting_purpose_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) leadership.meetings for meetings that only reviewed documents (MEETING_PURPOSE) or took up
    a list of business of which rule-of-law work is one item (OTHER_AGENDA)."""
    for i, k in enumerate(keys):
        if k != _MEETING_KEY or pos[i] is None:
            continue
        full = sent_text[sent_of[i]]
        lo = _clause_start(full, pos[i][0])
        m = _CLAUSE_MARK.search(full, pos[i][1])
        clause = to_simplified(full[lo:m.start() if m else len(full)])
        listed = _MEETING_AGENDA.search(_mask_titles(clause))
        if listed is not None and any(_AGENDA_LAW.search(it) is None for it in _AGENDA_SPLIT.split(listed.group(1))):
            # OTHER_AGENDA (LABELING 68, 50): 常委会研究法治建设、安全生产等事项12次 — the meetings took up a list of
            # business of which rule-of-law work is one item: meetings on several matters, no key
            keys[i], basis[i] = None, None
            continue
        seg = _mask_titles(to_simplified(_segment(full, pos[i][0], pos[i][1])))
        if (_REVIEW_ACT.search(seg) is not None and _REVIEWED_DOCS.search(seg) is not None
                and _LAW_WORK.search(seg) is None and "述法" not in seg):
            keys[i], basis[i] = None, None


# REQUEST_HANDLED (LABELING 67): 办理征求法律意见N件次, 办理法规规章征求意见N件: requests for opinion that the organ
# handled, counted as requests, not opinions that counsel gave or comments on a draft
_OPINION_KEYS = frozenset({"decisions.counsel_opinions", "rules.legislative_opinions"})
_REQUEST_HANDLED = re.compile(r"(?:办理|承办|办结)[^，,；;。、]{0,12}?征求[^，,；;。、]{0,8}?意见(?:稿)?(?:共计|共|累计|达)?\s*$")


def _request_handled_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) an opinion key of a count of requests for opinion handled (REQUEST_HANDLED)."""
    for i, k in enumerate(keys):
        if k not in _OPINION_KEYS or pos[i] is None:
            continue
        full = sent_text[sent_of[i]]
        left = _mask_titles(full[_clause_start(full, pos[i][0]):pos[i][0]])
        if _REQUEST_HANDLED.search(left) is not None:
            keys[i], basis[i] = None, None


# ONE_CHANNEL (LABELING 66): a count of government-service cases limited to one channel or subset of items (网上办件,
# 综合窗口办件, 重点事项网办, 一证通办办理…) named alone is a part with no total: no key; channels side by side in the
# sentence (窗口办件4万件、网上办件6万件) each keep it (rule 31). The channel may be named in the clause the count's
# object was read from (政务服务事项网上可办率…，办理1.3万件)
_CASES_KEY = "approval.cases_handled"
# (a bare 窗口 is the hall's windows, its whole volume: 便民窗口共办理业务…, 审批服务窗口全年办理…)
_CHANNEL = re.compile(r"网上|线上|网办|掌上|指尖|综合窗口|专窗|自助|平台|一证|一网|重点事项|跨省|跨域|通办|帮办|代办")
_OBJECT_BEFORE = "of the clause before"
# (both channels together, 线上线下 / 网上网下, are the whole volume)
_BOTH_CHANNELS = re.compile(r"(?:线上|网上)[+＋和与及、]?(?:线下|网下)")


def _one_channel_gate(keys: list, basis: list, names: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) approval.cases_handled of a count limited to one channel named alone (ONE_CHANNEL)."""
    for i, k in enumerate(keys):
        if k != _CASES_KEY or pos[i] is None:
            continue
        full = sent_text[sent_of[i]]
        lo = _clause_start(full, pos[i][0])
        words = full[lo:pos[i][0]] + _SEP + (names[i] or "")
        if _OBJECT_BEFORE in (basis[i] or "") and lo > 0:
            words = full[_clause_start(full, lo - 1):lo] + _SEP + words
        ch = _CHANNEL.search(_BOTH_CHANNELS.sub("", _mask_titles(words)))
        if ch is None:
            continue
        if any(keys[j] == _CASES_KEY and j != i and sent_of[j] == sent_of[i] for j in range(len(keys))):
            continue  # (channels side by side: rule 31)
        keys[i], basis[i] = None, None


# STUDY_LEARNERS (LABELING 71): a law study phrasing with no learners (专题学法N次, 集中学法N次) counts a leaders' body's
# collective study only when a leaders' body is named in its sentence up to the figure or in its name; else it is law
# training (rule 44). 法治政府 is a topic, not a body (结合法治政府建设任务，开展专题学法10次)
_BARE_LAW_STUDY = frozenset({"专题学法", "集中学法", "集体学法"})
_TOPIC_GOVERNMENT = re.compile(r"法治政府|政府建设|数字政府|服务型政府")


def _study_learners_gate(keys: list, basis: list, names: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Re-key (in place) leadership.study_sessions read from a bare law study phrasing as capacity.training_sessions
    when no leaders' body is named before it in its sentence or in its name (STUDY_LEARNERS)."""
    for i, k in enumerate(keys):
        if k != "leadership.study_sessions" or pos[i] is None:
            continue
        if (basis[i] or "").split(" ⇐ ")[0] not in _BARE_LAW_STUDY:
            continue
        upto = _TOPIC_GOVERNMENT.sub("", _mask_titles(sent_text[sent_of[i]][:pos[i][0]]))
        nm = _TOPIC_GOVERNMENT.sub("", names[i] or "")
        if _LEADER_LEARNERS.search(upto) is None and _LEADER_LEARNERS.search(nm) is None:
            keys[i], basis[i] = "capacity.training_sessions", f"{basis[i]}; law study with no leaders' body named"


# MEETINGS_THEN_PURPOSE (LABELING 68): meetings counted before their noun (先后9次主持召开局党组会、局长办公会，…听取法治
# 政府建设情况汇报; 召开3次常委会、2次政府常务会、4次政府专题会，研究部署法治建设工作; 书记6次主持召开常委会会议，区长9次
# 主持召开常务会议，共研究30余项法治议题) are leadership.meetings when the rest of their part of the sentence says
# they deliberated rule-of-law work (a verb of deciding or hearing and 法治, 依法行政, 依法治X) and no other business
# (OTHER_BUSINESS). Study meetings are collective study, not meetings
_NUMBER_FIRST_MEETING = re.compile(r"(?P<verb>(?:亲自)?(?:主持|组织)?召开)?(?P<noun>[^，。；：、,;:\n0-9０-９]{0,16}?(?:会议|会))"
                                   r"(?:[（(][^（）()]{0,16}[）)])?"
                                   r"(?:(?:、|和|及|与)[^，。；：、,;:\n0-9０-９]{1,16}?(?:会议|会))*(?=[，,；;。、])")
_STUDY_MEETING = re.compile(r"学|训|讲|座谈")
_PURPOSE_VERB = re.compile(r"研究|部署|审议|听取")
# other business named beside the law work (学习重要讲话精神…研究解决重大问题, LABELING 50, 68): not a sole law purpose
# (法治建设重大问题, 法治政府重大事项: the major matters of the law work itself)
_OTHER_BUSINESS = re.compile(r"重要讲话|(?<!建设)(?<!法治)(?<!政府)重大(?:问题|事项)|经济工作|党建工作")


def _meetings_then_purpose_key(rows, keys: list, basis: list, roles: list, sent_of: list, pos: list,
                               sent_text: dict) -> None:
    """Key (in place) leadership.meetings for a count of meetings before their noun whose part of the sentence goes
    on to say they deliberated rule-of-law work (MEETINGS_THEN_PURPOSE)."""
    for i, k in enumerate(keys):
        if (k is not None or pos[i] is None or _s(rows[i][1]) != "level"
                or _s(rows[i][2]) not in _MEETING_UNITS or roles[i] not in ("level", "total")):
            continue
        full = sent_text[sent_of[i]]
        m = _NUMBER_FIRST_MEETING.match(full, pos[i][1])
        if m is None or _STUDY_MEETING.search(m.group()) is not None:
            continue
        if m.group("verb") is None and "召开" not in full[_clause_start(full, pos[i][0]):pos[i][0]]:
            continue
        end = _SEGMENT_END.search(full, m.end())
        rest = _mask_titles(full[m.end():end.start() if end else len(full)])
        if (_LAW_WORK.search(rest) is None or _PURPOSE_VERB.search(rest) is None
                or _OTHER_BUSINESS.search(rest) is not None):
            continue
        keys[i], basis[i] = _MEETING_KEY, f"召开*会议 ⇐ {m.group()}; meetings, then the law work they deliberated"


# STUDY_SENTENCE_LAW (LABELING 71): a study count of a leaders' body withheld for want of law in its own words takes
# the law from its SAME sentence, before or after it (开展中心组等专题学习12次，对习近平法治思想宣讲…; 常委会、中心组、
# 常务会共学习16次，…实现领导干部学法全覆盖). The leaders' body must be named in the count's own words or name, or be
# the nearest learners named before it in the sentence; an item with a topic of its own (主题教育, 第一议题, 党史) is
# that topic's study. Counts of many bodies (各级, 各部门), of party members or branches, and events attended
# elsewhere keep no key; so does a study with staff or no learners (its training key is left to the law-event gates)
_STUDY_READ = frozenset({"leadership.study_sessions", "capacity.training_sessions", _MEETING_KEY})
_STUDY_ACT = re.compile(r"(?:学习|学法|报告会|讲座)$")
_SENTENCE_LAW = re.compile(r"法治思想|法治理论|宪法|法律|法规|学法|民法典|条例|《[^《》]*法》")
_LEARNERS_ANY = re.compile(_LEADER_LEARNERS.pattern + "|" + _STAFF_LEARNERS.pattern + r"|党员|职工|工作人员")
_BODY_NAME = re.compile(r"理论学习中心组|理论中心组")
_OTHER_TOPIC = re.compile(r"主题教育|第一议题|党史|二十大|党纪|理论")


def _lent_law_text(i: int, full: str, sent_of: list, pos: list) -> str:
    """The words of figure ``i``'s sentence that may lend it a law topic (SIBLING_LAW): its own clause, and the
    clauses that count nothing of their own; a clause after its clause only when no other count follows the figure
    in its clause (an item before the last of a list: 中心组学习7次、主题党日学习5次，重点学习宪法… names the law of
    the last item, not this one's)."""
    spans = [(_clause_start(full, pos[j][0]), pos[j][1]) for j in _sentence_members(sent_of, pos)[sent_of[i]]
             if j != i and pos[j] is not None]
    lo = _clause_start(full, pos[i][0])
    m = _CLAUSE_MARK.search(full, pos[i][1])
    hi = m.start() if m else len(full)
    last = not any(pos[i][1] <= s_ < hi or pos[i][1] <= e < hi for s_, e in spans)
    out = []
    for a, b in [(0, lo), (lo, hi), (hi, len(full))]:
        if a == hi and not last:
            break
        seg = list(full[a:b])
        if a != lo:
            for s_, e in spans:  # blank the clauses of the other counts
                c_end = _CLAUSE_MARK.search(full, e)
                for k in range(max(s_, a), min(c_end.start() if c_end else len(full), b)):
                    seg[k - a] = _SEP
        out.append("".join(seg))
    return _SEP.join(out)


def _study_sentence_law_key(rows, keys: list, basis: list, names: list, roles: list, sent_of: list, pos: list,
                            sent_text: dict, read_before: list) -> None:
    """Key (in place) leadership.study_sessions for a study count of a leaders' body a gate withheld when its
    sentence names law (STUDY_SENTENCE_LAW)."""
    prev_end = _prev_ends(sent_of, pos)
    given: dict[int, str] = {}
    for i, k in enumerate(keys):
        if (k is not None or read_before[i] not in _STUDY_READ or pos[i] is None or _s(rows[i][1]) != "level"
                or _s(rows[i][2]) not in _EVENT_UNITS or roles[i] not in ("level", "total")):
            continue
        full = sent_text[sent_of[i]]
        lo = max(_clause_start(full, pos[i][0]), prev_end[i])
        own = _BODY_NAME.sub("中心组", _mask_titles(full[lo:pos[i][0]])).rstrip("共计累达有为 ")
        nm = _BODY_NAME.sub("中心组", names[i] or "")
        if (_STUDY_ACT.search(own) is None and _STUDY_ACT.search(nm) is None) or _OTHER_TOPIC.search(own + nm):
            continue
        upto = _TOPIC_GOVERNMENT.sub("", _mask_titles(full[:pos[i][0]]))
        if (_SENTENCE_LAW.search(_lent_law_text(i, full, sent_of, pos)) is None or _ATTEND.search(own) is not None
                or _RANK_AND_FILE.search(own + _SEP + nm) is not None
                or re.search(_MANY_BODIES, upto) is not None or _URGED_MANY.search(upto) is not None):
            continue
        who = _LEADER_LEARNERS.search(_TOPIC_GOVERNMENT.sub("", own) + _SEP + nm)
        if who is None:
            last = None
            for last in _LEARNERS_ANY.finditer(upto):
                pass
            if last is None or _LEADER_LEARNERS.fullmatch(last.group()) is None:
                continue
            who = last
        given[i] = f"{names[i] or own[-6:]}; a leaders' study whose sentence names law ({who.group()})"
    if not given:
        return
    # the study gates that withhold a study for other reasons than law (one count for each of several bodies, many
    # units, the staff as learners, an event attended elsewhere, whose count it is) still apply to the key given here
    trial, trial_basis, trial_names = list(keys), list(basis), list(names)
    for i, b in given.items():
        trial[i], trial_basis[i] = _STUDY_KEY, b
    _units_study_gate(trial, trial_basis, sent_of, pos, sent_text)
    _staff_study_gate(trial, trial_basis, trial_names, sent_of, pos, sent_text)
    _nobody_study_gate(trial, trial_basis, trial_names, sent_of, pos, sent_text)
    _each_gate(trial, trial_basis, sent_of, pos, sent_text)
    _attended_event_gate(trial, trial_basis, sent_of, pos, sent_text)
    _whose_count_gate(trial, trial_basis, sent_of, pos, sent_text)
    for i in given:
        keys[i], basis[i] = trial[i], trial_basis[i]

# PUBLICITY_ACTIVITY (LABELING 33, 72, 73): a count of activities whose name says they were law publicity (开展普法宣传
# 和“法律体检”活动N次; 开展习近平法治思想“六进”系列活动N场次: a campaign into communities, schools …) is
# capacity.law_publicity_events, decided by the act's word in the name, when no phrasing reached it (a second act
# joined by 和, a quoted campaign name). A joined act must itself be of law (法治体检, 法律咨询: the catalog's 法律宣传
# 咨询活动 covers both, LABELING 7); an act of no law joined to it (健康咨询) shares the count: no key. The gates on
# whose count it is still apply
_PUBLICITY_ACTIVITY = re.compile(r"(?:普法|法治宣传|法制宣传|法律宣传|宪法宣传|法治文化|送法|法治思想[^，。；、]{0,4}[七六五四三]进)"
                                 r"[^，。；]{0,16}活动$")
_PUBLICITY_KEY = "capacity.law_publicity_events"
_JOINED_ACTS = re.compile(r"和|及|与|、")


def _give_through_gates(keys: list, basis: list, given: dict, key: str, sent_of: list, pos: list,
                        sent_text: dict) -> None:
    """Give (in place) ``key`` with its basis to the figures of ``given`` ({index: basis}) that keep it through the
    each-body, attended-event and whose-count gates, run on a copy so that other figures' keys stay as they are."""
    if not given:
        return
    trial, trial_basis = list(keys), list(basis)
    for i, b in given.items():
        trial[i], trial_basis[i] = key, b
    _each_gate(trial, trial_basis, sent_of, pos, sent_text)
    _attended_event_gate(trial, trial_basis, sent_of, pos, sent_text)
    _whose_count_gate(trial, trial_basis, sent_of, pos, sent_text)
    for i in given:
        keys[i], basis[i] = trial[i], trial_basis[i]


def _publicity_activity_key(rows, keys: list, basis: list, names: list, roles: list, sent_of: list, pos: list,
                            sent_text: dict, read_before: list) -> None:
    """Key (in place) capacity.law_publicity_events for a count of activities named as law publicity
    (PUBLICITY_ACTIVITY)."""
    given: dict[int, str] = {}
    for i, k in enumerate(keys):
        if (k is not None or read_before[i] is not None or pos[i] is None or _s(rows[i][1]) != "level"
                or _s(rows[i][2]) not in _EVENT_UNITS or roles[i] not in ("level", "total")):
            continue
        m = _PUBLICITY_ACTIVITY.search(_mask_titles(names[i] or ""))
        if m is None or any(_LAW_WORD_ANY.search(part) is None for part in _JOINED_ACTS.split(m.group())[1:]):
            # (宪法宣传和健康咨询活动: an act of no law joined to the publicity shares the count, LABELING 7)
            continue
        given[i] = f"{m.group()}; activities named as law publicity"
    _give_through_gates(keys, basis, given, _PUBLICITY_KEY, sent_of, pos, sent_text)


# PUBLICITY_AUDIENCE (LABELING 73): the people a law publicity reached (累计覆盖受众N人次, 惠及群众N人次), withheld for want
# of law in their own words or in a keyed event before them, keep their key when their SENTENCE names law publicity or the
# organ's own rule-of-law campaign (普法, 法治宣传, 宪法宣传, 示范创建) and they are not officials
_CAMPAIGN_LAW = re.compile(_LAW_PUBLICITY_ACT.pattern + r"|示范创建|法治宣传月")
_AUDIENCE_KEY = "capacity.publicity_audience"


def _publicity_audience_key(rows, keys: list, basis: list, names: list, roles: list, sent_of: list, pos: list,
                            sent_text: dict, read_before: list) -> None:
    """Key (in place) capacity.publicity_audience for the people reached by a law publicity its sentence names
    (PUBLICITY_AUDIENCE)."""
    prev_end = _prev_ends(sent_of, pos)
    given: dict[int, str] = {}
    for i, k in enumerate(keys):
        if (k is not None or read_before[i] != _AUDIENCE_KEY or pos[i] is None or _s(rows[i][1]) != "level"
                or roles[i] not in ("level", "total")):
            continue
        full = sent_text[sent_of[i]]
        own = _mask_titles(full[max(_clause_start(full, pos[i][0]), prev_end[i]):pos[i][0]]) + _SEP + (names[i] or "")
        m = _CAMPAIGN_LAW.search(full)
        if m is None or _OFFICIAL_LEARNERS.search(own) is not None:
            continue
        given[i] = f"{basis[i] or names[i] or ''}; the people a law publicity reached ({m.group()})"
    _give_through_gates(keys, basis, given, _AUDIENCE_KEY, sent_of, pos, sent_text)


# COMMITTEE_MEETINGS (LABELING 68): meetings of a rule-of-law committee, its office or its groups named bare (召开委员会、
# 办公室及各协调小组会议N次; 组织召开委员会会议N次，各小组会议M次) where the sentence, the sentence right before it in
# its paragraph or a heading above names the committee's work (依法治区, 法治建设委员会): leadership.meetings
_COMMITTEE_ITEM = r"(?:委员会(?:办公室)?|办公室|(?:其|各|其各)?(?:[一二两三四五六七八九十0-9]+个)?(?:专项|协调|专门)?小组)"
_COMMITTEE_MEETINGS = re.compile(rf"\s*(?P<verb>(?:组织|主持|先后|定期)*召开)?(?P<list>{_COMMITTEE_ITEM}(?:(?:、|和|及|与|以及)"
                                 rf"{_COMMITTEE_ITEM})*(?:全体)?(?:会议|例会))(?:共计|共|累计)?\s*")
_LAW_COMMITTEE = re.compile(r"依法治[国省市县区州镇乡旗]|法治(?:建设|政府建设)?委员会")
_COMMITTEE_BASIS = "委员会*会议 ⇐ "


def _committee_meeting_key(rows, keys: list, basis: list, names: list, roles: list, sent_of: list, pos: list,
                           sent_text: dict, heading: dict, text: str | None) -> None:
    """Key (in place) leadership.meetings for meetings of a rule-of-law committee named bare (COMMITTEE_MEETINGS)."""
    prev_end = _prev_ends(sent_of, pos)
    for i, k in enumerate(keys):
        # (a meetings key a gate withheld for want of a law word in the clause is given: the committee is the topic)
        if (k is not None or pos[i] is None or _s(rows[i][1]) != "level"
                or _s(rows[i][2]) not in _MEETING_UNITS or roles[i] not in ("level", "total")):
            continue
        full = sent_text[sent_of[i]]
        lo = max(_clause_start(full, pos[i][0]), prev_end[i])
        m = _COMMITTEE_MEETINGS.fullmatch(_mask_titles(full[lo:pos[i][0]]))
        if m is None:
            continue
        if m.group("verb") is None:
            # (各小组会议4次 after 召开委员会会议2次: the verb of the item before, keyed here, is this item's too)
            j = i - 1
            if j < 0 or sent_of[j] != sent_of[i] or not (basis[j] or "").startswith(_COMMITTEE_BASIS):
                continue
        elif "委员会" not in m.group("list") and "小组" not in m.group("list"):
            continue
        ctx = full
        if text is not None and sent_of[i][0] == "t":
            ss = sent_of[i][1]
            ctx = text[max(text.rfind("\n", 0, ss) + 1, _mark_before_sentence(text, ss)):ss] + _SEP + full
        sid = rows[i][0] if rows[i][0].__class__ is int else _int(rows[i][0])
        if _LAW_COMMITTEE.search(ctx) is None and _LAW_COMMITTEE.search(heading.get(sid, "")) is None:
            continue
        keys[i], basis[i] = _MEETING_KEY, f"{_COMMITTEE_BASIS}{m.group('list')}; a rule-of-law committee's meetings"


# ACT_BEFORE (split over two clauses): a bare count (全年共3次, 全年共举办12期) whose clause names no act of its own
# counts the act of the clause right before it, when that clause counts nothing itself (组织开展法治培训，全年共举办12期;
# 区政府常务会议专题研究部署法治政府建设重点工作，全年共3次). Only the leadership and training event keys; the gates on
# whose count it is, and the later purpose and learners gates, still apply
_BARE_COUNT = re.compile(r"\s*(?:全年|今年|年内|本年度|当年)?(?:共|累计|共计|合计)?(?:开展|举办|组织|举行|召开)?了?\s*")
_ACT_BEFORE_KEYS = frozenset({"capacity.training_sessions", _MEETING_KEY, "leadership.study_sessions",
                              "leadership.inspections"})


def _act_before_key(rows, keys: list, basis: list, roles: list, sent_of: list, pos: list, sent_text: dict,
                    read_before: list) -> None:
    """Key (in place) a bare count by the act of the clause before it (ACT_BEFORE)."""
    c = _compiled()
    given: dict[int, tuple[str, str]] = {}
    members = _sentence_members(sent_of, pos)
    for i, k in enumerate(keys):
        if (k is not None or read_before[i] is not None or pos[i] is None or _s(rows[i][1]) != "level"
                or _s(rows[i][2]) not in _EVENT_UNITS or roles[i] not in ("level", "total")):
            continue
        full = sent_text[sent_of[i]]
        lo = _clause_start(full, pos[i][0])
        if lo < 2 or full[lo - 1] not in "，," or _BARE_COUNT.fullmatch(full[lo:pos[i][0]]) is None:
            continue
        plo = _clause_start(full, lo - 1)
        if any(j != i and pos[j] is not None and pos[j][0] < lo for j in members[sent_of[i]]):
            continue  # the clause before counts something of its own (or an earlier one does: a list)
        prev = _mask_titles(full[plo:lo - 1])
        if _JOINED_ACTS.search(prev) is not None:
            continue  # 开展法治培训和业务培训，全年共12期: acts joined share the count (LABELING 60, 7)
        got = _match_key(c, _s(rows[i][2]), "level", prev, "", _s(rows[i][3]), prev, _mask_titles(full), "", None,
                         None, 0)
        if got is not None and got[0] in _ACT_BEFORE_KEYS:
            given[i] = (got[0], f"{got[1]}; the act of the clause before the bare count")
    if not given:
        return
    trial, trial_basis = list(keys), list(basis)
    for i, (k, b) in given.items():
        trial[i], trial_basis[i] = k, b
    _each_gate(trial, trial_basis, sent_of, pos, sent_text)
    _attended_event_gate(trial, trial_basis, sent_of, pos, sent_text)
    _whose_count_gate(trial, trial_basis, sent_of, pos, sent_text)
    for i in given:
        keys[i], basis[i] = trial[i], trial_basis[i]


# REQUESTED_MEETING (LABELING 68, 50): meetings the organ only proposed or asked another body to convene (建议召开某委员会
# 会议2次, 提请召开市委常委会会议和某委员会会议5次) are that body's meetings, not the organ's own: no meetings key. The
# request verb stands in the figure's own clause before the convening verb (the attended-event gate reads 提请/报请
# only before the event words; 建议 and 提议 are no attending verbs)
_REQUESTED_MEETING = re.compile(r"(?:提请|报请|请求|建议|提议)[^，,；;。：:]{0,16}?(?:主持召开|召开|举行)")


def _requested_meeting_gate(keys: list, basis: list, sent_of: list, pos: list, sent_text: dict) -> None:
    """Withhold (in place) leadership.meetings of a figure whose own clause, before it, asks for or proposes the
    meetings (REQUESTED_MEETING)."""
    for i, k in enumerate(keys):
        if k != _MEETING_KEY or pos[i] is None:
            continue
        left = _mask_titles(sent_text[sent_of[i]][:pos[i][0]])
        if _REQUESTED_MEETING.search(left, _clause_start(left)) is not None:
            keys[i] = basis[i] = None


def _rules_66_73_gates(rows, keys: list, basis: list, names: list, roles: list, sent_of: list, pos: list,
                       sent_text: dict, read_before: list, heading: dict, text: str | None) -> None:
    """The keys and gates of LABELING 66-73 (committee meetings; meetings' purpose, requests for opinion, one
    channel, learners of a study; one field is _field_part_gate's)."""
    _committee_meeting_key(rows, keys, basis, names, roles, sent_of, pos, sent_text, heading, text)
    _meetings_then_purpose_key(rows, keys, basis, roles, sent_of, pos, sent_text)
    _study_sentence_law_key(rows, keys, basis, names, roles, sent_of, pos, sent_text, read_before)
    _publicity_activity_key(rows, keys, basis, names, roles, sent_of, pos, sent_text, read_before)
    _act_before_key(rows, keys, basis, roles, sent_of, pos, sent_text, read_before)
    _publicity_audience_key(rows, keys, basis, names, roles, sent_of, pos, sent_text, read_before)
    _meeting_purpose_gate(keys, basis, sent_of, pos, sent_text)
    _requested_meeting_gate(keys, basis, sent_of, pos, sent_text)
    _request_handled_gate(keys, basis, sent_of, pos, sent_text)
    _one_channel_gate(keys, basis, names, sent_of, pos, sent_text)
    _study_learners_gate(keys, basis, names, sent_of, pos, sent_text)
