"""Key precision class DECISION DOCUMENTS (issue 9): decisions.major_decisions counts major administrative
decisions made or listed in the decision catalogue (事项). A count of 重大(行政)决策文件 counts documents — published
under 政务公开, filed or reviewed — not decisions, so it does not take the key unless the clause says the documents were issued
(出台/印发/作出/制定: decisions made); a legality review of such documents keeps its own key. Synthetic sentences in the genre's style."""

import pytest

from _sentences import sentence_report, fig

HEADING = "（三）坚持科学民主依法决策"


def key(sentence: str, raw: str) -> str | None:
    r = sentence_report(sentence, HEADING, title="临溪县2034年法治政府建设情况报告", year=2034,
                        weakness="决策程序仍需规范。")
    return fig(r, raw)["key"]


@pytest.mark.parametrize(("sentence", "raw"), [
    ("深化政务公开，公开政务信息2300条，其中重大决策文件84件。", "84件"),
    ("推行决策事项目录公开，政务公开38类，重大决策文件95件、信息412条。", "95件"),
    ("在政府网站集中公布重大行政决策文件27份。", "27份"),
])
def test_decision_documents_are_not_decisions(sentence, raw):
    assert key(sentence, raw) != "decisions.major_decisions"


@pytest.mark.parametrize(("sentence", "raw", "expected"), [
    ("全年作出重大行政决策6项，均经合法性审查。", "6项", "decisions.major_decisions"),
    ("列入年度重大行政决策事项目录的事项9个。", "9个", "decisions.major_decisions"),
    ("对重大决策文件开展合法性审查43件。", "43件", "decisions.legality_reviews"),
    ("全年印发重大决策文件4件，均经集体讨论。", "4件", "decisions.major_decisions"),  # issued: decisions made
    ("依法出台《东岭县农贸市场布局规划》重大行政决策文件2份。", "2份", "decisions.major_decisions"),
])
def test_decisions_and_reviews_keep_their_keys(sentence, raw, expected):
    assert key(sentence, raw) == expected
