"""Key recall class LAW_REPORTS (issue 9): leadership.law_reports counts the leaders or bodies that report on their
rule-of-law duties (述法, 述职述法, 推进法治建设述职). The genre lists the bodies side by side, each with its count,
before the one act they all do (``组织27个乡镇和45个部门主要负责人现场述法``): every count of the list is a part split
by body with no total stated and takes the key (LABELING 31); so do parts split by mode (``现场述法50人、书面述法
900人``). The grammar is read only for the act of reporting: bodies listed before another act keep their own rules.
Synthetic look-alikes: invented places, years and figures.
"""

import pytest

from _sentences import fig, sentence_report

LEAD = "（一）坚持党的领导，统筹推进法治政府建设"


def key(sentence: str, raw: str, nth: int = 0):
    r = sentence_report(sentence, LEAD, title="澄川市2033年法治政府建设年度报告", year=2033,
                        weakness="个别部门述法质量不高。")
    return fig(r, raw, nth)["key"]


@pytest.mark.parametrize(("sentence", "raw"), [
    ("组织23个乡镇和41个部门主要负责人现场述法。", "23个"),
    ("组织23个乡镇和41个部门主要负责人现场述法。", "41个"),
    ("全市11个县(市、区)、高新区和48个市直部门主要负责人开展推进法治建设述职。", "11个"),
    ("全市11个县(市、区)、高新区和48个市直部门主要负责人开展推进法治建设述职。", "48个"),
    ("组织7个镇(街道)党委书记、5个部门负责同志在年终述职中专题述法。", "7个"),
    ("组织7个镇(街道)党委书记、5个部门负责同志在年终述职中专题述法。", "5个"),
    ("县委常委会专题听取8个乡镇、19个县直单位主要负责人述法。", "8个"),
    ("县委常委会专题听取8个乡镇、19个县直单位主要负责人述法。", "19个"),
    ("组织全县64个部门主要负责人开展依法行政述职。", "64个"),
])
def test_bodies_listed_before_they_report(sentence, raw):
    assert key(sentence, raw) == "leadership.law_reports"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("全年现场述法38人、书面述法712人。", "38人"),
    ("全年现场述法38人、书面述法712人。", "712人"),
    ("全区书面述法96人，现场述法12人。", "96人"),
    ("全区书面述法96人，现场述法12人。", "12人"),
])
def test_parts_by_mode_keep_the_key(sentence, raw):
    assert key(sentence, raw) == "leadership.law_reports"


@pytest.mark.parametrize(("sentence", "raw"), [
    # bodies listed before another act: not read by this grammar
    ("组织23个乡镇和41个部门开展法治宣传进万家活动。", "23个"),
    ("组织23个乡镇和41个部门开展法治宣传进万家活动。", "41个"),
    # the leaders listed before a non-law report (工作述职) or an exam are not 述法
    ("组织15个乡镇和30个部门主要负责人进行年度工作述职。", "15个"),
    ("组织15个乡镇和30个部门主要负责人进行年度工作述职。", "30个"),
    ("组织12个乡镇和26个部门主要负责人参加法治理论考试。", "12个"),
    # a split by kind, not by mode, of a service count still loses the total's key (LABELING 3)
    ("其中自然人服务事项633项，法人服务事项512项。", "633项"),
])
def test_not_law_reports(sentence, raw):
    assert key(sentence, raw) != "leadership.law_reports"
    if "服务事项" in sentence:
        assert key(sentence, raw) is None
