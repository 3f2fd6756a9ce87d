"""Key precision gates (issue 9): structural reasons to withhold a key, on invented sentences.

Each class was seen on two or more unseen real reports (tuneA/tuneB notes); the wording here is ours
(other counties, years, numbers):

* targets, quotas, averages and per-unit figures have a role (target, per_unit) and never a key;
* an event key (law training, law publicity, collective law study) needs law in the figure's own words:
  its clause, its name, or the clause right before it when that clause names a law event (training and
  collective study: any earlier clause of the sentence naming a study of law); never its section heading;
* people counts (受训, 受众) follow their event: the audience of an unkeyed, non-law event has no key.
"""

import pytest

from _sentences import fig, sentence_report


def report(sentence: str, heading: str = "（四）推进机关队伍建设"):
    return sentence_report(sentence, heading, title="柳塘县2031年法治政府建设年度报告", year=2031,
                           weakness="部分单位学用结合不够紧密。")


# ------------------------------------------------------------------------------ targets, quotas, averages
@pytest.mark.parametrize(("sentence", "raw", "role"), [
    ("本系统应参加年度学法考试的干部为86人。", "86人", "target"),
    ("今年下达药品抽检任务总数312家，已完成298家。", "312家", "target"),
    ("全县日均新登记市场主体37户。", "37户", "per_unit"),
    ("要求各科室每月至少开展普法宣传2场次。", "2场次", "per_unit"),
    ("落实局党组每季度集体学法不少于1次的制度。", "不少于1次", "per_unit"),
    ("为每个村（社区）配备法律顾问1名。", "1名", "per_unit"),
])
def test_quotas_and_averages_have_a_role_and_no_key(sentence, raw, role):
    f = fig(report(sentence), raw)
    assert (f["role"], f["key"]) == (role, None), (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # what was done beside the task count keeps its key
    ("今年下达药品抽检任务总数312家，全年对298家单位开展双随机抽查。", "298家", "enforcement.random_inspections"),
    # an average time is the duration indicator itself
    ("企业开办平均用时压缩至1.5天。", "1.5天", "approval.startup_time"),
    ("组织全体干部参加年度学法考试，参考86人。", "86人", "capacity.exam_takers"),
])
def test_plain_counts_next_to_quotas_keep_their_key(sentence, raw, key):
    f = fig(report(sentence), raw)
    assert f["key"] == key, (f["name"], f["role"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ law events
@pytest.mark.parametrize(("sentence", "raw"), [
    # a business or safety training is no law training, whatever the sentence says elsewhere
    ("围绕法治化营商环境建设，对县直各部门组织开展业务培训23次。", "23次"),
    ("举办安全生产专题培训班45场，培训各类企业2100余家，受训人员3800余人。", "45场"),
    ("举办安全生产专题培训班45场，培训各类企业2100余家，受训人员3800余人。", "3800余人"),
    # (party theory study whose sentence names law only in a lead-in with no count of its own: keyed since
    # LABELING 71, 深入学习法治思想，…组织中心组学习11期, tests/test_key_rules66_73.py)
    # the audience of a publicity event on other topics
    ("全县共开展各类主题面对面宣讲2600余场、受众18万余人次。", "2600余场"),
    ("全县共开展各类主题面对面宣讲2600余场、受众18万余人次。", "18万余人次"),
    # people of a party-school class that only includes law among its topics
    ("将宪法纳入县委党校主体班次，受训人员达到420人。", "420人"),
])
def test_events_without_law_in_their_own_words_get_no_key(sentence, raw):
    f = fig(report(sentence, "（四）加强机关自身建设"), raw)
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw", "key", "heading"), [
    ("全年举办法治专题讲座14场次。", "14场次", "capacity.training_sessions", "（四）推进机关队伍建设"),
    # the clause before names the law event the figure counts
    ("将民法典宣传纳入送文化下乡活动内容，面向村民开展宣讲9场次，受众1600余人次。", "9场次",
     "capacity.law_publicity_events", "（四）推进机关队伍建设"),
    ("将民法典宣传纳入送文化下乡活动内容，面向村民开展宣讲9场次，受众1600余人次。", "1600余人次",
     "capacity.publicity_audience", "（四）推进机关队伍建设"),
    ("开展法治培训，覆盖乡村干部260余人。", "260余人", "capacity.trainees", "（四）推进机关队伍建设"),
    # people of a law class whose own count is unkeyed still are people trained in law
    ("举办习近平法治思想专题研修班5期，县乡两级340名干部参加研修培训。", "340名", "capacity.trainees",
     "（四）推进机关队伍建设"),
    # the clause right after, counting nothing itself, names the law studied (the heading lends none)
    ("局党组全年开展专题学习8次，深入学习宪法和民法典。", "8次", "leadership.study_sessions",
     "（一）加强领导干部学法用法"),
])
def test_law_events_keep_their_key(sentence, raw, key, heading):
    f = fig(report(sentence, heading), raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ other exam rates
@pytest.mark.parametrize(("sentence", "raw"), [
    ("全局年度学法考试参考率100%，优秀率92%。", "92%"),
    ("新招录辅警基本级执法资格考试通过率达97%。", "97%"),
])
def test_rates_of_other_exams_are_not_the_law_exam_pass_rate(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


def test_law_exam_pass_rate_keeps_its_key():
    f = fig(report("全局干部职工参加年度学法考试，考试合格率100%。"), "100%")
    assert f["key"] == "capacity.exam_pass_rate", (f["name"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ admissible head nouns
@pytest.mark.parametrize(("sentence", "raw"), [
    # the act is right, the thing acted on is not the key's (policy documents, service items, towns)
    ("深化公平竞争审查，清查涉企政策措施文件52份，废止7份。", "7份"),
    ("督促修改、废止妨碍统一市场的文件41份。", "41份"),
    ("全县取消政务服务事项12项、申请材料80份。", "12项"),
    ("县直部门权力事项调整规范后，镇级权力事项调整涉及9个乡镇。", "9个"),
])
def test_a_key_needs_its_own_head_noun(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("全年宣布失效规范性文件5件。", "5件", "normative_docs.repealed"),
    # the bare act takes its noun from before it in the sentence
    ("开展规范性文件集中清理，废止9件。", "9件", "normative_docs.repealed"),
    ("全县取消行政许可事项6项。", "6项", "approval.permits_cancelled"),
])
def test_admissible_head_noun_keeps_the_key(sentence, raw, key):
    f = fig(report(sentence), raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


def test_key_heads_are_validated_catalog_data():
    from fazhi_analysis import indicators

    heads = indicators._key_heads()
    keys = set(indicators.catalog()["key"])
    assert heads and set(heads) <= keys and all(heads.values())
    assert "规范性文件" in heads["normative_docs.repealed"]


# ------------------------------------------------------------------------------ sub-types
@pytest.mark.parametrize(("sentence", "raw"), [
    # a split by a modifier the catalog has no indicator for: the keyed words are shared by both siblings
    ("按照无差别受理要求，梳理出个人服务事项612项，企业服务事项547项。", "612项"),
    ("全市共开展各类主题线下宣讲4200余场、受众31万余人次，各类主题线上宣讲1800余场、受众75万余人次。", "4200余场"),
    ("全市共开展各类主题线下宣讲4200余场、受众31万余人次，各类主题线上宣讲1800余场、受众75万余人次。", "31万余人次"),
    # a part by level (LABELING rule 3: 其中市级事项 → no key); a part by level that names its own act of a total
    # with no key keeps its key (LABELING 43, tests/test_key_genre_classes_j.py)
    ("制定规范性文件38件，其中县级规范性文件21件。", "21件"),
])
def test_a_sub_type_never_takes_the_total_key(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # siblings that differ by the keyed words themselves are two indicators
    ("全年受理行政复议案件31件，审结行政复议案件28件。", "31件", "reconsideration.accepted"),
    ("全年受理行政复议案件31件，审结行政复议案件28件。", "28件", "reconsideration.concluded"),
    ("全年制定规范性文件12件，其中废止规范性文件3件。", "3件", "normative_docs.repealed"),
])
def test_siblings_of_different_indicators_keep_their_keys(sentence, raw, key):
    f = fig(report(sentence), raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ lectures of leadership bodies
@pytest.mark.parametrize(("sentence", "raw"), [
    # LABELING 16: a law lecture held for a leadership meeting is that body's collective law study
    ("开展县政府常务会议法治专题讲座3次。", "3次"),
    ("县政府常务会议全年听取法治政府建设情况汇报5次，邀请高校教授开展法治专题讲座3次。", "3次"),
])
def test_law_lectures_of_leadership_bodies_are_their_study(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] == "leadership.study_sessions", (f["name"], f["key"], f["key_basis"])


def test_law_lectures_for_staff_stay_training():
    f = fig(report("邀请高校教授为全局干部职工开展法治专题讲座3次。"), "3次")
    assert f["key"] == "capacity.training_sessions", (f["name"], f["key"], f["key_basis"])


def test_a_part_by_level_the_catalog_has_keeps_its_key():
    f = fig(report("全年完成审计项目30个，其中经济责任审计8个、村级审计5个。"), "5个")
    assert f["key"] == "audit.village", (f["name"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ splits by organ keep the key
@pytest.mark.parametrize(("sentence", "raw"), [
    ("县政府负责人出庭应诉率100%，县级部门和乡镇负责人出庭应诉率97.6%。", "100%"),
    ("县政府负责人出庭应诉率100%，县级部门和乡镇负责人出庭应诉率97.6%。", "97.6%"),
    ("市政府负责人出庭应诉率100%，市直单位负责人出庭应诉率95%。", "100%"),
])
def test_rates_split_by_organ_keep_the_key(sentence, raw):
    # LABELING 21: a split by the organ (the government itself / its departments and towns) with no stated total
    # is no sub-type: each rate is the indicator for its organs
    f = fig(report(sentence, "（五）依法化解行政争议"), raw)
    assert f["key"] == "litigation.head_appearance_rate", (f["name"], f["key"], f["key_basis"])
