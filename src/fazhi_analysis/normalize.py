"""Normalise decoded text into the report text that every offset refers to."""

from __future__ import annotations

import re

# Characters that carry no content and break matching: zero-width spaces/joiners, word joiner, BOM.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Control characters other than tab and newline (after newline unification).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
# (each pattern opens with the character it consumes first, its look-behind after it: the engine then skips
# ahead to those characters instead of trying the pattern at every position of the text)
_NEWLINES = re.compile("[\r\u2028\u2029\x0b\x0c\x85](?:(?<=\r)\n)?")  # \r\n?, or one of the others
# Pinyin that mirror sites print after a character as ruby markup, 內(nèi)蒙古自治區(qū): one syllable with a
# tone mark or a tone digit in brackets right after a CJK character. Plain letters in brackets ((a), (app))
# have no tone and are kept.
_SYLLABLE = r"[bcdfghjklmnpqrstwxyz]{0,2}[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?[1-5]?"
_RUBY = re.compile(rf"[(（](?<=[\u3400-\u4dbf\u4e00-\u9fff][(（])({_SYLLABLE})[)）]")  # a bracket after a CJK character
_TONE = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[1-5]$")
# every character any step of normalize_text changes: a text without one (most texts, and every text normalised
# once already) is returned after one scan instead of three scans and two replaces
_NO_BREAK = "\u00a0\u202f"  # no-break spaces, turned into spaces
_TO_NORMALISE = re.compile("|".join(p.pattern for p in (_NEWLINES, _INVISIBLE, _CONTROL)) + f"|[{_NO_BREAK}]")


def normalize_text(text: str) -> str:
    """Return the canonical report text.

    Unifies line endings to ``\\n``, turns no-break spaces into spaces, and removes invisible
    characters (zero-width spaces, BOMs, soft hyphens) and control characters. Full-width digits
    and punctuation are kept as printed: the quantity parser reads them, and offsets stay faithful
    to what a reader sees.

    Args:
        text: decoded text of a report.

    Returns:
        The normalised text.
    """
    if _TO_NORMALISE.search(text) is None:
        return text
    text = _NEWLINES.sub("\n", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    text = _INVISIBLE.sub("", text)
    return _CONTROL.sub("", text)


def strip_ruby(text: str) -> tuple[str, int]:
    """Remove pinyin ruby annotations that mirror sites print after characters (``建設(shè)`` -> ``建設``).

    They are page markup like the invisible characters, not the report's words: left in, they cut words
    apart (``發(fā)布日期``), hide qualifiers and change verbs, and stand between a list and its count. Only a
    bracketed single syllable with a tone mark or tone digit right after a CJK character is removed.

    Returns:
        The text without the annotations and how many were removed.
    """
    if "(" not in text and "（" not in text:
        return text, 0
    n = 0

    def drop(m: re.Match) -> str:
        nonlocal n
        if _TONE.search(m.group(1)):
            n += 1
            return ""
        return m.group(0)

    out = _RUBY.sub(drop, text)
    return out, n
