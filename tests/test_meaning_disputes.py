"""Keys, names, roles and checks on report-length synthetic look-alikes of reconsideration and litigation paragraphs."""

from pathlib import Path

import pandas as pd
import pytest

import fazhi_analysis as fz
from _sentences import fig, sentence_report

MEANING = Path(__file__).resolve().parent / "fixtures" / "meaning"


def load(name: str):
    return fz.load_report(MEANING / name)


def status(r) -> pd.Series:
    return r.checks.set_index("check_id")["status"]


# ---------------------------------------------------------------------------------------------- county government
@pytest.fixture(scope="module")
def county():
    return load("county_disputes_2023.txt")


@pytest.mark.parametrize(("raw", "nth", "key"), [
    ("87件", 0, "reconsideration.received"),
    ("79件", 0, "reconsideration.accepted"),
    ("5件", 0, "reconsideration.rejected"),
    ("3件", 0, "reconsideration.referred"),  # 告知: referred elsewhere
    ("4件", 0, "reconsideration.carried_over"),
    ("76件", 0, "reconsideration.concluded"),
    ("41件", 0, "reconsideration.upheld"),
    ("9件", 0, "reconsideration.dismissed"),
    ("6件", 0, "reconsideration.revoked"),
    ("4件", 1, "reconsideration.confirmed_illegal"),
    ("2件", 0, "reconsideration.ordered_to_perform"),
    ("1件", 0, "reconsideration.altered"),
    ("8件", 0, "reconsideration.settled"),  # 调解和解结案 after 行政复议: not a people's mediation
    ("5件", 1, "reconsideration.terminated"),
    ("17.11%", 0, "reconsideration.correction_rate"),
    ("7件", 0, "reconsideration.pending"),  # its own sentence: the family of the sentence before
    ("17.1%", 0, "reconsideration.mediated_withdrawal_rate"),
    ("增长21.6%", 0, None),  # a change is not the indicator (LABELING 1): what it names is its base_key
    ("112件", 0, "litigation.cases"),
    ("98件", 0, "litigation.concluded"),
    ("61件", 0, "litigation.claims_dismissed"),
    ("19件", 0, "litigation.withdrawn"),
    ("8件", 1, "litigation.lost"),
    ("8.16%", 0, "litigation.loss_rate"),
    ("93件次", 0, "litigation.head_appearances"),
    ("100%", 0, "litigation.head_appearance_rate"),
    ("23件", 0, "litigation.cases"),
    ("199件", 0, None),  # 行政复议和行政诉讼案件: a combined count of two families
    ("15%以内", 0, None),  # a target in the plans
])
def test_county_keys(county, raw, nth, key):
    f = fig(county, raw, nth)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


def test_county_names_roles_and_checks(county):
    assert fig(county, "4件", 1)["name"] == "确认违法"  # 确认 is part of the outcome, not a leading verb
    assert fig(county, "增长21.6%")["role"] == "change"
    assert fig(county, "增长21.6%")["base_key"] == "reconsideration.accepted"  # a change with no figure before it
    assert fig(county, "15%以内")["role"] == "target"
    concluded = fig(county, "76件")
    assert concluded["role"] == "total"
    assert fig(county, "8件")["part_of"] == concluded["indicator_id"]
    st = status(county)
    assert st["reconsideration.intake_sum"] == "pass"  # 87 = 79 + 5 + 3 (告知)
    assert st[f"disputes.breakdown_sum@{concluded['indicator_id']}"] == "pass"


def test_intake_with_referrals_fails_when_it_does_not_add_up(tmp_path):
    text = (MEANING / "county_disputes_2023.txt").read_text(encoding="utf-8").replace("告知3件", "告知4件")
    path = tmp_path / "county.txt"
    path.write_text(text, encoding="utf-8")
    assert status(fz.load_report(path))["reconsideration.intake_sum"] == "fail"


# ---------------------------------------------------------------------------------------------- city justice bureau
@pytest.fixture(scope="module")
def city():
    return load("city_justice_disputes_2022.txt")


@pytest.mark.parametrize(("raw", "key"), [
    ("138宗", "reconsideration.cases"),  # 办理行政复议案件: all cases handled
    ("12宗", "reconsideration.carried_over"),
    ("131宗", "reconsideration.concluded"),
    ("75宗", "reconsideration.upheld"),  # 作出维持决定: upheld, not 作出…决定 (concluded)
    ("14宗", "reconsideration.dismissed"),
    ("10宗", "reconsideration.revoked"),
    ("7宗", "reconsideration.confirmed_illegal"),
    ("2宗", "reconsideration.ordered_to_perform"),
    ("16%", "reconsideration.correction_rate"),
    ("9宗", "reconsideration.as_respondent"),
    ("58宗", "litigation.cases"),
    ("44宗", "litigation.concluded"),
    ("38宗", "litigation.won"),
    ("5宗", "litigation.mediated_withdrawals"),
    ("2.3%", "litigation.loss_rate"),
    ("11.4%", "litigation.mediated_withdrawal_rate"),
    ("126宗", "reconsideration.received"),
    ("15宗", "reconsideration.rejected"),
    ("111宗", "reconsideration.accepted"),
])
def test_city_keys(city, raw, key):
    f = fig(city, raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


def test_city_names_and_checks(city):
    assert fig(city, "10宗")["name"] == "撤销原行政行为"  # 行为 keeps its 为
    st = status(city)
    total = fig(city, "131宗")
    assert st[f"disputes.breakdown_sum@{total['indicator_id']}"] == "pass"
    # 不受理15宗（其中转送11宗，不予受理3宗，告知处理1宗）: 告知处理 is inside 不受理, not added again
    assert fig(city, "1宗")["part_of"] == fig(city, "15宗")["indicator_id"]
    assert st["reconsideration.intake_sum"] == "pass"


# ---------------------------------------------------------------------------------------------- department
@pytest.fixture(scope="module")
def bureau():
    return load("bureau_disputes_2024.txt")


@pytest.mark.parametrize(("raw", "key"), [
    ("14起", "reconsideration.as_respondent"),
    ("6起", "litigation.as_defendant"),
    ("4起", "litigation.claims_dismissed"),
    ("1起", "litigation.withdrawn"),
    ("2次", None),  # 局主要负责人出庭应诉: a sub-type (正职) with no total stated (LABELING 19)
    ("120余人次", "enforcement.staff_trained"),  # 覆盖执法人员 after a training count
    ("532件", "enforcement.cases"),
    ("7件", "enforcement.criminal_transfers"),
    ("100%", None),  # 参考率、合格率均达: one value shared by two rates
])
def test_bureau_keys(bureau, raw, key):
    f = fig(bureau, raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


def test_bureau_change_of_another_subject(bureau):
    # 罚没款…下降20%: another subject than the figure before it; a change takes no key, what it changes is its base
    f = fig(bureau, "下降20%")
    assert (f["key"], f["base_key"]) == (None, "enforcement.fines_amount"), (f["name"], f["key_basis"])


# ---------------------------------------------------------------------------------------------- change statements
def report(sentence: str):
    return sentence_report(sentence, "（一）其他工作", title="松陵县2021年法治政府建设年度报告", year=2021,
                           weakness="法治宣传教育的针对性还不够强。")


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("12345热线受理群众诉求同比下降3.1%。", "下降3.1%", "hotline.calls"),
    ("行政复议纠错率同比下降2.3个百分点。", "下降2.3个百分点", "reconsideration.correction_rate"),
    ("行政机关负责人出庭应诉率同比提高5%。", "提高5%", None),  # a rate's % change: relative or points
    ("全县办理政务服务事项同比增长12%。", "增长12%", None),  # 件 and 项 name different keys: none
    ("人民调解组织调解矛盾纠纷较上年增加120件。", "增加120件", "mediation.cases"),
    ("全年受理行政复议案件56件，较上年减少12件。", "减少12件", "reconsideration.accepted"),  # linked
    ("全年立案查处违法案件480件，罚没款较上年下降9%。", "下降9%", "enforcement.fines_amount"),
    ("全年立案查处违法案件480件，较上年下降9%。", "下降9%", "enforcement.cases"),
])
def test_change_statements(sentence, raw, key):
    f = fig(report(sentence), raw)
    assert f["role"] == "change"
    # a change is not the indicator (LABELING 1): no key; the key of what it changes is its base_key
    assert (f["key"], f["base_key"]) == (None, key), (f["name"], f["key"], f["base_key"], f["key_basis"])
