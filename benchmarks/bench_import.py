"""Import cost: `import fazhi_analysis` against `import pandas`, each in a fresh interpreter.

Usage: python benchmarks/bench_import.py [--runs 10]

Time = wall clock of ``python -c "import X"`` in a new subprocess (interpreter start-up included; the
start-up alone is measured with ``python -c pass`` and shown too). Median of ``--runs``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from _common import ROOT, ms, table

_HEAVY = ("matplotlib", "openpyxl", "docx", "pyarrow", "tqdm", "concurrent.futures.process")


def run(code: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10, help="fresh interpreters per statement (default 10)")
    args = ap.parse_args(argv)

    stmts = {"`python -c pass`": "pass", "`import pandas`": "import pandas",
             "`import fazhi_analysis`": "import fazhi_analysis",
             "`from fazhi_analysis import parse_report` (parser loaded)":
                 "from fazhi_analysis import parse_report"}
    for code in stmts.values():  # warm the OS file cache
        run(code)
    med = {}
    for name, code in stmts.items():
        med[name] = statistics.median(run(code) for _ in range(args.runs))
    rows = [[name, ms(t), ms(t - med["`python -c pass`"])] for name, t in med.items()]
    diff = med["`import fazhi_analysis`"] - med["`import pandas`"]
    loaded = {mod: _loaded_after(mod) for mod in ("pandas", "fazhi_analysis")}
    print(f"## Import time\n\nMedian of {args.runs} fresh interpreters each.\n")
    print(table(["statement", "wall time", "minus interpreter start-up"], rows))
    loaded_diff = med["`from fazhi_analysis import parse_report` (parser loaded)"] - med["`import pandas`"]
    print(f"\n`import fazhi_analysis` - `import pandas` = {ms(diff)}. The parser loads lazily on first use; "
          f"loading it (pandas included) costs {ms(loaded_diff)} more than `import pandas`.\n")
    yn = {True: "yes", False: "no"}
    print(table(["module", "in sys.modules after `import pandas`", "after `import fazhi_analysis`"],
                [[f"`{m}`", yn[loaded["pandas"][m]], yn[loaded["fazhi_analysis"][m]]] for m in _HEAVY]))


def _loaded_after(module: str) -> dict[str, bool]:
    probe = (f"import json, sys, {module}; "
             f"print(json.dumps({{m: m in sys.modules for m in {list(_HEAVY)!r}}}))")
    out = subprocess.run([sys.executable, "-c", probe], check=True, cwd=ROOT, capture_output=True, text=True)
    return json.loads(out.stdout)


if __name__ == "__main__":
    main()
