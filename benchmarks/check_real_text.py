"""List repository lines that repeat real report text from the development set (the standard: real text never goes
into the repository; fixtures, tests, comments and docs use invented look-alikes).

Usage::

    python benchmarks/check_real_text.py [--dev-root data/dev] [--window 12] [--formula 3]

Every run of ``--window`` characters (whitespace removed, at least 2/3 of them Han characters) of the tracked text
files is compared with the dev pages (``<dev-root>/*/*.txt``, blind sets included: the output names only the
repository line and the number of characters shared, never the page's words). A run found in ``--formula`` or more
distinct dev pages is a formula of the genre (``履行推进法治建设第一责任人职责``, the titles of central documents) and is
not reported. Prints ``path:line  shared-run-length  pages`` for each repository line that shares a run with one or two
pages, and exits 1 if any. The dev set is git-ignored and may be absent (then nothing is checked, exit 0).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SPACE = re.compile(r"\s+")


def _han(s: str) -> int:
    return sum("\u4e00" <= c <= "\u9fff" for c in s)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dev-root", default=str(ROOT / "data" / "dev"))
    ap.add_argument("--window", type=int, default=12)
    ap.add_argument("--formula", type=int, default=3)
    a = ap.parse_args(argv)
    w = a.window
    pages = sorted(Path(a.dev_root).glob("*/*.txt"))
    if not pages:
        print(f"no dev pages under {a.dev_root}: nothing to check")
        return 0
    where: dict[str, set[str]] = defaultdict(set)
    for p in pages:
        t = _SPACE.sub("", p.read_text("utf-8", errors="replace"))
        for i in range(len(t) - w + 1):
            s = t[i:i + w]
            if _han(s) * 3 >= 2 * w:
                where[s].add(p.parent.name + "/" + p.stem)
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    found = 0
    for rel in tracked:
        if rel.startswith("data/raw/") or not rel.endswith((".py", ".md", ".csv", ".txt", ".json", ".ipynb", ".toml", ".cfg", ".yml")):
            continue
        try:
            lines = (ROOT / rel).read_text("utf-8").splitlines()
        except (UnicodeDecodeError, OSError):
            continue
        for n, line in enumerate(lines, 1):
            t = _SPACE.sub("", line)
            hit_pages: set[str] = set()
            run = 0
            for i in range(len(t) - w + 1):
                ps = where.get(t[i:i + w])
                if ps and len(ps) < a.formula:
                    hit_pages |= ps
                    run += 1
            if hit_pages:
                found += 1
                print(f"{rel}:{n}  {run + w - 1}  {len(hit_pages)} page(s)")
    print(f"{found} line(s) share text with one or two dev pages ({len(pages)} pages, window {w})")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
