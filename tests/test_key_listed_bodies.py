"""Key recall class LISTED_BODIES (issue 9): the bodies counted in a rule-of-law inspection (法治督察) are
leadership.inspections (LABELING rule 25) in the forms the genre uses besides ``对N个乡镇开展督察``: a list of the
bodies after 对 (``对5个县(市、区)、3个园区…开展督察``, ``对甲局、乙局等10家单位…督察``), and an act that a second act
follows (``…督察并反馈问题``). The teams that inspect (督察组, 检查组) are not inspections. Synthetic look-alikes:
invented places, years and figures.
"""

import pytest

from _sentences import fig, sentence_report

LEAD = "（一）坚持党的领导，统筹推进法治政府建设"


def key(sentence: str, raw: str, nth: int = 0):
    r = sentence_report(sentence, LEAD, title="澄川市2033年法治政府建设年度报告", year=2033,
                        weakness="个别部门督察整改不够及时。")
    return fig(r, raw, nth)["key"]


@pytest.mark.parametrize(("sentence", "raw"), [
    ("开展法治督察，对9家部门实地督察法治政府建设情况并书面反馈，督促问题整改。", "9家"),
    ("全年对17个部门开展依法行政督查并逐项督办整改。", "17个"),
    ("今年对7个县(市、区)、4个开发园区及部分市直部门开展依法治市暨法治政府建设专项督察，逐一反馈问题。", "7个"),
    ("今年对7个县(市、区)、4个开发园区及部分市直部门开展依法治市暨法治政府建设专项督察，逐一反馈问题。", "4个"),
    ("对11个乡镇（街道）、6个县直部门开展法治建设第一责任人职责履行情况督察。", "11个"),
    ("对11个乡镇（街道）、6个县直部门开展法治建设第一责任人职责履行情况督察。", "6个"),
    ("成立3个督察组对市财政局、市住建局等14家单位落实法治督察反馈问题整改情况开展实地督察。", "14家"),
    ("对市交通局、市水务局等9个部门开展法治政府建设专项督察。", "9个"),
])
def test_bodies_of_a_law_inspection(sentence, raw):
    assert key(sentence, raw) == "leadership.inspections"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("成立3个督察组对市财政局、市住建局等14家单位开展实地督察。", "3个"),  # the teams, not the bodies
    ("组织法治督查组5个，分赴各乡镇开展督查。", "5个"),
    ("组成4个检查组开展行政执法检查。", "4个"),
    ("对12家企业开展安全生产督查并反馈问题。", "12家"),  # safety checks of businesses, not 法治督察
    ("对市场局、城管局等8家单位开展行政执法案卷评查。", "8家"),  # case-file review, not an inspection
])
def test_not_the_bodies_of_a_law_inspection(sentence, raw):
    assert key(sentence, raw) is None


# ---- the same grammar for a rule-of-law assessment (leadership.assessments counts the bodies assessed): every count
# of the bodies listed after 对, before the act done to them (…的考核工作), and a year among the act's words
@pytest.mark.parametrize(("sentence", "raw"), [
    ("组织完成对16个市县政府和29个省直部门的依法行政考核工作。", "16个"),
    ("组织完成对16个市县政府和29个省直部门的依法行政考核工作。", "29个"),
    ("将法治政府建设纳入全市目标绩效考核，完成对11个县(市、区)、高新区、37家市直部门的2033年度法治政府建设考核。",
     "11个"),
    ("将法治政府建设纳入全市目标绩效考核，完成对11个县(市、区)、高新区、37家市直部门的2033年度法治政府建设考核。",
     "37家"),
    ("对9个乡镇及22个县直部门开展法治建设年度考核。", "9个"),
])
def test_bodies_of_a_law_assessment(sentence, raw):
    assert key(sentence, raw) == "leadership.assessments"


def test_a_target_system_named_in_the_sentence_is_no_target():
    # 目标绩效考核 is the name of the assessment system, not a target: the figures are this year's
    r = sentence_report("将法治建设纳入目标绩效考核，完成对18个部门的法治建设考核。", LEAD,
                        title="澄川市2033年法治政府建设年度报告", year=2033, weakness="考核结果运用不够。")
    row = fig(r, "18个")
    assert row["role"] == "level" and row["key"] == "leadership.assessments"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("力争明年完成对20个部门的法治建设考核。", "20个"),  # a plan
    ("9家成员单位对14个领域开展了2033年度部门联合双随机抽查。", "14个"),  # fields, not inspections (a year between)
])
def test_listed_bodies_look_alikes(sentence, raw):
    assert key(sentence, raw) is None
