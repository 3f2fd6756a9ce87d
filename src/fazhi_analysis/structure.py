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

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import islice

from .numerals import find_year, parse_date, to_simplified
from .places import identity

# ---------------------------------------------------------------------------------------------- records


@dataclass(slots=True)
class Paragraph:
    """One paragraph: an exact span of the report text."""

    paragraph_id: int
    kind: str
    start: int
    end: int
    section_id: int | None = None


@dataclass(slots=True)
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
    "标题", "名称", "索引号", "信息索引号", "文号", "发文字号", "发文日期", "成文日期", "发布日期", "发布时间",
    "发表日期", "发表时间", "发布于", "信息提供日期",
    "公开日期", "生成日期", "印发日期", "更新时间", "更新日期", "成文时间", "发文时间", "日期", "时间",
    "发布机构", "发文机关", "发文机构", "发布单位", "有效性", "效力状态", "时效性", "公文时效", "时效", "主题分类", "主题词", "体裁分类",
    "信息来源", "文章来源", "来源", "责任部门", "所属机构", "公开方式", "公开范围", "公开时限", "生效日期",
    "废止日期", "失效时间", "失效日期", "内容概述", "关键词", "作者", "分类", "组配分类", "主题分类",
)
# labels that also stand without a colon, followed by a space and the value (责任部门 塘栖镇)
_BARE_LABELS = (
    "索引号", "信息索引号", "文号", "发文字号", "发文日期", "成文日期", "发布日期", "发布时间", "发表日期", "发表时间", "公开日期",
    "更新时间", "发布机构", "发文机关", "发布单位", "信息来源", "文章来源", "来源", "责任部门", "有效性",
    "生成日期", "组配分类", "主题分类", "标题", "失效时间", "发文机构", "更新日期", "成文时间", "发文时间", "生效日期",
    "印发日期", "公开方式", "公开范围", "失效日期",
)


def _title_doc_number(title: str | None) -> str | None:
    """The doc number a portal prints in brackets before the title (``[X政发〔2026〕7号]…的报告``)."""
    m = _TITLE_DOC_NUMBER.match(title.strip(" \t\u3000|｜")) if title else None
    return m.group(1) if m else None


def _body_before(text: str, spans, kinds, title_idx: int | None, i: int) -> bool:
    """Whether a line of running text (a sentence, or a long line) comes between the title and line ``i``."""
    for j in range((title_idx + 1) if title_idx is not None else 0, i):
        if kinds[j] is None:
            line = text[slice(*spans[j])]
            if "。" in line or len(line) > 60:
                return True
    return False


# the spaces a label may hold between two of its characters: any run of [ \t\u3000], written so that it
# compiles without a character set beyond U+00FF (Python builds a 64K table for each such set, and the ~600 gaps
# of the header patterns cost 0.3-0.8 s of compiling at every start-up). A gap stands between two label
# characters, so it takes the whole run of spaces there, as [ \t\u3000]* does.
_GAP = r"[ \t]*(?:\u3000[ \t]*)*"


def _spaced(label: str) -> str:
    """A label that may be printed with spaces between its characters (索 引 号)."""
    return _GAP.join(map(re.escape, label))


_LABEL_SET = frozenset(_HEADER_LABELS)
_LABEL_ALT = "|".join(_spaced(x) for x in sorted(_HEADER_LABELS, key=len, reverse=True))
# a value that runs into the next cell's label printed without its colon or value (发布机构 县教育局 文号,
# 索引号:X 分 类:综合政务): the value ends before it
_NEXT_LABEL = re.compile(rf"[ \t\u3000]+(?:{_LABEL_ALT})(?=[ \t\u3000]*[:：]|[ \t\u3000]|$)")
# any short word and a colon after a space ends a value too: the next cell's label, listed or not
_ANY_NEXT_LABEL = re.compile(r"[ \t\u3000]+[\u4e00-\u9fff]{2,8}[ \t\u3000]*[:：]")
_BARE_ALT = "|".join(_spaced(x) for x in sorted(_BARE_LABELS, key=len, reverse=True))
# a label with a qualifier before it, before a colon: 备注/文号: X, 公文生成日期: 2025-02-07
_LABEL_PREFIX = r"(?:[\u4e00-\u9fff]{1,4}[/／]|公文)?"
_CELL = r"[•·\-*|｜\s]"  # bullets and table-cell separators before a label
_HEADER_LINE = re.compile(
    rf"^{_CELL}*(?:{_LABEL_PREFIX}(?:{_LABEL_ALT})\s*[:：]|(?:{_BARE_ALT})[ \t\u3000|｜]+(?=\S)|[\[【]\s*(?:{_LABEL_ALT})\s*[\]】])"
)
_HEADER_FIELD = re.compile(
    rf"(?:^|(?<=[\s•·|｜])){_LABEL_PREFIX}({_LABEL_ALT})\s*[:：]\s*|(?:^|(?<=[\s•·|｜]))({_BARE_ALT})[ \t\u3000|｜]+(?=[^\s:：|｜])"
    rf"|(?:^|(?<=[\s•·|｜]))[\[【]\s*({_LABEL_ALT})\s*[\]】]\s*[:：]?[ \t\u3000|｜]*"
)
_FIELD_MAP = {
    "标题": "title", "名称": "title", "索引号": "index_no", "信息索引号": "index_no", "文号": "doc_number",
    "发文字号": "doc_number", "发布机构": "issuer", "发文机关": "issuer", "发文机构": "issuer",
    "发布单位": "issuer", "信息来源": "source_org", "文章来源": "source_org", "来源": "source_org",
    "责任部门": "source_org", "有效性": "validity", "时效": "validity", "时效性": "validity",
    "效力状态": "validity", "公文时效": "validity",
}
_DATE_FIELDS = ("发文日期", "发布日期", "发布时间", "发表日期", "发表时间", "发布于", "信息提供日期", "公开日期", "印发日期", "成文日期", "生成日期", "发文时间",
                "成文时间", "更新时间", "更新日期", "日期", "时间")
# labels run straight into their value on some portals (发布机构屏边县…人民政府, 索引号pbx/2026-1)
_GLUED_LABELS = ("信息索引号", "索引号", "发布机构", "发文机关", "发文机构", "发布单位", "发布日期", "发文日期", "成文日期",
                 "发布时间", "发表日期", "发表时间", "更新时间", "更新日期", "公开日期", "生成日期", "印发日期", "发文字号", "文号", "时效性",
                 "有效性", "信息来源", "文章来源", "来源", "责任部门", "主题分类", "标题")
_GLUED_ALT = "|".join(sorted(_GLUED_LABELS, key=len, reverse=True))
_GLUED = re.compile(rf"^[•·\-*|｜\s]*({_GLUED_ALT})(?=\S)(?![:：])(?=.{{0,120}}$)")
# the next label glued to its value inside a line of them: 索引号X/2023-00012发布机构XX县司法局, XX县人民政府发文日期2023-…
_GLUED_NEXT = re.compile(rf"[ \t\u3000|｜]*({_GLUED_ALT})(?=\S)(?![:：])")
_GLUED_DATE = re.compile(r"^(?:19|20)\d{2}\s*[-/.年]")
_GLUED_ORGAN = re.compile(r"^(?![于自])[\u4e00-\u9fff（）()]{2,30}$")
# what can follow the leading cell characters of a line that _HEADER_LINE or _GLUED matches: a label's first
# character, 公文, a bracket, or a short qualifier before a slash (备注/文号)
_HEADER_FIRST = frozenset([x[0] for x in _HEADER_LABELS + _GLUED_LABELS] + ["公", "[", "【"])
_CELL_CHARS = frozenset("•·-*|｜")


def _may_be_header(line: str) -> bool:
    """False when neither _HEADER_LINE nor _GLUED can match ``line`` (most lines of a report): its first
    character after bullets, cell separators and spaces starts no label, bracket or qualifier."""
    k, n = 0, len(line)
    while k < n and (line[k] in _CELL_CHARS or line[k].isspace()):
        k += 1
    if k == n:
        return False
    c = line[k]
    return c in _HEADER_FIRST or ("\u4e00" <= c <= "\u9fff" and not _SLASHES.isdisjoint(line[k + 1:k + 5]))


_SLASHES = frozenset("/／")
# a date (and time) ending another field's value: 来源:某某日报 2025-03-16 08:15
_VALUE_DATE = re.compile(r"[ \t\u3000]+((?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
                         r"(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?)$")
# a date field in the middle of a short page-header line: 某某区人民政府门户网站  发布时间:2024-03-30,
# 浏览:3861次 时间:2023-01-05 来源:本站
# (or printed without its colon in a row of table cells: 公开类别 主动公开 发布时间 2031-05-20)
_MID_DATE_FIELD = re.compile(r"(?<=[\s•·|｜])(?:发布时间|发布日期|发表日期|发表时间|更新时间|更新日期|发文日期|成文日期|日期|时间)"
                             r"(?:\s*[:：]\s*(?:19|20)\d{2}\s*[-/.年]|[ \t\u3000]+(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?![\d-]))")
# a date field glued to the end of another field's value, without a space (来源:XX区司法局时间:2024-02-28,
# 来源:XX县人民政府更新时间:2022-03-10 12:17:36, 信息来源:XX局发布日期：2023年3月1日)
_GLUED_DATE_FIELD = re.compile(r"(?<=[\u4e00-\u9fff）)])(发布时间|发布日期|发表日期|发表时间|更新时间|更新日期|发文日期|成文日期|公开日期|日期|时间)"
                               r"\s*[:：]\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                               r"(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?)")
# the source's label run straight into a date field's value (发布时间:2031-04-02 10:28来源:XX区司法局)
_DATE_GLUED_SOURCE = re.compile(r"(?<=\d)(来源|信息来源|文章来源)[ \t\u3000]*[:：][ \t\u3000]*")
# words after a header value that are no part of it (来源:XX街道 点击率: / 字体大小:)
_VALUE_STOP = re.compile(r"\s+(?:点击率|点击数|浏览量|浏览次数|阅读次数|访问量|字体|字号|【|打印|分享|收藏)")

_CHROME = re.compile(
    # (a breadcrumb in any of its wordings: 当前位置, 当前所在位置, 您的位置, 您所在的位置, 您现在所在的位置, 您当前的位置)
    r"^(?:[•·|｜>＞\-\s]*)(?:首页|当前(?:所在)?位置|您(?:现在|当前|目前)?(?:所在|所处)?的?位置|位置[:：]|字号|字体|[大中小](?:\s*[大中小])*$|\|$|打印|关闭|"
    r"【|分享|收藏|扫一扫|浏览次数|阅读次数|访问量|相关链接|相关文件|上一篇|下一篇|返回|解读|"
    r"附件[:：]?$|图片$|正文$|手机$|标题$|视频$|视力保护|无障碍|简体|繁体|政务公开|政府信息公开|"
    r"网站地图|联系我们|版权所有|主办单位|承办单位|技术支持|ICP|网站标识码|政府网站找错|"
    r"信息公开|打印本页|关闭窗口|【打印】|【关闭】)"
)
# page leftovers that are chrome wherever they stand (after the signature, between body paragraphs)
_LEFTOVER = re.compile(
    r"^(?:[•·|｜\s]*)(?:解读地址|相关解读|政策解读|浏览次数|阅读次数|访问次数|点击数|【\s*打印|【\s*关闭|【\s*字体|"
    r"打印本页|关闭窗口|扫一扫|分享到|上一篇|下一篇|相关链接|相关阅读|责任编辑|网站地图|版权所有|主办单位|"
    r"ICP|网站标识码)"
)
_TITLE_WORDS = re.compile(r"法治政府|依法行政|法治建设|法治")
_TITLE_KIND = re.compile(r"报告|情况|总结")
_TITLE_NOT = re.compile(r"(?:通知|意见|办法|方案|决定|规定|要点|细则|公告|通告|批复|函)$")
_DOC_NUMBER = re.compile(
    r"^([^\s，。,]{1,15}?[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d{1,4}\s*号)"
    # a report to a superior prints its signer on the doc number's line (GB/T 9704): X〔2026〕17号 签发人:…
    r"(?:[ \t\u3000]+签发人[ \t\u3000]*[:：][^。]{0,30})?$"
)
# a portal prints the doc number in brackets before the title: [X政发〔2026〕7号]XX市人民政府关于…的报告
_TITLE_DOC_NUMBER = re.compile(r"^[\[［【]([^\s\[\]［］【】]{1,15}?〔(?:19|20)\d{2}〕第?\d{1,4}号)[\]］】]")
_RECIPIENT = re.compile(r"^[\u4e00-\u9fff、，,（）()]{2,40}[:：]$")
# a salutation names an organ: 市政府： / 市委、市政府： / 县人大常委会：
_SALUTATION_END = re.compile(
    r"(?:政府|党委|委员会|常委会|人大|政协|委|委员|代表大会|局|厅|办|办公室|院|部|小组|管委会|办事处|中心|领导)$"
)
_NOT_SALUTATION = re.compile(r"如下|报告|情况|汇报|说明|作者|来源|编辑|审核|附件|主题|内容|标题|时间|日期|各位|主任")
# an organ line of its own: 赵县人民政府 / 中共黎侯镇委员会 黎侯镇人民政府
# (a department's party group alone: 中共XX市交通运输局党组, XX县司法局党委)
_ORGAN = r"(?:中共)?[\u4e00-\u9fff（）()]{1,30}?(?:人民政府|政府|办事处|委员会|管委会|局|厅|委|办公室|院)(?:党组|党委)?"
_ORGAN_ABOUT = re.compile(rf"^[•·\s]*{_ORGAN}关于[ \t\u3000]*$")  # XX市人民政府关于, a title's first line
_ORGAN_LINE = re.compile(rf"^[•·\s]*{_ORGAN}(?:[ \u3000、]+{_ORGAN})*$")  # (a bulleted line too: • XX市人民政府)
# the date a report was delivered to a congress, under its title: 2025年3月17日在XX旗第十六届人民代表大会 /
# 常务委员会第二十四次会议上 (the line may wrap before 会议上)
_SPEECH_DATE = re.compile(r"^[—\-－\s]*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*在[^。：:]{2,60}$")
# a short word of a portal's page between the title and its date (主动公开, • 听全文, 阅读模式): no digit, no clause
_PORTAL_WORD = re.compile(r"^[•·\s]*[\u4e00-\u9fff]{2,6}[ \t\u3000]*$")
_SPEECH_END = re.compile(r"^[^。：:]{2,40}(?:会议|会)上[—\-－\s]*$")
# a byline with the publication date under the title: 政策法规科 2023-12-29 / 2023-12-29 10:20
_BYLINE_LABELS = "来源|信息来源|文章来源|作者|发布机构|浏览|点击|阅读"  # labels that follow a page's date on its byline
_BYLINE_LABEL_AFTER = re.compile(r"\d[ \t\u3000]*(?:" + _BYLINE_LABELS + r")[ \t\u3000]*[:：]")
_BYLINE = re.compile(
    r"^[•·\s]*(?:[\u4e00-\u9fff（）()]{2,20}[ \t\u3000]+)?(?:(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
    r"(?<=\d)/?"  # (2031/04/02/ 15:05: a slash left after the day)
    r"(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
    # 2031-04-02来源:, 2031-04-02 15:05来源:XX区司法局: a page label run straight into the date
    r"(?:(?=(?:" + _BYLINE_LABELS + r")[ \t\u3000]*[:：])[^。]{0,60}$)?"
    # ( 2021-03-05): the page's date in brackets under the title
    r"|[（(][ \t\u3000]*(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]*[）)]"
    # 2021年12月28日 17:50 / 2023年03月30日 09时24分: a written-out date is a page's byline only with its time
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \t\u3000]*\d{1,2}(?::\d{2}(?::\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?)"
    # …or with a page label after it: 2024年02月26日 来源: 市司法局 作者:
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?=[ \t\u3000]+(?:" + _BYLINE_LABELS + r")))"
    r"(?:[ \t\u3000]+[^。]{0,60})?$"
)
# site names appended to a page title: …的报告-某某网, …的报告_某某网, …的报告 | 某某市人民政府
# an index number printed without its label: a unit's 18-character credit code (or 9-character organisation code),
# the year and a serial number (113701045970246XXY/2025-6637189)
_INDEX_LINE = re.compile(r"^[•·\s]*((?:[0-9A-Z]{18}|[0-9A-Z]{8}-?[0-9A-Z])/(?:19|20)\d{2}-\d{2,10})$")
# a header printed as a column of cells: 索引号 alone in its cell, its value in the next (• 文号 / • 索引号 / • x31/2031-00001)
_LONE_INDEX_LABEL = re.compile(r"^[•·\-*|｜\s]*(?:信息)?索[ \t\u3000]*引[ \t\u3000]*号[ \t\u3000]*[:：]?[ \t\u3000]*$")
_INDEX_CELL = re.compile(r"^[•·\-*|｜\s]*((?=[0-9A-Za-z/\-]*(?:19|20)\d{2})[0-9A-Za-z][0-9A-Za-z/\-]{3,40})[ \t\u3000]*$")
# (…的报告_街镇园区文件_某某区人民政府门户网站: the page's column, then the site, each after a separator)
_SITE_SUFFIX = re.compile(r"^(.*?(?:报告|情况|总结))(?:\s*[-_|｜—–]+\s*[^-_|｜—–]{1,40}){1,3}$")
_SITE_SEPARATORS = frozenset("-_|｜—–")  # a string that _SITE_SUFFIX matches holds one of them
_DATE_LINE = re.compile(
    r"^(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*(?:[（(][^（）()]{1,12}[）)])?$"
)
# the date closing a report in the other ways pages print it: 2022-01-10, 2022.1.10, （2022年1月10日）, …日印发,
# 二0二二年元月十日
_CLOSE_DATE = re.compile(
    r"^[（(]?\s*(?:(?:19|20)\d{2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}"
    r"|(?:(?:19|20)\d{2}|[〇○零0一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[元一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)\s*[）)]?\s*(?:印发)?$"
)
_ORG_SUFFIX = re.compile(r"(?:人民政府|政府|办事处|委员会|管委会|管理委员会|局|厅|委|办公室|办|院|中心|署|部|站|所|队)$")
_SIGN_WITH_DATE = re.compile(
    r"^(?P<org>[\u4e00-\u9fff（）()]{2,40}?)\s*(?P<date>(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年.{1,8}日)\s*(?:[（(](?:此件|本件)[^（）()]{0,12}[）)])?$"
)
_CLOSING_NOTE = re.compile(r"^[（(](?:此件|本件).{0,12}[）)]$")

_CN = "一二三四五六七八九十"
_MARKERS = (
    (1, re.compile(rf"^(?:([{_CN}]{{1,3}})\s*[、.．]|第([{_CN}]{{1,3}})部分\s*[、.．:：]?)")),
    (2, re.compile(rf"^[(（]\s*([{_CN}]{{1,3}})\s*[)）]\s*[、.．]?")),
    (3, re.compile(r"^([0-9０-９]{1,2})\s*(?:[.．](?![0-9０-９])|、)")),
    (4, re.compile(rf"^(?:([{_CN}]{{1,3}})是|[(（]\s*([0-9０-９]{{1,2}})\s*[)）]|([①-⑳]))")),
)
_MARKER_FIRST = frozenset(_CN + "第(（0123456789０１２３４５６７８９" + "".join(map(chr, range(ord("①"), ord("⑳") + 1))))
_LEAD_END = "。！？；;!?："
_LEAD_END_RX = re.compile("[" + re.escape(_LEAD_END) + "]")
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
# a report on tasks done: 重点工作完成情况, 工作安排落实情况 (but not 下一步工作安排)
_DONE = re.compile(r"(?:完成|落实|开展|推进|实施|进展)情况|取得.{0,4}成效")


# ---------------------------------------------------------------------------------------------- helpers

_WS = " \t\u3000"


def _lines(text: str):
    """Yield (start, end) of each stripped non-blank line; a page saved as one long line is cut into paragraphs."""
    pos = 0
    n = len(text)
    one_line = text.count("\n", 0, 100_000) <= 3  # the whole page on a line or three
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
            if (e - s > _LONG_LINE and len(_RUN_MARKERS.findall(text, s, e)) >= 2) or (
                    one_line and e - s > _SHORT_PAGE and len(_SENTENCE_ENDS.findall(text, s, e)) >= 2):
                yield from _split_run(text, s, e)
            else:
                yield s, e
        pos = nl + 1


# A line longer than this that holds two level-1 headings after a sentence end (。二、) is a page saved
# without line breaks: its paragraph breaks are restored at heading markers and sentence ends.
_LONG_LINE = 1500
_RUN_MARKERS = re.compile(r"[。！？；：]\s*[一二三四五六七八九十]{1,2}、")
_SHORT_PAGE = 300  # a page of one line at least this long is cut too
_SENTENCE_ENDS = re.compile(r"[。！？]")
_RUN_CUT = re.compile(
    r"[ \t]{2,}|(?<!部分)\u3000+|\t"  # runs of spaces that stood for paragraph breaks
    r"|(?<=[。！？!?])(?![”’」』）)。！？!?；;，,])"  # after a sentence end
    r"|(?=[（(][一二三四五六七八九十]{1,2}[）)])"  # before （一）
    r"|(?<=[：:])(?=\s*[一二三四五六七八九十]{1,2}、)"  # 如下：一、
    r"|(?=【\s*(?:打印|关闭))|(?=解读地址|浏览次数)"  # page leftovers
    r"|(?<=[\u4e00-\u9fff])(?<!委)(?<!委员会)(?<!部分) (?=[\u4e00-\u9fff])"  # one space between characters: a
    # flattened line break (not after 中共XX委员会 / XX县委, joint organs, nor after a 第一部分 marker)
)


def _split_run(text: str, s: int, e: int):
    """Cut text[s:e] into stripped pieces at restored paragraph breaks; every non-blank character is kept."""
    cuts = [s, e]
    cuts.extend(m.start() for m in _RUN_CUT.finditer(text, s, e))
    cuts.extend(m.start() for m in _RUN_LABEL.finditer(text, s, min(e, s + 3000)))
    pieces = []
    bounds = sorted(set(cuts))
    for a, b in zip(bounds, bounds[1:]):
        while a < b and text[a] in _WS:
            a += 1
        while b > a and text[b - 1] in _WS:
            b -= 1
        if b > a:
            pieces.append((a, b))
    # near the top: the title, the document number and the salutation run into what follows
    out: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(pieces):
        if k < 16:
            out.extend(_split_opening(text, a, b))
        else:
            out.append((a, b))
    return out


_URL_RUN = re.compile(r"(?<![A-Za-z0-9./:_\-])(?=[0-9./:_\-]*[A-Za-z])[A-Za-z0-9./:_\-]{4,}(?=[\u4e00-\u9fff])"
                      r"|[|｜>＞]\s*(?:打印|关闭|分享)?|(?:打印|关闭|分享)(?=[\u4e00-\u9fff])")
_RUN_LABEL = re.compile(r"(?=(?:标题|索引号|文号|发文字号|发文日期|发布日期|发布时间|发布机构|有效性|来源|字号)\s*[:：])")
_RUN_DOC_NUMBER = re.compile(r"[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d{1,4}\s*号(?=\s*[\u4e00-\u9fff])")


_SPACES = re.compile(r"[ \t]+")


def _split_opening(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cut one piece near the top of a one-line page after its title, document number or salutation."""
    while a < b and text[a] in _WS:
        a += 1
    if a >= b:
        return []
    piece = text[a:b]
    head = piece[:200]
    for m in re.finditer(r"报告|情况|总结", head):
        if head.startswith(("的", "报告", "总结"), m.end()) or m.end() == len(piece):
            continue  # …情况的报告: the title goes on
        lead = [u.end() for u in _URL_RUN.finditer(head, 0, m.start())]
        start = lead[-1] if lead else 0  # a site name or address runs into the title
        for sp in _SPACES.finditer(head, start, m.start()):
            if head[sp.start() - 1:sp.start()].isdigit() or head[sp.end():sp.end() + 1].isdigit():
                continue  # 海滨街 2020 年…报告: a page that sets its numbers off by spaces, no breadcrumb
            if is_title(head[sp.end():m.end()]):
                start = sp.end()  # 首页 > 法治政府建设 XX县…报告: the last crumb of a breadcrumb before the title
        if is_title(head[start:m.end()]) and not head[start:m.end()].startswith(("一", "（", "(")):
            return [p for p in ((a, a + start), (a + start, a + m.end())) if p[1] > p[0]] + \
                _split_opening(text, a + m.end(), b)
        break
    m = _RUN_DOC_NUMBER.search(head)
    if m and m.start() <= 12 and _DOC_NUMBER.match(piece[:m.end()]):
        return [(a, a + m.end())] + _split_opening(text, a + m.end(), b)
    m = re.match(r"[\u4e00-\u9fff、，,]{2,30}?[:：]", piece)
    if m and _is_recipient(m.group(0)) and m.end() < len(piece):
        rest = a + m.end()
        while rest < b and text[rest] in _WS:
            rest += 1
        return [(a, a + m.end()), (rest, b)]
    return [(a, b)]


def header_fields(line: str) -> list[tuple[str, str]]:
    """Split a page-header line into (label, value) pairs: ``索引号: X 文号: Y`` -> two pairs.

    Labels may be spaced (``索 引 号``), some stand without a colon (``责任部门 塘栖镇``), and a header saved
    as a table keeps its cells apart with ``|`` or tabs: a value ends at the next cell.
    """
    found = list(_HEADER_FIELD.finditer(line))
    out = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(line)
        label = re.sub(r"[ \t\u3000]+", "", m.group(1) or m.group(2) or m.group(3))
        value = line[m.end():end].strip(" \t\u3000•·|｜")
        value = re.split(r"[ \u3000]*[|｜\t][ \u3000]*", value)[0].strip()
        value = _VALUE_STOP.split(value)[0].strip()
        value = _NEXT_LABEL.split(value, 1)[0].strip()
        value = _ANY_NEXT_LABEL.split(value, 1)[0].strip()  # 索引号: X 信息分类名称: 其他: a label not listed
        if re.sub(r"[ \t\u3000]+", "", value) in _LABEL_SET:
            value = ""  # 索 引 号 发布机构: an empty cell, then the next label without its colon
        if _FIELD_MAP.get(label) == "index_no":
            # 信息索引号 X/2031-00012 文件编号: a code holds no word after a space; the next cell's label, listed or not
            value = re.split(r"[ \t\u3000]+(?=[\u4e00-\u9fff])", value, maxsplit=1)[0]
        dated = _VALUE_DATE.search(value) if label not in _DATE_FIELDS else None
        if dated:  # 来源:某某日报 2025-03-16 08:15: the source, then the page's publication date
            out.append((label, value[:dated.start()].strip()))
            out.append(("发布时间", dated.group(1)))
            continue
        source = _DATE_GLUED_SOURCE.search(value) if label in _DATE_FIELDS else None
        if source:  # 发布时间:2031-04-02 10:28来源:XX区司法局: the source's label run straight into the date
            out.append((label, value[:source.start()].strip()))
            out.append((source.group(1), value[source.end():].strip()))
            continue
        glued = _GLUED_DATE_FIELD.search(value) if label not in _DATE_FIELDS else None
        if glued:  # 来源:XX区司法局时间:2024-02-28, 来源:XX区人民政府更新时间:2022-03-10 12:17: the next label glued on
            out.append((label, value[:glued.start()].strip()))
            out.append((glued.group(1), glued.group(2)))
            continue
        out.append((label, value))
    if not out:
        out = _glued_fields(line)
    return out


def _glued_fields(line: str) -> list[tuple[str, str]]:
    """(label, value) pairs of a header line whose labels run straight into their values (``发布机构XX县司法局``,
    ``索引号X/2023-00012发布机构XX县司法局``), each value checked against its label (a date for a date label, a
    number for an index or document number, an organ's name for a publisher or source, a title for 标题); [] when
    one does not fit: a line of the body that happens to start with such a word."""
    g = _GLUED.match(line) if "。" not in line else None
    if not g:
        return []
    out = []
    label, pos = g.group(1), g.end()
    while True:
        nxt = _GLUED_NEXT.search(line, pos)
        value = line[pos:nxt.start() if nxt else len(line)].strip(" \t\u3000|｜")
        if not _glued_value_fits(label, value):
            return []
        out.append((label, value))
        if not nxt:
            return out
        label, pos = nxt.group(1), nxt.end()


def _glued_value_fits(label: str, value: str) -> bool:
    if label in _DATE_FIELDS:
        return bool(_GLUED_DATE.match(value))
    kind = _FIELD_MAP.get(label)
    if kind in ("index_no", "doc_number"):
        return bool(re.search(r"\d", value)) or value == "无"
    if kind in ("issuer", "source_org"):
        return bool(_GLUED_ORGAN.match(value))
    if label == "标题":
        return is_title(value)
    return 0 < len(value) <= 12  # 时效性有效, 主题分类综合政务


def _clean_doc_number(v: str | None) -> str | None:
    if not v:
        return None
    v = v.strip()
    return v if re.search(r"\d", v) else None  # "〔〕号" and "无" are placeholders


def _is_recipient(line: str) -> bool:
    """True when ``line`` is a salutation naming an organ (``市委、市政府：``), not ``现将有关情况报告如下：``."""
    if not _RECIPIENT.match(line):
        return False
    core = line.rstrip(":：").strip()
    if _NOT_SALUTATION.search(core):
        return False
    return bool(_SALUTATION_END.search(re.split(r"[、，,]", core)[-1]))


_TITLE_DATE = re.compile(r"\s*[（(]\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*[）)]$")
_TITLE_NOTE = re.compile(r"\s*[（(](?:全文|图文|正文|附全文)[）)]$")
_CLOSE_BRACKETS = (")", "）", ")\n", "）\n")  # how a string that _TITLE_DATE or _TITLE_NOTE matches ends ($: or before \n)
# the page's date after a space at the end of its title line, without brackets (…工作报告 2031-12-12)
_TITLE_BARE_DATE = re.compile(r"[ \t\u3000]+((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})[ \t\u3000]*$")


def clean_title(title: str) -> str:
    """A page title without table-cell pipes, the site name appended to it (``…的报告-某某网``), a date or
    ``(全文)`` after it, a short tag or a bracketed document number before it (``【2022年】…的报告``,
    ``[X政发〔2026〕7号]…的报告``), or a document number and book-title marks around it (``X〔2024〕3号《…的报告》``)."""
    t = title.strip(" \t\u3000|｜")
    d = _TITLE_DOC_NUMBER.match(t)
    t = t[d.end():].lstrip() if d and is_title(t[d.end():]) else t  # [X政发〔2026〕7号]…的报告
    b = _BRACKETED.match(t)
    t = b.group(1) if b and is_title(b.group(1)) else t  # 【…的报告】
    tag = _TITLE_TAG.match(t)
    t = t[tag.end():] if tag and is_title(t[tag.end():]) else t  # 【2022年】…的报告
    if t.endswith(_CLOSE_BRACKETS):  # (both end at a closing bracket: most lines need no search)
        t = _TITLE_NOTE.sub("", _TITLE_DATE.sub("", t))
    elif t[-1:].isdigit() and (bare := _TITLE_BARE_DATE.search(t)) and is_title(t[:bare.start()]):
        t = t[:bare.start()]  # …工作报告 2031-12-12
    m = re.search(r"《([^《》]{6,80})》", t)
    if m and is_title(m.group(1)) and (len(t) - len(m.group(0)) <= 20 or _BOOK_TITLE_LEAD.match(t)):
        t = m.group(1)
    m = _SITE_SUFFIX.match(t) if not _SITE_SEPARATORS.isdisjoint(t) else None
    return m.group(1).strip() if m and is_title(m.group(1)) else t


_BRACKETED = re.compile(r"^[【\[［]\s*(.+?)\s*[】\]］]$")
# an encyclopedia-style page opening with the title: 《XX市…工作报告》是2019年XX市人民政府发布的通知。
_BOOK_TITLE_LEAD = re.compile(r"^《([^《》]{6,80})》(?:是|为)[^。\n]{0,60}?(?:发布|印发|公布|发表)的[^。\n]{0,10}。$")
_TITLE_TAG = re.compile(r"^[【\[［][^【】\[\]［］]{1,10}[】\]］]\s*")  # 【2022年】 / 【转载】 before a page title


def _title_line(line: str) -> bool:
    """Whether a line of the page is the title: a title of the genre, possibly in 【】, not chrome or a breadcrumb."""
    m = _BRACKETED.match(line)
    inner = m.group(1) if m else line
    lead = _BOOK_TITLE_LEAD.match(line)
    if lead:
        return is_title(lead.group(1))
    tag = _TITLE_TAG.match(inner)
    inner = inner[tag.end():] if tag and not m else inner
    return is_title(inner) and not _CHROME.match(inner) and ">" not in inner and "＞" not in inner \
        and not _FILE_NAME.search(inner)


# the name of the file a report was saved from, printed above it (…建设情况.docx): no title
_FILE_NAME = re.compile(r"\.(?:docx?|wps|pdf|xlsx?|txt)$", re.IGNORECASE)


def _wrapped_title(first: str, second: str) -> bool:
    """Whether two short lines are one title wrapped over two lines (``XX县人民政府关于2022年度法治政府建设`` /
    ``工作情况的报告``): neither is a title alone, together they are."""
    if len(first) > 60 or len(second) > 40 or "。" in first + second or _CHROME.match(first) or _CHROME.match(second):
        return False
    second = re.sub(r"[ \t\u3000]+", "", second)  # 报 告: a short last line printed spaced out
    # (…工作情况的报告; …工作总结及2026年工作思路: the kind of the report may come before the plans it adds)
    return (bool(_TITLE_WORDS.search(first)) and bool(re.search(r"(?:报告|情况|总结)$|总结(?:及|和|暨)", second))
            and not is_title(second) and _marker(second, 0, len(second), True) is None and is_title(first + second))


def _title_date(title: str | None):
    """The date printed in brackets after a page title (``…报告 (2024-02-26)``), or after a space at its end
    (``…报告 2024-02-26``), or None."""
    m = _TITLE_DATE.search(title) if title and title.endswith(_CLOSE_BRACKETS) else None
    if m is None and title and title.rstrip()[-1:].isdigit():
        m = _TITLE_BARE_DATE.search(title)
        m = m if m and is_title(title[:m.start()].strip()) else None
    return parse_date(m.group(1)) if m else None


def is_title(line: str) -> bool:
    """True when ``line`` reads like the title of a rule-of-law report."""
    return (len(line) <= 80 and "。" not in line and bool(_TITLE_WORDS.search(line))
            and not line.endswith((":", "：")) and "如下" not in line and not line.startswith(("根据", "现将", "现对", "按照"))
            and bool(_TITLE_KIND.search(line)) and not _TITLE_NOT.search(line))


_REGION_UNIT = r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|县|旗|新区|区|街道|镇|乡|苏木)(?![省市县区州](?!场))"
# the first piece is any place name; later pieces of a chain (省 -> 市 -> 县) cannot hold the characters
# of organ names, so "中共青川县委全面依法治县…" stops at 青川县
_REGION = re.compile(
    rf"^([\u4e00-\u9fff]{{1,12}}?{_REGION_UNIT}"
    rf"(?:(?![各全本该所])(?:(?![委办局府会部厅院关于年的和及共党])[\u4e00-\u9fff]){{1,10}}?{_REGION_UNIT})*)"
)
_REGION_NOT_BEFORE = ("人民政府", "政府", "关于")
# (XX区人民政府YY街道关于…: the district government's street, without the government's words)
_TOWN_AFTER = re.compile(r"(?:人民政府|政府)?((?!人民政府|政府)[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡|苏木))"
                         r"(?=\s*(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}|人民政府|政府|办事处|党委|关于))")


_PARTY_PREFIX = re.compile(r"^(?:中共)?")
_ABOUT_PREFIX = re.compile(r"^关于")
# 国家税务总局上海市税务局: a national administration's local bureau is of the place after the 总局
_NATIONAL_PREFIX = re.compile(r"^国家[\u4e00-\u9fff]{2,12}?总局(?=[\u4e00-\u9fff]{2,12}?(?:省|市|县|区|自治区|自治州))")
_YEAR_PREFIX = re.compile(r"^(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年度?")
_WHOLE_PLACE = re.compile(r"[全省市县区州旗](?:省|市|县|区|州|旗|盟)")
_SUB_DISTRICT = re.compile(r"(?:人民政府|政府)([\u4e00-\u9fff]{2,6}?(?:街道|镇|乡))(?:办事处|人民政府)")
_UNIT_ORGAN = re.compile(r"(街道|镇|乡)(?:办事处|人民政府|政府)")


def _one_unit(place: str) -> str:
    """A place name whose unit is printed twice, as its own and as the start of its organ's name, once:
    ``浚县县`` (of 浚县县委、县政府, 浚县县人民政府) -> ``浚县``; one-character counties (滑县, 沛县, 歙县 …) write so."""
    if len(place) >= 3 and place[-1] == place[-2] and place[-1] in "县市区旗":
        return place[:-1]
    return place


@lru_cache(maxsize=4096)  # a parse asks for the region of the same few names (title, issuer, signature) again and again
def region_of(name: str | None) -> str | None:
    """The administrative region a title or organisation name starts with (``沂源县人民政府…`` -> ``沂源县``)."""
    if not name:
        return None
    s = _PARTY_PREFIX.sub("", name.strip())
    s = _ABOUT_PREFIX.sub("", s)
    s = _NATIONAL_PREFIX.sub("", s)
    s = _YEAR_PREFIX.sub("", s)
    m = _REGION.match(s)
    if not m:
        return None
    region = m.group(1)
    if _WHOLE_PLACE.fullmatch(region):  # 市市场监管局: no place named
        return None  # 全省2019年度…的报告: "the whole province", no place named (nor 市市场监管局)
    # "XX市人民政府" matched as far as "XX市" is right; guard against swallowing words of the organ name.
    for w in _REGION_NOT_BEFORE:
        if w in region:
            region = region.split(w)[0]
    if region.endswith("州省") and region not in provinces():
        region = region[:-1]  # 黔南州省级…: the prefecture (贵州省 is read whole: 州 may end a province's name)
    # 元谋县县卫生健康局 (the unit printed twice), 中共滑县县委 (a one-character county's 县委): one county
    region = _one_unit(region)
    # XX区人民政府金龙街道办事处: the sub-district the district government's agency serves
    sub = _SUB_DISTRICT.match(s[len(region):])
    unit = _UNIT_ORGAN.match(s[len(region):]) if region and len(region) == 2 else None
    if region and sub:
        region += sub.group(1)
    elif unit:  # 新市街道办事处: the street 新市街道 whose name ends in 市, not a city 新市
        region += unit.group(1)
    elif region and not region.endswith(("乡", "镇", "街道", "苏木")):
        # XX区共和乡2022年度…: a township closing the chain, though its name holds a character that
        # stops the chain at organ names (共, 和, 的 …); it must run into the year or the organ
        town = _TOWN_AFTER.match(s, len(region))
        if town and "乡镇" not in town.group(1) and "关于" not in town.group(1) and town.group(1)[0] not in "各全所该本":
            region += town.group(1)
    return region or None


def _marker(text: str, s: int, e: int, allow_level4: bool):
    """Return (level, marker_end) if the line text[s:e] opens with a heading marker."""
    if s >= e or text[s] not in _MARKER_FIRST:
        return None  # (every marker opens with one of these characters: most lines need no match)
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
            if part == "plans" and _DONE.search(heading) is not None:
                return "achievements"  # 重点工作完成情况: how the key tasks went, not the tasks ahead
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

    Traditional script is read through its one-for-one simplified view (:func:`to_simplified`); spans
    and metadata values stay those of the text as printed.

    Args:
        text: the report text (after :func:`fazhi_analysis.normalize.normalize_text`).

    Returns:
        A :class:`Structure`. It never raises on odd input; it records warnings instead.
    """
    printed = text
    text = to_simplified(text)
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
        if (_may_be_header(line) and (_HEADER_LINE.match(line) or _glued_fields(line))) or (
                i < 12 and len(line) <= 200 and "。" not in line and _MID_DATE_FIELD.search(line)):
            kinds[i] = "metadata"
            fields = header_fields(line)
            for label, value in fields:
                _store_header(header, header_dates, label, value)
            last = fields[-1] if fields else None
            # a label with its value on the next line; in a table (| or tab cells) an empty cell is empty
            pending_label = (last[0] if last and not last[1] and (last[0] in _FIELD_MAP or last[0] in _DATE_FIELDS)
                             and not re.search(r"[|｜\t]", line) else None)
        elif pending_label is None and "index_no" not in header and i + 1 < n and _LONE_INDEX_LABEL.match(line) \
                and (cell := _INDEX_CELL.match(text[slice(*spans[i + 1])])):
            kinds[i] = kinds[i + 1] = "metadata"  # (the value's line is no header line: nothing else reads it)
            header["index_no"] = cell.group(1)
        elif pending_label is not None:
            wants_digit = pending_label in _DATE_FIELDS or _FIELD_MAP.get(pending_label) in ("doc_number", "index_no")
            # (文号: with nothing after it, then the title: an empty label; the title is no doc number or date)
            if len(line) <= 80 and not _CHROME.match(line) and not _is_recipient(line) and not (
                    wants_digit and not re.search(r"\d", line)) and not (
                    _FIELD_MAP.get(pending_label) != "title" and _title_line(line)):
                kinds[i] = "metadata"
                _store_header(header, header_dates, pending_label, line)
            pending_label = None

    # 2. title: the article's copy of the title. Saved portal pages often print it twice (page title,
    #    then article title after more chrome): take the last copy before the first heading.
    def squash(i: int) -> str:
        return re.sub(r"\s+", "", clean_title(text[slice(*spans[i])]))

    first_marker = next((i for i, (s, e) in enumerate(spans) if kinds[i] is None and _marker(text, s, e, False)), n)
    limit = min(n, first_marker, 80)
    htitle = re.sub(r"\s+", "", clean_title(header.get("title") or ""))
    copies = [i for i in range(limit) if kinds[i] is None and htitle and squash(i) == htitle]
    title_head = None  # the first line of a title wrapped over two lines
    if not copies:
        first = next((i for i in range(limit) if kinds[i] is None and _title_line(text[slice(*spans[i])])), None)
        if first is not None:
            copies = [i for i in range(first, limit) if kinds[i] is None and squash(i) == squash(first)]
            # the same title later with another year (the page's title, then the article's own): the last wins
            later = [i for i in range(copies[-1] + 1, limit)
                     if kinds[i] is None and squash(i) != squash(first)
                     and re.sub(r"\d+", "", squash(i)) == re.sub(r"\d+", "", squash(first))]
            if later:
                for i in copies:
                    kinds[i] = "chrome"
                copies = [i for i in later if squash(i) == squash(later[-1])]
            # the page's short title, then the article's own copy in full under its organ line (2022年度…的报告 /
            # 中共XX区委 XX区人民政府 / 关于2022年度…的报告): the fuller copy wins
            fuller = next((i for i in range(copies[-1] + 1, min(limit, copies[-1] + 4))
                           if kinds[i] is None and squash(i) != squash(copies[-1])
                           and squash(i).endswith(squash(copies[-1])) and _title_line(text[slice(*spans[i])])), None)
            if fuller is not None:
                for i in copies:
                    kinds[i] = "chrome"
                copies = [fuller]
        else:
            title_head = next((i for i in range(limit - 1) if kinds[i] is None and kinds[i + 1] is None
                               and _wrapped_title(text[slice(*spans[i])], text[slice(*spans[i + 1])])), None)
            copies = [title_head + 1] if title_head is not None else []
    title_idx = copies[-1] if copies else None
    for i in copies[:-1]:
        kinds[i] = "chrome"  # the page's own copy of the title
    if title_idx is not None and title_head is None and title_idx + 1 < n and kinds[title_idx + 1] is None:
        # …工作报告和 / 2023年工作思路: a title that ends on a conjunction goes on on the next line
        nxt = text[slice(*spans[title_idx + 1])]
        if re.search(r"[和及与暨、]$", text[slice(*spans[title_idx])]) and len(nxt) <= 30 and "。" not in nxt \
                and not _CHROME.match(nxt) and _marker(nxt, 0, len(nxt), True) is None:
            title_head, title_idx = title_idx, title_idx + 1
    if title_idx is not None and title_head is None and title_idx > 0 and kinds[title_idx - 1] is None \
            and _ORGAN_ABOUT.match(text[slice(*spans[title_idx - 1])]) and not squash(title_idx).startswith("关于"):
        title_head = title_idx - 1  # XX市人民政府关于 / 2031年度法治政府建设情况的报告: one title wrapped after 关于
    if title_idx is not None:
        kinds[title_idx] = "title"
    if title_head is not None:
        kinds[title_head] = "title"

    # 3. closing: date line (possibly with the signature on the same line) near the end
    close_idx = None
    for i in range(n - 1, max(-1, n - 60), -1):
        s, e = spans[i]
        line = text[s:e]
        if kinds[i] is not None or _LEFTOVER.match(line):
            continue
        m = _SIGN_WITH_DATE.match(line)
        if _DATE_LINE.match(line) or _CLOSE_DATE.match(line) or (m and _ORG_SUFFIX.search(m.group("org"))):
            if (title_idx is None or i > title_idx) and _body_before(text, spans, kinds, title_idx, i):
                close_idx = i  # (the date of a cover letter before the title closes no report, nor the date
                # printed under the title of a page that ends before any closing: a saved excerpt)
            break
    signature = signed_date = None
    if close_idx is not None:
        s, e = spans[close_idx]
        line = text[s:e]
        kinds[close_idx] = "closing"
        m = _SIGN_WITH_DATE.match(line)
        if m and not _DATE_LINE.match(line) and not _CLOSE_DATE.match(line):
            signature, signed_date = m.group("org"), parse_date(m.group("date"))
        else:
            signed_date = parse_date(line)
            j = close_idx - 1
            while j > (title_idx if title_idx is not None else -1):
                ps, pe = spans[j]
                pline = text[ps:pe]
                if len(pline) <= 40 and _ORG_SUFFIX.search(pline) and "。" not in pline and kinds[j] is None:
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

    # 4. before the title: chrome (a red-header document number there still counts, and an organ line of
    #    its own right above the title names the issuer); doc number, organ line, date line and recipient
    #    right after the title
    first_body = (title_idx + 1) if title_idx is not None else 0
    body_doc_number = recipient = organ_line = organ_idx = None
    byline_date = cover_date = dated_under_title = None
    title_printed_bare = len(copies) > 1
    organ_above = (title_head if title_head is not None else title_idx if title_idx is not None else 0) - 1
    while organ_above >= 0 and organ_above in copies[:-1]:
        organ_above -= 1  # XX县人民政府 / 关于…的报告 / 关于…的报告: the organ line above the page's copy
    organ_top = organ_above  # 中共XX县委 / XX县人民政府 / 关于…的报告: a joint title's organs on a line each
    if organ_above >= 0 and _ORGAN_LINE.match(text[slice(*spans[organ_above])]):
        while organ_top > 0 and organ_above - organ_top < 2 and kinds[organ_top - 1] is None \
                and _ORGAN_LINE.match(text[slice(*spans[organ_top - 1])]):
            organ_top -= 1
    block: set[int] = set()  # header lines printed without labels under the page's copy of the title
    organ_pieces: list[str] = []
    for i in range(0, first_body):
        if kinds[i] is None:
            line = text[slice(*spans[i])]
            # XX区2024年度…报告 / 113701…Y/2025-6637189 / XX区人民政府 / 2025-02-28, then the article's title
            under_copy = i > 0 and (i - 1 in block or (kinds[i - 1] == "chrome" and i - 1 in copies[:-1]))
            if under_copy and "index_no" not in header and (index := _INDEX_LINE.match(line)):
                kinds[i], header["index_no"] = "metadata", index.group(1)
                block.add(i)
            elif under_copy and block and organ_line is None and _ORGAN_LINE.match(line):
                kinds[i], organ_line = "metadata", line.strip(" \t\u3000•·")
                block.add(i)
                if i == organ_above:
                    organ_idx = i  # 中共XX省委 XX省人民政府 right above the article's own copy of the title
            elif body_doc_number is None and _DOC_NUMBER.match(line):
                kinds[i], body_doc_number = "doc_number", _DOC_NUMBER.match(line).group(1)
            elif organ_top <= i <= organ_above and _ORGAN_LINE.match(line):
                kinds[i] = "metadata"
                organ_pieces.append(line.strip(" \t\u3000•·"))
                if i == organ_above:
                    organ_line, organ_idx = " ".join(organ_pieces), i
            elif byline_date is None and _BYLINE.match(line) and under_copy:
                kinds[i], byline_date = "metadata", parse_date(line)  # under the page's copy of the title
                block.add(i)
                for label, value in header_fields(line):
                    _store_header(header, header_dates, label, value)
            elif recipient is None and i < 4 and _is_recipient(line):
                kinds[i], recipient = "recipient", line.rstrip(":：")  # a cover letter before the report
            elif recipient is not None and cover_date is None and _DATE_LINE.match(line):
                kinds[i], cover_date = "closing", parse_date(line)  # the date the cover letter was signed
            else:
                kinds[i] = "chrome"
    i, looked = first_body, 0
    portal_word = False  # a short word of the portal passed (主动公开, • 听全文): only its date may follow
    while i < n and looked < 6:
        if kinds[i] is not None:  # a header field or chrome between the title and the doc number
            i += 1
            continue
        looked += 1
        s, e = spans[i]
        line = text[s:e]
        if portal_word and not (_BYLINE.match(line) or _DATE_LINE.match(line) or _PORTAL_WORD.match(line)):
            break
        if body_doc_number is None and _DOC_NUMBER.match(line):
            kinds[i], body_doc_number = "doc_number", _DOC_NUMBER.match(line).group(1)
        elif recipient is None and _is_recipient(line) and not _MARKERS[0][1].match(line):
            kinds[i], recipient = "recipient", line.rstrip(":：")
        elif organ_line is None and recipient is None and _ORGAN_LINE.match(line):
            kinds[i], organ_line = "metadata", line.strip(" \t\u3000•·")
        elif byline_date is None and recipient is None and _SPEECH_DATE.match(line):
            kinds[i], byline_date = "metadata", parse_date(_SPEECH_DATE.match(line).group(1))
            if i + 1 < n and kinds[i + 1] is None and not line.rstrip().endswith("上") \
                    and _SPEECH_END.match(text[slice(*spans[i + 1])]):
                kinds[i + 1] = "metadata"  # the rest of the line, wrapped
        elif recipient is None and _DATE_LINE.match(line) and (signed_date is None or close_idx is not None):
            kinds[i] = "metadata"  # 2020年12月15日 under the title: the date the report was written
            signed_date = signed_date or parse_date(line)
            dated_under_title = dated_under_title or parse_date(line)
        elif byline_date is None and recipient is None and _BYLINE.match(line):
            kinds[i], byline_date = "metadata", parse_date(line)
            for label, value in header_fields(line):  # 2023-03-31 17:05 来源: XX市司法局
                _store_header(header, header_dates, label, value)
        elif (_CHROME.match(line) and len(line) <= 30) or _LEFTOVER.match(line):
            kinds[i] = "chrome"
        elif title_idx is not None and _title_line(line) and squash(i) in squash(title_idx) + "".join(
                squash(j) for j in range(title_idx + 1, i) if kinds[j] == "metadata"):
            kinds[i] = "chrome"  # the title again under the organ line (XX局 / 2022年度…报告), then the salutation
        elif title_idx is not None and byline_date is None and recipient is None and _PORTAL_WORD.match(line):
            portal_word = True  # 主动公开 / • 听全文 between the title and the page's date (the line stays as it is)
        else:
            break
        i += 1
    if title_idx is None and byline_date is None and recipient is None:
        # a page without a title: 网站群 / 今日天气 / • 晴 … / 2031-04-02来源: above its first sentence: the date
        # with a page label after it is the page's byline, however many lines of the portal stand above it
        for j in range(first_body, min(n, first_body + 20)):
            line = text[slice(*spans[j])]
            if kinds[j] is None and ("。" in line or len(line) > 60):
                break
            if kinds[j] is None and _BYLINE.match(line) and _BYLINE_LABEL_AFTER.search(line):
                kinds[j], byline_date = "metadata", parse_date(line)
                for label, value in header_fields(line):
                    _store_header(header, header_dates, label, value)
                break
    # 5. body lines: chrome leftovers, headings (split inline lead sentences), body
    paragraphs: list[Paragraph] = []
    sections: list[Section] = []
    stack: list[Section] = []
    body_title = text[slice(*spans[title_idx])] if title_idx is not None else None
    if title_head is not None:
        body_title = text[slice(*spans[title_head])] + body_title
    report_year = find_year(clean_title(header.get("title") or body_title or ""))
    report_year = report_year or _year_from_body(text, spans, title_idx, kinds)
    seen_heading = False
    for idx, (s, e) in enumerate(spans):
        kind = kinds[idx]
        if kind is not None:
            paragraphs.append(Paragraph(len(paragraphs) + 1, kind, s, e))
            continue
        line = text[s:e]
        if (not seen_heading and _CHROME.match(line) and len(line) <= 30) or _LEFTOVER.match(line):
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

    found = {"header": header, "header_dates": header_dates, "body_title": body_title,
             "body_doc_number": body_doc_number, "recipient": recipient, "signature": signature,
             "signed_date": signed_date, "organ_line": organ_line, "byline_date": byline_date, "kinds": kinds,
             "cover_date": cover_date, "dated_under_title": dated_under_title,
             "title_printed_bare": title_printed_bare, "organ_above": organ_idx is not None and organ_idx == organ_above}
    metadata = _metadata(text, spans, title_idx, paragraphs, sections, found)
    if printed is not text and printed != text:
        metadata = {k: _as_printed(v, text, printed) for k, v in metadata.items()}
    if not sections:
        warnings.append(("no_sections", "没有找到带序号的标题（一、 /（一）/ 1.）"))
    return Structure(metadata, sections, paragraphs, warnings)


def _as_printed(value, scan: str, printed: str):
    """A metadata string read in the simplified view, as printed in the text (traditional characters)."""
    if not isinstance(value, str) or not value:
        return value
    at = scan.find(value)
    if at >= 0:
        return printed[at:at + len(value)]
    for k in range(len(value) - 1, 1, -1):  # 北坡镇 + 人民政府 made up from the region: the region as printed
        at = scan.find(value[:k])
        if at >= 0:  # (and the rest as printed where the text has it: 內蒙古 + 自治區 of 内蒙古自治区)
            return printed[at:at + k] + _as_printed(value[k:], scan, printed)
    if len(value) > 2:  # 寧夏 + 回族 (not in the text) + 自治區
        return value[0] + _as_printed(value[1:], scan, printed)
    return value


def _store_header(header: dict, header_dates: dict, label: str, value: str) -> None:
    if not value:
        return
    if label in _DATE_FIELDS:
        header_dates.setdefault(label, value)
    elif label in _FIELD_MAP:
        key = _FIELD_MAP[label]
        if value and key not in header:
            header[key] = value
            if key == "source_org":
                header["source_label"] = label  # 来源 and 发布机构-like labels name the issuer; 责任部门 does not


_INNER_END = frozenset("。！？!?；;")  # a sentence end inside a heading line: a lead sentence follows


def _heading_text(rest: str) -> tuple[str | None, int | None]:
    """Heading text of what follows a marker, and where an inline lead sentence ends (None: whole line)."""
    if len(rest) <= _MAX_LINE_HEADING:  # (a longer line is read by its lead sentence only)
        stripped = rest.rstrip(_LEAD_END + "，,、 ")
        if _INNER_END.isdisjoint(rest[:len(stripped)]):
            return (stripped.strip() or None), None
    m = _LEAD_END_RX.search(rest, 0, _MAX_LEAD + 1)  # the first sentence end in the first 51 characters
    if m is not None:
        i = m.start()
        head = rest[:i].strip()
        if head and i != len(rest) - 1:
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
        node: int | None = sid
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


# the report naming its own year: 现将市人社局2021年法治政府建设情况报告如下 / 予以公开
# 现对2023年所做工作总结如下 / 现将2023年度法治政府建设情况汇报如下
_OWN_YEAR = re.compile(r"现(?:将|对)[^。；\n]{0,20}?((?:19|20)\d{2})\s*年度?[^。；\n]{0,12}?(?:法治政府建设|依法行政|所做工作|工作)"
                       r"[^。；\n]{0,12}?(?:报告|总结|汇报)")


def _year_from_body(text: str, spans, title_idx, kinds, clause: bool = False) -> int | None:
    """When the title names no year: the year an opening line starts with (``2019年，全县…``, ``一、2019年…``),
    the year the opening counts from (``2019年以来，``) or the year the report names as its own
    (``现将XX局2021年法治政府建设情况报告如下``). With ``clause``, only a weaker sign, read after the plans and the
    signature: a year opening a clause of the opening (``…依法行政，2021年，全县…``)."""
    start = (title_idx + 1) if title_idx is not None else 0
    later = None  # a year opening a clause of the opening (…依法行政，2021年，全县…), when nothing better says
    for (s, e), kind in islice(zip(spans, kinds), start, start + 8):
        if kind is not None:
            continue  # a header, closing or chrome line
        if _marker(text, s, e, False) and classify_part(text[s:min(e, s + 40)], None) in ("plans", "shortcomings", "other"):
            break  # 二、存在问题 / 三、2020年工作计划: what follows is no longer the year's work
        m = re.match(r"^(?:[一二三四五六七八九十]{1,2}、)?\s*((?:19|20)\d{2})\s*年", text[s:e])
        m = m or re.search(r"((?:19|20)\d{2})\s*年(?:以来|来|度以来)", text[s:min(e, s + 80)])
        m = m or _OWN_YEAR.search(text, s, min(e, s + 400))
        if m:
            return None if clause else int(m.group(1))
        later = later or _CLAUSE_YEAR.search(text, s, min(e, s + 400))
    return int(later.group(1)) if later and clause else None


# a year opening a clause, the year's work following: 。2021年全县共办理…, ，2021年，全县… (not 2021年以来, 2021年底前,
# 到2025年, nor a plan: 2022年将…)
_CLAUSE_YEAR = re.compile(r"(?<=[。；，,])\s*((?:19|20)\d{2})\s*年(?:度|全年)?[，,]?(?![以来前底末初0-9\-—至到])"
                          r"(?![\u4e00-\u9fff]{0,6}?(?:将|计划|力争|预计))")


def _year_from_plans(sections: list[Section]) -> int | None:
    """The year before the one a plans section announces (``三、2020年工作计划`` -> 2019), also in a heading that
    holds the shortcomings too (``二、存在问题和2020年工作打算``) or under one (``（二）2020年工作思路``)."""
    for sec in sections:
        if sec.parent_id is None and sec.part == "plans":
            y = find_year(sec.heading)
            if y:
                return y - 1
    for sec in sections:
        m = _PLANS_YEAR.search(sec.heading or "")
        if m and not _DONE.search(sec.heading):
            return int(m.group(1)) - 1
    return None


# a year the work is written in: not 2023年以来, 2025年底前, 到2025年, 较2022年, a range (2021—2025年), a doc number
# (the look-behind written after the year's first two digits, testing the character before them: a pattern that
# opens with literal characters lets the engine skip ahead to them)
_MENTIONED_YEAR = re.compile(r"((?:19|20)(?<![0-9〔\[（(—\-~至到较比与]..)\d{2})\s*年(?!以来|来|[前底末初]|[—\-~至到])")
_BOOK_TITLE = re.compile(r"《[^《》\n]{0,80}》")
_ACCOUNT_YEAR = re.compile(r"(?<![自从])((?:19|20)\d{2})\s*年度(?!以来|起)")  # 2031年度内累计… (not 自2031年度起)


def _year_from_mentions(text: str, paragraphs: list[Paragraph], sections: list[Section]) -> int | None:
    """Last resort for a page that names its year nowhere else: the year its account of the work names most
    (``出台2024年度党组学法清单``, ``2024年…培训班``), at least twice, outside book titles and outside the
    shortcomings and plans; on a tie the earlier (a later year is a plan's)."""
    parts = {sec.section_id: sec.part for sec in sections}
    counts: dict[int, int] = {}
    named: list[int] = []  # every year the body names, book titles and plans included
    yearly: set[int] = set()  # years written as a year's account (2031年度内, 2031年度): not 自2031年起
    for p in paragraphs:
        if p.kind not in ("body", "heading"):
            continue
        line = text[p.start:p.end]
        if "年" not in line:
            continue
        named += [int(m.group(1)) for m in re.finditer(r"((?:19|20)\d{2})\s*年", line)]
        if parts.get(p.section_id) in ("shortcomings", "plans", "other"):
            continue
        for m in _MENTIONED_YEAR.finditer(_BOOK_TITLE.sub("", line)):
            y = int(m.group(1))
            counts[y] = counts.get(y, 0) + 1
        yearly |= {int(m.group(1)) for m in _ACCOUNT_YEAR.finditer(_BOOK_TITLE.sub("", line))}
    if not counts:
        return None
    year = max(counts, key=lambda y: (counts[y], -y))
    # once is enough when it is the only year the body names at all and the page names it twice with the title of
    # its own document of that year (《2031年…工作要点》 and 部署2031年…), or as the year's account (…2031年度内累计…)
    alone = set(named) == {year} and (len(named) >= 2 or year in yearly)
    return year if counts[year] >= 2 or alone else None


_PLANS_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?(?:[\u4e00-\u9fff]{0,10}?工作)?(?:打算|计划|安排|思路|设想|重点|目标|展望)")


_PROVINCE_UNIT = ("省", "自治区", "特别行政区")
_LEVEL_BY_UNIT = (
    ("特别行政区", "province"), ("自治区", "province"), ("自治州", "city"), ("自治县", "county"),
    ("自治旗", "county"), ("地区", "city"), ("新区", "district"), ("街道", "sub_district"), ("苏木", "town"),
    ("省", "province"), ("市", "city"), ("州", "city"), ("盟", "city"), ("县", "county"), ("旗", "county"),
    ("区", "district"), ("镇", "town"), ("乡", "town"), ("街", "sub_district"),  # (a street written XX街: _short_street)
)
_DEPARTMENT = re.compile(r"(?:局|委员会|办公室|办公厅|厅|委|办|中心|署|院)$")
_NOT_DEPARTMENT = re.compile(r"^(?:中共)?(?:人民政府|政府|委|委员会|党委|党工委|工委|街道办事处|办事处|管委会|管理委员会)?$")


def _data_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a CSV file in the package data folder."""
    with resources.files("fazhi_analysis").joinpath("data", name).open(encoding="utf-8") as fh:
        return tuple(csv.DictReader(fh))


@lru_cache(maxsize=1)
def _province_rows() -> tuple[dict[str, str], ...]:
    """The rows of the package data ``provinces.csv`` (name, short, kind), read once."""
    return _data_rows("provinces.csv")


@lru_cache(maxsize=1)
def _autonomous_region_words() -> re.Pattern:
    """自治区 or the short name of an autonomous region (内蒙古, 广西 …; provinces.csv kind autonomous_region)."""
    shorts = [r["short"] for r in _province_rows() if r["kind"] == "autonomous_region"]
    return re.compile("|".join(["自治区", *map(re.escape, shorts)]))


@lru_cache(maxsize=1)
def provinces() -> frozenset[str]:
    """Full names of the province-level divisions (package data ``provinces.csv``)."""
    return frozenset(r["name"] for r in _province_rows())


def level_of(issuer: str | None, region: str | None) -> str | None:
    """Administrative level of the issuer: province, city, county, district, town, sub_district or department.

    A department (局, 委员会, 办公室, 厅) is named as such; otherwise the level is that of the region the
    issuer or report names, from its last unit (省/自治区 and the four municipalities: province; 市, 州, 盟:
    city; 县, 旗: county; 区: district; 镇, 乡: town; 街道: sub_district). None when nothing says.
    """
    if issuer == "国务院":
        return None  # the State Council: no local level, and no department of one
    if issuer:
        issuer = re.sub(r"(?<=[局厅委办院会])(?:党组|党委)$", "", issuer)  # 中共XX市交通运输局党组: the department's party group
        reg = region_of(issuer) or ""
        rest = issuer[issuer.find(reg) + len(reg):] if reg and reg in issuer else issuer
        if _DEPARTMENT.search(issuer) and not _NOT_DEPARTMENT.match(re.sub(r"^中共", "", rest)):
            return "department"
    name = region or region_of(issuer)
    if not name:
        return None
    last = re.split(r"(?<=省|市|区|州|盟|县|旗|镇|乡|道|木)(?=.)", name)[-1]
    if name in provinces() or last in provinces():
        return "province"
    for unit, level in _LEVEL_BY_UNIT:
        if last.endswith(unit):
            return level
    return None


_ISSUER_END = re.compile(r"(?:人民政府|政府|办事处|委员会|管委会|局|厅|委|办公室|办|院|中心|署|部|室|(?<=[局厅委办院会])党组)$")
_GOVERNMENT = re.compile(r"(?:人民政府|政府|办事处|管委会|管理委员会)$")
_TITLE_PREFIX = re.compile(
    r"^(?P<org>.{2,60}?)\s*(?:发布|印发|公布)?(?=关于|(?:19|20)\d{2}\s*年|[〇○零一二三四五六七八九]{4}\s*年|法治政府|依法行政|法治建设"
    r"|(?:本|上一?)?年度)"  # XX局年度法治政府建设情况报告
)
# organs a title may start with beyond _ISSUER_END's: 供销合作社联合社, XX海关, XX消防救援大队, XX司法所, XX检查站
_TITLE_ORGAN_END = re.compile(r"(?:合作社|联合社|联社|海关|大队|支队|司法所|管理所|管理处|检查站)$")
_TITLE_LEAD = re.compile(r"^(?:(?:19|20)\d{2}\s*年度?|【(?=[\u4e00-\u9fff]{3,30}】)|关于(?=[\u4e00-\u9fff]{2,30}?(?:局|委员会|办公室)))")  # 2022年XX局…, 【XX局】2022年…


_SECOND_NAME = re.compile(r"[（(][\u4e00-\u9fff]{2,20}(?:局|办公室|委员会|中心|办|委)[）)]$")
_JOINT_ORGANS = re.compile(r"(?:(?<=委员会)|(?<=委)(?!员))(?=[\u4e00-\u9fff]{2,12}?(?:人民政府|政府|办事处)$)")


def issuer_of(title: str | None) -> tuple[str | None, str | None]:
    """The organ(s) a title starts with: (issuer, as written).

    ``XX市教育局关于…的报告`` -> (XX市教育局, XX市教育局); a joint title ``中共XX镇委员会 XX镇人民政府关于…``
    -> (XX镇人民政府, the whole): the government organ is the issuer. (None, None) when the title starts
    with a place or anything but organ names.
    """
    if not title:
        return None, None
    title = _TITLE_LEAD.sub("", title.strip())
    m = _TITLE_PREFIX.match(title)
    if not m:
        return None, None
    full = m.group("org").strip(" \u3000、，,：:】]］")
    pieces = [p for p in re.split(r"[ \u3000、，,]+|(?<=[府会局厅委室])(?:和|与)", full) if p]
    # 中共XX市委XX市人民政府: the party committee and the government run together
    pieces = [q for p in pieces for q in _JOINT_ORGANS.split(p) if q]
    # XX区发展和改革局（区粮食和物资储备局）: an organ with the second name it also bears, in brackets
    pieces = [_SECOND_NAME.sub("", p) if _ISSUER_END.search(_SECOND_NAME.sub("", p)) else p for p in pieces]
    if len(pieces) == 1 and title.startswith("关于", m.end()) and region_of(pieces[0]) == pieces[0] \
            and len(pieces[0]) >= 3:
        return pieces[0], full  # XX街道关于2025年…的报告: the place stands for its organ, as the title writes it
    if not pieces or not all((_ISSUER_END.search(p) or _TITLE_ORGAN_END.search(p)) and len(p) >= 3 for p in pieces):
        return None, None
    gov = [p for p in pieces if _GOVERNMENT.search(p)]
    issuer = gov[0] if gov else pieces[-1]
    return issuer, full


def _organ_issuer(line: str | None) -> tuple[str | None, str | None]:
    if not line:
        return None, None
    pieces = [p for p in re.split(r"[ \u3000、，,]+", line.strip()) if p]
    gov = [p for p in pieces if _GOVERNMENT.search(p)]
    return (gov[0] if gov else pieces[-1]), line.strip()


# (2031年是…的开局之年，XX局坚持…: the year's place in a plan, before the subject, leads in too)
_BODY_LEAD = re.compile(r"^(?:(?:19|20)\d{2}\s*年是[^。；;\n]{0,160}?(?:之年|一年)[，,]\s*"
                        r"|(?:(?:19|20)\d{2}\s*年(?:以来|度)?|今年以来|近年来|一年来|过去一年)[，,]?\s*)")
_BODY_VERB = (
    r"(?:人民政府|政府|党工委|各级|始终|坚持|深入|全面|认真|紧紧|紧扣|围绕|按照|高度|积极|扎实|持续|聚焦|牢固|"
    r"结合|着力|立足|以习近平|在[省市县区]委|把|将|大力|不断|进一步|严格|切实|统筹|锚定|树牢|全力)"
)
# a place named as the subject of a clause: 中卫市坚持以…, 南昌县全面贯彻…
# characters of verbs and function words, never inside a place name (召开市…, 承办了全市…, 公众对河北省…)
_NOT_IN_PLACE = "对在了开办承召会公众社的和与及是将把被从获于全我本各该委府政党局厅部院由据"  # (成立由市…, 根据省市…)
_BODY_SUBJECT = re.compile(
    rf"^((?![在对向为由经与和及是将把被从获的了于全我本各该两三每省市县区镇乡联围按坚深认始紧扎持聚牢结着立大不进严切统锚树原])(?!年[内底初末中])"
    rf"(?:(?![{_NOT_IN_PLACE}])[\u4e00-\u9fff]){{1,4}}?(?:自治区|自治州|自治县|省|市|县|区|旗|镇|乡|街道|州|盟))(?!委)"
    rf"((?:(?![委府局厅])[\u4e00-\u9fff]){{0,14}}?(?:人民政府|政府|办事处|委员会|局|厅|委|办公室))?"
    rf"(?={_BODY_VERB}|法治政府|依法行政)"
)
_NOT_PLACE_START = tuple("全我本各该两三每省市县区镇乡")
_PLACE_JUNK = re.compile(r"[委府政党局厅部院会]")


# verbs written right before a bare unit's government (印发州人民政府…, 提请县人民政府…): no place
_VERB_BEFORE_UNIT = frozenset(("印发", "制定", "出台", "发布", "成立", "召开", "提请", "报请", "报送", "起草", "修订",
                               "审议", "通过", "实施", "代拟", "协助", "配合", "推动", "督促", "指导", "完成",
                               # (落实市政府…令, 执行县政府…决定, 承接省政府…事项, 参加市政府…会议: a verb and its object)
                               "落实", "执行", "贯彻", "承接", "参加", "参与", "列席", "组织", "协调", "编制", "转发",
                               "做好", "接受", "争取", "办理", "答复", "拟定", "牵头", "会同", "邀请", "确保", "支持",
                               "服务", "保障", "对接", "衔接", "报告", "汇报", "调整", "组建",
                               # (联合市工商联…, 协同区市场监管局…: a verb of acting together and the other organ)
                               "联合", "协同"))


_VERB_GLUED = re.compile("(?:" + "|".join(sorted(_VERB_BEFORE_UNIT, key=len, reverse=True)) + ")(?=.)")


def _verb_glued(place: str) -> bool:
    """Whether a place read at a clause start begins with a verb glued to a bare unit or a name (完成市, 落实县,
    参加青禾市): the clause is a verb and its object, and names no subject."""
    return _VERB_GLUED.match(place) is not None


_NAME_BOUNDARY = re.compile(r"[^\u4e00-\u9fff]|[在对向为由经与和及是将把被从获的了于年度]")


def _places(joined: str, unit: str) -> set[str]:
    """Names of places of one kind (县) that the text names with their government (XX县人民政府) or that
    open a document title of theirs (《XX县法治政府建设实施方案》).

    A name before 人民政府 must begin after a boundary (punctuation, a number, 由/在/和/的 …) at most four
    characters back: ``建设贯穿县人民政府`` names no county, ``由白沙县人民政府`` does.
    """
    names = set()
    found = []
    for m in re.finditer(rf"{unit}(?=人民政府)", joined):
        lo = max(0, m.start() - 5)
        cut = [b.end() for b in _NAME_BOUNDARY.finditer(joined, lo, m.start())]
        if cut or lo == 0:
            found.append(joined[(cut[-1] if cut else lo):m.end()])
    for name in found:
        while len(name) > 2 and _PLACE_JUNK.match(name):
            name = name[1:]
        if len(name) >= 3 and not name.startswith(_NOT_PLACE_START) and not _PLACE_JUNK.search(name[:-1]) \
                and not (len(name) == 3 and name[:2] in _VERB_BEFORE_UNIT):
            names.add(_one_unit(name))  # 浚县县人民政府: the county 浚县
    # 《关于…》 names its subject matter, not the author's place (《关于对市级部门…》, 《关于做好全市…》)
    # 《XX县…》, 〈XX县…〉 inside another title, and a district with its city (《XX市XX区…》)
    city = r"(?:[\u4e00-\u9fff]{1,4}?市(?=[\u4e00-\u9fff]{1,4}?" + unit + r"))?" if unit in ("区", "县", "旗") else ""
    # (《中共XX县委…》: the party committee's document names the county after 中共)
    for m in re.finditer(rf"[《〈](?!关于)(?:(?:19|20)\d{{2}}\s*年度?|中共)?({city}[\u4e00-\u9fff]{{1,4}}?{unit})", joined):
        name = m.group(1)  # right after 《 a name may start with 三 or 两 (《三明市…》)
        if (len(name) >= 3 or not name.startswith(_NOT_PLACE_START + tuple("原年度的在和与及对为由"))) and \
                not name.startswith(("全", "我", "本", "各", "该", "每", "原")) and not _PLACE_JUNK.search(name) \
                and not name.endswith(("城市", "都市", "县市", "省市", "超市")):  # (《海绵城市…》: a common noun)
            names.add(name)
    return names


# words that end like a place but name none: a zone or a part of a place without its name
_GENERIC_PLACE = re.compile(
    r"^(?:高新区|开发区|经开区|新区|示范区|试验区|合作区|保税区|自贸区|综保区|功能区|园区|产业园区|工业园区|管理区|"
    r"风景区|景区|保护区|社区|片区|城区|市区|辖区|县区|郊区|矿区|林区|垦区|湾区|老区|山区|库区|牧区|灾区|街区|小区|"
    r"城市|都市|县市|省市|乡镇|城镇|集镇|村镇|重镇|街道)$"
)
_UNIT_OF = {"街道": "道", "自治区": "区"}  # how the body speaks of a unit: 全街道, 全区 (of an autonomous region)
# the opening's subject right after its year, where the stricter pattern above leaves a town out:
# 2025年，北和镇在市委、市政府的正确领导下 / 2025年，大中街道在区委…
_OPENING_SUBJECT = re.compile(
    rf"^((?![全我本各该两三每省市县区镇乡在])(?:(?:(?![{_NOT_IN_PLACE}])[\u4e00-\u9fff]){{1,4}}?(?:市|州|盟)(?=[\u4e00-\u9fff]{{2,4}}?(?:区|县|旗)))?"
    rf"(?:(?![{_NOT_IN_PLACE.replace('和', '').replace('大', '')}])[\u4e00-\u9fff]){{2,4}}?"
    r"(?:街道|镇|乡|县|区|市))"
    r"(?=在(?:[\u4e00-\u9fff]{2,4}?)?[省市县区州旗]委|坚持以|深入学习|法治政府建设工作)"
)
# a place's departments of one field as the opening's subject: 2031年，澄溪区水务执法系统坚持以… (the place only; the
# organ's name is not printed)
_SYSTEM_SUBJECT = re.compile(
    rf"^((?![全我本各该两三每省市县区镇乡在])(?:(?:(?![{_NOT_IN_PLACE}])[\u4e00-\u9fff]){{1,4}}?(?:市|州|盟))?"
    rf"(?:(?![{_NOT_IN_PLACE}])[\u4e00-\u9fff]){{2,4}}?(?:县|区|市|旗))"
    rf"(?:(?![{_NOT_IN_PLACE}])[\u4e00-\u9fff]){{2,8}}?系统(?={_BODY_VERB}|在)"
)
# the party committee and the government as joint subject: 河北省委、省政府坚持以…
_JOINT_SUBJECT = re.compile(
    rf"^((?![在对向为由经与和及是将把被从获的了于全我本各该两三每省市县区镇乡联围按坚深认始紧扎持聚牢结着立不进严切统锚树]|大力)"
    rf"(?:(?![{_NOT_IN_PLACE}])[\u4e00-\u9fff]){{1,6}}?(?:自治区|省|市|县|区|州|旗))(?:党)?委(?:[、和]\s*(?:[省市县区州旗](?:人民)?)?|[省市县区州旗](?:人民)?)政府"
)  # (自治区党委和政府坚持…: joined by 和; 滑县县委县政府坚持…: by nothing)
# the page's own organ in the report's voice
# (?:全|我|本)(县|市|区|旗|镇|乡|街道)|(?:^|(?<=[，,。；;：:\n])|(?<=现将)|(?<=[县市区旗镇乡]委、)|(?<=[县市区旗镇乡]委))(县|市|区|旗|镇|乡)(?:人民)?政府,
# written to open with the one character class its matches start with (then the engine skips ahead to those
# characters instead of trying every alternative at every position); same matches and groups
_SELF_UNIT = re.compile(r"[全我本县市区旗镇乡](?:(?<=[全我本])(县|市|区|旗|镇|乡|街道)"
                        r"|(?:(?<![\s\S]{2})|(?<=[，,。；;：:\n].)|(?<=现将.)|(?<=[县市区旗镇乡]委、.)|(?<=[县市区旗镇乡]委.))"
                        r"(?<=([县市区旗镇乡]))(?:人民)?政府)")  # 县委、县政府 and 区委区政府
# 我局|本局|我委|本委|我厅|本厅|我办|本办|我部|本部门|分局|[局委厅部]党[组委]|(?:省|市|区|县)局(?:党|机关|领导)
# |全(?:省|市|区|县)[\u4e00-\u9fff]{2,6}?(?:系统|机关)(?:在|坚持|始终|深入|全面|认真|积极), opening with its first characters
_DEPARTMENT_SELF = re.compile(
    r"[我本分局委厅部省市区县全](?:(?<=我)[局委厅办部]|(?<=本)(?:[局委厅办]|部门)"
    # 分局 of the page's own branch (，分局被…, 作为分局…, 分局领导班子); not another organ's named branch (区公安分局、,
    # 公安XX分局办理…)
    r"|(?<=分)局(?:(?<![\u4e00-\u9fff]分局)|(?<=[我本为担织在对由]分局)|(?=党[组委]|领导|机关|干部))|(?<=[局委厅部])党[组委]"
    r"|(?<=[省市区县])局(?:党|机关|领导)|(?<=[。；;，,\n][省市区县])局(?=获|荣获|被|坚持|始终|深入|全面|认真|积极|扎实)"
    r"|(?<=全)(?:省|市|区|县)(?!各级(?:行政机关|政府|机关))[\u4e00-\u9fff]{2,6}?(?:系统|机关)(?:在|坚持|始终|深入|全面|认真|积极))"
)
def _department_voice(joined: str) -> bool:
    """Whether the body speaks as a department (我局, 局党组, 全市司法行政系统坚持…); ``本部门`` of each of several
    units (各成员单位制定本部门…计划) is theirs, not the page's."""
    for m in _DEPARTMENT_SELF.finditer(joined):
        if joined.startswith("本部门", m.start()):
            clause = joined[max(0, m.start() - 30):m.start()]
            clause = re.split(r"[。；;，,\n]", clause)[-1]
            if "各" in clause or "单位" in clause:
                continue
        return True
    return False


# a ministry of the State Council as the opening's subject: 2022年，民政部党组坚持以…
_MINISTRY_SUBJECT = re.compile(rf"^((?![全内各总干外我本该])(?:(?![党支门部局委厅])[\u4e00-\u9fff]){{1,8}}?部)"
                               rf"(?=党组|{_BODY_VERB})")
_MINISTRY_SELF = re.compile(r"部党组|部机关|部领导|部直属")  # how a ministry's report speaks of itself
# the State Council's own report: 2020年，中国政府坚持依法全面履行职能… / 国务院坚持…
_STATE_COUNCIL_SUBJECT = re.compile(rf"^(?:国务院|中国政府)(?={_BODY_VERB}|在|以)")


def _body_units(joined: str) -> list[str]:
    return [_UNIT_OF.get(a or b, a or b) for a, b in _SELF_UNIT.findall(joined)]


def _subject_from_body(text: str, paragraphs: list[Paragraph]) -> tuple[str | None, str | None]:
    """(region, organ) the body names as the subject of a clause (``中卫市坚持以…``,
    ``长治市人力资源和社会保障局深入学习…``, ``河北省委、省政府坚持…``), or the one place of the kind the
    body speaks of as ``全县``/``我县``/``县人民政府`` that it names with its government (``XX县人民政府``) or
    at the head of a document title of its own (``《XX县…实施方案》``). None where two places compete."""
    body = [p for p in paragraphs if p.kind in ("body", "heading")]
    joined = "\n".join(text[p.start:p.end] for p in body)
    for k, p in enumerate(body[:6]):
        for j, clause in enumerate(re.split(r"[。；，,：:]", text[p.start:p.end])):
            clause = _BODY_LEAD.sub("", clause.strip())
            m = _BODY_SUBJECT.match(clause)
            if m is None and k < 2 and j < 6:  # the opening's subject
                m = _JOINT_SUBJECT.match(clause) or _OPENING_SUBJECT.match(clause) or _known_city_subject().match(clause) \
                    or _SYSTEM_SUBJECT.match(clause)
            if m and m.re is _BODY_SUBJECT and m.group(1)[-1] in "州盟" and len(m.group(1)) < 3:
                m = None  # 广州坚持…, 杭州深入…: a city by its short name (XX市), not a prefecture (延边州, 昌吉州)
            if m and m.re is _JOINT_SUBJECT and m.group(1)[-1] == "州" and len(m.group(1)) == 2:
                # 青州委、政府坚持… in a page that speaks as a city (市委、市政府, 全市) more than as a prefecture (州委,
                # 全州): the city 青州市 by its short name, not a prefecture 青州
                city = len(re.findall(r"市委|市(?:人民)?政府|[全我本]市", joined))
                prefecture = len(re.findall(r"(?<!%s)州委|州(?:人民)?政府|[全我本]州" % m.group(1)[0], joined))
                if city > prefecture:
                    return _one_unit(m.group(1) + "市"), m.group(1) + "市人民政府"
                if city:
                    m = None  # both voices: no place
            if m and _verb_glued(m.group(1)):
                m = None  # 完成市政府第N号令…: a verb glued to the unit of its object
            if m and not _GENERIC_PLACE.match(m.group(1)):
                r = m.group(1)
                organ = m.group(2) if m.re is _BODY_SUBJECT else None
                unit = re.match(r"街道|镇|乡", organ or "")
                if unit and organ[unit.end():] in ("办事处", "人民政府", "政府"):
                    r, organ = r + unit.group(0), organ[unit.end():]  # 新市街道办事处: the street 新市街道, not a city
                if organ == "政府" and r[-1] in "省市县区旗州镇乡":
                    organ = "人民政府"  # XX县政府坚持…: the government by its own name (as 县政府 -> XX县人民政府)
                if organ:
                    organ = r[len(_one_unit(r)):] + organ  # 碧崖县县卫生健康局坚持…: the organ as printed
                r = _one_unit(r)  # 浚县县委、县政府坚持…: the county 浚县
                if any(not (x.endswith(r) or r.endswith(x)) for x in _places(joined, r[-1])):
                    return None, None  # another place of the kind (常州市武进区 and 武进区 are one)
                return r, (r + organ if organ else None)
    units = _body_units(joined)
    if not units:
        return None, None
    # the kinds of place the body speaks of most (a tie, 全县 once and 我镇 once, tries both, in text order): the
    # one place named among them, or None where two compete; never a choice that depends on set order
    top = max(map(units.count, units))
    names: set[str] = set()
    for unit in dict.fromkeys(u for u in units if units.count(u) == top):
        names |= {x for x in _places(joined, unit) if not _GENERIC_PLACE.match(x)}
    if not names:  # a town's report that names its town only in passing (调整蔡家桥镇…领导小组, 全镇…)
        for unit in dict.fromkeys(u for u in units if units.count(u) == top and u in ("镇", "乡", "道")):
            names |= _repeated_places(joined, "街道" if unit == "道" else unit)
    return (names.pop() if len(names) == 1 else None), None


@lru_cache(maxsize=1)
def _known_city_subject() -> re.Pattern:
    """A prefecture-level city named in full (data/prefecture_cities.csv) as the opening's subject, for the names the
    pattern of any place leaves out as they hold a character of a verb or a function word (XX和XX市, 本X市, 大X市)."""
    names = sorted((r["name"] for r in _prefecture_cities()), key=len, reverse=True)
    return re.compile(rf"^({'|'.join(map(re.escape, names))})(?={_BODY_VERB}|法治政府|依法行政)")


def _repeated_places(joined: str, unit: str) -> set[str]:
    """Names of one kind of lower unit (镇, 乡, 街道) the text writes at least twice, each time after another
    character or a punctuation mark (so its first character starts the name: 整蔡家桥镇, 。蔡家桥镇 -> 蔡家桥镇)."""
    before: dict[str, list[str]] = {}
    for m in re.finditer(unit, joined):
        for k in (4, 3, 2):
            if m.start() - k < 0:
                continue
            name = joined[m.start() - k:m.start()]
            if not all("\u4e00" <= c <= "\u9fff" for c in name) or _PLACE_JUNK.search(name) \
                    or name.startswith(_NOT_PLACE_START) or _GENERIC_PLACE.match(name + unit):
                continue
            prev = joined[m.start() - k - 1] if m.start() - k > 0 else "\n"
            before.setdefault(name, []).append(prev if "\u4e00" <= prev <= "\u9fff" else "|")
    # written twice or more, after two different characters or only after punctuation (a name's start)
    good = {n for n, prevs in before.items() if len(prevs) >= 2 and (len(set(prevs)) >= 2 or set(prevs) == {"|"})}
    # the longest reading of each place (蔡家桥 over 家桥, whose character before is always 蔡)
    return {n + unit for n in good if not any(o != n and o.endswith(n) for o in good)}


# a department as the opening's subject: 2023年，市市场监管局在市委…, 2024年，省教育厅坚持…, 钟楼区司法局在区委…
_OPENING_DEPARTMENT = re.compile(
    r"^(?:中共)?((?:(?![在对向为由经与和及是将把被从获的了于全我本各该原])[\u4e00-\u9fff]{1,12}?(?:自治区|自治州|省|市|县|区|州|旗)"
    r"|[省市县区州旗])(?:(?:人民)?政府办(?:公[室厅])?|(?:(?!政府)(?![委府党组局厅])[\u4e00-\u9fff]){2,14}?(?:局|厅|委员会|(?<![工法])委)))"
    rf"(?:(?<=[局厅])党[组委])?(?={_BODY_VERB}|在|法治政府|依法行政|以)"  # (区司法局党组深入贯彻…: the department's party group)
)
# short names of departments that stand for one full name only (市卫健委 -> 市卫生健康委员会)
_DEPARTMENT_SHORT = {"卫健委": "卫生健康委员会", "发改委": "发展和改革委员会", "人社局": "人力资源和社会保障局"}
# the report naming its organ as it announces itself: 现将澄川市水利局2032年法治政府建设情况报告如下
# (or the year first: 现将2023年度XX市教育局法治政府建设工作情况报告如下; 现将市人社局…报告予以公开)
_OWN_REPORT_ORGAN = re.compile(
    r"现将(?:(?:19|20)\d{2}\s*年度?)?((?![我本有该])[\u4e00-\u9fff]{1,30}?(?:人民政府|政府|办事处|委员会|管委会|局|厅|办公室|部))"
    r"(?:(?:19|20)\d{2}\s*年度?|关于)?[^。；\n]{0,20}?(?:法治政府建设|依法行政)[^。；\n]{0,16}?(?:报告|汇报)"
    r"(?:如下|予以公开|予以公布|予以呈报)"
)
_UNDER_LEADERSHIP = re.compile(r"^(?:在[^，,。；]{2,40}?下[，,]\s*)+")
# a lower unit as the opening's bare subject: 为…，2021年来，街道按照… / 2022年，镇党委坚持…
_BARE_SUBJECT = re.compile(r"(?:^|[，,])\s*(?:(?:19|20)\d{2}\s*年(?:以来|来|度)?[，,]\s*)?(街道|镇|乡)(?:党工委|党委|人民政府|政府|办事处)?"
                           r"(?:按照|坚持|在|以|深入|全面|认真|紧紧|围绕|始终|积极|扎实|持续)")
# a government commission named by its field (卫生健康委, 发展改革委), not the place's party committee (县委, 党工委)
_COMMISSION = re.compile(r"^(?!.*(?:党|工)委$)[\u4e00-\u9fff]{2,10}委$")
_PARTY_ORGAN = re.compile(r"(?:党委|党工委|党组|工委|委)$")
_PROVINCE_VOICE = re.compile(r"全省|我省|省政府|省人民政府|省委|自治区")
# [全我本](?:市|县|区|旗|州|镇|乡|街道)|(?<![自治])区(?:人民)?政府|[市县](?:人民)?政府|[市县区]委, opening with its first characters
_LOCAL_VOICE = re.compile(r"[全我本市县区](?:(?<=[全我本])(?:市|县|区|旗|州|镇|乡|街道)|(?<=区)(?<![自治]区)(?:人民)?政府"
                          r"|(?<=[市县])(?:人民)?政府|(?<=[市县区])委)")


def _provincial_voice(joined: str) -> bool:
    """Whether the body speaks as a province (全省, 我省, 省政府 …) more than as a city or county."""
    if "领导下" in joined:
        joined = _LED_BY.sub("", joined)  # 在自治区党委、政府坚强领导下: the superior, not the page's voice
    return len(_PROVINCE_VOICE.findall(joined)) > len(_LOCAL_VOICE.findall(joined))


_LED_BY = re.compile(r"在[^，,。；;\n]{1,40}?领导下")
# the opening led by a city's, county's or district's party committee: the page is no province's
_LED_BY_LOCAL = re.compile(r"在[\u4e00-\u9fff]{0,8}?[市县区旗州]委[^，,。；;\n]{0,30}?领导下")


# a department of a named place: 龙岩市永定区卫生健康局, 盐城市交通运输局 (not 国家市场监督管理总局: 市场 is no 市)
_NAMED_DEPARTMENT = re.compile(
    r"(?:^|(?<=[《〈，,。；;：:\n、“])|(?<=成立|调整|组建)(?=[^。；;\n]{4,60}?(?:领导小组|工作专班|工作小组|委员会)))"
    r"(?:(?:19|20)\d{2}\s*年度?)?(?!" + "|".join(sorted(_VERB_BEFORE_UNIT)) + r")"
    r"((?:(?![在对向为由经与和及是将把被从获的了于全我本各该原国年度])[\u4e00-\u9fff]){2,4}?(?:省|市|县|区|州|旗)(?!场)"
    r"(?:(?:(?![委府党局厅组在对向为由经与和及是将把被从获的了于])[\u4e00-\u9fff]){2,4}?(?:区|县|市)(?!场))?)"
    r"((?:(?![省县区州旗委府党局厅组])(?!市(?!场))[\u4e00-\u9fff]){2,10}(?:局|厅))(?!长)"  # (市场监督管理局)
)


def _named_body_department(text: str, body_paragraphs: list[Paragraph], region: str | None) -> str | None:
    """``_named_department`` of the body paragraphs joined."""
    return _named_department("\n".join(text[p.start:p.end] for p in body_paragraphs), region)


def _named_department(joined: str, region: str | None) -> str | None:
    """The one department of a named place a page in a department's voice (我局, 局党组) names in its body at
    a clause start or opening a cited title (``《XX市XX区卫生健康局…实施方案》``, ``。XX市交通运输局被…表彰``;
    not ``被XX省XX厅评为``), matching the region when it is known."""
    if not _department_voice(joined):
        return None
    names = set()
    for m in _NAMED_DEPARTMENT.finditer(joined):
        place = m.group(1)
        if _GENERIC_PLACE.match(place) or (region and not (place.endswith(region) or region.endswith(place))) \
                or _verb_glued(place):
            continue  # (。成立XX市XX局…领导小组: the verb is no part of the place; the name after it is read too)
        names.add(m.group(1) + m.group(2))  # 《2024年度XX县应急管理局学法计划》: the year is no part of it
    return names.pop() if len(names) == 1 else None


# the party committee and the government (or the government alone) as the opening's subject: 市委、市政府坚持…,
# XX区委、区政府坚持…, 县委县政府深入…, XX县人民政府始终…
_GOVERNMENT_OPENING = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,10}?)?(?:(?:[省市县区旗州]|党)委[、和]?\s*(?:[\u4e00-\u9fff]{1,10}?)?"
    r"[省市县区旗州](?:人民)?政府|(?:人民)?政府)"
    rf"(?={_BODY_VERB}|在|以)"
)


_PORTAL_LEFTOVER = re.compile(r"^[^，,。；;：:]{1,12}$")  # 用微信扫描二维码, ×, 主动公开: no clause of the opening


def _opening_paragraphs(text: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The body paragraphs from the opening on: short leftovers of the portal printed as body lines before it (a share
    prompt, a close mark, 主动公开) are passed, at most three."""
    body = [p for p in paragraphs if p.kind == "body"]
    k = 0
    while k < min(3, len(body) - 1) and _PORTAL_LEFTOVER.match(text[body[k].start:body[k].end].strip()):
        k += 1
    return body[k:]


def _government_opens(text: str, paragraphs: list[Paragraph]) -> bool:
    """Whether the first body paragraph opens with the place's party committee and government, or its government,
    as the subject (``2023年，市委、市政府坚持…``)."""
    body = _opening_paragraphs(text, paragraphs)[:1]
    for p in body:
        opening = _BODY_LEAD.sub("", text[p.start:min(p.end, p.start + 200)].strip())
        if _GOVERNMENT_OPENING.match(_UNDER_LEADERSHIP.sub("", opening)):
            return True
    return False


_BARE_NAME_DEPARTMENT = re.compile(
    r"((?:(?![省市县区州旗盟委府党局厅组在对向为由经是将把被从获的了于])[\u4e00-\u9fff]){2,12}?(?:局|厅|委员会))"
    rf"(?={_BODY_VERB}|在|以)"
)


def _bare_city_department(text: str, paragraphs: list[Paragraph]) -> tuple[str | None, str | None]:
    """(region, organ as written) for an opening whose subject is a department named after its city without the
    city's unit (``2022年以来，青禾人力资源和社会保障局坚持…``), when the page also prints that city with its unit
    (``青禾市``, ``XX州``, ``XX盟``) and no other reading fits: the name is read as 2 to 4 characters, the shortest
    that the page prints with a unit."""
    for p in [p for p in paragraphs if p.kind == "body"][:2]:
        opening = _UNDER_LEADERSHIP.sub("", _BODY_LEAD.sub("", text[p.start:min(p.end, p.start + 200)].strip()))
        if not opening or opening.startswith(_NOT_PLACE_START + tuple("在对向为由经与和及是将把被从获的了于原")):
            continue
        for k in (2, 3, 4):
            name = opening[:k]
            if not all("\u4e00" <= c <= "\u9fff" for c in name) or _PLACE_JUNK.search(name) or _verb_glued(name):
                break
            if opening[k:k + 1] in ("省", "市", "县", "区", "州", "盟", "旗"):
                break  # the city with its unit: the opening department's own pattern reads it
            m = _BARE_NAME_DEPARTMENT.match(opening, k)
            if m is None or len(m.group(1)) < 4:
                continue
            places = [name + u for u in ("市", "州", "盟") if name + u in text]
            if len(places) == 1:
                return places[0], name + m.group(1)
    return None, None


def _place_forms(region: str) -> list[str]:
    """The place as written, then its last units as a page may name it (青禾市澄溪区 -> 澄溪区)."""
    # (柳岸县青石镇 -> 青石镇: a town's page names itself without its county)
    return [region] + [region[i:] for i in range(1, len(region) - 1)
                       if region[i - 1] in "省市州盟" and region[i:].endswith(("区", "县", "市", "旗"))
                       or region[i - 1] in "省市州盟县区旗" and region[i:].endswith(("镇", "乡", "街道")) and len(region) - i >= 3]


def _place_opens(text: str, paragraphs: list[Paragraph], region: str | None) -> bool:
    """Whether the first body paragraph opens with the place itself as the subject (``2030年，澄溪区坚持…``,
    ``2030年，在市委、市政府的领导下，澄溪区围绕…`` of 青禾市澄溪区), with no organ after its name."""
    if not region:
        return False
    forms = _place_forms(region)
    body = _opening_paragraphs(text, paragraphs)[:1]
    for p in body:
        opening = _UNDER_LEADERSHIP.sub("", _BODY_LEAD.sub("", text[p.start:min(p.end, p.start + 200)].strip()))
        for form in forms:
            m = re.match(r"(?:[\u4e00-\u9fff]{1,6}?[省市州盟])?" + re.escape(form) + rf"(?={_BODY_VERB}|在|以)", opening)
            if m and not re.match(r"(?:人民政府|政府|党委|党工委|委)", opening[m.end():]):
                return True
        # 2030年，我市深入学习…: the place speaking of itself by its unit (我市 of 青禾市)
        unit = next((u for u in ("市", "县", "区", "旗") if region.endswith(u) and not region.endswith("自治区")), None)
        if unit and re.match(rf"我{unit}(?={_BODY_VERB}|在|以)", opening):
            return True
    return False


def _opening_department(text: str, paragraphs: list[Paragraph]) -> str | None:
    """The department an opening sentence names as its subject (``2023年，市农业农村局认真贯彻…``), as
    written (``市农业农村局``, ``钟楼区司法局``), or None."""
    body = [p for p in paragraphs if p.kind == "body"][:2]
    for p in body:
        opening = _BODY_LEAD.sub("", text[p.start:min(p.end, p.start + 200)].strip())
        opening = _UNDER_LEADERSHIP.sub("", opening)  # 在县委、县政府的坚强领导下，在县司法局的指导下，XX办公室坚持…
        m = _OPENING_DEPARTMENT.match(opening)
        if m and _verb_glued(m.group(1)):
            continue  # 成立XX市XX局…领导小组: a verb and its object, no subject
        if m:
            name = m.group(1)
            for short, full in _DEPARTMENT_SHORT.items():
                if name.endswith(short):
                    return name[:-len(short)] + full
            return name
    return None


def _opening_department_in(text: str, paragraphs: list[Paragraph], region: str | None) -> str | None:
    """``_opening_department`` with the region (``_with_region``)."""
    department = _opening_department(text, paragraphs)
    return _with_region(department, region) if department else None


def _own_report_organ(text: str, paragraphs: list[Paragraph], region: str | None) -> str | None:
    """The organ the opening names as the one reporting (``_OWN_REPORT_ORGAN``), with the region."""
    own = _OWN_REPORT_ORGAN.search(text[paragraphs[0].start:paragraphs[0].start + 3000]) if paragraphs else None
    return _with_region(own.group(1), region) if own else None


def _one_province(text: str, unit: str | None = None) -> str | None:
    """The one province-level division the page names in full (``湖南省``), when it names exactly one; else
    the one it names by its short name (``湖北历史上``), when it names no other."""
    names = {p for p in provinces() if p in text and (unit is None or p.endswith(unit))}
    if not names:
        names = {full for full, short in _province_short_names() if short in text and (unit is None or full.endswith(unit))}
    return names.pop() if len(names) == 1 else None


@lru_cache(maxsize=1)
def _province_short_names() -> tuple[tuple[str, str], ...]:
    return tuple((r["name"], r["short"]) for r in _province_rows() if r.get("short"))


@lru_cache(maxsize=1)
def _municipalities() -> tuple[tuple[str, str], ...]:
    return tuple((r["name"], r["short"]) for r in _province_rows() if r.get("kind") == "municipality")


def _municipality_by_short_name(text: str, joined: str) -> str | None:
    """The municipality (直辖市, from the package's place data) a page in a city's voice (``全市``, ``本市``) reports
    for when it names itself only by its short name as the speaker: its own programme ``法治X建设`` or
    ``习近平总书记考察X重要讲话`` (always the speaker's own place), or ``X坚持…`` as a subject. None when the page
    names any other province-level division in any form, or speaks as a county, district or province (a district
    of 重庆 says 全区; 重庆 is then its city, not its region)."""
    units = _body_units(joined)
    if "市" not in units or any(units.count(u) >= units.count("市") for u in set(units) - {"市"}) \
            or _provincial_voice(joined):
        return None
    named = {full for full, short in _province_short_names() if full in text or short in text}
    if len(named) != 1:
        return None
    full = named.pop()
    short = dict(_municipalities()).get(full)
    if not short:
        return None
    speaker = re.compile(rf"法治{short}(?:市)?(?:建设|、)|(?:考察|视察){short}(?:市)?(?:时|重要|的重要)"
                         rf"|(?:^|(?<=[，,。；;\n]))(?:\d{{4}}年[，,]?)?{short}(?:市)?(?={_BODY_VERB})")
    return full if speaker.search(joined) else None


# the place's own rule-of-law programme named after it: 法治X建设, 法治X、法治政府、法治社会一体建设 (the local form of
# 法治中国、法治政府、法治社会), a column or campaign 《法治X》 / “法治X”
_PROGRAMME_PLACE = re.compile(r"法治([\u4e00-\u9fff]{2,3}?)(?=建设|、法治政府)|[《“]法治([\u4e00-\u9fff]{2,3})[》”]")
# what follows 法治 in the genre's common words, never a place's name
_PROGRAMME_NOT = frozenset((
    "政府", "社会", "国家", "中国", "文化", "乡村", "村居", "社区", "街道", "城区", "城市", "高新", "机关", "部门", "单位",
    "思想", "思维", "方式", "宣传", "教育", "队伍", "素养", "意识", "精神", "理念", "环境", "保障", "体检", "护老",
    "地图", "党课", "带头", "讲堂", "课堂", "日报", "在线", "时空", "天地", "频道", "之声", "故事", "人生", "校园",
    "政务", "经济", "服务", "工作", "体系", "道路", "实践", "理论", "能力", "水平", "督察", "考核", "示范", "创建",
    "轨道", "护航", "赋能", "营商", "观念", "信仰", "人才", "大讲堂", "进行时", "带头人", "伴你行", "政府奖",
    "领域",
))


def _programme_place(text: str, joined: str) -> str | None:
    """The place a city's or prefecture's page names only by its short name, in its own programme
    (``法治青禾``, ``法治溪州、法治政府、法治社会一体建设``), with the unit it speaks of itself by (``全市``, ``我市``,
    ``全州``): 青禾 + 市, 溪州 as written. A quoted name (``《法治青禾》``栏目) counts only when the page prints the
    name elsewhere too (``青禾广播电视台``). None when two names compete, when the name is a province's (``法治贵州``
    in a city of that province) or a common word (法治政府, 法治社会, “法治体检”), or when the page speaks as a
    province, a county or a district, or as more than one kind of place."""
    # (全州, 我州, 全盟 of a prefecture: not among the body's units elsewhere, where 全州 may be 全州县's name)
    units = _body_units(joined) + [m.group(1) for m in re.finditer(r"[全我本](州|盟)(?![县市区])", joined)]
    if not units:
        return None
    top = max(map(units.count, units))
    kinds = {u for u in units if units.count(u) == top}
    if len(kinds) != 1 or _provincial_voice(joined):
        return None
    unit = kinds.pop()
    if unit not in ("市", "州", "盟"):
        return None  # a county's or district's page quotes its city's programme (法治青禾建设 in a 全区 page) as often as its own
    shorts = {short for _, short in _province_short_names()} | {full for full in provinces()}
    names = set()
    for m in _PROGRAMME_PLACE.finditer(joined):
        name = m.group(1) or m.group(2)
        if name in _PROGRAMME_NOT or name in shorts or name.startswith(_NOT_PLACE_START) or _PLACE_JUNK.search(name) \
                or _GENERIC_PLACE.match(name):
            continue
        if any(w.startswith(name) for w in _field_words()) or (len(name) < 3 and name.endswith("市")):
            continue  # 法治交通建设, “法治人社”: a department's field (data/department_fields.csv); 法治强市: no name
        if m.group(2) and not re.search(rf"(?<!法治){re.escape(name)}", joined[:m.start()] + joined[m.end():]):
            continue  # 《法治X》 alone: a column's name, unless the page prints X elsewhere
        if not name.endswith(unit) and re.search(rf"{re.escape(name)}(?:省|市|县|区|州|盟|旗)", text) \
                and name + unit not in text:
            continue  # 法治青禾建设 in a page that speaks as 全区 and prints 青禾市: the superior's programme
        names.add(name if name.endswith(unit) else name + unit)
    return names.pop() if len(names) == 1 else None


_SAME_DEPARTMENT_PLACE = "(?:(?![在对向为由经与和及是将把被从获的了于全我本各该原据照])[\u4e00-\u9fff]){2,6}?"


def _fuller_department(joined: str, organ: str) -> str | None:
    """A department that names itself by its level only (``区司法局坚持…``) named in full once in its body
    (``根据XX区司法局2023年重点工作``, ``《XX区司法局…》``): the one place of that level the body puts before the
    same department. A place of the same level (区 before 区司法局) is never the upper level that a document
    title may name; two different places (a sister district's 区司法局) leave the organ as written."""
    if organ[0] not in "市县区旗州" or region_of(organ) is not None or len(organ) < 4:
        return None
    level, rest = organ[0], organ[1:]
    names = {m.group(1) for m in re.finditer(rf"({_SAME_DEPARTMENT_PLACE}{level}){re.escape(rest)}", joined)
             if not _GENERIC_PLACE.match(m.group(1))}
    if len(names) != 1:
        return None
    place = names.pop()
    if region_of(place + rest) != place:
        return None
    return place + rest


def _with_region(organ: str, region: str | None) -> str | None:
    """``市农业农村局`` of 武汉市 -> 武汉市农业农村局; ``省政府`` of 湖南省 -> 湖南省人民政府; an organ that names its
    place stays as written; without the region of its level a bare department stays as written (``县行政审批局``)
    and a bare government (``县人民政府``) is None."""
    if organ[0] not in "省市县区州旗":
        return organ
    if not region or not region.endswith(organ[0]) or (organ[0] == "区" and region.endswith("自治区")):
        # a department names itself so (县行政审批局); a government of a place the page never names is no name
        return None if _GOVERNMENT.search(organ) else organ
    rest = organ[1:]
    if rest.startswith("政府"):
        rest = "人民" + rest  # 市政府 -> XX市人民政府, 市政府办公室 -> XX市人民政府办公室 (the organs' own names)
    return region + rest


_GOVERNMENT_OF = (("街道", "街道办事处"), ("省", "省人民政府"), ("自治区", "自治区人民政府"), ("市", "市人民政府"),
                  ("州", "州人民政府"), ("县", "县人民政府"), ("旗", "旗人民政府"), ("区", "区人民政府"),
                  ("镇", "镇人民政府"), ("乡", "乡人民政府"))


# development zones, each run by its administrative committee (管委会)
_ZONE = re.compile(r"(?:新区|开发区|高新区|经开区)$")
# regions whose government is no 人民政府 (a 管委会, a 行政公署): no organ is made up for them
_NO_PEOPLES_GOVERNMENT = re.compile(r"(?:新区|开发区|园区|高新区|经开区|管理区|示范区|试验区|合作区|林区|矿区|景区|保护区|地区|盟)$")


# the province's department of the same field guiding the page's department: 在省人力资源和社会保障厅的关心指导下
_SUPERIOR_GUIDANCE = re.compile(r"在省((?:(?![厅局委省市县区的])[\u4e00-\u9fff]){2,12})厅的[^，,。；;]{0,8}?指导下")


def _own_organ(text: str, paragraphs: list[Paragraph], region: str | None, title: str | None) -> str | None:
    """The organ a page that names none reports for, from how its body speaks of itself.

    A ministry as the opening's subject (``民政部党组坚持…``) is that ministry. Otherwise, with the region
    known: a page in a department's voice (``我局``, ``局党组``, ``全市司法行政系统``) is the region's
    department when the body names exactly one at a clause start (``区司法局党委书记…`` -> ``XX区司法局``),
    else none; a page in the government's voice (``我县``, ``全县``, ``县政府坚持…``, or the region as the
    subject) is the region's government (``XX县人民政府``, ``XX街道办事处``). None when unsure: a title
    without 法治政府/依法行政 (``…法治建设工作报告`` may be the party committee's), a development zone or
    地区 (governed by a 管委会 or 行政公署).
    """
    body = [p for p in paragraphs if p.kind in ("body", "heading")]
    if not body:
        return None
    joined = "\n".join(text[p.start:p.end] for p in body[:40])
    for p in body[:2]:
        m = _MINISTRY_SUBJECT.match(_BODY_LEAD.sub("", text[p.start:min(p.end, p.start + 60)].strip()))
        if m and not region and _MINISTRY_SELF.search(joined):
            return m.group(1)
        if not region and _STATE_COUNCIL_SUBJECT.match(_BODY_LEAD.sub("", text[p.start:min(p.end, p.start + 60)].strip())):
            return "国务院"
    if region and _ZONE.search(region) and (title is None or re.search(r"法治政府|依法行政", title)) \
            and ("区" in _body_units(joined[:4000]) or any(
                re.match(re.escape(region) + rf"(?={_BODY_VERB}|在|以|法治政府|依法行政)", _BODY_LEAD.sub("", c.strip()))
                for p in body[:2] for c in re.split(r"[。；，,：:]", text[p.start:min(p.end, p.start + 300)]))) \
            and not _department_voice(joined):
        # 我区… of a development zone, or the zone as the opening's subject (2031年，青禾新区坚持…): its administrative
        # committee reports
        return region + "管委会"
    if not region or _NO_PEOPLES_GOVERNMENT.search(region):
        return None
    if title and not re.search(r"法治政府|依法行政", title):
        return None  # XX县法治建设工作报告: the party committee's report as often as the government's
    unit = next((u for u, _ in _GOVERNMENT_OF if region.endswith(u)), None)
    if unit is None:
        return None
    bare = _BARE_SUBJECT.search(text, body[0].start, min(body[0].end, body[0].start + 80))
    if bare and not region.endswith(bare.group(1)):
        return None  # 2021年来，街道按照《XX县…方案》…: a street's report that names only its county
    short = _UNIT_OF.get(unit, unit)
    if _department_voice(joined):
        organs = {m.group(1) for m in re.finditer(
            rf"(?:^|(?<=[，,。；;：:\n])){unit}((?:(?![局委府政党])[\u4e00-\u9fff]){{2,8}}局)(?=党|局长|[，,]|坚持|始终|深入)",
            joined)}
        if not organs and region.endswith("市"):
            # 在省交通运输厅的关心指导下，我局…: a city department guided by the province's department of its field
            organs = {m.group(1) + "局" for m in _SUPERIOR_GUIDANCE.finditer(joined)}
        return region + organs.pop() if len(organs) == 1 else None
    # (the region as the subject, or after its superior: 钟楼区五星街道坚持…)
    as_subject = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?:市|区|县|州|旗))?(?:" + "|".join(map(re.escape, _place_forms(region)))
                            + r")(?:人民政府|政府|党工委|(?:党)?委[、和]\s*(?:[省市县区州旗](?:人民)?)?政府|党委)?"
                            rf"(?={_BODY_VERB}|在|以|法治政府|依法行政)")
    voice = short in _body_units(joined) or (unit == "省" and _provincial_voice(joined)) or any(
        as_subject.match(_BODY_LEAD.sub("", c.strip())) for p in body[:3]
        for c in re.split(r"[。；，,：:]", text[p.start:p.end]))
    if not voice:
        return None
    if unit == "街道":
        # a street's office as the page names it: XX街道办事处 where the page prints that name, else the street as
        # the page writes it for its organ (XX街道坚持…, XX街道党工委、办事处…: the issuer XX街道)
        # (柳溪区青石街道 of a page that prints 青石街道办事处: the office)
        printed = any(region[i:] + "办事处" in text for i in range(len(region) - 3))
        return region + "办事处" if printed else region
    return region + dict(_GOVERNMENT_OF)[unit][len(unit):]


@lru_cache(maxsize=1)
def _department_fields() -> tuple[dict[str, str], ...]:
    """The rows of the package data ``department_fields.csv``: a government department's field (交通运输), its other
    names (aliases, ``|``-separated), the ministry above it and the organ's name at each level (empty: unsure)."""
    return _data_rows("department_fields.csv")


@lru_cache(maxsize=1)
def _field_evidence() -> tuple[tuple[dict[str, str], re.Pattern], ...]:
    """For each field, the ways a department's report names its own field: its ministry as the superior
    (在交通运输部的指导下, 交通运输部的统一部署), the field's superior departments (上级交通运输部门), the field's
    programme (交通运输法治政府部门建设), or itself at a clause start (作为生态环境部门)."""
    out = []
    for row in _department_fields():
        words = "|".join(map(re.escape, [row["field"]] + [a for a in row["aliases"].split("|") if a]))
        ministry = re.escape(row["ministry"])
        out.append((row, re.compile(
            rf"(?:(?<![\u4e00-\u9fff])|(?<=[在和及与、照据受经，,]))(?:国家)?{ministry}(?!门)(?:的)?[^，,。；;\n]{{0,8}}?"
            rf"(?:统一部署|部署|指导|要求|领导)"
            rf"|上级(?:{words})(?:主管)?部门|(?:{words})法治政府部门|(?:^|(?<=[，,。；;：:\n]))作为(?:{words})(?:主管)?部门")))
    return tuple(out)


@lru_cache(maxsize=1)
def _opening_field_evidence() -> tuple[tuple[dict[str, str], re.Pattern], ...]:
    """For each field, the ways a department's opening paragraph introduces its own work by its field: the field's
    rule-of-law work (交通运输法治建设, 民政依法行政, 法治财政), the field's system (全市审计系统) or the province's
    department of the field above it (按照省民政厅的部署, 省应急厅 for 应急管理厅), the leadership's teaching on the field
    (关于应急管理的重要论述). Read in the opening only, where a
    department speaks of itself; later paragraphs name other fields' work. (省司法厅 is no sign of the 司法 field: every
    department reports its rule-of-law work as the 司法厅's notice asks.)"""
    out = []
    for row in _department_fields():
        words = "|".join(map(re.escape, sorted([row["field"]] + [a for a in row["aliases"].split("|") if a],
                                               key=len, reverse=True)))
        # (全面依法治市和司法行政工作: the 司法局 keeps the office of the place's rule-of-law committee and its own field)
        above = r"|依法治[省市县区州旗]和司法行政" if row["field"] == "司法" else rf"|省(?:{words})厅"
        # (…总书记关于应急管理的重要论述: the field's own line of the leadership's teaching, which its department studies)
        out.append((row, re.compile(rf"(?:{words})(?:法治|依法行政|系统)|法治(?:{words}){above}"
                                    rf"|关于(?:{words})(?:工作)?的重要(?:论述|指示)")))
    return tuple(out)


_AS_DEPARTMENT = re.compile(r"(?:^|(?<=[，,。；;：:\n]))作为[\u4e00-\u9fff]{2,10}?(?:主管)?部门")
# how a department's report speaks of itself, by the kind of organ: 我厅/厅党组 (a province's department), 我局/局党组,
# 委党组/委领导 (a commission: not 市委领导, 党委党组)
_SELF_KIND = re.compile(r"(?:我|本)(厅|局|委)|(厅|局)党[组委]|(?<![省市县区州旗党工纪管法编])(委)(?:党[组委]|领导|机关|主任)")


def _field_department(joined: str, region: str | None) -> str | None:
    """The department a page reports for when it names its field in its own words (``_field_evidence``) and the
    region is known: the region plus the field's organ at the region's level (甘肃省 + 交通运输 ->
    甘肃省交通运输厅, 青禾市 + 交通运输 -> 青禾市交通运输局). None when no field or two fields are named, for a
    municipality (北京市交通委员会: their names vary), for a level whose organ's name varies, or when the page calls
    itself by another kind of organ (我局 of a province's 厅)."""
    if not region or region in dict(_municipalities()):
        return None
    fields = {row["field"]: row for row, rx in _field_evidence() if rx.search(joined)}
    opening = joined.split("\n", 1)[0][:400]
    fields.update((row["field"], row) for row, rx in _opening_field_evidence() if rx.search(opening))
    if len(fields) != 1:
        return None
    row = fields.popitem()[1]
    if region in provinces():
        organ = row["province_organ"]
    elif region.endswith(("市", "州", "盟")):
        organ = row["city_organ"]
    elif region.endswith(("县", "区", "旗")) and not _NO_PEOPLES_GOVERNMENT.search(region):
        organ = row["county_organ"]
    else:
        organ = ""
    if not organ:
        return None
    kinds = {a or b or c for a, b, c in _SELF_KIND.findall(joined)}
    kind = "委" if organ.endswith("委员会") else organ[-1]
    if (kinds or kind == "委") and kind not in kinds:
        # 我局 of a page whose region's organ of the field is a 厅: the page is another organ's; a commission only
        # where the page speaks as one (委党组), as some places name the same field's organ a 局
        return None
    return region + organ


@lru_cache(maxsize=1)
def _field_words() -> frozenset[str]:
    """The fields of ``department_fields.csv`` and their other names (生态环境, 人社 …)."""
    return frozenset(w for row in _department_fields() for w in [row["field"]] + row["aliases"].split("|") if w)


# a department naming itself by its field only at a clause start, as the subject or with its party group:
# 2030年以来，教育局围绕… / 2030年，生态环境局党组专题学法… (no place, no level character before it)
_BARE_SELF_DEPARTMENT = re.compile(
    r"(?:^|(?<=[，,。；;：:\n]))(?:(?:19|20)\d{2}\s*年(?:以来|度)?[，,]?\s*)?"
    r"((?:(?![省市县区州旗盟委府党在对向为由经与及是将把被从获的了于全我本各该原分总局厅])[\u4e00-\u9fff]){2,10}?局)"
    rf"(?=党组|党委|{_BODY_VERB})"
)


def _bare_department(joined: str) -> str | None:
    """The department a page in a department's voice names by its field only (``_BARE_SELF_DEPARTMENT``), when it
    names one such: completed with its place when the body prints it so once (``印发澄溪区生态环境局权责清单``
    -> 澄溪区生态环境局), else as written (教育局)."""
    # (通过局党组…, 坚持局党组…: a verb before the page's 局党组, no name)
    names = {m.group(1) for m in _BARE_SELF_DEPARTMENT.finditer(joined)
             if not _verb_glued(m.group(1)) and not re.match(_BODY_VERB, m.group(1))
             and not re.match(r"(?:通过|经过|根据|依托|依据|结合|加强|强化|发挥|完善|健全|建立|落实|推动|推进|提升|压实)", m.group(1))
             # the opening's subject, or a department of a known field (data/department_fields.csv) anywhere
             and (m.start() < 40 or m.group(1)[:-1] in _field_words())}
    if len(names) != 1:
        return None
    name = names.pop()
    places = set()
    for m in re.finditer(rf"(?<=[省区市州盟县旗]){re.escape(name)}", joined):
        # the place before it, from the last boundary (punctuation, 在/对/的 …) and without a verb glued on (制定XX区…)
        window = joined[max(0, m.start() - 10):m.start()]
        cut = [b.end() for b in _NAME_BOUNDARY.finditer(window)]
        place = window[cut[-1]:] if cut else window
        while (v := _VERB_GLUED.match(place)) is not None:
            place = place[v.end():]
        if len(place) >= 2 and region_of(place + name) == place and not _GENERIC_PLACE.match(place) \
                and not place.startswith(_NOT_PLACE_START):
            places.add(place)
    # (青禾市澄溪区 and 澄溪区 are one place: the fullest)
    places = {p for p in places if not any(q != p and q.endswith(p) for q in places)}
    return places.pop() + name if len(places) == 1 else name


# the opening naming its own organ in full with the short name it goes by (简称): 2031年，青禾经济技术开发区管理委员会
# （简称经开区管委会）坚持…, 2031年，青禾市生态环境局澄溪县分局（以下简称“我局”）坚持…
_ALIAS_ORGAN = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年(?:以来|度)?[，,]?\s*)?(?:在[^，,。；;（(]{2,40}?下[，,]\s*)?"
    r"((?![在对向为由经与和及是将把被从获的了于全我本各该原])[\u4e00-\u9fff]{4,40}?"
    r"(?:人民政府|办事处|管理委员会|管委会|委员会|分局|局|厅|办公室))"
    r"[（(](?:以下)?简称[：:]?\s*[“\"‘]?[\u4e00-\u9fff]{1,12}[”\"’]?[）)]"
)


def _alias_organ(text: str, paragraphs: list[Paragraph]) -> str | None:
    """The organ the first body paragraph opens with, named in full before the short name it goes by
    (``_ALIAS_ORGAN``): the page's own organ introducing itself."""
    body = _opening_paragraphs(text, paragraphs)[:1]
    for p in body:
        m = _ALIAS_ORGAN.match(text[p.start:min(p.end, p.start + 200)].strip())
        if m and not _verb_glued(m.group(1)):
            return m.group(1)
    return None


# a street written with 街 for 街道 (as the pages of some cities name theirs) as the opening's subject, bare or with its
# organs: 2031年，在区委、区政府的领导下，青石街始终坚持… / 青石街党工委、办事处深入…
_SHORT_STREET = re.compile(
    r"^((?![在对向为由经与和及是将把被从获的了于全我本各该原])(?:(?![省市县区州旗镇乡委府政党局厅部院会])[\u4e00-\u9fff]){2,4}?街)(?!道)"
    rf"(?:(党工委(?:[、和]\s*办事处)?|办事处)|(?={_BODY_VERB}|在|以))"
)
_STREET_VOICE = re.compile(r"(?:全|我|本|治)街(?!道)|街党工委|街道")  # how a street's page speaks of itself
_STREET_NOT = re.compile(r"(?:步行|商业|美食|老|古|新|大|小|后|前|正|横|直|长)街$")


def _short_street(text: str, paragraphs: list[Paragraph]) -> tuple[str | None, str | None]:
    """(region, issuer) of a street the opening names with 街 for 街道 (``_SHORT_STREET``), when the body speaks as a
    street (全街, 依法治街, 街党工委, 街道): the street as written; its issuer is its office (XX街办事处) where the page
    prints the office after the street's name, else the street as the page writes its organ (meta class A)."""
    body = _opening_paragraphs(text, paragraphs)[:1]
    for p in body:
        opening = _UNDER_LEADERSHIP.sub("", _BODY_LEAD.sub("", text[p.start:min(p.end, p.start + 200)].strip()))
        m = _SHORT_STREET.match(opening)
        if m is None or _STREET_NOT.search(m.group(1)) or _verb_glued(m.group(1)):
            continue
        joined = "\n".join(text[q.start:q.end] for q in paragraphs if q.kind in ("body", "heading"))
        if not _STREET_VOICE.search(joined.replace(m.group(1), "")) \
                and not re.search(rf"{re.escape(m.group(1))}(?:党工委|办事处)", joined):
            continue  # (青石街党工委集中学法: the street's own party working committee makes it a street too)
        street = m.group(1)
        office = (m.group(2) or "").endswith("办事处") or re.search(rf"{re.escape(street)}(?:道)?办事处", joined)
        return street, street + "办事处" if office else street
    return None, None


# a city named in full at a clause start (。青禾市成功入选…, 2031年，青禾市城区…, 地址:青禾市…), not 市场, 市民, 市级 …, nor
# the 市 of 市委/市政府 after a verb
_CITY_AT_CLAUSE = re.compile(
    r"(?:^|(?<=[，,。；;：:\n、（(“]))(?:(?:19|20)\d{2}\s*年度?[，,]?\s*)?"
    r"((?:(?![在对向为由经与和及是将把被从获的了于全我本各该原每两三省市县区镇乡])[\u4e00-\u9fff]){2,4}?市)(?![场民级直值容面委县长、)）]|(?:人民)?政府|领导)"  # (根据市委…, 构建市县…, 列入市、区…: a verb before 市)
)
# words that open a clause before a bare 市 (根据市…, 中心市区): no city's name
_NOT_CITY_START = re.compile(r"(?:根据|按照|依据|依照|遵照|对照|参照|紧扣|围绕|结合|落实|贯彻|配合|协助|协办|通过|经过|针对|开展|建立|"
                             r"构建|列入|纳入|实现|推动|推動|参与|參與|充分|发挥|示范|带动|助力|整合|依法治|中心|城区|主城)")


def _department_city(joined: str, issuer: str | None) -> str | None:
    """The city a page in a city department's voice (我局, 局党组, or the issuer 市XX局 named by its level only) reports
    for, when it never names its region otherwise: the one city it prints in full at a clause start (``。青禾市成功入选…``,
    ``2031年，青禾市城区空气质量…``). None when the body speaks of a county, district or province as much as of the city,
    or when two cities are so printed."""
    if not (_department_voice(joined) or (issuer and issuer.startswith("市") and region_of(issuer) is None)):
        return None
    units = _body_units(joined)
    if ("市" not in units and (units or not issuer)) or any(units.count(u) >= units.count("市") for u in set(units) - {"市"}) \
            or _provincial_voice(joined):
        return None  # (a page of 市XX局 may speak of no unit at all)
    names = {m.group(1) for m in _CITY_AT_CLAUSE.finditer(joined)
             if not _verb_glued(m.group(1)) and not _GENERIC_PLACE.match(m.group(1))
             and not re.match(_BODY_VERB, m.group(1)) and not _NOT_CITY_START.match(m.group(1))
             and not m.group(1).endswith(("城市", "都市", "县市", "省市", "超市"))}  # (“无废城市”建设: a common noun)
    return names.pop() if len(names) == 1 else None


@lru_cache(maxsize=1)
def _prefecture_cities() -> tuple[dict[str, str], ...]:
    """The rows of the package data ``prefecture_cities.csv``: each prefecture-level city (name, short name, province,
    and whether its short name is also a common word or hides in one: 长治久安, 确保定期, 三明治)."""
    return _data_rows("prefecture_cities.csv")


@lru_cache(maxsize=1)
def _city_names() -> tuple[re.Pattern, dict[str, dict[str, str]]]:
    """A pattern of every prefecture-level city's full name and of the short names that are no common word (the
    longest first: 马鞍山 before 鞍山), and the row each printed form stands for."""
    rows = {}
    for r in _prefecture_cities():
        rows[r["name"]] = r
        if r["common_word"] != "1":
            rows[r["short"]] = r
    return re.compile("|".join(map(re.escape, sorted(rows, key=len, reverse=True)))), rows


def _department_short_city(text: str, body_paragraphs: list[Paragraph], issuer: str | None) -> str | None:
    """The city of a city department's page that prints its city only by its short name (美丽青禾, 在青禾召开现场会,
    高速青禾段 — the reader's inference, LABELING metadata; data/prefecture_cities.csv): the page must be a city
    department's (我局/局党组 or an issuer 市XX局 named by its level, led by 市委、市政府 in its opening, speaking of 市
    more than of any other unit), and print exactly one prefecture-level city in any form and no province or
    municipality but that city's. None otherwise: a page that names two cities, or another province, is unsure."""
    joined = "\n".join(text[p.start:p.end] for p in body_paragraphs)
    by_level = bool(issuer and issuer.startswith("市") and region_of(issuer) is None)
    if not (_department_voice(joined) or by_level):
        return None
    led = _LED_BY_LOCAL.search(joined[:600])
    if not by_level and not (led and "市委" in led.group(0)):
        return None
    units = _body_units(joined)
    if "市" not in units or any(units.count(u) >= units.count("市") for u in set(units) - {"市"}):
        return None
    rx, rows = _city_names()
    cities = {rows[m.group(0)]["name"] for m in rx.finditer(joined)}
    if len(cities) != 1:
        return None
    city = cities.pop()
    province = rows[city]["province"]
    others = {r["name"] for r in _province_rows() if r["name"] != province
              and (r["name"] in joined or r["short"] in joined)}
    # another city printed in full at a clause start (a county-level city's own name, 。澄川市获评…): unsure
    others |= {m.group(1) for m in _CITY_AT_CLAUSE.finditer(joined)
               if m.group(1) != city and not _verb_glued(m.group(1)) and not _GENERIC_PLACE.match(m.group(1))
               and not re.match(_BODY_VERB, m.group(1)) and not _NOT_CITY_START.match(m.group(1))
               and not m.group(1).endswith(("城市", "都市", "县市", "省市", "超市"))}
    return None if others else city


# the page's government named by its level only as the opening's subject: 2031年，在市委…领导下，县政府深入贯彻…;
# or the place speaking of itself as 我县 (2031年，我县全面贯彻…, LABELING 55)
_LEVEL_GOVERNMENT_OPENING = re.compile(rf"^(?:([县市区旗])(?:人民)?政府|我([县市区旗]))(?={_BODY_VERB}|在|以)")


def _level_government_place(text: str, paragraphs: list[Paragraph]) -> str | None:
    """The place of a page whose opening's subject is its government named by its level only (``县政府深入贯彻…``): the
    one place of that level the body prints (``召开澄溪县法治政府建设推进会``), read from the last word boundary before
    it without a verb glued on. None when the body prints two such places or none."""
    body = [p for p in paragraphs if p.kind == "body"][:2]
    unit = None
    for p in body:
        opening = _UNDER_LEADERSHIP.sub("", _BODY_LEAD.sub("", text[p.start:min(p.end, p.start + 200)].strip()))
        m = _LEVEL_GOVERNMENT_OPENING.match(opening)
        if m:
            unit = m.group(1) or m.group(2)
            break
    if unit is None:
        return None
    joined = "\n".join(text[p.start:p.end] for p in paragraphs if p.kind in ("body", "heading"))
    if unit == "区" and _autonomous_region_words().search(joined):
        return None  # 我区 of an autonomous region (its districts are printed below it), not of a district
    places = set()
    for m in re.finditer(unit, joined):
        window = joined[max(0, m.start() - 8):m.start()]
        cut = [b.end() for b in _NAME_BOUNDARY.finditer(window)]
        place = window[cut[-1]:] if cut else window
        verbs = [v.end() for v in _VERB_GLUED.finditer(place)]
        place = place[verbs[-1]:] if verbs else place  # (及时召开澄溪县…: the name after the last verb)
        place += unit
        if 3 <= len(place) <= 4 and region_of(place) == place and not _GENERIC_PLACE.match(place) \
                and not place.startswith(_NOT_PLACE_START) and not _PLACE_JUNK.search(place) \
                and not re.fullmatch(_BODY_VERB, place[:-1]):  # (。坚持县政府每月学法日: a verb, no name)
            places.add(place)
    places = {p for p in places if not any(q != p and q.endswith(p) for q in places)}
    if len(places) != 1:
        return None
    # another place of the level in any form (学习柳岸县经验: a name after a verb the reading above leaves out) makes it unsure
    tails = {joined[m.start() - 2:m.start()] for m in re.finditer(unit, joined) if m.start() >= 2}
    tails = {t for t in tails if all("\u4e00" <= c <= "\u9fff" for c in t) and not _NAME_BOUNDARY.search(t)
             and not re.search(r"[省市县区州旗镇乡全我本各该每两三等个新老原现委府政党局厅部院会]", t)
             and t not in ("法治", "示范", "先进", "平安", "文明", "试点", "民主", "强县", "百强")  # (法治县创建: a title)
             and t not in _VERB_BEFORE_UNIT and not re.fullmatch(_BODY_VERB, t)}  # (坚持县政府每月学法日: a verb)
    place = places.pop()
    return place if tails <= {place[-3:-1]} else None


class _Later:
    """A candidate value read only when it is asked for (once): a fallback whose search of the text is skipped
    when an earlier candidate already gives the field (the title's year, mostly)."""

    __slots__ = ("_read", "_value")

    def __init__(self, read, *args, **kwargs):
        self._read = (read, args, kwargs)

    def value(self):
        if self._read is not None:
            read, args, kwargs = self._read
            self._value, self._read = read(*args, **kwargs), None
        return self._value


def _now(value):
    """A candidate's value (read now if it was left for later)."""
    return value.value() if value.__class__ is _Later else value


def _metadata(text, spans, title_idx, paragraphs, sections, found) -> dict:
    header, header_dates = found["header"], found["header_dates"]
    source: dict[str, str] = {}

    def pick(name, *candidates):
        for where, value in candidates:
            value = _now(value)
            if value:
                source[name] = where
                return value
        return None

    body_title = clean_title(found["body_title"]) if found["body_title"] else None
    organ_line = found["organ_line"]
    htitle = clean_title(header.get("title") or "")
    if body_title and organ_line and found["organ_above"] and issuer_of(body_title) == (None, None) \
            and (region_of(body_title) is None or body_title.startswith("关于")) and (body_title.startswith("关于") or not (
                found["title_printed_bare"] or re.sub(r"\s+", "", htitle) == re.sub(r"\s+", "", body_title))):
        # 台州市XX区人民政府 / 关于2021年…的报告: one title on two lines (unless the page prints it bare)
        body_title = organ_line + body_title
    title = pick("title", ("title", body_title), ("header", htitle))
    publish = None
    for label in _DATE_FIELDS:
        publish = parse_date(header_dates.get(label))
        if publish:
            break
    publish = pick("publish_date", ("header", publish), ("header", found["byline_date"]),
                   ("title", _title_date(found["body_title"])), ("header", _title_date(header.get("title"))),
                   ("signature", found.get("cover_date")),
                   # last: 2031年03月10日 alone under the title, the page's only date (LABELING metadata: the date a
                   # reader takes as the page's)
                   ("signature", found.get("dated_under_title")))
    t_issuer, t_full = issuer_of(title)
    if t_issuer is None and found["body_title"] and found["body_title"].lstrip().startswith("【"):
        t_issuer, t_full = issuer_of(found["body_title"])  # 【XX县应急管理局】2022年…报告: the organ in the tag
    o_issuer, o_full = _organ_issuer(found["organ_line"])
    signature = found["signature"]
    src_org = header.get("source_org")
    if src_org and not (region_of(src_org) and (_ISSUER_END.search(src_org) or region_of(src_org) == src_org)):
        # 本网, 原创: no organ; 县综合执法局, 司法局: a department naming itself by its level or by its field only
        src_org = src_org if re.fullmatch(r"[省市县区州旗]?[\u4e00-\u9fff]{2,16}(?:局|厅|委员会)", src_org) else None
    h_issuer = header.get("issuer")
    if h_issuer and not re.search(r"[\u4e00-\u9fff]{2}", h_issuer):
        h_issuer = None  # a site code such as gyz1
    if h_issuer and o_issuer and _GOVERNMENT.search(o_issuer) and not _GOVERNMENT.search(h_issuer):
        h_issuer = None  # 发布机构 XX州司法局 / • XX自治州人民政府 under the title: the department published it
    if h_issuer and t_issuer and not _ISSUER_END.search(h_issuer):
        h_issuer = None  # 发布机构:安居区 names a place, no organ: the title's organ (XX区人民政府关于…) issues it
    if h_issuer and t_issuer and h_issuer in (t_issuer + "办公室", t_issuer + "办公厅"):
        h_issuer = None  # 发文机关 XX市人民政府办公室 / XX市人民政府关于…的报告: the office publishes for its government
    if h_issuer and t_issuer and region_of(t_issuer) and _GOVERNMENT.search(t_issuer) and not _GOVERNMENT.search(h_issuer):
        h_issuer = None  # 发布机构 XX县司法局 / XX县人民政府关于…的报告: the department posted its government's report
    b_region, b_issuer = _subject_from_body(text, paragraphs)
    if b_region is None and b_issuer is None and t_issuer is None and o_issuer is None and region_of(title) is None:
        b_region, b_issuer = _bare_city_department(text, paragraphs)  # 青禾人力资源和社会保障局坚持… (青禾市 elsewhere)
    if b_region is None and b_issuer is None and t_issuer is None and o_issuer is None and region_of(title) is None:
        b_region, b_issuer = _short_street(text, paragraphs)  # 青石街党工委、办事处坚持…: a street written XX街
    if b_region and b_region.startswith("中共"):
        b_region = b_region[2:]  # 中共武汉市委…: the party committee of the city
    if b_region in ("省", "自治区"):  # 自治区坚持…: the page never names its own province but once in passing
        unit, b_region = b_region, _one_province(text, b_region)
        if b_issuer and b_issuer.startswith(unit):  # 自治区人民政府坚持…: the organ of that province
            b_issuer = b_region + b_issuer[len(unit):] if b_region else None
    elif b_region and b_region.endswith(("省", "自治区")) and b_region not in provinces() and any(
            b_region.endswith(p) for p in provinces()):
        # 成立青海省法治政府建设研究基地: a verb before a known province's name
        b_region = next(p for p in provinces() if b_region.endswith(p))
        b_issuer = None
        if _LED_BY_LOCAL.search("\n".join(text[p.start:p.end] for p in paragraphs if p.kind in ("body", "heading"))[:600]):
            b_region = None  # 在县委、县政府的领导下，我局…入选河北省…: a county's organ, no province's
    elif b_region and b_region.endswith("自治区") and b_region not in provinces() \
            and b_region[:-3] not in {s for _, s in _province_short_names()}:
        # ，借鉴自治区人民政府在…召开的…: a verb glued to the unit; an autonomous region is one of the five of the
        # package's data (data/provinces.csv), by its full or its short name (宁夏自治区)
        b_region = b_issuer = None
    organ_line_region = region_of(found["organ_line"])
    if o_issuer and title is None and b_issuer is None and b_region and b_region.endswith(("镇", "乡", "街道")) \
            and organ_line_region and b_region not in found["organ_line"] and organ_line_region[-1] in "市县区旗":
        # XX区人民政府 (the portal's name) / 2031年，青石镇在区委、区政府的领导下…: a page without a title whose opening's
        # subject is a town led by the organ line's level: the portal's organ posted the town's report
        # (the first body paragraphs: a portal's 热门搜索: may stand before the opening)
        led = next((m for p in [p for p in paragraphs if p.kind == "body"][:2]
                    if (m := _LED_BY.search(text, p.start, min(p.end, p.start + 120)))), None)
        if led and organ_line_region[-1] + "委" in led.group(0) and b_region in text[max(0, led.start() - 40):led.end() + 20]:
            o_issuer = o_full = organ_line_region = None
    if b_issuer and _PARTY_ORGAN.search(b_issuer) and not _COMMISSION.search(b_issuer[len(b_region or ""):]):
        b_issuer = None  # XX街道党工委: the party committee, not the organ that reports on 法治政府建设
    # LABELING.md: the issuer is read from the title, the organ line, the header's 发布机构/来源 label, the
    # signature, in that order. 名称:XX区2024年…报告 / 发布机构 (or 来源):XX区司法局: the title names a place and
    # no organ, so the header's organ is the issuer, as written (来源:司法局 stays 司法局). A 责任部门 label
    # is no such label: it names the unit that keeps the page.
    if src_org and region_of(src_org) is None and b_issuer and _GOVERNMENT.search(b_issuer) and t_issuer is None \
            and region_of(title) and region_of(b_issuer) == region_of(title):
        # 2025年XX县法治政府建设情况 / 文章来源:司法局 / XX县政府坚持…: the department posted the page; the body names
        # the government that reports (a body that names no organ, XX县坚持…, leaves the 来源 as the issuer)
        src_org = None
    if h_issuer and not _GOVERNMENT.search(h_issuer) and t_issuer is None and o_issuer is None and b_issuer \
            and _GOVERNMENT.search(b_issuer) and region_of(title) and region_of(b_issuer) \
            and region_of(title).endswith(region_of(b_issuer)):
        # 青禾市澄溪区2030年度法治政府建设情况报告 / 发布机构:澄溪区司法局 / 2030年，…澄溪区人民政府坚持…: as with a 来源
        # label above, the department posted the place's report and the body names the government that reports
        h_issuer = None
    if src_org and t_issuer is None and h_issuer is None and region_of(title) and _government_opens(text, paragraphs):
        # XX市2023年度法治政府建设工作总结 / 来源:XX市司法局 / 2023年，市委、市政府坚持…: the opening's subject is
        # the place's party committee and government, whose report the department posted
        src_org = None
    src_place = None
    if h_issuer and not _GOVERNMENT.search(h_issuer) and _ISSUER_END.search(h_issuer) and t_issuer is None \
            and o_issuer is None and not signature and (b_issuer is None or _GOVERNMENT.search(b_issuer)) \
            and title and re.search(r"法治政府|依法行政", title) \
            and (region_of(title) is None or region_of(h_issuer) is None
                 or region_of(title).endswith(region_of(h_issuer)) or region_of(h_issuer).endswith(region_of(title))) \
            and _place_opens(text, paragraphs, region_of(title) or region_of(h_issuer) or b_region) \
            and not _department_voice("\n".join(text[p.start:p.end] for p in paragraphs if p.kind in ("body", "heading"))):
        # 澄溪区2030年法治政府建设工作报告 (or 关于2030年度…的报告) / 发布机构:澄溪区司法局 / 2030年，澄溪区坚持…: as with a
        # 来源 label below, the place reports in its own voice, as its government; its department posted the page
        # (LABELING 55)
        src_place, h_issuer = region_of(h_issuer), None
    if src_org and t_issuer is None and h_issuer is None and o_issuer is None and not signature \
            and not _GOVERNMENT.search(src_org) and (b_issuer is None or _GOVERNMENT.search(b_issuer)) \
            and title and re.search(r"法治政府|依法行政", title) \
            and _place_opens(text, paragraphs, region_of(title) or region_of(src_org) or b_region) \
            and not _department_voice("\n".join(text[p.start:p.end] for p in paragraphs if p.kind in ("body", "heading"))):
        # 澄溪区2030年法治政府建设年度报告 (or 关于2030年度…的报告) / 来源:澄溪区司法局 / 2030年，澄溪区围绕…: the place
        # reports in its own voice, as its government; the department (司法局) drafted and posted the page (its
        # place is still the page's: 来源:青禾市澄溪区司法局 / 澄溪区围绕…)
        src_place, src_org = src_place or region_of(src_org), None
    src_org_issuer = src_org
    src_label_org = src_org if src_org and header.get("source_label") != "责任部门" \
        and _ISSUER_END.search(src_org) and len(src_org) >= 3 else None
    body_paragraphs = [p for p in paragraphs if p.kind in ("body", "heading")]
    body40 = "\n".join(text[p.start:p.end] for p in body_paragraphs[:40])  # (read by several fallbacks below)
    if b_region is None and _provincial_voice(body40) \
            and not _LED_BY_LOCAL.search("\n".join(text[p.start:p.end] for p in body_paragraphs[:3])):
        # (在市委、市政府的坚强领导下，我局…在全省…: a city's or county's organ led by its own committee, no province)
        b_region = _one_province(text)  # 全省… / 现将省政府…: the one province the page names in full
    if b_region is None and b_issuer is None and title is None and t_issuer is None and o_issuer is None \
            and h_issuer is None and not src_org and not signature:
        # 县政府深入贯彻… / 召开澄溪县法治政府建设推进会: a page without a title whose government names itself by its level
        b_region = _level_government_place(text, paragraphs)
    if b_region is None and region_of(title) is None:
        # 全市…法治上海建设: a municipality that names itself by its short name only
        b_region = _municipality_by_short_name(text, body40)
    region_guess = next((v for v in (region_of(title), region_of(h_issuer), organ_line_region,
                                     region_of(signature), region_of(src_org), src_place, b_region) if v), None)
    candidates = (("header", h_issuer), ("title", t_issuer), ("organ_line", o_issuer), ("signature", signature),
                  ("header", src_org_issuer if region_of(src_org_issuer) or src_label_org else None),
                  ("body", _Later(_alias_organ, text, paragraphs)), ("body", b_issuer),
                  ("body", _Later(_opening_department_in, text, paragraphs, region_guess)),
                  ("body", _Later(_own_report_organ, text, paragraphs, region_guess)),
                  ("body", _Later(_named_body_department, text, body_paragraphs, region_guess)))
    issuer = pick("issuer", *candidates)
    region_guess = region_guess or region_of(issuer)
    programme = None
    if region_guess is None and b_issuer is None and region_of(title) is None:
        # last: 《法治青禾》 / 全市…: the page's own programme named after its place
        programme = region_guess = _programme_place(text, "\n".join(text[p.start:p.end] for p in body_paragraphs))
    if issuer is None:
        # a department that names its field in its own words (我局… 交通运输法治政府部门建设 / 作为生态环境部门…)
        if _department_voice(body40) or _AS_DEPARTMENT.search(body40):
            issuer = pick("issuer", ("body", _field_department(body40, region_guess)))
        if issuer is None and _department_voice(body40) and not region_guess:
            # 教育局坚持… / 生态环境局党组…: a department that names itself by its field only
            issuer = pick("issuer", ("body", _bare_department(body40)))
    if issuer is None:
        # last: a 来源 that names a department by its level only (县应急管理局), when the body does not say
        issuer = pick("issuer", ("body", _own_organ(text, paragraphs, region_guess, title)),
                      ("header", _with_region(src_org_issuer, region_guess) if src_org_issuer else None))
    if issuer and region_of(issuer) is None:
        # 人力资源和社会保障局 / 市生态环境局: another place names the same organ with its region
        fuller = next(((w, v) for w, v in ((w, _now(v)) for w, v in candidates)
                       if v and v != issuer and v.endswith(issuer.lstrip("市县区")) and region_of(v)), None)
        if fuller:
            source["issuer"], issuer = fuller
    if issuer and region_of(issuer) is None and region_guess is None:
        # 区司法局坚持… / 根据XX区司法局2023年重点工作: the department's full name, printed once in its body
        fuller = _fuller_department("\n".join(text[p.start:p.end] for p in body_paragraphs), issuer)
        if fuller:
            source["issuer"], issuer = "body", fuller
    full_by_source = {"title": t_full, "organ_line": o_full}
    issuer_full = full_by_source.get(source.get("issuer")) or issuer
    if issuer_full:
        source["issuer_full"] = source["issuer"]
    doc_number = pick("doc_number", ("header", _clean_doc_number(header.get("doc_number"))),
                      ("body", found["body_doc_number"]),
                      ("title", _title_doc_number(found["body_title"]) or _title_doc_number(header.get("title"))))
    region = pick("region", ("title", region_of(title)), (source.get("issuer", "header"), region_of(issuer)),
                  ("organ_line", organ_line_region), ("signature", region_of(signature)),
                  ("header", region_of(src_org) or src_place), ("body", b_region), ("body", programme),
                  # last: a city department's page that names its city only in passing (。青禾市成功入选…), or only by
                  # its short name (美丽青禾)
                  ("body", _Later(_department_city, body40, issuer)),
                  ("body", _Later(_department_short_city, text, body_paragraphs, issuer)))
    if issuer is None and region and region_guess is None and (_department_voice(body40) or _AS_DEPARTMENT.search(body40)):
        # 我局… of a city the page prints only in passing (read just above): the city's department of the field the
        # page names in its own words
        issuer = issuer_full = pick("issuer", ("body", _field_department(body40, region)))
        if issuer:
            source["issuer_full"] = "body"
    branch = re.search(r"局([\u4e00-\u9fff]{2,3})分局$", issuer or "")
    if branch and region and region.endswith(("市", "州", "盟")) and region_of(issuer) == region:
        # XX市生态环境局中站分局: the branch of a district the page names (《中站区…》, 中站区…)
        names = {branch.group(1) + u for u in ("区", "县", "市", "旗") if branch.group(1) + u in text}
        if not names and region_of(branch.group(1)) == branch.group(1) and branch.group(1) != region:
            names = {branch.group(1)}  # XX市生态环境局澄溪县分局: the branch names its county in full
        if len(names) == 1:
            region = region + names.pop()
            source["region"] = "body"
    signed = found["signed_date"] if isinstance(found["signed_date"], dt.date) else None
    signed_year = None
    if signed:
        signed_year = signed.year - 1 if signed.month <= 6 else signed.year
    report_year = pick("report_year", ("title", find_year(title)),
                       ("body", _Later(_year_from_body, text, spans, title_idx, found["kinds"])),
                       ("body", _Later(_year_from_plans, sections)),
                       ("signature", signed_year),
                       ("body", _Later(_year_from_body, text, spans, title_idx, found["kinds"], clause=True)),
                       ("body", _Later(_year_from_mentions, text, paragraphs, sections)),
                       # last: a page published in the first half of a year carries the year before's report (due
                       # by the end of the first quarter)
                       ("header", publish.year - 1 if isinstance(publish, dt.date) and publish.month <= 6 else None))
    # the level of the organ that wrote the report: the page's 发布机构 may be the portal's publisher
    author, author_source = next(((v, w) for w, v in (("title", t_issuer), ("organ_line", o_issuer),
                                                      ("signature", signature), ("body", b_issuer)) if v),
                                 (issuer, source.get("issuer")))
    level = level_of(author, region)
    if author is None and level and _department_voice(body40):
        level = None  # 我局… of a district the page names: a department we cannot name, not the district
    if level:
        source["level"] = author_source if level == "department" else source.get("region")
    index_no = _clean_doc_number(header.get("index_no"))  # (索引号:- , 索引号:无: a placeholder, as for a doc number)
    for name, where, value in (("index_no", "header", index_no),
                               ("body_doc_number", "body", found["body_doc_number"]),
                               ("validity", "header", header.get("validity")),
                               ("recipient", "body", found["recipient"]), ("signature", "signature", signature),
                               ("signed_date", "signature", signed)):
        if value:
            source[name] = where
    who = identity({"issuer": issuer, "issuer_full": issuer_full, "region": region, "level": level})
    return {
        "title": title,
        "index_no": index_no,
        "doc_number": doc_number,
        "body_doc_number": found["body_doc_number"],
        "publish_date": publish,
        "issuer": issuer,
        "issuer_full": issuer_full,
        "validity": header.get("validity"),
        "report_year": report_year,
        "region": region,
        "level": level,
        "region_path": who["region_path"],
        "issuer_id": who["issuer_id"],
        "recipient": found["recipient"],
        "signature": signature,
        "signed_date": signed,
        "metadata_source": "; ".join(f"{k}={source[k]}" for k in _SOURCE_ORDER if k in source) or None,
    }


_SOURCE_ORDER = ("title", "index_no", "doc_number", "body_doc_number", "publish_date", "issuer", "issuer_full",
                 "validity", "report_year", "region", "level", "recipient", "signature", "signed_date")


def metadata_sources(value: str | None) -> dict[str, str]:
    """The ``metadata_source`` field as a dict: field -> title, header, organ_line, body or signature."""
    if not value:
        return {}
    return dict(part.split("=", 1) for part in value.split("; ") if "=" in part)
