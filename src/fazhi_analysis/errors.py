"""The one exception type for input that cannot be read or parsed as a report."""

from __future__ import annotations

import re


class ReportError(Exception):
    """Input that cannot be read or parsed as a rule-of-law government report.

    The message says what was wrong and names the file (``source``), e.g.
    ``ReportError: data/raw/x.txt: the file is empty``.

    Attributes:
        source: the file or name the input came from.
        reason: what was wrong, without the source.
    """

    def __init__(self, source: str, reason: str):
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")


# What each reason of the package says, in Chinese, for analysts (errors.csv, notebooks). One line per
# reason: the English template, then the Chinese. A ``{name}`` stands for any text; what it stood for is
# translated in turn (a nested reason, a size in bytes) or kept as written (a file name, a library's message).
# Reasons are matched whole, in this order; a reason none of them matches is kept in English.
_REASONS_ZH: tuple[tuple[str, str], ...] = (
    # reading the file
    ("not a file path", "不是文件路径"),
    ("a symbolic link to a file that does not exist ({target})", "符号链接指向的文件不存在（{target}）"),
    ("the file does not exist", "文件不存在"),
    ("permission denied: the file cannot be read", "没有读取权限，无法读取文件"),
    ("a folder that cannot be read ({why}): its files were not read", "文件夹无法打开（{why}），其中的文件未读取"),
    ("the file cannot be read ({why})", "无法读取文件（{why}）"),
    ("this is a directory, not a file", "这是文件夹，不是文件"),
    ("this is not a regular file but a named pipe (FIFO)", "这不是普通文件，而是命名管道（FIFO）"),
    ("this is not a regular file but a socket", "这不是普通文件，而是套接字"),
    ("this is not a regular file but a device", "这不是普通文件，而是设备文件"),
    ("this is not a regular file but a special file", "这不是普通文件，而是特殊文件"),
    ("this is not a regular file but {kind}", "这不是普通文件，而是{kind}"),
    ("the file is too large ({size}); the limit is {limit}", "文件过大（{size}），上限为{limit}"),
    ("{n} bytes", "{n} 字节"),
    ("the file is empty", "文件为空"),
    ("the text is empty", "文本为空"),
    # what the bytes are
    ("{what}: save the report as text, HTML or Word", "{what}：请将报告另存为纯文本、网页或Word文档"),
    ("the file is binary (it contains NUL bytes), not text", "文件是二进制数据（含NUL字节），不是文本"),
    ("the file is binary (it contains NUL characters), not text", "文件是二进制数据（含NUL字符），不是文本"),
    ("the file does not look like text (many control characters)", "文件看起来不是文本（控制字符过多）"),
    ("RTF is not supported", "不支持RTF格式"),
    ("the file is a PDF, not text: read it with read_input or load_report",
     "文件是PDF，不是文本：请用 read_input 或 load_report 读取"),
    ("old .doc format is not supported: save as .docx", "不支持旧版Word（.doc）格式：请另存为.docx"),
    ("the file is a {kind} image, not a text report", "文件是{kind}图片，不是文本报告"),
    ("the file is a zip archive, not a text file", "文件是zip压缩包，不是文本文件"),
    ("the file is a {kind} archive, not a text report", "文件是{kind}压缩包，不是文本报告"),
    ("the file is gzip-compressed, not a text report", "文件是gzip压缩文件，不是文本报告"),
    # encodings
    ("{reason}; save the file as UTF-8", "{reason}；请将文件另存为UTF-8编码"),
    ("{reason}; the page declares charset {charset}, which is not supported",
     "{reason}；网页声明的字符集{charset}不受支持"),
    ("{reason}; it is almost UTF-8 but has a few invalid bytes, the first at byte {at}",
     "{reason}；内容基本是UTF-8，但有少量无效字节，第一个在第{at}字节"),
    ("could not determine the text encoding (tried UTF-8, GB18030/GBK and UTF-16)",
     "无法识别文本编码（已尝试UTF-8、GB18030/GBK和UTF-16）"),
    ("the file starts with a {bom} byte-order mark but is not valid {enc}",
     "文件以{bom}字节顺序标记开头，但内容不是有效的{enc}"),
    # web pages
    ("the web page has more than {n} tags; it is not a single report", "网页标签超过{n}个，不是单篇报告"),
    ("the web page nests elements more than {n} levels deep", "网页元素嵌套超过{n}层"),
    ("the web page is past the HTML parser's limits (a text run or attribute longer than 10 MB)",
     "网页超出HTML解析器的限制（有一段文字或属性超过10 MB）"),
    ("the web page could not be parsed ({why})", "无法解析网页（{why}）"),
    ("the web page has no article text", "网页没有正文"),
    # Word documents
    ("the document is password-protected: remove the password in Word and save it again",
     "文档设有密码：请在Word中取消密码后重新保存"),
    ("the file is a zip archive that is not a Word document (no word/document.xml)",
     "文件是zip压缩包，但不是Word文档（缺少word/document.xml）"),
    ("the file is a damaged zip or Word document ({why})", "文件是损坏的zip压缩包或Word文档（{why}）"),
    ("{part} is cut short", "{part}不完整"),
    ("{part} does not match its header", "{part}与文件头记录不符"),
    ("the Word document could not be read; it may be damaged ({why})", "无法读取Word文档，文件可能已损坏（{why}）"),
    ("the Word document contains no text", "Word文档没有文字"),
    ("the Word document is refused as a zip bomb: {what}", "拒绝读取Word文档（疑为压缩炸弹）：{what}"),
    ("it has {n} parts; the limit is {limit}", "共有{n}个部件，上限为{limit}"),
    ("its parts unpack to more than {size}", "各部件解压后超过{size}"),
    ("{part} unpacks to {size} from {packed} (more than {ratio} times its packed size)",
     "{part}由{packed}解压为{size}（超过压缩大小的{ratio}倍）"),
    ("{part} unpacks to more than the {size} its header declares", "{part}解压后超过文件头声明的{size}"),
    ("{part} unpacks to more than {size}", "{part}解压后超过{size}"),
    ("the Word document uses an unsupported compression for {part}", "Word文档的{part}使用了不支持的压缩方式"),
    # PDF
    ("reading PDF needs the pypdfium2 package, a dependency of fazhi-analysis: pip install pypdfium2",
     "读取PDF需要安装fazhi-analysis的依赖包pypdfium2：pip install pypdfium2"),
    ("the PDF is encrypted with a password: remove the password or save the text",
     "PDF设有密码：请取消密码，或另存为文本"),
    ("the PDF uses an unsupported encryption: save the text", "PDF使用了不支持的加密方式：请另存为文本"),
    ("the PDF is damaged and cannot be read ({why})", "PDF已损坏，无法读取（{why}）"),
    ("the PDF cannot be read ({why})", "无法读取PDF（{why}）"),
    ("the PDF has no pages", "PDF没有页面"),
    ("page {n} of the PDF is damaged ({why})", "PDF第{n}页已损坏（{why}）"),
    ("the PDF's text has more than {n} characters", "PDF的文字超过{n}个字符"),
    ("the PDF's fonts do not map their glyphs to characters, so its text cannot be read: run OCR first",
     "PDF的字体没有把字形对应到字符，读不出文字：请先做文字识别（OCR）"),
    ("the PDF has no text layer (a scan): run OCR first or save the text",
     "PDF没有文字层（是扫描件）：请先做文字识别（OCR），或另存为文本"),
    # is it a report
    ("expected the report text as str, got {type}", "报告文本应为字符串（str），实际为{type}"),
    ("not a report: only {n} Chinese characters (a report has hundreds)", "不是报告：只有{n}个汉字（一份报告有数百字）"),
    ("not a rule-of-law government report: it reads like a {kind} (the title ends with it), not an annual report",
     "不是法治政府建设年度报告：标题以“{kind}”结尾，不是年度报告"),
    ("not a rule-of-law government report: no title such as “…法治政府建设…报告/情况” and no numbered sections "
     "about 法治/依法行政",
     "不是法治政府建设年度报告：没有“…法治政府建设…报告/情况”这样的标题，也没有关于法治、依法行政的编号章节"),
    # the build
    ("no report in this folder could be parsed", "该文件夹中没有能解析的报告"),
    ("refusing to write outside the output directory {folder}", "拒绝写到输出文件夹{folder}之外"),
    ("not a valid file name: {why}", "不是有效的文件名：{why}"),
    ("the parser ran out of memory: the file is too large or hostile", "解析时内存不足：文件过大或内容异常"),
    ("the parser ran out of memory", "解析时内存不足"),
    ("the parser process died: out of memory?", "解析进程意外退出（可能是内存不足）"),
    ("internal error (please report): {why}", "程序内部错误（请报告开发者）：{why}"),
)


def _compile_reasons() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for en, zh in _REASONS_ZH:
        parts = re.split(r"\{(\w+)\}", en)  # literal, name, literal, name, …
        pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        out.append((re.compile(pattern, re.DOTALL), zh))
    return out


_COMPILED_REASONS = _compile_reasons()


def reason_zh(reason: str) -> str:
    """A reason of a :class:`ReportError` (or of a failed build job) in Chinese, for analysts.

    ``the file is empty`` -> ``文件为空``; ``the file is too large (12 MB); the limit is 10 MB`` ->
    ``文件过大（12 MB），上限为10 MB``. The English reasons stay what the package raises and logs (and what
    ``Corpus.errors`` holds); a reason this table does not know is returned unchanged.
    """
    for pattern, zh in _COMPILED_REASONS:
        m = pattern.fullmatch(reason)
        if m:
            return zh.format(**{k: reason_zh(v) if len(v) <= 500 else v for k, v in m.groupdict().items()})
    return reason
