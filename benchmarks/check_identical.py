"""Check that a change of the parser's machinery left every output unchanged (issue 14: speed work).

Usage::

    python benchmarks/check_identical.py [--ref /work/main/src] [--new src] [--dev-root /work/main/data/dev]
                                         [--no-score]

Runs each package (``--ref``: the revision to compare with, by default the lead's checkout; ``--new``: this
checkout's ``src``) in its own process over the same inputs:

* the seed (``data/raw/*.txt``), every ``.txt`` under ``tests/fixtures`` and every ``.txt`` of the
  ``tune*`` sets under ``--dev-root`` (never a ``holdout*`` set);
* each input through ``load_report``; every table of ``tables()`` (columns, dtypes, every value) and every
  column list of ``records()``, or the ``ReportError`` message when the input is refused;

and, unless ``--no-score``, the output of ``benchmarks/score_real.py --details`` on each tune set (the line
naming the package path left out). Prints the number of inputs, tables and values compared and every
difference; exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def inputs(dev_root: Path) -> list[Path]:
    files = sorted((ROOT / "data" / "raw").glob("*.txt"))
    files += sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))
    if dev_root.is_dir():
        for d in sorted(dev_root.iterdir()):
            if d.is_dir() and d.name.startswith("tune"):
                files += sorted(d.glob("*.txt"))
    return files


def _value(v):
    """A canonical, comparable form of one cell."""
    if v is None:
        return ("None",)
    try:
        import pandas as pd

        if v is pd.NA:
            return ("NA",)
        if v is pd.NaT:
            return ("NaT",)
    except ImportError:
        pass
    if isinstance(v, float) and math.isnan(v):
        return ("nan",)
    return (type(v).__name__, repr(v))


def dump(files: list[Path], out: Path) -> None:
    """Parse every file with the package on sys.path; pickle {name: canonical outputs}."""
    from fazhi_analysis import load_report
    from fazhi_analysis.errors import ReportError

    result = {}
    for f in files:
        key = str(f)
        try:
            r = load_report(f)
        except ReportError as e:
            result[key] = ("refused", str(e))
            continue
        rec = r.records()
        records = {t: {c: [_value(v) for v in col] for c, col in cols.items()} for t, cols in rec.items()}
        r2 = load_report(f)  # tables() of a fresh report: not built from records already asked for
        tables = {}
        for name, df in r2.tables().items():
            tables[name] = {"columns": list(df.columns), "dtypes": [str(t) for t in df.dtypes],
                            "index": list(map(repr, df.index)),
                            "values": {c: [_value(v) for v in df[c].tolist()] for c in df.columns}}
        result[key] = ("ok", tables, records, sorted(r.warnings), dict(sorted((k, repr(v)) for k, v in r.metadata.items())))
    out.write_bytes(pickle.dumps(result))


def run_dump(src: Path, files: list[Path], out: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(src))
    lst = out.with_suffix(".files")
    lst.write_text("\n".join(map(str, files)), encoding="utf-8")
    subprocess.run([PYTHON, __file__, "--_dump", str(out), "--_files", str(lst)], env=env, check=True)


def score(src: Path, dev: Path) -> str:
    env = dict(os.environ, PYTHONPATH=str(src), FAZHI_DEV_DIR=str(dev))
    p = subprocess.run([PYTHON, str(ROOT / "benchmarks" / "score_real.py"), "--details"], env=env,
                       capture_output=True, text=True)
    lines = [x for x in (p.stdout + p.stderr).splitlines() if str(src) not in x]
    return "\n".join(lines)


def compare(a, b, path: str, diffs: list[str], counter: list[int]) -> None:
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a) != list(b):
            diffs.append(f"{path}: keys {list(a)} != {list(b)}")
        for k in a:
            if k in b:
                compare(a[k], b[k], f"{path}/{k}", diffs, counter)
        return
    leaf = lambda x: isinstance(x, tuple) and all(isinstance(e, str) for e in x)  # one canonical cell
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)) and not leaf(a) and not leaf(b):
        if len(a) != len(b):
            diffs.append(f"{path}: {len(a)} items != {len(b)}")
        for i, (x, y) in enumerate(zip(a, b)):
            compare(x, y, f"{path}[{i}]", diffs, counter)
        return
    counter[0] += 1
    if a != b:
        diffs.append(f"{path}: {a!r:.300} != {b!r:.300}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ref", default="/work/main/src")
    ap.add_argument("--new", default=str(ROOT / "src"))
    ap.add_argument("--dev-root", default="/work/main/data/dev")
    ap.add_argument("--no-score", action="store_true")
    ap.add_argument("--_dump")
    ap.add_argument("--_files")
    args = ap.parse_args()
    if args._dump:
        dump([Path(x) for x in Path(args._files).read_text(encoding="utf-8").splitlines()], Path(args._dump))
        return 0
    files = inputs(Path(args.dev_root))
    assert not any("holdout" in str(f) for f in files)
    with tempfile.TemporaryDirectory() as tmp:
        ref, new = Path(tmp) / "ref.pkl", Path(tmp) / "new.pkl"
        run_dump(Path(args.ref), files, ref)
        run_dump(Path(args.new), files, new)
        a, b = pickle.loads(ref.read_bytes()), pickle.loads(new.read_bytes())
    diffs: list[str] = []
    counter = [0]
    compare(a, b, "", diffs, counter)
    n_ok = sum(1 for v in a.values() if v[0] == "ok")
    print(f"inputs: {len(files)} ({n_ok} parsed, {len(files) - n_ok} refused); values compared: {counter[0]}; "
          f"ref {args.ref} vs new {args.new}")
    print("digest ref", hashlib.sha256(pickle.dumps(a)).hexdigest()[:16],
          "new", hashlib.sha256(pickle.dumps(b)).hexdigest()[:16])
    if not args.no_score:
        dev_root = Path(args.dev_root)
        for d in sorted(dev_root.iterdir()) if dev_root.is_dir() else []:
            if d.is_dir() and d.name.startswith("tune"):
                sa, sb = score(Path(args.ref), d), score(Path(args.new), d)
                same = sa == sb
                print(f"scorer --details {d.name}: {'identical' if same else 'DIFFERENT'} ({len(sa.splitlines())} lines)")
                if not same:
                    import difflib

                    diffs += [f"score {d.name}: {x}" for x in difflib.unified_diff(sa.splitlines(), sb.splitlines(), lineterm="", n=0)][:50]
    for d in diffs[:200]:
        print("DIFF", d)
    print(f"differences: {len(diffs)}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
