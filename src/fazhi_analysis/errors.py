"""The one exception type for input that cannot be read or parsed as a report."""

from __future__ import annotations


class ReportError(Exception):
    """Input that cannot be read or parsed as a rule-of-law government report.

    The message says what was wrong and names the file (``source``), e.g.
    ``ReportError: data/raw/x.txt: the file is empty``.

    Attributes:
        source: the file or name the input came from.
        reason: what was wrong, without the source.
    """

    def __init__(self, source: str, reason: str):
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")
