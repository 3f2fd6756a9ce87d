"""Shared fixtures: paths to the genre fixtures and the embedded default report."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "reports"
RAW = ROOT / "data" / "raw"


def labelled_reports() -> list[Path]:
    """Every report file that has hand-made labels next to it (fixtures and the default sample)."""
    files = sorted(FIXTURES.glob("*.txt")) + sorted(RAW.glob("*.txt"))
    return [f for f in files if f.with_suffix(".expected.json").exists()]


def labels(path: Path) -> dict:
    return json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return sorted(RAW.glob("*.txt"))[0]


@pytest.fixture(scope="session")
def sample(sample_path):
    import fazhi_analysis as fz

    return fz.load_report(sample_path)
