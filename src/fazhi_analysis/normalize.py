"""Normalise decoded text into the report text that every offset refers to."""

from __future__ import annotations

import re

# Characters that carry no content and break matching: zero-width spaces/joiners, word joiner, BOM.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Control characters other than tab and newline (after newline unification).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x0b\x0c\x85]")


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
    text = _NEWLINES.sub("\n", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    text = _INVISIBLE.sub("", text)
    return _CONTROL.sub("", text)
