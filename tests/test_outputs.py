"""Corpus outputs of ``fazhi build``: the one corpus-chart writer, the background workbook writer."""

from __future__ import annotations

import multiprocessing as mp
import os
import shutil
import time
from pathlib import Path

import pytest

import fazhi_analysis as fz
from fazhi_analysis import outputs, plots

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
FORK = "fork" in mp.get_all_start_methods()


def _child_error():
    raise OSError("disk full")


@pytest.mark.skipif(not FORK, reason="processes cannot be forked here")
def test_background_runs_in_a_child_and_returns_its_value():
    job = outputs.Background(os.getpid)
    assert job.result() != os.getpid()  # another process did the work
    assert outputs.Background(os.getpid, enabled=False).result() == os.getpid()  # inline when disabled


@pytest.mark.skipif(not FORK, reason="processes cannot be forked here")
def test_background_reports_a_failure_of_the_child():
    with pytest.raises(RuntimeError, match="OSError: disk full"):
        outputs.Background(_child_error).result()


@pytest.mark.skipif(not FORK, reason="processes cannot be forked here")
def test_background_cancel_kills_the_child():
    job = outputs.Background(lambda: time.sleep(600))
    proc = job.proc
    assert proc.is_alive()
    job.cancel()
    assert not proc.is_alive()
    assert job.result() is None  # nothing left to wait for


def _charts(corpus, out: Path, **kw) -> list[str]:
    return sorted(p.name for p in plots.write_corpus_charts(corpus, out, max_compare=1, max_peers=1,
                                                            max_issuers=1, **kw))


def test_corpus_charts_are_a_fixed_number_whatever_the_corpus_size(tmp_path):
    once = fz.load_corpus(CORPUS, workers=1)
    twice_dir = tmp_path / "twice"
    twice_dir.mkdir()
    for f in CORPUS.glob("*.txt"):  # every report twice, under another name
        shutil.copy(f, twice_dir / f.name)
        shutil.copy(f, twice_dir / f"copy_{f.name}")
    twice = fz.load_corpus(twice_dir, workers=1)
    assert len(twice) == 2 * len(once)
    a = _charts(once, tmp_path / "a")
    b = _charts(twice, tmp_path / "b")
    assert a == b  # the same charts, not one per report
    assert {n.split("_")[0] for n in a} == {"compare", "peers", "trend"}
    assert len(a) == 6  # one of each kind, PNG and SVG
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == a


def test_corpus_charts_go_on_after_a_failing_chart(tmp_path, monkeypatch):
    corpus = fz.load_corpus(CORPUS, workers=1)

    def broken(*args, **kwargs):
        raise ValueError("no room for the labels")

    monkeypatch.setattr(plots, "peers_chart", broken)
    failed = []
    names = _charts(corpus, tmp_path / "c", on_error=lambda stem, exc: failed.append((stem, str(exc))))
    assert [s for s, _ in failed] and all(s.startswith("peers_") for s, _ in failed)
    assert failed[0][1] == "no room for the labels"
    assert {n.split("_")[0] for n in names} == {"compare", "trend"}  # the others are drawn
    with pytest.raises(ValueError):  # without on_error, the error is raised
        _charts(corpus, tmp_path / "d")


def test_corpus_charts_need_two_reports(tmp_path):
    d = tmp_path / "one"
    d.mkdir()
    shutil.copy(next(CORPUS.glob("*.txt")), d)
    assert plots.write_corpus_charts(fz.load_corpus(d, workers=1), tmp_path / "e") == []
    assert not (tmp_path / "e").exists()
