"""Regenerate ``src/fazhi_analysis/data/traditional.csv``: the traditional characters read one for one as simplified.

Development-time only; the package does not depend on OpenCC. The table is built from OpenCC's character
dictionaries (Apache License 2.0) as shipped in the ``opencc-purepy`` wheel: install it in a scratch environment
(``pip install --target /tmp/occ opencc-purepy``) and run::

    python scripts/make_traditional_table.py /tmp/occ/opencc_purepy/dicts > src/fazhi_analysis/data/traditional.csv

The rule (one for one, and never a character of simplified text):

* ``TSCharacters.txt``: a traditional character maps to the first simplified form OpenCC gives, when that form is
  a single character of GB 2312 (the simplified national character set) and the traditional character itself is
  NOT in GB 2312. Characters of GB 2312 (著, 乾, 覆, 於 …) are also written in simplified text and are left alone
  (the few the parser folds anyway are in the hand list of ``numerals.py``).
* ``HKVariantsRev.txt`` and ``TWVariantsRev.txt``: Hong Kong and Taiwan variant shapes (説, 衞, 裏 …) map like the
  standard traditional character they stand for, under the same GB 2312 rule.

Output: ``simplified,traditional`` rows, the traditional column listing every character folded to that simplified
character, sorted by code point.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _pairs(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, values = line.partition("\t")
        out[key.strip()] = values.split()
    return out


def table(dicts: Path) -> dict[str, str]:
    ts = _pairs(dicts / "TSCharacters.txt")
    fold: dict[str, str] = {}
    for t, forms in ts.items():
        s = forms[0] if forms else ""
        if len(t) == 1 and len(s) == 1 and s != t and _gb2312(s) and not _gb2312(t):
            fold[t] = s
    for name in ("HKVariantsRev.txt", "TWVariantsRev.txt"):
        for v, forms in _pairs(dicts / name).items():
            std = forms[0] if forms else ""
            if len(v) != 1 or len(std) != 1 or v in fold or _gb2312(v):
                continue
            s = fold.get(std, std)
            if s != v and _gb2312(s):
                fold[v] = s
    return fold


def main(argv: list[str]) -> int:
    fold = table(Path(argv[1]))
    by_simplified: dict[str, list[str]] = {}
    for t, s in fold.items():
        by_simplified.setdefault(s, []).append(t)
    sys.stdout.write("simplified,traditional\n")
    for s in sorted(by_simplified):
        sys.stdout.write(f"{s},{''.join(sorted(by_simplified[s]))}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
