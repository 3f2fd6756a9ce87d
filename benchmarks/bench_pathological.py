"""Hostile texts of 300 KB: time and peak memory of a full parse, each in a fresh process.

Usage: python benchmarks/bench_pathological.py [--kb 300]

The same cases as ``tests/test_pathological.py`` (which runs them under a memory limit). Lines starting
``SUMMARY`` are collected by ``run_all.py``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from _common import ROOT, table

HEAD = ("安和县2021年法治政府建设情况报告\n\n一、主要成效\n"
        + "全县依法行政工作扎实推进，法治政府建设取得新成效。" * 3 + "\n")


def cases(size: int) -> dict[str, str]:
    def fill(unit: str) -> str:
        return unit * (size // len(unit.encode("utf-8")))

    return {
        "`1.2万余件、` with no sentence end": fill("1.2万余件、"),
        "`1.2万余件。` repeated": fill("1.2万余件。"),
        "`其中` breakdowns in one sentence": fill("受理案件1200件，其中行政复议300件、行政诉讼200件，"),
        "`其中` breakdowns, one per sentence": fill("受理案件1200件，其中行政复议300件、行政诉讼200件。"),
        "`(一)` heading lines": fill("(一)\n"),
        "a 9,000-digit number (Arabic and Chinese)": "共办理" + "9" * 9000 + "件。\n共办理" + "九" * 9000 + "件。",
    }


CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from fazhi_analysis import parse_report
import fazhi_analysis.checks, fazhi_analysis.indicators, pandas
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
text = sys.stdin.read()
t0 = time.perf_counter()
r = parse_report(text, "hostile.txt")
tables = r.tables()
took = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"s": took, "mb": peak, "extra_mb": peak - base, "figures": len(tables["indicators"])}))
"""


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=int, default=300, help="size of each case in KB of UTF-8 (default 300)")
    args = ap.parse_args(argv)
    rows, worst_s, worst_mb = [], 0.0, 0.0
    for name, body in cases(args.kb * 1000).items():
        text = HEAD + body + "\n"
        res = subprocess.run([sys.executable, "-c", CHILD, str(ROOT / "src")], input=text, text=True,
                             capture_output=True, timeout=600)
        if res.returncode != 0:
            rows.append([name, f"{len(text.encode()) / 1000:.0f} KB", "FAILED", res.stderr.strip()[-120:], ""])
            worst_s = float("inf")
            continue
        got = json.loads(res.stdout.strip().splitlines()[-1])
        worst_s, worst_mb = max(worst_s, got["s"]), max(worst_mb, got["mb"])
        rows.append([name, f"{len(text.encode()) / 1000:.0f} KB", f"{got['s']:.2f} s",
                     f"{got['mb']:.0f} MB (+{got['extra_mb']:.0f} MB for the parse)", f"{got['figures']:,}"])
    print(f"## Parse: hostile texts of {args.kb} KB\n\nEach case after a short report opening, "
          "`parse_report(text).tables()` in a fresh process; peak = getrusage max RSS of that process "
          "(the interpreter with pandas loaded included).\n")
    print(table(["case", "size", "time", "peak memory", "figures"], rows))
    print(f"SUMMARY\tslowest hostile {args.kb} KB text\t{worst_s:.2f} s\t<2 s")
    print(f"SUMMARY\tlargest peak memory, hostile {args.kb} KB text\t{worst_mb:.0f} MB\t<500 MB")


if __name__ == "__main__":
    main()
