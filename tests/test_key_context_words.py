"""Context words as data (issue 9, session 2026-12-03): leadership.inspections (法治督察) reads the bare 督察/督导/督查
only when its sentence names law work (catalog context ``=法治|=依法|=法制``, the vocabulary of its definition and
of its family's leadership.meetings). A rule-of-law heading above a sentence about some other inspection (环保,
安全生产, 教育) does not make it a rule-of-law inspection. Synthetic sentences only (invented places and figures).
"""

import pytest

from _sentences import sentence_report, fig

HEADING = "（一）加强法治政府建设组织领导"


def _key(sentence: str, raw: str) -> str | None:
    r = sentence_report(sentence, HEADING, title="临川县2031年法治政府建设年度报告", year=2031,
                        weakness="法治督察力度仍需加大。")
    return fig(r, raw)["key"]


@pytest.mark.parametrize(("sentence", "raw"), [
    ("全年开展法治督察6次。", "6次"),
    ("组织依法行政专项督查4次。", "4次"),
    ("围绕法治政府建设开展实地督察5次。", "5次"),
    ("对法制工作开展专项督导3轮。", "3轮"),
])
def test_law_inspection_keeps_the_key(sentence, raw):
    assert _key(sentence, raw) == "leadership.inspections"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("配合上级开展生态环境保护督察3次。", "3次"),
    ("开展教育督导7次。", "7次"),
    ("开展安全生产专项督导9轮。", "9轮"),
])
def test_other_inspection_under_a_law_heading_takes_none(sentence, raw):
    assert _key(sentence, raw) is None
