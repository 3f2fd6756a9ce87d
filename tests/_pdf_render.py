"""Render a synthetic report text to a PDF with the layout of a printed official document (tests only)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from fazhi_analysis.style import default_font_path

# A4 in points; margins close to GB/T 9704 (top 37 mm, left 28 mm, type area 156 x 225 mm).
PAGE_W, PAGE_H = 595.28, 841.89
LEFT, RIGHT, TOP, BOTTOM = 79.4, 73.7, 104.9, 99.2
BODY_SIZE = 16.0  # 三号
TITLE_SIZE = 22.0  # 二号
RED_SIZE = 36.0
PITCH = 28.9  # 22 lines per page

# ASCII runs are not broken across lines (as Word keeps "12,077" or "2020" together).
_TOKEN = re.compile(r"[0-9A-Za-z.,%:/\-+()·_]{1,12}|.", re.S)
_SIGNATURE = re.compile(
    r"^(\S{2,20}(人民政府|办公室|办公厅|司法局|管理局|委员会|局|镇|街道办事处))$|^(\d{4}|[〇零一二三四五六七八九]{4})年\S{1,3}月\S{1,3}日$"
)
_RECIPIENT = re.compile(r"^\S{2,16}[：:]$")


@dataclass
class Layout:
    """Options of the rendering.

    Attributes:
        page_numbers: ``"dash"`` (``- 3 -``), ``"di"`` (``第3页``), ``"slash"`` (``3/12``) or None.
        header: a running header printed at the top of every page, or None.
        footer: a running footer printed above the page number, or None.
        red_header: the issuing organ's red header line (``XX县人民政府文件``), or None.
        doc_number: the document number printed under the red header (centred), or None.
        indent: first-line indent of body paragraphs in characters.
        title: the title line (centred, large); None takes the first line containing 报告.
        stamp: draw a red seal over the signature: circle and star, with the issuer's name round the
            top as slanted text (as electronic seals carry it).
        watermark: a grey diagonal text across every page, or None.
    """

    page_numbers: str | None = "dash"
    header: str | None = None
    footer: str | None = None
    red_header: str | None = None
    doc_number: str | None = None
    indent: int = 2
    title: str | None = None
    stamp: bool = False
    watermark: str | None = None


@lru_cache(maxsize=1)
def _font_path() -> str:
    return str(default_font_path())


def _wrap(pdf, text: str, first_width: float, width: float) -> list[str]:
    """Greedy line breaking by character, keeping ASCII runs whole."""
    lines, cur, cur_w, limit = [], "", 0.0, first_width
    for tok in _TOKEN.findall(text):
        w = pdf.get_string_width(tok)
        if cur and cur_w + w > limit + 0.01:
            if tok == " ":  # a space at the break stays at the end of the line, as Word prints it
                lines.append(cur + " ")
                cur, cur_w, limit = "", 0.0, width
                continue
            lines.append(cur)
            cur, cur_w, limit = "", 0.0, width
        cur += tok
        cur_w += w
    if cur or not lines:
        lines.append(cur)
    return lines


def render_pdf(text: str, layout: Layout | None = None, *, encrypt_password: str | None = None) -> bytes:
    """The report ``text`` (one paragraph per line) laid out on A4 pages; returns the PDF bytes."""
    import fpdf

    layout = layout or Layout()
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_margins(LEFT, TOP, RIGHT)
    pdf.set_auto_page_break(False)
    pdf.add_font("noto", fname=_font_path())
    # The subset is saved once per PDF; recomputing every CFF glyph's bounds there takes seconds.
    pdf.fonts["noto"].ttfont.recalcBBoxes = False
    if encrypt_password:
        pdf.set_encryption(owner_password="owner-" + encrypt_password, user_password=encrypt_password)
    width = PAGE_W - LEFT - RIGHT
    state = {"y": PAGE_H}  # baseline of the next line; forces a first page

    def new_page() -> None:
        pdf.add_page()
        pdf.set_text_color(0, 0, 0)
        if layout.watermark:
            pdf.set_font("noto", size=40)
            pdf.set_text_color(200, 200, 200)
            with pdf.rotation(35, PAGE_W / 2, PAGE_H / 2):
                pdf.text(PAGE_W / 2 - pdf.get_string_width(layout.watermark) / 2, PAGE_H / 2, layout.watermark)
            pdf.set_text_color(0, 0, 0)
        if layout.header:
            pdf.set_font("noto", size=10.5)
            pdf.text(LEFT + (width - pdf.get_string_width(layout.header)) / 2, 60, layout.header)
        if layout.footer:
            pdf.set_font("noto", size=10.5)
            pdf.text(LEFT, PAGE_H - 70, layout.footer)
        state["y"] = TOP + BODY_SIZE

    def put(line: str, x: float, size: float, color=(0, 0, 0), pitch: float = PITCH) -> None:
        if state["y"] > PAGE_H - BOTTOM:
            new_page()
        pdf.set_font("noto", size=size)
        pdf.set_text_color(*color)
        pdf.text(x, state["y"], line)
        state["y"] += pitch

    def centred(line: str, size: float, color=(0, 0, 0), pitch: float = PITCH) -> None:
        pdf.set_font("noto", size=size)
        for part in _wrap(pdf, line, width, width):
            put(part, LEFT + (width - pdf.get_string_width(part)) / 2, size, color, pitch)

    new_page()
    if layout.red_header:
        pdf.set_font("noto", size=RED_SIZE)
        pdf.set_char_spacing(4)
        w = pdf.get_string_width(layout.red_header)
        state["y"] = TOP + 40
        put(layout.red_header, LEFT + (width - w) / 2, RED_SIZE, (230, 0, 0), pitch=70)
        pdf.set_char_spacing(0)
        if layout.doc_number:
            centred(layout.doc_number, BODY_SIZE)
        pdf.set_draw_color(230, 0, 0)
        pdf.set_line_width(1.5)
        pdf.line(LEFT, state["y"] - 14, PAGE_W - RIGHT, state["y"] - 14)
        state["y"] += 20

    lines = [ln.strip(" \u3000") for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    title = layout.title or next(
        (ln for ln in lines if "报告" in ln and len(ln) < 60 and not re.search("[:：]", ln)), None
    )
    seen_title = False
    for i, line in enumerate(lines):
        if line == title and not seen_title:
            seen_title = True
            state["y"] += 10
            centred(line, TITLE_SIZE, pitch=34)
            state["y"] += 10
            continue
        pdf.set_font("noto", size=BODY_SIZE)
        tail = i >= len(lines) - 8
        if "\t" in line:  # a table row: cells at fixed columns
            x = LEFT
            if state["y"] > PAGE_H - BOTTOM:
                new_page()
            for cell in line.split("\t"):
                pdf.set_font("noto", size=BODY_SIZE)
                pdf.text(x, state["y"], cell)
                x += 220
            state["y"] += PITCH
        elif tail and _SIGNATURE.match(line) and seen_title:
            w = pdf.get_string_width(line)
            x = PAGE_W - RIGHT - 4 * BODY_SIZE - w
            put(line, x, BODY_SIZE)
            if layout.stamp and not _SIGNATURE.match(line).group(3):
                layout = Layout(**{**layout.__dict__, "stamp": False})  # one seal, on the signing organ
                pdf.set_draw_color(230, 0, 0)
                pdf.set_line_width(2)
                cx, cy = x + w / 2, state["y"] - PITCH - 5
                pdf.circle(x=cx, y=cy, radius=60)
                pdf.set_fill_color(230, 0, 0)
                pdf.star(x=cx, y=cy, r_in=6, r_out=15, corners=5, style="F")
                pdf.set_text_color(230, 0, 0)
                pdf.set_font("noto", size=12)
                name = line if len(line) <= 12 else line[:12]
                for k, ch in enumerate(name):  # lettering round the top, each glyph turned
                    deg = 150 - k * 120 / max(len(name) - 1, 1)
                    if abs(deg - 90) < 5:
                        deg += 6  # no glyph upright
                    rad = math.radians(deg)
                    gx, gy = cx + 45 * math.cos(rad), cy - 45 * math.sin(rad)
                    with pdf.rotation(deg - 90, gx, gy):
                        pdf.text(gx - 6, gy + 4, ch)
                pdf.set_text_color(0, 0, 0)
        elif not seen_title or _RECIPIENT.match(line):
            for part in _wrap(pdf, line, width, width):
                put(part, LEFT, BODY_SIZE)
        else:
            ind = layout.indent * BODY_SIZE
            for k, part in enumerate(_wrap(pdf, line, width - ind, width)):
                put(part, LEFT + (ind if k == 0 else 0), BODY_SIZE)
            if not layout.indent:  # block paragraphs: space after instead of an indent
                state["y"] += PITCH / 2
    if layout.page_numbers:  # drawn last, when the number of pages is known
        total = pdf.pages_count
        for n in range(1, total + 1):
            pdf.page = n
            label = {"dash": f"- {n} -", "di": f"第{n}页", "slash": f"{n}/{total}"}[layout.page_numbers]
            pdf.set_font("noto", size=14)
            pdf.set_text_color(0, 0, 0)
            w = pdf.get_string_width(label)
            if layout.page_numbers == "dash":  # outer corner, as printed official documents
                x = PAGE_W - RIGHT - 14 - w if n % 2 else LEFT + 14
            else:
                x = LEFT + (width - w) / 2
            pdf.text(x, PAGE_H - 50, label)
    return bytes(pdf.output())


def render_scan(pages: int = 2, *, numbered: bool = False) -> bytes:
    """A scan-like PDF: every page one grey image with no text layer (``numbered``: with page numbers as text)."""
    import fpdf
    from PIL import Image, ImageDraw

    pdf = fpdf.FPDF(unit="pt", format="A4")
    for n in range(pages):
        img = Image.new("L", (300, 420), 245)
        draw = ImageDraw.Draw(img)
        for k in range(20):
            draw.rectangle((30, 40 + k * 18, 270 - (k % 3) * 40, 48 + k * 18), fill=60)
        pdf.add_page()
        pdf.image(img, x=0, y=0, w=PAGE_W, h=PAGE_H)
        if numbered:
            pdf.set_font("helvetica", size=12)
            pdf.text(PAGE_W / 2 - 30, PAGE_H - 40, f"Page {n + 1} of {pages}")
    return bytes(pdf.output())
