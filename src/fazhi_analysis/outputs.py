"""Corpus outputs of ``fazhi build``: combined tables with who-and-where columns, trends, corpus charts, and a
manifest so that a rebuild leaves no stale file."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

from . import schema

__all__ = ["schema_tables", "combined_tables", "write_combined_tables", "write_trends", "write_corpus_charts", "Manifest",
           "MANIFEST_NAME", "Background"]

#: The file, in the output folder, listing what the last build produced (paths relative to the folder).
MANIFEST_NAME = ".fazhi-outputs.json"


def schema_tables(corpus) -> dict[str, pd.DataFrame]:
    """The corpus tables with exactly the schema's columns (``corpus.tables(extra=False)``), the metadata's
    ``issuer_id`` resolved across the corpus as in ``corpus.metadata`` (see ``places.resolve_issuer_ids``)."""
    tables = corpus.tables(extra=False)
    meta = tables["metadata"]
    resolved = corpus.metadata["issuer_id"]
    if len(meta) and not meta["issuer_id"].equals(resolved):
        meta = meta.copy()
        meta["issuer_id"] = resolved.to_numpy()
        tables["metadata"] = meta
    return tables


def combined_tables(corpus) -> dict[str, pd.DataFrame]:
    """The corpus tables as written by ``build``: every table with doc_id, region, level, report_year,
    issuer and issuer_id (first, after doc_id; metadata has them in its own order), and ``checks`` with the cross-report claim checks after each report's own."""
    from .compare import claim_checks

    tables = corpus.tables(extra=True)
    tables["metadata"] = schema_tables(corpus)["metadata"]  # it has them all, in the schema's order
    claims = claim_checks(corpus)
    if len(claims):
        meta = corpus.metadata.set_index(corpus.metadata["doc_id"].astype(object))
        chk = tables["checks"]
        extra = claims.copy()
        for c in chk.columns:
            if c not in extra.columns:
                extra[c] = meta[c].reindex(extra["doc_id"].astype(object)).to_numpy()
        extra = extra[list(chk.columns)].astype(chk.dtypes.to_dict())
        order = {d: i for i, d in enumerate(corpus.doc_ids)}
        both = pd.concat([chk, extra], ignore_index=True)
        pos = both["doc_id"].astype(object).map(order)
        tables["checks"] = both.iloc[pos.argsort(kind="stable")].reset_index(drop=True)
    return tables


def _write_frame(df: pd.DataFrame, out: Path, name: str) -> list[Path]:
    from . import export

    paths = []
    for fmt, data in (("csv", export.csv_bytes(df)), ("parquet", export._parquet_bytes(df))):
        path = export.safe_child(out, f"{name}.{fmt}")
        export._atomic_write_bytes(path, data)
        paths.append(path)
    return paths


def write_combined_tables(corpus, out_dir: str | os.PathLike) -> list[Path]:
    """Write ``<out>/<table>.csv|.parquet`` for every schema table, with the corpus's who-and-where columns.

    The schema's own columns keep their declared dtypes (checked by ``schema.conform``); CSV is UTF-8 with
    BOM, Parquet keeps the dtypes (see :mod:`fazhi_analysis.export`).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in combined_tables(corpus).items():
        schema.conform(df, name)  # the declared columns are all there, with values that fit
        written += _write_frame(df, out, name)
    return written


def write_trends(corpus, out_dir: str | os.PathLike) -> list[Path]:
    """Write ``<out>/trends.csv|.parquet`` when some issuer has two or more years; returns the files."""
    from .compare import has_trends, trend

    if not has_trends(corpus):
        return []
    t = trend(corpus)
    if not len(t):
        return []
    return _write_frame(t, Path(out_dir), "trends")


def write_corpus_charts(corpus, out_dir: str | os.PathLike,
                        on_error: Callable[[str, Exception], None] | None = None) -> list[Path]:
    """The corpus charts (compare, peers, trends: see :func:`fazhi_analysis.plots.write_corpus_charts`) in
    ``<out>/figures/corpus/`` when the corpus has two or more reports; returns the files written."""
    if len(corpus) < 2:
        return []
    from . import export, plots

    return plots.write_corpus_charts(corpus, export.safe_child(Path(out_dir), "figures/corpus"), on_error=on_error)


class Manifest:
    """What a build produced, kept in ``<out>/.fazhi-outputs.json``; files the previous build listed and
    this one did not produce are removed (only those: a file the build never wrote is never touched).

    Usage::

        man = Manifest(out)
        man.add(paths)            # every file this build produced (or kept unchanged)
        removed = man.finish()    # delete the stale ones, write the new list
    """

    def __init__(self, out_dir: str | os.PathLike):
        self.out = Path(out_dir)
        self.path = self.out / MANIFEST_NAME
        self.produced: set[str] = set()
        try:
            prev = json.loads(self.path.read_text(encoding="utf-8"))
            self.previous = {str(p) for p in prev.get("files", [])} if isinstance(prev, dict) else set()
        except (OSError, ValueError):
            self.previous = set()

    def _rel(self, p: str | os.PathLike) -> str | None:
        try:
            return Path(os.path.abspath(p)).relative_to(os.path.abspath(self.out)).as_posix()
        except ValueError:
            return None

    def add(self, paths: Iterable[str | os.PathLike]) -> None:
        """Record files as produced by this build (paths outside the output folder are ignored)."""
        for p in paths:
            rel = self._rel(p)
            if rel is not None and rel != MANIFEST_NAME:
                self.produced.add(rel)

    def add_tree(self, folder: str | os.PathLike) -> None:
        """Record every file below ``folder`` (a report's chart folder the build kept or rewrote)."""
        folder = Path(folder)
        if folder.is_dir():
            self.add(f for f in folder.rglob("*") if f.is_file())

    def finish(self, on_error: Callable[[str], None] | None = None) -> list[str]:
        """Remove the stale files (and folders they leave empty), write the manifest; returns what was removed."""
        from . import export

        removed = []
        for rel in sorted(self.previous - self.produced):
            if rel.startswith("../") or rel.startswith("/") or "/../" in f"/{rel}" or rel.startswith(".cache/"):
                continue
            try:
                path = export.safe_child(self.out, rel)
            except Exception:  # noqa: BLE001 - a path that escapes the folder is never deleted
                continue
            try:
                if path.is_file() or path.is_symlink():
                    path.unlink()
                    removed.append(rel)
                    parent = path.parent
                    while parent != self.out and parent.is_dir() and not any(parent.iterdir()):
                        parent.rmdir()
                        parent = parent.parent
            except OSError as exc:
                if on_error:
                    on_error(f"{path}: cannot remove a stale output: {exc.strerror or exc}")
        try:
            data = json.dumps({"files": sorted(self.produced)}, ensure_ascii=False, indent=0).encode("utf-8")
            export._atomic_write_bytes(self.path, data)
        except OSError as exc:
            if on_error:
                on_error(f"{self.path}: cannot write the output manifest: {exc.strerror or exc}")
        return removed


def _background_child(fn: Callable[[], object], conn, parent: int) -> None:
    import signal

    from . import pool

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business: it kills us
    pool._die_with_parent(parent)
    try:
        res: object = ("ok", fn())
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which decides
        res = ("error", f"internal error (please report): {type(exc).__name__}: {exc}")
    try:
        conn.send(res)
    except Exception:  # noqa: BLE001 - an unpicklable result
        conn.send(("error", f"internal error (please report): cannot send the result {type(res[1]).__name__}"))
    conn.close()


class Background:
    """``fn()`` run in a forked child process while the caller goes on; :meth:`result` waits for its value.

    Used by ``fazhi build`` to write ``corpus.xlsx`` while the parent writes the tables and draws the
    charts: the child inherits the corpus (fork: nothing is copied or pickled), dies with the parent
    and is killed on a second Ctrl-C. Where processes cannot be forked, or with ``enabled=False``,
    ``fn`` runs in :meth:`result`. ``fn`` should return a small picklable value (a problem string or
    None); an exception in the child is returned as ``RuntimeError`` by :meth:`result`.
    """

    def __init__(self, fn: Callable[[], object], *, enabled: bool = True):
        import multiprocessing as mp

        from . import pool

        self.fn, self.proc, self.conn = fn, None, None
        if not enabled or "fork" not in mp.get_all_start_methods():
            return
        ctx = mp.get_context("fork")
        here, there = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_background_child, args=(fn, there, os.getpid()), daemon=True)
        pool._FORKING.set()
        try:
            proc.start()
        finally:
            pool._FORKING.clear()
        there.close()
        pool._LIVE.add(proc)
        self.proc, self.conn = proc, here

    def cancel(self) -> None:
        """Kill the child (its output is left unfinished: files are written under temporary names)."""
        from . import pool

        if self.proc is not None:
            if self.proc.is_alive():
                self.proc.kill()
            self.proc.join(timeout=5)
            pool._LIVE.discard(self.proc)
            self.conn.close()
            self.proc = None
        self.fn = lambda: None

    def result(self) -> object:
        """The value of ``fn()``; raises RuntimeError when the child failed or died."""
        from . import pool

        if self.proc is None:
            return self.fn()
        done = False
        try:
            try:
                kind, value = self.conn.recv()
            except EOFError:
                raise RuntimeError("the writing process died: out of memory?") from None
            done = True
        finally:
            self.conn.close()
            if not done and self.proc.is_alive():
                self.proc.kill()
            self.proc.join(timeout=5)
            pool._LIVE.discard(self.proc)
        if kind != "ok":
            raise RuntimeError(value)
        return value
