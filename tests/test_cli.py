"""Tests for the `fazhi` command line (in-process via main(), and once through the installed script)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import fazhi_analysis as fz
from fazhi_analysis import corpus as corpus_mod
from fazhi_analysis import schema
from fazhi_analysis.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "reports"


def _fixture() -> Path:
    files = sorted(FIXTURES.glob("*.txt"))
    if not files:
        pytest.skip("needs a report fixture in tests/fixtures/reports")
    return files[0]


@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    """Two copies of one fixture under different names and an empty (bad) file."""
    d = tmp_path / "raw"
    d.mkdir()
    shutil.copy(_fixture(), d / "alpha.txt")
    shutil.copy(_fixture(), d / "beta.txt")
    (d / "broken.txt").write_bytes(b"")
    return d




# ---------------------------------------------------------------------------------------------- basics

def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"fazhi {fz.__version__}"


@pytest.mark.parametrize("cmd", [[], ["build"], ["show"], ["brief"], ["dictionary"]])
def test_help_on_every_command(cmd, capsys):
    assert main([*cmd, "--help"]) == 0
    out = capsys.readouterr().out
    assert "usage: fazhi" in out
    assert "--help" in out


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["build", "--bogus"], ["build", "--workers", "0"],
                                  ["build", "--workers", "x"], ["show"], ["show", "a", "b"]])
def test_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "usage:" in err
    assert "Traceback" not in err


def test_installed_script_help():
    exe = Path(sys.executable).with_name("fazhi")
    if not exe.exists():
        pytest.skip("the fazhi script is not installed next to this Python")
    res = subprocess.run([str(exe), "--help"], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    for word in ("build", "show", "dictionary"):
        assert word in res.stdout


# ---------------------------------------------------------------------------------------------- build

def test_build_writes_tables_workbooks_and_errors(raw, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["build", str(raw), "--out", str(out), "--workers", "1", "--no-figures", "--per-report"])
    cap = capsys.readouterr()
    assert code == 0, cap.err
    for t in schema.TABLES:
        csv = out / f"{t}.csv"
        assert csv.read_bytes().startswith(b"\xef\xbb\xbf"), t
        assert (out / f"{t}.parquet").exists(), t
    meta = pd.read_parquet(out / "metadata.parquet")
    assert sorted(meta["doc_id"]) == ["alpha", "beta"]
    assert list(meta.columns) == list(schema.columns("metadata"))
    ind = pd.read_csv(out / "indicators.csv", encoding="utf-8-sig")
    assert set(ind["doc_id"]) == {"alpha", "beta"}
    # the bad file: listed, one line on stderr, no traceback
    errors = pd.read_csv(out / "errors.csv", encoding="utf-8-sig")
    assert list(errors.columns) == ["source", "error"]
    assert [Path(s).name for s in errors["source"]] == ["broken.txt"]
    err_lines = [ln for ln in cap.err.splitlines() if ln.startswith("error:")]
    assert len(err_lines) == 1 and "broken.txt" in err_lines[0]
    assert "Traceback" not in cap.err
    # workbooks
    assert (out / "reports" / "alpha.xlsx").exists() and (out / "reports" / "beta.xlsx").exists()
    assert (out / "corpus.xlsx").exists()
    assert not (out / "figures").exists()
    # summary
    assert "parsed 2 reports (" in cap.out and "1 failed; tables in " + str(out) in cap.out


def test_build_no_excel(raw, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(raw), "--out", str(out), "--workers", "1", "--no-figures", "--no-excel",
                 "--quiet"]) == 0
    assert not (out / "corpus.xlsx").exists() and not (out / "reports").exists()
    assert (out / "metadata.csv").exists()


def test_build_in_parallel_matches_serial(raw, tmp_path, capsys):
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["build", str(raw), "--out", str(one), "--workers", "1", "--no-figures", "--no-cache",
                 "--per-report"]) == 0
    assert main(["build", str(raw), "--out", str(two), "--workers", "2", "--no-figures", "--no-cache",
                 "--per-report"]) == 0
    for t in schema.TABLES:
        assert (one / f"{t}.csv").read_bytes() == (two / f"{t}.csv").read_bytes(), t
    for name in ("alpha.xlsx", "beta.xlsx"):
        assert (one / "reports" / name).read_bytes() == (two / "reports" / name).read_bytes()


def test_build_output_failure_is_reported(raw, tmp_path, capsys, monkeypatch):
    from fazhi_analysis import export

    def refuse(tables, path, **kw):
        raise OSError("disk full")

    monkeypatch.setattr(export, "write_excel", refuse)
    out = tmp_path / "out"
    assert main(["build", str(raw / "alpha.txt"), "--out", str(out), "--workers", "1", "--no-figures",
                 "--per-report"]) == 0
    cap = capsys.readouterr()
    assert "error: " in cap.err and "cannot write outputs: disk full" in cap.err
    assert "corpus.xlsx: cannot write the workbook: disk full" in cap.err
    assert "2 outputs could not be written" in cap.out
    assert "Traceback" not in cap.err


def test_build_internal_error_is_one_line(raw, tmp_path, capsys, monkeypatch):
    other = sorted(FIXTURES.glob("*.txt"))[1]
    (raw / "beta.txt").write_bytes(other.read_bytes())
    real = corpus_mod._parse_tables

    def broken(path, doc_id):
        if doc_id == "beta":
            raise RuntimeError("boom")
        return real(path, doc_id)

    monkeypatch.setattr(corpus_mod, "_parse_tables", broken)
    out = tmp_path / "out"
    assert main(["build", str(raw), "--out", str(out), "--workers", "1", "--no-figures", "--no-excel",
                 "--no-cache"]) == 0
    cap = capsys.readouterr()
    lines = [ln for ln in cap.err.splitlines() if "beta.txt" in ln]
    assert lines == [f"error: {raw / 'beta.txt'}: internal error (please report): RuntimeError: boom"]
    assert "Traceback" not in cap.err and "RuntimeWarning" not in cap.err
    assert "parsed 1 report (" in cap.out and "2 failed" in cap.out


def test_build_all_failed_exits_1(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    assert main(["build", str(bad), "--out", str(out), "--workers", "1", "--no-figures"]) == 1
    cap = capsys.readouterr()
    assert "parsed 0 reports (0 with warnings), 1 failed" in cap.out
    assert (out / "errors.csv").exists()
    assert "Traceback" not in cap.err


def test_build_empty_folder_exits_1(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    assert main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-figures"]) == 1
    assert "no report files" in capsys.readouterr().err


def test_build_reuses_cache(raw, tmp_path, capsys, count_parses):
    out = tmp_path / "out"
    argv = ["build", str(raw), "--out", str(out), "--workers", "1", "--no-figures", "--no-excel"]
    assert main(argv) == 0
    assert sorted(count_parses) == ["alpha.txt", "broken.txt"]  # beta has the bytes of alpha: parsed once
    assert (out / ".cache").is_dir()
    first = (out / "indicators.csv").read_bytes()
    count_parses.clear()
    assert main(argv) == 0
    assert count_parses == ["broken.txt"]
    assert (out / "indicators.csv").read_bytes() == first
    count_parses.clear()
    assert main([*argv, "--no-cache"]) == 0
    assert sorted(count_parses) == ["alpha.txt", "broken.txt"]


def test_build_with_figures(raw, tmp_path, capsys):
    pytest.importorskip("fazhi_analysis.plots")
    out = tmp_path / "out"
    assert main(["build", str(raw / "alpha.txt"), "--out", str(out), "--workers", "1", "--no-excel"]) == 0
    assert not (out / "figures" / "alpha").exists() and not (out / "reports").exists()  # corpus outputs only
    assert main(["build", str(raw / "alpha.txt"), "--out", str(out), "--workers", "1", "--no-excel",
                 "--per-report"]) == 0
    figs = list((out / "figures" / "alpha").glob("*.png"))
    assert figs, capsys.readouterr().err
    # a rebuild with nothing changed draws nothing again
    stamps = {f: f.stat().st_mtime_ns for f in figs}
    assert main(["build", str(raw / "alpha.txt"), "--out", str(out), "--workers", "1", "--no-excel",
                 "--per-report"]) == 0
    assert {f: f.stat().st_mtime_ns for f in figs} == stamps


# ---------------------------------------------------------------------------------------------- show

def test_show_prints_structure(capsys):
    f = _fixture()
    r = fz.load_report(f)
    assert main(["show", str(f)]) == 0
    out = capsys.readouterr().out
    assert r.metadata["title"] in out
    assert f"Sections ({len(r.sections)})" in out
    assert "Indicators (" in out and "Checks (" in out and "Compliance" in out
    first = r.sections.iloc[0]
    assert f"  {first['marker']}{first['heading']}" in out


def test_show_bad_file_exits_1(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert main(["show", str(bad)]) == 1
    cap = capsys.readouterr()
    assert cap.out == ""
    lines = cap.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "bad.txt" in lines[0]
    assert "Traceback" not in cap.err
    assert main(["show", str(tmp_path / "missing.txt")]) == 1


# ---------------------------------------------------------------------------------------------- dictionary

def test_dictionary_stdout_and_file(tmp_path, capsys):
    assert main(["dictionary"]) == 0
    assert capsys.readouterr().out.strip() == schema.data_dictionary_markdown().strip()
    path = tmp_path / "docs" / "dd.md"
    assert main(["dictionary", "--out", str(path)]) == 0
    assert path.read_text(encoding="utf-8").strip() == schema.data_dictionary_markdown().strip()


def test_build_workbook_names_differ_under_case_folding(tmp_path, capsys):
    d = tmp_path / "raw"
    d.mkdir()
    shutil.copy(_fixture(), d / "Case.txt")
    shutil.copy(FIXTURES / "03_justice_bureau_2020.txt", d / "case.txt")
    out = tmp_path / "out"
    assert main(["build", str(d), "--out", str(out), "--no-figures", "--workers", "1", "-q", "--per-report"]) == 0
    names = sorted(p.name for p in (out / "reports").iterdir())
    assert len(names) == 2 and len({n.casefold() for n in names}) == 2
