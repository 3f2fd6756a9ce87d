"""The ``fazhi`` command line: ``build`` tables, ``show`` a report, ``brief`` a deck, write the ``dictionary``."""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import ReportError

_EPILOG = "Run `fazhi COMMAND --help` for the options of a command."


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="fazhi",
        description="Turn annual rule-of-law government reports (法治政府建设年度报告) into tables and charts.",
        epilog=_EPILOG)
    p.add_argument("--version", action="version", version=f"fazhi {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser(
        "build", help="parse reports into tables, workbooks and charts",
        description="Parse every report (.txt/.htm/.html/.docx/.pdf) in INPUTS and write the combined tables "
                    "(<out>/<table>.csv and .parquet), <out>/errors.csv, <out>/corpus.xlsx and the corpus "
                    "charts (<out>/figures/corpus/). With --per-report, also one workbook per report "
                    "(<out>/reports/<doc_id>.xlsx) and its charts (<out>/figures/<doc_id>/), redrawn only "
                    "for reports that changed. One build at a time writes to an output folder (a second "
                    "one waits). Ctrl-C stops the build (twice: at once). "
                    "Files that are not reports are listed in <out>/errors.csv. Exit status: 0 when at least one "
                    "report parsed and every output was written, 1 otherwise, 2 on a usage error (an --out inside "
                    "an input folder or data/raw is refused), 130 when interrupted.")
    b.add_argument("inputs", nargs="*", metavar="INPUTS", default=["data/raw"],
                   help="report files or folders (default: data/raw)")
    b.add_argument("--out", default="data/processed", help="output folder (default: data/processed)")
    b.add_argument("--workers", type=_positive_int, default=None,
                   help="processes to parse with (default: number of CPUs)")
    b.add_argument("--no-cache", action="store_true",
                   help="parse every report again instead of reusing <out>/.cache")
    b.add_argument("--per-report", action="store_true",
                   help="also write each report's workbook and charts (cached: only changed reports are redrawn)")
    b.add_argument("--worker-memory", type=_positive_int, default=None, metavar="MB",
                   help="memory each parser process may use before it is stopped (default: 2048)")
    b.add_argument("--no-figures", action="store_true", help="do not draw charts")
    b.add_argument("--no-excel", action="store_true", help="do not write Excel workbooks")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    b.set_defaults(func=_build)

    s = sub.add_parser("show", help="print the structure and figures of one report",
                       description="Print the metadata, section tree, indicator counts by category, and the "
                                   "check and compliance summary of one report.")
    s.add_argument("file", metavar="FILE", help="a report file (.txt, .htm, .html, .docx or .pdf)")
    s.set_defaults(func=_show)

    c = sub.add_parser("cache", help="manage the parse cache of an output folder",
                       description="`fazhi cache clear` deletes <out>/.cache (the tables of reports parsed "
                                   "before); the next build parses every report again.")
    c.add_argument("action", choices=["clear"], help="what to do: clear")
    c.add_argument("--out", default="data/processed", help="output folder (default: data/processed)")
    c.set_defaults(func=_cache)

    br = sub.add_parser("brief", help="write a briefing deck (PowerPoint) for a report or a folder",
                        description="Write a PowerPoint briefing deck. For one report: title slide, key figures "
                                    "(editable table), one slide per chart with its finding as title, and the "
                                    "compliance scorecard. For a folder: an overview comparing the reports. "
                                    "The same input gives the same bytes. Exit status: 0 written, 1 not.")
    br.add_argument("source", metavar="REPORT_OR_FOLDER", help="a report file or a folder of reports")
    br.add_argument("--out", default="briefing.pptx", help="the .pptx file to write (default: briefing.pptx)")
    br.set_defaults(func=_brief)

    d = sub.add_parser("dictionary", help="write the data dictionary (--indicators: the indicator keys) as Markdown",
                       description="Write the data dictionary (every table, field, dtype and Chinese label). With "
                                   "--indicators, the indicator dictionary instead: the conventions for every key, "
                                   "then every canonical key with its Chinese name, units and definition (统计口径).")
    d.add_argument("--out", default=None, help="file to write (default: print to stdout)")
    d.add_argument("--indicators", action="store_true",
                   help="list the canonical indicator keys with their definitions (docs/indicators.md)")
    d.set_defaults(func=_dictionary)
    return p


def _positive_int(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {s!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def main(argv: Sequence[str] | None = None, *, restore_sigint: bool | None = None) -> int:
    """Run the ``fazhi`` command line; returns the exit status.

    Args:
        argv: the arguments; None reads the process's command line.
        restore_sigint: give the caller's SIGINT handler back after a caught Ctrl-C. By default only when
            ``argv`` is given (a program that goes on after the command: a test, a notebook, a script); the
            ``fazhi`` command itself (``argv`` None) keeps Ctrl-C ignored while the interpreter exits, so a
            second press cannot turn the clean exit status 130 into a death by signal.
    """
    if restore_sigint is None:
        restore_sigint = argv is not None
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    _safe_streams()
    try:
        previous = signal.getsignal(signal.SIGINT) if restore_sigint else None
    except ValueError:  # pragma: no cover - no signal support
        previous = None
    try:
        return args.func(args)
    except OSError as exc:  # anything the commands did not catch themselves: one line, never a traceback
        if isinstance(exc, BrokenPipeError):
            return _broken_pipe()
        _err(_os_error(exc))
        return 1
    except KeyboardInterrupt:
        try:  # the workers are gone and we are leaving: a second Ctrl-C must not kill the interpreter's exit
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # (a caller's own handler is given back below)
        except ValueError:  # not the main thread
            pass
        _err("interrupted")
        return 130
    except Exception as exc:  # a bug: one line that says so
        _err(f"internal error (please report): {type(exc).__name__}: {exc}")
        return 1
    finally:  # a caller that goes on (a test, a notebook, a wrapper script) gets its Ctrl-C back
        if previous is not None:
            try:
                signal.signal(signal.SIGINT, previous)
            except ValueError:  # not the main thread
                pass


def _broken_pipe() -> int:
    """`fazhi show … | head`: the reader left; stop quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return 141


def _safe_streams() -> None:
    """Never fail on a character the terminal cannot show (an ASCII or legacy console): escape it."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass


def _err(msg: str) -> None:
    print(f"error: {_one_line(msg)}", file=sys.stderr)


def _warn(msg: str) -> None:
    print(f"warning: {_one_line(msg)}", file=sys.stderr)


# Control characters (ESC starts terminal escape sequences) and bidirectional overrides, shown escaped.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _printable(s: object) -> str:
    """``s`` with control characters escaped (``\\x1b``), so that a file name cannot drive the terminal."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(s))


def _one_line(s: object) -> str:
    return " ".join(_printable(s).split())


def _os_error(exc: OSError) -> str:
    """``<path>: <reason>`` of an OS error, e.g. ``out/x.csv: Permission denied``."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename2 is not None:
        reason += f" ({os.fsdecode(exc.filename2)})"
    if exc.filename is None:
        return reason
    where = os.fsdecode(exc.filename) if isinstance(exc.filename, (str, bytes)) else str(exc.filename)
    return f"{where}: {reason}"


# ---------------------------------------------------------------------------------------------- build

def _build(args: argparse.Namespace) -> int:
    out = Path(args.out)
    refused = _refuse_out(out, args.inputs)
    if refused:
        _err(refused)
        return 2
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _err(f"{out}: cannot create the output folder: {exc.strerror or exc}")
        return 1
    previous, hits = _install_interrupts()
    try:
        with _BuildLock(out):
            return _build_locked(args, out)
    finally:
        if previous is not None and not hits["hits"]:  # after a Ctrl-C, a second one must still exit at once
            signal.signal(signal.SIGINT, previous)
        from . import pool

        pool.clear_stop()  # the stop request ends with this build: a later corpus load in the process must run


def _install_interrupts():
    """First Ctrl-C: KeyboardInterrupt (the pool kills its workers, `interrupted` is printed). Second: exit
    at once, workers killed. Returns the previous handler (None when not in the main thread) and the count
    of interrupts received."""
    from . import pool

    state = {"hits": 0}
    pool.clear_stop()

    def on_sigint(signum, frame):
        state["hits"] += 1
        if state["hits"] > 1:
            pool.kill_all()
            try:
                os.write(2, b"interrupted\n")
            finally:
                os._exit(130)
        if pool.request_stop():  # else a worker is being forked: the pool raises when the fork is done
            raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGINT, on_sigint), state
    except ValueError:  # not the main thread
        return None, state


class _BuildLock:
    """An exclusive lock on ``<out>/.fazhi-build.lock``: a second build into the same folder waits.

    The lock is held by the open file (``flock``), so it is released when the process ends however it
    ends. Where ``fcntl`` is missing (Windows) builds are not serialised.
    """

    def __init__(self, out: Path):
        self.path = out / ".fazhi-build.lock"
        self.fd: int | None = None

    def __enter__(self):
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            return self
        if self.path.is_symlink():
            self.path.unlink()
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(self.fd, 32, 0).decode("ascii", "replace").strip() or "?"
            print(f"waiting for another fazhi build (process {holder}) writing to {self.path.parent} …",
                  file=sys.stderr, flush=True)
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, f"{os.getpid()}\n".encode(), 0)
        return self

    def __exit__(self, *exc):
        if self.fd is not None:
            os.close(self.fd)  # releases the lock
            self.fd = None
        return False


def _inside(out: Path, rel: str) -> Path:
    """``out/rel`` checked on the resolved path to stay inside ``out`` (a planted symlink is refused)."""
    from . import export

    return export.safe_child(out, rel)


def _build_locked(args: argparse.Namespace, out: Path) -> int:
    from . import export
    from .corpus import CacheWarning, collect_paths, load_corpus

    for item in args.inputs:
        if Path(item).is_dir() and not collect_paths(item):
            _err(f"{item}: no report files (.txt, .htm, .html, .docx, .pdf) in this folder")
    show_progress = not args.quiet and sys.stderr.isatty()
    cache = None
    if not args.no_cache:
        try:
            cache = _inside(out, ".cache")
            cache.mkdir(exist_ok=True)
        except ReportError as exc:
            _warn(f"{out / '.cache'}: cache not used: {exc.reason}")
            cache = None
        except OSError as exc:  # a read-only --out, or a file named .cache: build without the cache
            _warn(f"{out / '.cache'}: cannot use the cache ({exc.strerror or exc}); every report is parsed")
            cache = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(args.inputs, workers=args.workers, cache_dir=cache, progress=show_progress,
                             worker_memory_mb=args.worker_memory)
    _check_stop()
    for w in caught:  # the package's warnings (CacheWarning among them), one line each; internal errors are
        # listed below as failed files
        if issubclass(w.category, (RuntimeWarning, UserWarning)) and "internal error" not in str(w.message):
            _warn(str(w.message))

    for src, reason in corpus.errors.itertuples(index=False, name=None):
        _err(f"{src}: {reason}")
    from . import outputs

    manifest = outputs.Manifest(out)
    failed_outputs = 0
    # corpus.xlsx, the slowest output, is written by a forked child while this process writes the rest
    excel = None
    if len(corpus) and not args.no_excel:
        excel = outputs.Background(lambda: _write_corpus_excel(corpus, out), enabled=args.workers != 1)
    finished = False
    try:
        try:
            manifest.add(outputs.write_combined_tables(corpus, out))
            export.write_csv(export.errors_table(corpus.errors), _inside(out, "errors.csv"))
            manifest.add([out / "errors.csv"])
            manifest.add(outputs.write_trends(corpus, out))
        except OSError as exc:
            _err(f"{out}: cannot write the tables: {exc.strerror or exc}")
            return 1
        except ReportError as exc:
            _err(f"{out}: cannot write the tables: {exc.reason}")
            return 1

        _check_stop()
        if len(corpus) and args.per_report:
            failed_outputs += _write_outputs(corpus, out, excel=not args.no_excel, figures=not args.no_figures,
                                             workers=args.workers, progress=show_progress)
        _check_stop()
        if len(corpus) >= 2 and not args.no_figures:
            chart_errors = []

            def chart_failed(stem: str, exc: Exception) -> None:
                _err(f"{out / 'figures' / 'corpus' / stem}: cannot draw the chart: {_one_line(exc)}")
                chart_errors.append(stem)

            try:
                manifest.add(outputs.write_corpus_charts(corpus, out, on_error=chart_failed))
            except ImportError as exc:
                _err(f"corpus charts skipped: {exc}")
            except (OSError, ValueError, ReportError) as exc:
                _err(f"{out / 'figures' / 'corpus'}: cannot draw the corpus charts: {_one_line(exc)}")
                failed_outputs += 1
            failed_outputs += len(chart_errors)
        _check_stop()
        finished = True
    finally:
        if excel is not None and not finished:  # an interrupt or a failure: the workbook is not waited for
            excel.cancel()
    if excel is not None:
        try:
            problem = excel.result()
        except RuntimeError as exc:
            problem = str(exc)
        if problem:
            _err(f"{out / 'corpus.xlsx'}: cannot write the workbook: {problem}")
            failed_outputs += 1
    _check_stop()
    names = export.workbook_names(corpus.doc_ids)  # the per-report file names _write_outputs used
    if len(corpus) and not args.no_excel:
        manifest.add([out / "corpus.xlsx"] + [out / "reports" / f"{names[d]}.xlsx" for d in corpus.doc_ids])
    if len(corpus) and not args.no_figures:
        for d in corpus.doc_ids:
            manifest.add_tree(out / "figures" / names[d])
    manifest.finish(on_error=_err)

    n_warned = corpus.warnings["doc_id"].nunique()
    noun = "report" if len(corpus) == 1 else "reports"
    print(_printable(f"parsed {len(corpus)} {noun} ({n_warned} with warnings), {len(corpus.errors)} failed; "
                     f"tables in {out}" + (f"; {failed_outputs} outputs could not be written" if failed_outputs
                                           else "")))
    return 0 if len(corpus) and not failed_outputs else 1


def _write_corpus_excel(corpus, out: Path) -> str | None:
    """Write <out>/corpus.xlsx; returns what went wrong, or None."""
    from . import export

    try:
        from . import outputs

        export.write_excel(outputs.schema_tables(corpus), _inside(out, "corpus.xlsx"),
                           overview={"报告数": len(corpus), "解析失败": len(corpus.errors)})
    except OSError as exc:
        return _os_error(exc)
    except (ValueError, ReportError) as exc:
        return _one_line(exc)
    return None


def _raw_folders() -> list[Path]:
    """The folders of raw reports that no build may write into: ``data/raw`` here and in the project."""
    found = [Path("data") / "raw", Path(__file__).resolve().parents[2] / "data" / "raw"]
    return [p for p in found if p.is_dir()]


def _refuse_out(out: Path, inputs: Sequence[str]) -> str | None:
    """Why ``out`` must not be written (it is or lies inside an input folder or data/raw), or None."""
    try:
        target = out.resolve()
    except (OSError, RuntimeError):
        return None  # mkdir reports what is wrong with it
    for folder, what in [(Path(i), "the input folder") for i in inputs] + [(p, "the raw-data folder") for p in
                                                                           _raw_folders()]:
        try:
            if not folder.is_dir():
                continue
            base = folder.resolve()
        except (OSError, RuntimeError):
            continue
        if target == base or base in target.parents:
            return (f"{out}: refusing to write the outputs into {what} {folder} (inputs are never written); "
                    "choose another --out")
    return None


def _check_stop() -> None:
    from . import pool

    pool.check_stop()  # an interrupt that landed where Python could not raise it


_OUTPUTS_MANIFEST = "outputs.json"


def _output_digest(corpus, doc_id: str, excel: bool, figures: bool) -> str:
    import hashlib

    from .corpus import code_fingerprint

    meta = corpus.report_tables(doc_id)["metadata"]
    sha = str(meta["sha256"].iloc[0]) if len(meta) else ""
    return hashlib.sha256(f"{code_fingerprint()}|{sha}|{doc_id}|{corpus.sources.get(doc_id)}|{excel}|{figures}"
                          .encode("utf-8", "backslashreplace")).hexdigest()


def _write_outputs(corpus, out: Path, *, excel: bool, figures: bool, workers: int | None, progress: bool) -> int:
    """Workbook and charts of every report that changed since the last build, in parallel (cached by
    content in <out>/.cache/outputs.json); returns the number of reports whose output failed."""
    import json

    from . import pool

    if figures:
        try:
            from . import plots  # noqa: F401  (imported before the workers fork)
        except ImportError as exc:
            _err(f"charts skipped: {exc}")
            figures = False
    if not (excel or figures):
        return 0
    try:
        man_path = _inside(out, f".cache/{_OUTPUTS_MANIFEST}")
        done_before = json.loads(man_path.read_text(encoding="utf-8")) if man_path.is_file() else {}
        if not isinstance(done_before, dict):
            done_before = {}
    except (OSError, ValueError, ReportError):
        man_path, done_before = None, {}
    digests = {d: _output_digest(corpus, d, excel, figures) for d in corpus.doc_ids}
    from .export import workbook_names

    names = workbook_names(corpus.doc_ids)  # Case.txt and case.txt must not share a file on Windows or macOS

    def present(d: str) -> bool:
        return ((not excel or (out / "reports" / f"{names[d]}.xlsx").is_file())
                and (not figures or (out / "figures" / names[d]).is_dir()))

    todo = [d for d in corpus.doc_ids if done_before.get(d) != digests[d] or not present(d)]
    jobs = [(d, corpus.report_tables(d), str(out), excel, figures, names[d]) for d in todo]
    n = _workers_for_outputs(len(jobs), workers)
    bar = None
    if progress and jobs:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(jobs), unit="report", desc="writing", file=sys.stderr, dynamic_ncols=True)
    failed = 0
    done = {d: v for d, v in done_before.items() if d in digests and d not in set(todo)}
    try:
        if n <= 1:
            results = map(_write_one, jobs)
        else:
            results = (r for _, r in pool.imap(_write_one, jobs, n, died=lambda j, why: (j[0], why)))
        for doc_id, problem in results:
            if problem:
                _err(f"{corpus.sources.get(doc_id, doc_id)}: cannot write outputs: {problem}")
                failed += 1
            else:
                done[doc_id] = digests[doc_id]
            if bar is not None:
                bar.update()
    finally:
        if bar is not None:
            bar.close()
        if man_path is not None:
            from . import export

            try:
                man_path.parent.mkdir(parents=True, exist_ok=True)
                export._atomic_write_bytes(man_path, json.dumps(done, sort_keys=True).encode("utf-8"))
            except OSError:
                pass
    return failed


def _workers_for_outputs(n_jobs: int, workers: int | None) -> int:
    n = (os.cpu_count() or 1) if workers is None else workers
    return max(1, min(n, n_jobs // 2))  # a chart set takes seconds: two reports per process pay for it


def _write_one(job) -> tuple[str, str | None]:
    """Write one report's workbook and charts; returns (doc_id, problem or None)."""
    from . import export

    doc_id, tables, out, excel, figures, name = job
    out = Path(out)
    try:
        if excel:
            export.write_excel(tables, _inside(out, f"reports/{name}.xlsx"))
        if figures:
            from . import plots

            plots.write_all(tables, _inside(out, f"figures/{name}"))
    except OSError as exc:
        return doc_id, _os_error(exc)
    except (ReportError, ValueError) as exc:
        return doc_id, _one_line(exc)
    except Exception as exc:  # a bug in a writer: keep going with the other reports, but say so
        return doc_id, f"internal error (please report): {type(exc).__name__}: {_one_line(exc)}"
    return doc_id, None


# ---------------------------------------------------------------------------------------------- cache

def _cache(args: argparse.Namespace) -> int:
    from .corpus import clear_cache

    out = Path(args.out)
    try:
        with _BuildLock(out) if out.is_dir() else _NoLock():
            gone = clear_cache(out / ".cache")
    except OSError as exc:
        _err(f"{out / '.cache'}: cannot clear the cache: {exc.strerror or exc}")
        return 1
    print(f"cleared {out / '.cache'}" if gone else f"no cache in {out}")
    return 0


class _NoLock:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


# ---------------------------------------------------------------------------------------------- brief

def _brief(args: argparse.Namespace) -> int:
    from .deck import write_deck

    src, out = Path(args.source), Path(args.out)
    if not src.exists():
        _err(f"{src}: the file does not exist")
        return 1
    if out.suffix.lower() != ".pptx":
        _err(f"{out}: the deck must be a .pptx file")
        return 2
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r".*internal error", category=RuntimeWarning)
            path = write_deck(src, out)
    except ReportError as exc:
        _err(str(exc))
        return 1
    except OSError as exc:
        _err(f"{exc.filename or out}: {exc.strerror or exc}")
        return 1
    print(f"wrote {path}")
    return 0


# ---------------------------------------------------------------------------------------------- show

def _show(args: argparse.Namespace) -> int:
    from .report import load_report

    try:
        report = load_report(args.file)
        text = _describe(report)
    except ReportError as exc:
        _err(str(exc))
        return 1
    except (MemoryError, RecursionError, ValueError, ArithmeticError) as exc:  # a bug on hostile text
        _err(f"{args.file}: internal error (please report): {type(exc).__name__}: {exc}")
        return 1
    _print(text)
    return 0


def _na(v) -> bool:
    import pandas as pd

    return v is None or (not isinstance(v, str) and bool(pd.isna(v)))


def _width(s: str) -> int:
    """Columns ``s`` takes in a terminal: two for a Chinese character, one for ASCII."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(width - _width(s), 0)


def _describe(report) -> str:
    """The text `fazhi show` prints, in Chinese: labels from the schema, categories from the package data,
    checks by their rule (the checks registry); codes only where they are identifiers (doc_id, keys)."""
    from . import schema
    from .checks import rule_label
    from .indicators import CATEGORY_LABELS

    def zh(table: str, col: str, v) -> str:
        return schema.value_labels(table, col).get(str(v), str(v))

    lines = [f"{report.metadata.get('title') or report.doc_id}", ""]
    lines.append("元数据")
    meta = report.metadata_table.iloc[0]
    labels = schema.labels("metadata")
    width = max(_width(v) for v in labels.values())
    for c in schema.columns("metadata"):
        v = meta[c]
        if not _na(v):
            shown = schema.metadata_source_zh(v) if c == "metadata_source" else zh("metadata", c, v)
            lines.append(f"  {_pad(labels[c], width)}  {shown}")

    secs = report.sections
    lines += ["", f"章节（{len(secs)}个）"]
    for r in secs.itertuples(index=False):
        level = 1 if _na(r.level) else int(r.level)
        heading = "" if _na(r.heading) else r.heading
        part = "" if _na(r.part) else f"  [{zh('sections', 'part', r.part)}]"
        lines.append(f"{'  ' * level}{'' if _na(r.marker) else r.marker}{heading}{part}")

    ind = report.indicators
    unclassified = "（未分类）"
    lines += ["", f"数据（{len(ind)}条），按指标类别"]
    counts = ind["category"].astype(object).where(ind["category"].notna(), unclassified).value_counts()
    rows = [(CATEGORY_LABELS.get(cat, cat), int(counts.get(cat, 0))) for cat in [*schema.CATEGORIES, unclassified]]
    rows = [r for r in rows if r[1]] + [("其中有规范指标", int(ind["key"].notna().sum()))]
    w = max(_width(name) for name, _ in rows) + 2
    lines += [f"  {_pad(name, w)}{n:>5}" for name, n in rows]

    chk = report.checks
    st = chk["status"].astype(object).value_counts()
    lines += ["", f"一致性检查（{len(chk)}项）：" + "，".join(f"{zh('checks', 'status', s)}{int(st.get(s, 0))}项"
                                                     for s in schema.STATUSES)]
    for r in chk.itertuples(index=False):
        if r.status in ("fail", "warn"):
            detail = rule_label(r.check_id) if _na(r.detail) else _one_line(r.detail)  # the detail names the rule
            lines.append(f"  {_pad(zh('checks', 'status', r.status), 6)}{detail}")

    comp = report.compliance
    lines += ["", "合规评分"]
    items = [zh("compliance", "item", r.item) for r in comp.itertuples(index=False)]
    w = max((_width(i) for i in items), default=0) + 2
    for item, r in zip(items, comp.itertuples(index=False)):
        detail = "" if _na(r.detail) else f"  {_one_line(r.detail)}"
        lines.append(f"  {_pad(item, w)}{_pad(zh('compliance', 'status', r.status), 6)}{detail}")

    if report.warnings:
        lines += ["", f"解析提示（{len(report.warnings)}条）"]
        lines += [f"  {code}: {msg}" for code, msg in report.warnings]
    return "\n".join(lines)


def _print(text: str) -> None:
    text = _printable(text)
    try:
        print(text)
    except UnicodeEncodeError:  # a console that cannot show Chinese
        enc = getattr(sys.stdout, "encoding", None) or "ascii"
        print(text.encode(enc, "backslashreplace").decode(enc))


# ---------------------------------------------------------------------------------------------- dictionary

def _dictionary(args: argparse.Namespace) -> int:
    from . import schema

    text = schema.indicator_dictionary_markdown() if args.indicators else schema.data_dictionary_markdown()
    if args.out is None:
        _print(text)
        return 0
    path = Path(args.out)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
    except OSError as exc:
        _err(f"{path}: {exc.strerror or exc}")
        return 1
    print(_printable(f"wrote {path}"))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
