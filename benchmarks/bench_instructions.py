"""Instructions per parse of the seed, counted by valgrind (callgrind): a figure the load of a shared machine
does not move, for comparing two revisions of the parser.

Usage::

    python benchmarks/bench_instructions.py [--src SRC ...] [--what parse records tables] [--runs 4]

For each package folder ``--src`` (default this checkout's ``src``; give two to compare, e.g.
``/work/main/src src``) and each stage ``--what``, the script runs Python under
``valgrind --tool=callgrind --instr-atstart=no``: imports, catalogs and one warm-up parse run uninstrumented;
instrumentation is switched on (``callgrind_control -i on``) for ``1`` and then for ``1 + --runs`` cold parses
(per-text caches emptied before each, as ``_common.timings`` does), and the difference of the two counts divided
by ``--runs`` is printed: machine instructions (Ir) per cold parse, Python and C (regular expressions, pandas)
alike. ``PYTHONHASHSEED=0``, so set order, and with it the count, is the same from run to run.

Stages: ``parse`` is ``parse_report(text)``; ``records`` adds every table as column lists (what a corpus
worker does); ``tables`` adds the DataFrames (the full parse of ``bench_parse.py``). Needs valgrind; each
count takes about half a minute.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import os, subprocess, sys
sys.path.insert(0, {bench!r})
from _common import seed_text, clear_text_caches
# _common puts this checkout's src first on the path: the package measured is the one asked for
sys.path[:] = [{src!r}] + [p for p in sys.path if p not in ({own!r}, {src!r})]
import fazhi_analysis
assert fazhi_analysis.__file__.startswith({src!r}), fazhi_analysis.__file__
from fazhi_analysis import parse_report
what, k = sys.argv[1], int(sys.argv[2])
text = seed_text()
parse_report(text).tables()
clear_text_caches()
subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
for _ in range(k):
    clear_text_caches()
    r = parse_report(text)
    if what == "records":
        r.records()
    elif what == "tables":
        r.tables()
subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], check=True, capture_output=True)
"""


def count(src: Path, what: str, k: int, tmp: Path) -> int:
    """Instructions counted while ``k`` cold parses of stage ``what`` ran with package folder ``src``."""
    script = tmp / "child.py"
    src = str(src.resolve())
    script.write_text(_CHILD.format(bench=str(ROOT / "benchmarks"), src=src, own=str(ROOT / "src")),
                      encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    p = subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no",
                        f"--callgrind-out-file={tmp / 'cg.out'}", sys.executable, str(script), what, str(k)],
                       env=env, capture_output=True, text=True)
    m = re.search(r"Collected : (\d+)", p.stderr)
    if p.returncode != 0 or m is None:
        sys.exit(f"valgrind failed ({p.returncode}):\n{p.stderr[-2000:]}")
    return int(m.group(1))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", nargs="+", default=[str(ROOT / "src")])
    ap.add_argument("--what", nargs="+", default=["parse", "records", "tables"],
                    choices=["parse", "records", "tables"])
    ap.add_argument("--runs", type=int, default=4)
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        sys.exit("valgrind (callgrind) is not installed")
    print("| package | stage | instructions per cold parse (millions) |\n|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="fazhi-ir-") as tmp:
        for src in args.src:
            for what in args.what:
                one = count(Path(src), what, 1, Path(tmp))
                more = count(Path(src), what, 1 + args.runs, Path(tmp))
                print(f"| {src} | {what} | {(more - one) / args.runs / 1e6:.1f} |", flush=True)


if __name__ == "__main__":
    main()
