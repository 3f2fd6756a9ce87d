"""Our figure extraction side by side with Microsoft Recognizers-Text (zh-cn) and cn2an on the seed report.

Usage: python benchmarks/bench_peers.py [--runs 5]

Every tool reads the same text: the seed report after ``normalize_text`` (the text our offsets refer to).
Hand labels: ``data/raw/<seed stem>.expected.json``, key ``figures``: a list of ``{raw, value, unit, …}``
(``start``/``end`` used when given; otherwise each ``raw`` is located in the text in label order, searching
forward from the previous label, not inside a longer number).

Matching rule: an extraction (value v, span [s, e)) is a hit for a label (value w, span [a, b)) when
``v == w`` (relative tolerance 1e-9) and the spans overlap (``s < b and a < e``). Each label and each
extraction is matched at most once (extractions in text order, first unmatched label that fits).
Recall = matched labels / labels; precision = matched extractions / extractions. Precision is measured
against our label set, which counts figures (amounts, counts, rates, changes), not years, dates or list
numbers; a tool that returns every number scores lower precision by design.

Tools:
* ours: ``parse_report(text).indicators`` (value = low end of a range, 万/亿 expanded), span = start/end.
* Recognizers-Text (``recognizers-text-suite``, Culture.Chinese): number, percentage and dimension models,
  each built once (build time reported separately). Results of the three are merged; a number result
  lying inside a percentage or dimension result is dropped (the latter carries the unit). Their ``end`` is
  inclusive; spans are converted to [start, end + 1).
* cn2an: ``cn2an.transform(text, "cn2an")`` rewrites Chinese numerals as Arabic ones. Numbers are found in
  its output with the regular expression ``\\d[\\d,]*(?:\\.\\d+)?`` optionally followed by 万 or 亿 (which
  multiply the value); output offsets are mapped back to the input with ``difflib.SequenceMatcher``
  (equal blocks 1:1; a rewritten block maps to the whole input block it replaced). Time = transform only.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import json
import math
import re
import statistics
import sys
import time
import warnings

from _common import ms, seed_path, seed_text, table, timings

_NUM_OUT = re.compile(r"\d[\d,]*(?:\.\d+)?([万亿])?")
_MULT = {"万": 1e4, "亿": 1e8, None: 1.0}


# ---------------------------------------------------------------------------------------------- labels

def load_labels(text: str) -> list[dict]:
    """Labelled figures with spans in ``text``."""
    path = seed_path().parent / f"{seed_path().stem}.expected.json"
    if not path.exists():
        sys.exit(f"no hand labels: {path} is missing")
    data = json.loads(path.read_text(encoding="utf-8"))
    figs = data["figures"] if isinstance(data, dict) else data
    out = []
    pos = 0
    for f in figs:
        raw, value = f.get("raw"), f.get("value")
        if raw is None or value is None:
            continue
        if isinstance(f.get("start"), int) and isinstance(f.get("end"), int) and text[f["start"]:f["end"]] == raw:
            s, e = f["start"], f["end"]
        else:
            pat = re.compile(r"(?<![0-9０-９.．,])" + re.escape(raw) + (r"(?![0-9０-９])" if raw[-1:].isdigit() else ""))
            m = pat.search(text, pos) or pat.search(text)
            if m is None:
                print(f"label not found in the text, skipped: {raw!r}", file=sys.stderr)
                continue
            s, e = m.span()
        pos = s + 1
        out.append({"raw": raw, "value": float(value), "unit": f.get("unit"), "start": s, "end": e})
    return out


def score(extractions: list[tuple[float, int, int]], labels: list[dict]) -> tuple[int, int, int]:
    """(matched, number of extractions, number of labels) under the documented matching rule."""
    used = [False] * len(labels)
    matched = 0
    for v, s, e in sorted(extractions, key=lambda x: (x[1], x[2])):
        for i, lab in enumerate(labels):
            if used[i] or not (s < lab["end"] and lab["start"] < e):
                continue
            if math.isclose(v, lab["value"], rel_tol=1e-9, abs_tol=1e-12):
                used[i] = True
                matched += 1
                break
    return matched, len(extractions), len(labels)


# ---------------------------------------------------------------------------------------------- tools

def ours(text: str):
    from fazhi_analysis import parse_report

    def run():
        return parse_report(text, "seed").indicators

    def extract(ind):
        ind = ind[ind["value"].notna()]
        return [(float(v), int(s), int(e)) for v, s, e in ind[["value", "start", "end"]].itertuples(index=False)]

    return run, extract


def recognizers(text: str):
    try:
        from recognizers_number import Culture, NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
    except ImportError:
        return None
    t0 = time.perf_counter()
    num = NumberRecognizer(Culture.Chinese)
    unit = NumberWithUnitRecognizer(Culture.Chinese)
    models = {"number": num.get_number_model(), "percentage": num.get_percentage_model(),
              "dimension": unit.get_dimension_model()}
    build = time.perf_counter() - t0

    def run():
        return {k: m.parse(text) for k, m in models.items()}

    def extract(res):
        specific = []
        out = []
        for kind in ("percentage", "dimension"):
            for r in res[kind]:
                v = _value((r.resolution or {}).get("value"))
                specific.append((r.start, r.end + 1))
                if v is not None:
                    out.append((v, r.start, r.end + 1))
        for r in res["number"]:
            s, e = r.start, r.end + 1
            if any(a <= s and e <= b for a, b in specific):
                continue
            v = _value((r.resolution or {}).get("value"))
            if v is not None:
                out.append((v, s, e))
        return out

    return run, extract, build


def _value(v) -> float | None:
    if v is None:
        return None
    s = str(v).strip().rstrip("%").replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def cn2an_tool(text: str):
    try:
        import cn2an
    except ImportError:
        return None

    def run():
        with warnings.catch_warnings(), contextlib.redirect_stderr(io.StringIO()):
            warnings.simplefilter("ignore")
            return cn2an.transform(text, "cn2an")

    def extract(out_text):
        to_src = _aligner(text, out_text)
        found = []
        for m in _NUM_OUT.finditer(out_text):
            digits = m.group(0).rstrip("万亿").replace(",", "")
            try:
                v = float(digits) * _MULT[m.group(1)]
            except ValueError:
                continue
            s, e = to_src(m.start(), m.end())
            found.append((v, s, e))
        return found

    return run, extract


def _aligner(src: str, out: str):
    """Map a span of ``out`` to the span of ``src`` it came from."""
    blocks = difflib.SequenceMatcher(None, src, out, autojunk=False).get_opcodes()

    def pos(j: int, end: bool) -> int:
        for tag, i1, i2, j1, j2 in blocks:
            if j1 <= j < j2 or (end and j1 < j <= j2):
                if tag == "equal":
                    return i1 + (j - j1)
                return i2 if end else i1
        return len(src)

    return lambda s, e: (pos(s, False), pos(e, True))


# ---------------------------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="timed runs per tool (default 5)")
    args = ap.parse_args(argv)

    text = seed_text()
    labels = load_labels(text)
    print(f"## Peers: figure extraction on the seed\n\nSeed: `{seed_path().name}` ({len(text):,} characters), "
          f"{len(labels)} hand-labelled figures. Time = median of {args.runs} runs (after one warm-up). "
          "Hit = same value and overlapping span (see the script's docstring).\n")
    rows = []
    times = {}
    tools = [("fazhi_analysis (ours)", ours(text))]
    rec = recognizers(text)
    if rec is None:
        print("Recognizers-Text is not installed (pip install -e .[bench]): skipped.\n")
    else:
        tools.append(("Recognizers-Text zh-cn (number+percentage+dimension)", rec[:2]))
    c2a = cn2an_tool(text)
    if c2a is None:
        print("cn2an is not installed (pip install -e .[bench]): skipped.\n")
    else:
        tools.append(("cn2an.transform(text, 'cn2an')", c2a))
    for name, (run, extract) in tools:
        t = timings(run, args.runs, warmup=1)
        med = statistics.median(t)
        times[name] = med
        m, n_ext, n_lab = score(extract(run()), labels)
        prec = m / n_ext if n_ext else float("nan")
        rec_ = m / n_lab if n_lab else float("nan")
        rows.append([name, ms(med), n_ext, m, f"{rec_:.3f}", f"{prec:.3f}"])
    print(table(["tool", "time (median)", "extractions", "hits", "recall", "precision"], rows))
    if rec is not None:
        ours_t = times["fazhi_analysis (ours)"]
        rec_t = times["Recognizers-Text zh-cn (number+percentage+dimension)"]
        print(f"\nRecognizers-Text model build (once): {ms(rec[2])}.")
        print(f"Ratio of Recognizers-Text's time to ours: {rec_t / ours_t:.1f}x "
              "(ours includes structure, indicators and classification; theirs only number finding).")
        print(f"SUMMARY\tRecognizers-Text time / ours, same text\t{rec_t / ours_t:.1f}x\t")


if __name__ == "__main__":
    main()
