"""The label-agreement script (benchmarks/agreement.py) on a synthetic folder built from the seed report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from _bench import load_benchmark

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "qingxi_county_2019.txt"


@pytest.fixture(scope="module")
def agreement():
    return load_benchmark("agreement")


def _folders(tmp_path: Path, first_keys: dict[int, str | None] | None = None) -> tuple[Path, Path, list]:
    """A first-labels folder (the seed's expected figures) and a second labeller's folder that agrees with it on
    every key; ``first_keys`` overrides some first labels' keys."""
    exp = json.loads(SEED.with_name(SEED.stem + ".expected.json").read_text(encoding="utf-8"))
    figs = [[f["raw"], "", f["value"], f["unit"], f["qualifier"], f["key"], f["name"]] for f in exp["figures"][:30]]
    second = [{"i": i, "key": f[5], "name": f[6]} for i, f in enumerate(figs)]
    for i, k in (first_keys or {}).items():
        figs[i][5] = k
    first, other = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    other.mkdir()
    shutil.copy(SEED, first / "p01.txt")
    (first / "p01.labels.json").write_text(json.dumps({"figures": figs}, ensure_ascii=False), encoding="utf-8")
    (other / "p01.json").write_text(json.dumps(second, ensure_ascii=False), encoding="utf-8")
    return first, other, figs


def test_identical_labels_give_the_parser_the_same_score_against_both(agreement, tmp_path):
    first, second, _ = _folders(tmp_path)
    t = agreement.three_way(first, second)
    assert t["parser keyed"] > 0 and t["parser right by first"] > 0
    assert t["parser right by first"] == t["parser right by second"] == t["agreed: parser right"]
    assert t["parser keyed"] == t["agreed: parser keyed"]
    assert t["parser wrong by first, second gave it"] == 0


def test_a_key_the_labellers_disagree_on_leaves_the_agreed_score(agreement, tmp_path):
    first, second, figs = _folders(tmp_path)
    got = agreement._parsed_keys(agreement._score_real(), first / "p01.txt",
                                 [agreement._score_real()._fig(f) for f in figs])
    j = next(i for i, f in enumerate(figs) if f[5] and got[i] == f[5])  # a figure the parser keys as labelled
    shutil.rmtree(first)
    shutil.rmtree(second)
    first, second, _ = _folders(tmp_path, {j: None})  # the first labeller gives it no key, the second does
    t = agreement.three_way(first, second)
    assert t["parser wrong by first, second gave it"] == 1
    assert t["parser right by second"] == t["parser right by first"] + 1
    assert t["agreed: parser keyed"] == t["parser keyed"] - 1  # the disputed figure leaves the agreed score
    assert t["agreed: parser right"] == t["parser right by first"]


def test_main_prints_counts_only(agreement, tmp_path, capsys):
    first, second, _ = _folders(tmp_path)
    assert agreement.main([str(first), str(second), "--parser"]) == 0
    out = capsys.readouterr().out
    assert "on figures where the labellers agree: key precision" in out
    assert "青溪" not in out  # no report text
