"""Context words as data: try catalog ``context`` words per key and scope, scored on labelled tune sets (issue 9).

Usage::

    PYTHONPATH=$PWD/src python benchmarks/context_experiment.py --dir /work/main/data/dev/tuneJ \
        --dir /work/main/data/dev/tuneK [--words benchmarks/context_candidates.csv] [--scope plain|=|~] \
        [--narrow] [--keys k1,k2] [--together]

Each variant writes a changed copy of ``catalog.csv`` into a temporary copy of the package imported (its
``PYTHONPATH``), runs ``score_real.py`` on every ``--dir`` and prints key precision and recall next to the
unchanged catalog's. Variants:

* ``--words`` (default): give each listed key whose ``context`` is empty the candidate words of the CSV (columns
  ``key``, ``context``; words ``|``-separated, read off the key's definition and its family's vocabulary), each
  written with the ``--scope`` prefix: ``plain`` = sentence or a heading of the figure's section chain, ``=`` =
  the sentence, ``~`` = the figure's own clause (catalog conventions, see the indicators.py docstring);
* ``--narrow``: instead, move the listed keys' existing plain context words to the ``--scope`` prefix.

One row per key (``--together``: one row for all listed keys at once). The decision protocol of the experiment
(keyctx, 2026-12-03): decide on one set, test on the other, in both directions; ship a change only when it raises
key precision on the set not used to decide it and costs at most one point of key recall there. Blind sets
(``holdout*``) are refused. The output holds catalog keys and counts only, never report text.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = {"plain": "", "=": "=", "~": "~"}


def _package_dir() -> Path:
    import fazhi_analysis

    return Path(fazhi_analysis.__file__).resolve().parent


def variant(rows: list[dict], keys: set[str], words: dict[str, str], scope: str, narrow: bool) -> list[dict]:
    """A copy of the catalog rows with the listed keys' context changed (see the module docstring)."""
    pre, out = PREFIX[scope], []
    for r in rows:
        r = dict(r)
        if r["key"] in keys:
            if narrow and r["context"]:
                r["context"] = "|".join(w if w[:1] in "=~" else pre + w for w in r["context"].split("|"))
            elif not narrow and not r["context"] and words.get(r["key"]):
                r["context"] = "|".join(pre + w for w in words[r["key"]].split("|"))
        out.append(r)
    return out


def score(pkg: Path, rows: list[dict] | None, dset: str) -> tuple[str, str]:
    """Key precision and recall of ``score_real.py`` on ``dset`` with ``rows`` as the catalog (None: unchanged)."""
    with tempfile.TemporaryDirectory(prefix="ctxexp_") as tmp:
        src = Path(tmp) / "src"
        shutil.copytree(pkg, src / pkg.name)
        if rows is not None:
            buf = io.StringIO()
            w = csv.DictWriter(buf, list(rows[0]), lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
            (src / pkg.name / "data" / "catalog.csv").write_text(buf.getvalue(), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(src))
        out = subprocess.run([sys.executable, str(HERE / "score_real.py"), "--dir", dset], env=env,
                             capture_output=True, text=True, check=True).stdout
    p = re.search(r"key precision \| (\S+ \(\d+/\d+\))", out)
    r = re.search(r"key recall \| (\S+ \(\d+/\d+\))", out)
    return (p.group(1) if p else "?"), (r.group(1) if r else "?")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", action="append", required=True, help="a labelled tune set (repeat)")
    ap.add_argument("--words", default=str(HERE / "context_candidates.csv"))
    ap.add_argument("--scope", choices=sorted(PREFIX), default="plain")
    ap.add_argument("--narrow", action="store_true", help="narrow existing plain context words to --scope")
    ap.add_argument("--keys", help="comma-separated keys (default: every key of --words, or with --narrow "
                                   "every key with plain context words)")
    ap.add_argument("--together", action="store_true", help="one variant with all keys instead of one per key")
    args = ap.parse_args(argv)
    if any(Path(d).name.startswith("holdout") for d in args.dir):
        ap.error("blind sets (holdout*) are never scored here")
    pkg = _package_dir()
    rows = list(csv.DictReader(io.StringIO((pkg / "data" / "catalog.csv").read_text(encoding="utf-8"))))
    words = {r["key"]: r["context"] for r in csv.DictReader(open(args.words, encoding="utf-8"))}
    if args.keys:
        keys = args.keys.split(",")
    elif args.narrow:
        keys = [r["key"] for r in rows if r["context"] and not any(w[:1] in "=~" for w in r["context"].split("|"))]
    else:
        keys = list(words)
    groups = [set(keys)] if args.together else [{k} for k in keys]
    base = {d: score(pkg, None, d) for d in args.dir}
    print(f"scope {args.scope!r}, {'narrow' if args.narrow else 'words'}; unchanged: "
          + "; ".join(f"{Path(d).name} P {p} R {r}" for d, (p, r) in base.items()))
    for g in groups:
        cells = []
        for d in args.dir:
            p, r = score(pkg, variant(rows, g, words, args.scope, args.narrow), d)
            mark = "" if (p, r) == base[d] else " *"
            cells.append(f"{Path(d).name} P {p} R {r}{mark}")
        name = next(iter(g)) if len(g) == 1 else f"{len(g)} keys"
        print(f"{name:40} " + "; ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
