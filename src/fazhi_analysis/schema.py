"""The data dictionary: every table's fields, dtypes, Chinese labels and descriptions, declared once.

DataFrame dtypes (`enforce`), Excel headers, and ``docs/data_dictionary.md`` are all derived from
``FIELDS`` and ``TABLES``. Enforcement fails loudly (`SchemaError`) on a missing or undeclared column
instead of coercing silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from pandas._libs import lib as _lib


@dataclass(frozen=True)
class Field:
    """One column: its pandas dtype, Chinese label and English description."""

    dtype: str
    label_zh: str
    description: str
    categories: tuple[str, ...] | None = None


class SchemaError(ValueError):
    """A table does not match its declaration in the data dictionary (a bug, not bad input)."""


PARTS = ("achievements", "shortcomings", "responsibility", "plans", "other")
PARAGRAPH_KINDS = ("metadata", "title", "doc_number", "recipient", "heading", "body", "closing", "chrome")
QUALIFIERS = ("exact", "more_than", "at_least", "about", "less_than", "at_most")
MEASURES = ("level", "change", "rank")
ROLES = ("total", "part", "rate", "change", "target", "prior_year", "per_unit", "level")
# what each role means, in the analyst's words (Excel legends, docs)
ROLE_LABELS = {"total": "总数", "part": "分项", "rate": "比率", "change": "变化量", "target": "目标",
               "prior_year": "上年数", "per_unit": "平均数", "level": "数量"}
DIRECTIONS = ("increase", "decrease")
CATEGORIES = (
    "functions", "rules", "decisions", "enforcement", "emergency",
    "disputes", "oversight", "digital", "capacity", "leadership",
)
STATUSES = ("pass", "fail", "warn", "skip")
LEVELS = ("province", "city", "county", "district", "town", "sub_district", "department")
COMPLIANCE_ITEMS = ("achievements", "shortcomings", "responsibility", "plans", "other", "timeliness")

# field name -> declaration. A field used by several tables is declared once and means the same everywhere.
FIELDS: dict[str, Field] = {
    # identity and provenance
    "doc_id": Field("string", "文档编号", "Identifier of the report, unique per input file; safe as a file name."),
    "source": Field("string", "来源文件", "Path or name the report was read from."),
    "format": Field("string", "文件格式", "Input format detected from the content: text, html, docx or pdf."),
    "encoding": Field("string", "文本编码", "Character encoding the input was decoded from."),
    "sha256": Field("string", "内容哈希", "SHA-256 of the input bytes, used to reuse cached tables."),
    "n_chars": Field("Int64", "字符数", "Length of the report text in characters."),
    # metadata
    "title": Field("string", "标题", "Title of the report (page header 标题, else the title line of the body)."),
    "index_no": Field("string", "索引号", "Index number from the page header (索引号)."),
    "doc_number": Field("string", "文号", "Document number: from the page header (文号) where present, else from the body."),
    "body_doc_number": Field("string", "正文文号", "Document number line as printed in the body, e.g. 源政字〔2020〕2号."),
    "publish_date": Field("object", "发文日期", "Publication date from the page header (发文日期/发布日期/发布时间/更新时间/时间), a byline under the title, or a date printed after the page title; a datetime.date."),
    "issuer": Field("string", "发布机构", "Issuing organ: page header 发布机构/发文机关/发布单位 (not a department of a place whose report it posted: title naming the place and no organ, body opening with the place's government as its subject), else the organ the title starts with (the government organ of a joint title), else an organ line above the title or salutation, else the closing signature, else the header 来源/责任部门 (not when the title names a place or nothing and the body opens with the place as its subject: the place's government), else inferred from the body's voice (我县/全县 -> the region's 人民政府, a street as the page writes its organ, XX街道 or XX街道办事处; 我局 with the department named -> that department, or named by its field in its own words, 在交通运输部的指导下 / 作为生态环境部门, or in its opening, 推进民政法治建设 / 全市审计系统 / 省应急厅的部署 -> the region's department of that field, data/department_fields.csv); empty when unsure."),
    "issuer_full": Field("string", "发布机构全称", "The issuing organ(s) as written, e.g. both organs of a joint title 中共XX镇委员会 XX镇人民政府; equals issuer for a single organ."),
    "validity": Field("string", "有效性", "Validity field of the page header (有效性)."),
    "report_year": Field("Int64", "报告年度", "Year the report covers: from the title, else the body's opening (2019年，/2019年以来), else the year before the plans section's (2020年工作计划 -> 2019), else the signed date (January-June: the year before)."),
    "region": Field("string", "地区", "Administrative region named in the title, else the issuer, an organ line, the signature, or the body (中卫市坚持以…; the one 县 named where the body says 全县), e.g. 沂源县."),
    "region_path": Field("string", "行政区划路径", "The region's units outermost first, joined by ' › ' (省 › 市 › 县/区 › 乡镇), as far as the printed name gives them, e.g. 河北省 › 云州市 › 明水县; empty when the region is unknown."),
    "issuer_id": Field("string", "发布机构标识", "Stable id of the issuer across years and title wordings: the region's units as printed for any government or party organ of it (明水县 for 明水县人民政府 and 中共明水县委 明水县人民政府; 云州市明水县 when the title names the city), plus the department's name for a department (明水县司法局); in a corpus a shorter form takes the one fuller form that extends it, never one of two different places; empty when unknown."),
    "recipient": Field("string", "主送机关", "Recipient line of the body, e.g. 市政府."),
    "signature": Field("string", "落款单位", "Closing signature of the body."),
    "signed_date": Field("object", "成文日期", "Date under the closing signature, a datetime.date."),
    "metadata_source": Field("string", "元数据来源", "Where each metadata field was read, as field=place pairs joined by '; ' (places: title, header, organ_line, body, signature; body also marks a value inferred from the body's voice), e.g. issuer=title; region=title; report_year=body."),
    # trends (corpus table)
    "prev_report_year": Field("Int64", "上期年度", "report_year of the same issuer's previous report that gives the key."),
    "prev_value": Field("Float64", "上期数值", "The key's value in that previous report."),
    "prev_doc_id": Field("string", "上期报告", "doc_id of that previous report."),
    "change": Field("Float64", "变化量", "value - prev_value, in the key's unit (percentage points for a % key); empty when the units differ."),
    "pct_change": Field("Float64", "变化率(%)", "change / prev_value × 100; empty when prev_value is 0 or the key is itself a %."),
    "claimed_change": Field("Float64", "报告所称变化", "The report's own change statement for the key (同比增长18.5% -> 18.5, 较上年减少12件 -> -12), signed; empty when it states none."),
    "claimed_unit": Field("string", "所称变化单位", "Unit of claimed_change: % (relative change), 个百分点 (points) or the key's unit."),
    # sections
    "section_id": Field("Int64", "章节编号", "Number of the section (1-based, document order); empty before the first heading."),
    "parent_id": Field("Int64", "上级章节", "section_id of the enclosing section; empty for level 1."),
    "level": Field("Int64", "层级", "Heading level: 1 一、 2 （一） 3 1. 4 一是/（1）."),
    "marker": Field("string", "序号", "The heading's list marker as printed, e.g. （一）."),
    "heading": Field("string", "标题文字", "Heading text without marker and end punctuation; empty when the parser is unsure."),
    "start": Field("Int64", "起始位置", "Start offset in the report text (report.text[start:end])."),
    "end": Field("Int64", "结束位置", "End offset (exclusive) in the report text."),
    "part": Field("category", "报告部分", "Part of the report the (top-level) section belongs to.", PARTS),
    # paragraphs
    "paragraph_id": Field("Int64", "段落编号", "Number of the paragraph (1-based, document order)."),
    "kind": Field("category", "段落类型", "What the paragraph is.", PARAGRAPH_KINDS),
    "text": Field("string", "文本", "The paragraph's exact text (report.text[start:end])."),
    # indicators
    "indicator_id": Field("Int64", "数据编号", "Number of the figure (1-based, document order)."),
    "category": Field("category", "指标类别", "Area of the rule-of-law framework the figure belongs to.", CATEGORIES),
    "key": Field("string", "规范指标", "Canonical indicator key from the catalog; empty when no single entry matches."),
    "name": Field("string", "指标名称", "The measured thing: the noun phrase the number counts, read with a local "
                  "grammar of figure phrases (verb + object + number 受理行政复议案件105件, number + noun 38宗以区政府为"
                  "被告的行政诉讼案件, A、B分别为x、y件, parenthetical and 其中 breakdowns, table rows), e.g. "
                  "以区政府为被告的行政诉讼案件; empty when no readable phrase is found."),
    "role": Field("category", "数据角色", "What the figure is in its sentence: total (总数, a figure with a "
                  "breakdown), part (分项, one item of a breakdown; see part_of), rate (比率), change (变化量, 同比"
                  "增长…), target (目标: 力争, 目标, next year's plans, a required number 应参加, assigned tasks 任务总数), "
                  "prior_year (上年数: 上年, 去年同期), per_unit (平均数: an average or a per-unit or per-period "
                  "figure, 人均, 日均, 平均, 每个村1名, 每季度不少于1次) or level (数量, a plain figure). Targets, "
                  "prior-year and per-unit figures never take a current-year key.", ROLES),
    "part_of": Field("Int64", "所属总数", "For a part: indicator_id of its total (the figure before the "
                     "parenthesis or the 其中 clause that lists it); empty otherwise."),
    "key_basis": Field("string", "指标依据", "Why the key was given: the catalog phrasing, the words it matched "
                       "(# stands for the figure) and the topic word or heading that set the scope; for a change "
                       "statement, why its base_key was given; empty without either."),
    "base_key": Field("string", "变化所指指标", "For a change statement (同比增长12%, 较上年减少3件): the key of the "
                      "figure it modifies or of the thing its words name. The change itself takes no key (it is not "
                      "the indicator), except a key the catalog counts as a change (审批时限压缩比例); empty otherwise."),
    "measure": Field("category", "数据性质", "level (a count or amount), change (同比增长…) or rank (第N名).", MEASURES),
    "value": Field("Float64", "数值", "Normalised value (万/亿 expanded; the low end of a range)."),
    "value_high": Field("Float64", "区间上限", "High end of a range such as 1-2部; empty otherwise."),
    "unit": Field("string", "单位", "Measure word or unit in simplified form, e.g. 件, 项, %, 个百分点, 元; empty for a rank printed without one (全省第二)."),
    "qualifier": Field("category", "限定", "exact, more_than (余/多/超过), at_least (以上/不少于/不低于/至少), about (约/左右/近), less_than (不足/不到), at_most (以下/以内/不超过/最多/…内; 前30名).", QUALIFIERS),
    "direction": Field("category", "变化方向", "For changes: increase or decrease.", DIRECTIONS),
    "raw": Field("string", "原文", "Exact span of the report text (report.text[start:end] == raw)."),
    "sentence": Field("string", "所在句子", "The sentence the figure stands in."),
    # checks and compliance
    "check_id": Field("string", "检查项", "Rule that was checked; starts with the catalog family, e.g. reconsideration.outcomes_sum."),
    "status": Field("category", "结果", "pass, fail, warn or skip.", STATUSES),
    "expected": Field("Float64", "应为", "Value recomputed from other figures."),
    "reported": Field("Float64", "报告值", "Value as reported."),
    "detail": Field("string", "说明", "In Chinese, for analysts: the rule (its label_zh), a full-width colon, then the figures as printed with their [start:end] spans."),
    "item": Field("category", "要求", "Required content of the report (督察工作规定) or timeliness.", COMPLIANCE_ITEMS),
    "evidence": Field("string", "依据", "Section or paragraph ids supporting the status."),
    # warnings
    "code": Field("string", "警告代码", "Short machine-readable warning code."),
    "message": Field("string", "警告", "What the parser noticed and could not do."),
}

# field name (or "table.field" where a table overrides the field) -> what it means, for the analysts who read
# the workbooks' 数据字典 sheet; every declared column has one (a test keeps them complete).
DESCRIPTIONS_ZH: dict[str, str] = {
    "doc_id": "报告编号，每个输入文件一个，可用作文件名。",
    "source": "读取报告的文件路径或名称。",
    "format": "按内容识别的文件格式：text（纯文本）、html（网页）、docx（Word文档）、pdf（PDF）。",
    "encoding": "解码原文所用的字符编码。",
    "sha256": "原文件字节的SHA-256哈希，用于复用缓存。",
    "n_chars": "报告文本的字符数。",
    "title": "报告标题（网页页眉的“标题”，否则为正文标题行）。",
    "index_no": "网页页眉中的索引号。",
    "doc_number": "文号：优先取网页页眉的“文号”，否则取正文。",
    "body_doc_number": "正文中印出的文号行，如“源政字〔2020〕2号”。",
    "publish_date": "发布日期：网页页眉（发文日期、发布日期、发布时间等）、标题下的署名行或标题后的日期。",
    "issuer": "发布机构：页眉的发布机构，否则为标题开头的机关（联合行文取政府机关）、标题上方的机关行、落款或页眉来源，否则按正文口吻推断（我县、全县 → 该地人民政府）。",
    "issuer_full": "原文所写的全部发布机关，如联合行文“中共XX镇委员会 XX镇人民政府”；单一机关时同“发布机构”。",
    "validity": "网页页眉中的“有效性”。",
    "report_year": "报告所述年度：取自标题，否则取正文开头（2019年以来）、工作计划部分的年度减一或成文日期。",
    "region": "报告所属地区：取自标题、发布机构、机关行、落款或正文，如“沂源县”。",
    "region_path": "地区的各级行政单位，由大到小以“ › ”连接（省 › 市 › 县 › 乡镇），以原文名称能给出的为限；未知时为空。",
    "issuer_id": "发布机构的稳定标识，跨年度、跨标题写法一致：政府或党委取所在地区名（如“明水县”），部门加部门名（如“明水县司法局”）；未知时为空。",
    "recipient": "正文的主送机关，如“市政府”。",
    "signature": "正文末尾的落款单位。",
    "signed_date": "落款下的成文日期。",
    "metadata_source": "各元数据字段的读取位置（标题、页眉、机关行、正文、落款；“正文”也表示按正文口吻推断），以“字段=位置”记录。",
    "prev_report_year": "同一发布机构给出该指标的上一份报告的年度。",
    "prev_value": "该指标在上一份报告中的数值。",
    "prev_doc_id": "上一份报告的报告编号。",
    "change": "本期数值减上期数值，单位同该指标（百分比指标为百分点）；单位不一致时为空。",
    "pct_change": "变化量 ÷ 上期数值 × 100；上期为0或指标本身为百分比时为空。",
    "claimed_change": "报告自己所称的变化（同比增长18.5% 记为18.5，较上年减少12件 记为-12），带正负号；未提及时为空。",
    "claimed_unit": "所称变化的单位：%（相对变化）、个百分点，或指标本身的单位。",
    "section_id": "章节编号（按文中顺序从1起）；第一个标题之前为空。",
    "parent_id": "上级章节的章节编号；一级标题为空。",
    "level": "标题层级：1 为“一、”，2 为“（一）”，3 为“1.”，4 为“一是”“（1）”。",
    "metadata.level": "写报告的机关的行政层级：局、委员会、办公室、厅为部门，否则按地区最后一级（省、市、县、区、镇、街道）判断；无从判断时为空。",
    "trends.level": "发布机构的行政层级（同元数据表）。",
    "marker": "原文所印的标题序号，如“（一）”。",
    "heading": "不含序号和句末标点的标题文字；解析器无把握时为空。",
    "start": "在报告文本中的起始位置（report.text[start:end]）。",
    "end": "在报告文本中的结束位置（不含）。",
    "part": "（一级）章节所属的报告部分。",
    "paragraph_id": "段落编号（按文中顺序从1起）。",
    "kind": "段落类型。",
    "checks.kind": "检查类型：求和、比率、日期、元数据。",
    "text": "段落原文（report.text[start:end]）。",
    "indicator_id": "数据编号（按文中顺序从1起）。",
    "category": "数据所属的法治政府建设领域。",
    "key": "规范指标代码（指标目录中的唯一编码）；没有唯一对应条目时为空。",
    "name": "数字所计量的事物，如“以区政府为被告的行政诉讼案件”；找不到可读的短语时为空。",
    "role": "数据在句中的角色：总数（有分项）、分项（见所属总数）、比率、变化量、目标（力争、明年计划、应参加人数、任务总数）、上年数、平均数（人均、日均、每季度不少于1次）或数量；目标、上年数和平均数不赋本年指标。",
    "part_of": "分项所属总数的数据编号；其他数据为空。",
    "key_basis": "赋予规范指标的依据：指标目录的表述、匹配的文字（# 代表数字）以及限定范围的主题词或标题；变化量为其所指指标的依据；均无时为空。",
    "base_key": "变化量（同比增长、较上年减少等）所指的规范指标：所比较的数据或所述事物的指标。变化量本身不赋指标（审批时限压缩比例等以变化计的指标除外）；其他为空。",
    "measure": "数据性质：数量（计数或金额）、变化（同比增长等）或排名（第N名）。",
    "value": "标准化后的数值（万、亿已展开；区间取下限）。",
    "value_high": "区间（如“1-2部”）的上限；其他为空。",
    "unit": "计量单位（简体），如件、项、%、个百分点、元；不带单位的排名（全省第二）为空。",
    "qualifier": "限定：确数，余（余、多、超过），以上（以上、不少于、至少），约（约、左右、近），不足（不足、不到），以下（以下、以内、不超过、最多、……内）。",
    "direction": "变化方向：增加或减少。",
    "raw": "报告原文中的数字片段（report.text[start:end] == raw）。",
    "sentence": "数字所在的句子。",
    "check_id": "所检查规则的代码，以指标族开头，如 reconsideration.outcomes_sum。",
    "status": "结果：通过、未通过、提示（需人工核对）或未检查（缺少所需数字）。",
    "expected": "按报告中其他数字算出的值。",
    "reported": "报告写明的值。",
    "detail": "中文说明：规则，然后是所用数字的原文及其位置。",
    "item": "报告的法定内容（《法治政府建设与责任落实督察工作规定》）或按时公开。",
    "evidence": "支持该结果的章节或段落编号（供程序读取）。",
    "code": "警告代码（供程序读取）。",
    "message": "解析器发现而未能处理的情况。",
}
TABLE_DESCRIPTIONS_ZH: dict[str, str] = {
    "metadata": "每份报告一行：页眉字段、标题、日期、发布机构、地区。",
    "sections": "章节标题树。",
    "paragraphs": "无损分段：正文每个非空白字符恰好属于一个段落。",
    "indicators": "每个数字：数值、单位、限定、领域、规范指标和出处。",
    "checks": "加总、比率、日期和元数据的一致性检查。",
    "compliance": "《法治政府建设与责任落实督察工作规定》要求的报告内容，以及按时公开。",
    "warnings": "解析器的提示：缺少部分、可能截断、未能解析的字段。",
    "trends": "每个发布机构、指标和年度一行（有两份及以上报告的机构）：该指标的数值及与上一份报告相比的变化。",
}


def description_zh(table: str, name: str) -> str:
    """The Chinese description of column ``name`` in ``table`` (empty if none is declared)."""
    return DESCRIPTIONS_ZH.get(f"{table}.{name}") or DESCRIPTIONS_ZH.get(name, "")


# table name -> (Chinese label, description, field names in column order)
TABLES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "metadata": ("元数据", "One row per report: header fields, title, dates, issuer, region.", (
        "doc_id", "source", "format", "encoding", "sha256", "n_chars", "title", "index_no", "doc_number",
        "body_doc_number", "publish_date", "issuer", "issuer_full", "validity", "report_year", "region", "level",
        "region_path", "issuer_id", "recipient", "signature", "signed_date", "metadata_source")),
    "sections": ("章节", "The heading tree.", (
        "doc_id", "section_id", "parent_id", "level", "marker", "heading", "start", "end", "part")),
    "paragraphs": ("段落", "Lossless paragraphs: every non-blank character of the text is in exactly one.", (
        "doc_id", "paragraph_id", "section_id", "kind", "text", "start", "end")),
    "indicators": ("数据", "Every figure with value, unit, qualifier, category, canonical key and provenance.", (
        "doc_id", "indicator_id", "section_id", "paragraph_id", "category", "key", "name", "role", "part_of",
        "measure", "value", "value_high", "unit", "qualifier", "direction", "raw", "start", "end", "sentence",
        "key_basis", "base_key")),
    "checks": ("一致性检查", "Arithmetic, rate, date and metadata consistency checks.", (
        "doc_id", "check_id", "kind", "status", "expected", "reported", "detail")),
    "compliance": ("合规评分", "Required contents under 法治政府建设与责任落实督察工作规定, and timeliness.", (
        "doc_id", "item", "status", "evidence", "detail")),
    "warnings": ("警告", "What the parser noticed: missing parts, truncation, unparsed fields.", (
        "doc_id", "code", "message")),
}

# tables of a corpus, derived across reports (not produced per report)
CORPUS_TABLES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "trends": ("趋势", "One row per issuer, key and report year (issuers with two or more reports): the key's first "
               "level figure, and the change from the same issuer's previous report.", (
        "issuer_id", "issuer", "region", "level", "report_year", "doc_id", "key", "value", "unit", "qualifier",
        "prev_report_year", "prev_value", "prev_doc_id", "change", "pct_change", "claimed_change",
        "claimed_unit")),
}

# "kind" is used by paragraphs (paragraph kind) and checks (rule kind): checks override the categories.
# "level" is used by sections (heading level) and metadata (administrative level).
_TABLE_OVERRIDES: dict[tuple[str, str], Field] = {
    ("checks", "kind"): Field("string", "检查类型", "Kind of rule: sum, rate, date, metadata."),
    # "level" is the heading level in sections and the administrative level in metadata
    ("metadata", "level"): Field("category", "行政层级", "Administrative level of the organ that wrote the report (the title's organ, an organ line or the signature before the page's 发布机构): department for a 局/委员会/办公室/厅, else from the region's last unit (省/自治区/直辖市 province, 市/州/盟 city, 县/旗 county, 区 district, 镇/乡 town, 街道 sub_district); empty when nothing says.", LEVELS),
}
_TABLE_OVERRIDES[("trends", "level")] = _TABLE_OVERRIDES[("metadata", "level")]


def field(table: str, name: str) -> Field:
    """The declaration of column ``name`` in ``table``."""
    return _TABLE_OVERRIDES.get((table, name)) or FIELDS[name]


def columns(table: str) -> tuple[str, ...]:
    """Column names of ``table`` in order."""
    try:
        return (TABLES.get(table) or CORPUS_TABLES[table])[2]
    except KeyError:
        raise SchemaError(f"unknown table {table!r}; declared tables: {', '.join([*TABLES, *CORPUS_TABLES])}") \
            from None


# nullable strings are stored as Python objects: building them is several times faster than Arrow storage
# for tables of a few hundred rows, and they compare equal to the "string" dtype.
STRING = pd.StringDtype("python")


@lru_cache(maxsize=None)
def _dtype(f: Field):
    if f.dtype == "category":
        return pd.CategoricalDtype(list(f.categories or ()))
    if f.dtype == "string":
        return STRING
    return f.dtype


def _check_columns(table: str, names) -> tuple[str, ...]:
    """The declared columns of ``table``; SchemaError if ``names`` lacks one or has an undeclared one."""
    cols = columns(table)
    names = list(names)
    missing = [c for c in cols if c not in names]
    extra = [c for c in names if c not in cols]
    if missing or extra:
        raise SchemaError(f"table {table!r}: missing columns {missing}, undeclared columns {extra}")
    return cols


def _missing(v) -> bool:
    return v is None or v is pd.NA or (v.__class__ is float and math.isnan(v))


def frame(table: str, data: Mapping[str, Sequence]) -> pd.DataFrame:
    """Build ``table`` from column lists (plain Python values, None for missing), with the declared dtypes.

    This is the fast path used by the parser; it validates like :func:`enforce`.

    Raises:
        SchemaError: a column is missing or undeclared, a category value is undeclared, or a value does
            not fit its dtype.
    """
    cols = _check_columns(table, data)
    fields = [field(table, c) for c in cols]
    # the string columns and the numeric columns are converted together, each kind as one two-dimensional array
    # (one validation, one conversion, instead of one per column); a table they do not fit (columns of unequal
    # length, a value of another type) is converted column by column below, which also raises the errors
    batch = _string_batch(table, cols, fields, data)
    batch.update(_numeric_batch(cols, fields, data))
    out = {}
    for c, f in zip(cols, fields):
        done = batch.get(c)
        if done is not None:
            out[c] = done
            continue
        vals = data[c]
        try:
            if f.dtype == "string":
                out[c] = _strings(vals)
            elif f.dtype in ("Int64", "Float64"):
                out[c] = _numeric(vals, f.dtype)
            elif f.dtype == "category":
                try:
                    codes = _codes(f, vals)
                except KeyError as exc:
                    raise SchemaError(f"table {table!r}, field {c!r}: value {exc.args[0]!r} not in "
                                      f"{f.categories}") from None
                # (the codes are in range by construction, -1 to the last category: no second check)
                out[c] = pd.Categorical.from_codes(codes, dtype=_dtype(f), validate=False)
            else:
                arr = np.empty(len(vals), dtype=object)
                arr[:] = [None if _missing(v) else v for v in vals]
                out[c] = arr
        except SchemaError:
            raise
        except (TypeError, ValueError, OverflowError) as exc:
            raise SchemaError(f"table {table!r}, field {c!r}: cannot hold values as {f.dtype}: {exc}") from exc
    return _assemble(out, len(next(iter(data.values()), ())), _column_index(table))


def _string_batch(table: str, cols, fields, data: Mapping[str, Sequence]) -> dict:
    """The string columns of a table as StringArrays, validated together: what ``_strings`` makes of each
    (strings kept, every missing value pd.NA), or {} when they do not all hold strings and missing values in
    columns of one length (then each column goes its own way)."""
    names = [c for c, f in zip(cols, fields) if f.dtype == "string"]
    if len(names) < 2:
        return {}
    try:
        n = len(data[names[0]])
        if n == 0:
            return {}
        arr = np.empty((len(names), n), dtype=object)
        arr[:] = [data[c] for c in names]
        flat = arr.ravel()
        if not _lib.is_string_array(flat, skipna=True):
            return {}
        _lib.convert_nans_to_NA(flat)  # (in place: flat is a view of arr)
        new = pd.arrays.StringArray._simple_new
        return {c: new(arr[i], STRING) for i, c in enumerate(names)}
    except Exception:  # noqa: BLE001 - any surprise (ragged lists, a pandas without these helpers): per column
        return {}


def _numeric_batch(cols, fields, data: Mapping[str, Sequence]) -> dict:
    """The Int64 and Float64 columns of a table as masked arrays, converted together: what ``_numeric``'s fast
    path makes of each, or {} when one of them needs its other path (a value numpy cannot read as a float,
    a fraction or a huge number in an Int64 column, columns of unequal length)."""
    names = [(c, f.dtype) for c, f in zip(cols, fields) if f.dtype in ("Int64", "Float64")]
    if len(names) < 2:
        return {}
    try:
        num = np.array([data[c] for c, _ in names], dtype="float64")
        if num.ndim != 2:
            return {}
        mask = np.isnan(num)
        ints = [i for i, (_, d) in enumerate(names) if d == "Int64"]
        floats = [i for i, (_, d) in enumerate(names) if d == "Float64"]
        out = {}
        if ints:
            inum, imask = num[ints], mask[ints]
            ok = inum[~imask]
            if len(ok) and (np.abs(ok).max() >= _EXACT_FLOAT_INT or (ok != np.floor(ok)).any()):
                return {}
            inum = np.where(imask, 0, inum).astype("int64")
            for j, i in enumerate(ints):
                out[names[i][0]] = pd.arrays.IntegerArray(inum[j], imask[j])
        if floats:
            fnum, fmask = num[floats], mask[floats]
            fnum[fmask] = 0.0
            for j, i in enumerate(floats):
                out[names[i][0]] = pd.arrays.FloatingArray(fnum[j], fmask[j])
        return out
    except (TypeError, ValueError, OverflowError):
        return {}


def _strings(vals: Sequence):
    """A string array (python storage) from str and missing values (None, NaN, pd.NA); other values go
    through pd.array's conversion."""
    arr = np.empty(len(vals), dtype=object)
    try:
        arr[:] = vals
        # the constructor only validates (in C) and turns every missing value into pd.NA: several times
        # faster than pd.array's inference
        return pd.arrays.StringArray(arr, dtype=STRING)
    except (TypeError, ValueError):
        return pd.array([None if _missing(v) else v for v in vals], dtype=STRING)


def _codes(f: Field, vals: Sequence) -> np.ndarray:
    """Category codes (int16, -1 for a missing value) of ``vals``; KeyError(value) for an undeclared value."""
    code = _category_codes(f)
    try:  # declared values and None: one dict lookup each, in C
        return np.fromiter(map(code.__getitem__, vals), dtype="int16", count=len(vals))
    except (KeyError, TypeError):  # NaN or pd.NA (missing too), or a value that is not declared
        return np.array([code[v] if v in code else (-1 if _missing(v) else code[v]) for v in vals],
                        dtype="int16")


@lru_cache(maxsize=None)
def _index_of(table: str) -> pd.Index:
    return pd.Index(list(columns(table)))


def _column_index(table: str) -> pd.Index:
    """The columns of ``table`` as an Index: built once (an Index of strings is slow to make), a new Index
    object per frame (sharing the immutable values; its own name) so that renaming one frame's columns never
    touches another's. (``_view`` is what ``copy`` does without validating the names again.)"""
    idx = _index_of(table)
    try:
        return idx._view()
    except AttributeError:  # pragma: no cover - depends on the pandas version
        return idx.copy()


@lru_cache(maxsize=None)
def _category_codes(f: Field) -> dict:
    codes = {cat: i for i, cat in enumerate(f.categories or ())}
    codes[None] = -1
    return codes


_EXACT_FLOAT_INT = 2 ** 53


def _numeric(vals: Sequence, dtype: str):
    """A nullable Int64/Float64 array from Python numbers and None (NaN and pd.NA are missing too)."""
    try:  # fast path: numpy turns None into NaN in one C loop
        num = np.array(vals, dtype="float64")
        mask = np.isnan(num)
        if dtype == "Int64":
            ok = num[~mask]
            if len(ok) and (np.abs(ok).max() >= _EXACT_FLOAT_INT or (ok != np.floor(ok)).any()):
                raise ValueError("not exactly representable")
            num = np.where(mask, 0, num).astype("int64")
            return pd.arrays.IntegerArray(num, mask)
        num[mask] = 0.0
        return pd.arrays.FloatingArray(num, mask)
    except (TypeError, ValueError):
        pass
    mask = np.fromiter((_missing(v) for v in vals), dtype=bool, count=len(vals))
    num = np.array([0 if m else v for v, m in zip(vals, mask)], dtype="int64" if dtype == "Int64" else "float64")
    return (pd.arrays.IntegerArray if dtype == "Int64" else pd.arrays.FloatingArray)(num, mask)


def _assemble(arrays: dict, n: int, index: pd.Index | None = None) -> pd.DataFrame:
    # DataFrame._from_arrays skips the inference pd.DataFrame(dict) repeats for every column: 5-8x faster
    # on tables of this size. It is private API, so fall back to the public constructor if it ever goes.
    try:
        return pd.DataFrame._from_arrays(list(arrays.values()),
                                         columns=index if index is not None else pd.Index(list(arrays)),
                                         index=pd.RangeIndex(n), verify_integrity=False)
    except (AttributeError, TypeError):  # pragma: no cover - depends on the pandas version
        return pd.DataFrame(arrays)


def empty(table: str) -> pd.DataFrame:
    """An empty DataFrame with the declared columns and dtypes of ``table``."""
    return enforce(pd.DataFrame({c: [] for c in columns(table)}), table)


def enforce(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Return ``df`` with exactly the declared columns, in order, cast to the declared dtypes.

    Raises:
        SchemaError: a column is missing or undeclared, or a value does not fit its dtype
            (for a category: a value outside the declared categories).
    """
    cols = _check_columns(table, df.columns)
    out = {}
    for c in cols:
        f = field(table, c)
        s = df[c]
        try:
            if f.dtype == "category":
                bad = set(s.dropna().unique()) - set(f.categories or ())
                if bad:
                    raise SchemaError(f"table {table!r}, field {c!r}: values {sorted(map(str, bad))} not in {f.categories}")
                out[c] = s.astype(_dtype(f))
            elif f.dtype == "object":
                out[c] = s.astype(object).where(s.notna(), None)
            else:
                out[c] = s.astype(_dtype(f))
        except SchemaError:
            raise
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"table {table!r}, field {c!r}: cannot hold values as {f.dtype}: {exc}") from exc
    return pd.DataFrame(out, index=pd.RangeIndex(len(df)))


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Cast the declared columns of ``df`` to their dtypes, keeping any extra columns (e.g. a corpus's
    region/report_year/issuer, cast by their own declaration when they have one).

    Use it on tables read back from Parquet or CSV, where string storage and category lists are not kept.

    Raises:
        SchemaError: a declared column of ``table`` is missing, or a value does not fit its dtype.
    """
    cols = columns(table)
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise SchemaError(f"table {table!r}: missing columns {missing}")
    out = enforce(df[list(cols)], table)
    meta = columns("metadata")
    for c in df.columns:
        if c not in cols:
            # a corpus's extra columns are the report's metadata (admin_level: metadata.level)
            name = c[len("admin_"):] if c.startswith("admin_") else c
            f = field("metadata", name) if name in meta else FIELDS.get(c)
            out[c] = df[c].astype(_dtype(f)).values if f is not None else df[c].values
    return out


def labels(table: str) -> dict[str, str]:
    """Column name -> Chinese label for ``table`` (Excel headers, chart labels)."""
    return {c: field(table, c).label_zh for c in columns(table)}


def data_dictionary() -> pd.DataFrame:
    """The data dictionary as one DataFrame: table, field, dtype, Chinese label and description, coded values
    (with their Chinese names), English description."""
    rows = []
    for t, (tlabel, _desc, cols) in {**TABLES, **CORPUS_TABLES}.items():
        for c in cols:
            f = field(t, c)
            zh = value_labels(t, c)
            cats = ", ".join(f"{v} {zh[v]}" if v in zh else v for v in f.categories) if f.categories else ""
            rows.append({"table": t, "table_zh": tlabel, "field": c, "dtype": f.dtype, "label_zh": f.label_zh,
                         "description_zh": description_zh(t, c), "values": cats, "description": f.description})
    return pd.DataFrame(rows)


def data_dictionary_markdown() -> str:
    """Render the data dictionary as Markdown (written to docs/data_dictionary.md)."""
    lines = ["# Data dictionary", "",
             "Generated from `fazhi_analysis.schema` by `fazhi dictionary`; do not edit by hand.", ""]
    for t, (tlabel, desc, cols) in {**TABLES, **CORPUS_TABLES}.items():
        lines += [f"## `{t}` ({tlabel})", "", desc, "", "| field | dtype | 中文 | description |", "|---|---|---|---|"]
        for c in cols:
            f = field(t, c)
            d = f.description + (f" Values: {', '.join(f.categories)}." if f.categories else "")
            lines.append(f"| `{c}` | {f.dtype} | {f.label_zh} | {d} |")
        lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- indicator dictionary
# What every canonical key means is data: the catalog's ``definition`` column (统计口径, one per key). The rules
# that hold for every key (what a figure is; changes, prior-year figures and targets; parts; scope) are these
# few paragraphs, the preamble of docs/indicators.md (``fazhi dictionary --indicators``).
INDICATOR_CONVENTIONS: tuple[tuple[str, str], ...] = (
    ("What is a figure",
     "Every count, amount, rate, change and rank the report states is a figure (one row of `indicators`). "
     "Years and dates, document numbers, list and heading ordinals, hotline numbers (12345), session ordinals "
     "(十九届四中全会), law article numbers and names that contain digits (“三项制度”, “1+N”) are not. "
     "报告写明的计数、金额、比率、变化量和名次都是数据；年份日期、文号、序号、热线号码、届次、法条序号和含数字的专名不是。"),
    ("When a figure gets a key",
     "A key is given only when the figure *is* that indicator (its 中文名称 and 口径 below), for the reporting "
     "body or its jurisdiction, in the report year or cumulative to it, in one of the key's units (a figure "
     "in another unit, e.g. 人 for a case count, gets none). When in doubt between two keys, or between a key "
     "and none: no key. A wrong key is worse than none. "
     "数据确属该指标（本机关或本辖区、本年度或截至本年度累计、单位在该指标的单位之列）时才给规范指标代码；"
     "拿不准时宁可不给。"),
    ("Changes, prior-year figures, targets",
     "A key's value is the current level. Changes (同比增长18.5%, 增加12件, 下降3个百分点, 提升2名), prior-year "
     "and comparison figures (上年/去年同期86件, 2019年为…) and targets and plans (力争、目标、计划、下一步…达到95%) "
     "are not the indicator; the `role` column marks them (change, prior_year, target). Where the parser links "
     "a change statement to the figure it modifies, the row has measure `change`: read an indicator's value "
     "from rows with measure `level` (or `rank`). Sole exception: approval.time_limit_cut_rate is itself a "
     "cut (审批时限压缩xx%). Per-unit figures and averages (人均、日均、平均每、每个村1名、每季度不少于1次) get no "
     "key: the `role` column marks them per_unit; a required number or assigned tasks (应参加考试53人, 任务总数696家) "
     "is a target. "
     "指标值是本期水平数；同比增减、上年数、目标数和人均数都不计入（审批时限压缩比例除外）。"),
    ("Totals and parts",
     "A part of a total (其中…, a parenthetical breakdown) gets its own key only when the catalog has an "
     "indicator for exactly that part (维持 → reconsideration.upheld); a part by a sub-type the catalog does "
     "not have (其中食品安全类案件12件, 其中市级事项30项) gets none, and never the total's key. "
     "分项只有在目录中有对应指标时才给代码，否则不给，也不给总数的代码。"),
    ("Negation and scope",
     "Negation decides: 不受理/不予受理/未受理 are not 受理, 尚未判决/未审结 are not outcomes. The family "
     "(复议, 诉讼, 执法, 信访 …) comes from the clause's nearest topic word, then the sentence, then the section "
     "heading: 行政诉讼 after 行政复议 in one sentence switches the family. Words inside 《》 titles and award "
     "phrases (被评为优秀案卷) never choose a key. On a department, town or street report, cases brought against "
     "that organ are reconsideration.as_respondent / litigation.as_defendant. "
     "否定词决定含义；指标族取最近的主题词；书名和获奖表述不定指标；部门、乡镇报告中本机关被复议、被诉的案件另有指标。"),
    ("Who is counted and what the act is",
     "A key follows the people its definition names and the act it counts. Law training keys count officials "
     "and staff: training the public (法律明白人, 群众, 企业) takes none, and a law lecture for the public is law "
     "publicity; people taking a law exam are exam takers, not people trained; people trained are not the stock "
     "of mediators or public lawyers; meetings count only when they study or deploy law work (not 召开常务会议28次, "
     "not 涉及法治事项的会议); a satisfaction ranking, a sub-type with no total (主要负责人出庭3次), a 公职律师 "
     "coverage rate, certificates applied for (申领执法证), fines waived (免除罚款) and teams formed (2个督察组) "
     "take no key. When the audience or the act cannot be read, no key. "
     "指标按定义所指的对象和行为认定：面向群众的培训不是干部法治培训，考试人数不是培训人数，"
     "只有专题研究、部署法治工作的会议才计入；满意度排名、无总数的分项、申领证件、免除罚款、成立的工作组不给代码。"),
)


def indicator_dictionary() -> pd.DataFrame:
    """The indicator catalog for readers: key, category (code and Chinese name), Chinese and English name,
    units (``、``-joined) and definition (统计口径), in catalog order within the categories' order."""
    from .indicators import catalog, categories  # indicators imports this module

    cats = categories()
    cat_zh = dict(zip(cats["category"], cats["label_zh"]))
    order = {c: i for i, c in enumerate(cats["category"])}
    cat = catalog()
    rows = [{"key": r["key"], "category": r["category"], "category_zh": cat_zh.get(r["category"], r["category"]),
             "label_zh": r["label_zh"], "label_en": r["label_en"],
             "unit": "、".join(u.strip() for u in r["unit"].split("|") if u.strip()),
             "definition": r["definition"]}
            for r in cat.to_dict("records")]
    rows.sort(key=lambda r: order.get(r["category"], len(order)))  # stable: catalog order within a category
    return pd.DataFrame(rows, columns=["key", "category", "category_zh", "label_zh", "label_en", "unit",
                                       "definition"])


def _md_cell(s: object) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def indicator_dictionary_markdown() -> str:
    """Render the indicator dictionary as Markdown (written to docs/indicators.md): the conventions that hold
    for every key, then per category a table of key, 中文名称, units and definition."""
    d = indicator_dictionary()
    lines = ["# Indicator dictionary (指标说明)", "",
             "Generated from `src/fazhi_analysis/data/catalog.csv` (columns `key`, `label_zh`, `unit`, "
             "`definition`) by `fazhi dictionary --indicators`; do not edit by hand. "
             f"{len(d)} canonical keys. The same definitions are in every workbook's 指标说明 sheet.", "",
             "## Conventions for every key (通用口径)", ""]
    for i, (title, text) in enumerate(INDICATOR_CONVENTIONS, start=1):
        lines.append(f"{i}. **{title}.** {text}")
    lines.append("")
    for (_c, czh), g in d.groupby(["category", "category_zh"], sort=False):
        lines += [f"## {czh} (`{_c}`)", "", "| key | 中文名称 | 单位 | 定义（统计口径） |", "|---|---|---|---|"]
        for r in g.to_dict("records"):
            lines.append(f"| `{r['key']}` | {_md_cell(r['label_zh'])} | {_md_cell(r['unit'])} | "
                         f"{_md_cell(r['definition'])} |")
        lines.append("")
    return "\n".join(lines)


# The one place the Chinese words for a check's status and a report part are declared: workbooks, charts,
# decks, notebooks and the CLI all read them from here.
STATUS_LABELS: dict[str, str] = {"pass": "通过", "warn": "提示", "fail": "未通过", "skip": "未检查"}
PART_LABELS: dict[str, str] = {"achievements": "工作成效", "shortcomings": "存在不足", "responsibility": "第一责任人履职",
                               "plans": "工作安排", "other": "其他事项"}

# Chinese names of coded values, for what a reader sees (workbooks, decks). Declared once, by field;
# ``_TABLE_VALUE_LABELS`` overrides a field that means something else in one table (like _TABLE_OVERRIDES).
VALUE_LABELS: dict[str, dict[str, str]] = {
    "part": PART_LABELS,
    "kind": {"metadata": "页眉信息", "title": "标题", "doc_number": "文号", "recipient": "主送机关",
             "heading": "小标题", "body": "正文", "closing": "落款", "chrome": "网页残留"},
    "qualifier": {"exact": "确数", "more_than": "余", "at_least": "以上", "about": "约", "less_than": "不足",
                  "at_most": "以下"},
    "measure": {"level": "数量", "change": "变化", "rank": "排名"},
    "direction": {"increase": "增加", "decrease": "减少"},
    "role": ROLE_LABELS,
    "status": STATUS_LABELS,
    # a compliance item is a required part of the report (named as the part is), or timeliness
    "item": {**PART_LABELS, "timeliness": "按时公开"},
    # administrative level of the issuer (metadata ``level`` where the parser provides it)
    "level": {"province": "省级", "city": "市级", "county": "县级", "district": "区级", "town": "乡镇",
              "sub_district": "街道", "department": "部门"},
    # input format detected from the content (metadata ``format``)
    "format": {"text": "纯文本", "html": "网页", "docx": "Word文档", "pdf": "PDF"},
}
# where a metadata field was read (``metadata_source``), in the reader's words
METADATA_PLACES: dict[str, str] = {"header": "页眉", "title": "标题", "organ_line": "发文机关行", "body": "正文",
                                   "signature": "落款"}


def metadata_source_zh(value: str | None) -> str:
    """``metadata_source`` for readers, grouped by place: ``页眉：索引号、文号；标题：标题、报告年度``.

    Fields and places the dictionary does not know are shown as written.
    """
    if not isinstance(value, str) or not value.strip():
        return ""
    names = labels("metadata")
    by_place: dict[str, list[str]] = {}
    for pair in value.split(";"):
        name, sep, place = pair.strip().partition("=")
        if sep:
            by_place.setdefault(place.strip(), []).append(names.get(name.strip(), name.strip()))
    return "；".join(f"{METADATA_PLACES.get(p, p)}：{'、'.join(fs)}" for p, fs in by_place.items())


_TABLE_VALUE_LABELS: dict[tuple[str, str], dict[str, str]] = {
    ("checks", "kind"): {"sum": "求和", "rate": "比率", "date": "日期", "metadata": "元数据"},
}


def value_labels(table: str, name: str) -> dict[str, str]:
    """Code -> Chinese name for the coded values of column ``name`` in ``table`` (empty if it has none)."""
    return _TABLE_VALUE_LABELS.get((table, name)) or VALUE_LABELS.get(name, {})
