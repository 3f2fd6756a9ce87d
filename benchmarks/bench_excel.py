"""Time and peak memory of corpus.xlsx (export.write_excel) for N copies of the seed report's tables.

Usage: python benchmarks/bench_excel.py [N ...]   (default: 100 1000). Each N runs in its own process, so
the peak resident memory it prints belongs to that workbook alone; "tables" is the memory the input tables
take before the workbook is written.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile

import _common  # noqa: F401  (puts src/ on sys.path)

_CHILD = r"""
import resource, sys, time
from pathlib import Path
import pandas as pd
import fazhi_analysis as fz
from fazhi_analysis import export, schema

n, seed, out = int(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
one = fz.load_report(seed).tables()
tables = {}
for t, df in one.items():
    parts = []
    for i in range(n):
        d = df.copy()
        d["doc_id"] = pd.array([f"report_{i:05d}"] * len(d), dtype="string")
        parts.append(d)
    tables[t] = schema.enforce(pd.concat(parts, ignore_index=True), t)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t0 = time.perf_counter()
export.write_excel(tables, out / "corpus.xlsx", overview={"报告数": n})
dt = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
rows = sum(len(df) for df in tables.values())
print(f"{n:>6} reports {rows:>9,} rows  write {dt:6.1f} s  tables {before:6.0f} MB  peak {peak:6.0f} MB  "
      f"workbook {(out / 'corpus.xlsx').stat().st_size / 1e6:6.1f} MB")
"""


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [100, 1000]
    seed = str(_common.seed_path())
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-c", _CHILD, str(n), seed, tmp], check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
