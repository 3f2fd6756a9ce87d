"""Tests for fazhi_analysis.corpus: input discovery, unique doc_ids, combined tables, wide view, cache."""

from __future__ import annotations

import json
import os
import shutil
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

import fazhi_analysis as fz
from fazhi_analysis import corpus as corpus_mod
from fazhi_analysis.compare import own_figures
from fazhi_analysis import schema

FIXTURES = Path(__file__).parent / "fixtures" / "reports"


def _fixtures() -> list[Path]:
    files = sorted(FIXTURES.glob("*.txt"))
    if len(files) < 2:
        pytest.skip("needs at least two report fixtures in tests/fixtures/reports")
    return files


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """Two copies of one fixture under different names, a second fixture in a sub-folder, an empty file."""
    a, b = _fixtures()[:2]
    d = tmp_path / "raw"
    (d / "sub").mkdir(parents=True)
    shutil.copy(a, d / "copy_one.txt")
    shutil.copy(a, d / "copy_two.txt")
    shutil.copy(b, d / "sub" / "other.txt")
    (d / "empty.txt").write_bytes(b"")
    (d / "README.md").write_text("# not a report\n", encoding="utf-8")
    (d / "copy_one.expected.json").write_text("{}", encoding="utf-8")
    return d




# ---------------------------------------------------------------------------------------------- inputs

def test_collect_paths_filters_suffixes_and_sorts(tmp_path):
    for name in ["b.txt", "a.HTML", "sub/c.docx", "sub/d.htm", "README.md", "x.json", "y.expected.json",
                 "notes.md", ".hidden/e.txt", ".f.txt", "g.pdf", "h.csv"]:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x", encoding="utf-8")
    got = [p.relative_to(tmp_path).as_posix() for p in corpus_mod.collect_paths(tmp_path)]
    assert got == ["a.HTML", "b.txt", "g.pdf", "sub/c.docx", "sub/d.htm"]


def test_collect_paths_accepts_file_and_list_without_duplicates(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("x", encoding="utf-8")
    assert corpus_mod.collect_paths(f) == [f]
    assert corpus_mod.collect_paths([f, str(f), tmp_path]) == [f]
    missing = tmp_path / "missing.txt"
    assert corpus_mod.collect_paths([missing]) == [missing]  # reported as an error when parsed


def test_doc_ids_unique_for_shared_stems():
    paths = [Path("x/report.txt"), Path("y/report.txt"), Path("z/report.html"), Path("other.txt")]
    shas = ["aaaaaaaa11", "bbbbbbbb22", "aaaaaaaa11", "cccccccc33"]
    ids = corpus_mod._assign_doc_ids(paths, shas)
    assert ids == ["report-aaaaaaaa", "report-bbbbbbbb", "report-aaaaaaaa-2", "other"]
    assert len(set(ids)) == len(ids)


# ---------------------------------------------------------------------------------------------- corpus

def test_load_corpus_folder(folder):
    c = fz.load_corpus(folder, workers=1)
    assert isinstance(c, fz.Corpus)
    assert c.doc_ids == ["copy_one", "copy_two", "other"]
    assert list(c.metadata["doc_id"]) == c.doc_ids
    # the empty file is reported, the others go on
    assert list(c.errors.columns) == ["source", "error"]
    assert [Path(s).name for s in c.errors["source"]] == ["empty.txt"]
    assert "empty" in c.errors["error"].iloc[0]
    assert c.sources["other"] == str(folder / "sub" / "other.txt")
    # same content, different name: same figures, different doc_id
    ind = c.indicators
    one = ind[ind["doc_id"] == "copy_one"].drop(columns="doc_id").reset_index(drop=True)
    two = ind[ind["doc_id"] == "copy_two"].drop(columns="doc_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(one, two)
    assert len(one) > 0


def test_tables_have_extras_after_doc_id_with_schema_dtypes(folder):
    c = fz.load_corpus(folder, workers=1)
    tables = c.tables()
    assert list(tables) == list(schema.TABLES)
    meta = c.metadata.set_index("doc_id")
    for t, df in tables.items():
        assert df is getattr(c, t)
        own = set(schema.columns(t)) if t != "metadata" else set()
        # an extra whose name the table uses for something else (sections.level) is admin_<name>
        names = {x: f"admin_{x}" if x in own else x for x in corpus_mod.EXTRA_COLUMNS}
        base = [x for x in schema.columns(t) if x in own or x not in corpus_mod.EXTRA_COLUMNS]
        assert list(df.columns) == ["doc_id", *names.values(), *base[1:]], t
        ref = schema.empty(t)
        meta_ref = schema.empty("metadata")
        for col in df.columns:
            extra = next((x for x, n in names.items() if n == col), None)
            want = meta_ref[extra].dtype if extra else ref[col].dtype
            assert df[col].dtype == want, (t, col, df[col].dtype, want)
        # every row carries its report's region, level, year, issuer and issuer_id
        got = df[["doc_id", *names.values()]].drop_duplicates().set_index("doc_id")
        got.columns = list(corpus_mod.EXTRA_COLUMNS)
        pd.testing.assert_frame_equal(got, meta.loc[got.index, list(corpus_mod.EXTRA_COLUMNS)], obj=t)
    assert c.metadata["report_year"].notna().all()
    assert c.metadata["region"].notna().all()


def test_tables_without_extras_match_schema_exactly(folder):
    c = fz.load_corpus(folder, workers=1)
    for t, df in c.tables(extra=False).items():
        assert list(df.columns) == list(schema.columns(t))
        pd.testing.assert_frame_equal(df, schema.enforce(df, t))


def test_categoricals_keep_schema_categories(folder):
    c = fz.load_corpus(folder, workers=1)
    assert list(c.sections["part"].cat.categories) == list(schema.PARTS)
    assert list(c.paragraphs["kind"].cat.categories) == list(schema.PARAGRAPH_KINDS)
    assert list(c.indicators["category"].cat.categories) == list(schema.CATEGORIES)
    assert list(c.checks["status"].cat.categories) == list(schema.STATUSES)


def test_report_tables_equal_single_report(folder):
    c = fz.load_corpus(folder, workers=1)
    r = fz.load_report(folder / "sub" / "other.txt")
    got = c.report_tables("other")
    for t, df in r.tables().items():
        want = df
        if t == "metadata":  # source is the path as given to load_corpus
            want = df.assign(source=pd.array([str(folder / "sub" / "other.txt")], dtype=df["source"].dtype))
        pd.testing.assert_frame_equal(got[t].reset_index(drop=True), want.reset_index(drop=True), obj=t)
    with pytest.raises(KeyError):
        c.report_tables("nope")


def test_corpus_from_reports_matches_load_corpus(folder):
    files = [folder / "copy_one.txt", folder / "sub" / "other.txt"]
    built = fz.Corpus({r.doc_id: r.tables() for r in map(fz.load_report, files)})
    loaded = fz.load_corpus([str(f) for f in files], workers=1)
    assert built.doc_ids == loaded.doc_ids == ["copy_one", "other"]
    for t in schema.TABLES:
        pd.testing.assert_frame_equal(built.tables()[t], loaded.tables()[t], obj=t)
    with pytest.raises(ValueError):
        fz.Corpus._combine(["a", "a"], {t: [] for t in schema.TABLES}, None, None, 0)


def test_process_pool_gives_same_tables(folder):
    one = fz.load_corpus(folder, workers=1)
    two = fz.load_corpus(folder, workers=2)
    assert two.doc_ids == one.doc_ids
    for t in schema.TABLES:
        pd.testing.assert_frame_equal(two.tables()[t], one.tables()[t], obj=t)
    pd.testing.assert_frame_equal(two.errors, one.errors)


def test_same_stem_in_two_folders_gets_sha_suffix(tmp_path):
    a, b = _fixtures()[:2]
    for sub, src in (("x", a), ("y", b)):
        (tmp_path / sub).mkdir()
        shutil.copy(src, tmp_path / sub / "report.txt")
    c = fz.load_corpus(tmp_path, workers=1)
    assert len(c) == 2
    assert len(set(c.doc_ids)) == 2
    shas = c.metadata.set_index("doc_id")["sha256"]
    for d in c.doc_ids:
        assert d == f"report-{shas[d][:8]}"


def test_wide_one_row_per_report_first_value_per_key(folder):
    c = fz.load_corpus(folder, workers=1)
    w = c.wide
    assert w.index.name == "doc_id"
    assert list(w.index) == c.doc_ids
    n = len(corpus_mod.EXTRA_COLUMNS)
    assert list(w.columns[:n]) == list(corpus_mod.EXTRA_COLUMNS)
    ind = c.indicators[c.indicators["key"].notna()]
    if ind.empty:
        pytest.skip("the fixtures have no figures with a canonical key")
    assert set(w.columns[n:]) <= set(ind["key"].astype(object))
    ind = ind[own_figures(ind)]  # a change statement carrying its figure's key is not its value
    assert set(w.columns[n:]) == set(ind["key"].astype(object))
    for (doc, key), grp in ind.groupby(["doc_id", "key"], observed=True, sort=False):
        first = grp.sort_values("indicator_id")["value"].iloc[0]
        got = w.loc[doc, key]
        assert (pd.isna(got) and pd.isna(first)) or got == first, (doc, key)
    key = ind["key"].iloc[0]
    pt = w.pivot_table(index="region", columns="report_year", values=key)
    assert len(pt) >= 1


def test_errors_only_and_empty_input(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "short.txt").write_text("这不是报告。", encoding="utf-8")
    c = fz.load_corpus(tmp_path, workers=1)
    assert len(c) == 0
    assert len(c.errors) == 2
    for t, df in c.tables().items():
        assert df.empty and "doc_id" in df.columns and "region" in df.columns
    assert c.wide.empty
    empty = fz.load_corpus(tmp_path / "nothing", workers=1)
    assert len(empty) == 0 and len(empty.errors) == 1  # a missing path is one failed file


def test_internal_error_is_recorded_not_raised(folder, monkeypatch):
    real = corpus_mod._parse_tables

    def broken(path, doc_id):
        if doc_id == "other":
            raise RuntimeError("boom")
        return real(path, doc_id)

    monkeypatch.setattr(corpus_mod, "_parse_tables", broken)
    with pytest.warns(RuntimeWarning, match="internal error"):
        c = fz.load_corpus(folder, workers=1)
    assert c.doc_ids == ["copy_one", "copy_two"]
    row = c.errors[c.errors["source"].str.endswith("other.txt")]
    assert len(row) == 1 and "internal error" in row["error"].iloc[0] and "boom" in row["error"].iloc[0]


def test_workers_must_be_positive(folder):
    with pytest.raises(ValueError):
        fz.load_corpus(folder, workers=0)


# ---------------------------------------------------------------------------------------------- cache

def _manifest(cache: Path) -> dict:
    return json.loads((cache / "manifest.json").read_text(encoding="utf-8"))["body"]


def test_identical_bytes_are_parsed_once(folder, count_parses):
    c = fz.load_corpus(folder, workers=1)
    assert sorted(count_parses) == ["copy_one.txt", "empty.txt", "other.txt"]
    assert c.doc_ids == ["copy_one", "copy_two", "other"]
    assert c.sources["copy_two"].endswith("copy_two.txt")
    meta = c.metadata.set_index("doc_id")
    assert meta.loc["copy_two", "source"].endswith("copy_two.txt")
    assert c.n_cached == 0


def test_cache_reuses_unchanged_reports(folder, tmp_path, count_parses):
    cache = tmp_path / "cache"
    first = fz.load_corpus(folder, workers=1, cache_dir=cache)
    assert sorted(count_parses) == ["copy_one.txt", "empty.txt", "other.txt"]
    assert first.n_cached == 0
    man = _manifest(cache)
    assert len(man["keys"]) == 2  # two distinct contents parsed; failures are not cached
    assert sorted(p.name for p in (cache / man["snapshot"]).iterdir()) == sorted(
        f"{t}.parquet" for t in schema.TABLES)

    count_parses.clear()
    second = fz.load_corpus(folder, workers=1, cache_dir=cache)
    assert count_parses == ["empty.txt"]
    assert second.n_cached == 3
    assert _manifest(cache) == man  # nothing new: nothing written
    for t in schema.TABLES:
        pd.testing.assert_frame_equal(second.tables()[t], first.tables()[t], obj=t)
    pd.testing.assert_frame_equal(second.wide, first.wide)
    pd.testing.assert_frame_equal(second.errors, first.errors)

    # one changed file is parsed again, the others come from the cache
    count_parses.clear()
    other = folder / "sub" / "other.txt"
    other.write_text(other.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    third = fz.load_corpus(folder, workers=1, cache_dir=cache)
    assert sorted(count_parses) == ["empty.txt", "other.txt"]
    assert third.n_cached == 2
    new = _manifest(cache)
    assert len(new["keys"]) == 3 and new["snapshot"] != man["snapshot"]
    assert not (cache / man["snapshot"]).exists()  # the old snapshot is removed


def test_cache_with_process_pool(folder, tmp_path):
    cache = tmp_path / "cache"
    first = fz.load_corpus(folder, workers=2, cache_dir=cache)
    second = fz.load_corpus(folder, workers=2, cache_dir=cache)
    assert second.n_cached == 3
    for t in schema.TABLES:
        pd.testing.assert_frame_equal(second.tables()[t], first.tables()[t], obj=t)


def test_cached_tables_take_new_name_and_source(folder, tmp_path, count_parses):
    cache = tmp_path / "cache"
    fz.load_corpus(folder / "copy_one.txt", workers=1, cache_dir=cache)
    renamed = tmp_path / "renamed.txt"
    shutil.copy(folder / "copy_one.txt", renamed)
    count_parses.clear()
    c = fz.load_corpus(renamed, workers=1, cache_dir=cache)
    assert count_parses == [] and c.n_cached == 1
    assert c.doc_ids == ["renamed"]
    for df in c.tables().values():
        assert set(df["doc_id"]) <= {"renamed"}
    assert c.metadata["source"].iloc[0] == str(renamed)
    ref = fz.load_report(renamed).tables()
    for t, df in c.report_tables("renamed").items():
        pd.testing.assert_frame_equal(df, ref[t], obj=t)


def test_cache_keeps_reports_of_other_runs(folder, tmp_path, count_parses):
    cache = tmp_path / "cache"
    fz.load_corpus(folder / "copy_one.txt", workers=1, cache_dir=cache)
    fz.load_corpus(folder / "sub" / "other.txt", workers=1, cache_dir=cache)
    count_parses.clear()
    c = fz.load_corpus([folder / "copy_one.txt", folder / "sub" / "other.txt"], workers=1, cache_dir=cache)
    assert count_parses == [] and c.n_cached == 2


def test_damaged_cache_is_rebuilt(folder, tmp_path, count_parses):
    cache = tmp_path / "cache"
    src = folder / "copy_one.txt"
    fz.load_corpus(src, workers=1, cache_dir=cache)
    (cache / _manifest(cache)["snapshot"] / "indicators.parquet").write_bytes(b"not parquet")
    count_parses.clear()
    with pytest.warns(corpus_mod.CacheWarning, match="damaged"):
        c = fz.load_corpus(src, workers=1, cache_dir=cache)
    assert count_parses == ["copy_one.txt"] and c.n_cached == 0
    assert len(c.indicators) > 0
    count_parses.clear()
    assert fz.load_corpus(src, workers=1, cache_dir=cache).n_cached == 1  # healthy again
    full = json.loads((cache / "manifest.json").read_text(encoding="utf-8"))
    body = {**full["body"], "snapshot": "../elsewhere"}
    (cache / "manifest.json").write_text(json.dumps({"body": body, "checksum": corpus_mod._json_checksum(body)}),
                                         encoding="utf-8")
    with pytest.warns(corpus_mod.CacheWarning):
        assert fz.load_corpus(src, workers=1, cache_dir=cache).n_cached == 0
    (cache / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.warns(corpus_mod.CacheWarning):
        assert fz.load_corpus(src, workers=1, cache_dir=cache).n_cached == 0


def _flip(path: Path, at: float) -> None:
    data = bytearray(path.read_bytes())
    i = min(len(data) - 1, int(len(data) * at))
    data[i] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("at", [0.0, 0.5, 0.95])
def test_flipped_bytes_in_any_cache_file_never_change_the_tables(folder, tmp_path, at):
    clean = fz.load_corpus(folder, workers=1)
    cache = tmp_path / "cache"
    fz.load_corpus(folder, workers=1, cache_dir=cache)
    files = sorted(p for p in cache.rglob("*") if p.is_file())
    assert len(files) == len(schema.TABLES) + 1  # the manifest and one Parquet file per table
    for f in files:
        shutil.rmtree(cache)
        fz.load_corpus(folder, workers=1, cache_dir=cache)
        victim = next(p for p in cache.rglob(f.name) if p.is_file())
        _flip(victim, at)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", corpus_mod.CacheWarning)
            got = fz.load_corpus(folder, workers=1, cache_dir=cache)
        for t in schema.TABLES:
            pd.testing.assert_frame_equal(got.tables()[t], clean.tables()[t], obj=f"{t} after flipping {f.name}")


def test_poisoned_parquet_is_refused(folder, tmp_path, count_parses):
    """A valid Parquet file put in place of a cached table (changed figures, a formula title) is not used."""
    cache = tmp_path / "cache"
    src = folder / "copy_one.txt"
    clean = fz.load_corpus(src, workers=1, cache_dir=cache)
    snap = cache / _manifest(cache)["snapshot"]
    for t, df in [("metadata", pd.read_parquet(snap / "metadata.parquet")),
                  ("indicators", pd.read_parquet(snap / "indicators.parquet"))]:
        if t == "metadata":
            df["title"] = "=HYPERLINK(\"http://example.invalid\")"
        else:
            df["value"] = df["value"] * 2
        df.to_parquet(snap / f"{t}.parquet", index=False)
    count_parses.clear()
    with pytest.warns(corpus_mod.CacheWarning, match="checksum"):
        got = fz.load_corpus(src, workers=1, cache_dir=cache)
    assert count_parses == ["copy_one.txt"]
    for t in schema.TABLES:
        pd.testing.assert_frame_equal(got.tables()[t], clean.tables()[t], obj=t)


def test_clear_cache(folder, tmp_path):
    cache = tmp_path / "cache"
    fz.load_corpus(folder / "copy_one.txt", workers=1, cache_dir=cache)
    assert corpus_mod.clear_cache(cache) and not cache.exists()
    assert not corpus_mod.clear_cache(cache)


def test_doc_ids_unique_under_case_folding_and_for_undecodable_names():
    ids = corpus_mod._assign_doc_ids([Path("a/Case.txt"), Path("b/case.txt"), Path("c/CASE.txt")],
                                     ["11" * 32, "22" * 32, None])
    assert len({i.casefold() for i in ids}) == 3
    bad = Path(os.fsdecode(b"\xb9\xa4\xd7\xf7.txt"))  # a GBK name read on a UTF-8 system
    (doc_id,) = corpus_mod._assign_doc_ids([bad], [None])
    doc_id.encode("utf-8")  # valid UTF-8
    assert corpus_mod._display(bad).encode("utf-8") and "\\x" in corpus_mod._display(bad)


@pytest.mark.skipif(sys.platform != "linux", reason="Linux file systems store any bytes as a name")
def test_undecodable_file_name_is_parsed_and_written(folder, tmp_path):
    raw = tmp_path / "gbk"
    raw.mkdir()
    name = os.fsdecode(b"\xb9\xa4\xd7\xf7.txt")
    shutil.copy(folder / "copy_one.txt", raw / name)
    cache = tmp_path / "cache"
    c = fz.load_corpus(raw, workers=1, cache_dir=cache)
    assert len(c) == 1 and len(c.errors) == 0
    c.metadata["source"].iloc[0].encode("utf-8")
    assert fz.load_corpus(raw, workers=1, cache_dir=cache).n_cached == 1
    from fazhi_analysis import export

    export.write_tables(c.tables(extra=False), tmp_path / "out")


def test_cache_from_other_code_is_ignored(folder, tmp_path, count_parses, monkeypatch):
    cache = tmp_path / "cache"
    src = folder / "copy_one.txt"
    fz.load_corpus(src, workers=1, cache_dir=cache)
    monkeypatch.setattr(corpus_mod, "_CODE_HASH", "0" * 64)  # as if the parser had changed
    count_parses.clear()
    c = fz.load_corpus(src, workers=1, cache_dir=cache)
    assert count_parses == ["copy_one.txt"] and c.n_cached == 0


def test_cache_write_failure_only_warns(folder, tmp_path, monkeypatch):
    cache = tmp_path / "cache"

    def refuse(*a, **k):
        raise OSError("read-only")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", refuse)
    with pytest.warns(RuntimeWarning, match="could not write the cache"):
        c = fz.load_corpus(folder / "copy_one.txt", workers=1, cache_dir=cache)
    assert len(c) == 1
    assert not (cache / "manifest.json").exists()


def test_cache_key_depends_on_code(monkeypatch):
    k1 = corpus_mod.cache_key("ab" * 32)
    monkeypatch.setattr(corpus_mod, "_CODE_HASH", "something else")
    assert corpus_mod.cache_key("ab" * 32) != k1
    assert corpus_mod.cache_key("cd" * 32) != corpus_mod.cache_key("ab" * 32)


def test_progress_bar_writes_to_stderr(folder, capsys):
    fz.load_corpus(folder, workers=1, progress=True)
    err = capsys.readouterr().err
    assert "report" in err


@pytest.mark.parametrize("damage", ["table", "manifest", "snapshot_gone", "manifest_not_a_dict"])
def test_damaged_cache_costs_no_traceback_and_is_rebuilt_correctly(folder, tmp_path, damage):
    """Whatever part of the cache is damaged: one CacheWarning saying so (how many cached reports it drops),
    the tables equal a fresh parse, and the cache written in its place serves every report, still equal."""
    clean = fz.load_corpus(folder, workers=1)
    cache = tmp_path / "cache"
    fz.load_corpus(folder, workers=1, cache_dir=cache)
    snap = cache / _manifest(cache)["snapshot"]
    if damage == "table":
        data = (snap / "sections.parquet").read_bytes()
        (snap / "sections.parquet").write_bytes(data[: len(data) // 2])  # cut short, as by a full disk
    elif damage == "manifest":
        (cache / "manifest.json").write_bytes(b"\x00" * 40)
    elif damage == "snapshot_gone":
        shutil.rmtree(snap)
    else:
        (cache / "manifest.json").write_text("[1, 2]", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = fz.load_corpus(folder, workers=1, cache_dir=cache)
    msgs = [str(w.message) for w in caught if issubclass(w.category, corpus_mod.CacheWarning)]
    assert len(msgs) == 1 and "damaged" in msgs[0] and "rebuilt" in msgs[0], msgs
    if damage in ("table", "snapshot_gone"):  # the manifest still says what is lost
        assert "with its 2 cached report(s)" in msgs[0]
    assert got.n_cached == 0
    for t in schema.TABLES:
        pd.testing.assert_frame_equal(got.tables()[t], clean.tables()[t], obj=f"{t} after damage {damage}")
    with warnings.catch_warnings():
        warnings.simplefilter("error", corpus_mod.CacheWarning)  # the rebuilt cache is healthy
        again = fz.load_corpus(folder, workers=1, cache_dir=cache)
    assert again.n_cached == len(again) == 3
    for t in schema.TABLES:
        pd.testing.assert_frame_equal(again.tables()[t], clean.tables()[t], obj=f"{t} from the rebuilt cache")
