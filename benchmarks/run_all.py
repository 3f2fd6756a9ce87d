"""Run every benchmark and write their figures, with the machine and versions, to a Markdown file.

Usage: python benchmarks/run_all.py [--out benchmarks/results.md] [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["bench_parse.py", "bench_peers.py", "bench_corpus.py", "bench_pathological.py", "bench_import.py",
           "bench_pdf.py", "bench_loaders.py"]
QUICK = {"bench_parse.py": ["--runs", "20", "--scale-runs", "3"], "bench_peers.py": ["--runs", "2"],
         "bench_corpus.py": ["--n", "100", "--per-report", "4"], "bench_pathological.py": ["--kb", "60"],
         "bench_import.py": ["--runs", "3"], "bench_pdf.py": ["--runs", "1", "--pages", "100"],
         "bench_loaders.py": ["--runs", "1", "--bomb-mb", "120"]}
PACKAGES = ["fazhi-analysis", "pandas", "numpy", "pyarrow", "matplotlib", "openpyxl", "python-docx", "tqdm",
            "recognizers-text-suite", "recognizers-text-number", "cn2an", "emoji", "pypdfium2", "pdfminer.six",
            "pdfplumber", "fpdf2"]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_gb() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 ** 2:.1f} GB"
    except OSError:
        pass
    try:
        return f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 1024 ** 3:.1f} GB"
    except (ValueError, OSError, AttributeError):
        return "unknown"


def versions() -> list[str]:
    out = []
    for p in PACKAGES:
        try:
            out.append(f"{p} {metadata.version(p)}")
        except metadata.PackageNotFoundError:
            out.append(f"{p} (not installed)")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE / "results.md"), help="Markdown file to write")
    ap.add_argument("--quick", action="store_true", help="fewer runs (a smoke test, not for publishing)")
    args = ap.parse_args(argv)

    try:
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except (OSError, AttributeError):
        load = "unknown"
    env = dict(os.environ, MPLBACKEND="Agg", PYTHONHASHSEED="0")
    parts = []
    summary: list[list[str]] = []
    failed = 0
    for script in SCRIPTS:
        cmd = [sys.executable, str(HERE / script), *(QUICK[script] if args.quick else [])]
        print(f"running {script} …", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        res = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=HERE.parent)
        took = time.perf_counter() - t0
        if res.returncode != 0:
            failed += 1
            tail = "\n".join(res.stderr.strip().splitlines()[-15:])
            parts.append(f"## {script}: FAILED (exit {res.returncode})\n\n```\n{tail}\n```")
        else:
            lines = res.stdout.strip().splitlines()
            summary += [ln.split("\t")[1:] for ln in lines if ln.startswith("SUMMARY\t")]
            parts.append("\n".join(ln for ln in lines if not ln.startswith("SUMMARY\t")).strip())
        print(f"  {script} done in {took:.0f} s", file=sys.stderr, flush=True)

    head = [
        "# Benchmarks", "",
        "Written by `benchmarks/run_all.py`" + (" (`--quick`: smoke-test run counts)" if args.quick else "")
        + ". Wall-clock figures on the machine below; on a shared machine (see the load average) they vary "
        "between runs.", "",
        f"- Date: {dt.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
        f"- CPU: {cpu_model()}, {os.cpu_count()} logical cores",
        f"- Memory: {memory_gb()}",
        f"- Load average when the run started (1/5/15 min): {load}",
        f"- OS: {platform.platform()}",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- Packages: {', '.join(versions())}", "",
    ]
    if summary:
        rows = ["| figure | measured | target |", "|---|---|---|"]
        rows += ["| " + " | ".join((r + ["", "", ""])[:3]) + " |" for r in summary]
        head += ["## Summary", "", "The figures of issue 14 from this one run (details in the sections below).", "",
                 *rows, ""]
    text = "\n".join(head) + "\n" + "\n\n".join(parts) + "\n"
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
