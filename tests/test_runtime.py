"""Builds that survive faults: dead workers, memory limits, Ctrl-C, SIGKILL, concurrent builds, planted symlinks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import fazhi_analysis as fz
from fazhi_analysis import corpus as corpus_mod
from fazhi_analysis import pool, schema

FIXTURES = Path(__file__).parent / "fixtures" / "reports"
SRC = Path(__file__).resolve().parent.parent / "src"
LINUX = sys.platform.startswith("linux")


def _make_folder(folder: Path, n: int) -> Path:
    """``n`` distinct report files (fixtures with a different number of trailing newlines)."""
    bases = sorted(FIXTURES.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = bases[i % len(bases)].read_text(encoding="utf-8")
        (folder / f"r{i:03d}.txt").write_text(text + "\n" * (i // len(bases) + 1), encoding="utf-8")
    return folder


def _cli(*args: str, **kw) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(SRC), MPLBACKEND="Agg")
    return subprocess.Popen([sys.executable, "-m", "fazhi_analysis.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, **kw)


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(cond, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.05)
    return False


# ---------------------------------------------------------------------------------------------- pool


def _poisoned(real):
    def parse(path, doc_id):
        if doc_id == "r005":
            os.kill(os.getpid(), signal.SIGKILL)  # the worker dies as under the OOM killer
        if doc_id == "r007":
            bytearray(3 * 1024 ** 3)  # past the worker's memory limit
        return real(path, doc_id)
    return parse


@pytest.mark.skipif(not LINUX, reason="forked workers inherit the patched parser on Linux")
def test_dead_worker_costs_only_its_report(tmp_path, monkeypatch):
    folder = _make_folder(tmp_path / "raw", 24)
    monkeypatch.setattr(corpus_mod, "_parse_tables", _poisoned(corpus_mod._parse_tables))
    c = fz.load_corpus(folder, workers=2, worker_memory_mb=300)
    errors = dict(zip(c.errors["source"].map(lambda s: Path(s).stem), c.errors["error"]))
    assert errors == {"r005": pool.DIED, "r007": "the parser ran out of memory: the file is too large or hostile"}
    assert len(c) == 22


@pytest.mark.skipif(not LINUX, reason="needs fork")
def test_pool_results_equal_in_process(tmp_path):
    folder = _make_folder(tmp_path / "raw", 20)
    a = fz.load_corpus(folder, workers=2)
    b = fz.load_corpus(folder, workers=1)
    for t in schema.TABLES:
        pd.testing.assert_frame_equal(a.tables()[t], b.tables()[t], obj=t)


def test_worker_count_follows_input_size():
    assert corpus_mod._workers_for(3, 8) == 1
    assert corpus_mod._workers_for(16, 2) == 2
    assert corpus_mod._workers_for(1000, 4) == 4


# ---------------------------------------------------------------------------------------------- CLI faults


@pytest.mark.skipif(not LINUX, reason="signals and /proc")
@pytest.mark.parametrize("presses", [1, 2])
def test_ctrl_c_stops_quickly_without_traceback_or_workers(tmp_path, presses):
    folder = _make_folder(tmp_path / "raw", 400)
    out = tmp_path / "out"
    p = _cli("build", str(folder), "--out", str(out), "--workers", "2", "--no-excel", "--no-figures", "-q",
             "--no-cache")
    try:
        assert _wait_for(lambda: len(_children(p.pid)) >= 2, 60), "the workers never started"
        kids = _children(p.pid)
        p.send_signal(signal.SIGINT)
        if presses == 2:
            time.sleep(0.05)
            p.send_signal(signal.SIGINT)
        t0 = time.monotonic()
        _, err = p.communicate(timeout=30)
        took = time.monotonic() - t0
    finally:
        if p.poll() is None:
            p.kill()
    assert p.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert took < 10  # generous on a loaded machine; the build itself would take much longer
    assert _wait_for(lambda: not any(_alive(k) for k in kids), 5), "a worker outlived the build"


@pytest.mark.skipif(not LINUX, reason="signals and /proc")
def test_sigkill_of_the_build_takes_the_workers_along(tmp_path):
    folder = _make_folder(tmp_path / "raw", 400)
    p = _cli("build", str(folder), "--out", str(tmp_path / "out"), "--workers", "2", "--no-excel",
             "--no-figures", "-q", "--no-cache")
    try:
        assert _wait_for(lambda: len(_children(p.pid)) >= 2, 60)
        kids = _children(p.pid)
        p.kill()
        p.wait(timeout=10)
    finally:
        if p.poll() is None:
            p.kill()
    assert _wait_for(lambda: not any(_alive(k) for k in kids), 5), "a worker outlived its parent"


@pytest.mark.skipif(not LINUX, reason="needs fcntl and fork")
def test_two_concurrent_builds_take_turns(tmp_path):
    folder = _make_folder(tmp_path / "raw", 30)
    out = tmp_path / "out"
    args = ("build", str(folder), "--out", str(out), "--workers", "2", "--no-figures", "-q")
    a, b = _cli(*args), _cli(*args)
    ra, rb = a.communicate(timeout=600), b.communicate(timeout=600)
    for p, (o, e) in ((a, ra), (b, rb)):
        assert p.returncode == 0, e
        assert "Traceback" not in e
    assert len(list((out / ".cache").glob("snap-*"))) == 1
    ref = fz.load_corpus(folder, workers=1)
    got = schema.conform(pd.read_parquet(out / "indicators.parquet"), "indicators")
    want = ref.tables(extra=False)["indicators"]
    # the build's combined tables also carry each report's region, level, year and issuer (issue 12)
    pd.testing.assert_frame_equal(got[list(want.columns)], want)


@pytest.mark.skipif(not LINUX, reason="symbolic links")
def test_planted_symlinks_do_not_lead_writes_outside(tmp_path):
    folder = _make_folder(tmp_path / "raw", 2)
    out = tmp_path / "out"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    victim = elsewhere / "precious.csv"
    victim.write_text("keep me", encoding="utf-8")
    out.mkdir()
    (out / "reports").symlink_to(elsewhere, target_is_directory=True)
    (out / "indicators.csv").symlink_to(victim)
    (out / ".cache").symlink_to(elsewhere, target_is_directory=True)
    p = _cli("build", str(folder), "--out", str(out), "--per-report", "--no-figures", "-q", "--workers", "1")
    o, e = p.communicate(timeout=600)
    assert "Traceback" not in e
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert sorted(x.name for x in elsewhere.iterdir()) == ["precious.csv"]
    assert "outside the output directory" in e


def test_cache_clear_command(tmp_path):
    folder = _make_folder(tmp_path / "raw", 2)
    out = tmp_path / "out"
    from fazhi_analysis.cli import main

    assert main(["build", str(folder), "--out", str(out), "--no-figures", "--no-excel", "-q", "--workers", "1"]) == 0
    assert (out / ".cache" / "manifest.json").is_file()
    assert main(["cache", "clear", "--out", str(out)]) == 0
    assert not (out / ".cache").exists()
    assert main(["cache", "clear", "--out", str(out)]) == 0
