"""Numbers as printed in Chinese reports: full-width digits, thousands separators, Chinese numerals, dates."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}
MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1000)}


def ascii_digits(s: str) -> str:
    """Turn full-width digits, full-width dot and comma into ASCII."""
    return s.translate(_FULLWIDTH)


def parse_arabic(s: str) -> Decimal | None:
    """Parse ``12,077``, ``76.15`` or ``３５`` into a Decimal; None if it is not a number."""
    if not s.isascii():
        s = ascii_digits(s)
    if "," in s:
        s = s.replace(",", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def parse_chinese(s: str) -> int | None:
    """Parse a Chinese numeral (``三十``, ``两``, ``一百二十``, ``二〇一九``) into an int.

    Returns None for strings that are not a well-formed numeral (``十三五``, ``四五``).
    """
    if not s:
        return None
    if all(c in _DIGIT for c in s):  # digit-by-digit, e.g. 二〇一九
        if len(s) == 1 or s[0] != "两":
            return int("".join(str(_DIGIT[c]) for c in s)) if len(s) > 1 else _DIGIT[s]
        return None
    total, section, number = 0, 0, None
    last_small = 10_000
    for c in s:
        if c in _DIGIT:
            if number is not None:  # two digits in a row (十三五) is not a numeral
                return None
            number = _DIGIT[c]
        elif c in _SMALL_UNIT:
            unit = _SMALL_UNIT[c]
            if unit >= last_small:
                return None
            section += (1 if number is None else number) * unit
            number, last_small = None, unit
        elif c in _BIG_UNIT:
            section += number or 0
            if section == 0:
                return None
            total += section * _BIG_UNIT[c]
            section, number, last_small = 0, None, 10_000
        else:
            return None
    return total + section + (number or 0)


_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2}|[〇○零0一二三四五六七八九]{4})\s*[年\-/.．]\s*"
    r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*[月\-/.．]\s*"
    r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日?"
)


def parse_date(s: str | None) -> dt.date | None:
    """Find the first date in ``s`` (``2020-01-15``, ``2020年1月6日``, ``二〇二〇年一月六日``).

    Returns None when there is none or it is not a valid calendar date.
    """
    if not s:
        return None
    s = ascii_digits(s)
    if "元月" in s:
        s = s.replace("元月", "一月")  # 二〇二二年元月十日: the first month
    m = _DATE.search(s)
    if not m:
        return None
    parts = []
    for g in ("y", "m", "d"):
        v = m.group(g)
        parts.append(int(v) if v.isdigit() else parse_chinese(v.replace("0", "〇")))  # 二0二二: a zero typed as a digit
    if None in parts:
        return None
    try:
        return dt.date(*parts)
    except ValueError:
        return None


_YEAR = re.compile(r"((?:19|20)\d{2}|[二][〇○零][一二三四五六七八九〇○零][〇○零一二三四五六七八九])\s*年")


def find_year(s: str | None) -> int | None:
    """The first year written as ``2019年`` or ``二〇一九年`` in ``s``, else None."""
    if not s:
        return None
    m = _YEAR.search(ascii_digits(s))
    if not m:
        return None
    y = m.group(1)
    return int(y) if y.isdigit() else parse_chinese(y)


# Traditional script is read through a one-for-one simplified view. The characters folded are data,
# ``data/traditional.csv`` (simplified,traditional: every traditional or Hong Kong/Taiwan variant shape folded to
# that simplified character), generated from OpenCC's character tables by scripts/make_traditional_table.py under
# one rule: a character outside GB 2312 (so never a character of simplified text) whose first simplified form is
# one GB 2312 character. One character to one character, so offsets in the simplified view are those of the text.
# The few characters of GB 2312 that are still only traditional in these reports are listed here, in pairs.
_TRADITIONAL_IN_GB2312 = "於于後后徵征"


@lru_cache(maxsize=1)
def _t2s() -> tuple[dict[int, str], re.Pattern]:
    """The translation table of the simplified view and a pattern finding any character it changes."""
    import csv
    from importlib import resources

    fold: dict[int, str] = {}
    with resources.files(__package__).joinpath("data", "traditional.csv").open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != ("simplified", "traditional"):
            raise ValueError(f"data/traditional.csv: columns must be simplified,traditional, found {reader.fieldnames}")
        for row in reader:
            s = row["simplified"].strip()
            for t in row["traditional"].strip():
                fold[ord(t)] = s
    pairs = _TRADITIONAL_IN_GB2312
    fold.update({ord(pairs[i]): pairs[i + 1] for i in range(0, len(pairs) - 1, 2)})
    chars = "".join(sorted(chr(k) for k, v in fold.items() if chr(k) != v))
    return fold, re.compile("[" + re.escape(chars) + "]")


def to_simplified(s: str) -> str:
    """The simplified reading of ``s``: traditional characters (項 個 萬 億 餘 眾 説 …) replaced one for one.

    The result has the same length as ``s``, so every offset into it is an offset into ``s``. A text with
    no traditional character is returned as is (the same object).
    """
    global _LAST
    last = _LAST
    if s is last[0]:  # the whole text is read by several stages: translate it once
        return last[1]
    table, any_traditional = _t2s()
    out = s.translate(table) if any_traditional.search(s) else s
    _LAST = (s, out)  # one tuple, replaced at once (safe with threads)
    return out


_LAST: tuple = (None, None)  # the last text given to to_simplified, and its reading
