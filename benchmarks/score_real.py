"""Score the parser against the hand-labelled real-report development set (issues 9 and 10).

Usage::

    FAZHI_DEV_DIR=/work/main/data/dev PYTHONPATH=$PWD/src python benchmarks/score_real.py [--details]

The folder (env var ``FAZHI_DEV_DIR``, default ``data/dev``; ``--dir`` overrides both) holds real report
pages, ``<stem>.txt``, each with hand labels in ``<stem>.labels.json``. The folder is git-ignored: real
text never enters the repository, and this script holds none. A ``.txt`` without labels is skipped. The
package imported is whatever ``PYTHONPATH`` points at (its path is printed), so any worktree can be scored.

Label format (``<stem>.labels.json``)::

    {
      "metadata": {
        "stated":   {"title": "...", "issuer": "...", "region": "...", "report_year": 2021,
                     "publish_date": "2022-03-01", "doc_number": "...", "index_no": "...", "recipient": "..."},
        "inferred": {"region": "...", "report_year": 2021, "issuer": "..."}
      },
      "figures": [
        {"raw": "86宗", "ctx": "申请", "value": 86, "unit": "宗", "qualifier": "exact",
         "key": "reconsideration.received", "name": "行政复议申请"},
        ["9宗", "不受理", 9, "宗", "exact", null, "不受理"]
      ],
      "traps": [{"raw": "12345", "ctx": "热线"}, ["村规民约2项", ""]],
      "ambiguous": [["两年", "连续"]]
    }

* ``metadata.stated``: fields the page states outright (title, header block, organ line, salutation,
  signature); ``metadata.inferred``: fields a reader can only infer from the body (``全县…`` with the county
  named once, the plans section ``2022年工作安排`` giving report year 2021). A field in neither is absent
  from the page. ``region`` is labelled as the page writes the jurisdiction most fully (``重庆市长寿区``);
  the scorer also accepts a suffix that still names a place (``长寿区``), and any form listed when the label
  value is a list of alternatives. ``issuer`` for a joint 党委+政府 title is the government organ.
  ``recipient`` is given only for a real salutation naming an organ (``市政府``, without the colon).
* ``figures``: every figure in the genre's sense, in text order: counts, amounts, rates, changes, ranks.
  Not years, dates, document numbers, list markers, hotline numbers (12345), session ordinals
  (十九届四中全会), ``约`` inside words (村规民约). Each is a dict or a list in the order
  ``[raw, ctx, value, unit, qualifier, key, name]``:

  - ``raw``: the exact text of the number with its multiplier, unit and qualifier word where the parser
    would span them (``1.2万余件``, ``68.42%``, ``增长18.5%``).
  - ``ctx``: a few characters immediately left of ``raw`` (may be empty) used to find it; each label is
    searched forward from the previous label (text order), then from the start of the text. ``raw`` is
    never matched inside a longer number. Optional ``occurrence`` (0-based) picks the n-th match of
    ``ctx + raw`` from the start of the text instead.
  - ``value``: normalised as the README says: 万/亿 expanded (``1.2万件`` -> 12000), Chinese numerals read
    (``三十余`` -> 30), a percentage as its number (``68.42%`` -> 68.42), a range as its low end.
  - ``unit``: simplified (``件``, ``宗``, ``%``, ``个工作日``, ``个百分点``, ``元`` ...; see ``data/units.csv``).
  - ``qualifier``: ``exact``, ``more_than`` (余/多/超过), ``at_least`` (以上/不少于/至少), ``about``
    (约/左右/近), ``less_than`` (不足/不到), ``at_most`` (以下/以内/不超过/…内).
  - ``key``: a key of ``data/catalog.csv`` when, and only when, the figure truly is that indicator; else null.
  - ``name``: the noun phrase the number counts, as a contiguous span of the text as written (``行政复议申请``,
    ``不受理``, ``副职以上行政机关负责人出庭``); the verb is included only when it defines what is counted
    (``审查规范性文件``). A list gives acceptable alternatives; null means the text is cut before the noun.
* ``traps``: numbers that must not be taken as figures, ``{raw, ctx}`` or ``[raw, ctx]``, located like figures.
* ``ambiguous`` (optional): numbers a careful reader could count either way (``连续两年``, ``六项指标``);
  a parsed figure on one is neither a hit nor a false positive.

Scores (rules):

* **Figure match**: a parsed figure (value v, span [s, e)) matches a label (value w, span [a, b)) when the spans
  overlap (``s < b and a < e``) and ``|v - w| <= 1e-6 * max(1, |w|)``. Each label and each parsed figure is
  matched at most once (parsed figures in text order, first unmatched label that fits). Recall = matched
  labels / labels; precision = matched parsed figures / parsed figures (parsed figures lying only on an
  ``ambiguous`` span are left out of both). A parsed figure overlapping a trap is
  a **trap taken** (also counted as a false positive). Unit and qualifier agreement are shown for matched
  figures (units compared after the parser's simplified form).
* **Key precision**: of matched figures the parser gave a key, the share whose key equals the label's key.
  **Key recall**: of labelled figures that have a key (missed figures included), the share given that key.
* **Name quality**: of matched figures whose label has a name, the share whose parser ``name`` is accepted.
  Both names are normalised (the label's pinyin ruby markup removed as the text's is; spaces and quotes removed; leading totalisers and generic verbs
  共/共计/累计/全年/合计/总计/其中/分别/先后/已/均/定期/组织/开展/召开/举办/聘请/聘任/配备/发放/各类 stripped, repeatedly;
  a trailing 的 stripped). Content verbs such as 受理/办理/审查 are kept: they change what is counted. Accepted when equal, or when one contains the other and
  ``len(shorter) / len(longer) >= 0.6`` — but not when the longer one starts with a negation (不/未/非/无)
  that the shorter lacks (``受理`` is not ``不受理``).
* **Metadata accuracy**, per field, separately for stated and inferred labels: right / labelled. Strings are
  compared after removing whitespace, the pinyin ruby markup the parser removes from the text (``衛(wèi)生``
  as ``衛生``, as labels are located), and unifying full-width/half-width brackets and colons; dates as
  ``YYYY-MM-DD``; ``report_year`` as an integer. ``region`` accepts the labelled form or a suffix of it
  (or of the parsed value) that still ends in 省/市/区/县/镇/乡/街道/旗/州/盟 and is at least two
  characters. **Spurious**: the parser fills ``recipient``, ``doc_number`` or ``index_no`` where the page
  states none.
* A file the parser refuses (``ReportError``) or crashes on counts every label of that file as missed; it is
  listed, and the run goes on.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import math
import os
import re
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

try:  # the package on PYTHONPATH wins: another worktree may be scored with this script
    import fazhi_analysis as fz
except ImportError:  # pragma: no cover - run from a checkout without PYTHONPATH
    sys.path.insert(0, str(ROOT / "src"))
    import fazhi_analysis as fz

from fazhi_analysis.errors import ReportError
from fazhi_analysis.normalize import strip_ruby

META_FIELDS = ("title", "issuer", "region", "report_year", "publish_date", "doc_number", "index_no", "recipient")
SPURIOUS_FIELDS = ("recipient", "doc_number", "index_no")
FIG_FIELDS = ("raw", "ctx", "value", "unit", "qualifier", "key", "name")
_NAME_PREFIX = re.compile(r"^(?:共计|共|累计|全年|合计|总计|其中|分别|先后|已经|已|均|定期|组织|开展|召开|举办|聘请|聘任|"
                          r"配备|发放|各类)+")
_REGION_END = ("省", "市", "区", "县", "镇", "乡", "街道", "旗", "州", "盟")
_TRANS = str.maketrans({"（": "(", "）": ")", "：": ":", "〔": "[", "〕": "]", "【": "[", "】": "]",
                        "［": "[", "］": "]", "—": "-", "－": "-", "–": "-"})


# ---------------------------------------------------------------------------------------------- labels

def _fig(item) -> dict:
    if isinstance(item, list):
        d = dict(zip(FIG_FIELDS, item))
    else:
        d = dict(item)
    d.setdefault("ctx", "")
    d["ctx"] = d.get("ctx") or ""
    return d


def _trap(item) -> dict:
    if isinstance(item, list):
        return {"raw": item[0], "ctx": (item[1] if len(item) > 1 else "") or ""}
    d = dict(item)
    d["ctx"] = d.get("ctx") or ""
    return d


def _as_report_text(s: str) -> str:
    """A label's string as the report text prints it: pinyin ruby markup (態(tài)) is removed from the text
    (``normalize.strip_ruby``), so it is removed from the label too, even where it opens the string."""
    return strip_ruby("中" + s)[0][1:] if s else s


def _pattern(ctx: str, raw: str) -> re.Pattern:
    ctx, raw = _as_report_text(ctx), _as_report_text(raw)
    left = "" if ctx else r"(?<![0-9０-９.．,，])"
    right = r"(?![0-9０-９])" if raw[-1:].isdigit() else ""
    return re.compile(re.escape(ctx) + left + "(" + re.escape(raw) + ")" + right)


def locate(text: str, items: list[dict]) -> list[tuple[dict, int | None, int | None]]:
    """Each label with its span in ``text`` (None when it cannot be found), searching in label order."""
    out = []
    pos = 0
    for it in items:
        raw = str(it.get("raw") or "")
        if not raw:
            out.append((it, None, None))
            continue
        pat = _pattern(it["ctx"], raw)
        m = None
        if isinstance(it.get("occurrence"), int):
            ms = list(pat.finditer(text))
            m = ms[it["occurrence"]] if it["occurrence"] < len(ms) else None
        else:
            m = pat.search(text, pos) or pat.search(text)
        if m is None:
            out.append((it, None, None))
            continue
        s, e = m.span(1)
        pos = s + 1
        out.append((it, s, e))
    return out


# ---------------------------------------------------------------------------------------------- helpers

def _empty(v) -> bool:
    if v is None:
        return True
    try:
        if v != v:  # NaN / NA
            return True
    except (TypeError, ValueError):
        return True
    return isinstance(v, str) and not v.strip()


def _s(v) -> str:
    if _empty(v):
        return ""
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.strftime("%Y-%m-%d")
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return re.sub(r"\s+", "", str(v)).translate(_TRANS)


def _region_forms(v: str) -> set[str]:
    forms = {v}
    for i in range(1, len(v) - 1):
        tail = v[i:]
        if len(tail) >= 2 and tail.endswith(_REGION_END) and v[i - 1] in "省市区县州盟旗":
            forms.add(tail)
    return forms


def meta_equal(field: str, expected, got) -> bool:
    """Whether a parsed metadata value is right under the rules of the module docstring."""
    alts = expected if isinstance(expected, list) else [expected]
    g = _s(got)
    if not g:
        return False
    for exp in alts:
        e = _s(_as_report_text(exp) if isinstance(exp, str) else exp)
        if field == "report_year":
            try:
                if int(float(g)) == int(e):
                    return True
            except ValueError:
                pass
            continue
        if field == "publish_date":
            if g[:10] == e[:10]:
                return True
            continue
        if field == "region":
            if g == e or g in _region_forms(e) or e in _region_forms(g):
                return True
            continue
        if field == "recipient":
            if g.rstrip(":") == e.rstrip(":"):
                return True
            continue
        if g == e:
            return True
    return False


def name_norm(n) -> str:
    n = re.sub(r"[\s“”\"'‘’「」]", "", "" if _empty(n) else str(n))
    n = _NAME_PREFIX.sub("", n)
    return n[:-1] if n.endswith("的") else n


def name_ok(label, got) -> bool:
    """Whether the parser's ``name`` is acceptable for the labelled name (rule in the module docstring).

    ``label`` may be a list of acceptable names; any one that fits is enough.
    """
    if isinstance(label, list):
        return any(name_ok(x, got) for x in label)
    a, b = name_norm(_as_report_text(label) if isinstance(label, str) else label), name_norm(got)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short not in long_ or len(short) / len(long_) < 0.6:
        return False
    if long_[0] in "不未非无" and short[0] != long_[0]:
        return False
    return True


def _unit_simple(u) -> str:
    return "" if _empty(u) else str(u)


def _num(v) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


# ---------------------------------------------------------------------------------------------- scoring

class Tally:
    """Counters over the whole set, and the misses for ``--details``."""

    def __init__(self):
        self.files = 0
        self.labelled = 0
        self.parsed = 0
        self.matched_labels = 0
        self.matched_parsed = 0
        self.not_located = 0
        self.traps = 0
        self.traps_taken = 0
        self.unit_ok = 0
        self.qual_ok = 0
        self.key_given = 0
        self.key_given_right = 0
        self.key_labelled = 0
        self.key_labelled_got = 0
        self.name_total = 0
        self.name_ok = 0
        self.meta = {kind: {f: [0, 0] for f in META_FIELDS} for kind in ("stated", "inferred")}
        self.spurious = {f: [0, 0] for f in SPURIOUS_FIELDS}  # [spurious, files where absent]
        self.errors: list[tuple[str, str]] = []
        self.details: dict[str, list[tuple]] = {k: [] for k in (
            "missed figure", "extra figure", "trap taken", "key wrong", "key missing", "name", "unit",
            "qualifier", "metadata", "spurious metadata", "label not found")}

    def miss(self, kind: str, *row):
        self.details[kind].append(row)


def _records(report) -> list[dict]:
    df = report.indicators
    cols = list(df.columns)
    rows = []
    for rec in df.itertuples(index=False):
        d = dict(zip(cols, rec))
        rows.append(d)
    rows.sort(key=lambda r: (int(r["start"]), int(r["end"])))
    return rows


def match_row(r: dict, located: list[tuple[dict, int | None, int | None]], used: list[bool]) -> int | None:
    """The index of the first unused located label that parsed row ``r`` matches (spans overlap, same value), else
    None (the figure-match rule of the module docstring)."""
    rs, re_, rv = int(r["start"]), int(r["end"]), _num(r.get("value"))
    if rv is None:
        return None
    for i, (f, s, e) in enumerate(located):
        if used[i] or s is None:
            continue
        w = _num(f.get("value"))
        if w is not None and rs < e and s < re_ and abs(rv - w) <= 1e-6 * max(1.0, abs(w)):
            return i
    return None


def score_file(txt: Path, labels: dict, t: Tally) -> None:
    name = txt.name
    figs = [_fig(f) for f in labels.get("figures", [])]
    traps = [_trap(x) for x in labels.get("traps", [])]
    ambiguous = [_trap(x) for x in labels.get("ambiguous", [])]
    meta = labels.get("metadata", {}) or {}
    stated, inferred = meta.get("stated", {}) or {}, meta.get("inferred", {}) or {}
    t.files += 1
    t.labelled += len(figs)
    t.traps += len(traps)
    t.key_labelled += sum(1 for f in figs if not _empty(f.get("key")))
    for kind, fields in (("stated", stated), ("inferred", inferred)):
        for f in fields:
            if f in t.meta[kind]:
                t.meta[kind][f][1] += 1
    try:
        report = fz.load_report(txt)
        text = report.text
        rows = _records(report)
        md = dict(report.metadata)
    except ReportError as exc:
        t.errors.append((name, f"ReportError: {exc}"))
        for f in figs:
            t.miss("missed figure", name, f["raw"], f"{f.get('value')} {f.get('unit')}", "file refused")
        return
    except Exception as exc:  # noqa: BLE001 - a crash is a result to report, not a reason to stop
        t.errors.append((name, f"crash: {type(exc).__name__}: {exc}"))
        if os.environ.get("FAZHI_DEBUG"):
            traceback.print_exc()
        return

    # ---- metadata
    for kind, fields in (("stated", stated), ("inferred", inferred)):
        for f, exp in fields.items():
            if f not in t.meta[kind]:
                continue
            got = md.get(f)
            if meta_equal(f, exp, got):
                t.meta[kind][f][0] += 1
            else:
                t.miss("metadata", name, f"{kind}.{f}", exp, None if _empty(got) else _s(got))
    for f in SPURIOUS_FIELDS:
        if f in stated or f in inferred:
            continue
        t.spurious[f][1] += 1
        if not _empty(md.get(f)):
            t.spurious[f][0] += 1
            t.miss("spurious metadata", name, f, None, _s(md.get(f)))

    # ---- figures
    located = locate(text, figs)
    trap_spans = [(s, e, tr) for tr, s, e in locate(text, traps)]
    amb_spans = [(s, e) for _, s, e in locate(text, ambiguous) if s is not None]
    for s, e, tr in trap_spans:
        if s is None:
            t.miss("label not found", name, f"trap {tr['raw']}", tr["ctx"], None)
    for f, s, e in located:
        if s is None:
            t.not_located += 1
            t.miss("label not found", name, f["raw"], f["ctx"], None)
    rows = [r for r in rows if not any(int(r["start"]) < e and s < int(r["end"]) for s, e in amb_spans)
            or any(int(r["start"]) < e and s < int(r["end"]) for _, s, e in located if s is not None)]
    t.parsed += len(rows)
    used = [False] * len(located)
    matched: list[tuple[dict, dict]] = []
    for r in rows:
        rs, re_ = int(r["start"]), int(r["end"])
        hit = match_row(r, located, used)
        if hit is not None:
            used[hit] = True
            matched.append((located[hit][0], r))
            continue
        trap = next((tr for s, e, tr in trap_spans if s is not None and rs < e and s < re_), None)
        if trap is not None:
            t.traps_taken += 1
            t.miss("trap taken", name, r.get("raw"), trap["ctx"] + "|" + trap["raw"], _s(r.get("value")))
        else:
            near = next((f for f, s, e in located if s is not None and rs < e and s < re_), None)
            t.miss("extra figure", name, r.get("raw"),
                   None if near is None else f"label {near['raw']}={near.get('value')}",
                   f"{_s(r.get('value'))} {_unit_simple(r.get('unit'))}")
    t.matched_parsed += len(matched)
    t.matched_labels += sum(used)
    for i, (f, s, e) in enumerate(located):
        if not used[i] and s is not None:
            near = next((r for r in rows if int(r["start"]) < e and s < int(r["end"])), None)
            t.miss("missed figure", name, f["ctx"] + "|" + f["raw"], f"{f.get('value')} {f.get('unit')}",
                   None if near is None else f"{near.get('raw')}={_s(near.get('value'))}")

    for f, r in matched:
        if _unit_simple(r.get("unit")) == _unit_simple(f.get("unit")):
            t.unit_ok += 1
        else:
            t.miss("unit", name, f["raw"], f.get("unit"), _unit_simple(r.get("unit")))
        if _s(r.get("qualifier")) == _s(f.get("qualifier") or "exact"):
            t.qual_ok += 1
        else:
            t.miss("qualifier", name, f["raw"], f.get("qualifier"), _s(r.get("qualifier")))
        lk, gk = f.get("key"), r.get("key")
        lk = None if _empty(lk) else str(lk)
        gk = None if _empty(gk) else str(gk)
        if gk is not None:
            t.key_given += 1
            if gk == lk:
                t.key_given_right += 1
            else:
                t.miss("key wrong", name, f["raw"], f"{lk} ({f.get('name')})", f"{gk} (name {r.get('name')})")
        if lk is not None:
            if gk == lk:
                t.key_labelled_got += 1
            elif gk is None:
                t.miss("key missing", name, f["raw"], f"{lk} ({f.get('name')})", f"name {r.get('name')}")
        if not _empty(f.get("name")):
            t.name_total += 1
            if name_ok(f.get("name"), r.get("name")):
                t.name_ok += 1
            else:
                t.miss("name", name, f["raw"], f.get("name"), None if _empty(r.get("name")) else r.get("name"))


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a (0/0)"


def report_md(t: Tally, folder: Path, details: bool) -> str:
    out = [f"# Real-data development set: {folder}", "",
           f"- package: `{Path(fz.__file__).resolve().parent}`",
           f"- files: {t.files} (refused or crashed: {len(t.errors)})",
           f"- labelled figures: {t.labelled} (with a catalog key: {t.key_labelled}); traps: {t.traps}",
           f"- parsed figures: {t.parsed}", ""]
    out += ["## Figures", "", "| measure | score |", "|---|---|",
            f"| figure recall | {_ratio(t.matched_labels, t.labelled)} |",
            f"| figure precision | {_ratio(t.matched_parsed, t.parsed)} |",
            f"| traps taken | {t.traps_taken} of {t.traps} labelled traps |",
            f"| unit agrees (matched) | {_ratio(t.unit_ok, t.matched_parsed)} |",
            f"| qualifier agrees (matched) | {_ratio(t.qual_ok, t.matched_parsed)} |",
            f"| key precision | {_ratio(t.key_given_right, t.key_given)} |",
            f"| key recall | {_ratio(t.key_labelled_got, t.key_labelled)} |",
            f"| name quality | {_ratio(t.name_ok, t.name_total)} |", ""]
    if t.not_located:
        out += [f"{t.not_located} labels could not be located in the parsed text (counted as missed).", ""]
    out += ["## Metadata accuracy per field", "", "| field | stated | inferred | spurious (page states none) |",
            "|---|---|---|---|"]
    tot = {"stated": [0, 0], "inferred": [0, 0]}
    for f in META_FIELDS:
        cells = []
        for kind in ("stated", "inferred"):
            ok, n = t.meta[kind][f]
            tot[kind][0] += ok
            tot[kind][1] += n
            cells.append(f"{ok}/{n}" if n else "–")
        sp = f"{t.spurious[f][0]}/{t.spurious[f][1]}" if f in t.spurious else "–"
        out.append(f"| {f} | {cells[0]} | {cells[1]} | {sp} |")
    out.append(f"| **all** | {_ratio(*tot['stated'])} | {_ratio(*tot['inferred'])} | |")
    out.append("")
    if t.errors:
        out += ["## Files refused or crashed", ""] + [f"- {n}: {m}" for n, m in t.errors] + [""]
    if details:
        out += ["## Details", ""]
        for kind, rows in t.details.items():
            if not rows:
                continue
            out += [f"### {kind} ({len(rows)})", "", "| file | field / raw | expected | got |", "|---|---|---|---|"]
            for row in rows:
                cells = [("" if c is None else str(c)).replace("|", "\\|").replace("\n", " ") for c in row]
                cells += [""] * (4 - len(cells))
                out.append("| " + " | ".join(cells[:4]) + " |")
            out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", default=None, help="folder of <stem>.txt + <stem>.labels.json "
                    "(default: $FAZHI_DEV_DIR, else data/dev)")
    ap.add_argument("--details", action="store_true", help="list every miss (file, field/raw, expected, got)")
    args = ap.parse_args(argv)
    folder = Path(args.dir or os.environ.get("FAZHI_DEV_DIR") or "data/dev")
    if not folder.is_dir():
        print(f"no development set: {folder} is not a folder (set FAZHI_DEV_DIR)", file=sys.stderr)
        return 2
    t = Tally()
    for txt in sorted(folder.glob("*.txt")):
        lab = txt.with_name(txt.stem + ".labels.json")
        if not lab.exists():
            continue
        try:
            labels = json.loads(lab.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            t.errors.append((lab.name, f"bad label file: {exc}"))
            continue
        score_file(txt, labels, t)
    print(report_md(t, folder, args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
