"""Key recall class CATALOGUE_ITEMS (issue 9): a count in 项 right after a list or catalogue (事项清单236项,
事项目录100项) counts the items listed, so the list noun does not withhold the items' key; a count of lists (个)
still takes none (data/head_nouns.csv: 清单, 目录). Synthetic look-alikes: invented places, years and figures.
"""

import pytest

from _sentences import fig, sentence_report

FUNCTIONS = "（一）依法全面履行政府职能"


def key(sentence: str, raw: str):
    r = sentence_report(sentence, FUNCTIONS, title="石门县2034年法治政府建设年度报告", year=2034,
                        weakness="政务服务标准化水平仍需提升。")
    return fig(r, raw)["key"]


@pytest.mark.parametrize(("sentence", "raw", "want"), [
    ("梳理形成“一件事一次办”事项目录86项，编制办事指南40份。", "86项", "approval.one_thing_items"),
    ("全面梳理一件事一次办事项清单52项。", "52项", "approval.one_thing_items"),
    ("编制公布行政许可事项清单219项。", "219项", "approval.licensing_items"),
    ("动态调整行政许可事项目录，保留行政许可事项目录205项。", "205项", "approval.licensing_items"),
])
def test_a_count_in_items_after_a_list_counts_its_items(sentence, raw, want):
    assert key(sentence, raw) == want


@pytest.mark.parametrize(("sentence", "raw"), [
    ("编制政务服务事项清单31个。", "31个"),  # lists, not items
    ("编制行政执法事项目录2个。", "2个"),
    ("梳理发布惠企政策兑现清单24项。", "24项"),  # no catalog key for these items
])
def test_lists_and_unkeyed_items_take_none(sentence, raw):
    assert key(sentence, raw) is None
