"""Bare change verbs in a list of changes take the object named earlier in the sentence (issue 9, class b3).

Synthetic sentences (invented county, numbers): ``取消许可事项N项、承接M项、调整K项`` and ``取消行政许可事项N项，
下放M项``: the bare 调整/下放 change the items the first change named. Verbs that do not name one change the
organ makes to its own list (承接: received; 精简: a cut of either kind; 保留: the stock) borrow nothing.
"""

import pytest

from _sentences import fig, sentence_report


def report(sentence: str):
    return sentence_report(sentence, "（一）深化放管服改革", title="柳溪县2033年法治政府建设年度报告", year=2033,
                           weakness="审批服务便利度仍有差距。")


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("取消许可事项4项、承接9项、调整85项。", "85项", "approval.power_items_adjusted"),
    ("取消行政许可事项3项，下放15项。", "15项", "approval.items_delegated"),
    ("年内取消行政许可事项7项，下放22项，均已公布。", "22项", "approval.items_delegated"),
])
def test_bare_change_takes_earlier_object(sentence, raw, key):
    row = fig(report(sentence), raw)
    assert row["key"] == key
    assert "the object of the bare verb" in row["key_basis"]


@pytest.mark.parametrize(("sentence", "raw"), [
    ("取消许可事项4项、承接9项、调整85项。", "9项"),  # received from above: no own change
    ("保留700项行政权力事项，精简210项。", "210项"),  # a cut that may be cancelling or adjusting
])
def test_other_change_verbs_borrow_nothing(sentence, raw):
    assert fig(report(sentence), raw)["key"] is None
