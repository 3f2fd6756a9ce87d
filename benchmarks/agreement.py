"""How far two labellers agree on what each figure means (key and name) in a real-data dev set.

The parser's key and name scores (``score_real.py``) only mean something next to the agreement of two careful people
labelling the same figures by the same rules (``benchmarks/LABELING.md``). This script measures that agreement.

Usage::

    python benchmarks/agreement.py FIRST_DIR SECOND_DIR

``FIRST_DIR`` holds the reference labels (``<stem>.labels.json``, the format of ``score_real.py``). ``SECOND_DIR``
holds a second labeller's decisions for the same figures, one ``<stem>.json`` per page: a JSON list of
``{"i": index into the first labels' figures, "key": catalog key or null, "name": string, list of accepted names, or
null}``. The second labeller is given the figure list (raw, ctx, value, unit) and the page, never the first labels.

Prints counts only (no report text): keys given by each, keys agreed, the second labeller's precision and recall
against the first, the kinds of disagreement, and name agreement (the two name sets share a name).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def _names(value) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, list):
        return {v for v in value if v}
    return {value} if value else set()


def compare(first: Path, second: Path) -> dict:
    counts: Counter = Counter()
    kinds: Counter = Counter()
    for label_file in sorted(first.glob("*.labels.json")):
        stem = label_file.name[: -len(".labels.json")]
        other_file = second / f"{stem}.json"
        if not other_file.exists():
            counts["pages without second labels"] += 1
            continue
        counts["pages"] += 1
        figures = json.loads(label_file.read_text(encoding="utf-8"))["figures"]
        other = {row["i"]: row for row in json.loads(other_file.read_text(encoding="utf-8"))}
        for i, figure in enumerate(figures):
            counts["figures"] += 1
            key1 = figure[5]
            row = other.get(i)
            if row is None:
                counts["figures without second label"] += 1
                continue
            key2 = row.get("key")
            counts["keyed by first"] += bool(key1)
            counts["keyed by second"] += bool(key2)
            if key1 and key1 == key2:
                counts["keys agreed"] += 1
            elif key1 != key2:
                kinds["first keyed, second none" if not key2 else
                      "second keyed, first none" if not key1 else "two different keys"] += 1
            names1, names2 = _names(figure[6]), _names(row.get("name"))
            if names1 and names2:
                counts["names compared"] += 1
                counts["names agreed"] += bool(names1 & names2)
    return {"counts": counts, "kinds": kinds}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    result = compare(Path(argv[0]), Path(argv[1]))
    c, kinds = result["counts"], result["kinds"]
    if not c["figures"]:
        print("no labelled figures found")
        return 1

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "n/a"

    print(f"pages compared: {c['pages']} (without second labels: {c['pages without second labels']})")
    print(f"figures: {c['figures']}; keyed by first {c['keyed by first']}, by second {c['keyed by second']}, "
          f"agreed {c['keys agreed']}")
    print(f"second vs first: key precision {ratio(c['keys agreed'], c['keyed by second'])}, "
          f"key recall {ratio(c['keys agreed'], c['keyed by first'])}")
    for kind, n in sorted(kinds.items()):
        print(f"  disagreement, {kind}: {n}")
    print(f"names agreed: {ratio(c['names agreed'], c['names compared'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
