"""Fit and cross-validate a keep/drop gate for keyed figures (issue 9: key precision).

Usage::

    PYTHONPATH=$PWD/src python benchmarks/key_gate_fit.py --dir /work/main/data/dev/tuneJ [--dir …/tuneK] \
        [--features lit_len,short_words,...] [--c 1.0] [--write src/fazhi_analysis/data/key_gate.json]

Rows come from :mod:`key_gate_data` (one per keyed figure matched to a label). The model is an L2-regularised
logistic regression of P(key right) on a few features, standardised on the training rows, fitted with
Newton steps in numpy (no other dependency). A figure's key is dropped when the predicted P(right) is below
a threshold. Evaluation, all grouped by page so no page is in its own training data:

* ``LOPO <sets>``: leave one page out over the pooled sets;
* ``A -> B``: fit on every page of set A, test on set B (and the reverse), when two sets are given.

For each split and threshold the table shows key precision and key recall before and after the gate (recall's
denominator is every labelled key of the test pages, as ``score_real.py`` counts it) and the right and wrong
keys dropped. Fixed rules (``--rules``) are evaluated the same way, without fitting. ``--write`` saves the
model fitted on all rows given (human-readable weights on the raw feature scale) for indicators.py to apply.
It prints counts only, never report text.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import key_gate_data as kgd  # noqa: E402

DEFAULT = ("short_words", "scope_far", "ctx_none", "ctx_near", "lit_len", "unit_first", "derived")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8)


def _x(rows: list[dict], feats: tuple[str, ...]) -> np.ndarray:
    return np.array([[float(r[f]) for f in feats] for r in rows], dtype=float).reshape(len(rows), len(feats))


def fit(rows: list[dict], feats: tuple[str, ...], c: float = 1.0) -> dict:
    """L2 logistic regression (penalty ``c``·|w|²/2 on standardised features, intercept free) by Newton steps."""
    x = _x(rows, feats)
    y = np.array([r["right"] for r in rows], dtype=float)
    mu = x.mean(axis=0)
    sd = x.std(axis=0)
    sd[sd == 0] = 1.0
    z = np.hstack([np.ones((len(rows), 1)), (x - mu) / sd])
    w = np.zeros(z.shape[1])
    p0 = min(max(y.mean(), 1e-3), 1 - 1e-3)
    w[0] = math.log(p0 / (1 - p0))
    pen = np.full(z.shape[1], c)
    pen[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(z @ w)))
        g = z.T @ (p - y) + pen * w
        h = (z.T * (p * (1 - p))) @ z + np.diag(pen) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    # back to the raw feature scale: logit = b + sum(coef_i * x_i)
    coef = w[1:] / sd
    b = w[0] - float((coef * mu).sum())
    return {"features": list(feats), "intercept": float(b), "weights": {f: float(v) for f, v in zip(feats, coef)}}


def predict(model: dict, rows: list[dict]) -> np.ndarray:
    feats = tuple(model["features"])
    x = _x(rows, feats)
    coef = np.array([model["weights"][f] for f in feats])
    return 1 / (1 + np.exp(-(model["intercept"] + x @ coef)))


RULES = {
    # hypotheses read off tuneJ's feature means; they are tested, not tuned, on other sets
    "scope_far": lambda r: r["scope_far"] == 1,
    "short_words&ctx_none": lambda r: r["short_words"] == 1 and r["ctx_none"] == 1,
    "short|scope_far": lambda r: r["short_words"] == 1 or r["scope_far"] == 1,
}


class Cell:
    def __init__(self):
        self.right = self.given = self.labelled = self.drop_right = self.drop_wrong = 0

    def add(self, rows, keep, labelled):
        self.labelled += labelled
        for r, k in zip(rows, keep):
            if k:
                self.given += 1
                self.right += r["right"]
            else:
                self.drop_right += r["right"]
                self.drop_wrong += 1 - r["right"]

    def pr(self):
        return (self.right / self.given if self.given else float("nan"),
                self.right / self.labelled if self.labelled else float("nan"))


def evaluate(train_test: list[tuple[list[dict], list[dict], int]], feats, c, rules=False) -> dict[str, Cell]:
    """Cells per gate (threshold or rule) summed over the folds (train rows, test rows, test labelled keys)."""
    cells: dict[str, Cell] = {"before": Cell()}
    for train, test, n_lab in train_test:
        cells["before"].add(test, [True] * len(test), n_lab)
        if rules:
            for name, rule in RULES.items():
                cells.setdefault(f"rule {name}", Cell()).add(test, [not rule(r) for r in test], n_lab)
            continue
        p = predict(fit(train, feats, c), test) if test else np.array([])
        for t in THRESHOLDS:
            cells.setdefault(f"p<{t}", Cell()).add(test, [bool(v >= t) for v in p], n_lab)
    return cells


def splits(data: dict) -> dict[str, list]:
    rows, pages = data["rows"], data["pages"]
    sets = sorted({p.split("/")[0] for p in pages})
    out = {}
    by_page = {p: [r for r in rows if r["page"] == p] for p in pages}
    out[f"LOPO {'+'.join(sets)}"] = [([r for r in rows if r["page"] != p], by_page[p], pages[p]) for p in pages]
    for a in sets:
        for b in sets:
            if a != b:
                out[f"{a} -> {b}"] = [([r for r in rows if r["set"] == a], [r for r in rows if r["set"] == b],
                                       sum(v for p, v in pages.items() if p.startswith(b + "/")))]
    return out


def table(name: str, cells: dict[str, Cell]) -> list[str]:
    b_p, b_r = cells["before"].pr()
    out = []
    for g, cell in cells.items():
        p, r = cell.pr()
        out.append(f"| {name} | {g} | {p:.3f} ({cell.right}/{cell.given}) | {r:.3f} ({cell.right}/{cell.labelled}) | "
                   f"{p - b_p:+.3f} | {r - b_r:+.3f} | {cell.drop_wrong} | {cell.drop_right} |")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", action="append", help="a labelled tune set (repeat); or --rows")
    ap.add_argument("--rows", help="rows written by key_gate_data.py --out (instead of --dir)")
    ap.add_argument("--features", default=",".join(DEFAULT))
    ap.add_argument("--c", type=float, default=1.0, help="L2 penalty on standardised weights")
    ap.add_argument("--rules", action="store_true", help="also evaluate the fixed rules")
    ap.add_argument("--flags", action="store_true", help="also count right/wrong keys per 0/1 feature and set")
    ap.add_argument("--write", help="fit on all rows and write the gate JSON here")
    ap.add_argument("--threshold", type=float, default=0.5, help="threshold stored with --write")
    args = ap.parse_args(argv)
    if args.rows:
        data = json.loads(Path(args.rows).read_text(encoding="utf-8"))
    else:
        if not args.dir or any(Path(d).name.startswith("holdout") for d in args.dir):
            print("give tune sets with --dir (holdout* refused) or --rows", file=sys.stderr)
            return 2
        data = kgd.collect(args.dir)
    feats = tuple(f for f in args.features.split(",") if f)
    print(f"features: {', '.join(feats)}; L2 c={args.c}\n")
    print("| split | gate | key precision | key recall | ΔP | ΔR | wrong dropped | right dropped |")
    print("|---|---|---|---|---|---|---|---|")
    for name, tt in splits(data).items():
        for line in table(name, evaluate(tt, feats, args.c)):
            print(line)
        if args.rules:
            for line in table(name, evaluate(tt, feats, args.c, rules=True))[1:]:
                print(line)
    if args.flags:
        sets = sorted({r["set"] for r in data["rows"]})
        print("\n| flag = 1 | " + " | ".join(f"{s} right | {s} wrong" for s in sets) + " |")
        print("|---|" + "---|---|" * len(sets))
        for f in data["features"]:
            if {r[f] for r in data["rows"]} <= {0, 1}:
                cells = []
                for s in sets:
                    rs = [r for r in data["rows"] if r["set"] == s and r[f] == 1]
                    cells += [str(sum(r["right"] for r in rs)), str(sum(1 - r["right"] for r in rs))]
                print(f"| {f} | " + " | ".join(cells) + " |")
    model = fit(data["rows"], feats, args.c)
    print("\nmodel fitted on all rows (raw scale): intercept "
          f"{model['intercept']:+.3f}; " + ", ".join(f"{f} {w:+.3f}" for f, w in model["weights"].items()))
    if args.write:
        model["threshold"] = args.threshold
        model["trained_on"] = sorted({r["set"] for r in data["rows"]})
        model["note"] = "P(key right) = 1/(1+exp(-(intercept + sum(weight*feature)))); drop the key below threshold"
        Path(args.write).write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
