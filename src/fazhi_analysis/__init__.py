"""fazhi_analysis: China's annual rule-of-law government reports (法治政府建设年度报告) as tables and charts.

Typical use::

    import fazhi_analysis as fz
    r = fz.load_report("data/raw/report.txt")
    r.metadata, r.sections, r.paragraphs, r.indicators, r.checks, r.compliance
"""

from __future__ import annotations

from .errors import ReportError
from .report import Metadata, Report, load_report, parse_report

__version__ = "0.1.0"

__all__ = ["ReportError", "Report", "Metadata", "load_report", "parse_report", "load_corpus", "Corpus",
           "__version__"]


def __getattr__(name: str):
    # the corpus layer (process pool, progress bar) loads only when used
    if name in ("load_corpus", "Corpus"):
        from . import corpus

        return getattr(corpus, name)
    raise AttributeError(f"module 'fazhi_analysis' has no attribute {name!r}")
