"""Key recall classes seen on real reports, as synthetic look-alikes (invented places and figures; issue 9 §3).

Each case failed before its class was fixed: a phrasing, unit or grammar the catalog or the key rules lacked.
"""

import pytest

import fazhi_analysis as fz
from _sentences import fig, sentence_report


def report(sentence: str, heading: str = "（一）推进法治政府建设"):
    return sentence_report(sentence, heading, title="柳溪县2023年法治政府建设年度报告", year=2023,
                           weakness="基层法治力量还比较薄弱。", plan="继续深化依法行政。")


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # the people, named first, then a course whose name holds a date-like number (12·4) or a quote
    ("开展宪法宣传活动，组织全县新提拔的45名科级领导干部参加“12·4”国家宪法日宪法法律知识测试。", "45名",
     "capacity.exam_takers"),
    ("全区1836名公职人员参加网上学法考法。", "1836名", "capacity.exam_takers"),
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


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # object list of 对 … 开展/进行 + 法治…督察: each item, 、/和 joined, bracketed or not, counts those inspected
    ("对2个乡镇和4个县直部门开展了法治政府建设实地督察。", "2个", "leadership.inspections"),
    ("对2个乡镇和4个县直部门开展了法治政府建设实地督察。", "4个", "leadership.inspections"),
    ("对全县18个乡(镇、场)、29个县直单位进行法治政府建设实地督察。", "18个", "leadership.inspections"),
    # phrasings and units the catalog lacked
    ("执法人员持证比例98%以上。", "98%以上", "enforcement.certified_rate"),
    ("县政府为被告的案件共开庭审理17件。", "17件", "litigation.cases"),
    ("窗口共受理行政许可事项88件。", "88件", "approval.cases_handled"),
    ("收到因不服本局处理向复议机关申请行政复议案件12宗。", "12宗", "reconsideration.as_respondent"),
    ("主动公开各类信息96条，依申请公开事项3项。", "3项", "disclosure.requests"),
    ("组织全体干部开展学法考试，参与率100%。", "100%", "capacity.exam_participation_rate"),
    ("权力事项清单共有300项，其中行政处罚类200项、行政许可类50项。", "50项", "approval.licensing_items"),
    ("各单位领导干部年终述法860人次。", "860人次", "leadership.law_reports"),
])
def test_catalog_gaps(sentence, raw, key):
    f = fig(report(sentence), raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw"), [
    ("对2个乡镇和4个县直部门开展了专题调研。", "2个"),  # visited, not inspected
    ("对2个乡镇和4个县直部门开展了专题调研。", "4个"),
    ("组织群众开展广场舞活动，参与率90%。", "90%"),  # no exam, training or study
])
def test_catalog_gaps_no_key(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


def test_applications_to_the_organ_itself_are_not_as_respondent():
    f = fig(report("县政府作为复议机关，全年收到行政复议申请58件。"), "58件")
    assert f["key"] == "reconsideration.received", (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw", "key", "name"), [
    # a noun and its bracket right before the figure name it; the key reads the noun without the aside
    ("组织开展示范创建活动，命名首批县级示范乡镇(单位)12个。", "12个", "leadership.demonstration_sites",
     "命名首批县级示范乡镇(单位)"),
    ("全年办结行政复议案件（含上年结转）46件。", "46件", "reconsideration.concluded", "办结行政复议案件（含上年结转）"),
])
def test_a_bracket_right_before_the_figure(sentence, raw, key, name):
    f = fig(report(sentence), raw)
    assert (f["key"], f["name"]) == (key, name), (f["name"], f["key"], f["key_basis"])


def test_a_bracketed_aside_before_the_figure_never_keys_it():
    f = fig(report("全年收到行政复议申请（含上年结转）52件。"), "52件")
    assert f["key"] != "reconsideration.carried_over", (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw"), [
    # N次 + what was done N times: the meetings' verb phrase follows the number
    ("县政府主要负责同志9次主持召开县政府常务会等会议研究法治政府建设重大事项。", "9次"),
    ("今年3次带领领导班子专题听取、研究、部署法治建设工作。", "3次"),
    # meetings the catalog did not know: 常务会 without 议, a committee's plenary meeting
    ("县主要领导主持县委常委会、县政府常务会议共27次，研究部署法治建设重点任务。", "27次"),
    ("年内召开市委全面依法治市委员会会议3次。", "3次"),
])
def test_meetings_on_rule_of_law(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] == "leadership.meetings", (f["name"], f["key"], f["key_basis"])


def test_times_then_a_verb_phrase_not_about_law_get_no_meeting_key():
    f = fig(report("今年3次带领领导班子专题听取、研究、解决招商引资工作。"), "3次")
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # units the catalog refused: reviews counted in 次/宗, decisions in 份, training in 批次
    ("今年组织行政决策合法性审查9次。", "9次", "decisions.legality_reviews"),
    ("全年完成法制审核260宗，其中政策文件合法性审查4宗、重大行政执法决定审核150宗。", "4宗",
     "decisions.legality_reviews"),
    ("全年完成法制审核260宗，其中政策文件合法性审查4宗、重大行政执法决定审核150宗。", "150宗",
     "enforcement.legal_reviews"),
    ("依法出台《青溪县城乡供水规划》重大行政决策文件1份。", "1份", "decisions.major_decisions"),
    ("组织执法人员参加线上线下各类培训5批次。", "5批次", "capacity.training_sessions"),
    # phrasings and context words the catalog lacked
    ("凝聚合力化解行政争议，采取补救措施等判决胜诉23件。", "23件", "litigation.won"),
    ("行政规范性文件初审3件。", "3件", "normative_docs.reviewed"),
    ("加强政务新媒体管理，全年政府网站共发布各类信息5200条。", "5200条", "disclosure.proactive"),
    ("推进“放管服”改革，新增异地办理事项320项。", "320项", "approval.items_countywide"),
    ("自觉接受人大、政协监督，承办建议提案6件。", "6件", "oversight.suggestions_and_proposals"),
    ("全年开展执法大讲堂6期。", "6期", "capacity.training_sessions"),
    ("制定学法考法计划，全体工作人员年度学法考法达标率100%。", "100%", "capacity.exam_pass_rate"),
    ("全镇共排查矛盾纠纷120起，接案调处98起。", "98起", "mediation.cases"),
    ("建成3个县级应急普法基地。", "3个", "capacity.culture_sites"),
])
def test_catalog_gaps_tune2(sentence, raw, key):
    f = fig(report(sentence), raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


def test_a_section_on_how_key_tasks_went_is_not_plans():
    f = fig(report("全年召开常务会议专题研究法治政府建设4次。", heading="一、重点工作完成情况"), "4次")
    assert (f["role"], f["key"]) == ("level", "leadership.meetings"), (f["role"], f["key"])


def test_a_section_on_next_years_key_tasks_is_plans():
    f = fig(report("全年召开常务会议专题研究法治政府建设4次。", heading="一、2024年重点工作"), "4次")
    assert f["role"] == "target", (f["role"], f["key"])


def test_a_total_whose_parts_are_two_indicators_takes_neither_key():
    r = report("全年完成法制审核260宗，其中政策文件合法性审查4宗、重大行政执法决定审核150宗。")
    assert fig(r, "260宗")["key"] is None
    assert fig(r, "150宗")["key"] == "enforcement.legal_reviews"


def test_a_total_and_parts_of_one_indicator_keep_the_total_key():
    r = report("全年完成重大执法决定法制审核60件，其中市场监管领域40件、交通运输领域20件。")
    assert fig(r, "60件")["key"] == "enforcement.legal_reviews"


def test_level_items_share_the_head_noun_after_the_last():
    r = report("依托应急体验馆，建成2个省级、3个市级、4个县应急普法基地。")
    assert [fig(r, x)["key"] for x in ("2个", "3个", "4个")] == ["capacity.culture_sites"] * 3


def test_an_item_does_not_share_the_next_items_own_noun():
    # 合同 is the second item's noun: the first item (documents) is not a contract
    r = report("对全区40份重要文件、12份重要合同进行了合法性审查。")
    assert fig(r, "12份")["key"] == "decisions.contracts_reviewed"
    assert fig(r, "40份")["key"] != "decisions.contracts_reviewed"


def organ_report(title: str, sentence: str):
    return sentence_report(sentence, "（一）依法化解行政争议", title=title, year=2023,
                           weakness="基层法治力量还比较薄弱。", plan="继续深化依法行政。")


@pytest.mark.parametrize("title", ["青石街道办事处2023年法治政府建设年度报告",
                                   "柳溪县交通运输局2023年法治政府建设年度报告"])
def test_reconsideration_counts_of_an_organ_that_handles_none_are_as_respondent(title):
    r = organ_report(title, "全年行政复议6件、行政诉讼9件，出庭率100%。")
    assert fig(r, "6件")["key"] == "reconsideration.as_respondent", fig(r, "6件")
    # ... and its lawsuits are suits against it (LABELING rule 7)
    assert fig(r, "9件")["key"] == "litigation.as_defendant", fig(r, "9件")
    r = organ_report(title, "全年收到行政复议申请7件。")
    assert fig(r, "7件")["key"] == "reconsideration.as_respondent", fig(r, "7件")


@pytest.mark.parametrize("title", ["柳溪县人民政府2023年法治政府建设年度报告",
                                   "柳溪县司法局2023年法治政府建设年度报告"])
def test_reconsideration_counts_of_a_reconsideration_organ_stay_its_own(title):
    r = organ_report(title, "全年收到行政复议申请7件。")
    assert fig(r, "7件")["key"] == "reconsideration.received", fig(r, "7件")
    r = organ_report(title, "全县新收行政诉讼案件15件。")
    assert fig(r, "15件")["key"] == "litigation.cases", fig(r, "15件")


def test_respondent_only():
    from fazhi_analysis.indicators import respondent_only
    assert respondent_only("town", None)
    assert respondent_only("department", "柳溪县人力资源和社会保障局")
    assert not respondent_only("department", "柳溪县司法局")
    assert not respondent_only("department", None)
    assert not respondent_only("county", "柳溪县人民政府")


def test_bare_verbs_of_a_batch_take_the_object_named_before():
    r = report("2018年以来，我市分三批取消、承接和调整行政许可事项。其中：第一批取消2项，承接6项，调整4项。"
               "第二批取消3项，调整7项。")
    assert [fig(r, "2项")["key"], fig(r, "6项")["key"], fig(r, "4项")["key"]] == [
        "approval.permits_cancelled", None, "approval.power_items_adjusted"]
    assert fig(r, "3项")["key"] == "approval.permits_cancelled"


def test_a_bare_verb_takes_the_object_ending_its_list():
    r = report("共取消12项（其中1项为子项），新增9项、部门间移交2项行政许可事项。")
    assert fig(r, "12项")["key"] == "approval.permits_cancelled"
    assert fig(r, "9项")["key"] is None
    # power items (行政权力事项) cancelled are not approval items cancelled (key_heads.csv)
    r = report("共取消12项（其中1项为子项），新增9项、部门间移交2项行政权力事项。")
    assert fig(r, "12项")["key"] is None


def test_a_verb_with_its_own_other_object_takes_no_batch_key():
    r = report("我市分两批取消和调整行政许可事项。第三批调整设定依据、规定时限120项。")
    assert fig(r, "120项")["key"] is None


def test_a_count_in_a_second_unit_right_after_shares_the_key():
    r = report("全年共接待来访群众86批326人次。")
    assert fig(r, "86批")["key"] == fig(r, "326人次")["key"] == "petitions.visits"


def test_a_second_unit_the_key_does_not_admit_gets_no_key():
    r = report("全年办理行政复议案件12件3人。")
    assert fig(r, "12件")["key"] == "reconsideration.cases"
    assert fig(r, "3人")["key"] is None


def test_litigation_rules_on_a_city_report_look_alike():
    from pathlib import Path
    r = fz.load_report(Path(__file__).parent / "fixtures" / "meaning" / "city_justice_disputes_2022.txt")
    status = dict(zip(r.checks["check_id"], r.checks["status"]))
    for cid in ("litigation.outcomes_sum", "litigation.loss_rate", "litigation.mediated_withdrawal_rate"):
        assert status[cid] == "pass", cid


def test_a_bare_noun_clause_shares_the_verb_of_the_clause_before():
    r = report("2023年，分局共作出行政处罚4210宗，行政许可86520宗。")
    assert fig(r, "86520宗")["key"] == "approval.licensing_decisions"


def test_a_breakdown_clause_does_not_borrow_the_verb():
    r = report("全年共办理行政复议案件36件，其中市级12件。")
    assert fig(r, "12件")["key"] != "reconsideration.cases"


def test_respondent_only_needs_a_named_organ_that_is_not_the_justice_bureau():
    from fazhi_analysis.indicators import respondent_only
    assert not respondent_only("department", "现将我局")
    assert not respondent_only("department", "柳溪县应急管理局", opening="2023年，柳溪县司法局在县委领导下……")


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("筹备召开3次法治青山(法治政府)建设现场推进会。", "3次", "leadership.meetings"),
    ("全年落实“第一议题”学习习近平法治思想20余次。", "20余次", "leadership.study_sessions"),
])
def test_meetings_and_study_named_after_the_number(sentence, raw, key):
    f = fig(report(sentence), raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


def test_someone_elses_meeting_held_here_is_not_a_meeting_of_ours():
    f = fig(report("省厅2次将全省交通法治建设专题会议在青山召开。"), "2次")
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


def test_instant_cases_are_cases_handled():
    # no label excludes 即办件 (instant cases) from cases handled; the one real label keys them so
    f = fig(report("全年共办理各类政务服务事项即办件4320件。"), "4320件")
    assert f["key"] == "approval.cases_handled", (f["name"], f["key"], f["key_basis"])


def test_sibling_parts_of_one_total_may_share_a_key():
    # 废止 and 宣布失效 are one catalog key: the second part is no part of the first, only of the total
    r = report("清理规范性文件58件，其中废止17件、修改6件、宣布失效35件。")
    assert fig(r, "17件")["key"] == "normative_docs.repealed"
    assert fig(r, "35件")["key"] == "normative_docs.repealed"
    assert fig(r, "58件")["key"] == "normative_docs.cleaned_up"


@pytest.mark.parametrize("item", ["法治督察动员会", "法治工作动员会"])
def test_a_list_item_is_what_its_head_noun_names(item):
    # 督察 inside 法治督察动员会 only modifies the meeting: every item is a meeting, so the list keeps the key
    f = fig(report(f"县长主持召开依法治县委员会会议、{item}、法治政府建设推进会7次。"), "7次")
    assert f["key"] == "leadership.meetings", (f["name"], f["key"], f["key_basis"])


def test_a_meeting_item_is_no_training():
    f = fig(report("全年组织法治培训、法治督察动员会5次。"), "5次")
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])
