"""Shared helpers for the key and name tests: a short synthetic report around one sentence, and one figure's row."""

from __future__ import annotations

import pandas as pd

import fazhi_analysis as fz


def sentence_report(sentence: str, heading: str, *, title: str, year: int, weakness: str,
                    plan: str | None = None) -> fz.Report:
    """Parse a report whose achievements part holds ``sentence`` under ``heading``.

    Args:
        sentence: The sentence under test.
        heading: The subsection heading above it (the section the figure is read in).
        title: The report's title line.
        year: The report year (names the achievements part and, when ``plan`` is given, next year's plans).
        weakness: The sentence of the shortcomings part.
        plan: The sentence of the next year's plans part; no plans part when None.
    """
    text = f"{title}\n一、{year}年法治政府建设主要举措和成效\n{heading}\n{sentence}\n二、存在的不足和原因\n{weakness}\n"
    if plan is not None:
        text += f"三、{year + 1}年工作安排\n{plan}\n"
    return fz.parse_report(text, "t")


def fig(r, raw: str, nth: int = 0) -> dict:
    """The ``nth`` indicator row whose raw text is ``raw``, as a dict with None for missing values."""
    rows = r.indicators[r.indicators["raw"] == raw]
    assert len(rows) > nth, f"{raw} not found: {r.indicators['raw'].tolist()}"
    return {k: (None if pd.isna(v) else v) for k, v in rows.iloc[nth].items()}


REFORM_HEADING = "（二）深化“放管服”改革，持续优化营商环境"


def reform_key(sentence: str, raw: str) -> str | None:
    """The key of ``raw`` in ``sentence`` read under a 放管服 reform heading of a city report (approval family)."""
    r = sentence_report(sentence, REFORM_HEADING, title="澄川市2033年法治政府建设年度报告", year=2033,
                        weakness="营商环境仍需优化。")
    return fig(r, raw)["key"]


DISTRICT_TITLE = "澄川市青石区2033年法治政府建设年度报告"


def district_key(sentence: str, raw: str, heading: str, nth: int = 0) -> str | None:
    """The key of the ``nth`` figure ``raw`` in ``sentence`` read under ``heading`` of a district government's 2033 report."""
    r = sentence_report(sentence, heading, title=DISTRICT_TITLE, year=2033, weakness="法治建设水平仍需提升。")
    return fig(r, raw, nth)["key"]
