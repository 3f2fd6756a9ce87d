"""Key class TRADITIONAL_SCRIPT (issue 9, LABELING rule 4): a page printed in traditional script takes the keys of
its simplified reading. The simplified view folds characters one for one from ``data/traditional.csv`` (generated
from OpenCC's character tables by scripts/make_traditional_table.py): every traditional character and Hong Kong or
Taiwan variant shape outside GB 2312, not only a hand list of common ones (眾, 佔, 榮, 説, 閲, 衞 were missing).
Spans and raw stay the characters printed. Synthetic look-alikes: invented places, years and figures.
"""

import csv
from importlib import resources

import pytest

from _sentences import fig, sentence_report
from fazhi_analysis.numerals import to_simplified


def _table() -> dict[str, str]:
    with resources.files("fazhi_analysis").joinpath("data", "traditional.csv").open(encoding="utf-8") as fh:
        return {t: r["simplified"] for r in csv.DictReader(fh) for t in r["traditional"]}


def _gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def test_the_table_folds_only_characters_simplified_text_never_uses():
    table = _table()
    assert len(table) > 2000  # the character class, not a few words
    bad = [(t, s) for t, s in table.items() if len(s) != 1 or t == s or _gb2312(t) or not _gb2312(s)]
    assert bad == []


def test_simplified_text_is_left_as_it_is():
    text = "县政府常务会议审查规范性文件，显著提升著作权保护水平，覆盖群众1.2万人次，乾坤湾景区干部述法。"
    assert to_simplified(text) is text


@pytest.mark.parametrize(("printed", "simplified"), [
    ("覆蓋群眾", "覆盖群众"), ("群衆滿意率", "群众满意率"),  # mainland and variant shapes of 众
    ("考核佔比", "考核占比"), ("榮獲", "荣获"), ("普法欄目", "普法栏目"), ("懸掛橫幅", "悬挂横幅"),
    ("説明", "说明"), ("閲讀量", "阅读量"), ("衞生健康", "卫生健康"), ("裏面", "里面"),  # Hong Kong / Taiwan shapes
    ("號碼", "号码"), ("掃黑除惡", "扫黑除恶"), ("縣委常委會議", "县委常委会议"), ("行政復議", "行政复议"),
    ("執法人員培訓", "执法人员培训"), ("於後", "于后"),  # the GB 2312 exceptions kept by hand
])
def test_words_of_the_genre_fold_to_simplified(printed, simplified):
    assert to_simplified(printed) == simplified


def key_row(sentence: str, raw: str, heading: str):
    r = sentence_report(sentence, heading, title="瀾滄縣2031年法治政府建設年度報告", year=2031,
                        weakness="部分幹部法治意識仍需提升。")
    row = fig(r, raw)
    assert r.text[row["start"]:row["end"]] == raw  # the span is the printed text
    return row


@pytest.mark.parametrize(("sentence", "raw", "heading", "want"), [
    ("法治建設在縣直單位績效考核中佔比提高到8%。", "8%", "（一）加強黨對法治政府建設的領導",
     "leadership.assessment_weight"),
    ("全年法律援助受援群眾2100人。", "2100人", "（五）完善公共法律服務體系", "legal_aid.recipients"),
    ("全年接待來訪群眾1320人次。", "1320人次", "（六）依法化解矛盾糾紛", "petitions.visits"),
    ("年內召開縣委常委會議4次專題研究法治建設。", "4次", "（一）加強黨對法治政府建設的領導", "leadership.meetings"),
    ("全年審查規範性文件15件。", "15件", "（二）規範性文件管理", "normative_docs.reviewed"),
    ("舉辦執法人員培訓班6期。", "6期", "（四）提升執法能力", "capacity.training_sessions"),
])
def test_traditional_pages_take_the_simplified_key(sentence, raw, heading, want):
    assert key_row(sentence, raw, heading)["key"] == want


def test_a_word_in_a_variant_shape_still_reads_the_gate():
    # 榮獲 is an honour: the name stops before it, as in simplified script
    row = key_row("全縣有3件行政處罰案卷榮獲全省優秀案卷。", "3件", "（四）嚴格規範公正文明執法")
    assert row["key"] is None and row["name"] == "行政處罰案卷"
