"""The ``fazhi`` command line: ``build`` tables, ``show`` a report, ``brief`` a deck, write the ``dictionary``."""

from __future__ import annotations

import argparse
import os
import re
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
                    "(<out>/<table>.csv and .parquet), <out>/errors.csv, one workbook per report "
                    "(<out>/reports/<doc_id>.xlsx), <out>/corpus.xlsx and charts (<out>/figures/<doc_id>/). "
                    "Files that are not reports are listed in <out>/errors.csv. Exit status: 0 when at least one "
                    "report parsed and every output was written, 1 otherwise, 2 on a usage error (an --out inside "
                    "an input folder or data/raw is refused).")
    b.add_argument("inputs", nargs="*", metavar="INPUTS", default=["data/raw"],
                   help="report files or folders (default: data/raw)")
    b.add_argument("--out", default="data/processed", help="output folder (default: data/processed)")
    b.add_argument("--workers", type=_positive_int, default=None,
                   help="processes to parse with (default: number of CPUs)")
    b.add_argument("--no-cache", action="store_true",
                   help="parse every report again instead of reusing <out>/.cache")
    b.add_argument("--no-figures", action="store_true", help="do not draw charts")
    b.add_argument("--no-excel", action="store_true", help="do not write Excel workbooks")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    b.set_defaults(func=_build)

    s = sub.add_parser("show", help="print the structure and figures of one report",
                       description="Print the metadata, section tree, indicator counts by category, and the "
                                   "check and compliance summary of one report.")
    s.add_argument("file", metavar="FILE", help="a report file (.txt, .htm, .html, .docx or .pdf)")
    s.set_defaults(func=_show)

    br = sub.add_parser("brief", help="write a briefing deck (PowerPoint) for a report or a folder",
                        description="Write a PowerPoint briefing deck. For one report: title slide, key figures "
                                    "(editable table), one slide per chart with its finding as title, and the "
                                    "compliance scorecard. For a folder: an overview comparing the reports. "
                                    "The same input gives the same bytes. Exit status: 0 written, 1 not.")
    br.add_argument("source", metavar="REPORT_OR_FOLDER", help="a report file or a folder of reports")
    br.add_argument("--out", default="briefing.pptx", help="the .pptx file to write (default: briefing.pptx)")
    br.set_defaults(func=_brief)

    d = sub.add_parser("dictionary", help="write the data dictionary as Markdown",
                       description="Write the data dictionary (every table, field, dtype and Chinese label).")
    d.add_argument("--out", default=None, help="file to write (default: print to stdout)")
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``fazhi`` command line; returns the exit status."""
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
        return args.func(args)
    except OSError as exc:  # anything the commands did not catch themselves: one line, never a traceback
        if isinstance(exc, BrokenPipeError):
            return _broken_pipe()
        _err(_os_error(exc))
        return 1
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except Exception as exc:  # a bug: one line that says so
        _err(f"internal error (please report): {type(exc).__name__}: {exc}")
        return 1


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
    from . import export
    from .corpus import collect_paths, load_corpus

    out = Path(args.out)
    refused = _refuse_out(out, args.inputs)
    if refused:
        _err(refused)
        return 2
    for item in args.inputs:
        if Path(item).is_dir() and not collect_paths(item):
            _err(f"{item}: no report files (.txt, .htm, .html, .docx, .pdf) in this folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _err(f"{out}: cannot create the output folder: {exc.strerror or exc}")
        return 1
    show_progress = not args.quiet and sys.stderr.isatty()
    cache = None if args.no_cache else out / ".cache"
    if cache is not None:
        try:
            cache.mkdir(exist_ok=True)
        except OSError as exc:  # a read-only --out, or a file named .cache: build without the cache
            _warn(f"{cache}: cannot use the cache ({exc.strerror or exc}); every report is parsed")
            cache = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(args.inputs, workers=args.workers, cache_dir=cache, progress=show_progress)
    for w in caught:  # the package's warnings, one line each; internal errors are listed below as failed files
        if issubclass(w.category, (RuntimeWarning, UserWarning)) and "internal error" not in str(w.message):
            _warn(str(w.message))

    for src, reason in corpus.errors.itertuples(index=False, name=None):
        _err(f"{src}: {reason}")
    try:
        export.write_tables(corpus.tables(extra=False), out)
        export.write_csv(corpus.errors, out / "errors.csv")
    except OSError as exc:
        _err(f"{out}: cannot write the tables: {exc.strerror or exc}")
        return 1
    except ReportError as exc:
        _err(f"{out}: cannot write the tables: {exc.reason}")
        return 1

    failed_outputs = 0
    if len(corpus):
        failed_outputs = _write_outputs(corpus, out, excel=not args.no_excel, figures=not args.no_figures,
                                        workers=args.workers, progress=show_progress)
    if len(corpus) and not args.no_excel:
        try:
            export.write_excel(corpus.tables(extra=False), out / "corpus.xlsx",
                               overview={"报告数": len(corpus), "解析失败": len(corpus.errors)})
        except OSError as exc:
            _err(f"{out / 'corpus.xlsx'}: cannot write the workbook: {exc.strerror or exc}")
            failed_outputs += 1
        except (ValueError, ReportError) as exc:
            _err(f"{out / 'corpus.xlsx'}: cannot write the workbook: {exc}")
            failed_outputs += 1

    n_warned = corpus.warnings["doc_id"].nunique()
    noun = "report" if len(corpus) == 1 else "reports"
    print(_printable(f"parsed {len(corpus)} {noun} ({n_warned} with warnings), {len(corpus.errors)} failed; "
                     f"tables in {out}" + (f"; {failed_outputs} outputs could not be written" if failed_outputs
                                           else "")))
    return 0 if len(corpus) and not failed_outputs else 1


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


def _write_outputs(corpus, out: Path, *, excel: bool, figures: bool, workers: int | None, progress: bool) -> int:
    """Workbook and charts of every report, in parallel; returns the number of reports whose output failed."""
    if figures:
        try:
            from . import plots  # noqa: F401  (imported before the workers fork)
        except ImportError as exc:
            _err(f"charts skipped: {exc}")
            figures = False
    if not (excel or figures):
        return 0
    from .export import workbook_names

    names = workbook_names(corpus.doc_ids)  # Case.txt and case.txt must not share a file on Windows or macOS
    jobs = [(doc_id, tables, str(out), excel, figures, names[doc_id]) for doc_id, tables in corpus.iter_reports()]
    n = min((os.cpu_count() or 1) if workers is None else workers, len(jobs))
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(jobs), unit="report", desc="writing", file=sys.stderr, dynamic_ncols=True)
    failed = 0
    try:
        if n <= 1:
            results = map(_write_one, jobs)
        else:
            from concurrent.futures import ProcessPoolExecutor

            pool = ProcessPoolExecutor(max_workers=n)
            results = pool.map(_write_one, jobs)
        for doc_id, problem in results:
            if problem:
                _err(f"{corpus.sources.get(doc_id, doc_id)}: cannot write outputs: {problem}")
                failed += 1
            if bar is not None:
                bar.update()
    finally:
        if n > 1:
            pool.shutdown()
        if bar is not None:
            bar.close()
    return failed


def _write_one(job) -> tuple[str, str | None]:
    """Write one report's workbook and charts; returns (doc_id, problem or None)."""
    from . import export

    doc_id, tables, out, excel, figures, name = job
    out = Path(out)
    try:
        if excel:
            export.write_excel(tables, export.safe_child(out / "reports", f"{name}.xlsx"))
        if figures:
            from . import plots

            plots.write_all(tables, export.safe_child(out / "figures", name))
    except OSError as exc:
        return doc_id, _os_error(exc)
    except (ReportError, ValueError) as exc:
        return doc_id, _one_line(exc)
    except Exception as exc:  # a bug in a writer: keep going with the other reports, but say so
        return doc_id, f"internal error (please report): {type(exc).__name__}: {_one_line(exc)}"
    return doc_id, None


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


def _describe(report) -> str:
    """The text `fazhi show` prints."""
    from . import schema

    lines = [f"{report.metadata.get('title') or report.doc_id}", ""]
    lines.append("Metadata")
    meta = report.metadata_table.iloc[0]
    labels = schema.labels("metadata")
    width = max(len(c) for c in labels)
    for c in schema.columns("metadata"):
        v = meta[c]
        if not _na(v):
            lines.append(f"  {c:<{width}}  {v}")

    secs = report.sections
    lines += ["", f"Sections ({len(secs)})"]
    for r in secs.itertuples(index=False):
        level = 1 if _na(r.level) else int(r.level)
        heading = "" if _na(r.heading) else r.heading
        part = "" if _na(r.part) else f"  [{r.part}]"
        lines.append(f"{'  ' * level}{'' if _na(r.marker) else r.marker}{heading}{part}")

    ind = report.indicators
    lines += ["", f"Indicators ({len(ind)}) by category"]
    counts = ind["category"].astype(object).where(ind["category"].notna(), "(unclassified)").value_counts()
    for cat in [*schema.CATEGORIES, "(unclassified)"]:
        if counts.get(cat, 0):
            lines.append(f"  {cat:<16}{int(counts[cat]):>5}")
    n_keyed = int(ind["key"].notna().sum())
    lines.append(f"  {'with a key':<16}{n_keyed:>5}")

    chk = report.checks
    st = chk["status"].astype(object).value_counts()
    lines += ["", f"Checks ({len(chk)}): " + ", ".join(f"{int(st.get(s, 0))} {s}" for s in schema.STATUSES)]
    for r in chk.itertuples(index=False):
        if r.status in ("fail", "warn"):
            lines.append(f"  {r.status:<5} {r.check_id}: {'' if _na(r.detail) else _one_line(r.detail)}")

    comp = report.compliance
    lines += ["", "Compliance"]
    for r in comp.itertuples(index=False):
        detail = "" if _na(r.detail) else f"  {_one_line(r.detail)}"
        lines.append(f"  {str(r.item):<15}{str(r.status):<6}{detail}")

    if report.warnings:
        lines += ["", f"Warnings ({len(report.warnings)})"]
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

    text = schema.data_dictionary_markdown()
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
