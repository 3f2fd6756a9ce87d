"""Structure of a report: metadata, the section tree and the lossless paragraph table.

Rules (documented for users in the README):

* Paragraphs are the stripped non-blank lines of the text. A line that opens with a heading marker and
  an inline lead sentence (``（一）全面完善重大行政决策机制。坚持…``) is split in two: the heading
  (marker and lead sentence) and the body that follows. Every non-blank character lies in exactly one
  paragraph and ``text[start:end] == paragraph text``.
* Heading levels come from the marker: 1 ``一、`` 2 ``(一)``/``（一）`` 3 ``1.``/``1、``/``１．``
  4 ``一是``/``（1）``/``①`` (level 4 only at the start of a line).
* Each top-level section gets a ``part`` from its heading; children inherit their ancestor's part.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .numerals import find_year, parse_date

# ---------------------------------------------------------------------------------------------- records


@dataclass
class Paragraph:
    """One paragraph: an exact span of the report text."""

    paragraph_id: int
    kind: str
    start: int
    end: int
    section_id: int | None = None


@dataclass
class Section:
    """One heading of the section tree."""

    section_id: int
    parent_id: int | None
    level: int
    marker: str
    heading: str | None
    start: int
    end: int
    part: str | None = None


@dataclass
class Structure:
    """Output of :func:`parse_structure`."""

    metadata: dict
    sections: list[Section]
    paragraphs: list[Paragraph]
    warnings: list[tuple[str, str]] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------- patterns

_HEADER_LABELS = (
    "标题", "名称", "索引号", "文号", "发文字号", "发文日期", "成文日期", "发布日期", "发布时间", "公开日期",
    "生成日期", "印发日期",
    "发布机构", "发文机关", "发文机构", "发布单位", "有效性", "时效", "主题分类", "主题词", "体裁分类",
    "信息来源", "来源", "所属机构", "公开方式", "公开范围", "公开时限", "生效日期", "废止日期", "内容概述", "关键词",
)
_LABEL_ALT = "|".join(sorted(_HEADER_LABELS, key=len, reverse=True))
_HEADER_LINE = re.compile(rf"^(?:[•·\-*]\s*)?(?:{_LABEL_ALT})\s*[:：]")
_HEADER_FIELD = re.compile(rf"(?:^|\s|[•·])({_LABEL_ALT})\s*[:：]\s*")
_FIELD_MAP = {
    "标题": "title", "名称": "title", "索引号": "index_no", "文号": "doc_number", "发文字号": "doc_number",
    "发布机构": "issuer", "发文机关": "issuer", "发文机构": "issuer", "发布单位": "issuer",
    "有效性": "validity", "时效": "validity",
}
_DATE_FIELDS = ("发文日期", "发布日期", "发布时间", "公开日期", "印发日期", "成文日期", "生成日期")

_CHROME = re.compile(
    r"^(?:[•·|｜>＞\-\s]*)(?:首页|当前位置|您现在的位置|位置[:：]|字号|字体|[大中小](?:\s*[大中小])*$|\|$|打印|关闭|"
    r"【|分享|收藏|扫一扫|浏览次数|阅读次数|访问量|相关链接|相关文件|上一篇|下一篇|返回|解读|"
    r"附件[:：]?$|图片$|正文$|手机$|标题$|视频$|视力保护|无障碍|简体|繁体|政务公开|政府信息公开|"
    r"网站地图|联系我们|版权所有|主办单位|承办单位|技术支持|ICP|网站标识码|政府网站找错|"
    r"信息公开|打印本页|关闭窗口|【打印】|【关闭】)"
)
_TITLE_WORDS = re.compile(r"法治政府|依法行政|法治建设|法治")
_TITLE_KIND = re.compile(r"报告|情况|总结")
_TITLE_NOT = re.compile(r"(?:通知|意见|办法|方案|决定|规定|要点|细则|公告|通告|批复|函)$")
_DOC_NUMBER = re.compile(
    r"^[^\s，。,]{1,15}?[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d{1,4}\s*号$"
)
_RECIPIENT = re.compile(r"^[\u4e00-\u9fff、，,（）()]{2,40}[:：]$")
_DATE_LINE = re.compile(
    r"^(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*(?:[（(][^（）()]{1,12}[）)])?$"
)
_ORG_SUFFIX = re.compile(r"(?:人民政府|政府|办事处|委员会|管委会|管理委员会|局|厅|委|办公室|办|院|中心|署|部|站|所|队)$")
_SIGN_WITH_DATE = re.compile(
    r"^(?P<org>[\u4e00-\u9fff（）()]{2,40}?)\s+(?P<date>(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年.{1,8}日)$"
)
_CLOSING_NOTE = re.compile(r"^[（(](?:此件|本件).{0,12}[）)]$")

_CN = "一二三四五六七八九十"
_MARKERS = (
    (1, re.compile(rf"^(?:([{_CN}]{{1,3}})\s*[、.．]|第([{_CN}]{{1,3}})部分\s*[、.．:：]?)")),
    (2, re.compile(rf"^[(（]\s*([{_CN}]{{1,3}})\s*[)）]\s*[、.．]?")),
    (3, re.compile(r"^([0-9０-９]{1,2})\s*(?:[.．](?![0-9０-９])|、)")),
    (4, re.compile(rf"^(?:([{_CN}]{{1,3}})是|[(（]\s*([0-9０-９]{{1,2}})\s*[)）]|([①-⑳]))")),
)
_LEAD_END = "。！？；;!?："
_MAX_LEAD = 50
_MAX_LINE_HEADING = 60

_PART_RULES = (
    ("other", re.compile(r"其[他它].{0,6}(?:事项|情况|工作)|需要报告")),
    ("responsibility", re.compile(r"第一责任人|主要负责人|主要负责同志|党政主要负责|履行推进法治建设")),
    ("shortcomings", re.compile(r"不足|存在.{0,4}问题|问题.{0,2}[和与及].{0,4}(?:原因|不足|差距)|差距|短板|薄弱")),
    ("plans", re.compile(r"下一步|打算|安排|思路|计划|展望|努力方向|工作重点|重点工作|工作设想|今后")),
    ("achievements", re.compile(r"举措|成效|情况|做法|成绩|进展|主要工作|取得|开展|落实|推进|完成")),
)
_STRONG_ACHIEVEMENTS = re.compile(r"举措|成效|情况|做法|成绩|进展|取得")


# ---------------------------------------------------------------------------------------------- helpers

_WS = " \t\u3000"


def _lines(text: str):
    """Yield (start, end) of each stripped non-blank line."""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        s, e = pos, nl
        while s < e and text[s] in _WS:
            s += 1
        while e > s and text[e - 1] in _WS:
            e -= 1
        if e > s:
            yield s, e
        pos = nl + 1


def header_fields(line: str) -> list[tuple[str, str]]:
    """Split a page-header line into (label, value) pairs: ``索引号: X 文号: Y`` -> two pairs."""
    found = list(_HEADER_FIELD.finditer(line))
    out = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(line)
        out.append((m.group(1), line[m.end():end].strip(" \t\u3000•·|")))
    return out


def _clean_doc_number(v: str | None) -> str | None:
    if not v:
        return None
    v = v.strip()
    return v if re.search(r"\d", v) else None  # "〔〕号" and "无" are placeholders


def is_title(line: str) -> bool:
    """True when ``line`` reads like the title of a rule-of-law report."""
    return (len(line) <= 80 and "。" not in line and bool(_TITLE_WORDS.search(line))
            and bool(_TITLE_KIND.search(line)) and not _TITLE_NOT.search(line))


_REGION_UNIT = r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|县|旗|新区|区|街道|镇|乡|苏木)(?![市县区州](?!场))"
# the first piece is any place name; later pieces of a chain (省 -> 市 -> 县) cannot hold the characters
# of organ names, so "中共青川县委全面依法治县…" stops at 青川县
_REGION = re.compile(
    rf"^([\u4e00-\u9fff]{{1,12}}?{_REGION_UNIT}"
    rf"(?:(?:(?![委办局府会部厅院关于年的和及共党])[\u4e00-\u9fff]){{1,10}}?{_REGION_UNIT})*)"
)
_REGION_NOT_BEFORE = ("人民政府", "政府", "关于")


def region_of(name: str | None) -> str | None:
    """The administrative region a title or organisation name starts with (``沂源县人民政府…`` -> ``沂源县``)."""
    if not name:
        return None
    s = re.sub(r"^(?:中共)?", "", name.strip())
    s = re.sub(r"^关于", "", s)
    s = re.sub(r"^(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年度?", "", s)
    m = _REGION.match(s)
    if not m:
        return None
    region = m.group(1)
    # "XX市人民政府" matched as far as "XX市" is right; guard against swallowing words of the organ name.
    for w in _REGION_NOT_BEFORE:
        if w in region:
            region = region.split(w)[0]
    return region or None


def _marker(text: str, s: int, e: int, allow_level4: bool):
    """Return (level, marker_end) if the line text[s:e] opens with a heading marker."""
    line = text[s:min(e, s + 12)]
    for level, rx in _MARKERS:
        if level == 4 and not allow_level4:
            continue
        m = rx.match(line)
        if m:
            return level, s + m.end()
    return None


def classify_part(heading: str | None, report_year: int | None) -> str | None:
    """The part of the report a top-level heading introduces, or None when its words say nothing."""
    if not heading:
        return None
    for part, rx in _PART_RULES:
        if rx.search(heading):
            if part == "achievements" and report_year:
                y = find_year(heading)
                if y and y > report_year:
                    return "plans"
            return part
    y = find_year(heading)
    if y and report_year and y > report_year:
        return "plans"
    return None


# ---------------------------------------------------------------------------------------------- main


def parse_structure(text: str) -> Structure:
    """Parse metadata, sections and paragraphs from normalised report text.

    Args:
        text: the report text (after :func:`fazhi_analysis.normalize.normalize_text`).

    Returns:
        A :class:`Structure`. It never raises on odd input; it records warnings instead.
    """
    spans = list(_lines(text))
    n = len(spans)
    kinds: list[str | None] = [None] * n
    header: dict[str, str] = {}
    header_dates: dict[str, str] = {}
    warnings: list[tuple[str, str]] = []

    # 1. page header fields (label lines, possibly with the value on the next line)
    pending_label = None
    for i, (s, e) in enumerate(spans):
        line = text[s:e]
        if _HEADER_LINE.match(line):
            kinds[i] = "metadata"
            fields = header_fields(line)
            for label, value in fields:
                _store_header(header, header_dates, label, value)
            pending_label = fields[-1][0] if fields and not fields[-1][1] else None
        elif pending_label is not None:
            if len(line) <= 80 and not _CHROME.match(line):
                kinds[i] = "metadata"
                _store_header(header, header_dates, pending_label, line)
            pending_label = None

    # 2. title: the article's copy of the title. Saved portal pages often print it twice (page title,
    #    then article title after more chrome): take the last copy before the first heading.
    def squash(i: int) -> str:
        return re.sub(r"\s+", "", text[slice(*spans[i])])

    first_marker = next((i for i, (s, e) in enumerate(spans) if kinds[i] is None and _marker(text, s, e, False)), n)
    limit = min(n, first_marker, 80)
    htitle = re.sub(r"\s+", "", header.get("title") or "")
    copies = [i for i in range(limit) if kinds[i] is None and htitle and squash(i) == htitle]
    if not copies:
        first = next((i for i in range(limit) if kinds[i] is None and is_title(text[slice(*spans[i])])
                      and not _CHROME.match(text[slice(*spans[i])]) and ">" not in text[slice(*spans[i])]
                      and "＞" not in text[slice(*spans[i])]), None)
        if first is not None:
            copies = [i for i in range(first, limit) if kinds[i] is None and squash(i) == squash(first)]
    title_idx = copies[-1] if copies else None
    for i in copies[:-1]:
        kinds[i] = "chrome"  # the page's own copy of the title
    if title_idx is not None:
        kinds[title_idx] = "title"

    # 3. closing: date line (possibly with the signature on the same line) near the end
    close_idx = None
    for i in range(n - 1, max(-1, n - 60), -1):
        s, e = spans[i]
        line = text[s:e]
        if kinds[i] is not None:
            continue
        if _DATE_LINE.match(line) or _SIGN_WITH_DATE.match(line):
            close_idx = i
            break
    signature = signed_date = None
    if close_idx is not None:
        s, e = spans[close_idx]
        line = text[s:e]
        kinds[close_idx] = "closing"
        m = _SIGN_WITH_DATE.match(line)
        if m:
            signature, signed_date = m.group("org"), parse_date(m.group("date"))
        else:
            signed_date = parse_date(line)
            j = close_idx - 1
            while j > (title_idx if title_idx is not None else -1):
                ps, pe = spans[j]
                pline = text[ps:pe]
                if len(pline) <= 40 and _ORG_SUFFIX.search(pline) and "。" not in pline:
                    kinds[j] = "closing"
                    signature = signature or pline
                    j -= 1
                    continue
                if _CLOSING_NOTE.match(pline):
                    kinds[j] = "closing"
                    j -= 1
                    continue
                break
        for k in range(close_idx + 1, n):
            if kinds[k] is None:
                ks, ke = spans[k]
                kinds[k] = "closing" if _CLOSING_NOTE.match(text[ks:ke]) else "chrome"

    # 4. before the title: chrome (a red-header document number there still counts); doc number and
    #    recipient right after the title
    first_body = (title_idx + 1) if title_idx is not None else 0
    body_doc_number = recipient = None
    for i in range(0, first_body):
        if kinds[i] is None:
            line = text[slice(*spans[i])]
            if body_doc_number is None and _DOC_NUMBER.match(line):
                kinds[i], body_doc_number = "doc_number", line
            else:
                kinds[i] = "chrome"
    i, looked = first_body, 0
    while i < n and looked < 6:
        if kinds[i] is not None:  # a header field or chrome between the title and the doc number
            i += 1
            continue
        looked += 1
        s, e = spans[i]
        line = text[s:e]
        if body_doc_number is None and _DOC_NUMBER.match(line):
            kinds[i], body_doc_number = "doc_number", line
        elif recipient is None and _RECIPIENT.match(line) and not _MARKERS[0][1].match(line):
            kinds[i], recipient = "recipient", line.rstrip(":：")
        elif _CHROME.match(line) and len(line) <= 30:
            kinds[i] = "chrome"
        else:
            break
        i += 1
    # 5. body lines: chrome leftovers, headings (split inline lead sentences), body
    paragraphs: list[Paragraph] = []
    sections: list[Section] = []
    stack: list[Section] = []
    report_year = find_year(header.get("title") or (text[slice(*spans[title_idx])] if title_idx is not None else None))
    seen_heading = False
    for idx, (s, e) in enumerate(spans):
        kind = kinds[idx]
        if kind is not None:
            paragraphs.append(Paragraph(len(paragraphs) + 1, kind, s, e))
            continue
        line = text[s:e]
        if not seen_heading and _CHROME.match(line) and len(line) <= 30:
            paragraphs.append(Paragraph(len(paragraphs) + 1, "chrome", s, e))
            continue
        mk = _marker(text, s, e, allow_level4=True)
        if mk is None:
            paragraphs.append(Paragraph(len(paragraphs) + 1, "body", s, e))
            continue
        seen_heading = True
        level, mend = mk
        marker = text[s:mend].rstrip(_WS)
        rest_s = mend
        while rest_s < e and text[rest_s] in _WS:
            rest_s += 1
        rest = text[rest_s:e]
        heading, split_at = _heading_text(rest)
        while stack and stack[-1].level >= level:
            stack.pop()
        sec = Section(len(sections) + 1, stack[-1].section_id if stack else None, level, marker,
                      heading, s, e)
        sections.append(sec)
        stack.append(sec)
        if split_at is None:  # whole line is the heading, or a numbered body paragraph without a clear lead
            kind = "heading" if heading is not None else "body"
            paragraphs.append(Paragraph(len(paragraphs) + 1, kind, s, e, sec.section_id))
        else:
            hs_end = rest_s + split_at
            paragraphs.append(Paragraph(len(paragraphs) + 1, "heading", s, hs_end, sec.section_id))
            bs = hs_end
            while bs < e and text[bs] in _WS:
                bs += 1
            if bs < e:
                paragraphs.append(Paragraph(len(paragraphs) + 1, "body", bs, e, sec.section_id))

    # section ids for paragraphs and section ends
    _assign_sections(paragraphs, sections)
    _assign_parts(sections, report_year)

    metadata = _metadata(text, header, header_dates, spans, title_idx, body_doc_number, recipient,
                         signature, signed_date)
    if not sections:
        warnings.append(("no_sections", "no numbered headings (一、 / （一） / 1.) were found"))
    return Structure(metadata, sections, paragraphs, warnings)


def _store_header(header: dict, header_dates: dict, label: str, value: str) -> None:
    if not value:
        return
    if label in _DATE_FIELDS:
        header_dates.setdefault(label, value)
    elif label in _FIELD_MAP:
        key = _FIELD_MAP[label]
        if value and key not in header:
            header[key] = value


def _heading_text(rest: str) -> tuple[str | None, int | None]:
    """Heading text of what follows a marker, and where an inline lead sentence ends (None: whole line)."""
    stripped = rest.rstrip(_LEAD_END + "，,、 ")
    inner_end = any(c in rest[:len(stripped)] for c in "。！？!?；;")
    if not inner_end and len(rest) <= _MAX_LINE_HEADING:
        return (stripped.strip() or None), None
    for i, c in enumerate(rest[:_MAX_LEAD + 1]):
        if c in _LEAD_END:
            head = rest[:i].strip()
            if not head or i == len(rest) - 1:
                break
            return head, i + 1
    return None, None


def _assign_sections(paragraphs: list[Paragraph], sections: list[Section]) -> None:
    if not sections:
        return
    by_start = {sec.start: sec for sec in sections}
    current: Section | None = None
    last_content_end: dict[int, int] = {}
    for p in paragraphs:
        if p.kind not in ("heading", "body"):
            continue
        current = by_start.get(p.start, current)
        if current is not None:
            p.section_id = current.section_id
            last_content_end[current.section_id] = p.end
    # a section ends where its last descendant's content ends
    parent = {sec.section_id: sec.parent_id for sec in sections}
    ends = {sec.section_id: sec.end for sec in sections}
    for sid, end in last_content_end.items():
        node = sid
        while node is not None:
            if end > ends[node]:
                ends[node] = end
            node = parent[node]
    for sec in sections:
        sec.end = ends[sec.section_id]


def _assign_parts(sections: list[Section], report_year: int | None) -> None:
    roots = [s for s in sections if s.parent_id is None]
    seen_later = False
    seen_shortcomings = False
    for sec in roots:
        part = classify_part(sec.heading, report_year)
        if part == "achievements" and seen_shortcomings and not _STRONG_ACHIEVEMENTS.search(sec.heading or ""):
            part = "plans"  # after the shortcomings, "继续推进…" announces plans, not results
        if part == "shortcomings":
            seen_shortcomings = True
        if part in ("shortcomings", "plans"):
            seen_later = True
        if part is None:
            part = "other" if seen_later else "achievements"
        sec.part = part
    by_id = {s.section_id: s for s in sections}
    for sec in sections:
        if sec.parent_id is not None:
            inherited = by_id[sec.parent_id].part
            own = classify_part(sec.heading, report_year) if inherited in ("shortcomings", "plans") else None
            # "三、存在的问题和下一步打算" holds both parts: its children say which is which
            sec.part = own if own in ("shortcomings", "plans") else inherited


def _year_from_body(text: str, spans, title_idx) -> int | None:
    """When the title names no year: the year an opening line starts with (``2019年，全县…``, ``一、2019年…``)."""
    start = (title_idx + 1) if title_idx is not None else 0
    for s, e in spans[start:start + 8]:
        m = re.match(r"^(?:[一二三四五六七八九十]{1,2}、)?\s*((?:19|20)\d{2})\s*年", text[s:e])
        if m:
            return int(m.group(1))
    return None


def _metadata(text, header, header_dates, spans, title_idx, body_doc_number, recipient, signature,
              signed_date) -> dict:
    body_title = text[slice(*spans[title_idx])] if title_idx is not None else None
    title = header.get("title") or body_title
    publish = None
    for label in _DATE_FIELDS:
        publish = parse_date(header_dates.get(label))
        if publish:
            break
    issuer = header.get("issuer") or signature
    doc_number = _clean_doc_number(header.get("doc_number")) or body_doc_number
    region = region_of(title) or region_of(issuer) or region_of(signature)
    return {
        "title": title,
        "index_no": header.get("index_no"),
        "doc_number": doc_number,
        "body_doc_number": body_doc_number,
        "publish_date": publish,
        "issuer": issuer,
        "validity": header.get("validity"),
        "report_year": find_year(title) or _year_from_body(text, spans, title_idx),
        "region": region,
        "recipient": recipient,
        "signature": signature,
        "signed_date": signed_date if isinstance(signed_date, dt.date) else None,
    }
