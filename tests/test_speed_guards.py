"""Guards for the speed paths of indicators and quantities: each cheap test or bounded search gives exactly what
the plain regular-expression search gives. The inputs are random strings built from the patterns' own words,
so a word added to a pattern without its prefilter makes these tests fail."""

from __future__ import annotations

import pickle
import random
import re

import pytest

from fazhi_analysis import indicators as ind
from fazhi_analysis import quantities as qt

_FILL = list("甲乙丙的了共和，,。；：\n 0123４.．") + ["2021", "20", "年", "万", "件", "名", "位"]


def _words_of(rx: re.Pattern) -> list[str]:
    """The runs of Chinese characters written in a pattern (its literal words, roughly)."""
    return re.findall(r"[\u4e00-\u9fff]+", rx.pattern)


def _samples(words: list[str], n: int, seed: int, max_parts: int = 6) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, max_parts)):
            w = rnd.choice(words)
            if rnd.random() < 0.3 and len(w) > 1:  # a part of a word, too
                a = rnd.randrange(len(w))
                w = w[a:rnd.randint(a + 1, len(w))]
            parts.append(w if rnd.random() < 0.6 else rnd.choice(_FILL))
        out.append("".join(parts))
    return out


@pytest.mark.parametrize("rx, has", [
    (ind._TARGET, ind._TARGET_HAS), (ind._QUOTA, ind._QUOTA_HAS), (ind._PRIOR, ind._PRIOR_HAS),
    (ind._COMPARE, ind._COMPARE_HAS), (ind._HONOUR, ind._HONOUR_HAS),
], ids=["target", "quota", "prior", "compare", "honour"])
def test_prefilter_words_are_in_every_match(rx, has):
    matched = 0
    for s in _samples(_words_of(rx), 4000, seed=len(rx.pattern)):
        for m in rx.finditer(s):
            matched += 1
            assert ind._holds(m.group(), has), (rx.pattern, s, m.group())
        assert (rx.search(s) is None) or ind._holds(s, has)
    assert matched > 100  # the samples do reach the pattern


def test_avoided_words_are_the_pattern():
    assert ind._AVOIDED.pattern.split("|") == ["避免", "防止", "杜绝"]  # annotate finds these three with str.find


def test_vo_tail_last_characters():
    """A clause whose last character (before a final newline) is not in _VO_TAIL_LAST has only the empty match."""
    nonempty = 0
    for s in _samples(_words_of(ind._VO_TAIL) + ["会议", "组织"], 4000, seed=3):
        m = ind._VO_TAIL.search(s, max(0, len(s) - ind._VO_TAIL_REACH))
        if m is not None and m.start() != m.end():
            nonempty += 1
            assert (s[-2:-1] if s.endswith("\n") else s[-1:]) in ind._VO_TAIL_LAST, s
    assert nonempty > 100


def test_shared_verb_bounded_search_is_the_full_search():
    rnd = random.Random(5)
    cjk = list("全年共计累依法行政许可处罚案件宗万亿县")
    verbs = re.search(r"\((作出[^)]*)\)", ind._SHARED_VERB.pattern).group(1).split("|")

    def run(chars, a, b):
        return "".join(rnd.choice(chars) for _ in range(rnd.randint(a, b)))

    found = 0
    for _ in range(3000):  # clause, verb, object, number, unit, comma, more: around the shape the pattern reads
        s = (run(cjk + list("，,；\n 12"), 0, 12) + rnd.choice(["", "，", ",", "；", "\n", " "]) + run(cjk, 0, 8)
             + rnd.choice(verbs) + run(cjk, 0, 12) + run("12３.．", 0, 6) + run(cjk + ["万", "亿"], 0, 4)
             + rnd.choice(["，", ",", "，\n", "", "。"]) + run(cjk + ["，", "\n"], 0, 5))
        for cl in range(len(s) + 1):
            a, b = ind._SHARED_VERB.search(s, 0, cl), ind._shared_verb(s, cl)
            assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1))), (s, cl)
            found += a is not None
    assert found > 100


def test_mark_bisection_is_the_regex():
    rnd = random.Random(7)
    for _ in range(1500):
        text = "".join(rnd.choice("，,；;。！？!?：:\n甲乙 ") for _ in range(rnd.randint(0, 24)))
        tail = [m.start() for m in ind._CLAUSE_TAIL_MARK.finditer(text)]
        marks = [at for at in tail if text[at] != "\n"]
        for ss in range(len(text) + 1):
            for st in range(ss, len(text) + 1):
                m = ind._CLAUSE_TAIL.search(text[ss:st])
                assert ind._clause_tail_start(text, tail, ss, st) == (m.start() if m else -1)
                ends = [m.end() for m in ind._CLAUSE_MARK.finditer(text[ss:st])]
                last = ind._last_mark(text, marks, ss, st)
                assert (last + 1 if last >= 0 else None) == (ends[-1] if ends else None)
                m = ind._CLAUSE_MARK.search(text, st, len(text))
                assert ind._first_mark(marks, st, len(text)) == (m.start() - st if m else -1)


def test_ranks_scan_is_finditer():
    words = _words_of(qt._RANK) + ["第2名", "前10位", "全省第二", "位列", "第", "前", "一", "3"]
    found = 0
    for s in _samples(words, 4000, seed=11):
        want = [(m.span(), m.group(1) or m.group(3) or m.group(4) or m.group(6), m.group(2) or m.group(5) or m.group(7))
                for m in qt._RANK.finditer(s)]
        # (_ranks also reads 之首 after 居/列 and a scope, which _RANK does not hold)
        got = [((a, b), num, unit) for a, b, num, unit, _ in qt._ranks(s) if s[a:b] != "之首"]
        assert got == want, s
        found += len(want)
    assert found > 100


def test_prefix_tree_alternation_matches_longest_first():
    c = ind._compiled()
    lists = [list(c.keyword_category), list(c.topic_family), ["行政", "行政复议", "行政复议案件", "复议", "案件"]]
    for r in ind._catalog_rows():
        for col in ("context", "exclude", "not_in"):
            words = [w.lstrip("=~") for w in ind._split(r[col])]
            if words:
                lists.append(words)
    for k, words in enumerate(lists):
        plain = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
        tree = re.compile(ind._alternation(words))
        for s in _samples(words, 60, seed=k):
            assert [m.span() for m in tree.finditer(s)] == [m.span() for m in plain.finditer(s)], (words, s)


def test_lazy_pattern_behaves_as_compiled():
    lazy = ind._words("行政复议|复议|诉讼")
    assert isinstance(lazy, ind._LazyPattern)
    s = "甲行政复议乙诉讼"
    assert [m.group() for m in lazy.finditer(s)] == ["行政复议", "诉讼"]
    assert lazy.search(s).span() == (1, 5) and lazy.findall(s) == ["行政复议", "诉讼"]
    again = pickle.loads(pickle.dumps(lazy))
    assert again.search(s).group() == "行政复议" and again.pattern == lazy.pattern


def test_lead_cuts_are_anchored_and_cut_as_sub():
    """_clean_left cuts each of _LEAD_CUTS with match + slice: right only for a pattern that matches at 0 alone
    (``^`` first, no top-level ``|``, no MULTILINE); and then the cut is what ``sub("", …)`` gives."""
    from re import _parser

    for rx in ind._LEAD_CUTS:
        assert not rx.flags & re.MULTILINE, rx.pattern
        assert _parser.parse(rx.pattern, rx.flags).data[:1] == [(_parser.AT, _parser.AT_BEGINNING)], rx.pattern
    words = sorted({w for rx in ind._LEAD_CUTS for w in _words_of(rx)})
    for s in _samples(words, 3000, 14):
        expect = s
        for rx in ind._LEAD_CUTS:
            expect = rx.sub("", expect)
        assert ind._cut_leads(s, ind._LEAD_CUTS) == expect, s


def test_verb_list_prefilter_is_the_pattern_verbs():
    """_verb_list_key returns early when the words hold none of _VERB_LIST_VERBS: they must be the pattern's verbs."""
    verbs = re.search(r"\(\?P<verb>([^)]*)\)", ind._VERB_LIST.pattern).group(1).split("|")
    assert sorted(verbs) == sorted(ind._VERB_LIST_VERBS)


def test_anchored_cuts_are_anchored():
    """_one_clause and _grammar_name cut these with match + slice (as sub("", …)): each must match at 0 only."""
    from re import _parser

    for rx in (ind._ROW_LEAD, ind._grammar().circumstance, ind._LEAD):
        assert not rx.flags & re.MULTILINE, rx.pattern
        assert _parser.parse(rx.pattern, rx.flags).data[:1] == [(_parser.AT, _parser.AT_BEGINNING)], rx.pattern


def test_join_last_words_hold_a_conjunction():
    """_coordinated_items returns () at once for a segment with no 、 and none of 和与及: every _JOIN_LAST
    alternative must hold one."""
    for alt in ind._JOIN_LAST.pattern.split("|"):
        assert any(ch in alt for ch in "和与及"), alt


@pytest.mark.parametrize("name", ["_ACTOR_TIME", "_PREP_END", "_HEAD_NOUN_END", "_SCOPE_END", "verb_end"])
def test_end_chars_prefilter(name):
    """_may_end(s, _end_chars(rx)) is False only for a text in which the ``$`` pattern rx has no match."""
    rx = ind._grammar().verb_end if name == "verb_end" else getattr(ind, name)
    chars = ind._end_chars(rx)
    assert chars  # the parse tree says which characters end a match
    matched = skipped = 0
    for s in _samples(_words_of(rx), 4000, seed=len(rx.pattern)) + [w + "\n" for w in _words_of(rx)]:
        for t in (s, s[:-1], s + "有"):
            if rx.search(t) is not None:
                matched += 1
                assert ind._may_end(t, chars), (name, t)
            elif not ind._may_end(t, chars):
                skipped += 1
    assert matched > 100 and skipped > 100


def test_end_chars_reads_the_tree():
    assert ind._end_chars(re.compile(r"(?:ab|c[de])f?$")) == frozenset("bdef")
    assert ind._end_chars(re.compile(r"a\s*$")) is None  # a class: unknown
    assert ind._end_chars(re.compile(r"a*$")) is None  # may match empty
    assert ind._end_chars(re.compile(r"ab(?<!x)$")) == frozenset("b")
    assert ind._end_chars(re.compile(r"ab")) is None  # not a $ pattern


@pytest.mark.parametrize("k", range(len(ind._LEAD_CUTS)))
def test_lead_cut_start_characters(k):
    """_cut_leads runs a lead pattern only on a name whose first character may start a match (_start_chars): every
    match of the pattern starts with one of them, and the cut is what running every pattern gives."""
    rx = ind._LEAD_CUTS[k]
    first = ind._start_chars(rx)
    matched = 0
    for s in _samples(_words_of(rx), 3000, seed=100 + k):
        m = rx.match(s)
        if m is not None:
            matched += 1
            assert first is None or s[:1] in first, (rx.pattern[:40], s)
    assert first is None or matched > 50


def test_cut_leads_as_every_pattern_run():
    words = [w for rx in ind._LEAD_CUTS for w in _words_of(rx)]
    for s in _samples(words, 3000, seed=7):
        b = s
        for rx in ind._LEAD_CUTS:
            m = rx.match(b)
            if m is not None:
                b = b[m.end():]
        assert ind._cut_leads(s, ind._LEAD_CUTS) == b, s


def test_start_characters_of_simple_patterns():
    assert ind._start_chars(re.compile(r"^(?:主持|召开)")) == frozenset("主召")
    assert ind._start_chars(re.compile(r"^(?:全年)?共")) == frozenset("全共")
    assert ind._start_chars(re.compile(r"^[^的]{0,3}局")) is None  # a negated class: unknown
    assert ind._start_chars(re.compile(r"^(?:甲)?")) is None  # may match empty
    assert ind._start_chars(re.compile(r"(?=乙)甲")) == frozenset("甲")
