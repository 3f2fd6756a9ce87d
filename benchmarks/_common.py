"""Helpers shared by the benchmark scripts: where the seed report is, timing and summary statistics."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
FIXTURES = ROOT / "tests" / "fixtures" / "reports"

# run from a checkout without installing: make the package importable
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))


def seed_path() -> Path:
    """The seed report: the first ``data/raw/*.txt`` (sorted by name)."""
    files = sorted(RAW.glob("*.txt"))
    if not files:
        sys.exit(f"no seed report: {RAW} has no .txt file")
    return files[0]


def seed_text() -> str:
    """The text of the seed report, normalised (so parser offsets index it directly)."""
    from fazhi_analysis.load import read_input
    from fazhi_analysis.normalize import normalize_text

    return normalize_text(read_input(seed_path()).text)


def clear_text_caches() -> int:
    """Empty every per-text cache of the package, so that the next parse of the same text costs what a parse
    of a report never seen costs: each ``lru_cache`` with a bound above 1 and each module-level dict whose name
    ends in ``_CACHE`` (``indicators._MATCH_CACHE``, ``_KW_CACHE``, ``_TOPIC_CACHE``: keyed by words of the
    text). Caches of data loaded once (catalog, compiled patterns: ``lru_cache`` bound 1 or unbounded) are kept.
    Returns the number of caches emptied.

    The caches are found once (every module imported, its globals walked: about 1.2 ms, some 5.5 million
    instructions, which ``bench_instructions.py`` counted in every cold parse); each call then looks them up
    by module and name again (a cache rebound by its module is still the one emptied) and empties them.
    """
    global _TEXT_CACHES
    if _TEXT_CACHES is None:
        _TEXT_CACHES = _find_text_caches()
    n = 0
    for mod, name, kind in _TEXT_CACHES:
        obj = getattr(mod, name, None)
        if kind == "lru" and getattr(obj, "cache_clear", None) is not None:
            obj.cache_clear()
            n += 1
        elif kind == "dict" and isinstance(obj, dict):
            obj.clear()
            n += 1
    return n


_TEXT_CACHES: list | None = None


def _find_text_caches() -> list[tuple[object, str, str]]:
    """(module, global name, "lru" or "dict") of every per-text cache of the package (see clear_text_caches)."""
    import importlib
    import pkgutil

    import fazhi_analysis

    out = []
    for info in pkgutil.iter_modules(fazhi_analysis.__path__):
        mod = importlib.import_module(f"fazhi_analysis.{info.name}")
        for name, obj in vars(mod).items():
            params = getattr(obj, "cache_parameters", None)
            if params is not None and (params().get("maxsize") or 0) > 1:
                out.append((mod, name, "lru"))
        for name, obj in vars(mod).items():
            if name.endswith("_CACHE") and isinstance(obj, dict):
                out.append((mod, name, "dict"))
    return out


def timings(fn: Callable[[], object], runs: int, *, warmup: int = 1, cold: bool = True) -> list[float]:
    """Wall-clock seconds of ``runs`` calls of ``fn`` (after ``warmup`` untimed calls). With ``cold`` (the
    default) the per-text caches are emptied before every call, untimed: a benchmark that parses one text
    over and over must not be flattered by caches that a corpus of distinct reports never hits."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        if cold:
            clear_text_caches()
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def quantile(xs: list[float], q: float) -> float:
    """The ``q`` quantile of ``xs`` (linear interpolation)."""
    s = sorted(xs)
    if len(s) == 1:
        return s[0]
    pos = q * (len(s) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def summary(xs: list[float]) -> dict[str, float]:
    """median, min, p90 and max of ``xs`` (seconds)."""
    return {"median": statistics.median(xs), "min": min(xs), "p90": quantile(xs, 0.9), "max": max(xs)}


def ms(x: float) -> str:
    """Seconds as milliseconds with 2 decimals."""
    return f"{x * 1000:.2f} ms"


def table(header: list[str], rows: list[list[object]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)
