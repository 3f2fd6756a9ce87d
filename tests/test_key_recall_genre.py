"""Key recall classes of the tuneA/tuneB error analysis (issue 9), as synthetic look-alikes: invented towns,
counties, years and figures. Each case failed before its class was fixed; the look-alikes after each set of
positive cases must keep no key (a wrong key is worse than none).
"""

import pytest

from _sentences import fig, sentence_report
from fazhi_analysis.numerals import to_simplified


def report(sentence: str, heading: str = "（二）深入推进法治宣传教育"):
    return sentence_report(sentence, heading, title="青岚县2031年法治政府建设年度报告", year=2031,
                           weakness="部分干部法治意识仍需提升。", plan="继续推进依法行政。")


def key(sentence: str, raw: str, heading: str = "（二）深入推进法治宣传教育"):
    f = fig(report(sentence, heading), raw)
    return f["key"], f["name"], f["key_basis"]


# ---- VOCAB_GAP: traditional script is read through its simplified view before phrasings are matched
def test_traditional_characters_of_catalog_words_are_folded():
    assert to_simplified("宣傳陣地帶頭別無") == "宣传阵地带头别无"


@pytest.mark.parametrize(("sentence", "raw", "want"), [
    ("全鎮已建成法治文化宣傳陣地5個。", "5個", "capacity.culture_sites"),
    ("目前，全鄉已結合美麗鄉村建設建起3個法治文化宣傳陣地。", "3個", "capacity.culture_sites"),
])
def test_traditional_script_takes_the_simplified_key(sentence, raw, want):
    assert key(sentence, raw)[0] == want


# ---- CONTEXT_PRESENT_NOT_KEYED: a key whose catalog context names another family's topic word is in that
# family's scope too (legal consultations at public legal service points)
@pytest.mark.parametrize(("sentence", "raw"), [
    ("建成“15分钟公共法律服务圈”，提供法律咨询3200余人次。", "3200余人次"),
    ("全县12个公共法律服务工作站规范运行，解答群众法律咨询860人次。", "860人次"),
])
def test_consultations_under_public_legal_services(sentence, raw):
    assert key(sentence, raw, "（五）完善公共法律服务体系")[0] == "legal_aid.consultations"


def test_visits_under_public_legal_services_stay_visits():
    assert key("公共法律服务中心接待来访群众1500人次。", "1500人次", "（五）完善公共法律服务体系")[0] \
        == "public_legal.visits"


# ---- SCOPE_FROM_EARLIER_TOPIC (people): a count of people that names only participation takes the people-key
# of the activity the figure right before it counted (training -> trainees, publicity -> audience)
@pytest.mark.parametrize(("sentence", "raw", "want"), [
    ("举办领导干部专题法治讲座12期，全县干部累计参加人数达4.2万余人次。", "4.2万余人次", "capacity.trainees"),
    ("开展《某某省消防条例》等5次法律法规培训，累计180余人次参加，效果良好。", "180余人次", "capacity.trainees"),
    ("开展集中法治宣传40场次，涉及受众6万余人。", "6万余人", "capacity.publicity_audience"),
    ("开展送法进村法治宣传活动25场，参与人数3000余人。", "3000余人", "capacity.publicity_audience"),
])
def test_people_of_the_activity_before(sentence, raw, want):
    assert key(sentence, raw)[0] == want


@pytest.mark.parametrize(("sentence", "raw"), [
    ("开展业务交流活动6场，累计参加人数800余人次。", "800余人次"),  # the activity has no key: nor its people
    ("全县干部累计参加人数达4.2万余人次。", "4.2万余人次"),  # no activity counted before
    ("举办法治讲座12期，累计320人次参加扶贫调研。", "320人次"),  # they took part in something else
])
def test_people_of_no_keyed_activity_get_no_key(sentence, raw):
    assert key(sentence, raw)[0] is None


# ---- NOUN_AFTER_FIGURE: the words before the number are only a verb or a preposition (with at most a subject or a
# time before them); the verb and the words after the number to the clause end name it
LEAD = "（一）加强党对法治政府建设的领导"


@pytest.mark.parametrize(("sentence", "raw", "want"), [
    ("县政府高度重视法治建设，全年专题听取3次法治政府建设工作汇报，及时解决问题。", "3次", "leadership.meetings"),
    ("依法治县领导小组召开三次会议，部署年度法治工作任务。", "三次", "leadership.meetings"),
    ("2030年召开4次县委常委（扩大）会议研究部署法治政府建设重点任务。", "4次", "leadership.meetings"),
    ("年底前组织对全县31家重点单位开展党政主要负责人履行推进法治建设第一责任人职责情况的专项督察。", "31家",
     "leadership.inspections"),
])
def test_verb_before_the_number_and_words_after_it(sentence, raw, want):
    got, _, basis = key(sentence, raw, LEAD)
    assert got == want, basis


@pytest.mark.parametrize(("sentence", "raw"), [
    ("县政府召开3次会议研究招商引资工作。", "3次"),  # a meeting on other business, under a 法治 heading
    ("对12名干部进行诫勉谈话。", "12名"),  # what was done names no indicator
    ("聘请7名律师组成县政府法律顾问团。", "7名"),  # what they form is said of them
    ("召开5次县委常委会议、8次县政府常务会议研究部署招商和项目建设。", "5次"),
])
def test_verb_before_the_number_no_key(sentence, raw):
    assert key(sentence, raw, LEAD)[0] is None


# ---- VOCAB_GAP (catalog): 研讨班 on law is a training course (two pages, both sets); 审查/审核 of 行政决策 is a
# legality review (rule 11)
@pytest.mark.parametrize(("sentence", "raw", "want"), [
    ("举办习近平法治思想专题研讨班6期，全县320名领导干部参加。", "6期", "capacity.training_sessions"),
    ("举办宪法专题研讨班2期。", "2期", "capacity.training_sessions"),
    ("审查规划、工作请示等行政决策88件。", "88件", "decisions.legality_reviews"),
    ("全年审核县政府重大行政决策14件。", "14件", "decisions.legality_reviews"),
])
def test_catalog_vocabulary(sentence, raw, want):
    assert key(sentence, raw)[0] == want


def test_a_seminar_without_law_is_no_training():
    assert key("举办乡村振兴专题研讨班3期。", "3期")[0] is None


# ---- CONTEXT_PRESENT_NOT_KEYED / PART_OWN_KEY_WITHHELD: a bare 行政许可 counted in 项 is the list of licensing items
# (also as a 其中 part of a list of other kinds); a noun with a bracket before 共N项 is read by the key too
@pytest.mark.parametrize(("sentence", "raw"), [
    ("本局现有行政审批业务31项，其中22项行政许可、6项行政确认、3项行政备案。", "22项"),
    ("2030年动态调整本局主管的行政许可（县、乡镇）共35项，明确责任股室。", "35项"),
])
def test_bare_licensing_counted_in_items(sentence, raw):
    assert key(sentence, raw, "（三）深化放管服改革")[0] == "approval.licensing_items"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("取消行政许可4项。", "4项"),  # a change of the list, not its stock
    ("全年办理行政许可1800件。", "1800件"),  # cases, not items
])
def test_bare_licensing_look_alikes(sentence, raw):
    assert key(sentence, raw, "（三）深化放管服改革")[0] != "approval.licensing_items"
