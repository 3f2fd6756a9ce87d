"""One row of features per keyed parsed figure, with right/wrong from the labels (issue 9, the key gate).

Usage::

    PYTHONPATH=$PWD/src python benchmarks/key_gate_data.py --dir /work/main/data/dev/tuneJ \
        [--dir …/tuneK] [--out rows.json]

For every figure the parser gives a key and that matches a label (matched as ``score_real.py`` matches them,
via :func:`key_evidence.keyed_rows`), the script writes the features a keep/drop gate could read from what the
parser already records, and ``right`` (1 when the key equals the label's key). Per page it also writes the
number of labelled keys, the denominator of key recall. Keys on figures that match no label are not scored by
``score_real.py`` and are left out.

The output holds counts, flags, lengths, catalog keys and page ids (``set/pNN``) only, never report text, so it
may be kept. Blind sets (``holdout*``) are refused.

Features (all numbers; flags are 0/1):

* ``lit_len``: literal length of the matched catalog words (``#`` and gaps left out; 0 when none recorded).
* ``short_words``: the matched words are 1-2 characters (a bare verb or noun: 办件, 调解).
* ``derived``: the key came from a later step (verb of the clause before, list neighbour, gate-made …), not a
  phrasing matched in the figure's own words (``key_evidence`` axis ``derivation``).
* ``words_in_name``: all matched words are inside the figure's ``name``.
* ``words_outside_clause``: some matched word is outside the figure's clause.
* ``scope_far``: the family was placed by a topic word from the row above, an earlier clause or only a heading.
* ``scope_sentence``: the family was placed by a topic word elsewhere in the sentence or clause.
* ``ctx_none``: the catalog entry needs no context word.
* ``ctx_near``: the entry's context word stands in the figure's name or clause.
* ``shared``: the matched phrasing is a phrasing of more than one key.
* ``modifier``: characters of the name before the matched words (0 when the words are not in the name).
* ``name_len``: length of the figure's name (0 when none).
* ``label_overlap``: share of the catalog label's (label_zh) character bigrams found in the figure's name.
* ``heading_overlap``: share of the catalog label's bigrams found in the section heading chain.
* ``gap``: characters between the end of the matched words and the figure (0 when they straddle or follow it;
  capped at 30).
* ``role_level``: role is ``level``; ``rate``: unit is ``%``; ``qual_exact``: qualifier is ``exact``.
* ``unit_first``: the figure's unit is the first unit the catalog lists for the key.
* ``in_list``: the figure's clause holds a 、 (an item of a list).
* ``law_event``: the key is a law-event key (training, publicity, study and their people).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import key_evidence as ke  # noqa: E402
import score_real as sr  # noqa: E402

from fazhi_analysis import indicators as ind  # noqa: E402

FEATURES = ("lit_len", "short_words", "derived", "words_in_name", "words_outside_clause", "scope_far",
            "scope_sentence", "ctx_none", "ctx_near", "shared", "modifier", "name_len", "label_overlap",
            "heading_overlap", "gap", "role_level", "rate", "qual_exact", "unit_first", "in_list", "law_event")


def _bigrams(s: str) -> set[str]:
    s = re.sub(r"[^\u4e00-\u9fff]", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _overlap(label: str, where: str) -> float:
    bg = _bigrams(label)
    return round(sum(1 for b in bg if b in where) / len(bg), 3) if bg else 0.0


def features(r: dict, text: str, headings: str, owners: dict, entries: dict, catalog: dict) -> dict:
    """The gate features of one keyed parser row (a dict of the ``indicators`` frame's columns)."""
    kinds = ke.classify_row(r, text, headings, owners, entries)
    basis = "" if sr._empty(r.get("key_basis")) else str(r["key_basis"])
    key = str(r["key"])
    name = "" if sr._empty(r.get("name")) else str(r["name"])
    sentence = "" if sr._empty(r.get("sentence")) else str(r["sentence"])
    raw = str(r["raw"])
    start = int(r["start"])
    s0 = text.find(sentence, max(0, start - len(sentence))) if sentence else -1
    at = start - s0 if 0 <= s0 <= start else sentence.find(raw)
    parts = ke._parts(basis)
    lit = sum(len(p) for p in parts)
    gap = 0
    if parts and "#" not in ind._basis_words(basis):
        last = parts[-1]
        j = sentence.rfind(last, 0, max(0, at))
        if j >= 0:
            gap = min(30, at - (j + len(last)))
    clause = ke._clause(sentence, at)
    row = catalog.get(key, {})
    units = ind._split(row.get("unit", "")) if row else []
    mod = name.find(parts[0]) if parts and parts[0] in name else 0
    return {
        "lit_len": lit,
        "short_words": int(0 < lit <= 2),
        "derived": int(kinds["derivation"] != "direct"),
        "words_in_name": int(kinds["words"] == "in name"),
        "words_outside_clause": int(kinds["words"] in ("in sentence, not clause", "elsewhere")),
        "scope_far": int(kinds["scope"] in ("row above", "heading only", "other")),
        "scope_sentence": int(kinds["scope"] in ("topic word in sentence", "topic word in clause after")),
        "ctx_none": int(kinds["context"] == "entry needs none"),
        "ctx_near": int(kinds["context"] in ("in name", "in clause")),
        "shared": int(kinds["shared"] == "shared by keys"),
        "modifier": max(0, mod),
        "name_len": len(name),
        "label_overlap": _overlap(row.get("label_zh", ""), name),
        "heading_overlap": _overlap(row.get("label_zh", ""), headings),
        "gap": max(0, gap),
        "role_level": int(str(r.get("role")) == "level"),
        "rate": int(str(r.get("unit")) == "%"),
        "qual_exact": int(str(r.get("qualifier")) == "exact"),
        "unit_first": int(bool(units) and str(r.get("unit")) == units[0]),
        "in_list": int("、" in clause),
        "law_event": int(key in ind._LAW_EVENT_KEYS),
    }


def heading_chain(report) -> dict:
    secs = {int(s.section_id): (None if sr._empty(s.parent_id) else s.parent_id,
                                "" if sr._empty(s.heading) else str(s.heading))
            for s in report.sections.itertuples()}

    def chain(sid) -> str:
        hs = []
        while sid is not None and not sr._empty(sid) and int(sid) in secs:
            parent, h = secs[int(sid)]
            hs.append(h)
            sid = parent
        return "\n".join(hs)
    return chain


def collect(dirs: list[str]) -> dict:
    owners = ke._phrasing_owners()
    entries = ind._entry_of(ind._compiled())
    catalog = {r["key"]: r for r in ind._catalog_rows()}
    rows, pages = [], {}
    for d in dirs:
        folder = Path(d)
        for txt in sorted(folder.glob("*.txt")):
            lab = txt.with_name(txt.stem + ".labels.json")
            if not lab.exists():
                continue
            page = f"{folder.name}/{txt.stem.split('_')[0]}"
            report, pairs, n_lab = ke.keyed_rows(txt, json.loads(lab.read_text(encoding="utf-8")))
            pages[page] = n_lab
            chain = heading_chain(report)
            for lk, r in pairs:
                gk = None if sr._empty(r.get("key")) else str(r["key"])
                if gk is None:
                    continue
                f = features(r, report.text, chain(r.get("section_id")), owners, entries, catalog)
                rows.append({"set": folder.name, "page": page, "key": gk, "family": gk.split(".")[0],
                             "right": int(gk == lk), "labelled": int(lk is not None), **f})
    return {"features": list(FEATURES), "rows": rows, "pages": pages}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", action="append", required=True, help="a labelled tune set (repeat for several)")
    ap.add_argument("--out", help="write the rows here (JSON); default: print a summary only")
    args = ap.parse_args(argv)
    blind = [d for d in args.dir if Path(d).name.startswith("holdout")]
    if blind:
        print(f"refused: {', '.join(Path(d).name for d in blind)}: blind set", file=sys.stderr)
        return 2
    data = collect(args.dir)
    if args.out:
        Path(args.out).write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    by = {}
    for r in data["rows"]:
        b = by.setdefault(r["set"], [0, 0])
        b[0] += r["right"]
        b[1] += 1
    for s, (right, n) in by.items():
        lab = sum(v for p, v in data["pages"].items() if p.startswith(s + "/"))
        print(f"{s}: {n} keyed matched figures, {right} right, {n - right} wrong; labelled keys {lab}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
