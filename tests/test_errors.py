"""The Chinese reasons of errors.csv: every reason the package raises has one."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from fazhi_analysis import errors, load, pdf, pool
from fazhi_analysis.errors import reason_zh

SRC = Path(errors.__file__).parent
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _template(node: ast.AST) -> str | None:
    """The text of a string literal or f-string, each ``{…}`` as the word ``X``; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else
                       load._NOT_SUPPORTED if getattr(v.value, "id", None) == "_NOT_SUPPORTED" else "X"
                       for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = _template(node.left), _template(node.right)
        return None if a is None or b is None else a + b
    if isinstance(node, ast.Name):  # a module constant such as NO_TEXT_LAYER
        return {"NO_TEXT_LAYER": pdf.NO_TEXT_LAYER}.get(node.id)
    return None


def _raised_reasons() -> list[str]:
    """Every reason written literally in the package: ReportError(source, reason) and _bomb(source, what)."""
    out = []
    for path in sorted(SRC.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and len(node.args) == 2:
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name in ("ReportError", "_bomb"):
                    text = _template(node.args[1])
                    if text is not None:
                        out.append(("the Word document is refused as a zip bomb: " if name == "_bomb" else "")
                                   + text)
    return out


def test_every_literal_reason_has_a_chinese_reason():
    reasons = _raised_reasons()
    assert len(reasons) > 40  # the scan found the package's reasons
    reasons += [r for _, r in load._MAGICS] + [pool.DIED, "the parser ran out of memory"]
    untranslated = [r for r in reasons if not _CJK.search(reason_zh(r)) or reason_zh(r) == r]
    assert not untranslated, untranslated


@pytest.mark.parametrize("size,limit,zh", [(12 * 2**20, 10 * 2**20, "文件过大（12 MB），上限为10 MB"),
                                            (150, 100, "文件过大（150 字节），上限为100 字节")])
def test_reasons_built_by_helpers(size, limit, zh):
    assert reason_zh(load._too_large(size, limit)) == zh


def test_encoding_failure_is_translated_clause_by_clause():
    err = UnicodeDecodeError("utf-8", b"\xff", 100, 101, "invalid start byte")
    en = load._encoding_failure(bytes(200), err, None)
    assert reason_zh(en).startswith("无法识别文本编码（已尝试UTF-8、GB18030/GBK和UTF-16）")
    assert reason_zh(en).endswith("请将文件另存为UTF-8编码")
    en = load._encoding_failure(bytes(200), None, "big5")
    assert "网页声明的字符集big5不受支持" in reason_zh(en)


def test_names_and_library_messages_are_kept_and_unknown_reasons_stay_english():
    assert reason_zh("the file cannot be read (No space left on device)") == "无法读取文件（No space left on device）"
    assert reason_zh("internal error (please report): ValueError: bad; x") == \
        "程序内部错误（请报告开发者）：ValueError: bad; x"
    assert reason_zh("a reason nobody wrote yet") == "a reason nobody wrote yet"
    long = "internal error (please report): " + "x unpacks to " * 2000  # no slow nested matching
    assert reason_zh(long).startswith("程序内部错误")
