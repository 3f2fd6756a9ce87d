"""Corpus throughput and peak memory on 1,000 report-length texts: tables only, the default build, a rebuild.

Usage: python benchmarks/bench_corpus.py [--n 1000] [--workers 2] [--per-report 20] [--tables-only]

Prints the corpus (number of reports, characters in all and per report), reports/s of ``load_corpus`` (tables
only) with 1 and with ``--workers`` workers, their peak memory, and the start-up every run pays once (a
``load_corpus`` of one report: imports, compiled catalogs and patterns), so that the rate after start-up can
be told from it.

The reports are variations of the seed (``data/raw``, about 7,400 characters, the length of a real
report): report i renames the region (青溪县 -> e.g. 安和县, and the short name) and scales every count
and amount (a number followed by a measure word; percentages, years and dates untouched) by
0.5 + (i mod 11)/10, so every file has different bytes and is parsed. Everything is deterministic.
Lines starting ``SUMMARY`` are collected by ``run_all.py`` into the summary table.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, seed_path, table

_CHARS = "东西南北安平和顺泰康宁远清河山川金玉长乐永定丰华"
_COUNT = re.compile(r"(?<![\d.,\-〔(（])(\d+(?:\.\d+)?)(?=[件项个人次家条名份户场期卷台部万亿])")


def base() -> tuple[str, str | None]:
    """(text, region) of the seed report."""
    from fazhi_analysis import load_report

    r = load_report(seed_path())
    return r.text, r.metadata.get("region")


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


def write_corpus(folder: Path, n: int) -> int:
    """Write ``n`` report files; returns the number of characters in all."""
    text, region = base()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        doc = variant(text, region, i)
        total += len(doc)
        (folder / f"{i:04d}.txt").write_text(doc, encoding="utf-8")
    return total


def peak_rss_mb() -> tuple[float, float]:
    """Max RSS of this process and of the largest finished child, in MB (Linux reports KB)."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def _tables_run(folder: Path, workers: int, cache: Path | None) -> tuple[float, float, int, int]:
    """load_corpus in a fresh process: (seconds, peak MB of the process + its largest worker, reports, figures)."""
    code = ("import sys, time, resource; sys.path.insert(0, sys.argv[1]); import fazhi_analysis as fz\n"
            "t0 = time.perf_counter()\n"
            "c = fz.load_corpus(sys.argv[2], workers=int(sys.argv[3]), cache_dir=sys.argv[4] or None)\n"
            "took = time.perf_counter() - t0\n"
            "me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
            "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
            "s, k = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "cpu = s.ru_utime + s.ru_stime + k.ru_utime + k.ru_stime\n"
            "print(took, me + kids, len(c), len(c.indicators), cpu)\n")
    res = subprocess.run([sys.executable, "-c", code, str(ROOT / "src"), str(folder), str(workers),
                          str(cache or "")], capture_output=True, text=True, check=True)
    took, mb, n, figs, cpu = res.stdout.split()
    _CPU[(str(folder), workers, str(cache or ""))] = float(cpu)
    return float(took), float(mb), int(n), int(figs)


_CPU: dict[tuple[str, int, str], float] = {}  # CPU seconds (process, workers, interpreter start included) per run


def _build(folder: Path, out: Path, *extra: str) -> tuple[float, float]:
    """`fazhi build` in a fresh process: (seconds, peak MB of the largest process of the build)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), MPLBACKEND="Agg")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "fazhi_analysis.cli", "build", str(folder), "--out", str(out), "-q",
                    *extra], check=True, env=env, capture_output=True)
    took = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return took, max(before, after)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="number of reports (default 1000)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--per-report", type=int, default=20,
                    help="reports in the --per-report build (charts take seconds each; default 20)")
    ap.add_argument("--tables-only", action="store_true",
                    help="run only the tables-only load_corpus part (no cache, no fazhi build)")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="fazhi-bench-") as tmp:
        folder = Path(tmp) / "reports"
        n_chars = write_corpus(folder, args.n)
        single = Path(tmp) / "single"
        write_corpus(single, 1)
        start, _, _, _ = _tables_run(single, 1, None)
        one, one_mb, n_ok, n_figs = _tables_run(folder, 1, None)
        par, par_mb, _, _ = _tables_run(folder, args.workers, None)
        if args.tables_only:
            _print_tables(args, folder, n_chars, n_ok, n_figs, one, one_mb, par, par_mb, start)
            return
        cache = Path(tmp) / "cache"
        fill, _, _, _ = _tables_run(folder, args.workers, cache)
        warm, _, _, _ = _tables_run(folder, args.workers, cache)

        out = Path(tmp) / "out"
        build, build_mb = _build(folder, out, "--workers", str(args.workers))
        first = folder / "0000.txt"
        first.write_text(first.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        rebuild, _ = _build(folder, out, "--workers", str(args.workers))

        small = Path(tmp) / "small"
        write_corpus(small, args.per_report)
        out2 = Path(tmp) / "out2"
        pr, pr_mb = _build(small, out2, "--per-report", "--workers", str(args.workers))
        f0 = small / "0000.txt"
        f0.write_text(f0.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        pr_again, _ = _build(small, out2, "--per-report", "--workers", str(args.workers))

    print(f"## Corpus: {args.n:,} report-length texts, {args.workers} workers\n\n"
          f"Seed variants (renamed region, scaled figures), {n_chars:,} characters in all "
          f"({n_chars / args.n:,.0f} per report). Parsed {n_ok}; {n_figs:,} figures. Each run is a fresh "
          "process; times include process start-up of the workers and combining the tables, not the "
          "interpreter start.\n")
    print(table(["run", "seconds", "reports/s", "peak memory"], [
        ["tables only: `load_corpus(folder, workers=1)`", f"{one:.2f}", f"{args.n / one:.1f}", f"{one_mb:.0f} MB"],
        [f"tables only: `load_corpus(folder, workers={args.workers})`", f"{par:.2f}", f"{args.n / par:.1f}",
         f"{par_mb:.0f} MB"],
        ["same, filling a cold cache", f"{fill:.2f}", f"{args.n / fill:.1f}", ""],
        ["same, warm cache", f"{warm:.2f}", f"{args.n / warm:.1f}", ""],
        [f"`fazhi build` default (tables, corpus.xlsx, corpus charts)", f"{build:.2f}", f"{args.n / build:.1f}",
         f"{build_mb:.0f} MB (largest process)"],
        ["`fazhi build` again after one report changed", f"{rebuild:.2f}", "", ""],
        [f"`fazhi build --per-report` on {args.per_report} reports", f"{pr:.2f}", f"{args.per_report / pr:.2f}",
         f"{pr_mb:.0f} MB (largest process)"],
        ["`--per-report` again after one report changed", f"{pr_again:.2f}", "", ""],
    ]))
    print(f"\nPeak memory: getrusage max RSS of the parsing process plus its largest worker. "
          f"{_startup_note(args.n, start, one)}")
    print(f"SUMMARY\ttables only, {args.n} reports, {args.workers} workers\t{args.n / par:.0f} reports/s\t≥300 reports/s")
    print(f"SUMMARY\ttables only, 1 worker\t{args.n / one:.0f} reports/s\tslower than {args.workers} workers")
    print(f"SUMMARY\tpeak memory, tables only, {args.n} reports\t{par_mb:.0f} MB\t<1 GB")
    print(f"SUMMARY\tstart-up of a tables-only run (`load_corpus` of 1 report)\t{start:.2f} s\t")
    print(f"SUMMARY\tdefault `fazhi build` of {args.n} reports\t{build:.1f} s\t<60 s")
    print(f"SUMMARY\trebuild after one report changed\t{rebuild:.1f} s\t")
    print(f"SUMMARY\t`--per-report` rebuild after one change ({args.per_report} reports)\t{pr_again:.1f} s "
          f"(first build {pr:.1f} s)\t")


def _startup_note(n: int, start: float, one: float) -> str:
    """What the start-up costs, and the rate of one worker without it."""
    rest = one - start
    per = f"{(n - 1) / rest:.1f} reports/s" if rest > 0 else "n/a"
    return (f"Start-up (import of pandas and the parser, compiled catalogs and patterns; `load_corpus` of 1 "
            f"report, 1 worker): {start:.2f} s; 1 worker after start-up: {per}.")


def _print_tables(args, folder: Path, n_chars: int, n_ok: int, n_figs: int, one: float, one_mb: float,
                  par: float, par_mb: float, start: float) -> None:
    """The tables-only part of the results (``--tables-only``)."""
    cpu1, cpu2 = (next((v for (f, w, c), v in _CPU.items() if f == str(folder) and w == n and not c), float("nan"))
                  for n in (1, args.workers))
    print(f"## Corpus, tables only: {args.n:,} report-length texts\n\n"
          f"Seed variants, {n_chars:,} characters in all ({n_chars / args.n:,.0f} per report). Parsed {n_ok}; "
          f"{n_figs:,} figures. Each run is a fresh process. CPU: user + system seconds of the process and its "
          f"workers (what the run costs whatever else the machine runs); load average {os.getloadavg()[0]:.2f}.\n")
    print(table(["run", "seconds", "reports/s", "CPU seconds", "reports per CPU second", "peak memory"], [
        ["tables only: `load_corpus(folder, workers=1)`", f"{one:.2f}", f"{args.n / one:.1f}", f"{cpu1:.1f}",
         f"{args.n / cpu1:.1f}", f"{one_mb:.0f} MB"],
        [f"tables only: `load_corpus(folder, workers={args.workers})`", f"{par:.2f}", f"{args.n / par:.1f}",
         f"{cpu2:.1f}", f"{args.n / cpu2:.1f}", f"{par_mb:.0f} MB"]]))
    print(f"\n{_startup_note(args.n, start, one)}")
    print(f"SUMMARY\ttables only, {args.n} reports, {args.workers} workers\t{args.n / par:.0f} reports/s\t≥300 reports/s")
    print(f"SUMMARY\ttables only, 1 worker\t{args.n / one:.0f} reports/s\tslower than {args.workers} workers")
    print(f"SUMMARY\tpeak memory, tables only, {args.n} reports\t{par_mb:.0f} MB\t<1 GB")
    print(f"SUMMARY\tstart-up of a tables-only run (`load_corpus` of 1 report)\t{start:.2f} s\t")


if __name__ == "__main__":
    main()
