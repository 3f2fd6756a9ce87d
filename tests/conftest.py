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


def check_invariants(r) -> None:
    """Lossless paragraphs, exact figure spans, sections inside the text."""
    text = r.text
    covered = [0] * len(text)
    for p in r.paragraphs.itertuples():
        assert text[p.start:p.end] == p.text
        for i in range(p.start, p.end):
            covered[i] += 1
    assert all(c == 1 or (c == 0 and text[i].isspace()) for i, c in enumerate(covered))
    for f in r.indicators.itertuples():
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.raw
    for s in r.sections.itertuples():
        assert 0 <= s.start <= s.end <= len(text)


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return sorted(RAW.glob("*.txt"))[0]


@pytest.fixture(scope="session")
def sample(sample_path):
    import fazhi_analysis as fz

    return fz.load_report(sample_path)


@pytest.fixture()
def count_parses(monkeypatch):
    """Names of the files actually parsed by the corpus layer (in-process, i.e. workers=1)."""
    from fazhi_analysis import corpus as corpus_mod

    calls: list[str] = []
    real = corpus_mod._parse_tables

    def counting(path, doc_id):
        calls.append(Path(path).name)
        return real(path, doc_id)

    monkeypatch.setattr(corpus_mod, "_parse_tables", counting)
    return calls


# the canonical keys the notebooks chart (issue list); every one must be in the catalog
REQUIRED_KEYS = frozenset({
    "approval.cases_handled", "approval.items_in_hall", "approval.hall_entry_rate", "approval.items_online",
    "normative_docs.issued", "enforcement.case_file_problems", "reconsideration.carried_over",
    "reconsideration.received", "reconsideration.accepted", "reconsideration.rejected",
    "reconsideration.concluded", "reconsideration.upheld", "reconsideration.dismissed",
    "reconsideration.corrected", "reconsideration.correction_rate", "litigation.cases",
    "litigation.head_appearance_rate", "mediation.cases", "mediation.succeeded", "mediation.success_rate",
    "oversight.npc_suggestions", "oversight.cppcc_proposals", "audit.projects", "audit.budget_execution",
    "audit.economic_responsibility", "audit.government_investment", "audit.village",
    "audit.special_investigation", "audit.policy_tracking", "hotline.calls", "hotline.satisfaction_rate",
    "disclosure.requests",
})
