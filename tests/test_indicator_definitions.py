"""Every canonical key says what it counts (the catalog's ``definition``, 统计口径), and docs/indicators.md,
generated from the catalog, is the one committed."""

from __future__ import annotations

import re
from pathlib import Path

from fazhi_analysis import schema
from fazhi_analysis.indicators import CATALOG_COLUMNS, catalog, validate_catalog

ROOT = Path(__file__).resolve().parent.parent
KEY = re.compile(r"\b[a-z_]+\.[a-z0-9_]+\b")


def test_every_key_has_a_definition():
    cat = catalog()
    assert "definition" in CATALOG_COLUMNS
    empty = [k for k, d in zip(cat["key"], cat["definition"]) if not str(d).strip()]
    assert not empty, f"keys without a definition: {empty}"
    # a definition is a sentence or two of Chinese, not a copy of the label
    for k, lab, d in zip(cat["key"], cat["label_zh"], cat["definition"]):
        assert d != lab and d.endswith("。") and re.search(r"[\u4e00-\u9fff]", d), k
        assert len(d) <= 250, k


def test_an_empty_definition_is_a_catalog_problem():
    good = catalog().to_dict("records")[:2]
    assert validate_catalog(good) == []
    problems = "\n".join(validate_catalog([dict(good[0], definition="  "), dict(good[1], definition="")]))
    assert problems.count("no definition") == 2


def test_keys_named_in_definitions_exist():
    """``见 reconsideration.rejected`` must name a key of the catalog (a renamed key would leave it dangling)."""
    cat = catalog()
    keys = set(cat["key"])
    dangling = {(k, ref) for k, d in zip(cat["key"], cat["definition"]) for ref in KEY.findall(d)
                if ref not in keys}
    assert not dangling


def test_conventions_follow_the_labelling_rules():
    """Changes, prior-year figures and targets are never a key's value, with the one exception, and every
    level count says so."""
    cat = catalog().set_index("key")
    assert "压缩" in cat.loc["approval.time_limit_cut_rate", "definition"]
    for k, r in cat.iterrows():
        if k != "approval.time_limit_cut_rate":
            assert "上年" in r["definition"] and "目标" in r["definition"], k
    text = schema.indicator_dictionary_markdown()
    for word in ("同比", "上年", "力争", "其中", "不予受理", "《》", "approval.time_limit_cut_rate"):
        assert word in text, word


def test_committed_docs_match_the_generator():
    committed = (ROOT / "docs" / "indicators.md").read_text(encoding="utf-8")
    assert committed.strip() == schema.indicator_dictionary_markdown().strip(), \
        "docs/indicators.md is stale: run `fazhi dictionary --indicators --out docs/indicators.md` (make docs)"


def test_indicator_dictionary_covers_every_key_once_by_category():
    d = schema.indicator_dictionary()
    cat = catalog()
    assert sorted(d["key"]) == sorted(cat["key"]) and d["key"].is_unique
    text = schema.indicator_dictionary_markdown()
    for k in cat["key"]:
        assert text.count(f"| `{k}` |") == 1, k
    # one section per category, keys of one category together
    assert d["category"].tolist() == sorted(d["category"].tolist(), key=d["category"].drop_duplicates().tolist().index)
    assert "|" not in "".join(d["unit"])
