"""The speed-ups of issue 14 give exactly what the plain code they replaced gives (no timing here)."""

from __future__ import annotations

import random
import re

from fazhi_analysis import indicators, load, schema, structure
from fazhi_analysis.numerals import to_simplified

_ALPHABET = list("县市人民政府在和白沙青溪委局府a1，。！？\n 項个萬")


def _random_texts(n: int, seed: int, max_len: int = 40):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, max_len)))


def _sentence_span_by_search(text: str, start: int, end: int) -> tuple[int, int]:
    """The search formulation `indicators._sentence_span` replaced."""
    lo = max(0, start - indicators._SENTENCE_REACH)
    ss = max(max(text.rfind(ch, lo, start) for ch in indicators._ENDS) + 1, lo)
    hi = min(len(text), end + indicators._SENTENCE_REACH)
    ends = [i for i in (text.find(ch, end, hi) for ch in indicators._ENDS) if i >= 0]
    return ss, (min(ends) if ends else hi)


def test_sentence_span_matches_the_search():
    rnd = random.Random(7)
    for s in _random_texts(1000, seed=8, max_len=120):
        ends = indicators._sentence_ends(s)
        for _ in range(5):
            a = rnd.randint(0, len(s))
            b = rnd.randint(a, len(s))
            assert indicators._sentence_span(s, a, b, ends) == _sentence_span_by_search(s, a, b)
            assert indicators._sentence_span(s, a, b) == _sentence_span_by_search(s, a, b)
    long = "甲" * 5000 + "。" + "乙" * 3000
    assert indicators._sentence_span(long, 4000, 4001) == _sentence_span_by_search(long, 4000, 4001)


def test_to_simplified_translates_only_changing_characters():
    plain = "监督检查，依法行政" * 3  # 督 is paired with itself in the table: nothing to translate
    assert to_simplified(plain) is plain
    trad = "受理案件12個，辦結10項" + "x"
    assert to_simplified(trad) == "受理案件12个，办结10项x"
    assert to_simplified(trad) == "受理案件12个，办结10项x"  # the remembered reading of the same text
    other = "共3個"
    assert to_simplified(other) == "共3个"  # a new text is read afresh


def _text_problem_per_character(text: str, *, check_mojibake: bool = False, min_common: float = 0.2):
    """The per-character loop `load._text_problem` replaced."""
    total = bad = cjk = common = rare = 0
    for ch in load._sample(text):
        if ch.isspace():
            continue
        total += 1
        o = ord(ch)
        bad += load._is_bad(ch)
        rare += load._is_rare(o)
        if 0x4E00 <= o <= 0x9FFF:
            cjk += 1
            common += ch in load._COMMON_CJK
    if total == 0:
        return None
    if bad > 0.1 * total or (bad >= 3 and bad > 0.01 * total and cjk < 0.05 * total):
        return "control or unassigned characters"
    if check_mojibake:
        if rare > 0.05 * total:
            return "rare characters (mojibake)"
        if cjk >= 20 and common < min_common * cjk:
            return "few common Chinese characters (mojibake)"
    return None


def test_text_problem_counts_as_before():
    samples = ["依法行政工作报告" * 30, "\x01\x02abc" * 10, "㐀㐁㐂的" * 20, "锟斤拷烫烫烫" * 10 + "的",
               "", "   ", "\ufffd" * 5 + "政府" * 100]
    samples += list(_random_texts(300, seed=3, max_len=80))
    for s in samples:
        for mojibake in (False, True):
            assert load._text_problem(s, check_mojibake=mojibake) == \
                _text_problem_per_character(s, check_mojibake=mojibake), s


def test_frames_do_not_share_their_column_index():
    cols = {c: [] for c in schema.columns("warnings")}
    a, b = schema.frame("warnings", cols), schema.frame("warnings", cols)
    a.columns.name = "renamed"
    assert b.columns.name is None
    assert list(b.columns) == list(schema.columns("warnings"))
    assert schema.frame("warnings", cols).columns.name is None


def _header_patterns_with_charset_gaps() -> dict[str, re.Pattern]:
    """The three header patterns as they were written before ``structure._GAP``: ``[ \\t\\u3000]*`` between the
    characters of every label."""
    spaced = r"[ \t\u3000]*".join
    labels = "|".join(spaced(map(re.escape, x)) for x in sorted(structure._HEADER_LABELS, key=len, reverse=True))
    bare = "|".join(spaced(map(re.escape, x)) for x in sorted(structure._BARE_LABELS, key=len, reverse=True))
    return {name: re.compile(getattr(structure, name).pattern
                             .replace(structure._LABEL_ALT, labels).replace(structure._BARE_ALT, bare))
            for name in ("_HEADER_LINE", "_HEADER_FIELD", "_NEXT_LABEL")}


def test_spaced_labels_match_as_with_a_character_set():
    old = _header_patterns_with_charset_gaps()
    assert all(structure._GAP in getattr(structure, n).pattern and structure._GAP not in p.pattern
               for n, p in old.items())
    labels = list(structure._HEADER_LABELS) + list(structure._BARE_LABELS)
    pieces = [" ", "\t", "\u3000", ":", "：", "|", "｜", "•", "[", "【", "]", "】", "甲", "县", "2025-01-02", "/",
              "公文", "备注/", "-", "*"]
    rnd = random.Random(11)
    lines = []
    for _ in range(4000):
        parts = []
        for _ in range(rnd.randint(1, 5)):
            if rnd.random() < 0.5:
                gap = "".join(rnd.choice(" \t\u3000") for _ in range(rnd.choice([0, 0, 1, 2, 3])))
                parts.append(gap.join(rnd.choice(labels)))
            else:
                parts.append(rnd.choice(pieces))
        lines.append("".join(parts))
    hits = 0
    for line in lines:
        for name, before in old.items():
            now = getattr(structure, name)
            got = [(m.span(), m.groups()) for m in now.finditer(line)]
            assert got == [(m.span(), m.groups()) for m in before.finditer(line)], (name, line)
            m0, m1 = before.match(line), now.match(line)
            assert (m0 is None) == (m1 is None) and (m0 is None or m0.span() == m1.span()), (name, line)
            hits += len(got)
    assert hits > 1000  # the lines do hold labels, spaced and not


def test_records_and_tables_restore_the_collector(sample_path):
    import gc

    import fazhi_analysis as fz

    text = sample_path.read_text(encoding="utf-8")
    was = gc.isenabled()
    try:
        gc.enable()
        fz.parse_report(text, "a.txt").records()
        fz.parse_report(text, "b.txt").tables()
        assert gc.isenabled()
        gc.disable()  # a caller who paused it keeps it paused
        fz.parse_report(text, "c.txt").tables()
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def _frame_or_error(table, cols):
    try:
        return schema.frame(table, cols)
    except (schema.SchemaError, ValueError) as exc:  # (columns of unequal length: pandas refuses them)
        return (type(exc).__name__, str(exc))


def test_frame_batches_columns_as_column_by_column(monkeypatch):
    """``schema.frame`` converts a table's string and numeric columns together; each table of odd values (every
    missing value, a number in a string column, a fraction or a huge number in an Int64 column, a string in a
    numeric column, columns of unequal length) gives the frame or the error of the column-by-column path."""
    import math

    import pandas as pd

    missing = [None, float("nan"), pd.NA]
    rnd = random.Random(7)
    tables = []
    for _ in range(300):
        n = rnd.choice([0, 1, 2, 5])
        cols = {}
        for c in schema.columns("checks"):
            f = schema.field("checks", c)
            if f.dtype == "string":
                pool = ["a", "通过", ""] + missing + ([3] if rnd.random() < 0.1 else [])
            elif f.dtype == "Float64":
                pool = [1.5, -2.0, 0.0, 1e300] + missing + (["x"] if rnd.random() < 0.05 else [])
            else:
                pool = list(f.categories or ["a"]) + [None]
            cols[c] = [rnd.choice(pool) for _ in range(n)]
        if rnd.random() < 0.05 and n:
            cols["detail"] = cols["detail"][:-1]
        tables.append(("checks", cols))
        sec = {c: [] for c in schema.columns("sections")}
        for _ in range(n):
            for c in sec:
                f = schema.field("sections", c)
                if f.dtype == "Int64":
                    sec[c].append(rnd.choice([1, 0, -3, 2 ** 40, None, float("nan"), 2.0]
                                             + ([2.5, 2 ** 60, "7"] if rnd.random() < 0.05 else [])))
                elif f.dtype == "string":
                    sec[c].append(rnd.choice(["一、", "标题", None, math.nan]))
                else:
                    sec[c].append(rnd.choice(list(f.categories or ["a"]) + [None]))
        tables.append(("sections", sec))
    batched = [_frame_or_error(t, cols) for t, cols in tables]
    monkeypatch.setattr(schema, "_string_batch", lambda *a: {})
    monkeypatch.setattr(schema, "_numeric_batch", lambda *a: {})
    for (t, cols), got in zip(tables, batched):
        want = _frame_or_error(t, cols)
        if isinstance(want, tuple) or isinstance(got, tuple):
            assert got == want
        else:
            pd.testing.assert_frame_equal(got, want)
            for c in got.columns:
                assert got[c].dtype == want[c].dtype
                assert [type(v) for v in got[c]] == [type(v) for v in want[c]]


def _lookback_one_word_at_a_time(text: str, pos: int, lo: int):
    """The formulation ``quantities._lookback`` replaced: every word tried in turn."""
    from fazhi_analysis import quantities as q

    pre = verb = None
    if pos - 1 > lo and text[pos - 1] in q._SPACES and text[pos - 2] in q._LOOKBACK_LAST:
        pos -= 1
    elif pos <= lo or text[pos - 1] not in q._LOOKBACK_LAST:
        return pos, None, None
    window = text[max(lo, pos - 3):pos]
    for w in q._PRE_WORDS:
        if window.endswith(w):
            if w == "约" and len(window) >= 2 and window[-2] in q._YUE_WORDS:
                break
            pre, pos = w, pos - len(w)
            break
    if pre is None and pos < len(text) and text[pos] in q._SPACES:
        pos += 1
    window = text[max(lo, pos - 3):pos]
    for w in q._VERB_WORDS:
        if window.endswith(w) or window.endswith(w + "了"):
            verb = w + ("了" if window.endswith(w + "了") else "")
            pos -= len(verb)
            break
    return pos, pre, verb


def test_lookback_as_one_word_at_a_time():
    from fazhi_analysis import quantities as q

    alphabet = list("约大将近超过突破逾不足到少于低至多最增长加减降幅下了提升高规民合 \u30003")
    rnd = random.Random(11)
    for _ in range(30000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 9))) + "3"
        pos = len(text) - 1
        lo = rnd.randint(0, pos)
        assert q._lookback(text, pos, lo) == _lookback_one_word_at_a_time(text, pos, lo), (text, lo)
