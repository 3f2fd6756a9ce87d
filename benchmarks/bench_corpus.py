"""Throughput and peak memory of `load_corpus` on 1,000 generated reports with 2 worker processes.

Usage: python benchmarks/bench_corpus.py [--n 1000] [--workers 2]

The reports are variations of the test fixtures and the seed: report i takes base i mod B, renames its
region (e.g. 青溪县 -> 安和县, and the short name 青溪 -> 安和) and scales every count and amount
(a number followed by a measure word; percentages, years and dates untouched) by 0.5 + (i mod 11)/10.
Everything is deterministic.
"""

from __future__ import annotations

import argparse
import re
import resource
import tempfile
import time
from pathlib import Path

from _common import FIXTURES, seed_path, table

_CHARS = "东西南北安平和顺泰康宁远清河山川金玉长乐永定丰华"
_COUNT = re.compile(r"(?<![\d.,\-〔(（])(\d+(?:\.\d+)?)(?=[件项个人次家条名份户场期卷台部万亿])")


def bases() -> list[tuple[str, str | None]]:
    """(text, region) of every fixture and the seed."""
    from fazhi_analysis import ReportError, load_report

    out = []
    for p in sorted(FIXTURES.glob("*.txt")) + [seed_path()]:
        try:
            r = load_report(p)
        except ReportError:
            continue
        out.append((r.text, r.metadata.get("region")))
    return out


def variant(text: str, region: str | None, i: int) -> str:
    """Report ``i``: renamed region, scaled figures."""
    if region and len(region) >= 3:
        new = _CHARS[i % len(_CHARS)] + _CHARS[(i // len(_CHARS)) % len(_CHARS)]
        text = text.replace(region, new + region[-1]).replace(region[:-1], new)
    f = 0.5 + (i % 11) / 10

    def scale(m: re.Match) -> str:
        s = m.group(1)
        if "." in s:
            return f"{float(s) * f:.2f}"
        return str(max(1, round(int(s) * f)))

    return _COUNT.sub(scale, text)


def peak_rss_mb() -> tuple[float, float]:
    """Max RSS of this process and of the largest finished child, in MB (Linux reports KB)."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="number of reports (default 1000)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    args = ap.parse_args(argv)

    import fazhi_analysis as fz

    bs = bases()
    with tempfile.TemporaryDirectory(prefix="fazhi-bench-") as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        n_chars = 0
        for i in range(args.n):
            text, region = bs[i % len(bs)]
            doc = variant(text, region, i)
            n_chars += len(doc)
            (folder / f"{i:04d}.txt").write_text(doc, encoding="utf-8")

        t0 = time.perf_counter()
        c = fz.load_corpus(folder, workers=args.workers)
        cold = time.perf_counter() - t0
        me, kids = peak_rss_mb()

        cache = Path(tmp) / "cache"
        t0 = time.perf_counter()
        fz.load_corpus(folder, workers=args.workers, cache_dir=cache)
        fill = time.perf_counter() - t0
        t0 = time.perf_counter()
        warm = fz.load_corpus(folder, workers=args.workers, cache_dir=cache)
        hit = time.perf_counter() - t0

    print(f"## Corpus: {args.n:,} generated reports, {args.workers} workers\n\n"
          f"{len(bs)} bases (fixtures + seed), {n_chars:,} characters in all. Parsed {len(c)}, failed "
          f"{len(c.errors)}; {len(c.indicators):,} figures, {len(c.paragraphs):,} paragraphs. "
          "Time includes process start-up and combining the tables.\n")
    print(table(["run", "seconds", "reports/s"], [
        ["`load_corpus(folder, workers=2)` (no cache)", f"{cold:.2f}", f"{args.n / cold:.1f}"],
        ["same, filling a cold cache", f"{fill:.2f}", f"{args.n / fill:.1f}"],
        [f"same, warm cache ({warm.n_cached} reused)", f"{hit:.2f}", f"{args.n / hit:.1f}"],
    ]))
    print(f"\nPeak memory after the first run (getrusage max RSS): this process {me:.0f} MB + largest worker "
          f"{kids:.0f} MB = {me + kids:.0f} MB.")


if __name__ == "__main__":
    main()
