"""Golden outputs: snapshot every table of many inputs, then check that the code still produces them exactly.

Usage:
    python benchmarks/golden.py --write [--snapshot DIR]   # take the snapshot (before changing code)
    python benchmarks/golden.py [--snapshot DIR]           # compare the current code against it

Inputs: the seed (``data/raw/*.txt``), every ``tests/fixtures/reports/*.txt`` and ``tests/fixtures/corpus/*.txt``,
every ``*.txt`` of the real-data dev set and its set sub-folders except the blind ``holdout*`` ones (``$FAZHI_DEV_DIR``, default ``/work/main/data/dev``, when present),
a few seed variants of ``bench_corpus.py`` and the seed's body repeated, and ``load_corpus`` of the fixture
corpus (1 and 2 workers). Per input: ``report.tables()`` (every DataFrame, dtypes included), ``records()``,
``metadata``, ``warnings``, or the ``ReportError`` message. The snapshot holds real-report output, so it lives
outside the repository (default ``/tmp/fazhi-golden``); never commit it. ``--src DIR`` imports the package from
another tree (e.g. take the snapshot of ``/work/main/src`` and compare a branch against it).
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SNAPSHOT = Path("/tmp/fazhi-golden")


def inputs() -> list[tuple[str, Path | str]]:
    """(name, path or text) of every input, in a stable order."""
    out: list[tuple[str, Path | str]] = []
    for p in sorted((ROOT / "data" / "raw").glob("*.txt")):
        out.append((f"raw/{p.name}", p))
    for sub in ("reports", "corpus"):
        for p in sorted((ROOT / "tests" / "fixtures" / sub).glob("*.txt")):
            out.append((f"fixtures/{sub}/{p.name}", p))
    dev = Path(os.environ.get("FAZHI_DEV_DIR", "/work/main/data/dev"))
    if dev.is_dir():
        for p in sorted(dev.rglob("*.txt")):
            if any(part.startswith("holdout") for part in p.relative_to(dev).parts):
                continue  # blind sets are scored by the lead only, never diffed
            out.append((f"dev/{p.relative_to(dev).as_posix()}", p))
    return out


def synthetic() -> list[tuple[str, str]]:
    """Seed variants (as in bench_corpus.py) and the seed's body repeated 3 times."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_corpus
    from fazhi_analysis import parse_report

    text, region = bench_corpus.base()
    out = [(f"variant/{i}", bench_corpus.variant(text, region, i)) for i in (1, 7, 23, 500)]
    paras = parse_report(text, "seed").paragraphs
    body = paras[paras["kind"].isin(["heading", "body"])]
    b0, b1 = int(body["start"].iloc[0]), int(body["end"].iloc[-1])
    out.append(("repeated/3", text[:b0] + "\n".join([text[b0:b1]] * 3) + text[b1:]))
    return out


def outputs_of(item: Path | str, name: str) -> dict:
    """Everything the parser gives for one input (or its error)."""
    from fazhi_analysis import load_report, parse_report
    from fazhi_analysis.errors import ReportError

    try:
        r = load_report(item) if isinstance(item, Path) else parse_report(item, name)
    except ReportError as exc:
        return {"error": str(exc)}
    return {"tables": r.tables(), "records": r.records(), "metadata": dict(r.metadata),
            "warnings": list(r.warnings), "text": r.text}


def corpus_outputs() -> dict:
    """load_corpus of the fixture corpus with 1 and 2 workers: every table, wide, errors."""
    from fazhi_analysis import load_corpus

    out = {}
    for w in (1, 2):
        c = load_corpus(ROOT / "tests" / "fixtures" / "corpus", workers=w)
        out[f"corpus/workers={w}"] = {"tables": c.tables(), "wide": c.wide, "errors": c.errors}
    return out


def collect() -> dict[str, dict]:
    got = {name: outputs_of(item, name) for name, item in inputs()}
    got.update({name: outputs_of(text, name) for name, text in synthetic()})
    got.update(corpus_outputs())
    return got


def _differ(a, b) -> bool:
    """Whether two plain values differ (NaN equals NaN; pd.NA equals only pd.NA)."""
    try:
        return bool(a != b) and not (a != a and b != b)
    except TypeError:  # pd.NA on one side
        return a is not b


def _same(a, b, where: str, problems: list[str]) -> None:
    import pandas as pd

    if isinstance(a, pd.DataFrame) or isinstance(b, pd.DataFrame):
        try:
            pd.testing.assert_frame_equal(a, b, check_exact=True)
        except AssertionError as exc:
            problems.append(f"{where}: {' '.join(str(exc).split())[:400]}")
        return
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a) != list(b):
            problems.append(f"{where}: keys {list(a)} != {list(b)}")
            return
        for k in a:
            _same(a[k], b[k], f"{where}.{k}", problems)
        return
    if _differ(a, b):
        if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            for i, (x, y) in enumerate(zip(a, b)):
                if _differ(x, y):
                    problems.append(f"{where}[{i}]: {x!r:.200} != {y!r:.200}")
                    return
        problems.append(f"{where}: {a!r:.200} != {b!r:.200}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="take the snapshot instead of comparing")
    ap.add_argument("--snapshot", type=Path, default=DEFAULT_SNAPSHOT, help=f"folder (default {DEFAULT_SNAPSHOT})")
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="package tree to import (default this checkout)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.src.resolve()))
    import fazhi_analysis

    print(f"package: {Path(fazhi_analysis.__file__).parent}")
    got = collect()
    snap = args.snapshot / "golden.pickle"
    if args.write:
        args.snapshot.mkdir(parents=True, exist_ok=True)
        snap.write_bytes(pickle.dumps(got, protocol=pickle.HIGHEST_PROTOCOL))
        print(f"wrote {len(got)} inputs to {snap}")
        return 0
    want = pickle.loads(snap.read_bytes())
    problems: list[str] = []
    if sorted(want) != sorted(got):
        problems.append(f"inputs differ: missing {sorted(set(want) - set(got))}, new {sorted(set(got) - set(want))}")
    for name in sorted(set(want) & set(got)):
        _same(want[name], got[name], name, problems)
    for p in problems[:40]:
        print("DIFF", p)
    print(f"{len(got)} inputs compared: {'identical' if not problems else f'{len(problems)} differences'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
