"""Key precision by the KIND OF EVIDENCE a key rests on (issue 9).

Usage::

    PYTHONPATH=$PWD/src python benchmarks/key_evidence.py --dir /work/main/data/dev/tuneG --dir …/tuneH

Each keyed figure of the labelled real-data sets (matched to its label as ``score_real.py`` matches them) is
classified along several axes read from its ``key_basis`` (how :mod:`fazhi_analysis.indicators` found the key,
which words it matched, what scoped it) and from where the catalog's words stand relative to the figure's own
name and clause. For each axis and kind the script prints how many given keys were right (the label's key) and
wrong, summed over the sets, and the labelled keys the parser left empty are counted per set (recall).

It prints counts only, never report text, so its output may be committed. Blind sets (``holdout*``) are
refused unless ``--blind-ok`` is given (the lead's use only).

Axes:

* ``derivation``: the step that gave the key: a phrasing matched in the figure's own words (``direct``) or a
  later step that carried or built it (the verb of the clause before, the noun after the figure, a list item
  sharing its neighbour's key, the people of an activity, a gate that writes its own key …).
* ``words``: where the matched catalog words stand: all inside the figure's ``name``; partly outside it but in
  its clause; outside its clause.
* ``scope``: what placed the figure in the key's family: its own matched words or nothing (``own``), a topic
  word elsewhere in the sentence, in the clause after the figure, the row above, or only the section heading.
* ``context``: where the entry's ``context`` words (data/catalog.csv) stand: the entry has none; in the
  figure's name; in its clause; only elsewhere in the sentence; only in a heading.
* ``law``: for the law-event keys (training, publicity, study and their people): where a law word stands: in
  the figure's clause or name, an earlier clause, only a later clause, only a heading.
* ``length``: literal length of the matched words (``#`` and gaps left out): 1-2 characters (a bare verb or
  noun such as 办件, 宣传, 信访), 3-4, 5 or more.
* ``side``: where the matched words stand: before the figure, straddling it (a ``#`` phrasing), after it, or
  after it inside a 对… phrase (N次对甲工作作出批示: the topic of another act).
* ``family``: the key's family (the part before the dot), for comparison with the evidence axes.
* ``shared``: whether the matched phrasing text is a phrasing of more than one catalog key.
* ``modifier``: characters of the figure's name before the matched words (0, 1-3, 4+): a long modifier often
  names a part or subset (重点事项网上办件) or another organ.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_real as sr  # noqa: E402  (the scorer's label matching, reused)

import fazhi_analysis as fz  # noqa: E402
from fazhi_analysis import indicators as ind  # noqa: E402

_MARK = re.compile(r"[，。；：！？,;:!?\n]")

# derivation: suffix of the key basis (as indicators.py writes it) -> kind
_DERIVED = (
    ("⇐ people of", "people of an activity"),
    ("the reporting organ", "respondent/defendant"),
    ("of the clause before", "verb of clause before"),
    ("the noun after the figure", "noun after figure"),
    ("the act after the bodies listed", "act after bodies listed"),
    ("the object of the bare verb", "object of bare verb"),
    ("shared with the next 、 item", "list item: next item's key"),
    ("the verb after the next 、 item", "list item: verb after list"),
    ("a body listed with the next", "list item: next item's key"),
    ("the same ranking", "same ranking / unit"),
    ("the same count in another unit", "same ranking / unit"),
    ("the verb before the figure and the words after it", "verb before + words after"),
    ("the delegation verb", "delegation verb"),
    ("meetings named as a list", "gate-made key"),
    ("leaders deliberating", "gate-made key"),
    ("among publicity acts", "gate-made key"),
    ("followed by publicity acts", "gate-made key"),
    ("(an earlier clause)", "gate-made key"),
    ("law study of the staff", "gate-made key"),
    ("of several kinds", "gate-made key"),
    ("people of an exam", "gate-made key"),
    ("(its study)", "gate-made key"),
    ("a talk for the public", "gate-made key"),
    ("people of the staff training", "gate-made key"),
)
AXES = ("derivation", "words", "scope", "context", "law", "length", "shared", "modifier", "coordination",
        "attending", "side", "family")
_COORD_IN = re.compile(r"[和及与、并]")
_ATTEND = re.compile(r"参加|参与|参训|参学|列席|旁听|收听|收看|观看")


def _derivation(basis: str) -> str:
    for mark, kind in _DERIVED:
        if mark in basis:
            return kind
    return "direct"


def _scope(basis: str) -> str:
    m = re.search(r"; scope (.*?)(?:;|$)", basis)
    if m is None:
        return "own words / none"
    why = m.group(1)
    if "(heading" in why:
        return "heading only"
    if "(row above)" in why:
        return "row above"
    if "(sentence)" in why:
        return "topic word in sentence"
    if "(clause)" in why:
        return "topic word in clause after"
    return "other"


def _parts(basis: str) -> list[str]:
    words = ind._basis_words(basis)
    return [w for w in re.split(r"#", words) if w]


def _phrasing(basis: str) -> str:
    return basis.partition(" ⇐ ")[0]


def _clause(sentence: str, at: int) -> str:
    lo = max((m.end() for m in _MARK.finditer(sentence, 0, max(0, at))), default=0)
    m = _MARK.search(sentence, max(0, at))
    return sentence[lo:m.start() if m else len(sentence)]


def _where(parts: list[str], name: str, clause: str, sentence: str) -> str:
    if not parts:
        return "no words"
    if all(p in name for p in parts):
        return "in name"
    if all(p in clause for p in parts):
        return "in clause, not name"
    if all(p in sentence for p in parts):
        return "in sentence, not clause"
    return "elsewhere"


def _phrasing_owners() -> dict[str, set[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for r in ind._catalog_rows():
        for p in ind._split(r["phrasings"]):
            owners[p].add(r["key"])
    return owners


def classify_row(r: dict, text: str, headings: str, owners: dict, entries: dict) -> dict[str, str]:
    basis = "" if sr._empty(r.get("key_basis")) else str(r["key_basis"])
    key = str(r["key"])
    sentence = "" if sr._empty(r.get("sentence")) else str(r["sentence"])
    name = "" if sr._empty(r.get("name")) else str(r["name"])
    start = int(r["start"])
    s0 = text.find(sentence, max(0, start - len(sentence))) if sentence else -1
    at = start - s0 if 0 <= s0 <= start else sentence.find(str(r["raw"]))
    clause = _clause(sentence, at)
    parts = _parts(basis)
    lit = sum(len(p) for p in parts)
    entry = entries.get(key)
    ctx = entry.context if entry is not None else None
    if ctx is None:
        context = "entry needs none"
    elif ctx.search(name):
        context = "in name"
    elif ctx.search(clause):
        context = "in clause"
    elif ctx.search(sentence[:max(0, sentence.find(clause))]) if clause else False:
        context = "earlier clause only"
    elif ctx.search(sentence):
        context = "later clause only"
    elif ctx.search(headings):
        context = "in heading only"
    else:
        context = "not found"
    if key not in ind._LAW_EVENT_KEYS:
        law = "not a law-event key"
    elif ind._LAW_WORD_ANY.search(clause + "\x00" + name):
        law = "law in own clause/name"
    elif ind._LAW_WORD_ANY.search(sentence[:max(0, sentence.find(clause))]):
        law = "law in earlier clause"
    elif ind._LAW_WORD_ANY.search(sentence):
        law = "law in later clause only"
    elif ind._LAW_WORD_ANY.search(headings):
        law = "law in heading only"
    else:
        law = "no law word"
    raw = str(r["raw"])
    words = ind._basis_words(basis)
    if not parts:
        side = "no words"
    elif "#" in words:
        side = "straddles the figure"
    elif parts[0] in sentence[:max(0, at)]:
        side = "before the figure"
    elif parts[0] in sentence[max(0, at) + len(raw):]:
        rest = sentence[max(0, at) + len(raw):]
        side = "after, inside 对…" if rest.lstrip().startswith("对") and rest.find(parts[0]) > 0 else "after the figure"
    else:
        side = "not in sentence"
    mod = -1
    if parts and parts[0] in name:
        mod = name.find(parts[0])
    return {
        "derivation": _derivation(basis),
        "words": _where(parts, name, clause, sentence),
        "scope": _scope(basis),
        "context": context,
        "law": law,
        "length": "no words" if not parts else ("1-2" if lit <= 2 else "3-4" if lit <= 4 else "5+"),
        "shared": "shared by keys" if len(owners.get(_phrasing(basis), ())) > 1 else "one key",
        "modifier": "words not in name" if mod < 0 else ("0" if mod == 0 else "1-3" if mod <= 3 else "4+"),
        "family": key.split(".")[0],
        "side": side,
        "coordination": "name joins words" if _COORD_IN.search(name) else "single name",
        "attending": "attends (参加…)" if _ATTEND.search(clause[:max(0, at - (sentence.find(clause)))] if clause
                                                        else "") else "no attending verb",
    }


def keyed_rows(txt: Path, labels: dict):
    """(label key, parser row, report) for every matched figure, matched as score_real matches them."""
    figs = [sr._fig(f) for f in labels.get("figures", [])]
    ambiguous = [sr._trap(x) for x in labels.get("ambiguous", [])]
    report = fz.load_report(txt)
    text = report.text
    rows = sr._records(report)
    located = sr.locate(text, figs)
    amb = [(s, e) for _, s, e in sr.locate(text, ambiguous) if s is not None]
    rows = [r for r in rows if not any(int(r["start"]) < e and s < int(r["end"]) for s, e in amb)
            or any(int(r["start"]) < e and s < int(r["end"]) for _, s, e in located if s is not None)]
    used = [False] * len(located)
    out = []
    for r in rows:
        rs, re_, rv = int(r["start"]), int(r["end"]), sr._num(r.get("value"))
        for i, (f, s, e) in enumerate(located):
            if used[i] or s is None or rv is None:
                continue
            w = sr._num(f.get("value"))
            if w is not None and rs < e and s < re_ and abs(rv - w) <= 1e-6 * max(1.0, abs(w)):
                used[i] = True
                lk = f.get("key")
                out.append((None if sr._empty(lk) else str(lk), r))
                break
    n_labelled = sum(1 for f in figs if not sr._empty(f.get("key")))
    return report, out, n_labelled


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", action="append", required=True, help="a labelled set (repeat for several)")
    ap.add_argument("--blind-ok", action="store_true", help="allow a holdout* folder (lead only)")
    ap.add_argument("--json", help="also write the per-axis counts to this file")
    args = ap.parse_args(argv)
    owners = _phrasing_owners()
    entries = ind._entry_of(ind._compiled())
    tally: dict[str, dict[str, Counter]] = {a: defaultdict(Counter) for a in AXES}
    per_set = {}
    blind = [d for d in args.dir if Path(d).name.startswith("holdout")]
    if blind and not args.blind_ok:  # checked before any set is read
        print(f"refused: {', '.join(Path(d).name for d in blind)}: blind set (lead only, --blind-ok)", file=sys.stderr)
        return 2
    for d in args.dir:
        folder = Path(d)
        given = right = labelled = got = 0
        for txt in sorted(folder.glob("*.txt")):
            lab = txt.with_name(txt.stem + ".labels.json")
            if not lab.exists():
                continue
            report, pairs, n_lab = keyed_rows(txt, json.loads(lab.read_text(encoding="utf-8")))
            labelled += n_lab
            secs = {int(s.section_id): (None if sr._empty(s.parent_id) else s.parent_id,
                                        "" if sr._empty(s.heading) else str(s.heading))
                    for s in report.sections.itertuples()}
            for lk, r in pairs:
                gk = None if sr._empty(r.get("key")) else str(r["key"])
                if lk is not None and gk == lk:
                    got += 1
                if gk is None:
                    continue
                given += 1
                ok = gk == lk
                right += ok
                hs, sid = [], r.get("section_id")
                while sid is not None and not sr._empty(sid) and int(sid) in secs:
                    parent, h = secs[int(sid)]
                    hs.append(h)
                    sid = parent
                kinds = classify_row(r, report.text, "\n".join(hs), owners, entries)
                for a in AXES:
                    tally[a][kinds[a]]["right" if ok else "wrong"] += 1
        per_set[folder.name] = (right, given, got, labelled)
    print("| set | key precision | key recall |\n|---|---|---|")
    for s, (right, given, got, labelled) in per_set.items():
        print(f"| {s} | {sr._ratio(right, given)} | {sr._ratio(got, labelled)} |")
    for a in AXES:
        print(f"\n### {a}\n\n| kind | right | wrong | precision |\n|---|---|---|---|")
        for kind, cnt in sorted(tally[a].items(), key=lambda kv: -(kv[1]["right"] + kv[1]["wrong"])):
            n = cnt["right"] + cnt["wrong"]
            print(f"| {kind} | {cnt['right']} | {cnt['wrong']} | {cnt['right'] / n:.2f} |")
    if args.json:
        Path(args.json).write_text(json.dumps({a: {k: dict(v) for k, v in t.items()} for a, t in tally.items()},
                                              ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
