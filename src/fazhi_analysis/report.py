"""The Report: one parsed report and its tables; `parse_report` and `load_report` run the whole pipe."""

from __future__ import annotations

import gc
import hashlib
import os
import re
from itertools import islice
from functools import cached_property, lru_cache, wraps
from operator import itemgetter
from pathlib import Path
from typing import Any

import pandas as pd

from . import schema
from .errors import ReportError
from .normalize import normalize_text, strip_ruby
from .quantities import Figure, extract_figures
from .structure import Structure, parse_structure

_CJK = re.compile(r"[\u4e00-\u9fff]")
_RULE_OF_LAW = re.compile(r"法治|依法行政")
_MIN_CJK = 50
# the report's own voice naming itself in its opening: 现将2022年法治政府建设情况报告如下 (title line lost)
_OWN_REPORT = re.compile(r"现将[^。！？\n“”《》]{0,30}(?:法治政府建设|依法行政)[^。！？\n“”《》]{0,16}报告如下")
_OWN_REPORT_REACH = 400  # the opening paragraph or two
_OTHER_DOCUMENT = re.compile(r"(?:通知|意见|办法|方案|决定|规定|要点|细则|公告|通告|批复|函)$")
# a page saved without its title line (a body-only view): the report's own opening sentence looks back on the
# year's work (2022年，XX司法局坚持以…，扎实推进法治政府建设，…) — not a news date (2022年3月5日) nor a notice
_OPENING_LEAD = re.compile(r"^(?:(?:(?:19|20)\d{2}\s*年(?:以来|度)?|今年以来|一年来|过去一年)[，,]|(?:19|20)\d{2}\s*年是)")
_OPENING_GENRE = re.compile(r"法治政府建设|依法行政|法治政府、|、法治政府")  # …推动法治XX、法治政府、法治社会一体化建设
_OPENING_NOT = re.compile(r"(?:通知|意见|方案|要点|办法|规定|安排)如下|特制定|制定本|提出如下|印发《"
                          r"|(?:总体要求|主要任务|指导思想|工作目标)是")
_OPENING_NEWS = re.compile(r"^[^，,。；]{0,20}?(?:召开|举行|举办)")  # 2023年，XX市召开…推进会: news of a meeting
_OPENING_PARAGRAPHS = 3  # the opening is one of the first body paragraphs (a chrome line may come first)
_MIN_GENRE_WORDS = 3  # 法治/依法行政 mentions in the whole page
# an opening paragraph that says, in its own voice, what it reports on: …圆满完成年度法治建设任务。现将2025年相关
# 工作情况报告如下 (a department report whose title line was not saved and whose one heading lacks 法治)
_REPORTS_BELOW = re.compile(r"现将[^。！？\n“”《》]{0,40}报告如下")
_REPORTED_WORK = re.compile(r"法治(?:政府)?建设|依法行政(?:各项)?工作")
# a fragment of a report (a saved excerpt that starts mid-report, a page saved as one line without its title):
# its body is the genre's own — many distinct terms of rule-of-law government work — and states figures
_GENRE_TERMS = re.compile(
    r"依法行政|法治政府|法治建设|行政复议|行政诉讼|行政应诉|出庭应诉|行政执法|执法监督|普法|法治宣传|规范性文件|"
    r"合法性审查|法律顾问|公共法律服务|法律援助|重大行政决策|权责清单|行政处罚|行政许可|习近平法治思想|述法|"
    r"双随机|府院联动|法治督察|学法"
)
# words of the same reports' other work (放管服 reform, disputes): they count towards the distinct terms only
# with at least _MIN_CORE_TERMS of the list above
_WORK_TERMS = re.compile(r"放管服|证明事项|告知承诺|政务公开|营商环境|行政审批|综合执法|执法检查|权力清单|依法履行|"
                         r"矛盾纠纷|人民调解|信访|法治化|依法治")
_MIN_CORE_TERMS = 2
_MIN_GENRE_TERMS = 5  # distinct terms of both lists
_MIN_FRAGMENT_FIGURES = 2
# …but not a notice, a plan or news, wherever it says so (a report's own body says none of these)
_NOT_FRAGMENT = re.compile(r"(?:通知|意见|方案|要点|办法|规定|安排)如下|特制定|制定本(?:方案|办法|意见|规定)|"
                           r"(?:总体要求|主要任务|指导思想|工作目标)是|会议(?:指出|强调|认为|要求)|记者|通讯员|本报讯|据悉|"
                           r"报告(?:称|指出)")


def _without_gc(func):
    """Run ``func`` with the cyclic garbage collector paused (and restored after, if it was on).

    A parse allocates many small objects that all stay alive (figures, records, column lists) and builds no
    reference cycles; on a text of 30,000 heading lines the collector's passes over them took 0.22 of
    1.7 CPU seconds and found nothing to collect. Reference counting still frees everything as usual.

    ``records()`` and ``tables()`` run paused as a whole, not only their lazy stages: the objects of the
    stages stay counted as new while the collector is paused, so the first allocation between two stages
    started a pass over all of them (2 ms of a 30 ms parse of a 7,000-character report). A corpus worker
    frees them all once its records are sent, before any pass.
    """
    @wraps(func)
    def run(*args, **kwargs):
        was_on = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()
    return run


class Metadata(dict):
    """Report metadata: a dict (title, doc_number, publish_date, …) that also allows attribute access."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class Report:
    """One parsed report. Build it with :func:`parse_report` or :func:`load_report`.

    Attributes:
        text: the report text every ``start``/``end`` offset refers to.
        source: where the report came from.
        doc_id: identifier of the report, safe as a file name.
        metadata: :class:`Metadata` (title, index_no, doc_number, publish_date, issuer, validity,
            report_year, region, recipient, signed_date, …).
        warnings: list of (code, message) the parser noticed.
    """

    def __init__(self, text: str, structure: Structure, figures: list[Figure], *, source: str, doc_id: str,
                 format: str = "text", encoding: str = "utf-8", sha256: str | None = None):
        self.text = text
        self.source = source
        self.doc_id = doc_id
        self._structure = structure
        self._figures = figures
        self.metadata = Metadata(structure.metadata)
        self.warnings: list[tuple[str, str]] = list(structure.warnings)
        self._info = {"format": format, "encoding": encoding,
                      "sha256": sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()}
        self._check_parts()

    def __repr__(self) -> str:
        m = self.metadata
        return (f"<Report {self.doc_id!r}: {m.get('title')!r}, {len(self._structure.sections)} sections, "
                f"{len(self._figures)} figures>")

    # ------------------------------------------------------------------ records (plain Python, no pandas)
    def _columns(self, table: str, rows: list[dict]) -> dict[str, list]:
        names, get = _getter(table)
        try:  # every row has every column: transpose in C
            data = dict(zip(names, map(list, zip(*map(get, rows))))) if rows else {c: [] for c in names}
        except KeyError:  # a row without some column: None there
            data = {c: [r.get(c) for r in rows] for c in names}
        data["doc_id"] = [self.doc_id] * len(rows)
        return data

    @_without_gc
    def _frame(self, table: str, rows: list[dict]) -> pd.DataFrame:
        return schema.frame(table, self._columns(table, rows))

    @_without_gc
    def records(self) -> dict[str, dict[str, list]]:
        """Every table as plain column lists (table -> column -> values, None for missing).

        The cheap form to send between processes; ``schema.frame(table, columns)`` turns one into a
        DataFrame, and lists of several reports can be concatenated first.
        """
        meta = {"source": self.source, **self._info, "n_chars": len(self.text), **self.metadata}
        return {
            "metadata": self._columns("metadata", [meta]),
            "sections": self._columns("sections", self._section_records),
            "paragraphs": self._columns("paragraphs", self._paragraph_records),
            "indicators": self._columns("indicators", self._indicator_records),
            "checks": self._columns("checks", self._check_records),
            "compliance": self._columns("compliance", self._compliance_records),
            "warnings": self._columns("warnings", [{"code": c, "message": m} for c, m in self.warnings]),
        }

    @cached_property
    @_without_gc
    def _check_records(self) -> list[dict]:
        from .checks import run_checks

        return run_checks(self._indicator_records, self.metadata, self._section_records, self._paragraph_records,
                          as_records=True)

    @cached_property
    @_without_gc
    def _compliance_records(self) -> list[dict]:
        from .checks import score_compliance

        return score_compliance(self._section_records, self._paragraph_records, self.metadata, as_records=True)

    @cached_property
    @_without_gc
    def _section_records(self) -> list[dict]:
        return [{"section_id": s.section_id, "parent_id": s.parent_id, "level": s.level, "marker": s.marker,
                 "heading": s.heading, "start": s.start, "end": s.end, "part": s.part}
                for s in self._structure.sections]

    @cached_property
    @_without_gc
    def _paragraph_records(self) -> list[dict]:
        t = self.text
        return [{"paragraph_id": p.paragraph_id, "section_id": p.section_id, "kind": p.kind,
                 "text": t[p.start:p.end], "start": p.start, "end": p.end} for p in self._structure.paragraphs]

    @cached_property
    @_without_gc
    def _indicator_records(self) -> list[dict]:
        from .indicators import annotate, link_changes, organ_level, respondent_only

        para_of = _locator([(p.start, p.end, p.paragraph_id, p.section_id) for p in self._structure.paragraphs])
        figs = self._figures
        where = [para_of(f.start) for f in figs]  # (paragraph_id, section_id), figures in document order
        from .numerals import to_simplified

        scan = to_simplified(self.text)  # traditional script is read in its simplified view (same offsets)
        ann = annotate(((sid, f.measure, f.unit, f.raw, f.sentence, f.before, f.after, f.clause)
                        for f, (_, sid) in zip(figs, where)), self._section_records, text=scan,
                       spans=[(f.start, f.end) for f in figs],
                       respondent=respondent_only(self.metadata.get("level"), self.metadata.get("issuer"),
                                                  self.metadata.get("title"), self.text[:300]),
                       year=_year_of(self.metadata.get("report_year")), level=organ_level(self.metadata.get("level"), self.metadata.get("region")),
                       department=self.metadata.get("level") == "department")
        if scan is not self.text:  # names in the characters printed (會前學法, not 会前学法)
            ann["name"] = [_as_printed(n, scan, self.text, f.start, f.end) for n, f in zip(ann["name"], figs)]
        rows = []
        shared: dict[str, str] = {}  # figures of one sentence share one string (lighter to send and to keep)
        for i, (f, (pid, sid)) in enumerate(zip(figs, where), 1):
            j = i - 1
            rows.append({"indicator_id": i, "section_id": sid, "paragraph_id": pid, "category": ann["category"][j],
                         "key": ann["key"][j], "name": _bare(ann["name"][j] or f.name), "role": ann["role"][j],
                         "part_of": ann["part_of"][j], "measure": f.measure, "value": f.value,
                         "value_high": f.value_high, "unit": f.unit, "qualifier": f.qualifier,
                         "direction": f.direction, "raw": f.raw, "start": f.start, "end": f.end,
                         "sentence": shared.setdefault(f.sentence, f.sentence), "key_basis": ann["key_basis"][j],
                         "base_key": ann["base_key"][j], "sentence_start": f.sentence_start})  # not a column: spares checks a search
        return link_changes(rows)

    # ------------------------------------------------------------------ tables
    @cached_property
    def metadata_table(self) -> pd.DataFrame:
        """The metadata as a one-row DataFrame (schema table ``metadata``)."""
        row = {"source": self.source, **self._info, "n_chars": len(self.text), **self.metadata}
        return self._frame("metadata", [row])

    @cached_property
    def sections(self) -> pd.DataFrame:
        """The section tree: section_id, parent_id, level, marker, heading, start, end, part."""
        return self._frame("sections", self._section_records)

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """Lossless paragraphs: paragraph_id, section_id, kind, text, start, end."""
        return self._frame("paragraphs", self._paragraph_records)

    @cached_property
    def indicators(self) -> pd.DataFrame:
        """Every figure: value, unit, qualifier, measure, category, canonical key and provenance."""
        return self._frame("indicators", self._indicator_records)

    @cached_property
    def checks(self) -> pd.DataFrame:
        """Consistency checks: check_id, kind, status, expected, reported, detail."""
        return self._frame("checks", self._check_records)

    @cached_property
    def compliance(self) -> pd.DataFrame:
        """Compliance scorecard: item, status, evidence, detail."""
        return self._frame("compliance", self._compliance_records)

    @property
    def warnings_table(self) -> pd.DataFrame:
        """Warnings as a DataFrame: code, message."""
        return self._frame("warnings", [{"code": c, "message": m} for c, m in self.warnings])

    @_without_gc
    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table of the report, by schema table name."""
        return {"metadata": self.metadata_table, "sections": self.sections, "paragraphs": self.paragraphs,
                "indicators": self.indicators, "checks": self.checks, "compliance": self.compliance,
                "warnings": self.warnings_table}

    def to_excel(self, path: str | os.PathLike) -> Path:
        """Write the analyst's workbook (one sheet per table, overview, data dictionary) to ``path``."""
        from .export import write_excel

        return write_excel(self.tables(), path)

    # ------------------------------------------------------------------ internal
    def _check_parts(self) -> None:
        secs = self._structure.sections
        if not secs:
            return
        parts = {s.part for s in secs}
        missing = [p for p in ("achievements", "shortcomings", "plans") if p not in parts]
        if missing:
            self.warnings.append(("missing_parts", "报告缺少以下部分：" + "、".join(schema.PART_LABELS[p] for p in missing)))
        paras = self._structure.paragraphs
        if not any(p.kind == "closing" for p in paras):
            self.warnings.append(("no_closing", "没有落款和日期：报告可能不完整"))
        body = [p for p in paras if p.kind == "body"]
        if body and self.text[body[-1].end - 1] not in "。！？!?；;：:）)”\"":
            self.warnings.append(("ends_mid_sentence", "正文最后一段没有结束标点：文本可能被截断"))


@lru_cache(maxsize=None)
def _getter(table: str) -> tuple[tuple[str, ...], itemgetter]:
    """The columns of ``table`` but doc_id, and a function that gives a row's values of them as a tuple."""
    names = tuple(c for c in schema.columns(table) if c != "doc_id")
    get = itemgetter(*names)
    return names, (get if len(names) > 1 else lambda row: (get(row),))


def _year_of(v) -> int | None:
    """The report year as an int, or None when the metadata has none (or not a year)."""
    try:
        y = int(v)
    except (TypeError, ValueError):
        return None
    return y if 1900 < y < 2200 else None


def _bare(name: str | None) -> str | None:
    """A name without list punctuation before it (``、行政执法专项会议`` on a page with stray commas)."""
    return (name.lstrip("、，,；;：:") or None) if name else name


def _as_printed(name: str | None, scan: str, text: str, start: int, end: int) -> str | None:
    """``name`` (read in the simplified view ``scan``) in the characters of ``text`` near the figure."""
    if not name:
        return name
    lo, hi = max(0, start - 400), min(len(scan), end + 400)
    at = scan.rfind(name, lo, start)
    if at < 0:
        at = scan.find(name, end, hi)
    return text[at:at + len(name)] if at >= 0 else name


def _locator(rows: list[tuple[int, int, int, int | None]]):
    """Map an offset to (paragraph_id, section_id) with a moving pointer (figures come in order)."""
    state = {"i": 0}

    def find(pos: int):
        i = state["i"]
        while i < len(rows) and rows[i][1] <= pos:
            i += 1
        state["i"] = i
        if i < len(rows) and rows[i][0] <= pos:
            return rows[i][2], rows[i][3]
        return None, None

    return find


def _names_itself(text: str) -> bool:
    """Whether the opening says, in its own voice and outside quotation marks, that it reports on 法治政府建设.

    A news article quoting such a sentence has it inside “…”, and a headline or notice around it stays refused.
    """
    m = _OWN_REPORT.search(text, 0, _OWN_REPORT_REACH)
    if m is None:
        return False
    head = text[:m.start()]
    return head.count("“") <= head.count("”") and head.count("\"") % 2 == 0


def _opens_as_report(text: str, structure: Structure) -> bool:
    """Whether a page without a title opens like the genre: a look back on the year about 法治政府建设 in the
    report's own voice (``2022年，XX局坚持以…，扎实推进法治政府建设，取得…``), in its first two sentences, and
    not a notice, a work plan (``总体要求是``) or news of a meeting (``召开``)."""
    if len(_RULE_OF_LAW.findall(text)) < _MIN_GENRE_WORDS:
        return False
    from .numerals import to_simplified

    body = [p for p in structure.paragraphs if p.kind == "body"][:_OPENING_PARAGRAPHS]
    for p in body:
        line = to_simplified(text[p.start:min(p.end, p.start + 400)])
        if not _OPENING_LEAD.match(line):
            continue
        sentences = re.split(r"[。！？]", line, maxsplit=2)[:2]  # 2022年是…之年。一年来，XX…法治政府建设
        if _OPENING_NEWS.search(line[_OPENING_LEAD.match(line).end():]):
            return False
        return any(_OPENING_GENRE.search(x) for x in sentences) and not any(_OPENING_NOT.search(x) for x in sentences)
    return False


def _reports_on_genre(text: str, structure: Structure) -> bool:
    """Whether an opening paragraph announces a report (``现将…报告如下``) on the year's 法治(政府)建设 or 依法行政
    work, named in that statement or in the sentence before it, in its own voice (outside quotation marks).

    A general work summary (its opening names no rule-of-law work), a news item (no announcement), a notice or a
    mid-report fragment (no opening) stay refused.
    """
    if len(_RULE_OF_LAW.findall(text)) < _MIN_GENRE_WORDS:
        return False
    from .numerals import to_simplified

    body = [p for p in structure.paragraphs if p.kind == "body"][:_OPENING_PARAGRAPHS]
    for p in body:
        line = to_simplified(text[p.start:min(p.end, p.start + _OWN_REPORT_REACH)])
        m = _REPORTS_BELOW.search(line)
        if m is None:
            continue
        head = line[:m.start()]
        lead = _OPENING_LEAD.match(head)
        if head.count("“") > head.count("”") or head.count("\"") % 2 or _OPENING_NEWS.search(head[lead.end() if lead else 0:]):
            return False
        sentences = [x for x in re.split(r"[。！？]", head) if x.strip()][-1:] + [m.group(0)]
        return any(_REPORTED_WORK.search(x) for x in sentences) and not any(_OPENING_NOT.search(x) for x in sentences)
    return False


def _add_terms(pattern: re.Pattern, scan: str, terms: set[str]) -> None:
    """Add the distinct matches of ``pattern`` in ``scan`` to ``terms`` until it holds ``_MIN_GENRE_TERMS``."""
    if len(terms) >= _MIN_GENRE_TERMS:
        return
    for m in pattern.finditer(scan):
        terms.add(m.group(0))
        if len(terms) >= _MIN_GENRE_TERMS:
            return


def _reads_as_fragment(text: str, structure: Structure) -> list | None:
    """The figures of a title-less text whose body is plainly a rule-of-law government report's (at least
    ``_MIN_GENRE_TERMS`` distinct terms of the genre's work and ``_MIN_FRAGMENT_FIGURES`` figures), and that
    says nowhere that it is a notice, a plan or news; None otherwise."""
    from .numerals import to_simplified

    scan = to_simplified(text)  # traditional script is read through its simplified view
    terms: set[str] = set()
    _add_terms(_GENRE_TERMS, scan, terms)
    if len(terms) < _MIN_CORE_TERMS:
        return None
    _add_terms(_WORK_TERMS, scan, terms)
    if len(terms) < _MIN_GENRE_TERMS:
        return None
    if _NOT_FRAGMENT.search(scan):
        return None
    spans = [(p.start, p.end) for p in structure.paragraphs if p.kind in ("body", "heading")]
    figures = extract_figures(text, spans)
    return figures if len(figures) >= _MIN_FRAGMENT_FIGURES else None


def _doc_id(source: str) -> str:
    from .export import safe_doc_id

    return safe_doc_id(Path(source).stem if source else "report")


@_without_gc
def parse_report(text: str, source: str = "<text>", *, doc_id: str | None = None, format: str = "text",
                 encoding: str = "utf-8", sha256: str | None = None) -> Report:
    """Parse the text of a report into a :class:`Report`.

    Args:
        text: the report text (any line endings; it is normalised first).
        source: a name for messages and the default ``doc_id``.
        doc_id: identifier to use instead of one derived from ``source``.

    Raises:
        ReportError: the text is empty, has too little Chinese text, or is not a rule-of-law report.
    """
    if not isinstance(text, str):
        raise ReportError(source, f"expected the report text as str, got {type(text).__name__}")
    text, n_ruby = strip_ruby(normalize_text(text))
    if not text.strip():
        raise ReportError(source, "the text is empty")
    n_cjk = sum(1 for _ in islice(_CJK.finditer(text), _MIN_CJK))
    if n_cjk < _MIN_CJK:
        raise ReportError(source, f"not a report: only {n_cjk} Chinese characters (a report has hundreds)")
    structure = parse_structure(text)
    has_title = any(p.kind == "title" for p in structure.paragraphs)
    first = next((text[p.start:p.end] for p in structure.paragraphs if p.kind == "body"), "")
    other_kind = _OTHER_DOCUMENT.search(structure.metadata.get("title") or first[:80])
    if not has_title and other_kind:
        raise ReportError(source, f"not a rule-of-law government report: it reads like a {other_kind.group(0)} "
                          "(the title ends with it), not an annual report")
    figures = None
    # (the genre words are counted only for a page without a title: most pages have one and skip the scan)
    if not has_title and not (len(_RULE_OF_LAW.findall(text)) >= 2 and len(structure.sections) >= 2) \
            and not _names_itself(text) \
            and not _opens_as_report(text, structure) and not _reports_on_genre(text, structure):
        figures = _reads_as_fragment(text, structure)
        if figures is None:
            raise ReportError(source, "not a rule-of-law government report: no title such as "
                              "“…法治政府建设…报告/情况” and no numbered sections about 法治/依法行政")
        structure.warnings.append(("fragment", "没有标题、开头和编号章节，但正文是法治政府建设报告的内容：按报告片段读取"))
    if n_ruby:
        structure.warnings.append(("ruby_removed", f"{n_ruby} pinyin annotations printed after characters "
                                   "(建設(shè)) were removed as page markup"))
    if figures is None:
        spans = [(p.start, p.end) for p in structure.paragraphs if p.kind in ("body", "heading")]
        figures = extract_figures(text, spans)
    return Report(text, structure, figures, source=source, doc_id=doc_id or _doc_id(source), format=format,
                  encoding=encoding, sha256=sha256)


def load_report(path: str | os.PathLike, *, doc_id: str | None = None) -> Report:
    """Read a report file (text in any common encoding, HTML, or .docx) and parse it.

    Raises:
        ReportError: the file is missing, too large, binary, undecodable, or not a report.
    """
    from .load import read_input

    loaded = read_input(path)
    return parse_report(loaded.text, loaded.source, doc_id=doc_id, format=loaded.format,
                        encoding=loaded.encoding, sha256=loaded.sha256)
