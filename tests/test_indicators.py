"""Tests for the classification stage: catalog keys and categories (invented wording and figures)."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from fazhi_analysis import schema
from fazhi_analysis.indicators import catalog, categories, classify, validate_catalog

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
        fig("主要负责人出庭", unit="次"),
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
    assert key_of(fig("受理行政复议案件", measure="change")) is None
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
    assert key_of(fig("全年抽查市场主体", unit="家", sentence=sentence)) == "enforcement.inspections"
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
        "category", "key", "name", "role", "part_of", "key_basis"]
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


def test_classify_is_fast():
    rows = [c for cases in CASES.values() for c in cases]
    rows = (rows * (300 // len(rows) + 1))[:300]
    df = frame(*rows)
    classify(df, SECTIONS)  # warm-up: compiles the catalog once
    best = min(_timed(classify, df, SECTIONS) for _ in range(5))
    assert best < 0.1, f"300 figures took {best * 1000:.1f} ms"


def _timed(f, *args) -> float:
    t = time.perf_counter()
    f(*args)
    return time.perf_counter() - t


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
