"""Tests for the briefing charts: titles, source lines, qualifiers, fonts, reproducible files, missing data."""

from __future__ import annotations

import io
import logging
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

import fazhi_analysis as fz
from fazhi_analysis import schema

plots = pytest.importorskip("fazhi_analysis.plots")
from matplotlib.figure import Figure  # noqa: E402  (after the importorskip above)

from fazhi_analysis import style  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "raw" / "qingxi_county_2019.txt"
CJK = re.compile(r"[\u4e00-\u9fff]")

META = {"title": "白沙县人民政府关于2021年度法治政府建设情况的报告", "issuer": "白沙县人民政府",
        "doc_number": "白政〔2022〕5号", "report_year": 2021, "region": "白沙县"}


def make_tables(figures: dict[str, tuple], metadata: dict | None = None) -> dict[str, pd.DataFrame]:
    """A tables() dict built by hand: key -> (value, unit, qualifier[, value_high]) with invented figures."""
    rows = []
    for i, (key, spec) in enumerate(figures.items(), 1):
        value, unit, qual = spec[:3]
        high = spec[3] if len(spec) > 3 else None
        rows.append({"doc_id": "t", "indicator_id": i, "section_id": 1, "paragraph_id": 1, "category": None,
                     "key": key, "name": key.split(".")[-1], "measure": "level", "value": value,
                     "value_high": high, "unit": unit, "qualifier": qual, "direction": None,
                     "raw": f"{value}{unit}", "start": 10 * i, "end": 10 * i + 4, "sentence": f"句子{i}。"})
    ind = schema.enforce(pd.DataFrame(rows, columns=list(schema.columns("indicators"))), "indicators")
    md = {"doc_id": "t", **(META if metadata is None else metadata)}
    meta = schema.enforce(pd.DataFrame([{c: md.get(c) for c in schema.columns("metadata")}]), "metadata")
    return {"metadata": meta, "indicators": ind}


def texts(fig: Figure) -> list[str]:
    """Every text string drawn on the figure (titles, annotations, tick labels, notes)."""
    out = [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text") and callable(a.get_text))]
    return [t for t in out if isinstance(t, str) and t]


@pytest.fixture(scope="module")
def sample():
    if not SAMPLE.is_file():
        pytest.skip("sample report data/raw/qingxi_county_2019.txt not written yet")
    return fz.load_report(SAMPLE)


FULL = {
    "reconsideration.carried_over": (4, "件", "exact"), "reconsideration.received": (120, "件", "exact"),
    "reconsideration.accepted": (110, "件", "exact"), "reconsideration.rejected": (10, "件", "exact"),
    "reconsideration.concluded": (100, "件", "exact"), "reconsideration.upheld": (70, "件", "exact"),
    "reconsideration.dismissed": (15, "件", "exact"), "reconsideration.corrected": (12, "件", "exact"),
    "reconsideration.terminated": (3, "件", "exact"), "reconsideration.correction_rate": (12, "%", "exact"),
    "audit.projects": (30, "个", "exact"), "audit.budget_execution": (10, "个", "exact"),
    "audit.economic_responsibility": (20, "个", "exact"),
    "hotline.calls": (28818, "件", "more_than"), "hotline.satisfaction_rate": (93, "%", "at_least"),
    "enforcement.staff_trained": (300, "人", "about"),
    "approval.hall_departments": (20, "个", "exact"), "approval.cases_handled": (600000, "件", "exact"),
}


# --------------------------------------------------------------------------- labels
@pytest.mark.parametrize("args, expected", [
    ((28818, "件", "more_than"), "28,818余件"),
    ((93, "%", "at_least"), "93%以上"),
    ((300, "人", "about"), "约300人"),
    ((5, "%", "less_than"), "不足5%"),
    ((10, "件", "at_most"), "10件以下"),
    ((98.6, "%", "exact"), "98.6%"),
    ((600000, "件", "exact"), "60万件"),
])
def test_value_label_keeps_qualifier(args, expected):
    assert plots.value_label(*args) == expected


def test_value_label_with_unit_and_range():
    assert plots.value_label(28818, "件", "more_than", with_unit=False) == "28,818余"
    assert plots.value_label(1, "部", "exact", 2) == "1-2部"
    assert plots.format_number(186_000_000) == "1.86亿"
    assert plots.format_number(12077) == "12,077"
    assert plots.format_number(1234.5) == "1,234.5"


def test_more_than_figures_are_labelled_as_such():
    t = make_tables(FULL)
    hot = texts(plots.hotline(t))
    assert "28,818余件" in hot and "93%以上" in hot
    assert "28,818件" not in hot and "93%" not in hot  # never silently as exact
    assert "约300人" in texts(plots.enforcement(t))
    assert any("限定词" in s for s in hot)  # the note explaining qualified labels


# --------------------------------------------------------------------------- every chart on the sample
def _title(fig: Figure) -> str:
    return fig.fazhi_text.title


def test_every_chart_on_the_sample_has_chinese_title_and_source(sample):
    for name, spec in plots.CHARTS.items():
        fig = spec.func(sample)
        assert _title(fig) == fig.get_label(), name
        assert isinstance(fig, Figure), name
        assert CJK.search(_title(fig)), name
        src = [s for s in texts(fig) if "资料来源：" in s]
        assert src, f"{name}: no source line"
        assert sample.metadata["issuer"] in src[0] and f"《{sample.metadata['title']}》" in src[0]
        assert sample.metadata["doc_number"] in src[0]


def test_charts_take_a_report_or_its_tables(sample):
    tables = sample.tables()
    for name in ("reconsideration_funnel", "audit_by_type", "figures_by_category"):
        a, b = plots.CHARTS[name].func(sample), plots.CHARTS[name].func(tables)
        assert _title(a) == _title(b)
        assert sorted(texts(a)) == sorted(texts(b))


def test_sample_values_come_from_the_indicator_table(sample):
    ind = sample.indicators
    row = ind[(ind["key"] == "reconsideration.received") & (ind["measure"] == "level")].iloc[0]
    label = plots.value_label(row["value"], row["unit"], row["qualifier"])
    assert label in texts(plots.reconsideration_funnel(sample))


def test_source_line_omits_missing_parts():
    t = make_tables({"hotline.calls": (100, "件", "exact")}, {"issuer": "白沙县人民政府", "title": "某报告"})
    src = [s for s in texts(plots.hotline(t)) if s.startswith("资料来源")]
    assert src == ["资料来源：白沙县人民政府《某报告》"]


# --------------------------------------------------------------------------- fonts
def test_no_missing_glyph_warnings(sample, caplog):
    # every chart of the sample (it has 余, 以上, 约, %, 万 labels) plus the scorecard, drawn by Agg and SVG
    with caplog.at_level(logging.WARNING, logger="matplotlib"), warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        figs = [spec.func(sample) for spec in plots.CHARTS.values()] + [plots.scorecard(sample)]
        for fig in figs:
            fig.canvas.draw()
        figs[0].savefig(io.BytesIO(), format="svg")
    assert [str(w.message) for w in rec] == []
    assert [r.getMessage() for r in caplog.records if r.name.startswith("matplotlib")] == []


def test_glyph_check_would_catch_tofu():
    # the detector above must be able to fail: Chinese text in a Latin-only font warns
    fig = Figure()
    fig.text(0.5, 0.5, "行政复议", family="DejaVu Sans")
    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        fig.savefig(io.BytesIO(), format="png")
    assert any("missing from font" in str(w.message) for w in rec)


def test_minus_sign_renders_without_warning():
    assert style.rc()["axes.unicode_minus"] is False
    with style.context(), warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        fig = Figure()
        ax = fig.subplots()
        ax.plot([-3, 3], [-2, 2])
        ax.set_title("负数刻度 −2")
        fig.savefig(io.BytesIO(), format="png")
    assert rec == []


def test_set_font(tmp_path):
    assert plots.set_font(None) == "Noto Sans CJK SC"
    assert style.font_family() == "Noto Sans CJK SC"
    with pytest.raises(FileNotFoundError):
        plots.set_font(tmp_path / "nope.otf")
    with pytest.raises(ValueError):
        plots.set_font("No Such Font Family 42")
    assert style.font_family() == "Noto Sans CJK SC"  # a failed choice keeps the previous font


# --------------------------------------------------------------------------- files
def test_write_all_is_byte_identical_across_rebuilds(tmp_path):
    t = make_tables({k: FULL[k] for k in ("hotline.calls", "hotline.satisfaction_rate")})
    a = plots.write_all(t, tmp_path / "a")
    b = plots.write_all(t, tmp_path / "b")
    assert [p.name for p in a] == [p.name for p in b] == [
        "hotline.png", "hotline.svg", "figures_by_category.png", "figures_by_category.svg"]
    for pa, pb in zip(a, b):
        assert pa.read_bytes() == pb.read_bytes(), pa.name


def test_sample_charts_are_byte_identical_across_rebuilds(sample, tmp_path):
    for name in ("reconsideration_funnel", "service_hall"):
        for ext in ("png", "svg"):
            first = plots.save_figure(plots.CHARTS[name].func(sample), tmp_path / f"a_{name}.{ext}")
            again = plots.save_figure(plots.CHARTS[name].func(sample), tmp_path / f"b_{name}.{ext}")
            assert first.read_bytes() == again.read_bytes(), f"{name}.{ext}"


def test_png_is_300_dpi_without_timestamps(tmp_path):
    from PIL import Image

    paths = plots.write_all(make_tables({"hotline.calls": (5, "件", "exact")}), tmp_path)
    png = next(p for p in paths if p.suffix == ".png")
    with Image.open(png) as im:
        assert round(im.info["dpi"][0]) == 300
        assert "Software" not in im.info and "Creation Time" not in im.info
    svg = next(p for p in paths if p.suffix == ".svg").read_text(encoding="utf-8")
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg


# --------------------------------------------------------------------------- missing data
def test_missing_names_absent_keys_and_charts_draw_what_they_have(tmp_path):
    t = make_tables({"reconsideration.received": (50, "件", "exact"), "reconsideration.concluded": (40, "件", "exact"),
                     "hotline.calls": (900, "件", "exact")})
    absent = plots.missing(t, "reconsideration_funnel")
    assert "reconsideration.received" not in absent
    assert {"reconsideration.upheld", "reconsideration.correction_rate"} <= set(absent)
    fig = plots.reconsideration_funnel(t)
    assert "50件" in texts(fig) and any(s.startswith("注：报告未提供") for s in texts(fig))
    assert plots.missing(t, "hotline") == ["hotline.resolution_rate", "hotline.satisfaction_rate"]
    assert set(plots.missing(t, "audit_by_type")) == set(plots.chart_keys("audit_by_type"))
    assert isinstance(plots.audit_by_type(t), Figure)  # no data: still a figure, saying so

    written = plots.write_all(t, tmp_path)
    names = {p.stem for p in written}
    assert names == {"reconsideration_funnel", "hotline", "figures_by_category"}
    assert len(written) == 2 * len(names)


def test_missing_rejects_unknown_chart():
    with pytest.raises(KeyError):
        plots.missing(make_tables({}), "no_such_chart")


def test_audit_summary_says_whether_parts_add_up():
    ok = plots.audit_summary(make_tables(FULL))
    assert ok["sums_to_total"] is True and ok["parts_sum"] == 30
    short = plots.audit_summary(make_tables({**FULL, "audit.economic_responsibility": (15, "个", "exact")}))
    assert short["sums_to_total"] is False and "少5个" in short["note"]


def test_service_hall_keeps_one_unit_per_panel_without_log_scale():
    fig = plots.service_hall(make_tables(FULL))
    for ax in fig.axes:
        assert ax.get_xscale() == "linear"
    assert {"20个", "60万件"} <= set(texts(fig))  # two lone figures of different units: two cards
    assert not _bar_axes(fig)  # 个 and 件 never share an axis


def test_import_does_not_load_matplotlib():
    code = ("import sys, fazhi_analysis as fz\n"
            "from pathlib import Path\n"
            f"p = Path({str(SAMPLE)!r})\n"
            "if p.is_file():\n"
            "    fz.load_report(p).tables()\n"
            "assert 'matplotlib' not in sys.modules, sorted(m for m in sys.modules if 'matplotlib' in m)\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr


# --------------------------------------------------------------------------- what every chart must say
from matplotlib.patches import Rectangle  # noqa: E402

FIXTURES = sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt"))
_BARE_NUMBER = re.compile(r"^(约|不足|超过)?[\d,.]+(万|亿)?(-[\d,.]+(万|亿)?)?(余|以上|以下)?$")
_NUMBER = re.compile(r"^(约|不足|超过)?[\d,.]+(万|亿)?(-[\d,.]+(万|亿)?)?余?")


def _bar_axes(fig: Figure) -> list:
    """Axes holding data bars (rectangles other than the grey 0-100% track)."""
    from matplotlib.colors import to_hex

    out = []
    for ax in fig.axes:
        bars = [p for p in ax.patches if type(p) is Rectangle and to_hex(p.get_facecolor()) != style.TRACK]
        if bars:
            out.append((ax, bars))
    return out


def _unit_of(label: str) -> str:
    return re.sub(r"(以上|以下)$", "", _NUMBER.sub("", label))


def _check_chart(fig: Figure, where: str) -> None:
    title = _title(fig)
    assert re.search(r"\d", title), f"{where}: title states no figure: {title}"
    assert "｜" in fig.fazhi_text.subtitle or fig.fazhi_text.subtitle, where
    for ax, bars in _bar_axes(fig):
        assert len(bars) >= 2, f"{where}: a single-bar panel"
        assert ax.get_xscale() == "linear", f"{where}: log scale"
        labels = [t.get_text() for t in ax.texts]
        assert len(labels) >= len(bars), where
        for lab in labels:
            assert not _BARE_NUMBER.match(lab), f"{where}: value label without unit: {lab}"
        units = {_unit_of(lab) for lab in labels}
        assert len(units) == 1, f"{where}: mixed units on one axis: {units}"
    for ax in fig.axes:  # cards: the big number carries its unit too
        if not _bar_axes(fig) or ax not in [a for a, _ in _bar_axes(fig)]:
            for t in ax.texts:
                s = t.get_text()
                if _NUMBER.match(s) and len(s) < 20:
                    assert not _BARE_NUMBER.match(s), f"{where}: card without unit: {s}"


@pytest.mark.parametrize("path", [SAMPLE, *FIXTURES], ids=lambda p: p.stem)
def test_every_chart_states_a_finding_with_units_and_one_unit_per_axis(path):
    report = fz.load_report(path)
    charts = plots.report_charts(report)
    assert charts, path.name
    for c in charts:
        assert c.title and c.source.startswith("资料来源："), c.name
        _check_chart(c.figure, f"{path.stem}/{c.name}")
    names = [c.name for c in charts]
    assert {"scorecard", "checks_summary"} <= set(names)


def test_chart_checker_can_fail():
    # a lone bar, a bare number and two units on one axis are each caught
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = Figure()
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    ax.barh([0], [5])
    ax.annotate("5件", (5, 0))
    fig.fazhi_text = plots.ChartText("审结5件", "x｜y", "资料来源：z")
    with pytest.raises(AssertionError, match="single-bar"):
        _check_chart(fig, "lone")
    ax.barh([1], [7])
    ax.annotate("28818余", (7, 1))
    with pytest.raises(AssertionError, match="without unit"):
        _check_chart(fig, "bare")
    ax.texts[-1].set_text("7个")
    with pytest.raises(AssertionError, match="mixed units"):
        _check_chart(fig, "mixed")


def test_reconsideration_title_is_computed_from_the_figures():
    fig = plots.reconsideration_funnel(make_tables(FULL))
    assert _title(fig) == "审结100件，纠错12件，纠错率12%"
    no_rate = {k: v for k, v in FULL.items() if k != "reconsideration.correction_rate"}
    assert _title(plots.reconsideration_funnel(make_tables(no_rate))) == "审结100件，纠错12件，纠错率12%（按纠错÷审结计算）"
    assert plots.reconsideration_funnel(make_tables(FULL)).fazhi_text.subtitle == "行政复议案件办理情况｜白沙县 2021年度"


def test_semantic_colour_red_only_for_problems():
    from matplotlib.colors import to_hex

    fig = plots.reconsideration_funnel(make_tables(FULL))
    (ax, bars), = _bar_axes(fig)
    colors = {lab.get_text(): to_hex(b.get_facecolor()) for lab, b in zip(ax.get_yticklabels(), bars)}
    assert colors["纠错"] == style.PROBLEM
    assert [k for k, c in colors.items() if c == style.PROBLEM] == ["纠错"]
    assert set(colors.values()) - {style.PROBLEM} == {style.VOLUME}


def test_one_or_two_figures_become_cards_not_bars():
    t = make_tables({"hotline.calls": FULL["hotline.calls"], "hotline.satisfaction_rate": FULL["hotline.satisfaction_rate"]})
    fig = plots.hotline(t)
    assert not _bar_axes(fig)
    assert "28,818余件" in texts(fig) and _title(fig) == "热线受理28,818余件，满意率93%以上"
    enf = plots.enforcement(make_tables({"enforcement.staff_trained": (300, "人", "about")}))
    assert not _bar_axes(enf) and "约300人" in texts(enf)


def test_hostile_text_and_values_do_not_break_charts():
    hostile = {**META, "title": "$\\frac{1}{0}$ \\frac{" + "长" * 200_000, "region": "$x$县",
               "issuer": "\\mathrm{x}$"}
    t = make_tables({"hotline.calls": (float("inf"), "件", "exact"), "mediation.cases": (1e300, "件", "exact"),
                     "mediation.succeeded": (40, "件", "exact"), "reconsideration.received": (9, "件", "exact")},
                    hostile)
    written = plots.write_charts(t, Path(__import__("tempfile").mkdtemp()))
    names = [c.name for c in written]
    assert "hotline" not in names  # its only figure is infinite
    med = next(c for c in written if c.name == "mediation")
    assert any("未绘入图中" in n for n in med.notes)
    for c in written:
        for s in texts(c.figure):
            assert len(s) < 1000
        assert "$x$县" in c.subtitle
        c.figure.savefig(io.BytesIO(), format="png")
        assert any("$\\frac{1}{0}$" in s for s in texts(c.figure))  # shown as written


def test_report_charts_for_the_deck(sample, tmp_path):
    charts = plots.write_charts(sample, tmp_path)
    assert [c.name for c in charts] == [n for n in plots.CHARTS if plots.has_data(sample, n)]
    for c in charts:
        assert c.png.is_file() and c.svg.is_file() and c.png.suffix == ".png"
        assert sample.metadata["doc_number"] in c.source
        assert c.subtitle.endswith("2019年度")


def test_build_hook_writes_the_scorecard_and_checks_charts(tmp_path):
    # the build calls write_all on each report's tables() dict: the audit charts come with it
    corpus = fz.load_corpus(FIXTURES[:2], workers=1) if hasattr(fz, "load_corpus") else None
    if corpus is None:
        pytest.skip("no corpus loader")
    for doc_id, tables in corpus.iter_reports():
        names = {p.name for p in plots.write_all(tables, tmp_path / doc_id)}
        assert {"scorecard.png", "checks_summary.svg"} <= names


@pytest.mark.parametrize("path", [SAMPLE, *FIXTURES], ids=lambda p: p.stem)
def test_reader_tables_are_chinese_without_offsets(path):
    from fazhi_analysis import notebook as nb

    report = fz.load_report(path)
    shown = pd.concat([nb.checks_zh(report).drop(columns="_status"),
                       nb.compliance_zh(report).drop(columns="_status"),
                       nb.figures_frame(report).drop(columns="原文"), nb.status_frame(report),
                       nb.sections_frame(report)], ignore_index=True).astype(object)
    cells = [str(c) for c in shown.to_numpy().ravel() if isinstance(c, str) or not pd.isna(c)]
    english = [c for c in cells if re.search(r"[A-Za-z]{3,}", c)]
    assert english == [], english[:5]
    assert not [c for c in cells if re.search(r"\[\d+:\d+\]", c)]
    assert not set(cells) & {"pass", "fail", "warn", "skip", "exact", "more_than", "achievements"}


def test_a_tie_is_not_called_the_largest():
    t = make_tables({"audit.budget_execution": (9, "个", "exact"), "audit.village": (9, "个", "exact"),
                     "audit.policy_tracking": (3, "个", "exact")})
    title = _title(plots.audit_by_type(t))
    assert "并列最多（各9个）" in title and "预算执行审计" in title and "村级审计" in title


# ---------------------------------------------------------------------------------------------- line breaking
_FIGURE = re.compile(r"[约近逾]?\d[\d,.]*(?:余|多)?(?:万|亿)?[件次人个项名枚卷元%]")


def _line_rules_hold(text: str, lines: list[str]) -> None:
    for a, b in zip(lines, lines[1:]):
        assert b[:1] not in "，。、；：）】”%", (a, b)  # no line starts with closing punctuation
        assert a[-1:] not in "（【“", (a, b)  # none ends with opening punctuation
    joined = "".join(lines)
    for m in _FIGURE.finditer(joined):  # a figure, its unit and its qualifier stay on one line
        assert any(m.group(0) in line for line in lines), (m.group(0), lines)


@pytest.mark.parametrize("text,width,want", [
    ("首违不罚和从轻减轻处罚", 6, ["首违不罚和", "从轻减轻处罚"]),  # after the conjunction, not 从|轻
    ("12345热线办结率", 6, ["12345热线", "办结率"]),
    ("行政机关负责人出庭应诉率", 7, ["行政机关负责人", "出庭应诉率"]),
    ("建议提案办复率", 4, ["建议提案", "办复率"]),
    ("罚没款金额486.3万元", 5, ["罚没款金额", "486.3万元"]),
])
def test_wrap_breaks_between_words(text, width, want):
    assert plots._wrap(text, width).split("\n") == want


@pytest.mark.parametrize("text", [
    "全年共受理群众来电诉求28,818余件，按时办结率99.1%，群众满意率达95%以上。",
    "组织执法人员培训4期，培训执法人员约300人，罚没款486.3万元，评查案卷420卷。",
    "审计项目 45个 = 预算执行审计 12个 + 经济责任审计 9个 + 政府投资审计 11个 + 村级审计 6个",
    "新收行政复议申请107件（其中依法受理98件、不予受理9件），审结96件。",
])
@pytest.mark.parametrize("width", [5, 7, 9, 12, 16])
def test_wrap_never_splits_a_figure_or_strands_punctuation(text, width):
    lines = plots._wrap(text, width).split("\n")
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost without max_lines
    _line_rules_hold(text, lines)
    cut = plots._wrap(text, width, 2).split("\n")
    assert len(cut) <= 2 and cut[-1].endswith("…")
    assert cut[-1][-2:-1] not in "，、；：+="  # cut cleanly, not after a comma or an operator
    _line_rules_hold(text, cut)


def _value(sentence: str, raw: str) -> "plots.Value":
    return plots.Value("k", 0.0, None, "件", "exact", raw, "某项", sentence)


def test_excerpt_keeps_whole_clauses_and_marks_cuts():
    s = ("我县持续深化综合执法改革，全年开展部门联合抽查52次，做到“进一次门、查多项事”，"
         "行政处罚案件1,208件，罚没款486.3万元。")
    # whole clauses, the one before the figure first; 1,208 is one number, not two clauses
    assert plots._excerpt(_value(s, "486.3万元"), 16) == "“…罚没款【486.3万元】。”"
    assert plots._excerpt(_value(s, "486.3万元"), 30) == "“…行政处罚案件1,208件，罚没款【486.3万元】。”"
    assert plots._excerpt(_value(s, "486.3万元"), 40) == "“…做到“进一次门、查多项事”，行政处罚案件1,208件，罚没款【486.3万元】。”"
    ex = plots._excerpt(_value(s, "52次"), 16)
    assert ex == "“…全年开展部门联合抽查【52次】…”"  # the figure's clause, cut at its marks, not mid-word
    assert plots._excerpt(_value("全年办结率达99%。", "99%"), 30) == "“全年办结率达【99%】。”"  # whole sentence


def test_excerpt_of_a_long_clause_cuts_at_word_boundaries():
    s = "县行政审批服务局全面承接交通运输、市场监管、自然资源、生态环境等13个部门的行政许可事项146项并集中办理"
    ex = plots._excerpt(_value(s, "13个"), 20)
    assert "【13个】" in ex and ex.startswith("“…") and ex.endswith("…”")
    head = ex[2:ex.index("【")]
    assert head in ("市场监管、自然资源、生态环境等", "自然资源、生态环境等", "生态环境等"), head  # after 、, not 通运输
    assert plots._width(ex) <= 20 + 2
