"""fazhi_analysis: China's annual rule-of-law government reports (法治政府建设年度报告) as tables and charts.

Typical use::

    import fazhi_analysis as fz
    r = fz.load_report("data/raw/report.txt")
    r.metadata, r.sections, r.paragraphs, r.indicators, r.checks, r.compliance

The parser (pandas, the compiled patterns) loads on first use of a name below, so ``import fazhi_analysis``
stays cheap for tools that only need, say, ``ReportError``; matplotlib and openpyxl load only when a
chart or a workbook is made.
"""

from __future__ import annotations

from .errors import ReportError

__version__ = "0.1.0"

__all__ = ["ReportError", "Report", "Metadata", "load_report", "parse_report", "load_corpus", "Corpus",
           "__version__"]

_LAZY = {"Report": "report", "Metadata": "report", "load_report": "report", "parse_report": "report",
         "load_corpus": "corpus", "Corpus": "corpus"}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'fazhi_analysis' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
