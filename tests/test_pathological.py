"""Hostile texts of 300 KB parse in linear time and bounded memory (each in a subprocess under a memory limit)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
LIMIT_MB = 500  # on top of what the interpreter holds after importing the package
SIZE = 300_000  # bytes of UTF-8

_HEAD = ("安和县2021年法治政府建设情况报告\n\n一、主要成效\n"
         + "全县依法行政工作扎实推进，法治政府建设取得新成效。" * 3 + "\n")


def _fill(unit: str) -> str:
    n = SIZE // len(unit.encode("utf-8"))
    return unit * n


CASES = {
    "no_sentence_end": _fill("1.2万余件、"),
    "repeated_sentence": _fill("1.2万余件。"),
    "breakdowns": _fill("受理案件1200件，其中行政复议300件、行政诉讼200件，"),
    "breakdowns_sentences": _fill("受理案件1200件，其中行政复议300件、行政诉讼200件。"),
    "heading_markers": _fill("(一)\n"),
    "long_number": "共办理" + "9" * 9000 + "件。\n" + "共办理" + "九" * 9000 + "件。",
    "huge_values": "共投入９×400亿元，" + "安排资金" + "9" * 20 + "亿元。" + "办理1e400件。",
}

_CHILD = textwrap.dedent("""
    import json, resource, sys
    sys.path.insert(0, sys.argv[1])
    from fazhi_analysis import parse_report
    import fazhi_analysis.checks, fazhi_analysis.indicators  # loaded before the limit is set
    import pandas
    size = int(open("/proc/self/status").read().split("VmSize:")[1].split()[0]) * 1024
    limit = size + int(sys.argv[2]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    text = sys.stdin.read()
    r = parse_report(text, "hostile.txt")
    tables = r.tables()
    ind = tables["indicators"]
    bad = [i for i, (s, e, raw) in enumerate(zip(ind["start"], ind["end"], ind["raw"])) if r.text[s:e] != raw]
    paras = tables["paragraphs"]
    pos, lossless = 0, True  # paragraphs in order, exact, and only whitespace between them
    for s, e, t in zip(paras["start"], paras["end"], paras["text"]):
        lossless = lossless and s >= pos and r.text[s:e] == t and not r.text[pos:s].strip()
        pos = e
    lossless = lossless and not r.text[pos:].strip()
    vals = [float(v) for v in ind["value"].dropna()]
    print(json.dumps({"n": len(ind), "bad_spans": len(bad), "lossless": lossless,
                      "max_value": max(vals, default=0.0), "max_sentence": int(ind["sentence"].str.len().fillna(0).max()) if len(ind) else 0}))
""")


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_text_linear_and_bounded(name):
    if not hasattr(os, "fork") or sys.platform == "darwin":
        pytest.skip("RLIMIT_AS is only enforced on Linux")
    text = _HEAD + CASES[name] + "\n"
    res = subprocess.run([sys.executable, "-c", _CHILD, str(SRC), str(LIMIT_MB)], input=text, text=True,
                         capture_output=True, timeout=120)  # generous: a quadratic parse takes minutes
    assert res.returncode == 0, res.stderr[-2000:]
    got = json.loads(res.stdout.strip().splitlines()[-1])
    assert got["bad_spans"] == 0
    assert got["lossless"]
    assert got["max_value"] <= 1e15
    assert got["max_sentence"] <= 2 * 300 + 40  # capped to a window around the figure


def test_memory_guard_can_fail():
    """The guard is real: a child that allocates past the limit dies."""
    if not hasattr(os, "fork") or sys.platform == "darwin":
        pytest.skip("RLIMIT_AS is only enforced on Linux")
    child = _CHILD.replace("r = parse_report(text, \"hostile.txt\")", "x = bytearray(800 * 1024 * 1024)")
    res = subprocess.run([sys.executable, "-c", child, str(SRC), str(LIMIT_MB)], input=_HEAD, text=True,
                         capture_output=True, timeout=120)
    assert res.returncode != 0 and "MemoryError" in res.stderr


def test_huge_and_long_numbers_are_not_figures():
    from fazhi_analysis import parse_report

    r = parse_report(_HEAD + CASES["long_number"] + "\n" + CASES["huge_values"] + "\n共办理案件12件。\n")
    ind = r.indicators
    assert list(ind["raw"]) == ["12件"]


def test_indicator_sentence_is_capped_at_the_context_window():
    """A figure's sentence in the indicator stage reaches no further than quantities.CONTEXT_WINDOW each way:
    with no sentence end, a wider reach made every figure scan (and copy) thousands of characters."""
    from fazhi_analysis import indicators, quantities

    text = _HEAD + "1.2万余件、" * 2000 + "\n"
    st = len(_HEAD) + 700 * len("1.2万余件、")
    en = st + len("1.2万余件")
    ss, se = indicators._sentence_span(text, st, en)
    assert st - ss <= quantities.CONTEXT_WINDOW and se - en <= quantities.CONTEXT_WINDOW
    assert text[ss:se].count("1.2万余件") >= 2  # still a window around the figure, not the figure alone


def test_prefilters_keep_every_match():
    """The cheap tests before the multi-year and shared-figure searches never skip a text the regex matches."""
    from fazhi_analysis import indicators as ind

    for left in ("党的十八大以来累计", "近三年共", "五年来", "2019年4月至2021年3月期间", "二十大以来"):
        assert ind._MULTI_YEAR.search(left) and ind._multi_year(left)
    assert not ind._multi_year("近三年来今年")  # the report year named again after it
    for left in ("参考率、合格率均达", "参考率和合格率均为 ", "受理率与办结率都保持", "甲、乙全部"):
        assert ind._SHARED.search(left) and ind._shared(left, 0)
    for branch in ind._SHARED.pattern.split("(?:均|都|全部)")[1].strip("()?:\\s*$").split("|"):
        assert branch in ind._SHARED_LAST  # every verb the pattern may end with
