"""End to end: every labelled report (genre fixtures and the default sample) against its hand-made labels."""

import datetime as dt
from collections import Counter

import pytest

import fazhi_analysis as fz
from fazhi_analysis import schema

from conftest import REQUIRED_KEYS, check_invariants, labelled_reports, labels

REPORTS = labelled_reports()
IDS = [p.stem for p in REPORTS]


@pytest.fixture(scope="module", params=REPORTS, ids=IDS)
def case(request):
    return fz.load_report(request.param), labels(request.param)


def _num(v):
    return None if v is None else float(v)


def test_there_are_enough_fixtures():
    assert len(REPORTS) >= 9


def test_fixture_numbers_are_unique_and_described():
    """Each genre fixture has its own ``NN_`` number and a line in tests/fixtures/README.md."""
    from conftest import FIXTURES

    stems = sorted(p.stem for p in FIXTURES.glob("*.txt"))
    numbers = Counter(s.split("_", 1)[0] for s in stems)
    assert not [n for n, c in numbers.items() if c > 1], numbers
    readme = (FIXTURES.parent / "README.md").read_text(encoding="utf-8")
    assert not [s for s in stems if f"`{s}`" not in readme]


def test_figures_figure_by_figure(case):
    r, lab = case
    ind = r.indicators.astype(object).where(r.indicators.notna(), None)
    got = [(f.raw, f.value, _num(f.value_high), f.unit, f.qualifier, f.measure, f.direction)
           for f in ind.itertuples()]
    want = [(x["raw"], float(x["value"]), _num(x.get("value_high")), x["unit"], x["qualifier"], x["measure"],
             x.get("direction")) for x in lab["figures"]]
    missing = Counter(want) - Counter(got)
    extra = Counter(got) - Counter(want)
    assert not missing and not extra, f"missing {list(missing)} extra {list(extra)}"


def test_keys_are_right(case):
    r, lab = case
    ind = r.indicators
    by_span = {}
    for x in lab["figures"]:
        by_span.setdefault(x["raw"], []).append(x.get("key"))
    # a change statement takes as base_key the key of the level figure before it in its sentence, or with none
    # before it in its clause the key of the thing its words name (labels leave changes empty; so does key)
    linked, prev = set(), None
    for row in ind.itertuples(index=False):
        if row.measure == "level":
            prev = row
        elif row.measure == "change" and isinstance(row.base_key, str) and (
                (prev is not None and isinstance(prev.key, str) and prev.key == row.base_key
                 and prev.sentence == row.sentence)
                or (isinstance(row.key_basis, str) and row.key_basis.endswith("the thing the change describes"))):
            linked.add(row.raw)
    wrong = []
    for raw, keys in by_span.items():
        got = [k if isinstance(k, str) else None for k in ind.loc[ind["raw"] == raw, "key"]]
        for g, w in zip(got, keys):
            if w is not None and g != w:
                wrong.append((raw, "expected", w, "got", g))
            if w is None and g in REQUIRED_KEYS and raw not in linked:
                wrong.append((raw, "expected no required key, got", g))
    assert not wrong


def test_metadata(case):
    r, lab = case
    for k, v in lab["metadata"].items():
        got = r.metadata.get(k)
        if isinstance(got, dt.date):
            got = got.isoformat()
        assert got == v, k


def test_sections_and_parts(case):
    r, lab = case
    counts = r.sections["level"].value_counts().to_dict()
    for level, n in lab["section_counts"].items():
        assert counts.get(int(level), 0) == n, f"level {level}"
    roots = r.sections[r.sections["parent_id"].isna()]
    assert list(roots["part"].astype(str)) == lab["parts"]


def test_invariants(case):
    check_invariants(case[0])


def test_tables_follow_the_schema(case):
    r, _ = case
    for name, df in r.tables().items():
        assert list(df.columns) == list(schema.columns(name))
        pd_equal = schema.enforce(df, name)
        assert (pd_equal.dtypes == df.dtypes).all(), name


def test_arithmetic_checks_pass_on_consistent_reports(case):
    r, _ = case
    keyed = r.checks[~r.checks["check_id"].str.contains("@") & r.checks["kind"].isin(["sum", "rate"])]
    assert (keyed["status"] != "fail").all(), keyed[keyed["status"] == "fail"].to_string()


def test_altered_figure_fails_the_affected_checks(sample_path):
    text = sample_path.read_text(encoding="utf-8")
    r = fz.parse_report(text, "sample")
    corrected = r.indicators[r.indicators["key"] == "reconsideration.corrected"].iloc[0]
    altered = text[:corrected.start] + str(int(corrected.value) + 1) + text[corrected.end - 1:]
    r2 = fz.parse_report(altered, "altered")
    st = r2.checks.set_index("check_id")["status"]
    assert st["reconsideration.outcomes_sum"] == "fail"
    assert st["reconsideration.correction_rate"] == "fail"
    assert r.checks.set_index("check_id")["status"]["reconsideration.outcomes_sum"] == "pass"


def test_compliance_on_fixtures():
    by_stem = {p.stem: p for p in REPORTS}
    r = fz.load_report(by_stem["10_no_shortcomings_2020"])
    status = r.compliance.set_index("item")["status"]
    assert status["shortcomings"] == "fail"
    assert any(code == "missing_parts" for code, _ in r.warnings)
    r = fz.load_report(by_stem["11_late_may_2020"])
    assert r.compliance.set_index("item")["status"]["timeliness"] == "fail"
    r = fz.load_report(by_stem["06_responsibility_first_2021"])
    assert r.compliance.set_index("item")["status"]["responsibility"] == "pass"


def test_breakdown_stops_at_another_unit():
    text = ("青川县2019年法治政府建设情况报告\n一、工作情况\n（一）化解纠纷。全年审结行政复议案件20件，其中维持12件、纠错8件，"
            "纠错率40%；尚在审理中3件。\n二、存在的不足\n三、2020年工作打算\n")
    r = fz.parse_report(text, "t")
    bd = r.checks[r.checks["check_id"].str.contains("breakdown_sum@")]
    assert list(bd["status"]) == ["pass"]


def test_compliance_finds_plans_inside_a_combined_section():
    text = ("青川县人民政府关于2020年法治政府建设情况的报告\n一、主要工作\n（一）推进改革。全年办理审批事项20件。\n"
            "二、存在的问题和下一步打算\n（一）存在的问题。个别部门依法行政意识不强。\n（二）下一步工作打算。继续推进改革。\n")
    status = fz.parse_report(text, "t").compliance.set_index("item")["status"]
    assert status["shortcomings"] == "pass" and status["plans"] == "pass"


def _as_web_page(text: str) -> bytes:
    """Wrap a report's text in a portal-style page: header table, nav, article <p>s, footer, script."""
    import html

    from fazhi_analysis.structure import header_fields

    header, body = [], []
    for line in text.splitlines():
        s = line.strip()
        fields = header_fields(s) if s else []
        if fields and s.startswith(fields[0][0]):
            header.extend(fields)
        elif s:
            body.append(s)
    rows = "".join(f"<tr><td>{html.escape(k)}:</td><td>{html.escape(v)}</td></tr>" for k, v in header)
    paras = "".join(f"<p>{html.escape(b)}</p>" for b in body)
    page = (f"<html><head><meta charset=\"gb2312\"><title>x</title><style>p{{color:red}}</style>"
            f"<script>var a='首页';</script></head><body><nav class=\"nav\">首页 政务公开 信息公开</nav>"
            f"<table class=\"xxgk\">{rows}</table><div class=\"article\">{paras}</div>"
            f"<footer>版权所有 主办单位：某县人民政府办公室</footer></body></html>")
    return page.encode("gb18030")


def test_web_page_and_encodings_give_the_same_indicators(sample_path, tmp_path):
    text = sample_path.read_text(encoding="utf-8")
    base = fz.parse_report(text, "sample")
    cols = ["raw", "value", "unit", "qualifier", "key", "category"]
    want = base.indicators[cols].astype(str).values.tolist()
    page = tmp_path / "page.html"
    page.write_bytes(_as_web_page(text))
    for path, data in [(page, None), (tmp_path / "gbk.txt", text.encode("gb18030")),
                       (tmp_path / "u16.txt", text.encode("utf-16")),
                       (tmp_path / "bom.txt", text.encode("utf-8-sig"))]:
        if data is not None:
            path.write_bytes(data)
        r = fz.load_report(path)
        assert r.indicators[cols].astype(str).values.tolist() == want, path.name
        assert r.metadata["doc_number"] == base.metadata["doc_number"]
        assert r.metadata["title"] == base.metadata["title"]


def test_report_text_that_looks_like_a_formula_stays_text_in_excel(tmp_path):
    import zipfile

    import openpyxl

    text = ("青川县人民政府关于2020年法治政府建设情况的报告\n=HYPERLINK(\"http://example.invalid\",\"点击\")\n"
            "一、主要工作\n（一）推进改革。+1+1全年办理审批事项20件。\n-2 @SUM(A1) 审结行政复议案件5件。\n二、存在的不足\n"
            "三、2021年工作打算\n")
    r = fz.parse_report(text, "=evil")
    path = r.to_excel(tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(path)
    values = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    risky = [c for c in values if c.value[:1] in "=+-@"]
    assert any(c.value.startswith("=HYPERLINK") for c in risky)
    assert all(c.data_type == "s" for c in risky)
    with zipfile.ZipFile(path) as z:
        assert not any(b"<f>" in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_workbook_rebuild_is_byte_identical(sample, tmp_path):
    a = sample.to_excel(tmp_path / "a.xlsx").read_bytes()
    b = sample.to_excel(tmp_path / "b.xlsx").read_bytes()
    assert a == b


def test_a_name_never_starts_with_list_punctuation():
    # a mirror page with stray commas before a list (“会议,、部署会等全市性会议4次”)
    text = ("南岭市2022年法治政府建设情况报告\n2022年，南岭市扎实推进法治政府建设。\n一、主要工作\n"
            "组织召开法治政府建设推进会,、执法监督部署会等全市性会议4次。\n")
    names = fz.parse_report(text, "x").indicators["name"].dropna().tolist()
    assert names and not any(n.startswith(("、", "，", ",")) for n in names)
