"""Read a report file (text, HTML or .docx) into decoded text; format and encoding come from the content."""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

from lxml import etree

# python-docx is imported where a .docx is read (docx_to_text): importing it costs 0.1 s, which every parse
# of a text or HTML file (a corpus run, a worker) would otherwise pay at start-up
if TYPE_CHECKING:  # pragma: no cover - for the annotations only
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

from fazhi_analysis.errors import ReportError

__all__ = ["MAX_BYTES", "LoadedText", "read_input", "decode_bytes", "html_to_text", "docx_to_text"]

MAX_BYTES = 50 * 1024 * 1024
"""Largest input file accepted by `read_input` (50 MB)."""

# A .docx is a zip. Zip bombs are refused before python-docx unpacks anything: by the sizes the archive
# declares, then by inflating every part in small chunks (in case the declared sizes lie).
_MAX_UNZIPPED = 200 * 1024 * 1024  # all parts together
_MAX_XML_PART = 32 * 1024 * 1024  # one XML part (document.xml …): python-docx builds a tree of it in memory
_MAX_RATIO = 100  # uncompressed / compressed size of a part (Word's XML compresses 5-20 times)
_RATIO_FLOOR = 1024 * 1024  # parts smaller than this may have any ratio
_MAX_PARTS = 10_000
_INFLATE_CHUNK = 1 << 16

# Articles shorter than this many CJK characters are not a report.
_MIN_ARTICLE_CJK = 50


@dataclass(frozen=True)
class LoadedText:
    """A decoded input file.

    Attributes:
        text: decoded text, not yet normalised; lines joined with ``"\\n"`` for HTML and docx.
        source: the path the file was read from, as given.
        format: ``"text"``, ``"html"``, ``"docx"`` or ``"pdf"``, detected from the content.
        encoding: ``"utf-8"``, ``"utf-8-sig"``, ``"gb18030"``, ``"utf-16"``, ``"docx"`` or ``"pdf"``.
        sha256: hex SHA-256 digest of the input bytes.
    """

    text: str
    source: str
    format: str
    encoding: str
    sha256: str


# --------------------------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------------------------


def read_input(path: str | os.PathLike, *, max_bytes: int = MAX_BYTES) -> LoadedText:
    """Read a report file and return its text, detecting format and encoding from the content.

    The format is decided by the bytes, never the file extension: ``%PDF`` is PDF (its text
    layer, see `fazhi_analysis.pdf`), a zip containing ``word/document.xml`` is Word, text
    that starts with ``<`` or has ``<html``/``<body``/``<p`` tags in its first 2 KB is HTML,
    anything else is plain text.

    Args:
        path: the file to read.
        max_bytes: files larger than this are refused before they are read.

    Returns:
        The decoded text with its source, format, encoding and SHA-256.

    Raises:
        ReportError: the file is missing, a directory, too large, empty, binary, in an
            unsupported format or encoding, or a web page without article text.
    """
    try:
        fspath = os.fspath(path)
    except TypeError:
        raise ReportError(repr(path), "not a file path") from None
    source = os.fsdecode(fspath)
    try:
        st = os.stat(fspath)
    except (FileNotFoundError, NotADirectoryError):
        if os.path.islink(fspath):
            raise ReportError(source, f"a symbolic link to a file that does not exist ({_link_target(fspath)})") from None
        raise ReportError(source, "the file does not exist") from None
    except PermissionError:
        raise ReportError(source, "permission denied: the file cannot be read") from None
    except (OSError, ValueError) as exc:
        raise ReportError(source, f"the file cannot be read ({_os_reason(exc)})") from None
    if stat.S_ISDIR(st.st_mode):
        try:
            with os.scandir(fspath):
                pass
        except OSError as exc:
            raise ReportError(source, f"a folder that cannot be read ({_os_reason(exc)}): its files were not read") from None
        raise ReportError(source, "this is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise ReportError(source, f"this is not a regular file but {_file_kind(st.st_mode)}")
    if st.st_size > max_bytes:
        raise ReportError(source, _too_large(st.st_size, max_bytes))
    try:
        with open(fspath, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise ReportError(source, "permission denied: the file cannot be read") from None
    except OSError as exc:
        raise ReportError(source, f"the file cannot be read ({_os_reason(exc)})") from None
    if len(data) > max_bytes:  # grew between stat and read
        raise ReportError(source, _too_large(len(data), max_bytes))

    sha256 = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise ReportError(source, "the file is empty")

    if data[:1024].lstrip().startswith(b"%PDF"):
        from fazhi_analysis.pdf import pdf_to_text

        return LoadedText(pdf_to_text(data, source), source, "pdf", "pdf", sha256)

    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        text = docx_to_text(data, source)
        return LoadedText(text, source, "docx", "docx", sha256)

    text, encoding = _decode(data, source, declared=_declared_charset(data))
    if _is_blank(text):
        raise ReportError(source, "the file is empty")
    fmt = "text"
    if _looks_like_html(text):
        text = html_to_text(text, source)
        fmt = "html"
    return LoadedText(text, source, fmt, encoding, sha256)


def _link_target(path: str | bytes) -> str:
    try:
        return os.fsdecode(os.readlink(path))
    except OSError:
        return "unknown target"


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _os_reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _human_size(n: int) -> str:
    mb = 1024 * 1024
    if n >= mb:
        return f"{n // mb} MB" if n % mb == 0 else f"{n / mb:.1f} MB"
    if n >= 1024:
        return f"{n // 1024} KB" if n % 1024 == 0 else f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def _too_large(size: int, limit: int) -> str:
    return f"the file is too large ({_human_size(size)}); the limit is {_human_size(limit)}"


def _is_blank(text: str) -> bool:
    return not text.strip().strip("\ufeff\u200b\u200c\u200d\u2060").strip()


# --------------------------------------------------------------------------------------------
# binary sniffing and decoding
# --------------------------------------------------------------------------------------------

_NOT_SUPPORTED = "save the report as text, HTML or Word"

# (magic prefix, reason); checked in order.
_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "the file is a PDF, not text: read it with read_input or load_report"),
    (b"\xd0\xcf\x11\xe0", "old .doc format is not supported: save as .docx"),
    (b"{\\rtf", f"RTF is not supported: {_NOT_SUPPORTED}"),
    (b"\x89PNG\r\n\x1a\n", "the file is a PNG image, not a text report"),
    (b"\xff\xd8\xff", "the file is a JPEG image, not a text report"),
    (b"GIF87a", "the file is a GIF image, not a text report"),
    (b"GIF89a", "the file is a GIF image, not a text report"),
    (b"II*\x00", "the file is a TIFF image, not a text report"),
    (b"MM\x00*", "the file is a TIFF image, not a text report"),
    (b"PK\x03\x04", "the file is a zip archive, not a text file"),
    (b"PK\x05\x06", "the file is a zip archive, not a text file"),
    (b"Rar!\x1a\x07", "the file is a RAR archive, not a text report"),
    (b"7z\xbc\xaf\x27\x1c", "the file is a 7-Zip archive, not a text report"),
    (b"\x1f\x8b", "the file is gzip-compressed, not a text report"),
)

_GB_CHARSETS = frozenset(
    "gb2312 gbk gb18030 x-gbk cp936 ms936 windows-936 gb_2312-80 gb_2312 csgb2312 csgbk euc-cn x-euc-cn "
    "chinese iso-ir-58 hz-gb-2312".split()
)
_UTF8_CHARSETS = frozenset({"utf-8", "utf8", "unicode-1-1-utf-8", "us-ascii", "ascii"})


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode the bytes of a text or HTML file.

    Tries, in order: a byte-order mark (UTF-8, UTF-16 LE/BE), BOM-less UTF-16 (recognised by
    NUL bytes at alternating positions), strict UTF-8, strict GB18030 (which also covers GBK and
    GB2312). Each result is sanity-checked, so that binary data or mojibake is refused instead
    of being returned.

    Args:
        data: the raw bytes.
        source: the file name, for error messages.

    Returns:
        ``(text, encoding)`` where encoding is ``"utf-8"``, ``"utf-8-sig"``, ``"gb18030"`` or
        ``"utf-16"``. A byte-order mark is not part of the text.

    Raises:
        ReportError: binary data (known file signatures, NUL bytes) or no encoding fits.
    """
    return _decode(data, source, declared=None)


def _decode(data: bytes, source: str, *, declared: str | None) -> tuple[str, str]:
    """`decode_bytes`, honouring a charset declared by an HTML page (lower-case, or None)."""
    _reject_binary(data, source)

    if data.startswith(codecs.BOM_UTF8):
        return _decode_with_bom(data[3:], "utf-8", "utf-8-sig", source)
    if data.startswith(codecs.BOM_UTF16_LE):
        return _decode_with_bom(data[2:], "utf-16-le", "utf-16", source)
    if data.startswith(codecs.BOM_UTF16_BE):
        return _decode_with_bom(data[2:], "utf-16-be", "utf-16", source)

    if b"\x00" in data:
        text = _sniff_utf16(data)
        if text is not None:
            return text, "utf-16"
        raise ReportError(source, f"the file is binary (it contains NUL bytes), not text: {_NOT_SUPPORTED}")

    # A page saved as UTF-8 but still declaring gb2312 is common; valid UTF-8 with non-ASCII
    # content is practically never GB-encoded text, so UTF-8 wins over the declaration.
    utf8_error: UnicodeDecodeError | None = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        if _text_problem(text) is None:
            return text, "utf-8"
        raise ReportError(source, f"the file does not look like text (many control characters): {_NOT_SUPPORTED}")

    declared_gb = declared in _GB_CHARSETS
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        # A page that declares a GB charset has told us its encoding: skip the mojibake test.
        if _text_problem(text, check_mojibake=not declared_gb) is None:
            return text, "gb18030"

    text = _sniff_utf16_without_nul(data)
    if text is not None:
        return text, "utf-16"

    raise ReportError(source, _encoding_failure(data, utf8_error, declared))


def _decode_with_bom(body: bytes, codec: str, label: str, source: str) -> tuple[str, str]:
    try:
        text = body.decode(codec)
    except UnicodeDecodeError:
        raise ReportError(
            source,
            f"the file starts with a {label.upper()} byte-order mark but is not valid {label.upper()}; "
            "save the file as UTF-8",
        ) from None
    if "\x00" in text:
        raise ReportError(source, f"the file is binary (it contains NUL characters), not text: {_NOT_SUPPORTED}")
    if _text_problem(text) is not None:
        raise ReportError(source, f"the file does not look like text (many control characters): {_NOT_SUPPORTED}")
    return text, label


_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def _reject_binary(data: bytes, source: str) -> None:
    head = data[:16]
    if head.startswith(b"\xd0\xcf\x11\xe0") and _ENCRYPTED_PACKAGE in data:
        # an encrypted .docx/.xlsx is an OLE compound file holding the real zip as EncryptedPackage
        raise ReportError(source, "the document is password-protected: remove the password in Word and save it again")
    if data[:1024].lstrip().startswith(b"%PDF"):
        raise ReportError(source, _MAGICS[0][1])
    for magic, reason in _MAGICS:
        if head.startswith(magic):
            raise ReportError(source, reason)


def _encoding_failure(data: bytes, utf8_error: UnicodeDecodeError | None, declared: str | None) -> str:
    reason = "could not determine the text encoding (tried UTF-8, GB18030/GBK and UTF-16)"
    if declared and declared not in _GB_CHARSETS and declared not in _UTF8_CHARSETS:
        reason += f"; the page declares charset {declared}, which is not supported"
    elif utf8_error is not None and len(data) >= 64:
        if data.decode("utf-8", errors="replace").count("\ufffd") <= 3:
            reason += f"; it is almost UTF-8 but has a few invalid bytes, the first at byte {utf8_error.start}"
    return reason + "; save the file as UTF-8"


# -- plausibility --------------------------------------------------------------------------

# The ~500 most frequent characters of modern Chinese, plus frequent characters of the genre.
_COMMON_CJK = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
    "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把"
    "性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质"
    "气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活"
    "设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则"
    "任取据处府研"
    # genre: government work reports
    "依执规范审查案监督责务服推落报告县市省镇乡村街委办局司厅院复议诉讼赔偿领导深坚持贯彻治许罚检"
    "培训落善健完改革加营商环境矛盾纠纷调解普宣传考核年度工作"
)


def _is_cjk(o: int) -> bool:
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3FFFF


def _is_rare(o: int) -> bool:
    """Characters that are (almost) never in a Chinese report but abound in mis-decoded bytes."""
    return (
        0x3400 <= o <= 0x4DBF  # CJK extension A
        or o >= 0x20000  # extensions B+ and supplementary private use
        or 0xE000 <= o <= 0xF8FF  # private use
        or 0xF900 <= o <= 0xFAFF  # compatibility ideographs
        or 0x2500 <= o <= 0x259F  # box drawing, block elements
        or 0x2E80 <= o <= 0x2FDF  # radicals
        or 0x31C0 <= o <= 0x31EF  # strokes
        or 0xA000 <= o <= 0xA4CF  # Yi
        or 0xAC00 <= o <= 0xD7AF  # Hangul syllables
        or 0x0F00 <= o <= 0x0FFF  # Tibetan
        or 0x1800 <= o <= 0x18AF  # Mongolian
    )


def _is_bad(ch: str) -> bool:
    return ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn")


_CHAR_CLASS: dict[str, tuple[bool, bool]] = {}  # character -> (_is_bad, _is_rare), judged once per process


def _char_class(ch: str) -> tuple[bool, bool]:
    got = _CHAR_CLASS.get(ch)
    if got is None:
        if len(_CHAR_CLASS) > 200_000:
            _CHAR_CLASS.clear()
        got = _CHAR_CLASS[ch] = (_is_bad(ch), _is_rare(ord(ch)))
    return got


def _sample(text: str, limit: int = 200_000) -> str:
    if len(text) <= limit:
        return text
    part = limit // 3
    mid = len(text) // 2
    return text[:part] + text[mid : mid + part] + text[-part:]


_PLAIN_RANGES = ((0x09, 0x0A), (0x0D, 0x0D), (0x20, 0x7E), (0xB7, 0xB7), (0x2014, 0x2026), (0x3000, 0x303F),
                 (0x4E00, 0x9FFF), (0xFF01, 0xFF5E))  # ASCII, CJK punctuation and ideographs, full-width forms


@lru_cache(maxsize=1)
def _not_plain() -> re.Pattern:
    """A character outside the plain ranges of a Chinese text, none of which is a bad one (`_is_bad`): a text
    without such a character has no bad character."""
    ok = [o for a, b in _PLAIN_RANGES for o in range(a, b + 1) if chr(o).isspace() or not _is_bad(chr(o))]
    spans: list[list[int]] = []
    for o in ok:
        if spans and spans[-1][1] == o - 1:
            spans[-1][1] = o
        else:
            spans.append([o, o])
    return re.compile("[^" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "")
                                     for a, b in spans) + "]")


def _text_problem(text: str, *, check_mojibake: bool = False, min_common: float = 0.2) -> str | None:
    """Why ``text`` does not look like correctly decoded text, or None if it does."""
    if not check_mojibake and _not_plain().search(_sample(text)) is None:
        return None  # no bad character at all (the common case, found in one regex scan)
    total = bad = cjk = common = rare = 0
    # each distinct character is judged once, weighted by how often it occurs (Counter counts in C)
    for ch, k in Counter(_sample(text)).items():
        if ch.isspace():
            continue
        total += k
        o = ord(ch)
        is_bad, is_rare = _char_class(ch)
        if is_bad:
            bad += k
        if is_rare:
            rare += k
        if 0x4E00 <= o <= 0x9FFF:
            cjk += k
            if ch in _COMMON_CJK:
                common += k
    if total == 0:
        return None
    if bad > 0.1 * total or (bad >= 3 and bad > 0.01 * total and cjk < 0.05 * total):
        return "control or unassigned characters"
    if check_mojibake:
        if rare > 0.05 * total:
            return "rare characters (mojibake)"
        if cjk >= 20 and common < min_common * cjk:
            return "few common Chinese characters (mojibake)"
    return None


def _texty_share(text: str) -> float:
    """Share of non-space characters from scripts a Chinese report is written in."""
    total = good = 0
    for ch, k in Counter(_sample(text, 60_000)).items():
        if ch.isspace():
            continue
        total += k
        o = ord(ch)
        if (
            0x20 <= o < 0x7F
            or 0x4E00 <= o <= 0x9FFF
            or 0x3000 <= o <= 0x303F  # CJK punctuation
            or 0xFF00 <= o <= 0xFFEF  # full-width forms
            or 0x2000 <= o <= 0x206F  # general punctuation
            or 0x00A0 <= o <= 0x00FF
            or 0x2100 <= o <= 0x22FF  # letterlike, number forms, arrows, maths
            or 0x2460 <= o <= 0x24FF  # circled numbers
            or 0x25A0 <= o <= 0x26FF  # shapes, symbols
        ):
            good += k
    return good / total if total else 0.0


def _try_utf16(data: bytes, codec: str) -> str | None:
    if len(data) % 2:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if "\x00" in text or _text_problem(text) is not None or _texty_share(text) < 0.9:
        return None
    return text


def _sniff_utf16(data: bytes) -> str | None:
    """Decode BOM-less UTF-16 recognised by NUL high bytes (ASCII, digits, newlines) on one side."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[: 1 << 16]
    nul_even = sample[0::2].count(0)
    nul_odd = sample[1::2].count(0)
    if nul_odd > nul_even:  # high byte second: little-endian
        codec, major, minor = "utf-16-le", nul_odd, nul_even
    elif nul_even > nul_odd:
        codec, major, minor = "utf-16-be", nul_even, nul_odd
    else:
        return None
    # the minority side holds U+xx00 characters such as 一 (U+4E00); ASCII must dominate
    if major < 2 or major < 3 * minor:
        return None
    return _try_utf16(data, codec)


def _sniff_utf16_without_nul(data: bytes) -> str | None:
    """Last resort for BOM-less UTF-16 that is nearly all CJK (so has no NUL bytes)."""
    for codec in ("utf-16-le", "utf-16-be"):
        text = _try_utf16(data, codec)
        if text is not None and _text_problem(text, check_mojibake=True, min_common=0.3) is None:
            if sum(1 for ch in text[:2000] if 0x4E00 <= ord(ch) <= 0x9FFF) >= 20:
                return text
    return None


# --------------------------------------------------------------------------------------------
# HTML detection
# --------------------------------------------------------------------------------------------


def _looks_like_html(text: str) -> bool:
    """True if decoded text starts with ``<`` or has an html/body/p/div/br tag in its first 2 KB."""
    s = text.lstrip("\ufeff \t\r\n\x0c\u3000")
    if s.startswith("<"):
        return True
    head = s[:2048].lower()
    for tag in ("<html", "<body", "<p", "<div", "<br"):
        i = head.find(tag)
        while i != -1:
            after = head[i + len(tag) : i + len(tag) + 1]
            if after and after in "> \t\r\n/":
                return True
            i = head.find(tag, i + 1)
    return False


class _MetaCharsetFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.charset: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta" or self.charset:
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        if values.get("charset"):
            self.charset = values["charset"].strip().strip("\"'").lower() or None
        elif values.get("http-equiv", "").strip().lower() == "content-type":
            content = values.get("content", "").lower()
            i = content.find("charset=")
            if i != -1:
                self.charset = content[i + 8 :].split(";")[0].strip().strip("\"'") or None

    handle_startendtag = handle_starttag


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag (lower-case), or None."""
    head = data[:4096]
    if head.startswith(codecs.BOM_UTF8):
        head = head[3:]
    view = head.decode("latin-1")
    if not _looks_like_html(view):
        return None
    finder = _MetaCharsetFinder()
    try:
        finder.feed(view)
    except Exception:  # a broken prefix: no declaration
        return finder.charset
    return finder.charset


# --------------------------------------------------------------------------------------------
# HTML -> text
# --------------------------------------------------------------------------------------------

_BLOCK = frozenset(
    """address article aside blockquote body caption center dd details dialog dir div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre
    section summary table tbody td tfoot th thead tr ul legend title""".split()
)
# always dropped: not page text (rt/rp: the pinyin of <ruby> annotations, 建<rt>jiàn</rt>)
_DROP_ALWAYS = frozenset(
    "script style noscript template head title iframe object embed select button svg math textarea rt rp".split()
)
# page furniture, dropped from the article
_DROP_CHROME = frozenset("nav header footer aside".split())
_CHROME_WORDS = ("nav", "menu", "footer", "header", "breadcrumb", "share", "sidebar")
# article containers
_CANDIDATES = frozenset("div article section td th main body center blockquote form".split())

_FIELD_LABELS = ("发文字号", "发文机关", "发文日期", "发布日期", "发布机构", "成文日期", "主题分类", "索引号", "有效性", "标题", "文号")
_FIELD_SET = frozenset(_FIELD_LABELS)
_COLONS = ":："
_MAX_FIELD_VALUE = 200  # longer "values" are article text next to a label-like word
# a known label (its characters possibly spaced out) and a colon, at line start or after a space
_INLINE_FIELD = re.compile(
    r"(?:^|(?<=\s))(" + "|".join(r"\s*".join(label) for label in _FIELD_LABELS) + r")\s*[:：]\s*"
)
# where a value runs into the next "标签：" on the same line
_NEXT_LABEL = re.compile(r"\s+[\u4e00-\u9fff]{2,6}\s*[:：]")
_WS = re.compile(r"\s+")
# any field label, its characters possibly spaced out: subtrees without one hold no header field
_ANY_LABEL = re.compile("|".join(r"\s*".join(label) for label in _FIELD_LABELS))
_STRING = etree.XPath("string()", smart_strings=False)
_MARKED = etree.XPath("//*[@id or @class]")


# Limits of the HTML reader: a page past them is refused, never parsed into a huge tree.
_MAX_HTML_TAGS = 1_000_000  # "<" characters in the page: an upper bound on its elements
_MAX_HTML_DEPTH = 255  # libxml2 stops nesting here unless huge_tree is set; deeper pages are refused
_END_OF_PAGE = re.compile(r"</\s*(?:body|html)\s*>", re.IGNORECASE)  # content after </body> stays in the body


class _Page:
    """Marks the extraction puts on the elements of one parsed page (elements are lxml elements)."""

    __slots__ = ("consumed", "chrome", "has_block", "texts")

    def __init__(self) -> None:
        self.consumed: set[Any] = set()  # header fields already taken
        self.chrome: set[Any] = set()  # id/class names page furniture
        self.has_block: set[Any] = set()  # has a block-level descendant
        self.texts: dict[Any, str] = {}  # text of <p> elements with only inline content, once read

    def plain_text(self, el: Any) -> str:
        """All the text under ``el`` (for elements with no block, line break, cell or skipped element below)."""
        text = self.texts.get(el)
        if text is None:
            text = self.texts[el] = "".join(el.itertext())
        return text


def _parse_html(html: str, source: str) -> Any:
    """The page as an lxml element tree (root ``<html>``), or None if it holds nothing but comments.

    libxml2's HTML parser, with no network access, no processing instructions or comments (an
    unclosed ``<!--`` runs to the end of the file, as in a browser), no DTD loading or entity
    expansion (HTML knows only the predefined character references), and its default limits
    (``huge_tree=False``): at most 255 levels of nesting and 10 MB per text run. A page past those
    limits, or with more than a million tags, is refused.
    """
    if html.count("<") > _MAX_HTML_TAGS:
        raise ReportError(source, f"the web page has more than {_MAX_HTML_TAGS:,} tags; it is not a single report")
    data = _END_OF_PAGE.sub("", html).replace("\x00", "\ufffd").encode("utf-8", "replace")
    parser = etree.HTMLParser(encoding="utf-8", no_network=True, huge_tree=False, remove_comments=True,
                              remove_pis=True, default_doctype=False, compact=True, collect_ids=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        root = None
    for entry in parser.error_log:
        if "Excessive depth" in entry.message:
            raise ReportError(source, f"the web page nests elements more than {_MAX_HTML_DEPTH} levels deep")
        if "huge" in entry.message.lower():  # libxml2: "… limit exceeded, try XML_PARSE_HUGE"
            raise ReportError(source, "the web page is past the HTML parser's limits (a text run or attribute "
                                      "longer than 10 MB)")
    return root


def _kids(el: Any) -> list[Any]:
    """Text and child elements of ``el`` in document order (strings and elements)."""
    out: list[Any] = [el.text] if el.text else []
    for c in el:
        if isinstance(c.tag, str):
            out.append(c)
        if c.tail:
            out.append(c.tail)
    return out


def _child_elements(el: Any) -> list[Any]:
    return [c for c in el if isinstance(c.tag, str)]


def _elements(node: Any, skip: Callable[[Any], bool] | None = None) -> Iterator[Any]:
    """Elements under ``node`` (itself first) in document order, not entering skipped ones."""
    stack = [node]
    while stack:
        n = stack.pop()
        if skip is not None and n is not node and skip(n):
            continue
        yield n
        stack.extend(reversed(_child_elements(n)))


def _annotate(page: _Page, root: Any) -> None:
    for el in _MARKED(root):
        if el.tag in ("html", "body"):
            continue
        marks = (el.get("id", "") + " " + el.get("class", "")).lower()
        if any(word in marks for word in _CHROME_WORDS):
            page.chrome.add(el)
    for el in root.iter(*_BLOCK):
        p = el.getparent()
        while p is not None and p not in page.has_block:
            page.has_block.add(p)
            p = p.getparent()


def _own_text(node: Any, skip: Callable[[Any], bool], plain: Callable[[Any], bool] | None = None) -> str:
    """Text of ``node`` outside its block-level children; ``<br>`` gives ``"\\n"``.

    ``plain(node)`` true means nothing below ``node`` is a block, a line break, a cell or skipped: its
    text is then taken in one go.
    """
    if plain is not None and plain(node):
        return "".join(node.itertext())
    out: list[str] = []
    stack: list[Any] = _kids(node)[::-1]
    while stack:
        c = stack.pop()
        if isinstance(c, str):
            out.append(c)
        elif c.tag == "br":
            out.append("\n")
        elif c.tag not in _BLOCK and not skip(c):
            stack.extend(_kids(c)[::-1])
    return "".join(out)


def _all_text(node: Any) -> str:
    """All text under ``node`` as one collapsed line (used for header field values)."""
    out: list[str] = []
    stack: list[Any] = _kids(node)[::-1]
    while stack:
        c = stack.pop()
        if isinstance(c, str):
            out.append(c)
        elif c.tag in _DROP_ALWAYS:
            continue
        else:
            if c.tag == "br" or c.tag in _BLOCK:
                out.append(" ")
            stack.extend(_kids(c)[::-1])
    return _collapse("".join(out))


def _short_text(node: Any, limit: int = 40) -> str | None:
    """Collapsed text of ``node`` if it is at most ``limit`` characters, else None (cheap on big subtrees)."""
    out: list[str] = []
    size = 0
    stack: list[Any] = _kids(node)[::-1]
    steps = 0
    while stack:
        steps += 1
        if steps > 4 * limit:
            return None
        c = stack.pop()
        if isinstance(c, str):
            out.append(c)
            size += len(c.strip())
            if size > limit:
                return None
        elif c.tag not in _DROP_ALWAYS:
            if c.tag == "br" or c.tag in _BLOCK:
                out.append(" ")
            stack.extend(_kids(c)[::-1])
    return _collapse("".join(out))


def _is_wide(ch: str) -> bool:
    if not ch:
        return False
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x3400 <= o <= 0x4DBF


def _collapse(s: str) -> str:
    """Collapse whitespace runs to one space; a line break between Chinese characters vanishes."""
    if "\n" not in s and "\r" not in s or s.isspace():
        return " ".join(s.split())  # the same, faster: str.split and re's \s agree on whitespace

    def repl(m: re.Match[str]) -> str:
        run = m.group()
        if ("\n" in run or "\r" in run) and _is_wide(s[m.start() - 1 : m.start()]) and _is_wide(s[m.end() : m.end() + 1]):
            return ""
        return " "

    return _WS.sub(repl, s).strip()




_NOT_CJK = re.compile("[^\u3400-\u4dbf\u4e00-\u9fff]+")


def _cjk_count(s: str) -> int:
    return len(_NOT_CJK.sub("", s))


def _has_cjk(lines: list[str], n: int) -> bool:
    """Whether ``lines`` hold at least ``n`` CJK characters (stops counting once they do)."""
    seen = 0
    for line in lines:
        seen += _cjk_count(line)
        if seen >= n:
            return True
    return False


# -- header fields ---------------------------------------------------------------------------


def _label_only(text: str | None) -> str | None:
    """The known field label that ``text`` consists of (``"索 引 号："`` -> ``"索引号"``), or None."""
    if text is None:
        return None
    s = _WS.sub("", text).rstrip(_COLONS)
    return s if s in _FIELD_SET else None


def _label_like(text: str | None) -> bool:
    """A short ``"名称："`` cell of some other field, where a value must stop."""
    if text is None:
        return False
    s = _WS.sub("", text)
    return (
        _label_only(text) is not None
        or (1 < len(s) <= 9 and s[-1] in _COLONS and not any(ch.isdigit() for ch in s))
    )


def _cut_value(value: str) -> str:
    m = _NEXT_LABEL.search(value)
    if m:
        value = value[: m.start()]
    return _collapse(value)


def _inline_fields(line: str) -> tuple[list[tuple[str, str]], bool]:
    """Fields written as ``标签：值`` inside one line, and whether they make up the whole line."""
    matches = list(_INLINE_FIELD.finditer(line))
    if not matches:
        return [], False
    out = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        label = _WS.sub("", m.group(1))
        out.append((label, _cut_value(line[m.end() : end])))
    whole = not line[: matches[0].start()].strip() and all(
        not _NEXT_LABEL.search(line[m.end() : (matches[i + 1].start() if i + 1 < len(matches) else len(line))])
        for i, m in enumerate(matches)
    )
    return out, whole


def _label_elements(top: Any, skip: Callable[[Any], bool]) -> Iterator[Any]:
    """`_elements` of ``top``, leaving out subtrees whose text holds no field label (they yield no field)."""
    if not _ANY_LABEL.search(_STRING(top)):
        return
    stack = [top]
    while stack:
        n = stack.pop()
        if n is not top and skip(n):
            continue
        yield n
        stack.extend(c for c in reversed(_child_elements(n)) if _ANY_LABEL.search(_STRING(c)))


def _header_fields(page: _Page, top: Any) -> list[tuple[str, str]]:
    """Collect page-header fields (标题, 索引号, 文号, …) in page order; mark their nodes consumed."""
    found: list[tuple[str, str]] = []

    def skip(n: Any) -> bool:
        # header-like containers stay: portals often put the field table inside one
        if n in page.consumed or n.tag in _DROP_ALWAYS or n.tag in ("nav", "footer", "aside"):
            return True
        if n not in page.chrome:
            return False
        marks = (n.get("id", "") + " " + n.get("class", "")).lower()
        return any(word in marks for word in _CHROME_WORDS if word != "header")

    for node in _label_elements(top, skip):
        if node in page.consumed:
            continue
        pairs = _child_pairs(page, node, skip)
        if pairs:
            found.extend(pairs)
            continue
        if node in page.has_block or node.tag in ("html", "body"):
            continue
        lines = [ln for ln in _own_text(node, skip).split("\n") if ln.strip()]
        if not lines or any(_label_only(ln) for ln in lines):
            continue
        results = [_inline_fields(ln) for ln in lines]
        for fields, _whole in results:
            found.extend(fields)
        if all(whole for _fields, whole in results):
            page.consumed.add(node)

    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for label, value in found:
        if value and label not in seen:
            seen.add(label)
            out.append((label, value))
    return out


def _child_pairs(page: _Page, node: Any, skip: Callable[[Any], bool]) -> list[tuple[str, str]]:
    """Label/value pairs among the children of ``node``: cells, ``<dt>``/``<dd>``, ``<span>``+text."""
    kids = [c for c in _kids(node) if not (isinstance(c, str) and not c.strip())]
    kids = [c for c in kids if isinstance(c, str) or not skip(c)]
    if all(isinstance(c, str) for c in kids):
        return []
    pairs: list[tuple[str, str]] = []
    used = 0
    i = 0
    while i < len(kids):
        k = kids[i]
        label = _label_only(_short_text(k)) if not isinstance(k, str) and k.tag != "br" else None
        if label is None:
            i += 1
            continue
        j = i + 1
        nxt = kids[j] if j < len(kids) else None
        if nxt is not None and not isinstance(nxt, str) and nxt.tag != "br":
            if _label_only(_short_text(nxt)):  # label followed by a label: no value
                page.consumed.add(k)
                used += 1
                i += 1
                continue
            value = _short_text(nxt, _MAX_FIELD_VALUE)
            if value is None or len(_emit(page, nxt, skip)) > 1:  # paragraphs of text are not a field value
                i += 1
                continue
            pairs.append((label, _cut_value(value)))
            page.consumed.update((k, nxt))
            used += 2
            i = j + 1
            continue
        # value is the text (and inline elements) after the label, up to a line end or label
        parts: list[str] = []
        taken: list[Any] = []
        while j < len(kids):
            c = kids[j]
            if isinstance(c, str):
                parts.append(c)
            elif c.tag == "br" or c.tag in _BLOCK or _label_like(_short_text(c)):
                break
            else:
                parts.append(_all_text(c))
                taken.append(c)
            j += 1
        value = _collapse("".join(parts))
        if len(value) > _MAX_FIELD_VALUE:
            i += 1
            continue
        pairs.append((label, _cut_value(value)))
        page.consumed.add(k)
        page.consumed.update(taken)
        used += 1 + (j - i - 1)
        i = j
    if pairs and used == len(kids):
        page.consumed.add(node)
    return pairs


# -- article ---------------------------------------------------------------------------------


def _candidate_parent(node: Any, top: Any) -> Any | None:
    """The nearest ancestor that can hold an article (``top`` at the latest)."""
    if node is top:
        return None
    n = node.getparent()
    while n is not None:
        if n is top or n.tag in _CANDIDATES:
            return n
        n = n.getparent()
    return None


def _plain_test(page: _Page, top: Any, skip: Callable[[Any], bool]
                ) -> tuple[set[Any], set[Any], Callable[[Any], bool]]:
    """Under ``top``: the elements ``skip`` is true of, the elements they hide, and a test for elements whose
    text can be taken in one go (no block, line break, rule, cell or skipped element below them)."""
    roots = [e for e in top.iter(*(_DROP_ALWAYS | _DROP_CHROME)) if e is not top and skip(e)]
    roots += [e for e in (page.consumed | page.chrome) if e is not top and skip(e)]
    hidden: set[Any] = set()
    for r in roots:
        if r not in hidden:
            hidden.update(r.iter())
    special: set[Any] = set()
    for e in [*top.iter("br", "hr", "td", "th"), *roots]:
        a = e.getparent()
        while a is not None and a not in special:
            special.add(a)
            a = a.getparent()
    return set(roots), hidden, lambda n: n not in page.has_block and n not in special


def _choose_container(page: _Page, top: Any, skip: Callable[[Any], bool]) -> Any:
    """The element holding the article: most Chinese text in ``<p>`` children, widened to
    an ancestor when that adds at least a quarter more paragraph text (articles split in parts)."""
    _skipped, hidden, plain = _plain_test(page, top, skip)
    direct: dict[Any, int] = {}

    def add(holder: Any, count: int) -> None:
        direct[holder] = direct.get(holder, 0) + count

    for n in top.iter("p"):  # the <p> elements _elements(top, skip) would give
        if n not in hidden:
            count = _cjk_count(page.plain_text(n) if plain(n) else _own_text(n, skip))
            if count:
                parent = _candidate_parent(n, top)
                add(top if parent is None else parent, count)
    if not direct:
        # no <p>: text in <div> lines, <br>-separated table cells, ...
        for n in _elements(top, skip):
            if n.tag not in _CANDIDATES and n.tag not in ("p", "pre", "font", "span"):
                continue
            count = _cjk_count(_own_text(n, skip, plain))
            if not count:
                continue
            if n.tag in _CANDIDATES and (n in page.has_block or n.tag in ("td", "th", "body")):
                holder = n
            else:
                parent = _candidate_parent(n, top)
                holder = top if parent is None else parent
            add(holder, count)
    if not direct:
        return top
    total: dict[Any, int] = {}
    for holder, count in direct.items():
        a: Any | None = holder
        while a is not None:
            total[a] = total.get(a, 0) + count
            a = None if a is top else _candidate_parent(a, top)
    best = max(direct, key=lambda k: direct[k])
    while best is not top:
        parent = _candidate_parent(best, top)
        if parent is None or total.get(parent, 0) < 1.25 * total.get(best, 0):
            break
        best = parent
    return best


def _emit(page: _Page, container: Any, skip: Callable[[Any], bool]) -> list[str]:
    """One line per block, ``<br>`` and table row (cells joined by a tab)."""
    skipped, _hidden, plain = _plain_test(page, container, skip)
    lines: list[str] = []
    cells: list[list[str]] = [[]]

    def flush() -> None:
        if len(cells) == 1 and not cells[0]:
            return
        texts = [_collapse("".join(c)) for c in cells]
        line = "\t".join(texts).rstrip("\t")
        if line.strip():
            lines.append(line)
        cells[:] = [[]]

    def visit(n: Any) -> None:  # recursion is bounded: libxml2 nests at most 255 levels
        tag = n.tag
        if tag in ("br", "hr"):
            flush()
            return
        if tag in ("td", "th"):
            if any("".join(c).strip() for c in cells):
                cells.append([])
        elif tag in _BLOCK:
            flush()
            if plain(n):  # a paragraph with nothing but inline text in it: one line at once
                line = _collapse(page.plain_text(n))
                if line:
                    lines.append(line)
                return
        if plain(n):
            cells[-1].append(page.plain_text(n))
        else:
            for c in _kids(n):
                if isinstance(c, str):
                    cells[-1].append(c)
                elif c not in skipped:  # skip(c), looked up
                    visit(c)
        if tag in _BLOCK and tag not in ("td", "th"):
            flush()

    visit(container)
    flush()
    return lines


def html_to_text(html: str, source: str) -> str:
    """Extract a report's text from an HTML page.

    Parses with lxml (libxml2's HTML parser: never fetches anything, never loads a DTD or expands
    declared entities; character references are decoded; nesting is capped at 255 levels and the
    page at a million tags; comments are dropped, an unclosed ``<!--`` running to the end of the
    file). Drops scripts, styles, head, navigation, headers, footers, sidebars and share bars.
    Page-header fields of government portals (标题, 索引号, 文号, 发文日期, 发布机构, 有效性, ...)
    found in tables, definition lists or ``<span>标签：</span>值`` items come first as ``标签:值``
    lines, in page order; then the article, one line per paragraph, ``<br>`` line or table row.

    Args:
        html: the decoded page.
        source: the file name, for error messages.

    Returns:
        The lines joined with ``"\\n"``.

    Raises:
        ReportError: the page cannot be parsed, is past the parser's limits, or has no article text.
    """
    article: list[str] = []
    fields: list[tuple[str, str]] = []
    try:
        root = _parse_html(html, source)
        if root is not None:
            page = _Page()
            _annotate(page, root)
            top = next(root.iter("body"), root)
            fields = _header_fields(page, top)
            for drop_chrome_classes in (True, False):

                def skip(n: Any, strict: bool = drop_chrome_classes) -> bool:
                    return (n in page.consumed or n.tag in _DROP_ALWAYS or n.tag in _DROP_CHROME
                            or (strict and n in page.chrome))

                lines = _emit(page, _choose_container(page, top, skip), skip)
                if _has_cjk(lines, _MIN_ARTICLE_CJK):
                    article = lines
                    break
    except ReportError:
        raise
    except Exception as exc:  # lxml and the tree walk: report any failure as bad input
        raise ReportError(source, f"the web page could not be parsed ({type(exc).__name__}: {exc})") from exc
    if not article:
        raise ReportError(source, "the web page has no article text")
    return "\n".join([f"{label}:{value}" for label, value in fields] + article)


# --------------------------------------------------------------------------------------------
# Word .docx
# --------------------------------------------------------------------------------------------


def docx_to_text(data: bytes, source: str) -> str:
    """Extract the text of a Word .docx file with python-docx.

    Paragraphs and tables are read in body order, one line per paragraph (a line break inside a
    paragraph starts a new line) and one line per table row with cells separated by a tab.

    Args:
        data: the bytes of the file.
        source: the file name, for error messages.

    Returns:
        The lines joined with ``"\\n"``.

    Raises:
        ReportError: not a zip, a zip that is not a Word document, a damaged document, or no text.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if not any(info.filename == "word/document.xml" for info in infos):
                raise ReportError(source, "the file is a zip archive that is not a Word document (no word/document.xml)")
            _check_zip_sizes(infos, source)
            _check_zip_inflation(data, infos, source)
    except ReportError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError,
            zlib.error) as exc:
        raise ReportError(source, f"the file is a damaged zip or Word document ({type(exc).__name__})") from exc

    import docx
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    try:
        document = docx.Document(io.BytesIO(data))
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.extend(_paragraph_lines(block))
            else:
                lines.extend(_table_lines(block))
    except ReportError:
        raise
    except Exception as exc:  # python-docx/lxml/zipfile raise many types on damaged files
        raise ReportError(source, f"the Word document could not be read; it may be damaged ({type(exc).__name__})") from exc
    if not any(line.strip() for line in lines):
        raise ReportError(source, "the Word document contains no text")
    return "\n".join(lines)


def _bomb(source: str, what: str) -> ReportError:
    return ReportError(source, f"the Word document is refused as a zip bomb: {what}")


def _check_zip_sizes(infos: list[zipfile.ZipInfo], source: str) -> None:
    """Refuse by the sizes the archive declares, before anything is inflated."""
    if len(infos) > _MAX_PARTS:
        raise _bomb(source, f"it has {len(infos)} parts; the limit is {_MAX_PARTS}")
    if any(info.flag_bits & 0x1 for info in infos):
        raise ReportError(source, "the document is password-protected: remove the password in Word and save it again")
    total = 0
    for info in infos:
        _check_part(info.filename, info.file_size, info.compress_size, source)
        total += info.file_size
        if total > _MAX_UNZIPPED:
            raise _bomb(source, f"its parts unpack to more than {_human_size(_MAX_UNZIPPED)}")


def _check_part(name: str, size: int, compressed: int, source: str) -> None:
    if size > _RATIO_FLOOR and size > _MAX_RATIO * max(compressed, 1):
        raise _bomb(source, f"{name} unpacks to {_human_size(size)} from {_human_size(compressed)} "
                            f"(more than {_MAX_RATIO} times its packed size)")
    if name.lower().endswith((".xml", ".rels")) and size > _MAX_XML_PART:
        raise _bomb(source, f"{name} unpacks to more than {_human_size(_MAX_XML_PART)}")
    if size > _MAX_UNZIPPED:
        raise _bomb(source, f"{name} unpacks to more than {_human_size(_MAX_UNZIPPED)}")


def _check_zip_inflation(data: bytes, infos: list[zipfile.ZipInfo], source: str) -> None:
    """Inflate every part in small chunks, discarding the output: a part that yields more than it declares,
    or more than the limits, is refused with memory staying flat, whatever its headers say."""
    total = 0
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ReportError(source, f"the Word document uses an unsupported compression for {info.filename}")
        start = _member_data_offset(data, info)
        raw = memoryview(data)[start : start + info.compress_size]
        if len(raw) < info.compress_size:
            raise ReportError(source, f"the file is a damaged zip or Word document ({info.filename} is cut short)")
        size = 0
        crc = 0
        inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
        pos = 0
        pending = b""
        while True:
            if inflater is None:
                chunk = bytes(raw[pos : pos + _INFLATE_CHUNK])
                pos += len(chunk)
                if not chunk:
                    break
            else:
                if not pending:
                    pending = bytes(raw[pos : pos + _INFLATE_CHUNK])
                    pos += len(pending)
                if not pending:
                    chunk = inflater.flush()
                    if not chunk:
                        break
                else:
                    chunk = inflater.decompress(pending, _INFLATE_CHUNK)
                    pending = inflater.unconsumed_tail
                if inflater.eof and not chunk:
                    break
            size += len(chunk)
            crc = zlib.crc32(chunk, crc)
            if size > info.file_size:
                raise _bomb(source, f"{info.filename} unpacks to more than the {_human_size(info.file_size)} "
                                    "its header declares")
            _check_part(info.filename, size, info.compress_size, source)
            if total + size > _MAX_UNZIPPED:
                raise _bomb(source, f"its parts unpack to more than {_human_size(_MAX_UNZIPPED)}")
        if size != info.file_size or crc != info.CRC:
            raise ReportError(source, f"the file is a damaged zip or Word document ({info.filename} does not match "
                                      "its header)")
        total += size


def _member_data_offset(data: bytes, info: zipfile.ZipInfo) -> int:
    """Where the packed bytes of a zip member start (after its local file header)."""
    at = info.header_offset
    header = data[at : at + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local file header for {info.filename}")
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    return at + 30 + name_len + extra_len


def _paragraph_lines(paragraph: Paragraph) -> list[str]:
    return paragraph.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _cell_text(cell: _Cell) -> str:
    from docx.text.paragraph import Paragraph

    parts: list[str] = []
    for block in cell.iter_inner_content():
        if isinstance(block, Paragraph):
            parts.append(block.text)
        else:
            parts.extend(_table_lines(block))
    return " ".join(_WS.sub(" ", p).strip() for p in parts if p.strip())


def _table_lines(table: Table) -> list[str]:
    """One line per row; merged cells appear once (vertically merged continuations are empty)."""
    from docx.table import _Cell

    lines = []
    for row in table.rows:
        cells = []
        for tc in row._tr.tc_lst:  # each <w:tc> once, unlike row.cells which repeats spans
            cells.append("" if tc.vMerge == "continue" else _cell_text(_Cell(tc, table)))
        lines.append("\t".join(cells).rstrip("\t"))
    return lines
