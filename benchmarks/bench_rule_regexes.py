"""Rule regexes on long failing input (issue 14): time of each pattern, as the parser calls it, on 1k/3k/10k
characters of CJK text without the pattern's anchors, so that quadratic growth shows.

Usage: PYTHONPATH=src python benchmarks/bench_rule_regexes.py [--sizes 1000 3000 10000] [--search]

``--search`` also times ``pattern.search`` for the patterns the parser only calls with ``match``/``fullmatch``
(information only: that form is not used, and it is quadratic for a leading ``[...]*``/``+``).
"""

from __future__ import annotations

import argparse
import re
import time

from fazhi_analysis import indicators as I
from fazhi_analysis import places as P

OLD_LIST_START = re.compile(r"(?:.*[，,；;。：:（(])")  # indicators._LIST_START before issue 14
BASE = "法治政府建设推进依法行政工作年度报告情况说明"  # no clause mark, no head noun, no 会, no unit suffix


def cjk(n: int) -> str:
    return (BASE * (n // len(BASE) + 1))[:n]


def cases(n: int) -> dict[str, tuple]:
    s, digits = cjk(n), "1" * n
    return {
        "_LIST_START (old regex .search)": (lambda: OLD_LIST_START.search(s, 0, len(s))),
        **({"_list_start_end (its replacement)": (lambda: I._list_start_end(s, len(s)))}
           if hasattr(I, "_list_start_end") else {}),
        "_CLAUSE_SUBJECT .match": (lambda: I._CLAUSE_SUBJECT.match(s)),
        "_RANKED .match(s, 0, n)": (lambda: I._RANKED.match(s, 0, len(s))),
        "_RUN_TO_HEAD .match": (lambda: I._RUN_TO_HEAD.match(s)),
        "_MEETING_HEAD .fullmatch": (lambda: I._MEETING_HEAD.fullmatch(s)),
        "_LIST_OBJECT .match (CJK)": (lambda: I._LIST_OBJECT.match(s)),
        "_LIST_OBJECT .match (digits)": (lambda: I._LIST_OBJECT.match(digits)),
        "places._UNIT .match": (lambda: P._UNIT.match(s)),
    }


def search_cases(n: int) -> dict[str, tuple]:
    s = cjk(n)
    return {f"{name} .search (unused form)": (lambda rx=rx: rx.search(s)) for name, rx in (
        ("_CLAUSE_SUBJECT", I._CLAUSE_SUBJECT), ("_RANKED", I._RANKED), ("_RUN_TO_HEAD", I._RUN_TO_HEAD),
        ("_MEETING_HEAD", I._MEETING_HEAD), ("places._UNIT", P._UNIT))}


def best(f, repeat: int = 3) -> float:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        f()
        out.append(time.perf_counter() - t0)
    return min(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000])
    ap.add_argument("--search", action="store_true")
    a = ap.parse_args()
    rows: dict[str, list[float]] = {}
    for n in a.sizes:
        for name, f in (cases(n) | (search_cases(n) if a.search else {})).items():
            rows.setdefault(name, []).append(best(f, 1 if a.search and "unused" in name else 3))
    print(f"{'pattern':42s}" + "".join(f"{n:>12,d}" for n in a.sizes) + "   (seconds, best of 3)")
    for name, ts in rows.items():
        print(f"{name:42s}" + "".join(f"{t:12.5f}" for t in ts))


if __name__ == "__main__":
    main()
