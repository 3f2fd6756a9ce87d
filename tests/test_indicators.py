"""Tests for the classification stage: catalog keys and categories (invented wording and figures)."""

from __future__ import annotations

import pandas as pd
import pytest

from fazhi_analysis import schema
from fazhi_analysis.indicators import catalog, categories, classify, families, validate_catalog

from conftest import REQUIRED_KEYS

# ---------------------------------------------------------------------------------------------- fixtures
# section ids of the tiny heading tree below
TOP, DISPUTES, RECON, AUDIT, FUNCS, OPEN, OTHER, EMPTY = 1, 2, 3, 4, 5, 6, 7, 8
SECTIONS = pd.DataFrame(
    [
        (TOP, None, 1, "一、", "2020年法治政府建设工作情况"),
        (DISPUTES, TOP, 2, "（一）", "依法有效化解社会矛盾纠纷"),
        (RECON, DISPUTES, 3, "1.", "加强行政复议工作"),
        (AUDIT, TOP, 2, "（二）", "强化审计监督"),
        (FUNCS, TOP, 2, "（三）", "深化“放管服”改革"),
        (OPEN, TOP, 2, "（四）", "推进政务公开"),
        (OTHER, FUNCS, 3, "1.", "其他工作"),
        (EMPTY, None, 1, "二、", None),
    ],
    columns=["section_id", "parent_id", "level", "marker", "heading"],
).assign(start=0, end=10, part="achievements").astype(
    {"section_id": "Int64", "parent_id": "Int64", "level": "Int64", "start": "Int64", "end": "Int64"})


def fig(before: str = "", after: str = "", unit: str = "件", measure: str = "level", *, section=TOP,
        sentence: str | None = None, clause: str | None = None, raw: str | None = None) -> dict:
    """One figure row as the quantities stage produces it; clause and sentence default to the label."""
    raw = raw or (f"增长12{unit}" if measure == "change" else f"第3{unit}" if measure == "rank" else f"12{unit}")
    clause = before + raw + after if clause is None else clause
    return {"indicator_id": 1, "section_id": section, "paragraph_id": 1, "name": before or after or None,
            "measure": measure, "value": 12.0, "value_high": None, "unit": unit, "qualifier": "exact",
            "direction": "increase" if measure == "change" else None, "raw": raw, "start": 0,
            "end": len(raw), "sentence": clause + "。" if sentence is None else sentence,
            "before": before, "after": after, "clause": clause}


def frame(*rows: dict) -> pd.DataFrame:
    df = pd.DataFrame(list(rows))
    df["indicator_id"] = range(1, len(df) + 1)
    return df.astype({"section_id": "Int64", "value_high": "Float64"})


def run(*rows: dict, sections: pd.DataFrame = SECTIONS) -> pd.DataFrame:
    return classify(frame(*rows), sections)


def key_of(row: dict, sections: pd.DataFrame = SECTIONS):
    k = run(row, sections=sections)["key"].iloc[0]
    return None if pd.isna(k) else k


def category_of(row: dict, sections: pd.DataFrame = SECTIONS):
    c = run(row, sections=sections)["category"].iloc[0]
    return None if pd.isna(c) else c


# the list plus the keys the checks rely on
REQUIRED = sorted(REQUIRED_KEYS | {"reconsideration.terminated", "litigation.lost", "litigation.loss_rate",
                                   "litigation.head_appearances"})

# key -> figures that must get it; each key has at least two differently worded cases
CASES: dict[str, list[dict]] = {
    "approval.cases_handled": [
        fig("全年共办理各类政务服务事项", section=FUNCS, sentence="政务服务中心全年共办理各类政务服务事项12件。"),
        fig("全年受理审批业务"),
        fig("全年办理", "政务服务事项", sentence="审批服务窗口全年办理12件政务服务事项。"),
    ],
    "approval.items_in_hall": [
        fig("进驻大厅的政务服务事项", unit="项"),
        fig("", "政务服务事项全部进驻大厅", unit="项"),
    ],
    "approval.hall_entry_rate": [fig("事项进驻率达", unit="%"), fig("窗口事项入驻率", unit="%")],
    "approval.items_online": [fig("全县可网上办理事项", unit="项"), fig("", "事项实现全程网办", unit="项")],
    "normative_docs.issued": [
        fig("全年县政府制发规范性文件"),
        fig("出台", "行政规范性文件", unit="份"),
        fig("全年印发行政规范性文件", unit="份"),
    ],
    "enforcement.case_file_problems": [
        fig("发现问题", unit="个", sentence="组织开展案卷评查，发现问题12个。"),
        fig("查找出各类问题", unit="条", sentence="通过行政执法案卷评查查找出各类问题12条。"),
    ],
    "reconsideration.carried_over": [
        fig("上年结转行政复议案件"),
        fig("往年结转", section=RECON),
    ],
    "reconsideration.received": [
        fig("全年新收行政复议申请"),
        fig("共收到", "行政复议申请"),
        fig("复议机关全年共接收复议申请"),
    ],
    "reconsideration.accepted": [fig("依法受理", section=RECON), fig("受理行政复议案件")],
    "reconsideration.rejected": [
        fig("不予受理", section=RECON),
        fig("对不符合受理条件的申请决定不予受理", sentence="复议机关对不符合受理条件的申请决定不予受理12件。"),
    ],
    "reconsideration.concluded": [fig("全年共审结行政复议案件"), fig("已办结", section=RECON)],
    "reconsideration.upheld": [fig("其中维持", section=RECON), fig("决定维持原行政行为", section=RECON)],
    "reconsideration.dismissed": [fig("驳回", section=RECON), fig("驳回复议申请", section=RECON)],
    "reconsideration.corrected": [
        fig("确认违法等纠错", section=RECON, clause="撤销、变更或确认违法等纠错12件"),
        fig("直接纠错", section=RECON),
    ],
    "reconsideration.terminated": [fig("终止", section=RECON), fig("决定终止审理", section=RECON)],
    "reconsideration.correction_rate": [fig("纠错率为", unit="%"), fig("行政复议直接纠错率", unit="%")],
    "litigation.cases": [fig("全年以县政府为被告的一审行政诉讼案件"), fig("新收行政应诉案件", unit="起")],
    "litigation.lost": [fig("行政机关败诉"), fig("一审败诉", sentence="行政诉讼一审败诉12件。")],
    "litigation.loss_rate": [fig("败诉率", unit="%"), fig("一审败诉率为", unit="%")],
    "litigation.head_appearances": [
        fig("行政机关负责人出庭应诉"),
        fig("各级行政机关负责人出庭", unit="次"),  # (主要负责人出庭 alone is a sub-type: LABELING 19)
    ],
    "litigation.head_appearance_rate": [fig("出庭应诉率", unit="%"), fig("负责人出庭率达", unit="%")],
    "mediation.cases": [
        fig("全年共调解各类矛盾纠纷"),
        fig("人民调解组织受理纠纷", unit="起"),
    ],
    "mediation.succeeded": [
        fig("调解成功", sentence="调解纠纷100件，调解成功12件。"),
        fig("成功化解", unit="起", sentence="排查矛盾纠纷100起，成功化解12起。"),
    ],
    "mediation.success_rate": [
        fig("调解成功率", unit="%"),
        fig("化解成功率达", unit="%", sentence="矛盾纠纷化解成功率达12%。"),
    ],
    "oversight.npc_suggestions": [
        fig("全年共承办县人大代表建议"),
        fig("办理代表建议", unit="条"),
    ],
    "oversight.cppcc_proposals": [
        fig("县政协委员提案"),
        fig("办理提案", sentence="办理政协委员的提案12件。"),
    ],
    "audit.projects": [fig("全年共完成审计项目", unit="个"), fig("实施审计", unit="项")],
    "audit.budget_execution": [fig("其中预算执行审计", unit="个"), fig("财政预算执行情况审计", unit="个")],
    "audit.economic_responsibility": [fig("经济责任审计", unit="个"), fig("领导干部离任审计", unit="个")],
    "audit.government_investment": [fig("政府投资审计", unit="个"), fig("竣工决算审计", unit="个")],
    "audit.village": [fig("村级审计", unit="个"), fig("村干部经济责任审计", unit="个")],
    "audit.special_investigation": [fig("专项审计调查", unit="个"), fig("开展审计调查", unit="项")],
    "audit.policy_tracking": [fig("政策跟踪审计", unit="个"), fig("重大政策措施落实情况跟踪审计", unit="个")],
    "hotline.calls": [
        fig("12345热线受理群众诉求"),
        fig("全年共受理群众来电诉求", sentence="畅通12345市民热线，全年共受理群众来电诉求12件。"),
    ],
    "hotline.satisfaction_rate": [
        fig("群众满意率达", unit="%", sentence="12345热线群众满意率达12%。"),
        fig("回访满意率", unit="%", section=OPEN, sentence="政务服务便民热线回访满意率12%。"),
    ],
    "disclosure.requests": [fig("受理依申请公开政府信息"), fig("收到政府信息公开申请")],
}


# ---------------------------------------------------------------------------------------------- keys
@pytest.mark.parametrize("key", REQUIRED)
def test_required_key_is_assigned_from_several_phrasings(key):
    cases = CASES[key]
    labels = {c["before"] + "|" + c["after"] for c in cases}
    assert len(labels) >= 2, f"{key}: needs two differently worded cases"
    got = run(*cases)["key"].tolist()
    assert got == [key] * len(cases), f"{key}: {[c['before'] or c['after'] for c in cases]} -> {got}"


def test_every_required_key_has_cases():
    assert sorted(CASES) == sorted(REQUIRED)


def test_more_specific_phrasing_wins():
    assert key_of(fig("不予受理", section=RECON)) == "reconsideration.rejected"
    assert key_of(fig("依法受理", section=RECON)) == "reconsideration.accepted"
    assert key_of(fig("不予受理行政复议申请")) == "reconsideration.rejected"
    assert key_of(fig("受理行政复议申请")) == "reconsideration.accepted"
    # the label nearest the figure wins over a longer one further away
    assert key_of(fig("受理的行政复议案件中维持")) == "reconsideration.upheld"
    # a longer match wins at the same distance
    assert key_of(fig("审结行政诉讼案件")) == "litigation.concluded"
    assert key_of(fig("行政诉讼案件")) == "litigation.cases"


def test_label_before_the_figure_beats_label_after_it():
    # 12个部门95项政务服务事项划转: 95项 follows 部门, its own label is after it
    row = fig("部门", "政务服务事项划转", unit="项", clause="将12个部门95项政务服务事项划转")
    assert key_of(row) == "approval.items_transferred"
    row = fig("将", "部门", unit="个", clause="将12个部门95项政务服务事项划转")
    assert key_of(row) == "approval.departments_transferred"
    # a word far into the text after the figure is a predicate, not its label
    assert key_of(fig("聘请", "高校法学专家组成政府法律顾问团", unit="名")) is None
    assert key_of(fig("聘请", "法律顾问", unit="名")) == "decisions.legal_counsel"


def test_figure_slot_phrasing_needs_both_sides():
    assert key_of(fig("出台", "规范性文件")) == "normative_docs.issued"
    assert key_of(fig("出台", "")) is None
    assert key_of(fig("", "规范性文件")) is None


def test_vague_labels_give_na():
    # "各类事项" at a service centre: not clearly government-service cases
    assert key_of(fig("全年办理各类事项", sentence="镇便民服务中心全年办理各类事项12件。")) is None
    assert key_of(fig("全年办理各类政务服务事项", sentence="镇便民服务中心全年办理各类政务服务事项12件。")) == \
        "approval.cases_handled"
    # 部门 alone is a label only where powers are being transferred
    assert key_of(fig("推动", "部门", unit="个", sentence="推动12个部门下沉服务。")) is None


def test_ambiguous_cases_give_na():
    # 审结 with both 复议 and 诉讼 in the sentence: reconsideration or litigation, same phrasing
    assert key_of(fig("审结", sentence="行政复议和行政诉讼案件审结12件。")) is None
    # 满意率 with both a hotline and NPC suggestions in the sentence
    row = fig("满意率", unit="%", sentence="12345热线和人大代表建议办理满意率12%。")
    assert key_of(row) is None
    # with one context only, each gets its key
    assert key_of(fig("满意率", unit="%", sentence="12345热线满意率12%。")) == "hotline.satisfaction_rate"
    assert key_of(fig("满意率", unit="%", sentence="人大代表建议办理满意率12%。")) == \
        "oversight.suggestion_satisfaction_rate"
    # no label at all
    assert key_of(fig("", "")) is None
    assert key_of(fig("全年", "")) is None


def test_wrong_unit_gives_na():
    assert key_of(fig("纠错率为", unit="%")) == "reconsideration.correction_rate"
    assert key_of(fig("纠错率为", unit="件")) is None
    assert key_of(fig("纠错", section=RECON, unit="%")) is None
    assert key_of(fig("受理行政复议案件", unit="%")) is None
    assert key_of(fig("调解成功", unit="%")) is None
    assert key_of(fig("全年共完成审计项目", unit="元")) is None
    assert key_of(fig("全年共完成审计项目", unit="个")) == "audit.projects"


def test_percent_figure_never_gets_a_count_key():
    labels = [c["before"] or c["after"] for cases in CASES.values() for c in cases if c["unit"] != "%"]
    rows = [fig(lab, unit="%", sentence=f"行政复议、诉讼、调解、审计、12345热线、政务公开、人大代表、政协委员、"
                                      f"评查、大厅进驻：{lab}12%。") for lab in labels]
    got = run(*rows)["key"].dropna().tolist()
    cat = catalog().set_index("key")
    assert all("%" in cat.loc[k, "unit"].split("|") for k in got), got


def test_changes_and_ranks_do_not_get_level_keys():
    assert key_of(fig("受理行政复议案件")) == "reconsideration.accepted"
    # a change with no figure before it in its sentence describes the thing its words name (issue 9): that key
    # is its base_key; the change itself is not the indicator (LABELING rule 1)
    assert key_of(fig("受理行政复议案件", measure="change")) is None
    assert run(fig("受理行政复议案件", measure="change"))["base_key"].tolist() == [
        "reconsideration.accepted"]
    assert key_of(fig("受理行政复议案件", measure="rank", unit="名")) is None
    assert key_of(fig("纠错率", unit="%", measure="change")) is None
    # a rank key only for ranks
    sentence = "在全市法治政府建设考核中位列第3名。"
    assert key_of(fig("位列", unit="名", measure="rank", sentence=sentence)) == "leadership.assessment_rank"
    assert key_of(fig("位列", unit="名", measure="level", sentence=sentence)) is None
    # a change key only for changes
    row = fig("审批时限平均", unit="%", measure="change", raw="压缩12%", sentence="审批时限平均压缩12%。")
    assert key_of(row) == "approval.time_limit_cut_rate"
    assert key_of({**row, "measure": "level"}) is None


def test_context_from_heading_or_sentence():
    assert key_of(fig("维持", section=RECON)) == "reconsideration.upheld"  # 复议 in the heading
    assert key_of(fig("维持", section=DISPUTES)) is None  # no 复议 anywhere
    assert key_of(fig("维持", section=DISPUTES, sentence="在审结的复议案件中，维持12件。")) == \
        "reconsideration.upheld"
    assert key_of(fig("维持", section=AUDIT, sentence="维持12件。")) is None
    # an outer heading counts too
    inner = pd.DataFrame({"section_id": [1, 2], "parent_id": [pd.NA, 1], "heading": ["行政复议", "办案质量"]})
    assert key_of(fig("驳回", section=2), sections=inner) == "reconsideration.dismissed"


def test_sentence_context_beats_heading_context():
    secs = pd.DataFrame({"section_id": [1, 2], "parent_id": [pd.NA, 1],
                         "heading": ["统筹推进行政复议和行政应诉", "办案工作"]})
    row = fig("审结", section=2, clause="审结12件", sentence="全年新收行政复议申请12件，审结12件。")
    assert key_of(row, sections=secs) == "reconsideration.concluded"
    row = fig("审结", section=2, clause="审结12件", sentence="全年新收行政诉讼案件12件，审结12件。")
    assert key_of(row, sections=secs) == "litigation.concluded"
    # both contexts only in the headings: undecided
    assert key_of(fig("审结", section=2, sentence="审结12件。"), sections=secs) is None


def table_row(label: str, unit: str = "件", section=EMPTY) -> dict:
    line = f"{label}\t12{unit}"
    return fig(label + "\t", unit=unit, section=section, clause=line, sentence=line)


def test_table_rows_continue_the_topic_of_the_row_above():
    rows = [table_row("新收行政复议申请"), table_row("受理"), table_row("维持"), table_row("驳回"),
            table_row("纠错率", "%"), table_row("行政诉讼案件"), table_row("审结"),
            table_row("12345热线受理诉求"), table_row("热线群众满意率", "%")]
    assert run(*rows)["key"].tolist() == [
        "reconsideration.received", "reconsideration.accepted", "reconsideration.upheld",
        "reconsideration.dismissed", "reconsideration.correction_rate", "litigation.cases",
        "litigation.concluded", "hotline.calls", "hotline.satisfaction_rate"]
    # no topic without a keyed row above, in another section, or in running prose
    assert key_of(table_row("维持")) is None
    assert run(table_row("新收行政复议申请", section=AUDIT), table_row("维持"))["key"].isna().tolist() == \
        [False, True]
    prose = fig("维持", clause="维持12件", sentence="维持12件，效果良好。", section=EMPTY)
    assert run(table_row("新收行政复议申请"), prose)["key"].isna().tolist() == [False, True]


def test_other_hotlines_are_not_the_12345_hotline():
    assert key_of(fig("12345政务服务便民热线受理群众诉求")) == "hotline.calls"
    assert key_of(fig("12315投诉举报热线全年受理消费者投诉举报")) is None
    assert key_of(fig("满意率", unit="%", sentence="12348公共法律服务热线全年接听来电1万件，满意率12%。")) is None


def test_per_unit_figures_are_not_totals():
    sentence = "推进双随机抽查，全年抽查市场主体12家。"
    # (a 抽查 count after 双随机 named earlier in its sentence is a count of the random checks)
    assert key_of(fig("全年抽查市场主体", unit="家", sentence=sentence)) == "enforcement.random_inspections"
    sentence = "推进双随机抽查，每次抽查随机抽取12家企业。"
    assert key_of(fig("每次抽查随机抽取", "企业", unit="家", sentence=sentence)) is None


def test_exclude_words_in_the_clause():
    assert key_of(fig("制定政府规章", unit="件")) == "rules.regulations_issued"
    assert key_of(fig("制定规章制度", unit="件")) is None
    assert key_of(fig("上年受理行政复议案件")) is None
    # the reporting body as respondent or defendant is not its intake: keys of their own
    assert key_of(fig("全年本局被申请行政复议")) == "reconsideration.as_respondent"
    assert key_of(fig("被提起行政诉讼")) == "litigation.as_defendant"
    assert key_of(fig("纠错率", unit="%", clause="纠错率由上年的15%下降到12%")) is None
    # the exclude word elsewhere in the clause counts (another figure's label) ...
    assert key_of(fig("审结", section=RECON, clause="上年受理12件、审结12件")) is None
    # ... but not inside a parenthesised aside about another figure
    row = fig("全年收到行政复议申请", clause="全年收到行政复议申请12件（含上年受理未结的3件）")
    assert key_of(row) == "reconsideration.received"
    # inside its own aside the exclude word still counts
    row = fig("含上年受理的", raw="3件", clause="全年收到行政复议申请12件（含上年受理的3件）")
    assert key_of(row) is None
    row = fig("含上年受理未结的", raw="3件", clause="全年收到行政复议申请12件（含上年受理未结的3件）")
    assert key_of(row) == "reconsideration.carried_over"


def test_carried_over_in_brackets_is_not_intake():
    clause = "收到行政复议申请120件（含上年结转5件）"
    got = run(fig("收到行政复议申请", raw="120件", clause=clause),
              fig("含上年结转", raw="5件", clause=clause))["key"].tolist()
    assert got == ["reconsideration.received", "reconsideration.carried_over"]


# ---------------------------------------------------------------------------------------------- categories
def test_key_decides_the_category():
    # keywords alone would say enforcement (行政执法 outweighs 培训); the key says capacity
    row = fig("举办行政执法人员专题培训班", unit="期")
    out = run(row)
    assert out["key"].iloc[0] == "capacity.training_sessions"
    assert out["category"].iloc[0] == "capacity"
    assert category_of(fig("举办行政执法人员专题座谈", unit="期")) == "enforcement"


def test_category_order_label_clause_headings_sentence():
    # 台 has no catalog key, so only keywords decide
    # the figure's own label beats clause, heading and sentence
    assert category_of(fig("行政复议窗口配备电脑", unit="台", section=OPEN,
                           sentence="政务公开专区和行政复议窗口配备电脑12台。")) == "disputes"
    # the clause beats the heading
    assert category_of(fig("配备", "电脑", unit="台", section=RECON, clause="为审计组配备12台电脑")) == "oversight"
    # the innermost heading beats outer headings
    assert category_of(fig("配备", "电脑", unit="台", section=RECON)) == "disputes"
    # an outer heading when the inner one has no keyword
    assert category_of(fig("配备", "电脑", unit="台", section=OTHER)) == "functions"
    # the sentence last
    assert category_of(fig("配备", "电脑", unit="台", section=EMPTY, sentence="为便民服务窗口配备电脑12台。")) \
        == "functions"
    assert category_of(fig("配备", "电脑", unit="台", section=TOP, sentence="配备电脑12台。")) is None
    assert category_of(fig("配备", "电脑", unit="台", section=None, sentence="配备电脑12台。")) is None


def test_category_tie_goes_to_next_level_among_the_tied():
    # 执法 (enforcement) and 培训 (capacity) tie in the label
    row = dict(before="执法培训", after="", unit="台")
    assert category_of(fig(**row, section=EMPTY)) is None
    tied = pd.DataFrame({"section_id": [1, 2], "parent_id": [pd.NA, pd.NA],
                         "heading": ["加强法治宣传教育", "强化审计监督"]})
    assert category_of(fig(**row, section=1), sections=tied) == "capacity"
    # a heading naming a third category does not break the tie
    assert category_of(fig(**row, section=2), sections=tied) is None
    # a longer keyword outweighs a shorter one at the same level
    assert category_of(fig("行政执法人员培训", unit="台", section=EMPTY)) == "enforcement"


def test_nested_keyword_counts_once():
    # 一网通办 is digital; its 通办 (functions) is not counted again
    assert category_of(fig("一网通办平台", unit="台", section=EMPTY)) == "digital"
    assert category_of(fig("通办窗口", unit="台", section=EMPTY)) == "functions"


# ---------------------------------------------------------------------------------------------- frame
def test_output_columns_and_dtypes_and_input_untouched():
    df = frame(*CASES["reconsideration.upheld"], fig("配备", "电脑", unit="台", section=TOP, sentence="配备电脑。"))
    before = df.copy()
    out = classify(df, SECTIONS)
    pd.testing.assert_frame_equal(df, before)
    assert list(out.columns) == [c for c in df.columns if c != "name"] + [
        "category", "key", "name", "role", "part_of", "key_basis", "base_key"]
    assert list(out["category"].cat.categories) == list(schema.CATEGORIES)
    assert out["key"].dtype == "string"
    assert out["key"].isna().tolist() == [False, False, True]
    pd.testing.assert_frame_equal(out[[c for c in df.columns if c != "name"]], df.drop(columns="name"))
    # the output fits the indicators table once the context columns are dropped
    schema.enforce(out.drop(columns=["before", "after", "clause"]).assign(doc_id="t"), "indicators")
    assert out["role"].tolist() == ["level", "level", "level"]
    assert out["key_basis"].notna().tolist() == [True, True, False]


def test_empty_and_missing_values():
    empty = frame(fig("维持")).iloc[:0]
    out = classify(empty, SECTIONS)
    assert len(out) == 0 and {"category", "key"} <= set(out.columns)
    row = fig("维持", section=RECON)
    row.update(unit=None, before=None, after=None, clause=None, sentence=None, section_id=None)
    out = run(row)
    assert out["key"].isna().all() and out["category"].isna().all()
    with pytest.raises(schema.SchemaError):
        classify(frame(fig("维持")).drop(columns=["before"]), SECTIONS)


def test_classify_in_bulk_equals_one_by_one():
    # speed is measured by benchmarks/, not asserted here; a bulk run must not change any single answer
    rows = [c for cases in CASES.values() for c in cases]
    bulk = run(*rows)["key"].tolist()
    single = [key_of(r) for r in rows]
    assert [None if pd.isna(k) else k for k in bulk] == single


# ---------------------------------------------------------------------------------------------- catalog file
def test_catalog_is_valid():
    cat = catalog()
    assert validate_catalog(cat.to_dict("records")) == []
    assert cat["key"].is_unique
    assert len(cat) >= 60
    assert set(cat["category"]) == set(schema.CATEGORIES)
    assert set(REQUIRED) <= set(cat["key"])
    for col in ("label_zh", "label_en", "unit", "phrasings"):
        assert (cat[col].str.len() > 0).all(), col
    for _, r in cat.iterrows():
        assert all(p.strip() for p in r["phrasings"].split("|")), r["key"]
        assert all(u.strip() for u in r["unit"].split("|")), r["key"]
        assert set((r["measure"] or "level").split("|")) <= set(schema.MEASURES), r["key"]


def test_no_phrasing_is_shared_by_two_keys_that_can_compete():
    """A phrasing in two entries is allowed only when context, units or measures tell them apart."""
    seen: dict[str, list[dict]] = {}
    for r in catalog().to_dict("records"):
        for p in r["phrasings"].split("|"):
            seen.setdefault(p, []).append(r)
    clashes = []
    for p, rows in seen.items():
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                same_ctx = set(a["context"].split("|")) == set(b["context"].split("|"))
                units = set(a["unit"].split("|")) & set(b["unit"].split("|"))
                measures = set((a["measure"] or "level").split("|")) & set((b["measure"] or "level").split("|"))
                if same_ctx and units and measures:
                    clashes.append((p, a["key"], b["key"]))
    assert not clashes


def test_validate_catalog_reports_problems():
    good = catalog().to_dict("records")[:2]
    assert validate_catalog(good) == []
    bad = [dict(good[0]), dict(good[0], category="justice"), dict(good[0], key="Bad Key"),
           dict(good[0], unit=""), dict(good[0], phrasings="维持||驳回"), dict(good[0], phrasings="*维持"),
           dict(good[0], phrasings="维"), dict(good[0], measure="total")]
    problems = "\n".join(validate_catalog(bad))
    for word in ("duplicate key", "unknown category", "family.name", "no unit", "empty phrasing",
                 "gap must stand", "two characters", "unknown measure"):
        assert word in problems, word


def test_categories_file():
    cats = categories()
    assert cats["category"].tolist() == list(schema.CATEGORIES)
    assert (cats["label_zh"].str.len() > 0).all() and (cats["label_en"].str.len() > 0).all()
    owner: dict[str, str] = {}
    for c, kws in zip(cats["category"], cats["keywords"]):
        for kw in kws.split("|"):
            assert len(kw) >= 2, kw
            assert owner.setdefault(kw, c) == c, f"{kw} in {owner[kw]} and {c}"


# ---------------------------------------------------------------------------------------------- issue 9 look-alikes
# Synthetic look-alikes of the failure classes found on real reports (places and figures invented).
def report(*paragraphs: str, heading: str = "（一）依法化解行政争议", plans: tuple[str, ...] = ()):
    import fazhi_analysis as fz

    body = "\n".join(paragraphs)
    plan = "\n".join(plans)
    text = (f"松陵县2021年法治政府建设年度报告\n一、2021年法治政府建设主要举措和成效\n{heading}\n{body}\n"
            f"二、存在的不足和原因\n法治宣传教育的针对性还不够强。\n三、2022年工作安排\n{plan or '继续推进依法行政。'}\n")
    return fz.parse_report(text, "issue9")


def fig_at(r, raw: str, nth: int = 0) -> dict:
    rows = r.indicators[r.indicators["raw"] == raw]
    assert len(rows) > nth, f"{raw} not found: {r.indicators['raw'].tolist()}"
    row = rows.iloc[nth]
    return {k: (None if pd.isna(v) else v) for k, v in row.items()}


def test_not_accepted_with_bracketed_breakdown():
    r = report("全年共收到行政复议申请126宗，不受理15宗（其中转送11宗，不予受理3宗，告知处理1宗），受理111宗。")
    total, accepted = fig_at(r, "15宗"), fig_at(r, "111宗")
    assert fig_at(r, "126宗")["key"] == "reconsideration.received"
    assert (total["key"], total["name"], total["role"]) == ("reconsideration.rejected", "不受理", "total")
    assert (accepted["key"], accepted["name"], accepted["role"]) == ("reconsideration.accepted", "受理", "level")
    for raw, name, key in (("11宗", "转送", None), ("3宗", "不予受理", None), ("1宗", "告知处理", "reconsideration.referred")):
        part = fig_at(r, raw)  # a part takes no key of its total's, only one of its own
        assert (part["name"], part["role"], part["part_of"], part["key"]) == (name, "part", total["indicator_id"], key)
    assert "不受理" in total["key_basis"] and "受理" in accepted["key_basis"]
    st = r.checks.set_index("check_id")["status"]
    assert st["reconsideration.intake_sum"] == "pass"
    assert st[f"disputes.breakdown_sum@{total['indicator_id']}"] == "pass"
    assert accepted["part_of"] is None  # the breakdown closed at its parenthesis


@pytest.mark.parametrize("word", ["不受理", "不予受理", "未受理"])
def test_negated_acceptance_is_not_acceptance(word):
    r = report(f"全年共收到行政复议申请40件，依法受理33件，{word}7件。")
    assert fig_at(r, "7件")["key"] == "reconsideration.rejected"
    assert fig_at(r, "33件")["key"] == "reconsideration.accepted"
    assert r.checks.set_index("check_id")["status"]["reconsideration.intake_sum"] == "pass"


def test_head_appearances_with_breakdown():
    r = report("县政府及其部门副职以上行政机关负责人出庭52宗（其中正职29宗，副职23宗），出庭应诉率100%。",
               heading="（一）做好行政应诉工作")
    total = fig_at(r, "52宗")
    assert total["key"] == "litigation.head_appearances"
    assert total["name"] == "县政府及其部门副职以上行政机关负责人出庭" and total["role"] == "total"
    assert [fig_at(r, x)["part_of"] for x in ("29宗", "23宗")] == [total["indicator_id"]] * 2
    assert fig_at(r, "100%")["role"] == "rate"
    assert r.checks.set_index("check_id")["status"][f"disputes.breakdown_sum@{total['indicator_id']}"] == "pass"
    # a wrong part makes the breakdown fail its check
    bad = report("县政府及其部门副职以上行政机关负责人出庭52宗（其中正职29宗，副职25宗）。", heading="（一）做好行政应诉工作")
    st = bad.checks.set_index("check_id")["status"]
    assert st[f"disputes.breakdown_sum@{fig_at(bad, '52宗')['indicator_id']}"] in ("warn", "fail")


def test_number_before_its_noun():
    r = report("县政府全年共办理27宗以县政府为被告的行政诉讼案件，依法出庭应诉。")
    f = fig_at(r, "27宗")
    assert (f["key"], f["name"]) == ("litigation.cases", "以县政府为被告的行政诉讼案件")


def concluded_sentence(corrected: int) -> str:
    return (f"全年新收行政复议申请150件。2021年度审结的131起案件中，维持37件，驳回8件，"
            f"撤销、变更或确认违法等纠错{corrected}件，综合纠错率65.65%。")


def test_concluded_cases_with_qi_feed_outcome_and_rate_checks():
    r = report(concluded_sentence(86), heading="（一）发挥行政复议化解行政争议主渠道作用")
    f = fig_at(r, "131起")
    assert (f["key"], f["name"]) == ("reconsideration.concluded", "审结的案件")
    assert fig_at(r, "86件")["key"] == "reconsideration.corrected"
    assert fig_at(r, "65.65%")["key"] == "reconsideration.correction_rate"
    st = r.checks.set_index("check_id")["status"]
    assert st["reconsideration.outcomes_sum"] == "pass"
    assert st["reconsideration.correction_rate"] == "pass"
    bad = report(concluded_sentence(87), heading="（一）发挥行政复议化解行政争议主渠道作用")
    st = bad.checks.set_index("check_id")["status"]
    assert st["reconsideration.outcomes_sum"] == "fail"
    assert st["reconsideration.correction_rate"] == "fail"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("组织执法人员学习《道路运输违法行为处罚规定》等条例64次。", "64次"),  # a book title
    ("县政府协调解决征地拆迁中的重大问题6次。", "6次"),  # 协调解决 is not 调解
    ("3件行政处罚案卷被市司法局评为优秀案卷。", "3件"),  # an award
    ("对照《法治政府建设示范创建指标体系》一级指标共九项逐项自查。", "九项"),  # words in a title
    ("全县有4名同志通过司法考试。", "4名"),  # the bar exam, not the law exam of officials
    ("本局执法案卷在全市评查中获评优秀案卷2件。", "2件"),  # an honour
    ("教育系统获全市“八五”普法中期先进集体2个。", "2个"),  # an honour
    ("全年审查和备案规范性文件37件。", "37件"),  # a combined count: neither review nor filing alone
])
def test_words_that_are_not_about_the_figure_choose_no_key(sentence, raw):
    r = report(sentence, heading="（一）其他工作")
    assert fig_at(r, raw)["key"] is None


def test_title_words_never_choose_the_key_but_gaps_may_cross_a_title():
    r = report("组织执法人员学习《道路运输违法行为处罚规定》等法律法规64次。", heading="（一）其他工作")
    f = fig_at(r, "64次")
    assert f["key"] != "enforcement.penalties" and "处罚" not in (f["key_basis"] or "")


def test_family_switches_within_a_sentence():
    r = report("全年办理行政复议案件5件，撤销2件，维持3件；行政诉讼案件4件，维持1件，另3件尚未作出判决。",
               heading="（一）其他工作")
    assert fig_at(r, "2件")["key"] == "reconsideration.revoked"
    assert fig_at(r, "3件")["key"] == "reconsideration.upheld"
    assert fig_at(r, "4件")["key"] == "litigation.cases"
    assert fig_at(r, "1件")["key"] is None  # litigation's 维持, not reconsideration's
    assert fig_at(r, "3件", 1)["key"] is None  # not yet decided: no outcome


def test_rows_continue_a_family_only_when_nothing_in_between_names_another():
    rows = ["新收行政复议申请\t30件", "维持\t12件", "信访工作", "化解信访积案\t4件", "维持\t2件"]
    r = report(*rows, heading="（一）主要数据")
    assert fig_at(r, "12件")["key"] == "reconsideration.upheld"
    assert fig_at(r, "4件")["key"] != "petitions.cases"
    assert fig_at(r, "2件")["key"] is None  # the row above is about petitions now
    # a sub-heading row without figures names another family: the rows below follow it
    r = report("新收行政复议申请\t30件", "维持\t12件", "行政诉讼", "新收\t9件", "维持\t5件", heading="（一）主要数据")
    assert fig_at(r, "12件")["key"] == "reconsideration.upheld"
    assert fig_at(r, "5件")["key"] is None  # litigation has no 维持 key; it is not reconsideration's


def test_part_never_takes_its_totals_key():
    r = report("县政府法律顾问全流程审查各类合同1130件，其中镇村合同审查1052件。", heading="（一）强化合同审查")
    total, part = fig_at(r, "1130件"), fig_at(r, "1052件")
    assert total["key"] == "decisions.contracts_reviewed" and total["role"] == "total"
    assert part["key"] is None and part["role"] == "part" and part["part_of"] == total["indicator_id"]


def test_targets_and_prior_year_figures_take_no_current_key():
    r = report("全年受理行政复议案件80件，上年受理行政复议案件64件，力争行政复议纠错率保持在20%以内。",
               plans=("2022年，全县审结行政复议案件目标为90件。",))
    assert fig_at(r, "80件")["key"] == "reconsideration.accepted"
    prior = fig_at(r, "64件")
    assert (prior["role"], prior["key"]) == ("prior_year", None)
    target = fig_at(r, "20%以内")
    assert (target["role"], target["key"]) == ("target", None)
    plan = fig_at(r, "90件")
    assert (plan["role"], plan["key"]) == ("target", None)


def test_change_and_rank_roles_and_their_names():
    r = report("全县办理政务服务事项32万件，同比增长14.5%；在全市营商环境评价中排名第4名，比上年前进3位。",
               heading="（一）优化营商环境")
    change = fig_at(r, "增长14.5%")
    assert change["role"] == "change" and change["name"] == "办理政务服务事项"
    rank_change = fig_at(r, "前进3位")
    assert rank_change["role"] == "change" and rank_change["name"] not in ("比前进", "比", None)


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    ("全镇共享律师资源12名。", "12名", "共享律师资源"),
    ("信访事项及时受理率100%。", "100%", "信访事项及时受理率"),
    ("2021年度审结的44件案件中，维持30件。", "44件", "审结的案件"),
    ("全县共建立人民调解委员会18个。", "18个", "建立人民调解委员会"),
    ("组织全县16个部门开展联合执法。", "16个", "部门"),
    ("对九个重点部门的法治建设工作进行实地督察。", "九个", "重点部门"),
])
def test_names_are_whole_phrases(sentence, raw, name):
    assert fig_at(report(sentence, heading="（一）其他工作"), raw)["name"] == name


def test_listed_names_with_fenbie():
    r = report("全年新收、审结、纠错行政复议案件分别为58件、51件、9件。", heading="（一）行政复议")
    assert [fig_at(r, x)["name"] for x in ("58件", "51件", "9件")] == ["新收", "审结", "纠错行政复议案件"]
    assert fig_at(r, "51件")["key"] == "reconsideration.concluded"


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("全年行政诉讼案件调撤11件，调撤率26.8%。", "11件", "litigation.mediated_withdrawals"),
    ("全年行政诉讼案件调撤11件，调撤率26.8%。", "26.8%", "litigation.mediated_withdrawal_rate"),
    ("行政复议案件调撤率达31.5%。", "31.5%", "reconsideration.mediated_withdrawal_rate"),
    ("本局全年被申请行政复议6件。", "6件", "reconsideration.as_respondent"),
    ("本局全年被诉行政诉讼案件2件。", "2件", "litigation.as_defendant"),
    ("向公安机关移送涉嫌犯罪案件9件。", "9件", "enforcement.criminal_transfers"),
    ("全年作出行政许可决定2360件。", "2360件", "approval.licensing_decisions"),
    ("依法实施查封扣押等行政强制措施47件。", "47件", "enforcement.coercive_measures"),
    ("开展双随机抽查215次。", "215次", "enforcement.random_inspections"),
    ("受理行政执法投诉举报38件。", "38件", "enforcement.complaints"),
    ("执法人员持证上岗率100%。", "100%", "enforcement.certified_rate"),
    ("重大执法决定法制审核率100%。", "100%", "enforcement.legal_review_rate"),
    ("村（社区）法律顾问覆盖率100%。", "100%", "decisions.legal_counsel_coverage"),
    ("梳理公布政务服务事项1420项。", "1420项", "approval.service_items"),
    ("全县行政许可事项共213项。", "213项", "approval.licensing_items"),
    ("动态调整行政权力事项86项。", "86项", "approval.power_items_adjusted"),
    ("企业开办时间压缩至1个工作日。", "1个工作日", "approval.startup_time"),
    ("全年接待群众来访1350人次。", "1350人次", "petitions.visits"),
    ("信访事项按期办结率98.6%。", "98.6%", "petitions.handling_rate"),
    ("公共法律服务中心全年接待群众来访6200人次。", "6200人次", "public_legal.visits"),
    ("组织新任命国家工作人员宪法宣誓56人。", "56人", "capacity.oath_takers"),
    ("8890热线全年受理群众诉求1.3万件。", "1.3万件", "hotline.calls"),
    ("全年召开全面依法治县委员会会议2次。", "2次", "leadership.meetings"),
    ("审查行政规范性文件合法性9件次。", "9件次", "normative_docs.reviewed"),
])
def test_new_catalog_keys(sentence, raw, key):
    assert fig_at(report(sentence, heading="（一）其他工作"), raw)["key"] == key


def test_families_file():
    fams = families()
    assert fams["family"].is_unique
    used = {k.split(".")[0] for k in catalog()["key"]}
    assert used <= set(fams["family"])
    assert (fams["label_zh"].str.len() > 0).all()
    from fazhi_analysis.indicators import validate_families
    bad = [{"family": "litigation", "label_zh": "", "topics": "复议"},
           {"family": "reconsideration", "label_zh": "行政复议", "topics": "复议|议"}]
    problems = "\n".join(validate_families(bad, catalog().to_dict("records")))
    for word in ("label_zh is required", "also a topic", "shorter than two", "is not listed"):
        assert word in problems, word


def test_not_in_words_must_hide_a_phrasing():
    good = catalog().to_dict("records")[:1]
    assert validate_catalog([dict(good[0], not_in="不相干的词")])
    assert validate_catalog([dict(good[0], not_in="")]) == []


def test_labelled_roles_and_names():
    """Where a labelled report gives roles (fixture 12), every figure has that role; its names match too."""
    import fazhi_analysis as fz
    from conftest import labelled_reports, labels

    checked = 0
    for path in labelled_reports():
        lab = labels(path)
        if not any("role" in x for x in lab["figures"]):
            continue
        ind = fz.load_report(path).indicators
        got = [(f.raw, f.role, f.name) for f in ind.itertuples()]
        want = [(x["raw"], x["role"], x["name"]) for x in lab["figures"]]
        assert got == want
        checked += 1
    assert checked >= 1


# ---- failure classes seen on real reports (synthetic look-alikes: invented places and numbers)
@pytest.mark.parametrize(("sentence", "raw"), [
    ("红石县、青岭区申报省级法治政府建设示范县（区），2个项目争创示范项目。", "2个"),  # candidates
    ("党的十九大以来，县局党组会学习习近平法治思想88次。", "88次"),  # a multi-year total
    ("统计2020年5月至2022年4月期间生效合同，经过合法性审查的合同2710件。", "2710件"),  # a period of years
    ("梳理确认我县各类政务服务事项清单26个。", "26个"),  # lists, not items
    ("设立政务服务事项“帮办代办”窗口64个。", "64个"),  # windows, not items
    ("针对年度法治建设考核发现的17个问题，建立整改台账。", "17个"),  # problems, not units assessed
    ("组织开展中心组理论学习扩大会议7次。", "7次"),  # political study without law wording
    ("局党组开展理论学习中心组学习9次。", "9次"),  # ditto, though the heading names 法治
    ("为全镇配备法律顾问1名，村法律顾问11名。", "11名"),  # village counsel: public legal service
    ("镇法律顾问全年参加现场调解8次。", "8次"),  # attending a mediation is not a dispute mediated
    ("37项涉企服务事项实现了“一站式”服务。", "37项"),  # items that achieved something, not the list
    ("组织廉政警示教育、行政执法业务培训等活动4场。", "4场"),  # counts 活动, of which training is one kind
])
def test_real_failure_classes_take_no_key(sentence, raw):
    r = report(sentence, heading="（一）推进法治政府建设")
    f = fig_at(r, raw)
    assert f["key"] is None, (f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("将习近平法治思想纳入党委理论学习中心组学习重点内容，全年组织专题学习5次。", "5次",
     "leadership.study_sessions"),
    ("为全镇配备法律顾问1名，村法律顾问11名。", "1名", "decisions.legal_counsel"),
    ("现保留政务服务事项488项，行政许可事项176项。", "488项", "approval.service_items"),
    ("现保留政务服务事项488项，行政许可事项176项。", "176项", "approval.licensing_items"),
    ("党的十九大以来累计办理复议案件300件；今年审查合同52件。", "52件", "decisions.contracts_reviewed"),
    ("召开依法治市推进会、部署会等全市性会议3次。", "3次", "leadership.meetings"),
])
def test_real_failure_classes_keep_true_keys(sentence, raw, key):
    r = report(sentence, heading="（一）推进法治政府建设")
    assert fig_at(r, raw)["key"] == key


def test_one_network_items_are_not_handled_anywhere():
    r = report("128项税务服务事项实现了“一网通办”“全程网办”。", heading="（一）推进法治政府建设")
    assert fig_at(r, "128项")["key"] != "approval.items_countywide"


def test_study_in_a_government_meeting_is_not_a_meeting_on_rule_of_law():
    r = report("县政府常务会议先后3次对《某某条例》《某某法》等法律法规进行专题学习。", heading="（一）推进法治政府建设")
    assert fig_at(r, "3次")["key"] != "leadership.meetings"


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("全县在全省法治政府建设考核中升至第8位。", "第8位", "leadership.assessment_rank"),
    ("在2021年度法治江南建设考评中排名第三。", "第三", "leadership.assessment_rank"),  # a bare ordinal
    ("对全省28个省级国家机关进行法治建设考核。", "28个", "leadership.assessments"),  # the verb after 进行
    ("全区47家单位主要负责人当场述法。", "47家", "leadership.law_reports"),
    ("对全区13个镇街和部分区级部门开展依法行政督察。", "13个", "leadership.inspections"),
    # one figure for each of two meetings is neither's count nor their sum (LABELING 23, as the aligned labels)
    ("全年召开县委依法治县委、县委依法治县办会议各3次。", "3次", None),
    ("县政府常务会议先后3次对《某某条例》等法律法规进行专题学习。", "3次", "leadership.study_sessions"),
])
def test_recall_classes_from_real_reports(sentence, raw, key):
    r = report(sentence, heading="（一）推进法治政府建设")
    f = fig_at(r, raw)
    assert f["key"] == key, (f["key"], f["name"])


def test_light_verb_reach_stops_at_the_clause():
    # 开展 after the noun reaches the verb right after it, never a predicate in the next clause
    r = report("对全县12个单位进行通报表扬，并开展法治督察。", heading="（一）推进法治政府建设")
    assert fig_at(r, "12个")["key"] is None


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("组织干部职工开展法治培训8场次，覆盖420余人次。", "420余人次", "capacity.trainees"),
    ("开展“法治小课堂”“敬老普法专场”活动3场，覆盖特殊群体260余人次。", "260余人次", "capacity.publicity_audience"),
    ("组织开展专题培训9场次，覆盖民辅警180余人次。", "180余人次", "enforcement.staff_trained"),  # staff trained
    ("全年调解矛盾纠纷35件，覆盖当事人300余人。", "300余人", None),  # no audience key for mediations
])
def test_covered_people_are_the_audience_of_the_activity_before(sentence, raw, key):
    r = report(sentence, heading="（一）推进法治政府建设")
    assert fig_at(r, raw)["key"] == key


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # the first item of a 、 list shares the verb after the list
    ("对全省12个市县、41个单位进行法治建设考核。", "12个", "leadership.assessments"),
    ("对全省12个市县、41个单位进行法治建设考核。", "41个", "leadership.assessments"),
    ("筛选出具有全局性和影响面广的6项决策事项。", "6项", "decisions.major_decisions"),  # number before its noun
    ("全年受理行政许可业务5210件。", "5210件", "approval.cases_handled"),
    ("组织全县2.3万人参加习近平法治思想网络专题班学习。", "2.3万人", "capacity.trainees"),
    ("在法治政府建设考评中位列全省第三、全国第七。", "第七", "leadership.assessment_rank"),
    ("全县理论学习中心组专题学习习近平法治思想36场次。", "36场次", "leadership.study_sessions"),
    ("开展习近平法治思想相关学习6次。", "6次", "leadership.study_sessions"),
    ("组织22名股级以上干部完成法治专题培训。", "22名", "capacity.trainees"),  # people named before the course
])
def test_more_recall_classes(sentence, raw, key):
    r = report(sentence, heading="（一）推进法治政府建设")
    f = fig_at(r, raw)
    assert f["key"] == key, (f["key"], f["name"])


@pytest.mark.parametrize(("sentence", "raw"), [
    ("对全县12个单位、5个乡镇进行通报表扬，并开展法治督察。", "12个"),  # the shared verb has no key
    ("受理行政复议案件12件、办结9件。", "9件"),  # not a bare list item: its own verb
    ("组织全县300人参加某某文艺活动。", "300人"),  # 参加 without a course
    ("举办专题班3期。", "3期"),
    ("组织22名股级以上干部完成年度述职。", "22名"),  # 完成 without a course
])
def test_recall_classes_do_not_overreach(sentence, raw):
    r = report(sentence, heading="（一）推进法治政府建设")
    f = fig_at(r, raw)
    assert f["key"] in (None, "reconsideration.concluded"), (f["key"], f["name"])


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    ("全面梳理确认我县各类政务服务事项清单56个。", "56个", "政务服务事项清单"),  # verb and owner are not the name
    ("重新整理我局的权责清单81项。", "81项", "权责清单"),
    ("在2021年度法治某省建设考评中位列第二。", "第二", "法治某省建设考评"),  # the assessment without its year
    ("在某某法治政府评估(2020-2021)中排名第五。", "第五", "某某法治政府评估"),
    ("全市有20个县（市、区）建成示范点。", "20个", "县（市、区）"),  # the bracket belongs to the noun
    ("共有12个部门(单位)参加。", "12个", "部门(单位)"),
])
def test_names_without_leading_verbs_or_years(sentence, raw, name):
    r = report(sentence, heading="（一）推进法治政府建设")
    assert fig_at(r, raw)["name"] == name
