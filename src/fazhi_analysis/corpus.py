"""Many reports at once: parse a folder in parallel, with a cache, into one set of tables."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import traceback
import uuid
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

from . import schema
from .errors import ReportError

__all__ = ["Corpus", "load_corpus", "REPORT_SUFFIXES", "EXTRA_COLUMNS", "collect_paths"]

#: File suffixes read when a folder is given (case-insensitive).
REPORT_SUFFIXES = (".txt", ".htm", ".html", ".docx")
#: Columns copied from each report's metadata onto every row of every corpus table, right after doc_id.
EXTRA_COLUMNS = ("region", "report_year", "issuer")
_TABLES = tuple(schema.TABLES)
_IGNORED_NAMES = {"readme.md"}
_INTERNAL = "internal error"


# ---------------------------------------------------------------------------------------------- inputs

def collect_paths(paths_or_folder: str | os.PathLike | Iterable[str | os.PathLike]) -> list[Path]:
    """The report files named by a folder, a file, or a list of files and folders.

    A folder contributes every file below it (recursively, sorted) whose suffix is one of
    ``.txt .htm .html .docx``; hidden files and folders (names starting with ``.``), ``README.md``
    and ``*.json`` are skipped. A file is taken as given, whatever its suffix (a missing file is
    reported when it is parsed). The same file named twice is kept once.
    """
    if isinstance(paths_or_folder, (str, os.PathLike)):
        items = [paths_or_folder]
    else:
        items = list(paths_or_folder)
    out: list[Path] = []
    seen: set[Path] = set()
    for item in items:
        p = Path(item)
        found = _folder_files(p) if p.is_dir() else [p]
        for f in found:
            key = f.resolve() if f.exists() else f.absolute()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def _folder_files(folder: Path) -> list[Path]:
    files = []
    for f in folder.rglob("*"):
        rel = f.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if not f.is_file() or f.name.lower() in _IGNORED_NAMES:
            continue
        if f.suffix.lower() in REPORT_SUFFIXES:
            files.append(f)
    return sorted(files, key=lambda f: f.relative_to(folder).as_posix())


def _file_sha256(path: Path) -> str | None:
    """SHA-256 of the file bytes, or None when it cannot be read (or is too large to be a report)."""
    try:
        from .load import MAX_BYTES
    except ImportError:  # pragma: no cover - load.py is always there in a release
        MAX_BYTES = 50 * 1024 * 1024
    try:
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return None
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _assign_doc_ids(paths: list[Path], shas: list[str | None]) -> list[str]:
    """One doc_id per file: the safe file stem; ``<stem>-<sha8>`` when several files share a stem.

    If that is still not unique (the same content under the same stem twice), ``-2``, ``-3`` … follow
    in input order.
    """
    from .export import safe_doc_id

    bases = [safe_doc_id(p.stem) for p in paths]
    counts = Counter(bases)
    used: set[str] = set()
    ids = []
    for base, sha in zip(bases, shas):
        cand = f"{base[:71]}-{sha[:8]}" if counts[base] > 1 and sha else base
        final, n = cand, 2
        while final in used:
            final, n = f"{cand}-{n}", n + 1
        used.add(final)
        ids.append(final)
    return ids


# ---------------------------------------------------------------------------------------------- cache

_CODE_HASH: str | None = None


def code_fingerprint() -> str:
    """Hash of the package version, its source files and its data files (part of every cache key)."""
    global _CODE_HASH
    if _CODE_HASH is None:
        from . import __version__

        pkg = Path(__file__).resolve().parent
        h = hashlib.sha256(f"fazhi_analysis {__version__}\n".encode())
        files = sorted(pkg.glob("*.py")) + sorted(p for p in (pkg / "data").rglob("*") if p.is_file())
        for f in files:
            h.update(f.relative_to(pkg).as_posix().encode() + b"\0")
            h.update(f.read_bytes())
            h.update(b"\0")
        _CODE_HASH = h.hexdigest()
    return _CODE_HASH


def cache_key(file_sha256: str) -> str:
    """Cache key of a file: sha256 of its bytes' hash together with :func:`code_fingerprint`."""
    return hashlib.sha256(f"{file_sha256}:{code_fingerprint()}".encode()).hexdigest()


_SCHEMA_DTYPES: dict[str, list] = {}


def _conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """``schema.enforce`` unless the frame already has the declared columns and dtypes (cheap check)."""
    want = _SCHEMA_DTYPES.get(table)
    if want is None:
        want = _SCHEMA_DTYPES[table] = list(schema.empty(table).dtypes.items())
    if list(df.dtypes.items()) == want:
        return df
    return schema.enforce(df, table)


def _read_cache(entry: Path) -> dict[str, pd.DataFrame] | None:
    if not entry.is_dir():
        return None
    try:
        return {t: _conform(pd.read_parquet(entry / f"{t}.parquet"), t) for t in _TABLES}
    except Exception:  # a damaged or foreign entry: parse again and overwrite it
        shutil.rmtree(entry, ignore_errors=True)
        return None


def _write_cache(entry: Path, tables: dict[str, pd.DataFrame]) -> None:
    tmp = entry.with_name(f".{entry.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
    try:
        tmp.mkdir(parents=True)
        for t in _TABLES:
            tables[t].to_parquet(tmp / f"{t}.parquet", index=False)
        try:
            os.rename(tmp, entry)
        except OSError:  # another process wrote the same entry first
            pass
    except Exception as exc:  # the cache is an optimisation: never fail a parse because of it
        warnings.warn(f"could not write cache entry {entry}: {exc}", RuntimeWarning, stacklevel=2)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------------------------- worker

@dataclass(frozen=True)
class _Job:
    index: int
    path: str
    doc_id: str
    cache_entry: str | None


@dataclass(frozen=True)
class _Result:
    index: int
    tables: dict[str, pd.DataFrame] | None
    error: str | None
    cached: bool = False


def _parse_tables(path: str, doc_id: str) -> dict[str, pd.DataFrame]:
    """Parse one file into its tables (the unit of work of the pool; tests count calls to it)."""
    from .report import load_report

    return load_report(path, doc_id=doc_id).tables()


def _run_job(job: _Job) -> _Result:
    """Tables of one file: from the cache, else parsed (and then cached). Never raises for bad input."""
    entry = Path(job.cache_entry) if job.cache_entry else None
    if entry is not None:
        tables = _read_cache(entry)
        if tables is not None:
            return _Result(job.index, tables, None, cached=True)
    try:
        tables = _parse_tables(job.path, job.doc_id)
    except ReportError as exc:
        return _Result(job.index, None, exc.reason)
    except Exception as exc:  # a bug, not bad input: keep going, but say so loudly
        tb = " ".join("".join(traceback.format_exception_only(type(exc), exc)).split())
        return _Result(job.index, None, f"{_INTERNAL} (please report): {tb}")
    if entry is not None:
        _write_cache(entry, tables)
    return _Result(job.index, tables, None)


# ---------------------------------------------------------------------------------------------- corpus

class Corpus:
    """Tables of many reports, concatenated. Build it with :func:`load_corpus`.

    Every table (``metadata``, ``sections``, ``paragraphs``, ``indicators``, ``checks``,
    ``compliance``, ``warnings``) has the schema's columns plus ``region``, ``report_year`` and
    ``issuer`` of the report, placed right after ``doc_id`` (in ``metadata`` those three columns
    move there from their usual place). Dtypes are those of the schema.

    Attributes:
        errors: DataFrame (source, error) of the files that could not be parsed.
        sources: doc_id -> the file it was read from.
        n_cached: how many reports were taken from the cache instead of parsed.
    """

    def __init__(self, reports: dict[str, dict[str, pd.DataFrame]], errors: pd.DataFrame | None = None, *,
                 sources: dict[str, str] | None = None, n_cached: int = 0):
        """Combine per-report tables (doc_id -> table name -> DataFrame, as ``Report.tables()``)."""
        self._reports = reports
        self.errors = errors if errors is not None else pd.DataFrame(
            {"source": pd.Series([], dtype="string"), "error": pd.Series([], dtype="string")})
        self.sources = dict(sources or {})
        self.n_cached = n_cached
        self._base = {t: _concat(t, [r[t] for r in reports.values()]) for t in _TABLES}
        lookup = self._base["metadata"].set_index("doc_id")[list(EXTRA_COLUMNS)]
        self._tables = {t: _with_extras(t, df, lookup) for t, df in self._base.items()}

    def __repr__(self) -> str:
        return f"<Corpus: {len(self)} reports, {len(self.indicators)} figures, {len(self.errors)} failed>"

    def __len__(self) -> int:
        return len(self._reports)

    @property
    def doc_ids(self) -> list[str]:
        """The doc_ids of the parsed reports, in input order."""
        return list(self._reports)

    metadata = property(lambda self: self._tables["metadata"], doc="One row per report.")
    sections = property(lambda self: self._tables["sections"], doc="Section trees of every report.")
    paragraphs = property(lambda self: self._tables["paragraphs"], doc="Paragraphs of every report.")
    indicators = property(lambda self: self._tables["indicators"], doc="Figures of every report.")
    checks = property(lambda self: self._tables["checks"], doc="Consistency checks of every report.")
    compliance = property(lambda self: self._tables["compliance"], doc="Compliance scorecards of every report.")
    warnings = property(lambda self: self._tables["warnings"], doc="Parser warnings of every report.")

    def tables(self, *, extra: bool = True) -> dict[str, pd.DataFrame]:
        """Every table by schema name.

        Args:
            extra: keep the ``region``/``report_year``/``issuer`` columns added after ``doc_id``. With
                ``extra=False`` the tables have exactly the schema's columns (what ``export`` writes).
        """
        return dict(self._tables if extra else self._base)

    def report_tables(self, doc_id: str) -> dict[str, pd.DataFrame]:
        """The tables of one report, exactly as ``Report.tables()`` gives them."""
        try:
            return dict(self._reports[doc_id])
        except KeyError:
            raise KeyError(f"no report {doc_id!r} in the corpus") from None

    def iter_reports(self) -> Iterator[tuple[str, dict[str, pd.DataFrame]]]:
        """(doc_id, tables) for each report, in input order."""
        for d in self._reports:
            yield d, self.report_tables(d)

    @cached_property
    def wide(self) -> pd.DataFrame:
        """One row per report (index ``doc_id``): region, report_year, issuer, then one column per
        canonical indicator key holding the value of the key's first figure in the report.

        Example: ``corpus.wide.pivot_table(index="region", columns="report_year",
        values="reconsideration.correction_rate")``.
        """
        meta = self._tables["metadata"]
        out = meta.set_index("doc_id")[list(EXTRA_COLUMNS)].copy()
        ind = self._base["indicators"]
        sub = ind.loc[ind["key"].notna(), ["doc_id", "key", "value"]]
        sub = sub.drop_duplicates(["doc_id", "key"], keep="first")
        if len(sub):
            w = sub.pivot(index="doc_id", columns="key", values="value")
            w = w.reindex(index=out.index, columns=sorted(map(str, w.columns)))
            w.columns = pd.Index(list(w.columns), dtype=object)
            out = out.join(w.astype("Float64"))
        out.index = pd.Index(out.index.astype(object), name="doc_id")
        out.columns.name = None
        return out


def _concat(table: str, frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return schema.empty(table)
    return schema.enforce(pd.concat(frames, ignore_index=True), table)


def _with_extras(table: str, df: pd.DataFrame, lookup: pd.DataFrame) -> pd.DataFrame:
    """Insert region, report_year, issuer (dtypes from schema.FIELDS) right after doc_id."""
    rest = [c for c in df.columns if c not in EXTRA_COLUMNS and c != "doc_id"]
    out = df[["doc_id"]].copy()
    keys = df["doc_id"].astype(object)
    for c in EXTRA_COLUMNS:
        vals = lookup[c].reindex(keys).to_numpy() if len(df) else []
        out[c] = pd.Series(vals, index=df.index, dtype=schema.field("metadata", c).dtype)
    for c in rest:
        out[c] = df[c]
    return out


def _progress(total: int, enabled: bool):
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="report", desc="parsing", file=sys.stderr, dynamic_ncols=True)


def load_corpus(paths_or_folder: str | os.PathLike | Iterable[str | os.PathLike], *, workers: int | None = None,
                cache_dir: str | os.PathLike | None = None, progress: bool = False) -> Corpus:
    """Parse many reports into one :class:`Corpus`.

    Files that are not reports (``ReportError``) go to ``corpus.errors`` and the rest go on. A file that
    makes the parser itself fail (a bug) is also listed there, with an error starting ``internal error``,
    and a ``RuntimeWarning`` is issued.

    Args:
        paths_or_folder: a folder (every ``.txt``/``.htm``/``.html``/``.docx`` below it), one file, or a
            list of files and folders. See :func:`collect_paths`.
        workers: processes to parse with; default ``os.cpu_count()``. ``1`` parses in this process.
        cache_dir: folder for cached tables (Parquet, one folder per file content). A file whose
            bytes, package version, package code and data files are unchanged is not parsed again.
        progress: show a progress bar (reports/s) on stderr.

    Returns:
        The corpus. ``doc_id`` is the file stem (made safe); files that share a stem get
        ``-<first 8 hex of their sha256>`` appended.
    """
    paths = collect_paths(paths_or_folder)
    shas = [_file_sha256(p) for p in paths]
    doc_ids = _assign_doc_ids(paths, shas)
    cache = Path(cache_dir) if cache_dir is not None else None
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    jobs = [_Job(i, str(p), d, str(cache / cache_key(s)) if cache is not None and s else None)
            for i, (p, d, s) in enumerate(zip(paths, doc_ids, shas))]

    n_workers = (os.cpu_count() or 1) if workers is None else int(workers)
    if n_workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    n_workers = min(n_workers, len(jobs))
    bar = _progress(len(jobs), progress)
    results: list[_Result] = []
    try:
        if n_workers <= 1:
            for job in jobs:
                results.append(_run_job(job))
                if bar is not None:
                    bar.update()
        else:
            from concurrent.futures import ProcessPoolExecutor

            chunk = max(1, min(32, len(jobs) // (n_workers * 8)))
            with ProcessPoolExecutor(max_workers=n_workers) as pool:
                for res in pool.map(_run_job, jobs, chunksize=chunk):
                    results.append(res)
                    if bar is not None:
                        bar.update()
    finally:
        if bar is not None:
            bar.close()

    reports: dict[str, dict[str, pd.DataFrame]] = {}
    sources: dict[str, str] = {}
    errors = []
    for res in results:
        job = jobs[res.index]
        if res.tables is None:
            errors.append({"source": job.path, "error": res.error})
            continue
        reports[job.doc_id] = _relabel(res.tables, job.doc_id, job.path)
        sources[job.doc_id] = job.path
    err = pd.DataFrame(errors, columns=["source", "error"]).astype("string")
    bugs = [e for e in errors if e["error"].startswith(_INTERNAL)]
    if bugs:
        warnings.warn(f"{len(bugs)} file(s) failed with an internal error (a bug, not bad input), e.g. "
                      f"{bugs[0]['source']}: {bugs[0]['error']}; see corpus.errors", RuntimeWarning, stacklevel=2)
    return Corpus(reports, err, sources=sources, n_cached=sum(r.cached for r in results))


def _relabel(tables: dict[str, pd.DataFrame], doc_id: str, source: str) -> dict[str, pd.DataFrame]:
    """Set doc_id on every table and source in metadata (cached tables may come from another file name)."""
    out = {}
    for t, df in tables.items():
        if len(df) and not (df["doc_id"] == doc_id).all():
            df = df.copy()
            df["doc_id"] = pd.Series(doc_id, index=df.index, dtype=df["doc_id"].dtype)
        out[t] = df
    meta = out["metadata"]
    if len(meta) and not (meta["source"] == source).all():
        meta = meta.copy()
        meta["source"] = pd.Series(source, index=meta.index, dtype=meta["source"].dtype)
        out["metadata"] = meta
    return out
