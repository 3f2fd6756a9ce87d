"""Leadership and capacity keys on figures two labellers agree on (issue 9, stop 32, helper kagLC).

Invented sentences of the genre (other places, numbers and wording), one per class the parser missed or mis-keyed
where both labellers agreed, each class seen on pages of at least two organs in two sets:

* STREAK_RANK (LABELING 65, 79): a rank in an assessment stated for a streak of years (考核连续九年位居第一) is the
  report year's rank too: leadership.assessment_rank. Counts for a streak (连续3年组织培训20次) stay unkeyed;
* BARE_BODIES (LABELING 25, 51): counts of bodies written with no measure word after 对 (对3市5县…开展督察, 对财政局等
  8单位…进行督察) count the bodies the act reached, as N个 does, and share the key of the list's last count;
* REQUESTED_MEETING (LABELING 68, 50): meetings the organ only proposed or asked another body to convene (建议召开,
  提请召开) are that body's: no leadership.meetings;
* NONLAW_EXAM (catalog capacity.exam_*, LABELING 5): an exam on party rules or job knowledge (党规党纪, 业务知识) with no
  law word is no law exam: no exam key.
"""

import pytest

from _sentences import district_key

LEAD = "（一）加强党对法治政府建设的领导"
CAP = "（六）加强法治宣传教育，提升干部依法行政能力"

M, I, K = "leadership.meetings", "leadership.inspections", "leadership.assessment_rank"
X = "capacity.exam_takers"


def key(sentence: str, raw: str, heading: str = LEAD):
    return district_key(sentence, raw, heading)


# ---- classes widened here (each failed on 7ecdba5)
GAINS = [
    # STREAK_RANK
    ("在全市依法行政考核中，连续九年位居第一。", "第一", K, LEAD),
    ("法治政府建设考评连续三年位居全市第二。", "第二", K, LEAD),
    ("营商环境综合评价连续4年居全国第9位。", "第9位", K, LEAD),
    # BARE_BODIES
    ("对3市5县8个省直单位开展实地法治督察。", "3市", I, LEAD),
    ("对3市5县8个省直单位开展实地法治督察。", "5县", I, LEAD),
    ("对3市5县开展实地法治督察。", "5县", I, LEAD),
    ("对财政局等8单位依法行政落实情况开展督察。", "8单位", I, LEAD),
]

# ---- keyed on 7ecdba5, unkeyed now
LOST = [
    # REQUESTED_MEETING
    ("建议召开县委全面依法治县委员会3次，研究部署全县法治政府建设重点工作。", "3次", LEAD),
    ("提请召开县委常委会会议和县委全面依法治县委员会召开5次会议，研究推进依法治县重点工作。", "5次", LEAD),
    # NONLAW_EXAM
    ("组织全县2460名党员干部参加《中国共产党纪律处分条例》、党规党纪网上学习考试。", "2460名", CAP),
    ("组织全县2460名党员干部参加党规党纪知识测试。", "2460名", CAP),
    ("2.1万余名国家工作人员通过学法考试，0.8万余名执法人员参加业务知识考试。", "0.8万余名", CAP),
]

# ---- pins: what these classes must not take or lose
HELD = [
    ("对3市5县8个省直单位开展实地法治督察。", "8个", I, LEAD),
    ("对5个县开展法治督察。", "5个", I, LEAD),
    ("县委全面依法治县委员会召开3次会议，研究部署全县法治政府建设重点工作。", "3次", M, LEAD),
    ("召开县委全面依法治县委员会会议3次，研究部署全县法治政府建设重点工作。", "3次", M, LEAD),
    ("组织全县2460名党员干部参加学法考试。", "2460名", X, CAP),
    ("组织全县2460名干部参加宪法知识考试。", "2460名", X, CAP),
    ("在全市依法行政考核中位居第一。", "第一", K, LEAD),
]
NONE = [
    ("我区连续3年组织法治培训20次。", "20次", CAP),
    ("联合市公安局等8部门开展专项执法检查。", "8部门", LEAD),
]


@pytest.mark.parametrize("sentence, raw, expected, heading", GAINS)
def test_agreed_classes_take_the_key(sentence, raw, expected, heading):
    assert key(sentence, raw, heading) == expected


@pytest.mark.parametrize("sentence, raw, heading", LOST)
def test_agreed_classes_lose_the_key(sentence, raw, heading):
    assert key(sentence, raw, heading) is None


@pytest.mark.parametrize("sentence, raw, expected, heading", HELD)
def test_pins_keep_the_key(sentence, raw, expected, heading):
    assert key(sentence, raw, heading) == expected


@pytest.mark.parametrize("sentence, raw, heading", NONE)
def test_pins_stay_unkeyed(sentence, raw, heading):
    assert key(sentence, raw, heading) is None
