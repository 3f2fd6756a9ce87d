"""Rule regexes rewritten for linear time on hostile text (issue 14) match as before, and every rule regex of the
list in issue 14 finishes on a 20,000-character failing input (in a subprocess, with a generous timeout: a guard
against catastrophic backtracking, not a timing; speed is measured in benchmarks/bench_rule_regexes.py)."""

from __future__ import annotations

import random
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fazhi_analysis import indicators

SRC = Path(__file__).resolve().parent.parent / "src"

# the patterns as they were before issue 14 (the references)
OLD_LIST_START = re.compile(r"(?:.*[，,；;。：:（(])")
OLD_LIST_OBJECT = re.compile(r"[^。；;！？!?\n]*?[0-9０-９]+(?:项|个)((?:行政)?(?:许可|审批|权力|职权|证明|政务服务)事项)")


def _strings(alphabet: list[str], seed: int, count: int = 6000, most: int = 14):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, most)))


def test_list_start_end_is_the_old_search():
    alphabet = list("甲乙丙，,；;。：:（(\n）)、")
    rng = random.Random(7)
    checked = 0
    for s in _strings(alphabet, 14):
        for end in {-2, 0, len(s), len(s) + 3, rng.randint(-1, len(s) + 1), rng.randint(0, len(s))}:
            m = OLD_LIST_START.search(s, 0, end)
            assert indicators._list_start_end(s, end) == (m.end() if m else 0), (s, end)
            checked += 1
    assert checked > 20000


def test_list_start_end_finds_marks():  # the test can fail: a mark, a line without one, nothing
    assert indicators._list_start_end("甲，乙；丙", 5) == 4
    assert indicators._list_start_end("甲乙\n丙，丁，戊", 7) == 7
    assert indicators._list_start_end("甲，乙\n丙，丁", 7) == 2
    assert indicators._list_start_end("甲乙丙", 3) == 0


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_list_object_matches_as_before(seed):
    tokens = ["1", "2", "３", "项", "个", "行政", "许可", "审批", "权力", "证明", "政务服务", "事项", "事", "甲",
              "。", "；", "\n", "、", "项行政许可事项", "个审批事项", "项证明事项", "项政务服务事项"]
    hits = 0
    for s in _strings(tokens, seed, count=20000, most=10):
        old, new = OLD_LIST_OBJECT.match(s), indicators._LIST_OBJECT.match(s)
        assert (old is None) == (new is None), s
        if old is not None:
            assert (old.span(), old.span(1)) == (new.span(), new.span(1)), s
            hits += 1
    assert hits > 50  # the strings do reach the object


GUARD = textwrap.dedent(r"""
    import sys
    sys.path.insert(0, sys.argv[1])
    from fazhi_analysis import indicators as I, places as P
    n = 20_000
    base = "法治政府建设推进依法行政工作年度报告情况说明"
    s = (base * (n // len(base) + 1))[:n]
    digits = "1" * n
    name = sys.argv[2]
    call = {
        "_list_start_end": lambda: I._list_start_end(s, len(s)),
        "_CLAUSE_SUBJECT": lambda: I._CLAUSE_SUBJECT.match(s),
        "_RANKED": lambda: I._RANKED.match(s, 0, len(s)),
        "_RUN_TO_HEAD": lambda: I._RUN_TO_HEAD.match(s),
        "_MEETING_HEAD": lambda: I._MEETING_HEAD.fullmatch(s),
        "_LIST_OBJECT": lambda: (I._LIST_OBJECT.match(s), I._LIST_OBJECT.match(digits)),
        "_UNIT": lambda: (P._UNIT.match(s), P.region_units(s)),
    }[name]
    out = call()
    print("done", out)
""")


@pytest.mark.parametrize("name", ["_list_start_end", "_CLAUSE_SUBJECT", "_RANKED", "_RUN_TO_HEAD", "_MEETING_HEAD",
                                  "_LIST_OBJECT", "_UNIT"])
def test_pattern_finishes_on_long_failing_input(name):
    r = subprocess.run([sys.executable, "-c", GUARD, str(SRC), name], capture_output=True, text=True, timeout=20)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("done"), r.stdout
