"""Number-first figures: the noun after the figure names what is counted when the words before give only a
verb or nothing (issue 9, class b2 of the holdout3 notes).

Synthetic sentences (invented city, numbers): ``完成N名…干部集中轮训``, ``组织N名…人员学法考法``,
``召开N次…（扩大）会议研究法治建设``, ``组织N个…部门“一把手”述法``; and look-alikes where the noun after the
figure names no indicator (the key stays empty).
"""

import pytest

from _sentences import fig, sentence_report


def report(sentence: str):
    return sentence_report(sentence, "（三）提升依法行政能力", title="云溪市2032年法治政府建设情况报告", year=2032,
                           weakness="法治队伍力量仍然不足。")


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("完成1.3万名科级以上干部法治集中轮训。", "1.3万名", "capacity.trainees"),
    ("组织全市20万名国家工作人员学法考法。", "20万名", "capacity.exam_takers"),
    ("召开4次市委常委（扩大）会议专题研究法治建设。", "4次", "leadership.meetings"),
    ("组织19个市直部门“一把手”现场述法。", "19个", "leadership.law_reports"),
])
def test_noun_after_figure_names_key(sentence, raw, key):
    row = fig(report(sentence), raw)
    assert row["key"] == key
    assert "the noun after the figure" in row["key_basis"]


@pytest.mark.parametrize(("sentence", "raw"), [
    ("完成30名干部调整。", "30名"),  # the noun after names no indicator
    ("组织800名群众观看普法电影，反响良好。", "800名"),
    ("选派15名年轻干部到乡镇挂职锻炼。", "15名"),
    ("聘请11名退休法官共同组成县政府法律顾问团。", "11名"),  # what they form is a predicate
])
def test_noun_after_without_indicator_gets_no_key(sentence, raw):
    assert fig(report(sentence), raw)["key"] is None
