"""Key recall classes seen on real reports, as synthetic look-alikes (invented places and figures; issue 9 §3).

Each case failed before its class was fixed: a phrasing, unit or grammar the catalog or the key rules lacked.
"""

import pandas as pd
import pytest

import fazhi_analysis as fz


def report(sentence: str, heading: str = "（一）推进法治政府建设"):
    text = (f"柳溪县2023年法治政府建设年度报告\n一、2023年法治政府建设主要举措和成效\n{heading}\n{sentence}\n"
            "二、存在的不足和原因\n基层法治力量还比较薄弱。\n三、2024年工作安排\n继续深化依法行政。\n")
    return fz.parse_report(text, "t")


def fig(r, raw: str, nth: int = 0) -> dict:
    rows = r.indicators[r.indicators["raw"] == raw]
    assert len(rows) > nth, f"{raw} not found: {r.indicators['raw'].tolist()}"
    return {k: (None if pd.isna(v) else v) for k, v in rows.iloc[nth].items()}


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # the people, named first, then a course whose name holds a date-like number (12·4) or a quote
    ("开展宪法宣传活动，组织全县新提拔的45名科级领导干部参加“12·4”国家宪法日宪法法律知识测试。", "45名",
     "capacity.exam_takers"),
    ("全县2210名干部职工参加国家工作人员学法考法。", "2210名", "capacity.exam_takers"),
    # 等 followed by an adverb, not by the list's head noun
    ("局党组会、局长办公会等先后8次研究了禁渔执法检查等法治议题。", "8次", "leadership.meetings"),
    # the leaders named before the number report to a body named after it
    ("全县各级党政主要负责人共412人向依法治县、镇委员会述法。", "412人", "leadership.law_reports"),
])
def test_number_then_its_predicate(sentence, raw, key):
    f = fig(report(sentence), raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw"), [
    ("开展执法培训等活动3场。", "3场"),  # 等 + the list's own head noun still counts the head
    ("全县各级党政主要负责人共412人参加座谈。", "412人"),  # leaders, but no 述法
])
def test_number_then_its_predicate_no_key(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])
