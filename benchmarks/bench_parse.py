"""Parse speed of one report end to end, linear scaling with length, and pathological inputs.

Every timing is cold: the per-text caches are emptied before each timed run (``_common.timings``), as for a
report never seen before.

Usage: python benchmarks/bench_parse.py [--runs 200]
"""

from __future__ import annotations

import argparse
import signal
import time

from _common import ms, seed_path, seed_text, summary, table, timings

PATHOLOGICAL_CHARS = 100_000
PATHOLOGICAL_LIMIT_S = 120  # give up (and say so) after this long


def full_parse(text: str, source: str) -> dict:
    """Text -> every table, checks and compliance included."""
    from fazhi_analysis import parse_report

    return parse_report(text, source).tables()


def parse_only(text: str, source: str):
    """Text -> Report (normalise, structure, figures); no indicators, checks or tables yet."""
    from fazhi_analysis import parse_report

    return parse_report(text, source)


def records_only(text: str, source: str) -> dict:
    """Text -> every table as plain column lists (what a corpus worker sends): no DataFrame."""
    from fazhi_analysis import parse_report

    return parse_report(text, source).records()


def body_span(text: str) -> tuple[int, int]:
    """Start and end of the report body (first heading/body paragraph to the last body paragraph)."""
    from fazhi_analysis import parse_report

    paras = parse_report(text, "seed").paragraphs
    body = paras[paras["kind"].isin(["heading", "body"])]
    return int(body["start"].iloc[0]), int(body["end"].iloc[-1])


def repeated(text: str, k: int, span: tuple[int, int]) -> str:
    """The seed with its body repeated ``k`` times (header, title and closing once)."""
    b0, b1 = span
    return text[:b0] + "\n".join([text[b0:b1]] * k) + text[b1:]


def first_body_end(text: str) -> int:
    """Offset of the end of the first body paragraph of the seed (where the runs are inserted)."""
    from fazhi_analysis import parse_report

    paras = parse_report(text, "seed").paragraphs
    return int(paras.loc[paras["kind"] == "body", "end"].iloc[0])


class _Timeout(Exception):
    pass


def _alarm(_sig, _frame):
    raise _Timeout


def time_once(fn, limit: float) -> float | None:
    """Seconds for one call of ``fn``; None when it takes longer than ``limit`` seconds."""
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        t0 = time.perf_counter()
        fn()
        return time.perf_counter() - t0
    except _Timeout:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=200, help="timed runs of the seed (default 200)")
    ap.add_argument("--scale-runs", type=int, default=20, help="timed runs per scaling step (default 20)")
    args = ap.parse_args(argv)

    path = seed_path()
    text = seed_text()
    print(f"## Parse: one report end to end\n\nSeed: `{path.relative_to(path.parents[2])}` "
          f"({len(text):,} characters). Each run: `parse_report(text).tables()` (normalise, structure, "
          f"figures, indicators, checks, compliance; every table built). One core, in-process.\n")
    t = timings(lambda: full_parse(text, path.name), args.runs, warmup=3)
    s = summary(t)
    rows = [["`parse_report(text).tables()` (full parse)", len(t), ms(s["median"]), ms(s["min"]), ms(s["p90"]),
             ms(s["max"]), f"{1 / s['median']:.1f}"]]
    for label, fn in (("`parse_report(text).records()` (no DataFrame)", records_only),
                      ("`parse_report(text)` alone", parse_only)):
        tp = timings(lambda: fn(text, path.name), args.runs, warmup=3)
        sp = summary(tp)
        rows.append([label, len(tp), ms(sp["median"]), ms(sp["min"]), ms(sp["p90"]), ms(sp["max"]),
                     f"{1 / sp['median']:.1f}"])
    print(table(["what", "runs", "median", "min", "p90", "max", "reports/s (1 core, median)"], rows))
    print(f"SUMMARY\tfull parse of one {len(text):,}-character report (median)\t{ms(s['median'])} "
          f"(min {ms(s['min'])})\t≤3 ms")

    print("\n## Parse: linear scaling\n\nThe seed's body (first heading to last body paragraph) repeated k "
          "times, header/title/closing once. Ratio = median time / median time of k=1 "
          f"({args.scale_runs} runs each).\n")
    span = body_span(text)
    rows = []
    base = None
    for k in (1, 2, 5, 10):
        tk = repeated(text, k, span)
        med = summary(timings(lambda: full_parse(tk, "scaled"), args.scale_runs, warmup=1))["median"]
        base = base or med
        rows.append([k, f"{len(tk):,}", ms(med), f"{med / base:.2f}", f"{med / base / k:.2f}"])
    print(table(["k", "characters", "median", "time ratio", "ratio / k"], rows))

    print(f"\n## Parse: pathological inputs\n\nA {PATHOLOGICAL_CHARS:,}-character run inserted into the seed "
          "(inline: at the end of the first body paragraph; own line: as a paragraph of its own), then the "
          f"full parse. One run each; limit {PATHOLOGICAL_LIMIT_S} s.\n")
    pos = first_body_end(text)
    runs = {
        "digits `0123456789…`": ("0123456789" * (PATHOLOGICAL_CHARS // 10 + 1))[:PATHOLOGICAL_CHARS],
        "`一` repeated": "一" * PATHOLOGICAL_CHARS,
        "`(一)` repeated": "(一)" * (PATHOLOGICAL_CHARS // 3),
        "`（一）` repeated (full-width)": "（一）" * (PATHOLOGICAL_CHARS // 3),
    }
    base_t = summary(timings(lambda: full_parse(text, "seed"), 5))["median"]
    rows = [["(seed alone)", "", ms(base_t), ""]]
    for name, run in runs.items():
        for where, doc in (("inline", text[:pos] + run + text[pos:]),
                           ("own line", text[:pos] + "\n" + run + "\n" + text[pos:])):
            secs = time_once(lambda: full_parse(doc, "pathological"), PATHOLOGICAL_LIMIT_S)
            shown = f"> {PATHOLOGICAL_LIMIT_S} s (stopped)" if secs is None else ms(secs)
            extra = "" if secs is None else f"{secs - base_t:+.3f} s"
            rows.append([name, where, shown, extra])
    print(table(["run", "where", "time", "vs seed alone"], rows))


if __name__ == "__main__":
    main()
