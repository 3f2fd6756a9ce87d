"""Read a PDF's text layer (pypdfium2) and rebuild the report's paragraphs from the glyph positions."""

from __future__ import annotations

import ctypes
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from fazhi_analysis.errors import ReportError

__all__ = ["pdf_to_text", "MAX_PDF_CHARS", "NO_TEXT_LAYER"]

MAX_PDF_CHARS = 20_000_000
"""Most characters taken from one PDF's text layer (compressed text can unpack far past the file size)."""

NO_TEXT_LAYER = "the PDF has no text layer (a scan): run OCR first or save the text"

# Fewer non-space characters than this in the whole text layer: a scan (perhaps with a stamp caption).
_MIN_CHARS = 20

# Page numbers printed in a page's top or bottom lines.
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－~～\s]*\d{1,4}[-—–－~～\s]*"  # 3, - 3 -, —3—
    r"|[-—–－]\s*[一二三四五六七八九十百〇]{1,4}\s*[-—–－]"  # — 三 —
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?"  # 第3页, 第3页 共12页
    r"|(?:共\s*\d{1,4}\s*页\s*[,，]?\s*)?第\s*\d{1,4}\s*页"
    r"|\d{1,4}\s*/\s*\d{1,4}"  # 3/12
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"  # Page 3 of 12
    r")$",
    re.IGNORECASE,
)
# A line that starts a numbered heading: 一、 (一) （一） 1. 1、 １．
_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}(?:[、．]|\.(?!\d))"
    r"|[０-９]{1,2}[．、])"
)
# The fields of a portal page's header block (标题: …, 索引号: …), each printed on its own line.
_FIELD_START = re.compile(
    r"^(?:标\s*题|索\s*引\s*号|文\s*号|发文字号|发文日期|发布日期|成文日期|发布时间|发文机关|发布机构|来\s*源|"
    r"有\s*效\s*性|主题分类|公开方式|信息来源|主\s*题\s*词|生效日期|废止日期)\s*[:：]"
)
_SENTENCE_END = tuple("。！？；：!?;:")


@dataclass(slots=True)
class _Char:
    ch: str
    x0: float
    x1: float
    bottom: float
    top: float
    size: float


@dataclass
class _Line:
    chars: list[_Char]
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0  # PDF user space: y grows upwards
    bottom: float = 0.0
    size: float = 0.0
    page: int = 0

    def finish(self) -> "_Line":
        chars = self.chars
        chars.sort(key=lambda c: c.x0)
        x0, x1 = float("inf"), float("-inf")
        top, bottom = float("-inf"), float("inf")
        sizes: Counter[float] = Counter()
        for c in chars:
            top = max(top, c.top)
            bottom = min(bottom, c.bottom)
            if not c.ch.isspace():
                x0 = min(x0, c.x0)
                x1 = max(x1, c.x1)
                sizes[round(c.size * 2) / 2] += 1
        if not sizes:  # spaces only
            x0, x1 = chars[0].x0, chars[-1].x1
        self.x0, self.x1, self.top, self.bottom = x0, x1, top, bottom
        self.size = (sizes.most_common(1)[0][0] if sizes else 0.0) or (top - bottom)
        self.text = _line_text(chars)
        return self

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


def _line_text(chars: list[_Char]) -> str:
    """The characters of one line left to right; a wide gap becomes a tab, a gap between Latin letters or
    digits a space, the room after a space as many spaces as fit; a glyph printed twice on the same
    spot (simulated bold) is kept once."""
    out: list[str] = []
    prev: _Char | None = None
    for c in chars:
        if prev is not None:
            em = max(c.size, prev.size, 1.0)
            gap = c.x0 - prev.x1
            if c.ch == prev.ch and abs(c.x0 - prev.x0) < 0.2 * em and abs(c.bottom - prev.bottom) < 0.2 * em:
                continue  # doubled glyph
            if prev.ch == " ":
                space = prev.x1 - prev.x0
                if space > 0 and gap > 0.5 * space:
                    out.append(" " * round(gap / space))  # PDFium reports a run of spaces as one
            elif gap > 0.25 * em and not c.ch.isspace() and not prev.ch.isspace():
                if gap > 1.5 * em:
                    out.append("\t")
                elif c.ch.isascii() and prev.ch.isascii() and c.ch.isalnum() and prev.ch.isalnum():
                    out.append(" ")
        out.append(c.ch)
        prev = c
    return "".join(out).strip(" \u3000")


# --------------------------------------------------------------------------------------------
# reading glyphs
# --------------------------------------------------------------------------------------------


def _import_pdfium(source: str):
    try:
        import pypdfium2
        import pypdfium2.raw
    except ImportError:
        raise ReportError(
            source, "reading PDF needs the pypdfium2 package, a dependency of fazhi-analysis: pip install pypdfium2"
        ) from None
    return pypdfium2, pypdfium2.raw


def _page_chars(pdfium_c, textpage) -> tuple[list[_Char], int]:
    """The page's glyphs in content order, and how many had no Unicode mapping.

    Generated spaces and line breaks are left out, and so are slanted glyphs (a diagonal watermark,
    the lettering round an electronic seal), which belong to no line of the text.
    """
    n = pdfium_c.FPDFText_CountChars(textpage)
    if n <= 0:
        return [], 0
    buffer = ctypes.create_string_buffer(2 * (n + 1))
    got = pdfium_c.FPDFText_GetText(textpage, 0, n, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    units = memoryview(buffer.raw).cast("H")[: max(got - 1, 0)].tolist()  # UTF-16 code units, no NUL
    get_unicode = pdfium_c.FPDFText_GetUnicode
    codes = units if len(units) == n else [get_unicode(textpage, i) for i in range(n)]
    rect = pdfium_c.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    is_generated = pdfium_c.FPDFText_IsGenerated
    map_error = pdfium_c.FPDFText_HasUnicodeMapError
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    font_size = pdfium_c.FPDFText_GetFontSize
    angle_of = pdfium_c.FPDFText_GetCharAngle
    chars: list[_Char] = []
    unmapped = 0
    for i, code in enumerate(codes):
        if code in _SKIP_CODES or 0xD800 <= code <= 0xDFFF:
            if 0xD800 <= code <= 0xDFFF:  # a character beyond the BMP: ask for it alone
                code = get_unicode(textpage, i)
                if code < 0x10000:
                    continue
            else:
                continue
        if code == 0x20 and is_generated(textpage, i) == 1:
            continue
        if (code < 0x20 or 0xE000 <= code <= 0xF8FF) and map_error(textpage, i) == 1:
            unmapped += 1
        if not loose_box(textpage, i, rect_ref):
            continue
        turn = angle_of(textpage, i) % _QUARTER
        if _SLANT < turn < _QUARTER - _SLANT:
            continue  # slanted: a diagonal watermark or the lettering round a seal
        size = font_size(textpage, i) or (rect.top - rect.bottom)
        chars.append(_Char(" " if code == 0xA0 else chr(code), rect.left, rect.right, rect.bottom, rect.top, size))
    return chars, unmapped


# Glyphs turned more than _SLANT (radians, 3 degrees) away from a multiple of a right angle are not text lines.
_QUARTER = math.pi / 2
_SLANT = math.radians(3)
_SKIP_CODES = frozenset({0, 0x02, 0x03, 0x0A, 0x0D, 0xFFFE, 0xFFFF})


def _page_lines(chars: list[_Char], page: int) -> list[_Line]:
    """Glyphs grouped into lines by their vertical band, top to bottom."""
    groups: list[list[_Char]] = []
    last: list[_Char] = []
    ref_mid = ref_h = 0.0
    for c in chars:
        h = c.top - c.bottom
        mid = c.top + c.bottom
        if last and abs(mid - ref_mid) < 0.8 * max(ref_h, h, 1.0):  # mids compared doubled
            last.append(c)
        else:
            last = [c]
            groups.append(last)
        ref_mid, ref_h = mid, h
    lines = [_Line(g).finish() for g in groups if any(not c.ch.isspace() for c in g)]
    # fragments of one line written at different places in the content (cells, page numbers) come together
    lines.sort(key=lambda ln: -ln.mid)
    merged: list[_Line] = []
    for ln in lines:
        if merged:
            prev = merged[-1]
            h = max(prev.top - prev.bottom, ln.top - ln.bottom, 1.0)
            if abs(prev.mid - ln.mid) < 0.4 * h and (ln.x0 >= prev.x1 - 1 or ln.x1 <= prev.x0 + 1):
                merged[-1] = _Line(prev.chars + ln.chars).finish()
                continue
        merged.append(ln)
    for ln in merged:
        ln.page = page
    return [ln for ln in merged if ln.text]


# --------------------------------------------------------------------------------------------
# page furniture
# --------------------------------------------------------------------------------------------


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _drop_furniture(pages: list[list[_Line]], depth: int = 2) -> list[list[_Line]]:
    """Remove running headers and footers and page numbers from every page.

    A running header or footer is a line among a page's first or last ``depth`` lines whose text (numbers
    aside) comes back there on at least half of the pages (two at least), at the same height: the title
    on page 1 stays even when later pages repeat it as their header. A page number (``- 3 -``, ``第3页``,
    ``3/12``, ``Page 3 of 12``) is a line of its own among a page's first or last ``depth`` lines.
    """
    seen: dict[str, list[float]] = {}
    for lines in pages:
        edge = {_furniture_key(ln.text): ln.top for ln in lines[:depth] + lines[-depth:]}
        for key, top in edge.items():
            seen.setdefault(key, []).append(top)
    n_pages = len(pages)
    repeated = {
        key: statistics.median(tops)
        for key, tops in seen.items()
        if n_pages >= 2 and len(tops) >= max(2, 0.5 * n_pages)
    }
    out = []
    for lines in pages:
        keep = []
        for i, ln in enumerate(lines):
            if i < depth or i >= len(lines) - depth:
                if _PAGE_NUMBER.match(ln.text.strip()):
                    continue
                key = _furniture_key(ln.text)
                if key in repeated and abs(ln.top - repeated[key]) <= max(ln.size, 1.0):
                    continue
            keep.append(ln)
        out.append(keep)
    return out


# --------------------------------------------------------------------------------------------
# lines back to paragraphs
# --------------------------------------------------------------------------------------------


@dataclass
class _Frame:
    left: float
    right: float


def _frames(pages: list[list[_Line]], body: float) -> list[_Frame]:
    """Left and right edge of the text block of every page.

    Measured over the whole document, separately for odd and even pages when both have enough lines
    (printed documents may mirror their margins). The left edge is the leftmost position where
    several body lines start; the right edge is where the longest lines end.
    """

    def frame(lines: list[_Line]) -> _Frame | None:
        rows = [ln for ln in lines if abs(ln.size - body) <= 0.15 * body and len(ln.text) >= 4]
        if len(rows) < 8:
            return None
        starts = Counter(round(ln.x0) for ln in rows)
        enough = max(2, 0.1 * len(rows))
        left = min((x for x, n in starts.items() if n >= enough), default=starts.most_common(1)[0][0])
        rights = sorted(ln.x1 for ln in rows)
        return _Frame(float(left), rights[int(0.9 * (len(rights) - 1))])

    every = [ln for lines in pages for ln in lines]
    whole = frame(every)
    if whole is None:
        whole = _Frame(min(ln.x0 for ln in every), max(ln.x1 for ln in every)) if every else _Frame(0.0, 0.0)
    odd = frame([ln for lines in pages[0::2] for ln in lines]) or whole
    even = frame([ln for lines in pages[1::2] for ln in lines]) or whole
    return [odd if i % 2 == 0 else even for i in range(len(pages))]


def _joins(a: _Line, b: _Line, fa: _Frame, fb: _Frame, body: float, pitch: float, cues: bool) -> bool:
    """Whether line ``b`` continues the paragraph of line ``a``.

    ``cues``: the document marks its paragraphs (first-line indents or paragraph spacing); without
    them a full line ending a sentence before a numbered heading (一、 (一) 1.) ends the paragraph.
    """
    if "\t" in a.text or "\t" in b.text:
        return False
    same_size = abs(a.size - b.size) <= 0.1 * max(a.size, b.size)
    if not same_size:
        return False
    em = a.size
    if a.page == b.page and a.top - b.top > 1.4 * pitch:
        return False  # more space than between the lines of a paragraph
    if abs(a.size - body) > 0.15 * body:
        # a large title wrapped over (centred) lines
        near = a.top - b.top <= 1.8 * em if a.page == b.page else b.page == a.page + 1
        return near and _centred(b, fb)
    room = fa.right - a.x1
    if room > 1.5 * em and room > _lead_width(b) + 0.5 * em:
        return False  # b's first word would have fitted on a: the paragraph ended
    if abs(b.x0 - fb.left) > 0.8 * em:
        return False  # b is indented (first line of a paragraph) or centred
    if not cues and a.text.endswith(_SENTENCE_END) and _HEADING_START.match(b.text):
        return False
    if _FIELD_START.match(b.text):
        return False  # the next field of a page header
    return True


# Characters that a line may not start with (they stay with the character before them).
_NO_LINE_START = frozenset("，。、；：！？）》」』】〕”’%,.;:!?)]")
_ASCII_RUN = re.compile(r"[0-9A-Za-z.,%:/\-+()·_@#&=?~]")


def _lead_width(ln: _Line) -> float:
    """Width of the first unbreakable piece of a line: an ASCII word, or a character with the
    punctuation that may not start a line."""
    chars = [c for c in ln.chars if not c.ch.isspace()]
    if not chars:
        return 0.0
    end = 1
    if _ASCII_RUN.match(chars[0].ch):
        while end < len(chars) and _ASCII_RUN.match(chars[end].ch):
            end += 1
    while end < len(chars) and chars[end].ch in _NO_LINE_START:
        end += 1
    return chars[end - 1].x1 - chars[0].x0


def _centred(ln: _Line, f: _Frame) -> bool:
    left, right = ln.x0 - f.left, f.right - ln.x1
    return left > ln.size and abs(left - right) < 2 * ln.size


def _join_text(a: str, b: str, space: bool) -> str:
    """Two wrapped lines of a paragraph: joined without a space (Chinese wraps anywhere), unless the
    upper line ends with a printed space (text wrapped at a space keeps it)."""
    return a + " " + b if space else a + b


def _paragraphs(pages: list[list[_Line]]) -> list[str]:
    lines = [ln for page in pages for ln in page]
    if not lines:
        return []
    body = Counter(ln.size for ln in lines for _ in ln.text).most_common(1)[0][0]
    frames = _frames(pages, body)
    pitches = [
        a.top - b.top
        for page in pages
        for a, b in zip(page, page[1:])
        if abs(a.size - body) <= 0.15 * body and abs(b.size - body) <= 0.15 * body and a.top > b.top
    ]
    pitch = statistics.median(pitches) if pitches else 1.5 * body
    starts = [ln for ln in lines if abs(ln.size - body) <= 0.15 * body and len(ln.text) >= 4]
    indented = sum(1 for ln in starts if 0.8 * body <= ln.x0 - frames[ln.page].left <= 4.5 * body)
    indents = bool(starts) and indented >= 0.05 * len(starts)
    spaced = sum(1 for p in pitches if p > 1.3 * pitch) >= max(2, 0.05 * len(pitches))

    paragraphs: list[str] = []
    prev: _Line | None = None
    for ln in lines:
        if prev is not None and _joins(prev, ln, frames[prev.page], frames[ln.page], body, pitch, indents or spaced):
            paragraphs[-1] = _join_text(paragraphs[-1], ln.text, max(prev.chars, key=lambda c: c.x1).ch == " ")
        else:
            paragraphs.append(ln.text)
        prev = ln
    return paragraphs


# --------------------------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------------------------


def pdf_to_text(data: bytes, source: str) -> str:
    """The text of a PDF report, one paragraph per line, from its text layer.

    Pages are read one at a time with pypdfium2. Glyphs are grouped into lines by position; running
    headers and footers (lines repeated near the top or bottom of most pages) and page numbers
    (``- 3 -``, ``第3页``, ``3/12``) are dropped; lines the page wrapped are joined back into their
    paragraph — also across a page break — when the line above reaches the right margin and the
    line below starts at the left margin (not indented, not after a paragraph space). Chinese is
    joined without spaces, English words wrapped at a space get their space back.

    Args:
        data: the bytes of the file.
        source: the file name, for error messages.

    Returns:
        The paragraphs joined with ``"\\n"``; cells of one table row are separated by a tab.

    Raises:
        ReportError: pypdfium2 is missing; the PDF is encrypted, damaged or has no text layer (a scan).
    """
    pdfium, pdfium_c = _import_pdfium(source)
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc)
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD or "password" in reason.lower():
            raise ReportError(
                source, "the PDF is encrypted with a password: remove the password or save the text"
            ) from None
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_SECURITY:
            raise ReportError(source, "the PDF uses an unsupported encryption: save the text") from None
        detail = re.search(r"PDFium: ([^)]*)", reason)
        detail = f"PDFium: {detail.group(1).lower()}" if detail else reason.rstrip(".")
        raise ReportError(source, f"the PDF is damaged and cannot be read ({detail})") from None
    except Exception as exc:  # pragma: no cover - defensive: pdfium wrappers raise few other types
        raise ReportError(source, f"the PDF cannot be read ({type(exc).__name__}: {exc})") from None

    pages: list[list[_Line]] = []
    total = unmapped = 0
    try:
        n_pages = len(doc)
        if n_pages == 0:
            raise ReportError(source, "the PDF has no pages")
        for index in range(n_pages):
            try:
                page = doc[index]
                textpage = page.get_textpage()
            except pdfium.PdfiumError as exc:
                raise ReportError(source, f"page {index + 1} of the PDF is damaged ({exc})") from None
            try:
                chars, bad = _page_chars(pdfium_c, textpage.raw)
            finally:
                textpage.close()
                page.close()
            total += len(chars)
            unmapped += bad
            if total > MAX_PDF_CHARS:
                raise ReportError(source, f"the PDF's text has more than {MAX_PDF_CHARS:,} characters")
            pages.append(_page_lines(chars, index))
    finally:
        doc.close()

    if unmapped > 0.3 * total:
        raise ReportError(
            source, "the PDF's fonts do not map their glyphs to characters, so its text cannot be read: run OCR first"
        )
    pages = _drop_furniture(pages)
    # page numbers or a scanner's caption alone are no text layer either
    if sum(1 for page in pages for ln in page for ch in ln.text if not ch.isspace()) < _MIN_CHARS:
        raise ReportError(source, NO_TEXT_LAYER)
    return "\n".join(_paragraphs(pages))
