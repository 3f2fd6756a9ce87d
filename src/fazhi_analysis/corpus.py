"""Many reports at once: parse a folder in parallel, with a cache, into one set of tables."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import sys
import traceback
import uuid
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from . import schema
from .errors import ReportError
from .places import resolve_issuer_ids

__all__ = ["Corpus", "load_corpus", "clear_cache", "CacheWarning", "REPORT_SUFFIXES", "NOT_REPORT_SUFFIXES",
           "EXTRA_COLUMNS", "collect_paths"]

#: File suffixes read when a folder is given (case-insensitive).
REPORT_SUFFIXES = (".txt", ".htm", ".html", ".docx", ".pdf")
#: Columns copied from each report's metadata onto every row of every corpus table, right after doc_id.
EXTRA_COLUMNS = ("region", "level", "report_year", "issuer", "issuer_id")
_TABLES = tuple(schema.TABLES)
_IGNORED_NAMES = {"readme.md"}
_INTERNAL = "internal error"
_MANIFEST = "manifest.json"
_SNAPSHOT = re.compile(r"snap-[0-9a-f]{32}")


# ---------------------------------------------------------------------------------------------- inputs

def collect_paths(paths_or_folder: str | os.PathLike | Iterable[str | os.PathLike]) -> list[Path]:
    """The report files named by a folder, a file, or a list of files and folders.

    A folder contributes, recursively and sorted, every entry whose suffix is one of
    ``.txt .htm .html .docx .pdf``, and also every entry that is not a report but must not pass unseen:
    images and other documents (``.doc``, ``.wps``, ``.png`` …; see ``NOT_REPORT_SUFFIXES``), FIFOs,
    links to missing files, and sub-folders that cannot be read. Those are refused when parsed, so
    they land in ``Corpus.errors`` (and ``errors.csv``) with their reason. Hidden files and folders
    (names starting with ``.``), ``README.md``, ``*.json`` (labels next to reports) and files of other
    kinds (``.md``, ``.csv`` …) are skipped. Links to folders are followed once. A file is taken as
    given, whatever its suffix (a missing file is reported when it is parsed). The same file named
    twice is kept once.
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
            try:
                key = f.resolve() if f.exists() else f.absolute()
            except (OSError, RuntimeError):  # a link loop
                key = f.absolute()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


#: Suffixes of files that are not reports but are listed in the errors when a folder holds them
#: (images, other office and page formats, archives); the reason comes from the file's content.
NOT_REPORT_SUFFIXES = (".doc", ".dot", ".docm", ".dotx", ".wps", ".wpt", ".rtf", ".odt", ".ofd", ".pages",
                       ".xls", ".xlsx", ".et", ".ppt", ".pptx", ".dps", ".png", ".jpg", ".jpeg", ".gif", ".bmp",
                       ".tif", ".tiff", ".webp", ".zip", ".rar", ".7z", ".gz")


def _folder_files(folder: Path) -> list[Path]:
    """Entries of ``folder`` (recursively) that are parsed or reported: see `collect_paths`."""
    wanted = set(REPORT_SUFFIXES) | set(NOT_REPORT_SUFFIXES)
    files: list[Path] = []
    try:
        visited = {folder.resolve()}
    except (OSError, RuntimeError):
        visited = set()
    stack = [folder]
    while stack:
        d = stack.pop()
        try:
            with os.scandir(d) as it:
                entries = list(it)
        except OSError:  # unreadable sub-folder: listed, so that reading it says why
            if d != folder:
                files.append(d)
            continue
        for e in entries:
            if e.name.startswith("."):
                continue
            f = Path(e.path)
            try:
                is_dir = e.is_dir()  # follows links
            except OSError:
                is_dir = False
            if is_dir:
                try:
                    real = f.resolve()
                except (OSError, RuntimeError):
                    continue
                if real not in visited:  # a link back up the tree is followed once
                    visited.add(real)
                    stack.append(f)
                continue
            if e.name.lower() in _IGNORED_NAMES or f.suffix.lower() == ".json":
                continue
            if f.suffix.lower() in wanted:  # regular files, and FIFOs or dangling links that must be reported
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

    Stems are compared case-folded (``Case.txt`` and ``case.txt`` share one), so that per-report files
    never collide on a case-insensitive file system; a file name that is not valid UTF-8 is read with
    its undecodable bytes as ``xNN``. If that is still not unique (the same content under the same stem
    twice), ``-2``, ``-3`` … follow in input order.
    """
    from .export import safe_doc_id

    bases = [safe_doc_id(_display(p.stem)) for p in paths]
    counts = Counter(b.casefold() for b in bases)
    used: set[str] = set()
    ids = []
    for base, sha in zip(bases, shas):
        cand = f"{base[:71]}-{sha[:8]}" if counts[base.casefold()] > 1 and sha else base
        final, n = cand, 2
        while final.casefold() in used:
            final, n = f"{cand}-{n}", n + 1
        used.add(final.casefold())
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
    """A cached table with the schema's dtypes: only columns whose dtype differs are cast.

    Parquet brings back every column's kind (categories included) but not the storage of the string
    dtype; anything else unexpected (other columns, a category mismatch) goes through ``schema.enforce``.
    """
    want = _SCHEMA_DTYPES.get(table)
    if want is None:
        want = _SCHEMA_DTYPES[table] = list(schema.empty(table).dtypes.items())
    have = list(df.dtypes.items())
    if [c for c, _ in have] != [c for c, _ in want]:
        return schema.enforce(df, table)
    for (c, dt_have), (_, dt_want) in zip(have, want):
        if dt_have == dt_want:
            continue
        if isinstance(dt_have, pd.StringDtype) and isinstance(dt_want, pd.StringDtype):
            df[c] = df[c].astype(dt_want)
        else:
            return schema.enforce(df, table)
    return df


class CacheWarning(RuntimeWarning):
    """The cache was damaged or could not be written; the build goes on without it."""


def _json_checksum(body: Mapping) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=True).encode()).hexdigest()


class _Cache:
    """Cached tables of every report parsed with this code, as one Parquet file per table.

    Layout: ``<cache_dir>/manifest.json`` and ``<cache_dir>/snap-<id>/<table>.parquet`` holding the
    tables of all cached reports, with the cache key in ``doc_id``. One read per table whatever the number
    of reports: reading seven small Parquet files per report costs more than parsing the report again.

    The cache cannot lie: the manifest names the parser (package version plus a hash of its code and data
    files, :func:`code_fingerprint`) and holds the SHA-256 of every Parquet file and of itself. A cache
    of another parser is not used (and is replaced on the next write); one whose checksums fail or that
    cannot be read is discarded with a :class:`CacheWarning` and every report is parsed again. Discarding it
    whole is what the layout allows: every table file holds the rows of all reports and a report needs all
    seven, so one damaged file leaves no report complete, and a damaged manifest names no snapshot to trust;
    keeping the good reports would need per-report files (seven reads per report, the cost this layout
    avoids) or per-report checksums inside the files. Any failure to write only warns. The cache keeps every distinct file content parsed with this code; ``fazhi cache
    clear`` (or deleting the folder) empties it.
    """

    def __init__(self, root: Path):
        self.root = root
        self.tables: dict[str, pd.DataFrame] | None = None
        self.keys: set[str] = set()
        self.snapshot: str | None = None
        self._rows: dict[str, dict[str, object]] = {}
        self._n_listed: int | None = None  # reports the manifest lists, once it is read
        try:
            self._load()
        except Exception as exc:  # noqa: BLE001 - a cache we cannot read is a cache miss
            self.tables, self.keys, self.snapshot, self._rows = None, set(), None, {}
            reason = " ".join(str(exc).split())[:200] or type(exc).__name__
            lost = "" if self._n_listed is None else f", with its {self._n_listed} cached report(s)"
            warnings.warn(f"the cache in {_display(root)} is damaged ({reason}): discarded{lost}; reports are "
                          "parsed again and the cache is rebuilt", CacheWarning, stacklevel=3)

    def _load(self) -> None:
        man_path = self.root / _MANIFEST
        if not man_path.is_file():
            return
        man = json.loads(man_path.read_text(encoding="utf-8"))
        if not isinstance(man, dict) or not isinstance(man.get("body"), dict):
            raise ValueError("manifest.json has no body")
        body = man["body"]
        if man.get("checksum") != _json_checksum(body):
            raise ValueError("manifest.json checksum mismatch")
        if body.get("fingerprint") != code_fingerprint():
            return  # written by another parser version: never used
        self._n_listed = len(body.get("keys") or ())
        if not _SNAPSHOT.fullmatch(str(body.get("snapshot"))):
            raise ValueError("bad snapshot name")
        snap = self.root / body["snapshot"]
        sums = body.get("files") or {}
        tables = {}
        for t in _TABLES:
            data = (snap / f"{t}.parquet").read_bytes()
            if hashlib.sha256(data).hexdigest() != sums.get(t):
                raise ValueError(f"{t}.parquet checksum mismatch")
            tables[t] = _conform(pd.read_parquet(io.BytesIO(data)), t)
        rows = {t: df.groupby(df["doc_id"].astype(object), sort=False).indices for t, df in tables.items()}
        keys = {str(k) for k in body.get("keys", [])}
        meta_rows = rows["metadata"]
        keys = {k for k in keys if len(meta_rows.get(k, ())) == 1}  # a report without metadata is not cached
        self.tables, self.keys, self.snapshot, self._rows = tables, keys, body["snapshot"], rows

    def __contains__(self, key: object) -> bool:
        return self.tables is not None and key in self.keys

    def take(self, keys: list[str], doc_ids: list[str], sources: list[str]) -> dict[str, pd.DataFrame]:
        """The cached tables of several reports at once, relabelled with their doc_id and source."""
        out = {}
        empty = np.array([], dtype=np.int64)
        for t, df in self.tables.items():
            parts = [self._rows[t].get(k, empty) for k in keys]
            sub = df.take(np.concatenate(parts) if parts else empty).reset_index(drop=True)
            ids = np.repeat(np.array(doc_ids, dtype=object), [len(p) for p in parts])
            sub["doc_id"] = pd.array(ids, dtype=df["doc_id"].dtype)
            if t == "metadata":
                sub["source"] = pd.array(np.array(sources, dtype=object), dtype=df["source"].dtype)
            out[t] = sub
        return out

    def save(self, tables: Mapping[str, pd.DataFrame], new: Mapping[str, str]) -> None:
        """Add reports to the cache and write a new snapshot (nothing new, nothing written).

        Args:
            tables: combined tables (schema columns) that hold the reports to add.
            new: doc_id in ``tables`` -> cache key, for the reports to add.
        """
        new = {d: k for d, k in new.items() if k not in self.keys}
        if not new:
            return
        try:
            frames = {}
            for t in _TABLES:
                df = tables[t]
                ids = df["doc_id"].astype(object)
                mask = ids.isin(list(new)).to_numpy()
                sub = df[mask].reset_index(drop=True)
                sub["doc_id"] = pd.array(ids[mask].map(new).to_numpy(), dtype=df["doc_id"].dtype)
                frames[t] = ([self.tables[t]] if self.tables is not None else []) + [sub]
            self.root.mkdir(parents=True, exist_ok=True)
            name = f"snap-{uuid.uuid4().hex}"
            tmp = self.root / f".{name}.tmp"
            tmp.mkdir()
            sums = {}
            try:
                for t in _TABLES:
                    buf = io.BytesIO()
                    _concat(t, frames[t]).to_parquet(buf, index=False)
                    data = buf.getvalue()
                    sums[t] = hashlib.sha256(data).hexdigest()
                    with open(tmp / f"{t}.parquet", "xb") as fh:
                        fh.write(data)
                os.rename(tmp, self.root / name)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            keys = sorted(self.keys | set(new.values()))
            body = {"fingerprint": code_fingerprint(), "snapshot": name, "keys": keys, "files": sums}
            man_tmp = self.root / f".{_MANIFEST}.{uuid.uuid4().hex}.tmp"
            man_tmp.write_text(json.dumps({"body": body, "checksum": _json_checksum(body)}), encoding="utf-8")
            os.replace(man_tmp, self.root / _MANIFEST)
            for old in self.root.iterdir():  # older snapshots, this parser's or another's
                if _SNAPSHOT.fullmatch(old.name) and old.name != name and not old.is_symlink():
                    shutil.rmtree(old, ignore_errors=True)
            self.snapshot = name
        except Exception as exc:  # noqa: BLE001 - the cache is an optimisation: never fail a build for it
            warnings.warn(f"could not write the cache in {_display(self.root)}: {exc}", CacheWarning, stacklevel=3)


def clear_cache(cache_dir: str | os.PathLike) -> bool:
    """Delete a cache folder made by :func:`load_corpus`; returns whether there was one.

    A symbolic link is removed, never followed.
    """
    root = Path(cache_dir)
    if root.is_symlink():
        root.unlink()
        return True
    if not root.exists():
        return False
    shutil.rmtree(root)
    return True


def _display(path: str | os.PathLike) -> str:
    """A path as text that is always valid UTF-8: undecodable bytes of a file name become ``\\xNN``."""
    s = os.fspath(path)
    if isinstance(s, bytes):
        return s.decode("utf-8", "backslashreplace")
    try:
        return s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return s.encode("utf-8", "backslashreplace").decode("utf-8")


# ---------------------------------------------------------------------------------------------- worker

@dataclass(frozen=True)
class _Job:
    index: int
    path: str
    doc_id: str


@dataclass(frozen=True)
class _Result:
    index: int
    tables: dict[str, pd.DataFrame] | None
    error: str | None


def _parse_tables(path: str, doc_id: str) -> dict[str, dict[str, list]]:
    """Parse one file into its tables as column lists (the unit of work of the pool; tests count calls).

    Workers send plain lists, not DataFrames: they pickle faster, and the main process builds one
    DataFrame per table for a whole run of parsed reports instead of seven per report.
    """
    from .report import load_report

    return load_report(path, doc_id=doc_id).records()


def _warm_parser() -> None:
    """Import the parser and compile its catalogs and patterns once, in the parent before workers fork:
    each worker then starts ready (sharing the pages) instead of importing and compiling on its own."""
    from . import checks, indicators, places, quantities, report, structure  # noqa: F401

    for module, name in ((indicators, "_compiled"), (quantities, "_pattern"), (quantities, "_units"),
                         (quantities, "_duration_units"), (quantities, "_non_quantities"), (quantities, "_numbered_terms"),
                         (quantities, "_policy_topics"),
                         (checks, "_packaged_rules"), (structure, "provinces"), (places, "_provinces")):
        try:
            getattr(module, name)()
        except Exception:  # noqa: BLE001 - a warm-up only (a renamed helper too): the worker reports real problems
            pass


def _available_cpus() -> int:
    """CPUs this process may run on (its affinity where the system says, else the machine's count)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _job_died(job: _Job, reason: str) -> _Result:
    return _Result(job.index, None, reason)


def _workers_for(n_jobs: int, n_workers: int) -> int:
    """Processes worth starting: one per ``_MIN_JOBS_PER_WORKER`` jobs at most, so that starting them never
    costs more than it saves (1 means parse in this process)."""
    return max(1, min(n_workers, n_jobs // _MIN_JOBS_PER_WORKER))


_MIN_JOBS_PER_WORKER = 8


def _run_job(job: _Job) -> _Result:
    """Tables of one file. Never raises for bad input: the error is returned as text."""
    try:
        return _Result(job.index, _parse_tables(job.path, job.doc_id), None)
    except ReportError as exc:
        return _Result(job.index, None, exc.reason)
    except MemoryError:
        return _Result(job.index, None, "the parser ran out of memory: the file is too large or hostile")
    except Exception as exc:  # a bug, not bad input: keep going, but say so loudly
        tb = " ".join("".join(traceback.format_exception_only(type(exc), exc)).split())
        return _Result(job.index, None, f"{_INTERNAL} (please report): {tb}")


# ---------------------------------------------------------------------------------------------- corpus

class Corpus:
    """Tables of many reports, concatenated. Build it with :func:`load_corpus` (or from parsed reports,
    ``Corpus({r.doc_id: r.tables() for r in reports})``).

    Every table (``metadata``, ``sections``, ``paragraphs``, ``indicators``, ``checks``,
    ``compliance``, ``warnings``) has the schema's columns plus ``region``, ``level``,
    ``report_year``, ``issuer`` and ``issuer_id`` of the report, placed right after ``doc_id`` (in ``metadata`` those columns
    move there from their usual place; in ``sections``, whose ``level`` is the heading level, the report's
    level is ``admin_level``). Dtypes are those of the schema.

    Attributes:
        errors: DataFrame (source, error) of the files that could not be parsed.
        sources: doc_id -> the file it was read from.
        n_cached: how many of the reports were taken from the cache instead of parsed.
    """

    def __init__(self, reports: Mapping[str, Mapping[str, pd.DataFrame]], errors: pd.DataFrame | None = None, *,
                 sources: Mapping[str, str] | None = None, n_cached: int = 0):
        """Combine per-report tables: doc_id -> table name -> DataFrame, as given by ``Report.tables()``.

        Example: ``Corpus({r.doc_id: r.tables() for r in reports})``.
        """
        frames = {t: [_relabel(r, d, None)[t] for d, r in reports.items()] for t in _TABLES}
        self._setup(list(reports), frames, errors, sources, n_cached)

    @classmethod
    def _combine(cls, doc_ids: list[str], frames: dict[str, list[pd.DataFrame]], errors: pd.DataFrame | None,
                 sources: Mapping[str, str] | None, n_cached: int, exact: set[int] = frozenset()) -> Corpus:
        """A corpus from pieces whose rows are already grouped by report, in ``doc_ids`` order. ``exact``: ids
        of the pieces made by ``schema.frame`` in this run (declared dtypes, owned by nobody else)."""
        self = cls.__new__(cls)
        self._setup(doc_ids, frames, errors, sources, n_cached, exact)
        return self

    def _setup(self, doc_ids: list[str], frames: dict[str, list[pd.DataFrame]], errors: pd.DataFrame | None,
               sources: Mapping[str, str] | None, n_cached: int, exact: set[int] = frozenset()) -> None:
        if len(set(doc_ids)) != len(doc_ids):
            raise ValueError("doc_ids must be unique")
        self._doc_ids = list(doc_ids)
        self._pos = {d: i for i, d in enumerate(self._doc_ids)}
        self.errors = errors if errors is not None else pd.DataFrame(
            {"source": pd.Series([], dtype="string"), "error": pd.Series([], dtype="string")})
        self.sources = dict(sources or {})
        self.n_cached = n_cached
        self._base = {t: _concat(t, frames[t], exact) for t in _TABLES}
        # each report's rows are contiguous in the combined tables: keep (start, stop) instead of copies
        self._rows = {t: _row_ranges(df, self._doc_ids, t) for t, df in self._base.items()}
        lookup = self._base["metadata"].set_index("doc_id")[list(EXTRA_COLUMNS)]
        # issuer_id across the corpus: a short region form takes the one fuller form (places.resolve_issuer_ids)
        lookup["issuer_id"] = pd.array(resolve_issuer_ids(self._base["metadata"]), dtype=lookup["issuer_id"].dtype)
        # each row's report, as a row of the metadata table (one row per report, in doc_ids order)
        meta_counts = self._rows["metadata"][1] - self._rows["metadata"][0]
        at = ({t: np.repeat(np.arange(len(self._doc_ids)), stops - starts) for t, (starts, stops) in self._rows.items()}
              if (meta_counts == 1).all() else {})
        self._tables = {t: _with_extras(t, df, lookup, at.get(t)) for t, df in self._base.items()}

    def __repr__(self) -> str:
        return f"<Corpus: {len(self)} reports, {len(self.indicators)} figures, {len(self.errors)} failed>"

    def __len__(self) -> int:
        return len(self._doc_ids)

    @property
    def doc_ids(self) -> list[str]:
        """The doc_ids of the parsed reports, in input order."""
        return list(self._doc_ids)

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
            extra: keep the ``region``/``level``/``report_year``/``issuer``/``issuer_id`` columns added after ``doc_id``. With
                ``extra=False`` the tables have exactly the schema's columns (what ``export`` writes).
        """
        return dict(self._tables if extra else self._base)

    def report_tables(self, doc_id: str) -> dict[str, pd.DataFrame]:
        """The tables of one report, exactly as ``Report.tables()`` gives them."""
        try:
            i = self._pos[doc_id]
        except KeyError:
            raise KeyError(f"no report {doc_id!r} in the corpus") from None
        return {t: df.iloc[self._rows[t][0][i]:self._rows[t][1][i]].reset_index(drop=True)
                for t, df in self._base.items()}

    def iter_reports(self) -> Iterator[tuple[str, dict[str, pd.DataFrame]]]:
        """(doc_id, tables) for each report, in input order."""
        for d in self._doc_ids:
            yield d, self.report_tables(d)

    @cached_property
    def wide(self) -> pd.DataFrame:
        """One row per report (index ``doc_id``): region, level, report_year, issuer, issuer_id, then one column per
        canonical indicator key holding the value of the key's first figure in the report.

        Example: ``corpus.wide.pivot_table(index="region", columns="report_year",
        values="reconsideration.correction_rate")``.
        """
        meta = self._tables["metadata"]
        out = meta.set_index("doc_id")[list(EXTRA_COLUMNS)].copy()
        ind = self._base["indicators"]
        from .compare import own_figures

        sub = ind.loc[ind["key"].notna() & own_figures(ind), ["doc_id", "key", "value"]]
        sub = sub.drop_duplicates(["doc_id", "key"], keep="first")
        if len(sub):
            w = sub.pivot(index="doc_id", columns="key", values="value")
            w = w.reindex(index=out.index, columns=sorted(map(str, w.columns)))
            w.columns = pd.Index(list(w.columns), dtype=object)
            out = out.join(w.astype("Float64"))
        out.index = pd.Index(out.index.astype(object), name="doc_id")
        out.columns.name = None
        return out


    def trend(self, key: str | None = None) -> pd.DataFrame:
        """Each issuer's figures for ``key`` over the years, with the change: see :func:`compare.trend`."""
        from .compare import trend

        return trend(self, key)

    def peers(self, key: str, *, level: str | None = None, year: int | None = None, **kwargs) -> pd.DataFrame:
        """Rank the reports of the same level and year on ``key``: see :func:`compare.peers`."""
        from .compare import peers

        return peers(self, key, level=level, year=year, **kwargs)

    def claim_checks(self) -> pd.DataFrame:
        """The reports' change statements checked against the previous year's report: see
        :func:`compare.claim_checks`."""
        from .compare import claim_checks

        return claim_checks(self)


def _row_ranges(df: pd.DataFrame, doc_ids: list[str], table: str) -> tuple[np.ndarray, np.ndarray]:
    """(starts, stops) of each report's rows; checks that the rows are grouped by report in order."""
    codes = pd.Categorical(df["doc_id"].astype(object), categories=doc_ids).codes.astype(np.int64)
    if len(codes) and ((codes < 0).any() or (np.diff(codes) < 0).any()):
        raise ValueError(f"table {table!r}: rows are not grouped by report in doc_id order")
    counts = np.bincount(codes, minlength=len(doc_ids))
    stops = np.cumsum(counts)
    return stops - counts, stops


def _concat(table: str, frames: list[pd.DataFrame], exact: set[int] = frozenset()) -> pd.DataFrame:
    """One table from its pieces, with the declared dtypes. A single piece in ``exact`` (made by
    ``schema.frame`` for this corpus alone) is the table already: concatenating and enforcing would copy every
    column twice to the same result."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return schema.empty(table)
    if len(frames) == 1 and id(frames[0]) in exact:
        return frames[0]
    return schema.enforce(pd.concat(frames, ignore_index=True), table)


def _with_extras(table: str, df: pd.DataFrame, lookup: pd.DataFrame, at: np.ndarray | None = None) -> pd.DataFrame:
    """Insert the EXTRA_COLUMNS (dtypes of the enforced metadata table) right after doc_id.

    A table whose own columns include an extra's name under another meaning (``sections.level``, the
    heading level) gets that extra as ``admin_<name>`` (``admin_level``). ``at``: the row of ``lookup``
    (metadata, one row per report) of each row of ``df``, when known; else found by doc_id.
    """
    own = set(schema.columns(table)) if table != "metadata" else set()
    names = {c: (f"admin_{c}" if c in own else c) for c in EXTRA_COLUMNS}
    rest = [c for c in df.columns if (c in own or c not in EXTRA_COLUMNS) and c != "doc_id"]
    out = df[["doc_id"]].copy()
    keys = None if at is not None else df["doc_id"].astype(object)
    for c in EXTRA_COLUMNS:
        if at is not None:  # the same values and dtype as found by doc_id below, without a hash lookup per row
            out[names[c]] = pd.Series(lookup[c].array.take(at), index=df.index)
            continue
        vals = lookup[c].reindex(keys).to_numpy() if len(df) else []
        out[names[c]] = pd.Series(vals, index=df.index, dtype=lookup[c].dtype)  # the schema's dtype, as enforced
    for c in rest:
        out[c] = df[c]
    return out


def _progress(total: int, enabled: bool):
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="report", desc="parsing", file=sys.stderr, dynamic_ncols=True)


class _Assembler:
    """The corpus tables, built in input order: runs of cached reports in one take per table, parsed reports by
    extending one list per column (one DataFrame per table for a whole run of parsed reports, none per report)."""

    def __init__(self, cache: _Cache | None):
        self.cache = cache
        self.doc_ids: list[str] = []
        self.sources: dict[str, str] = {}
        self.frames: dict[str, list[pd.DataFrame]] = {t: [] for t in _TABLES}
        self.errors: list[dict[str, str]] = []
        self.n_cached = 0
        self.exact: set[int] = set()  # ids of the pieces made by schema.frame (the declared dtypes already)
        self._run: list[tuple[str, str, str]] = []  # (key, doc_id, source) of consecutive cached reports
        self._cols: dict[str, dict[str, list]] | None = None  # column lists of consecutive parsed reports

    def error(self, job: _Job, error: str) -> None:
        self.errors.append({"source": _display(job.path), "error": error})

    def cached(self, key: str, job: _Job) -> None:
        if self._cols is not None:
            self.flush()
        source = _display(job.path)
        self._run.append((key, job.doc_id, source))
        self.n_cached += 1
        self._ok(job.doc_id, source)

    def parsed(self, records: Mapping[str, Mapping[str, list]], job: _Job) -> None:
        if self._run:
            self.flush()
        if self._cols is None:
            self._cols = {t: {c: [] for c in schema.columns(t)} for t in _TABLES}
        source = _display(job.path)
        for t in _TABLES:
            cols = self._cols[t]
            part = records[t]
            n = len(part["doc_id"])
            for c, vals in part.items():
                if c == "doc_id":
                    cols[c].extend([job.doc_id] * n)
                elif c == "source" and t == "metadata":
                    cols[c].extend([source] * n)
                else:
                    cols[c].extend(vals)
        self._ok(job.doc_id, source)

    def _ok(self, doc_id: str, source: str) -> None:
        self.doc_ids.append(doc_id)
        self.sources[doc_id] = source

    def flush(self) -> None:
        if self._run:
            run = self._run
            got = self.cache.take([r[0] for r in run], [r[1] for r in run], [r[2] for r in run])
            for t in _TABLES:
                self.frames[t].append(got[t])
            self._run = []
        if self._cols is not None:
            cols, self._cols = self._cols, None
            for t in _TABLES:
                df = schema.frame(t, cols.pop(t))  # each table's lists freed once it is built
                self.frames[t].append(df)
                self.exact.add(id(df))


def _chunksize(n_jobs: int, n_workers: int) -> int:
    """Jobs sent to a worker at once: enough to spare round trips, few enough that the workers finish together."""
    return max(1, min(16, n_jobs // (n_workers * 8)))


def load_corpus(paths_or_folder: str | os.PathLike | Iterable[str | os.PathLike], *, workers: int | None = None,
                cache_dir: str | os.PathLike | None = None, progress: bool = False,
                worker_memory_mb: int | None = None) -> Corpus:
    """Parse many reports into one :class:`Corpus`.

    Files that are not reports (``ReportError``) go to ``corpus.errors`` and the rest go on. A file that
    makes the parser itself fail (a bug) is also listed there, with an error starting ``internal error``,
    and a ``RuntimeWarning`` is issued. A worker process that dies (killed, out of memory) costs only the
    report it held, listed with the error ``the parser process died: out of memory?``.

    Args:
        paths_or_folder: a folder (every ``.txt``/``.htm``/``.html``/``.docx`` below it), one file, or a
            list of files and folders. See :func:`collect_paths`.
        workers: processes to parse with at most; default the CPUs this process may use. Fewer are started for few
            files (one per 8 files), and ``1`` parses in this process.
        cache_dir: folder for cached tables (``manifest.json`` and one Parquet file per table holding
            every cached report, with checksums). A file whose bytes, package version, package code and
            data files are unchanged since it was cached is not parsed again; a damaged cache is discarded
            with a :class:`CacheWarning`. Within one call, files with identical bytes are parsed once
            whether or not there is a cache.
        progress: show a progress bar (reports/s) on stderr.
        worker_memory_mb: memory each worker process may allocate (MB, on top of what it holds at
            start); default ``pool.DEFAULT_MEMORY_MB``, 0 for no limit.

    Returns:
        The corpus. ``doc_id`` is the file stem (made safe); files that share a stem (compared
        case-folded) get ``-<first 8 hex of their sha256>`` appended.
    """
    from . import pool as _pool

    paths = collect_paths(paths_or_folder)
    shas = [_file_sha256(p) for p in paths]
    doc_ids = _assign_doc_ids(paths, shas)
    jobs = [_Job(i, str(p), d) for i, (p, d) in enumerate(zip(paths, doc_ids))]
    n_workers = _available_cpus() if workers is None else int(workers)
    if n_workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    memory = _pool.DEFAULT_MEMORY_MB if worker_memory_mb is None else int(worker_memory_mb)

    cache = None
    if cache_dir is not None:
        cache = _Cache(Path(cache_dir))
    keys = [cache_key(s) if s else None for s in shas]

    # each distinct content is parsed once: from the cache, else by the first file that has it
    first_of: dict[str, int] = {}
    todo: list[_Job] = []
    for job, sha, key in zip(jobs, shas, keys):
        if sha is not None:
            if sha in first_of:
                continue
            first_of[sha] = job.index
        if not (cache is not None and key in cache):
            todo.append(job)

    # the tables are assembled in input order while the workers parse: each result is added to the column
    # lists of its tables as soon as every report before it is in, and its records are then dropped (kept
    # only while a later file with the same bytes still needs them)
    asm = _Assembler(cache)
    wanted_again = Counter(first_of[sha] for job, sha in zip(jobs, shas)
                           if sha is not None and first_of[sha] != job.index)
    results: dict[int, _Result] = {}
    parsed_ok: set[int] = set()
    cursor = 0  # jobs[:cursor] are assembled

    def advance() -> None:
        nonlocal cursor
        while cursor < len(jobs):
            job, sha, key = jobs[cursor], shas[cursor], keys[cursor]
            src = first_of[sha] if sha is not None else job.index
            if src in results:
                res = results[src]
                if res.tables is None:
                    asm.error(job, res.error)
                else:
                    asm.parsed(res.tables, job)
                    parsed_ok.add(src)
                if src != job.index:
                    wanted_again[src] -= 1
                if not wanted_again.get(src):
                    results[src] = _Result(res.index, None if res.tables is None else True, res.error)
            elif src in todo_index:
                return  # not parsed yet (a file with the same bytes as an earlier one is met after it)
            else:  # from the cache
                asm.cached(key, job)
            cursor += 1

    todo_index = {j.index for j in todo}
    bar = _progress(len(jobs), progress)
    if bar is not None:
        bar.update(len(jobs) - len(todo))
    try:
        n = _workers_for(len(todo), n_workers) if n_workers > 1 else 1
        if n <= 1:
            done = map(_run_job, todo)
        else:
            _warm_parser()
            done = (res for _, res in _pool.imap(_run_job, todo, n, died=_job_died, memory_mb=memory,
                                                 chunksize=_chunksize(len(todo), n)))
        for res in done:
            results[res.index] = res
            advance()
            _pool.check_stop()
            if bar is not None:
                bar.update()
        advance()
    finally:
        if bar is not None:
            bar.close()

    asm.flush()
    errors = asm.errors
    err = pd.DataFrame(errors, columns=["source", "error"]).astype("string")
    bugs = [e for e in errors if e["error"].startswith(_INTERNAL)]
    if bugs:
        warnings.warn(f"{len(bugs)} file(s) failed with an internal error (a bug, not bad input), e.g. "
                      f"{bugs[0]['source']}: {bugs[0]['error']}; see corpus.errors", RuntimeWarning, stacklevel=2)
    corpus = Corpus._combine(asm.doc_ids, asm.frames, err, asm.sources, asm.n_cached, exact=asm.exact)
    if cache is not None:
        cache.save(corpus.tables(extra=False), {j.doc_id: keys[j.index] for j in todo
                                                if keys[j.index] and j.index in parsed_ok})
    return corpus


def _relabel(tables: dict[str, pd.DataFrame], doc_id: str, source: str | None) -> dict[str, pd.DataFrame]:
    """Set doc_id on every table and (unless None) source in metadata: tables taken from the cache or from
    another file with the same bytes carry another name."""
    out = {}
    for t, df in tables.items():
        if len(df) and not (df["doc_id"] == doc_id).all():
            df = df.copy()
            df["doc_id"] = pd.Series(doc_id, index=df.index, dtype=df["doc_id"].dtype)
        out[t] = df
    meta = out["metadata"]
    if source is not None and len(meta) and not (meta["source"] == source).all():
        meta = meta.copy()
        meta["source"] = pd.Series(source, index=meta.index, dtype=meta["source"].dtype)
        out["metadata"] = meta
    return out
