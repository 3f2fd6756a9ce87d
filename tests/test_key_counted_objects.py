"""Counted-object key classes seen on the tuneD/tuneE pages (issue 9), on invented sentences (our counties, years,
numbers):

* LABELING 15/23: one figure counted under two acts done to one object (办理办结, 受理办理, 认领、调整) takes no key,
  unless the key itself covers both acts (调整（取消、下放、变更）的行政权力事项); list-making verbs (梳理公布) are no act;
* filings of inspections (行政检查执法备案/报备N次) are not inspections;
* 公开征求意见 (decisions.public_consultations) needs a public word; 征求意见 by the counsel is not one;
* 中介服务事项 are not government service items;
* LABELING 27: a figure named by a 等 list counts the head noun after 等, not the item a key was read from;
* vocabulary: 进厅部门 (hall departments), 成功调处 (disputes mediated successfully), consultations of the public
  at a law-publicity event (接受群众咨询, under a 普法 heading);
* LABELING 1: a change statement takes no key; the key of what it changes is its ``base_key``.
"""

import pytest

from _sentences import fig, sentence_report


def report(sentence: str, heading: str = "（二）深化“放管服”改革"):
    return sentence_report(sentence, heading, title="青岚县2032年法治政府建设年度报告", year=2032,
                           weakness="个别单位审核流程不够规范。")


def key(sentence: str, raw: str, heading: str = "（二）深化“放管服”改革"):
    f = fig(report(sentence, heading), raw)
    return f["key"], f["name"], f["key_basis"]


# ------------------------------------------------------------------------------ two acts on one object
@pytest.mark.parametrize(("sentence", "raw"), [
    ("截至年底，办理办结各类政务服务事项38.6万件，网上可办率达98%。", "38.6万件"),
    ("打造便民服务圈，街道受理办理政务服务事项达到126项。", "126项"),
    ("建立动态调整机制，督促县直部门认领、调整权责事项318项。", "318项"),
])
def test_a_figure_of_two_acts_on_one_object_takes_no_key(sentence, raw):
    assert key(sentence, raw)[0] is None, key(sentence, raw)


@pytest.mark.parametrize(("sentence", "raw", "want"), [
    # one act: the key stays
    ("全年办理各类政务服务事项38.6万件。", "38.6万件", "approval.cases_handled"),
    ("建立动态调整机制，调整权责事项318项。", "318项", "approval.power_items_adjusted"),
    # the key covers both acts: its definition names 取消、下放、变更 as adjustments
    ("全年取消、下放和调整县级行政权力事项57项。", "57项", "approval.power_items_adjusted"),
    # a list is made, not acted on: 梳理公布 names the list
    ("全县梳理公布政务服务事项1,318项。", "1,318项", "approval.service_items"),
])
def test_one_act_or_a_key_covering_both_acts_keeps_its_key(sentence, raw, want):
    assert key(sentence, raw)[0] == want, key(sentence, raw)


# ------------------------------------------------------------------------------ filings are not inspections
@pytest.mark.parametrize(("sentence", "raw"), [
    ("推广行政检查备案管理系统，全县行政检查执法报备4216次。", "4216次"),
    ("梳理县级行政许可事项210项，推进行政检查执法备案3391次。", "3391次"),
])
def test_filings_of_inspections_are_not_inspections(sentence, raw):
    assert key(sentence, raw, "（三）严格规范公正文明执法")[0] is None


def test_an_inspection_count_stays_an_inspection():
    assert key("全县行政执法部门开展行政检查2108次。", "2108次", "（三）严格规范公正文明执法")[0] == \
        "enforcement.inspections"


# ------------------------------------------------------------------------------ public consultation
def test_opinions_sought_by_the_counsel_are_no_public_consultation():
    k = key("法律顾问审核合同12份、征求意见41件，出具法律意见书3份。", "41件", "（四）推进依法科学民主决策")
    assert k[0] != "decisions.public_consultations", k


@pytest.mark.parametrize("sentence", ["重大行政决策草案向社会公开征求意见7次。", "全年公开征求意见7次。"])
def test_a_public_consultation_keeps_its_key(sentence):
    assert key(sentence, "7次", "（四）推进依法科学民主决策")[0] == "decisions.public_consultations"


# ------------------------------------------------------------------------------ intermediary services
def test_intermediary_service_items_are_not_government_service_items():
    assert key("清理市本级审批前置中介服务事项64项。", "64项")[0] is None
    assert key("县本级政务服务事项共1188项。", "1188项")[0] == "approval.service_items"


# ------------------------------------------------------------------------------ 等 list: the head decides
@pytest.mark.parametrize(("sentence", "raw", "heading"), [
    ("围绕项目落地，提供合同审查、风险研判及法律咨询等专项法律服务共计7次。", "7次", "（五）完善公共法律服务"),
    ("深入村组开展法律咨询、矛盾调解等志愿服务活动9次。", "9次", "（五）完善公共法律服务"),
])
def test_a_key_read_from_one_item_of_a_etc_list_is_withheld(sentence, raw, heading):
    assert key(sentence, raw, heading)[0] is None, key(sentence, raw, heading)


def test_a_etc_list_whose_head_is_the_keys_noun_keeps_it():
    k = key("依法审查县政府行政协议、采购合同等合同46份。", "46份", "（四）推进依法科学民主决策")
    assert k[0] == "decisions.contracts_reviewed", k


# ------------------------------------------------------------------------------ vocabulary
def test_hall_departments_named_with_jin_ting():
    assert key("目前，明确进厅部门27个，县本级政务服务事项1188项。", "27个")[0] == "approval.hall_departments"


def test_cheng_gong_tiao_chu_is_mediated_successfully():
    k = key("全县人民调解组织共受理矛盾纠纷2310宗，成功调处2288宗。", "2288宗", "（六）化解矛盾纠纷")
    assert k[0] == "mediation.succeeded", k


@pytest.mark.parametrize(("sentence", "raw"), [
    ("发放宣传资料2100余份、接受群众现场咨询260余人次。", "260余人次"),
    ("发放各类法治宣传单1800余份，接受群众咨询320余人。", "320余人"),
])
def test_consultations_at_a_law_publicity_event_are_legal_consultations(sentence, raw):
    assert key(sentence, raw, "（七）深入开展普法宣传")[0] == "legal_aid.consultations"


def test_consultations_outside_law_publicity_take_no_legal_key():
    assert key("窗口接受群众现场咨询260余人次。", "260余人次", "（二）优化营商环境")[0] is None


# ------------------------------------------------------------------------------ LABELING 1: changes
def test_a_change_takes_no_key_but_its_base_key():
    r = report("全年行政复议案件收案212件，同比增长3.41%。", "（六）化解矛盾纠纷")
    level, change = fig(r, "212件"), fig(r, "增长3.41%")
    assert level["key"] == "reconsideration.received"
    assert change["key"] is None and change["base_key"] == "reconsideration.received"
    assert level["base_key"] is None


def test_a_time_limit_cut_keeps_its_key_as_a_change():
    f = fig(report("县级政务服务事项审批时限压缩61%。"), "压缩61%")
    assert f["key"] == "approval.time_limit_cut_rate" and f["base_key"] is None, f


# ------------------------------------------------------------------------------ siblings: general count, level split
def test_the_general_count_keeps_its_key_beside_its_sub_type():
    r = report("录入政务服务事项1020项，开通网办事项986项，开通乡镇和街道网办事项612项。")
    assert fig(r, "986项")["key"] == "approval.items_online"
    assert fig(r, "612项")["key"] is None  # the sub-type: the sibling's name with a modifier of its own


@pytest.mark.parametrize("raw", ["45个", "512个"])
def test_a_split_by_level_without_a_total_keeps_the_key(raw):
    r = report("创建国家级民主法治示范村（社区）45个、市级民主法治示范村（社区）512个。", "（八）推进基层依法治理")
    assert fig(r, raw)["key"] == "leadership.demonstration_sites"


@pytest.mark.parametrize("raw", ["806项", "719项"])
def test_a_split_by_kind_stays_without_key(raw):
    assert key("梳理出自然人服务事项806项、法人服务事项719项。", raw)[0] is None


@pytest.mark.parametrize("raw", ["21项", "87项"])
def test_a_split_by_recipient_without_a_total_keeps_the_key(raw):
    assert key("规范向县经济开发区精准赋权21项，向乡镇精准赋权87项。", raw)[0] == "approval.items_delegated"


# ------------------------------------------------------------------------------ delegation with the recipient between
@pytest.mark.parametrize(("sentence", "raw"), [
    ("赋予县经济开发区实施四类58项县级行政许可等权限。", "58项"),  # the 等 list's head, 权限, is what is delegated
    ("赋予全县12个中心镇64项县级经济社会管理事项权限。", "64项"),
    ("组建镇街综合执法队，318项县级行政处罚权及行政强制权下放镇街。", "318项"),
])
def test_a_delegation_with_the_recipient_between_verb_and_object(sentence, raw):
    assert key(sentence, raw)[0] == "approval.items_delegated", key(sentence, raw)


def test_a_count_of_recipients_is_not_the_items_delegated():
    assert key("赋予全县12个中心镇64项县级经济社会管理事项权限。", "12个")[0] is None


# ------------------------------------------------------------------------------ enforcement vocabulary
def test_double_random_supervision_is_a_random_inspection():
    k = key("全年共对512家各类机构开展双随机监督，任务完成率97%。", "512家", "（三）严格规范公正文明执法")
    assert k[0] == "enforcement.random_inspections", k


def test_cases_recorded_over_their_whole_process_are_not_the_case_count():
    s = "严格落实行政执法“三项制度”，全过程记录执法案件17起，全年办理行政执法案件96起。"
    assert key(s, "17起", "（三）严格规范公正文明执法")[0] is None
    assert key(s, "96起", "（三）严格规范公正文明执法")[0] == "enforcement.cases"
