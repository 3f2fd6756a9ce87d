"""Tests for comparisons across reports: who and where, change keys, trends, peers, claim checks, build outputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import fazhi_analysis as fz
from fazhi_analysis import compare, schema
from fazhi_analysis.cli import main
from fazhi_analysis.indicators import catalog, link_changes
from fazhi_analysis.places import issuer_id, region_path, region_units, resolve_issuer_ids

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
BODY = "\n一、主要成效\n" + "坚持以习近平法治思想为指导，扎实推进法治政府建设各项工作。" * 12 + "\n"


@pytest.fixture(scope="module")
def corpus():
    return fz.load_corpus(CORPUS, workers=1)


def _copy(tmp_path: Path, names=None) -> Path:
    d = tmp_path / "in"
    d.mkdir(exist_ok=True)
    for f in sorted(CORPUS.glob("*.txt")):
        if names is None or f.stem in names:
            shutil.copy(f, d / f.name)
    return d


# ---------------------------------------------------------------------------------------------- who and where

@pytest.mark.parametrize("region, units", [
    ("河北省云州市明水县", ["河北省", "云州市", "明水县"]),
    ("云州市南湖区新华街道", ["云州市", "南湖区", "新华街道"]),
    ("内蒙古自治区", ["内蒙古自治区"]),
    ("北京市朝阳区", ["北京市", "朝阳区"]),
    ("甘孜藏族自治州康定市", ["甘孜藏族自治州", "康定市"]),
    ("某某有限公司", []),
    (None, []),
])
def test_region_units(region, units):
    assert region_units(region) == units
    assert region_path(region) == (" › ".join(units) if units else None)


def test_issuer_id_lines_up_title_wordings():
    ids = []
    for t in ("明水县人民政府关于2019年度法治政府建设情况的报告",
              "中共明水县委 明水县人民政府关于2020年法治政府建设工作情况的报告",
              "云州市明水县人民政府2021年度法治政府建设年度报告"):
        m = fz.parse_report(t + BODY, "x").metadata
        ids.append(m["issuer_id"])
        assert m["level"] == "county"
    assert ids == ["明水县", "明水县", "云州市明水县"]  # the region as printed: the party organ changes nothing
    meta = pd.DataFrame({"region": ["明水县", "明水县", "云州市明水县"], "issuer_id": ids})
    assert resolve_issuer_ids(meta) == ["云州市明水县"] * 3  # one fuller form in the corpus: they line up


def test_issuer_ids_of_same_named_places_never_merge():
    # 明水县 of two different provinces, and a 明水县 that names no province
    full = [issuer_id("明水县人民政府", None, r, "county") for r in ("河北省云州市明水县", "山西省云州市明水县")]
    assert full == ["河北省云州市明水县", "山西省云州市明水县"]
    meta = pd.DataFrame({"region": ["河北省云州市明水县", "山西省云州市明水县", "云州市明水县", "明水县", "明水县"],
                         "issuer_id": full + ["云州市明水县", "明水县", "明水县司法局"]})
    got = resolve_issuer_ids(meta)
    assert got[:2] == full  # two places: two ids
    assert got[2:4] == ["云州市明水县", "明水县"]  # the short forms fit both: left alone, never merged
    assert got[4] == "明水县司法局"  # a department is never merged with a government
    # with one province only, the short forms take its id; a department keeps its own (no longer form)
    one = resolve_issuer_ids(meta.iloc[[0, 2, 3, 4]])
    assert one == ["河北省云州市明水县"] * 3 + ["明水县司法局"]
    # a look-alike county of another city stays apart from the city's own county
    two = pd.DataFrame({"region": ["云州市明水县", "雁州市明水县"], "issuer_id": ["云州市明水县", "雁州市明水县"]})
    assert resolve_issuer_ids(two) == ["云州市明水县", "雁州市明水县"]
    # missing ids and regions that are not units stay as they are
    odd = pd.DataFrame({"region": [None, "某某公司"], "issuer_id": [None, "x"]})
    assert resolve_issuer_ids(odd) == [None, "x"]


def test_corpus_issuer_ids_separate_look_alikes(tmp_path):
    body = BODY
    for name, title in (("a", "河北省云州市明水县人民政府关于2020年法治政府建设情况的报告"),
                        ("b", "山西省雁州市明水县人民政府关于2020年法治政府建设情况的报告"),
                        ("c", "河北省云州市明水县人民政府关于2021年法治政府建设情况的报告")):
        (tmp_path / f"{name}.txt").write_text(title + body, encoding="utf-8")
    corpus = fz.load_corpus(tmp_path, workers=1)
    ids = dict(zip(corpus.metadata["doc_id"].astype(object), corpus.metadata["issuer_id"].astype(object)))
    assert ids == {"a": "河北省云州市明水县", "b": "山西省雁州市明水县", "c": "河北省云州市明水县"}
    assert set(corpus.indicators["issuer_id"].dropna().astype(object)) <= set(ids.values())


def test_issuer_id_of_departments_and_unknowns():
    assert issuer_id("云州市市场监督管理局", None, "云州市", "department") == "云州市市场监督管理局"
    assert issuer_id("市司法局", None, "云州市", "department") == "云州市司法局"
    assert issuer_id("明水县司法局", None, "明水县", "department") != issuer_id("明水县人民政府", None, "明水县",
                                                                               "county")
    assert issuer_id(None, None, None, None) is None
    assert issuer_id("某某公司", None, "某某公司", None) is None  # not a region: nothing guessed


# ---------------------------------------------------------------------------------------------- change keys

def _rec(i, measure, key, unit, start, end, raw, sentence, pid=1, role=None):
    r = {"indicator_id": i, "paragraph_id": pid, "measure": measure, "key": key, "unit": unit, "start": start,
         "end": end, "raw": raw, "sentence": sentence}
    if role:
        r["role"] = role
    return r


def test_change_takes_the_key_of_the_figure_it_modifies_as_its_base():
    s = "全年受理行政复议案件56件，较上年减少12件。"
    a = s.index("56件")
    b = s.index("减少12件")
    recs = [_rec(1, "level", "reconsideration.accepted", "件", a, a + 3, "56件", s),
            _rec(2, "change", None, "件", b, b + 5, "减少12件", s)]
    out = link_changes(recs)
    # LABELING rule 1: a change is not the indicator: no key, the modified figure's key as base_key
    assert (out[1]["key"], out[1]["base_key"]) == (None, "reconsideration.accepted")
    assert out[0]["base_key"] is None  # a level figure has no base


def test_change_keyed_by_its_words_moves_to_base_unless_the_catalog_counts_the_change():
    s = "行政复议案件收案120件，同比增长2.5%。审批时限压缩60%。"
    recs = [_rec(1, "change", "reconsideration.received", "%", 0, 4, "增长2.5%", s),
            _rec(2, "change", "approval.time_limit_cut_rate", "%", 10, 14, "压缩60%", s)]
    out = link_changes(recs)
    assert (out[0]["key"], out[0]["base_key"]) == (None, "reconsideration.received")
    assert (out[1]["key"], out[1]["base_key"]) == ("approval.time_limit_cut_rate", None)  # measure change in the catalog


@pytest.mark.parametrize("sentence, base_raw, base_unit, change_raw, change_unit", [
    ("全年受理行政复议案件56件，减少12件。", "56件", "件", "减少12件", "件"),  # no comparison with last year
    ("纠错率为12.5%，同比上升4.2%。", "12.5%", "%", "上升4.2%", "%"),  # relative or points: ambiguous
    ("受理案件56件，同比上升4.2个百分点。", "56件", "件", "上升4.2个百分点", "个百分点"),  # points of a count
    ("受理案件56件。同比减少12件。", "56件", "件", "减少12件", "件"),  # another sentence
])
def test_change_left_without_key(sentence, base_raw, base_unit, change_raw, change_unit):
    a = sentence.index(base_raw)
    b = sentence.index(change_raw)
    sents = (sentence, sentence)
    if "。同比" in sentence:
        sents = (sentence[:sentence.index("。") + 1], sentence[sentence.index("。") + 1:])
    recs = [_rec(1, "level", "reconsideration.accepted", base_unit, a, a + len(base_raw), base_raw, sents[0]),
            _rec(2, "change", None, change_unit, b, b + len(change_raw), change_raw, sents[1])]
    out = link_changes(recs)[1]
    assert out["key"] is None and out["base_key"] is None


def test_change_keys_in_a_parsed_report():
    t = ("清水县人民政府关于2021年度法治政府建设情况的报告" + BODY
         + "（一）化解争议。行政复议案件纠错率为12.5%，较上年上升4.2个百分点。全年受理行政复议案件56件，较上年减少12件。\n")
    ind = fz.parse_report(t, "x").indicators
    ch = ind[ind["measure"] == "change"].set_index("raw")["base_key"]
    assert ch["上升4.2个百分点"] == "reconsideration.correction_rate"
    assert ch["减少12件"] == "reconsideration.accepted"
    assert ind.loc[ind["measure"] == "change", "key"].isna().all()  # a change is not the indicator (rule 1)
    # a change is never the key's first figure
    assert fz.Corpus({"x": fz.parse_report(t, "x").tables()}).wide.loc["x", "reconsideration.accepted"] == 56


# ---------------------------------------------------------------------------------------------- trend

def test_trend_one_row_per_year_with_change(corpus):
    t = corpus.trend("reconsideration.accepted")
    assert list(t.columns) == list(schema.columns("trends"))
    assert list(t["issuer_id"].unique()) == ["云州市明水县"]  # the only issuer with several years
    assert list(t["report_year"]) == [2019, 2020, 2021]
    assert list(t["value"]) == [40, 46, 41]
    assert pd.isna(t["change"].iloc[0])
    assert list(t["change"].iloc[1:]) == [6, -5]
    assert t["pct_change"].iloc[1] == pytest.approx(15.0)
    assert list(t["prev_doc_id"].iloc[1:]) == ["mingshui_county_2019", "mingshui_county_2020"]
    assert list(t["claimed_change"].iloc[1:]) == [6, -5]


def test_trend_of_a_rate_has_points_not_percent(corpus):
    t = corpus.trend("reconsideration.correction_rate")
    assert list(t["change"].round(6).iloc[1:]) == [2.0, -2.5]
    assert t["pct_change"].isna().all()


def test_trend_skips_a_gap_year_by_naming_it(tmp_path):
    c = fz.load_corpus(_copy(tmp_path, {"mingshui_county_2019", "mingshui_county_2021"}), workers=1)
    t = c.trend("reconsideration.accepted")
    assert list(t["prev_report_year"].iloc[1:]) == [2019]
    assert compare.has_trends(c)


def test_no_trend_from_one_report_per_issuer(tmp_path):
    c = fz.load_corpus(_copy(tmp_path, {"anping_county_2021", "changle_county_2021"}), workers=1)
    assert not compare.has_trends(c)
    assert len(c.trend()) == 0


# ---------------------------------------------------------------------------------------------- peers

def test_peers_rank_within_level_and_year(corpus):
    p = corpus.peers("reconsideration.correction_rate", level="county", year=2021)
    assert set(p["level"].astype(str)) == {"county"}
    assert len(p) == 5 and set(p["n_peers"]) == {5}
    assert p["value"].is_monotonic_decreasing
    assert p["rank"].iloc[0] == 1
    assert p["median"].iloc[0] == pytest.approx(p["value"].median())
    assert "yunzhou_city_2021" not in set(p["doc_id"])
    assert "yunzhou_justice_bureau_2021" not in set(p["doc_id"])


def test_peers_default_never_mixes_levels(corpus):
    p = corpus.peers("reconsideration.correction_rate")
    for _, g in p.groupby(["level", "report_year"], observed=True):
        assert g["n_peers"].iloc[0] == len(g)
    city = p[p["doc_id"] == "yunzhou_city_2021"]
    assert int(city["n_peers"].iloc[0]) == 1 and int(city["rank"].iloc[0]) == 1
    together = corpus.peers("reconsideration.correction_rate", year=2021, across_levels=True)
    assert int(together["n_peers"].iloc[0]) == 7


def test_peers_focus_sets_level_and_year(corpus):
    p = corpus.peers("reconsideration.correction_rate", focus="mingshui_county_2021")
    assert p["focus"].sum() == 1
    assert set(p["report_year"]) == {2021} and set(p["level"].astype(str)) == {"county"}
    with pytest.raises(ValueError):
        corpus.peers("reconsideration.correction_rate", level="village")


def test_peers_within_a_city(corpus):
    p = corpus.peers("reconsideration.accepted", level="county", year=2021, within="云州市")
    assert len(p) == 5
    assert len(corpus.peers("reconsideration.accepted", level="county", year=2021, within="别的市")) == 0


# ---------------------------------------------------------------------------------------------- claims

def test_claim_checks_pass_and_warn(corpus):
    c = corpus.claim_checks()
    assert set(c["check_id"].str.split("@").str[0]) == {compare.CLAIM_CHECK}
    assert list(c.columns) == list(schema.columns("checks"))
    assert c["detail"].str.startswith(compare.CLAIM_RULE + "：").all()  # the rule, then the figures, in Chinese
    key_of = {label: key for key, label in zip(catalog()["key"], catalog()["label_zh"])}
    by = {(d, key_of[k.split("：", 1)[1].split(" ")[0]]): s for d, k, s in zip(c["doc_id"], c["detail"], c["status"])}
    assert by[("mingshui_county_2020", "reconsideration.accepted")] == "pass"
    assert by[("mingshui_county_2020", "reconsideration.correction_rate")] == "pass"
    assert by[("mingshui_county_2020", "approval.cases_handled")] == "pass"
    assert by[("mingshui_county_2021", "reconsideration.accepted")] == "pass"
    warn = c[(c["doc_id"] == "mingshui_county_2021") & (c["status"] == "warn")]
    assert len(warn) == 1
    w = warn.iloc[0]
    assert w["expected"] == pytest.approx(-2.5) and w["reported"] == pytest.approx(-1.5)
    # both figures and both sources are named
    assert "10.0%" in w["detail"] and "12.5%" in w["detail"]
    assert "mingshui_county_2021.txt" in w["detail"] and "mingshui_county_2020.txt" in w["detail"]


def test_an_altered_figure_makes_the_claim_warn(tmp_path):
    d = _copy(tmp_path, {"mingshui_county_2019", "mingshui_county_2020"})
    before = fz.load_corpus(d, workers=1).claim_checks()
    assert set(before["status"]) == {"pass"}
    f = d / "mingshui_county_2019.txt"
    f.write_text(f.read_text(encoding="utf-8").replace("依法受理40件", "依法受理43件"), encoding="utf-8")
    after = fz.load_corpus(d, workers=1).claim_checks()
    bad = after[after["status"] == "warn"]
    label = dict(zip(catalog()["key"], catalog()["label_zh"]))["reconsideration.accepted"]
    assert len(bad) == 1 and bad["detail"].iloc[0].startswith(f"{compare.CLAIM_RULE}：{label} 本期")
    assert bad["expected"].iloc[0] == 3 and bad["reported"].iloc[0] == 6


def test_no_claim_check_without_last_years_report(tmp_path):
    c = fz.load_corpus(_copy(tmp_path, {"mingshui_county_2021", "mingshui_county_2019"}), workers=1)
    assert len(c.claim_checks()) == 0  # 2021 compares with 2020, which is missing


# ---------------------------------------------------------------------------------------------- build

def test_combined_tables_carry_who_and_where(corpus):
    for name, df in corpus.tables().items():
        cols = list(df.columns)
        assert cols[0] == "doc_id", name
        lvl = "admin_level" if name == "sections" else "level"
        for c in ("region", lvl, "report_year", "issuer", "issuer_id"):
            assert c in cols, (name, c)
    assert corpus.sections["level"].dtype == "Int64"  # the heading level is untouched
    assert set(corpus.sections["admin_level"].dropna().astype(str)) <= set(schema.LEVELS)


def test_build_writes_trends_charts_and_removes_stale_outputs(tmp_path, capsys):
    d = _copy(tmp_path)
    out = tmp_path / "out"
    assert main(["build", str(d), "--out", str(out), "--workers", "1", "-q", "--per-report"]) == 0
    ind = pd.read_csv(out / "indicators.csv", encoding="utf-8-sig")
    assert list(ind.columns[:6]) == ["doc_id", "region", "level", "report_year", "issuer", "issuer_id"]
    meta = pd.read_parquet(out / "metadata.parquet")
    assert {"region", "level", "report_year", "issuer", "region_path", "issuer_id"} <= set(meta.columns)
    # one issuer_id per report in every table (resolved across the corpus), the workbook's metadata too
    by_doc = dict(zip(meta["doc_id"], meta["issuer_id"]))
    assert all(by_doc[d] == i for d, i in zip(ind["doc_id"], ind["issuer_id"]) if isinstance(i, str))
    assert by_doc["mingshui_county_2019"] == by_doc["mingshui_county_2021"] == "云州市明水县"
    xl = pd.read_excel(out / "corpus.xlsx", sheet_name=schema.TABLES["metadata"][0])
    assert set(xl[schema.field("metadata", "issuer_id").label_zh].dropna()) == set(meta["issuer_id"].dropna())
    chk = pd.read_csv(out / "checks.csv", encoding="utf-8-sig")
    assert (chk["check_id"].str.startswith(compare.CLAIM_CHECK) & (chk["status"] == "warn")).sum() == 1
    trends = pd.read_parquet(out / "trends.parquet")
    assert set(trends["issuer_id"]) == {"云州市明水县"}
    assert (out / "trends.csv").exists()
    charts = {p.name for p in (out / "figures" / "corpus").iterdir()}
    assert "trend_云州市明水县.png" in charts and any(n.startswith("peers_") for n in charts)
    assert (out / "corpus.xlsx").exists()
    assert (out / "reports" / "mingshui_county_2019.xlsx").exists()

    # fewer inputs: nothing of the removed reports survives, and no trend remains
    for stem in ("mingshui_county_2019", "mingshui_county_2020"):
        (d / f"{stem}.txt").unlink()
    (out / "my_notes.txt").write_text("not the build's", encoding="utf-8")
    assert main(["build", str(d), "--out", str(out), "--workers", "1", "-q", "--per-report"]) == 0
    assert not (out / "trends.csv").exists() and not (out / "trends.parquet").exists()
    assert not (out / "reports" / "mingshui_county_2019.xlsx").exists()
    assert not (out / "figures" / "mingshui_county_2020").exists()
    assert not any(p.name.startswith("trend_") for p in (out / "figures" / "corpus").iterdir())
    assert (out / "my_notes.txt").exists()  # never written by a build: never removed
    assert set(pd.read_csv(out / "metadata.csv", encoding="utf-8-sig")["doc_id"]) == {
        f.stem for f in d.glob("*.txt")}


def test_build_of_one_report_writes_no_corpus_charts(tmp_path):
    d = _copy(tmp_path, {"anping_county_2021"})
    out = tmp_path / "out"
    assert main(["build", str(d), "--out", str(out), "--workers", "1", "-q", "--per-report"]) == 0
    assert not (out / "figures" / "corpus").exists()
    assert not (out / "trends.csv").exists()


# ---------------------------------------------------------------------------------------------- charts

def test_trend_and_peer_charts_state_the_finding(corpus):
    from fazhi_analysis import plots

    fig = plots.trend_chart(corpus, "云州市明水县")
    title = fig.fazhi_text.title
    assert title.startswith("云州市明水县") and "2019—2021年" in title
    for ax in fig.axes:
        if ax.get_visible():
            assert "（" in ax.get_title(loc="left")  # each panel names its key and unit
    fig = plots.peers_chart(corpus, "reconsideration.correction_rate", focus="mingshui_county_2021")
    title = fig.fazhi_text.title
    assert "第4位" in title and "5份2021年县级报告" in title
    with pytest.raises(ValueError):
        plots.trend_chart(corpus, "安平县")


def test_rebuild_with_one_report_removes_every_corpus_chart(tmp_path):
    d = _copy(tmp_path)
    out = tmp_path / "out"
    assert main(["build", str(d), "--out", str(out), "--workers", "1", "-q"]) == 0
    before = {p.name for p in (out / "figures" / "corpus").glob("*.png")}
    assert any(not n.startswith(("trend_", "peers_")) for n in before)  # the most-reported-key charts
    for f in d.glob("*.txt"):
        if f.stem != "anping_county_2021":
            f.unlink()
    assert main(["build", str(d), "--out", str(out), "--workers", "1", "-q"]) == 0
    left = (out / "figures" / "corpus")
    assert not left.exists() or not any(left.glob("*.png")), sorted(p.name for p in left.glob("*"))
