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
    assert list(errors.columns) == ["source", "error", "error_en"]
    assert [Path(s).name for s in errors["source"]] == ["broken.txt"]
    assert list(errors["error"]) == ["文件为空"] and list(errors["error_en"]) == ["the file is empty"]
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
    # every output not written: exit status 1
    assert main(["build", str(raw / "alpha.txt"), "--out", str(out), "--workers", "1", "--no-figures",
                 "--per-report"]) == 1
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
    assert f"章节（{len(r.sections)}个）" in out
    assert f"数据（{len(r.indicators)}条）" in out and f"一致性检查（{len(r.checks)}项）" in out and "合规评分" in out
    first = r.sections.iloc[0]
    assert f"  {first['marker']}{first['heading']}  [{schema.PART_LABELS[first['part']]}]" in out
    # what an analyst reads is Chinese: labels, coded values, categories, statuses; no English headings
    assert "文件格式" in out and "纯文本" in out and "  format " not in out
    for word in ("Metadata", "Sections", "Indicators", "Checks", "Compliance", "with a key", "pass", "fail"):
        assert word not in out, word
    from fazhi_analysis.indicators import CATEGORY_LABELS

    top = r.indicators["category"].dropna().astype(object).value_counts().index[0]
    assert f"  {CATEGORY_LABELS[top]} " in out
    for c in r.checks[r.checks["status"].isin(["fail", "warn"])].itertuples():
        assert f"{schema.STATUS_LABELS[c.status]}" in out and (c.detail or "") in out


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


def test_dictionary_indicators_lists_every_key_with_its_definition(tmp_path, capsys):
    from fazhi_analysis.indicators import catalog

    assert main(["dictionary", "--indicators"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == schema.indicator_dictionary_markdown().strip()
    for key, definition in zip(catalog()["key"], catalog()["definition"]):
        assert f"`{key}`" in out and definition in out
    path = tmp_path / "indicators.md"
    assert main(["dictionary", "--indicators", "--out", str(path)]) == 0
    assert path.read_text(encoding="utf-8").strip() == schema.indicator_dictionary_markdown().strip()


def test_build_workbook_names_differ_under_case_folding(tmp_path, capsys):
    d = tmp_path / "raw"
    d.mkdir()
    shutil.copy(_fixture(), d / "Case.txt")
    shutil.copy(FIXTURES / "03_justice_bureau_2020.txt", d / "case.txt")
    out = tmp_path / "out"
    assert main(["build", str(d), "--out", str(out), "--no-figures", "--workers", "1", "-q", "--per-report"]) == 0
    names = sorted(p.name for p in (out / "reports").iterdir())
    assert len(names) == 2 and len({n.casefold() for n in names}) == 2


# ---------------------------------------------------------------------------------------------- edges (issue 16)

def _run_cli(*args: str, env_extra: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "PYTHONPATH": str(Path(fz.__file__).resolve().parents[1]), **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "fazhi_analysis.cli", *args], capture_output=True, timeout=300,
                          env=env, cwd=cwd)


def test_build_refuses_out_inside_an_input_folder(raw, capsys):
    for out in (raw, raw / "processed", raw / "a" / "b"):
        assert main(["build", str(raw), "--out", str(out), "--workers", "1", "--no-figures"]) == 2
        err = capsys.readouterr().err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {out}: refusing to write"), err
        assert "input folder" in lines[0]
    assert sorted(p.name for p in raw.iterdir()) == ["alpha.txt", "beta.txt", "broken.txt"]  # nothing written


def test_build_refuses_out_inside_data_raw(raw, tmp_path, capsys, monkeypatch):
    (tmp_path / "data" / "raw").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    assert main(["build", str(raw), "--out", "data/raw", "--no-figures"]) == 2
    assert main(["build", str(raw), "--out", "data/raw/out", "--no-figures"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all("refusing to write" in ln and "data/raw" in ln for ln in err)
    assert list((tmp_path / "data" / "raw").iterdir()) == []
    # the project's own data/raw, whatever the working directory
    project_raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    if project_raw.is_dir():
        assert main(["build", str(raw), "--out", str(project_raw / "out"), "--no-figures"]) == 2
        assert "refusing to write" in capsys.readouterr().err
        assert not (project_raw / "out").exists()
    # a link that leads into data/raw is refused too
    (tmp_path / "sneaky").symlink_to(tmp_path / "data" / "raw")
    assert main(["build", str(raw), "--out", "sneaky", "--no-figures"]) == 2
    assert not (tmp_path / "data" / "raw" / ".cache").exists()


def test_build_next_to_an_input_folder_is_fine(raw, tmp_path, capsys):
    assert main(["build", str(raw), "--out", str(tmp_path / "raw-out"), "--workers", "1", "--no-figures",
                 "--no-excel"]) == 0


def test_build_cache_path_is_a_file(raw, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".cache").write_text("not a folder", encoding="utf-8")
    assert main(["build", str(raw), "--out", str(out), "--workers", "1", "--no-figures", "--no-excel"]) == 0
    cap = capsys.readouterr()
    assert "Traceback" not in cap.err
    warn = [ln for ln in cap.err.splitlines() if ".cache" in ln]
    assert len(warn) == 1 and warn[0].startswith(f"warning: {out / '.cache'}: cannot use the cache"), cap.err
    assert (out / "metadata.csv").exists() and (out / ".cache").read_text(encoding="utf-8") == "not a folder"


def test_build_into_a_read_only_folder(raw, tmp_path, capsys, monkeypatch):
    from fazhi_analysis import export

    out = tmp_path / "out"

    def refuse(path, data):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(export, "_atomic_write_bytes", refuse)
    assert main(["build", str(raw), "--out", str(out), "--workers", "1", "--no-figures"]) == 1
    cap = capsys.readouterr()
    assert "Traceback" not in cap.err
    assert f"error: {out}: cannot write the tables: Permission denied" in cap.err.splitlines()


def test_build_into_a_really_read_only_folder(raw, tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o555)
    try:
        res = _run_cli("build", str(raw), "--out", str(out), "--workers", "1", "--no-figures")
    finally:
        out.chmod(0o755)
    err = res.stderr.decode()
    assert res.returncode == 1 and "Traceback" not in err
    assert any(ln.startswith(f"error: {out}") and "Permission denied" in ln for ln in err.splitlines()), err


def test_build_chinese_out_with_ascii_stdout(raw, tmp_path):
    out = tmp_path / "输出"
    res = _run_cli("build", str(raw), "--out", str(out), "--workers", "1", "--no-figures", "--no-excel",
                   env_extra={"PYTHONIOENCODING": "ascii"})
    stdout, stderr = res.stdout.decode("ascii"), res.stderr.decode("ascii")  # pure ASCII: escapes, no crash
    assert res.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert "\\u8f93\\u51fa" in stdout and (out / "metadata.csv").exists()
    res = _run_cli("show", str(raw / "alpha.txt"), env_extra={"PYTHONIOENCODING": "ascii"})
    assert res.returncode == 0 and "Traceback" not in res.stderr.decode("ascii")
    res.stdout.decode("ascii")


def test_show_on_a_numeral_past_python_int_limit(tmp_path, capsys):
    text = _fixture().read_text(encoding="utf-8")
    i = text.index("件")
    big = tmp_path / "big.txt"
    big.write_text(text[:i - 3] + "共" + "一" * 5000 + text[i:], encoding="utf-8")
    code = main(["show", str(big)])
    cap = capsys.readouterr()
    assert "Traceback" not in cap.err
    if code != 0:  # until the parser caps magnitudes, at least one clean line
        lines = cap.err.strip().splitlines()
        assert code == 1 and len(lines) == 1 and lines[0].startswith(f"error: {big}: "), cap.err


def test_control_characters_in_names_are_escaped(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    evil = d / "a\x1b[2J\x1b]0;pwned\x07b.txt"
    evil.write_bytes(b"")
    shutil.copy(_fixture(), d / "good.txt")
    out = tmp_path / "out\x1b[31m"
    assert main(["build", str(d), "--out", str(out), "--workers", "1", "--no-figures", "--no-excel"]) == 0
    cap = capsys.readouterr()
    assert "\x1b" not in cap.err and "\x07" not in cap.err and "\x1b" not in cap.out
    assert "a\\x1b[2J\\x1b]0;pwned\\x07b.txt: the file is empty" in cap.err
    assert "out\\x1b[31m" in cap.out
    assert main(["show", str(evil)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b[2J" in err


def test_errors_csv_is_escaped_for_excel(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("=HYPERLINK(1).txt").write_bytes(b"")
    shutil.copy(_fixture(), "good.txt")
    assert main(["build", "=HYPERLINK(1).txt", "good.txt", "--out", "out", "--workers", "1", "--no-figures",
                 "--no-excel"]) == 0
    errors = pd.read_csv(tmp_path / "out" / "errors.csv", encoding="utf-8-sig", dtype=str)
    assert list(errors["source"]) == ["'=HYPERLINK(1).txt"]


def test_every_file_of_an_input_folder_is_parsed_or_listed(tmp_path, capsys, monkeypatch):
    import os

    d = tmp_path / "in"
    (d / "locked").mkdir(parents=True)
    (d / "locked" / "hidden_report.txt").write_bytes(_fixture().read_bytes())
    shutil.copy(_fixture(), d / "good.txt")
    os.mkfifo(d / "pipe.txt")
    (d / "gone.txt").symlink_to(d / "nowhere.txt")
    (d / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (d / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    (d / "notes.md").write_text("# my notes\n", encoding="utf-8")  # not a report kind: skipped, as documented
    real_scandir = os.scandir

    def scandir(path="."):  # root reads any folder: make this one unreadable the way a user would see it
        if Path(path) == d / "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out"
    assert main(["build", str(d), "--out", str(out), "--workers", "1", "--no-figures", "--no-excel",
                 "--no-cache"]) == 0
    errors = pd.read_csv(out / "errors.csv", encoding="utf-8-sig", dtype=str)
    got = {Path(s).name: e for s, e in zip(errors["source"], errors["error_en"])}
    assert set(got) == {"locked", "pipe.txt", "gone.txt", "scan.png", "old.doc"}, got
    zh = {Path(s).name: e for s, e in zip(errors["source"], errors["error"])}
    assert zh["pipe.txt"] == "这不是普通文件，而是命名管道（FIFO）" and zh["scan.png"] == "文件是PNG图片，不是文本报告"
    assert zh["locked"] == "文件夹无法打开（Permission denied），其中的文件未读取"
    assert zh["gone.txt"].startswith("符号链接指向的文件不存在（") and "nowhere.txt" in zh["gone.txt"]
    assert zh["old.doc"] in ("不支持旧版Word（.doc）格式：请另存为.docx", "文档设有密码：请在Word中取消密码后重新保存")
    assert "cannot be read" in got["locked"] and "Permission denied" in got["locked"]
    assert "FIFO" in got["pipe.txt"]
    assert "symbolic link" in got["gone.txt"] and "nowhere.txt" in got["gone.txt"]
    assert "PNG image" in got["scan.png"]
    assert "old .doc" in got["old.doc"] or "password" in got["old.doc"]
    meta = pd.read_csv(out / "metadata.csv", encoding="utf-8-sig", dtype=str)
    assert list(meta["doc_id"]) == ["good"]


def test_cache_write_failure_is_one_warning_line(raw, tmp_path, capsys, monkeypatch):
    def refuse(self, tables, new):
        import warnings

        warnings.warn(f"could not write the cache in {self.root}: disk full", RuntimeWarning, stacklevel=2)

    monkeypatch.setattr(corpus_mod._Cache, "save", refuse)
    out = tmp_path / "out"
    assert main(["build", str(raw), "--out", str(out), "--workers", "1", "--no-figures", "--no-excel"]) == 0
    err = capsys.readouterr().err
    assert [ln for ln in err.splitlines() if ln.startswith("warning:")] == [
        f"warning: could not write the cache in {out / '.cache'}: disk full"]
    assert "RuntimeWarning" not in err


def test_os_error_from_anywhere_is_one_line(raw, tmp_path, capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(raw / "alpha.txt"))

    monkeypatch.setattr(corpus_mod, "load_corpus", broken)
    assert main(["build", str(raw), "--out", str(tmp_path / "out"), "--no-figures"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [f"error: {raw / 'alpha.txt'}: Permission denied"]


@pytest.mark.parametrize("how", ["raise", "signal"])
def test_ctrl_c_gives_the_callers_sigint_handler_back(raw, tmp_path, capsys, monkeypatch, how):
    """After an interrupted build, ``main`` returns 130 and the caller's SIGINT handler is in place again."""
    import os
    import signal

    def interrupted(path, doc_id):
        if how == "signal":
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C, received by the build's own handler
        raise KeyboardInterrupt

    def mine(signum, frame):  # pragma: no cover - never called
        raise AssertionError("the caller's handler must not run during the build")

    monkeypatch.setattr(corpus_mod, "_parse_tables", interrupted)
    before = signal.signal(signal.SIGINT, mine)
    try:
        code = main(["build", str(raw), "--out", str(tmp_path / "out"), "--workers", "1", "--no-figures",
                     "--no-excel", "--no-cache"])
        assert signal.getsignal(signal.SIGINT) is mine
    finally:
        signal.signal(signal.SIGINT, before)
    assert code == 130
    assert "interrupted" in capsys.readouterr().err
    monkeypatch.undo()  # the real parser again: a later load in this process is not stopped by the old Ctrl-C
    try:
        assert len(fz.load_corpus(raw, workers=1).metadata) >= 1
    except KeyboardInterrupt:
        pytest.fail("the interrupted build's stop request stopped a later load")


def test_build_over_a_damaged_cache_warns_once_and_writes_the_same_tables(raw, tmp_path, capsys):
    out = tmp_path / "out"
    args = ["build", str(raw), "--out", str(out), "--workers", "1", "--no-figures", "--no-excel"]
    assert main(args) == 0
    before = {t: (out / f"{t}.csv").read_bytes() for t in schema.TABLES}
    capsys.readouterr()
    snap = next((out / ".cache").glob("snap-*"))
    for f in snap.iterdir():
        f.write_bytes(b"PAR1 not really")
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    warned = [ln for ln in err.splitlines() if ln.startswith("warning:")]
    assert len(warned) == 1 and "damaged" in warned[0] and "rebuilt" in warned[0], err
    assert {t: (out / f"{t}.csv").read_bytes() for t in schema.TABLES} == before
    assert main(args) == 0  # the rebuilt cache: no warning, same tables
    assert "warning:" not in capsys.readouterr().err
    assert {t: (out / f"{t}.csv").read_bytes() for t in schema.TABLES} == before
