"""Tests for the consistency checks and the compliance scorecard (invented figures and text)."""

from __future__ import annotations

import csv
import re
import datetime as dt
from importlib import resources

import pandas as pd
import pytest

from fazhi_analysis import schema
from fazhi_analysis.checks import load_rules, run_checks, score_compliance
from fazhi_analysis.indicators import catalog

LABELS = {k: v for k, v in zip(catalog()["key"], catalog()["label_zh"])}
IND_COLS = [c for c in schema.columns("indicators") if c != "doc_id"]
SEC_COLS = [c for c in schema.columns("sections") if c != "doc_id"]
PAR_COLS = [c for c in schema.columns("paragraphs") if c != "doc_id"]

# key -> (name, value, unit); a well-formed, internally consistent set of invented figures
BASE = {
    "reconsideration.received": ("新收行政复议申请", 130, "件"),
    "reconsideration.accepted": ("受理", 120, "件"),
    "reconsideration.rejected": ("不予受理", 10, "件"),
    "reconsideration.concluded": ("审结", 109, "件"),
    "reconsideration.upheld": ("维持", 20, "件"),
    "reconsideration.dismissed": ("驳回", 6, "件"),
    "reconsideration.corrected": ("纠错", 83, "件"),
    "reconsideration.correction_rate": ("纠错率", 76.15, "%"),
    "mediation.cases": ("调解案件", 400, "件"),
    "mediation.succeeded": ("调解成功", 392, "件"),
    "mediation.success_rate": ("调解成功率", 98, "%"),
    "litigation.cases": ("行政诉讼案件", 50, "件"),
    "litigation.head_appearances": ("负责人出庭应诉", 40, "件"),
    "litigation.head_appearance_rate": ("出庭应诉率", 80, "%"),
    "audit.projects": ("审计项目", 30, "个"),
    "audit.budget_execution": ("预算执行审计", 12, "个"),
    "audit.economic_responsibility": ("经济责任审计", 18, "个"),
}
QUAL_SUFFIX = {"exact": "", "more_than": "余", "at_least": "以上", "about": "", "less_than": "", "at_most": "以下"}


def _num(v) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def indicators(changes: dict | None = None, extra: list[dict] | None = None, drop: tuple = ()) -> pd.DataFrame:
    """Indicators frame from BASE; ``changes`` maps key -> value or dict of field overrides."""
    rows = []
    for key, (name, value, unit) in BASE.items():
        if key in drop:
            continue
        row = {"key": key, "name": name, "value": value, "unit": unit, "qualifier": "exact"}
        ch = (changes or {}).get(key)
        if isinstance(ch, dict):
            row.update(ch)
        elif ch is not None:
            row["value"] = ch
        rows.append(row)
    rows += extra or []
    out = []
    for i, r in enumerate(rows, start=1):
        raw = r.get("raw") or f"{_num(r['value'])}{r['unit']}{QUAL_SUFFIX[r['qualifier']]}"
        if r["qualifier"] == "more_than":
            raw = f"{_num(r['value'])}余{r['unit']}"
        start = r.get("start", 1000 + 20 * i)
        out.append({
            "indicator_id": i, "section_id": 1, "paragraph_id": r.get("paragraph_id", 9), "category":
            r.get("category", "disputes"), "key": r["key"], "name": r["name"], "measure": r.get("measure", "level"),
            "value": float(r["value"]), "value_high": r.get("value_high", pd.NA), "unit": r["unit"],
            "qualifier": r["qualifier"], "direction": r.get("direction", pd.NA), "raw": raw, "start": start,
            "end": start + len(raw), "sentence": r.get("sentence", f"句子{i}。"),
        })
    df = pd.DataFrame(out, columns=IND_COLS)
    return schema.enforce(df.assign(doc_id="t"), "indicators").drop(columns="doc_id")


def sections(rows=None) -> pd.DataFrame:
    """Sections frame: rows of (section_id, parent_id, level, marker, heading, part)."""
    rows = rows if rows is not None else [
        (1, None, 1, "一、", "2019年法治政府建设主要举措和成效", "achievements"),
        (2, 1, 2, "（一）", "完善依法行政制度体系", "achievements"),
        (3, None, 1, "二、", "党政主要负责人履行推进法治建设第一责任人职责情况", "responsibility"),
        (4, None, 1, "三、", "存在的不足和原因", "shortcomings"),
        (5, None, 1, "四、", "2020年工作打算", "plans"),
        (6, None, 1, "五、", "其他需要报告的事项", "other"),
    ]
    out = [{"section_id": s, "parent_id": p if p is not None else pd.NA, "level": lv, "marker": m, "heading": h,
            "start": 100 * s, "end": 100 * s + 99, "part": part} for s, p, lv, m, h, part in rows]
    df = pd.DataFrame(out, columns=SEC_COLS)
    return schema.enforce(df.assign(doc_id="t"), "sections").drop(columns="doc_id")


def paragraphs(rows=None) -> pd.DataFrame:
    """Paragraphs frame: rows of (paragraph_id, section_id, kind, text, start)."""
    rows = rows if rows is not None else [
        (1, None, "title", "岚溪县人民政府关于2019年法治政府建设情况的报告", 0),
        (2, None, "doc_number", "岚政字〔2020〕3号", 40),
        (3, None, "body", "2019年，县政府坚持依法行政，各项工作取得新进展。", 60),
        (4, 1, "heading", "一、2019年法治政府建设主要举措和成效", 100),
        (5, 2, "body", "全年新收行政复议案件130件。", 210),
    ]
    out = [{"paragraph_id": i, "section_id": s if s is not None else pd.NA, "kind": k, "text": t, "start": st,
            "end": st + len(t)} for i, s, k, t, st in rows]
    df = pd.DataFrame(out, columns=PAR_COLS)
    return schema.enforce(df.assign(doc_id="t"), "paragraphs").drop(columns="doc_id")


def metadata(**kw) -> dict:
    md = {"title": "岚溪县人民政府关于2019年法治政府建设情况的报告", "index_no": "000000/2020-00003",
          "doc_number": "岚政字〔2020〕3号", "body_doc_number": "岚政字〔2020〕3号",
          "publish_date": dt.date(2020, 3, 20), "issuer": "岚溪县人民政府", "validity": "有效", "report_year": 2019,
          "region": "岚溪县", "recipient": "市政府", "signature": "岚溪县人民政府", "signed_date": dt.date(2020, 3, 10)}
    md.update(kw)
    return md


def check(ind=None, md=None, sec=None, par=None) -> dict[str, dict]:
    df = run_checks(indicators() if ind is None else ind, metadata() if md is None else md,
                    sections() if sec is None else sec, paragraphs() if par is None else par)
    return {r["check_id"]: r for r in df.to_dict("records")}


# ---------------------------------------------------------------------------------------------- shape


def test_output_has_schema_columns_and_enforces():
    df = run_checks(indicators(), metadata(), sections(), paragraphs())
    assert list(df.columns) == [c for c in schema.columns("checks") if c != "doc_id"]
    schema.enforce(df.assign(doc_id="t"), "checks")
    comp = score_compliance(sections(), paragraphs(), metadata())
    assert list(comp.columns) == [c for c in schema.columns("compliance") if c != "doc_id"]
    schema.enforce(comp.assign(doc_id="t"), "compliance")


def test_empty_inputs_do_not_crash():
    empty = {t: schema.empty(t).drop(columns="doc_id") for t in ("indicators", "sections", "paragraphs")}
    df = run_checks(empty["indicators"], {}, empty["sections"], empty["paragraphs"])
    assert set(df["status"]) == {"skip"}
    comp = score_compliance(empty["sections"], empty["paragraphs"], {})
    assert list(comp["item"]) == list(schema.COMPLIANCE_ITEMS)


# ---------------------------------------------------------------------------------------------- keyed rules


def test_every_keyed_rule_passes_on_consistent_figures():
    c = check()
    for cid in ("reconsideration.outcomes_sum", "reconsideration.intake_sum", "reconsideration.correction_rate",
                "mediation.success_rate", "litigation.head_appearance_rate", "audit.projects_sum"):
        assert c[cid]["status"] == "pass", (cid, c[cid]["detail"])
    assert c["reconsideration.outcomes_sum"]["expected"] == 109
    assert c["reconsideration.outcomes_sum"]["reported"] == 109
    assert c["reconsideration.correction_rate"]["expected"] == pytest.approx(83 / 109 * 100)


def test_altered_figure_fails_sum_and_rate_naming_it():
    c = check(indicators({"reconsideration.corrected": 84}))
    for cid in ("reconsideration.outcomes_sum", "reconsideration.correction_rate"):
        assert c[cid]["status"] == "fail", c[cid]["detail"]
        assert "84件" in c[cid]["detail"]
    d = c["reconsideration.outcomes_sum"]["detail"]
    assert "≠" in d and "110" in d and "109件" in d
    assert c["reconsideration.outcomes_sum"]["expected"] == 110
    assert c["reconsideration.intake_sum"]["status"] == "pass"


def test_detail_names_spans():
    df = indicators()
    c = check(df)
    row = df[df["key"] == "reconsideration.concluded"].iloc[0]
    assert f"[{row['start']}:{row['end']}]" in c["reconsideration.outcomes_sum"]["detail"]


def test_intake_sum_fails():
    assert check(indicators({"reconsideration.accepted": 119}))["reconsideration.intake_sum"]["status"] == "fail"


def test_skip_when_term_missing():
    c = check(indicators(drop=("reconsideration.rejected",)))
    assert c["reconsideration.intake_sum"]["status"] == "skip"
    assert "报告缺少" + LABELS["reconsideration.rejected"] in c["reconsideration.intake_sum"]["detail"]
    c = check(indicators(drop=("litigation.cases",)))
    assert c["litigation.head_appearance_rate"]["status"] == "skip"
    assert LABELS["litigation.cases"] in c["litigation.head_appearance_rate"]["detail"]
    c = check(indicators(drop=("reconsideration.correction_rate",)))
    assert c["reconsideration.correction_rate"]["status"] == "skip"


def test_optional_term_included_when_reported():
    term = [{"key": "reconsideration.terminated", "name": "终止", "value": 5, "unit": "件", "qualifier": "exact"}]
    assert check(indicators(extra=term))["reconsideration.outcomes_sum"]["status"] == "fail"
    c = check(indicators({"reconsideration.concluded": 114, "reconsideration.correction_rate": 72.81}, extra=term))
    assert c["reconsideration.outcomes_sum"]["status"] == "pass"
    assert c["reconsideration.correction_rate"]["status"] == "pass"


def test_rate_tolerance_is_the_reports_own_rounding():
    def rate(succeeded, cases, reported):
        ind = indicators({"mediation.succeeded": succeeded, "mediation.cases": cases,
                          "mediation.success_rate": reported})
        return check(ind)["mediation.success_rate"]

    assert rate(38077, 50000, 76.15)["status"] == "pass"   # 76.154 within ±0.005 of 76.15
    assert rate(38100, 50000, 76.15)["status"] == "fail"   # 76.2 is not 76.15
    assert rate(38077, 50000, 76.2)["status"] == "pass"    # 76.2 printed to 1 decimal: ±0.05
    assert rate(38077, 50000, 76.25)["status"] == "fail"
    assert rate(372, 400, 93)["status"] == "pass"          # 93% printed: ±0.5
    assert rate(371, 400, 93)["status"] == "pass"          # 92.75
    assert rate(369, 400, 93)["status"] == "fail"          # 92.25
    assert "±0.005" in rate(38077, 50000, 76.15)["detail"]


def test_severity_warn_for_head_appearance_rate():
    c = check(indicators({"litigation.head_appearances": 30}))
    assert c["litigation.head_appearance_rate"]["status"] == "warn"


def test_qualifiers_make_arithmetic_loose():
    more = {"qualifier": "more_than"}
    c = check(indicators({"reconsideration.concluded": {"value": 100, **more}}))
    assert c["reconsideration.outcomes_sum"]["status"] == "pass"   # 100余件 vs 109: consistent
    assert "100余件" in c["reconsideration.outcomes_sum"]["detail"]
    c = check(indicators({"reconsideration.concluded": {"value": 120, **more}}))
    assert c["reconsideration.outcomes_sum"]["status"] == "warn"   # 120余件 > 109: inconsistent, not fail
    at_least = {"qualifier": "at_least"}
    c = check(indicators({"mediation.success_rate": {"value": 93, **at_least}, "mediation.succeeded": 390}))
    assert c["mediation.success_rate"]["status"] == "pass"         # 93%以上 vs 97.5
    c = check(indicators({"mediation.success_rate": {"value": 93, **at_least}, "mediation.succeeded": 360}))
    assert c["mediation.success_rate"]["status"] == "warn"         # 93%以上 vs 90
    c = check(indicators({"reconsideration.corrected": {"value": 80, "qualifier": "about"}}))
    assert c["reconsideration.outcomes_sum"]["status"] == "pass"   # 约80 + 26 vs 109


def test_rounded_multiplier_figures_get_their_rounding():
    def rate(reported):
        ind = indicators({"mediation.cases": {"value": 12000, "raw": "1.2万件"}, "mediation.succeeded": 11950,
                          "mediation.success_rate": reported})
        return check(ind)["mediation.success_rate"]["status"]

    assert rate(99.9) == "pass"   # 1.2万 is 11500-12500, so 11950 / 1.2万 is 95.6-103.9 %
    assert rate(90) == "fail"


def test_duplicate_occurrences_disagreeing_warn():
    dup = [{"key": "reconsideration.concluded", "name": "审结", "value": 111, "unit": "件", "qualifier": "exact"}]
    c = check(indicators(extra=dup))
    row = c["reconsideration.outcomes_sum"]
    assert row["status"] == "warn"
    assert "109件" in row["detail"] and "111件" in row["detail"]
    assert row["reported"] == 109  # the first occurrence is used
    same = [{**dup[0], "value": 109}]
    assert check(indicators(extra=same))["reconsideration.outcomes_sum"]["status"] == "pass"


def test_changes_are_not_levels():
    change = [{"key": "reconsideration.concluded", "name": "审结", "value": 12, "unit": "%", "qualifier": "exact",
               "measure": "change", "direction": "increase", "start": 10}]
    assert check(indicators(extra=change))["reconsideration.outcomes_sum"]["status"] == "pass"


def test_audit_partial_sum():
    assert check()["audit.projects_sum"]["status"] == "pass"
    c = check(indicators({"audit.economic_responsibility": 10}))
    assert c["audit.projects_sum"]["status"] == "warn"
    assert "分项不全：分项之和22个，总数30个" in c["audit.projects_sum"]["detail"]
    assert check(indicators({"audit.economic_responsibility": 20}))["audit.projects_sum"]["status"] == "fail"
    c = check(indicators(drop=("audit.economic_responsibility",)))
    assert c["audit.projects_sum"]["status"] == "skip"
    assert check(indicators(drop=("audit.projects",)))["audit.projects_sum"]["status"] == "skip"


# ---------------------------------------------------------------------------------------------- breakdown


def _breakdown(parts_values, text_parts=None):
    """A paragraph with one 其中 sentence; returns (indicators, paragraphs)."""
    total, a, b = 130, *parts_values
    text = f"全县新收行政复议案件{total}件，同比增长5%，其中受理{a}件、不予受理{b}件。另办结信访事项20件。"
    pstart = 500
    figs = [("新收行政复议案件", total, f"{total}件", "件", "level"), ("同比增长", 5, "5%", "%", "change"),
            ("受理", a, f"{a}件", "件", "level"), ("不予受理", b, f"{b}件", "件", "level")]
    sentence = text.split("。")[0] + "。"
    rows, pos = [], 0
    for i, (name, v, raw, unit, measure) in enumerate(figs, start=1):
        pos = text.index(raw, pos)
        rows.append({"indicator_id": i, "section_id": 2, "paragraph_id": 7, "category": "disputes", "key": pd.NA,
                     "name": name, "measure": measure, "value": float(v), "value_high": pd.NA, "unit": unit,
                     "qualifier": "exact", "direction": "increase" if measure == "change" else pd.NA, "raw": raw,
                     "start": pstart + pos, "end": pstart + pos + len(raw), "sentence": sentence})
        pos += len(raw)
    pos = text.index("20件")
    rows.append({"indicator_id": 5, "section_id": 2, "paragraph_id": 7, "category": "disputes", "key": pd.NA,
                 "name": "办结信访事项", "measure": "level", "value": 20.0, "value_high": pd.NA, "unit": "件",
                 "qualifier": "exact", "direction": pd.NA, "raw": "20件", "start": pstart + pos,
                 "end": pstart + pos + 3, "sentence": "另办结信访事项20件。"})
    ind = schema.enforce(pd.DataFrame(rows, columns=IND_COLS).assign(doc_id="t"), "indicators").drop(columns="doc_id")
    par = paragraphs([(7, 2, "body", text, pstart)])
    return ind, par


def test_breakdown_sum_generic():
    ind, par = _breakdown((120, 10))
    c = check(ind, par=par)
    rows = {k: v for k, v in c.items() if ".breakdown_sum@" in k}
    assert list(rows) == ["disputes.breakdown_sum@1"]
    row = rows["disputes.breakdown_sum@1"]
    assert row["status"] == "pass" and row["expected"] == 130 and row["reported"] == 130
    assert "130件 [510:514]" in row["detail"]
    ind, par = _breakdown((125, 10))
    row = check(ind, par=par)["disputes.breakdown_sum@1"]
    assert row["status"] == "warn" and "分项之和超出总数5件" in row["detail"]
    ind, par = _breakdown((100, 10))
    row = check(ind, par=par)["disputes.breakdown_sum@1"]
    assert row["status"] == "skip" and "分项不全" in row["detail"]


def test_breakdown_needs_qizhong():
    ind, _ = _breakdown((120, 10))
    text = "全县新收行政复议案件130件，同比增长5%，包括受理120件、不予受理10件。另办结信访事项20件。"
    ind = ind.assign(sentence=ind["sentence"].str.replace("其中", "包括"))
    c = check(ind, par=paragraphs([(7, 2, "body", text, 500)]))
    assert not any(".breakdown_sum@" in k for k in c)


def test_breakdown_from_part_of_closes_at_its_parenthesis():
    # 收到申请90件，不受理8件（其中转送5件，不予受理3件），受理82件: 82 is not a part of 8
    ind, par = _breakdown((120, 10))
    rows = [
        (1, "收到行政复议申请", 90, None, "level"), (2, "不受理", 8, None, "total"), (3, "转送", 5, 2, "part"),
        (4, "不予受理", 3, 2, "part"), (5, "受理", 82, None, "level")]
    recs = [{"indicator_id": i, "section_id": 2, "paragraph_id": 7, "category": "disputes", "key": None,
             "name": n, "role": role, "part_of": of, "measure": "level", "value": float(v), "value_high": None,
             "unit": "件", "qualifier": "exact", "direction": None, "raw": f"{v}件", "start": 10 * i,
             "end": 10 * i + 3, "sentence": "句子。"} for i, n, v, of, role in rows]
    out = run_checks(recs, {}, sections(), par, as_records=True)
    got = {r["check_id"]: r for r in out if ".breakdown_sum@" in r["check_id"]}
    assert list(got) == ["disputes.breakdown_sum@2"]
    assert got["disputes.breakdown_sum@2"]["status"] == "pass"
    assert got["disputes.breakdown_sum@2"]["expected"] == 8
    recs[3]["value"], recs[3]["raw"] = 4.0, "4件"
    out = run_checks(recs, {}, sections(), par, as_records=True)
    assert [r["status"] for r in out if r["check_id"] == "disputes.breakdown_sum@2"] == ["warn"]
    # one part is not a breakdown to check
    recs[3]["part_of"], recs[3]["role"] = None, "level"
    out = run_checks(recs, {}, sections(), par, as_records=True)
    assert not [r for r in out if ".breakdown_sum@" in r["check_id"]]


# ---------------------------------------------------------------------------------------------- metadata


def test_metadata_checks_pass():
    c = check()
    assert c["metadata.doc_number_agrees"]["status"] == "pass"
    assert c["metadata.signed_before_published"]["status"] == "pass"
    assert c["metadata.title_year"]["status"] == "pass", c["metadata.title_year"]["detail"]


def test_doc_numbers_differ_warn_naming_both():
    row = check(md=metadata(doc_number="岚政〔2020〕3号"))["metadata.doc_number_agrees"]
    assert row["status"] == "warn"
    assert "岚政〔2020〕3号" in row["detail"] and "岚政字〔2020〕3号" in row["detail"]
    assert "[40:" in row["detail"]  # span of the body's doc number line
    assert check(md=metadata(doc_number="岚政字[2020]3号"))["metadata.doc_number_agrees"]["status"] == "pass"
    assert check(md=metadata(body_doc_number=None))["metadata.doc_number_agrees"]["status"] == "skip"


def test_signed_after_published_fails():
    row = check(md=metadata(signed_date=dt.date(2020, 3, 25)))["metadata.signed_before_published"]
    assert row["status"] == "fail" and "2020-03-25" in row["detail"]
    assert check(md=metadata(publish_date=None))["metadata.signed_before_published"]["status"] == "skip"


def test_title_year_mismatch_fails():
    sec = sections([(1, None, 1, "一、", "2018年法治政府建设工作情况", "achievements"),
                    (2, None, 1, "二、", "存在的不足", "shortcomings")])
    row = check(sec=sec)["metadata.title_year"]
    assert row["status"] == "fail" and "2018" in row["detail"]


def test_title_year_from_opening_paragraph_and_publish_year():
    sec = sections([(1, None, 1, "一、", "主要工作", "achievements")])
    assert check(sec=sec)["metadata.title_year"]["status"] == "pass"   # "2019年，县政府…"
    par = paragraphs([(3, None, "body", "2018年，县政府坚持依法行政。", 60)])
    assert check(sec=sec, par=par)["metadata.title_year"]["status"] == "fail"
    par = paragraphs([(3, None, "body", "县政府坚持依法行政。", 60)])
    assert check(sec=sec, par=par)["metadata.title_year"]["status"] == "skip"
    row = check(md=metadata(publish_date=dt.date(2021, 2, 1)))["metadata.title_year"]
    assert row["status"] == "warn" and "2021-02-01" in row["detail"]
    assert check(md=metadata(publish_date=dt.date(2019, 12, 28)))["metadata.title_year"]["status"] == "pass"
    assert check(md=metadata(report_year=None))["metadata.title_year"]["status"] == "skip"


# ---------------------------------------------------------------------------------------------- compliance


def comp(sec=None, par=None, md=None) -> dict[str, dict]:
    df = score_compliance(sections() if sec is None else sec, paragraphs() if par is None else par,
                          metadata() if md is None else md)
    assert list(df["item"]) == list(schema.COMPLIANCE_ITEMS)
    return {r["item"]: r for r in df.to_dict("records")}


def test_compliance_all_pass():
    c = comp()
    assert {k: v["status"] for k, v in c.items()} == {k: "pass" for k in schema.COMPLIANCE_ITEMS}
    assert c["achievements"]["evidence"] == "section 1"
    assert c["shortcomings"]["evidence"] == "section 4"


def test_compliance_missing_shortcomings_fails():
    sec = sections([(1, None, 1, "一、", "主要工作", "achievements"), (2, None, 1, "二、", "下一步打算", "plans")])
    c = comp(sec=sec)
    assert c["shortcomings"]["status"] == "fail" and "存在不足" in c["shortcomings"]["detail"]
    assert c["plans"]["status"] == "pass"


def test_compliance_published_in_may_fails_timeliness():
    c = comp(md=metadata(publish_date=dt.date(2020, 5, 6)))
    assert c["timeliness"]["status"] == "fail" and "2020-05-06" in c["timeliness"]["detail"]
    c = comp(md=metadata(publish_date=None, signed_date=dt.date(2020, 3, 31)))
    assert c["timeliness"]["status"] == "pass" and "signed_date" in c["timeliness"]["evidence"]
    assert comp(md=metadata(publish_date=None, signed_date=None))["timeliness"]["status"] == "skip"


def test_compliance_responsibility_as_sub_item_passes():
    sec = sections([(1, None, 1, "一、", "主要工作", "achievements"),
                    (2, 1, 2, "（一）", "主要负责人切实履行推进法治建设第一责任人职责", "achievements"),
                    (3, None, 1, "二、", "存在的不足", "shortcomings")])
    c = comp(sec=sec)
    assert c["responsibility"]["status"] == "pass"
    assert "section 2" in c["responsibility"]["evidence"] and "sub-item" in c["responsibility"]["evidence"]


def test_compliance_responsibility_mention_warns_else_fails():
    sec = sections([(1, None, 1, "一、", "主要工作", "achievements")])
    par = paragraphs([(5, 1, "body", "县长认真履行第一责任人职责。", 200)])
    c = comp(sec=sec, par=par)
    assert c["responsibility"]["status"] == "warn" and c["responsibility"]["evidence"] == "paragraph 5"
    par = paragraphs([(5, 1, "body", "县政府认真履职。", 200)])
    assert comp(sec=sec, par=par)["responsibility"]["status"] == "fail"


def test_compliance_other_missing_skips():
    sec = sections([(1, None, 1, "一、", "主要工作", "achievements")])
    assert comp(sec=sec)["other"]["status"] == "skip"


# ---------------------------------------------------------------------------------------------- rules file


def test_rules_file_is_valid():
    rules = load_rules()
    ids = [r.check_id for r in rules]
    assert len(ids) == len(set(ids))
    for needed in ("reconsideration.outcomes_sum", "reconsideration.intake_sum", "reconsideration.correction_rate",
                   "mediation.success_rate", "litigation.head_appearance_rate", "audit.projects_sum",
                   "*.breakdown_sum", "metadata.doc_number_agrees", "metadata.signed_before_published",
                   "metadata.title_year"):
        assert needed in ids
    for r in rules:
        assert r.kind in ("sum", "rate", "date", "metadata")
        for k in r.keys():
            assert r.check_id.split(".")[0] == k.split(".")[0], (r.check_id, k)
        if r.method in ("agree", "date_order", "title_year"):
            assert r.target in schema.columns("metadata")
            assert all(k in schema.columns("metadata") for k, _ in r.terms)


def test_rule_keys_exist_in_catalog():
    path = resources.files("fazhi_analysis").joinpath("data").joinpath("catalog.csv")
    if not path.is_file():
        pytest.skip("data/catalog.csv is not there yet")
    with path.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        col = "key" if "key" in (reader.fieldnames or []) else reader.fieldnames[0]
        keys = {row[col].strip() for row in reader if row.get(col)}
    missing = sorted({k for r in load_rules() for k in r.keys()} - keys)
    assert not missing, f"rules refer to keys not in catalog.csv: {missing}"


# ---------------------------------------------------------------------------------------------- readers


def _english(details) -> list[str]:
    """Details with an English word left in them (a span ``[12:15]`` and ``±`` are not words)."""
    return [d for d in details if re.search(r"[A-Za-z]{2,}", d)]


def test_every_detail_is_written_in_chinese():
    """Every branch of every rule and scorecard item: the analysts read the detail, in Chinese."""
    no_header = dict(index_no=None, validity=None, publish_date=None)
    runs = [
        check(), check(indicators({"reconsideration.accepted": 119})),
        check(indicators(drop=("reconsideration.rejected", "litigation.cases"))),
        check(indicators({"litigation.cases": 0})),
        check(indicators({"reconsideration.upheld": {"value": 20, "qualifier": "more_than"}})),
        check(indicators({"reconsideration.concluded": {"value": 108, "qualifier": "about"}})),
        check(indicators({"audit.economic_responsibility": 10})), check(indicators({"audit.economic_responsibility": 20})),
        check(indicators(drop=("audit.economic_responsibility",))),
        check(indicators(extra=[{"key": "reconsideration.received", "name": "收案", "value": 131, "unit": "件",
                                 "qualifier": "exact", "start": 5000}])),
        check(md=metadata(doc_number="岚政〔2020〕3号")), check(md=metadata(doc_number="岚政字[2020]3号")),
        check(md=metadata(body_doc_number=None)), check(md=metadata(**no_header)),
        check(md=metadata(signed_date=dt.date(2020, 3, 25))), check(md=metadata(publish_date=dt.date(2021, 5, 2))),
        check(md=metadata(report_year=None)), check(md=metadata(title="岚溪县法治政府建设情况的报告")),
        check(sec=sections([(1, None, 1, "一、", "2018年法治政府建设工作情况", "achievements")])),
        check(sec=sections([(1, None, 1, "一、", "主要工作", "achievements")])),
        check(sec=sections([(1, None, 1, "一、", "主要工作", "achievements")]),
              par=paragraphs([(3, None, "body", "县政府坚持依法行政。", 60)])),
    ]
    for sums in ((120, 10), (125, 10), (100, 10)):
        ind, par = _breakdown(sums)
        runs.append(check(ind, par=par))
    details = [r["detail"] for run in runs for r in run.values()]
    sec_sub = sections([(1, None, 1, "一、", "主要工作", "achievements"),
                        (2, 1, 2, "（一）", "主要负责人切实履行推进法治建设第一责任人职责", "achievements")])
    comps = [comp(), comp(sec=sections([(1, None, 1, "一、", "主要工作", "achievements")])),
             comp(sec=sections([])), comp(sec=sec_sub),
             comp(sec=sections([(1, None, 1, "一、", "主要工作", "achievements")]),
                  par=paragraphs([(5, 1, "body", "县长认真履行第一责任人职责。", 200)])),
             comp(md=metadata(publish_date=dt.date(2020, 5, 6))), comp(md=metadata(publish_date=None, signed_date=None)),
             comp(md=metadata(report_year=None))]
    details += [r["detail"] for run in comps for r in run.values()]
    statuses = {r["status"] for run in runs + comps for r in run.values()}
    assert statuses == {"pass", "warn", "fail", "skip"}
    assert len(details) > 200 and all(isinstance(d, str) and d for d in details)
    assert _english(details) == []


# ---------------------------------------------------------------------------------------------- litigation

def _litigation(concluded=44, won=38, lost=1, mediated=5, loss_rate=2.3, mediated_rate=11.4) -> dict:
    extra = [{"key": "litigation.concluded", "name": "审结", "value": concluded, "unit": "件", "qualifier": "exact"},
             {"key": "litigation.won", "name": "胜诉", "value": won, "unit": "件", "qualifier": "exact"},
             {"key": "litigation.lost", "name": "败诉", "value": lost, "unit": "件", "qualifier": "exact"},
             {"key": "litigation.mediated_withdrawals", "name": "调解撤诉", "value": mediated, "unit": "件",
              "qualifier": "exact"},
             {"key": "litigation.loss_rate", "name": "败诉率", "value": loss_rate, "unit": "%", "qualifier": "exact"},
             {"key": "litigation.mediated_withdrawal_rate", "name": "调撤率", "value": mediated_rate, "unit": "%",
              "qualifier": "exact"}]
    return check(indicators(extra=extra))


def test_litigation_outcomes_and_rates_over_concluded_cases_pass():
    c = _litigation()
    for cid in ("litigation.outcomes_sum", "litigation.loss_rate", "litigation.mediated_withdrawal_rate"):
        assert c[cid]["status"] == "pass", (cid, c[cid]["detail"])


def test_litigation_outcomes_exceeding_concluded_and_wrong_rates_warn():
    c = _litigation(won=40)
    assert c["litigation.outcomes_sum"]["status"] in ("warn", "fail"), c["litigation.outcomes_sum"]["detail"]
    assert c["litigation.outcomes_sum"]["status"] != "pass"
    c = _litigation(mediated_rate=15.2, loss_rate=5.0)
    assert c["litigation.mediated_withdrawal_rate"]["status"] == "warn"
    assert c["litigation.loss_rate"]["status"] == "warn"


def test_litigation_rates_skip_without_concluded_cases():
    c = check()
    for cid in ("litigation.outcomes_sum", "litigation.loss_rate", "litigation.mediated_withdrawal_rate"):
        assert c[cid]["status"] == "skip", (cid, c[cid]["detail"])
