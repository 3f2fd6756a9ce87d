"""Tests for fazhi_analysis.deck and `fazhi brief`: the deck is read back with python-pptx."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

import fazhi_analysis as fz
from fazhi_analysis import deck as deck_mod
from fazhi_analysis import plots, schema
from fazhi_analysis.cli import main
from fazhi_analysis.indicators import catalog

pptx = pytest.importorskip("pptx")
from PIL import Image  # noqa: E402  (python-pptx depends on Pillow)

FIXTURES = Path(__file__).parent / "fixtures" / "reports"


def _texts(slide) -> list[str]:
    return [s.text_frame.text for s in slide.shapes if s.has_text_frame]


def _title(slide) -> str:
    return _texts(slide)[0]


def _tables(slide) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in s.table.rows] for s in slide.shapes if s.has_table]


def _pictures(slide) -> list:
    return [s for s in slide.shapes if s.shape_type == pptx.enum.shapes.MSO_SHAPE_TYPE.PICTURE]


@pytest.fixture(scope="module")
def sample_deck(tmp_path_factory, sample):
    out = tmp_path_factory.mktemp("deck")
    path = deck_mod.write_deck(sample, out / "a.pptx")
    return sample, path, pptx.Presentation(str(path))


def test_report_deck_title_slide(sample_deck):
    report, _path, prs = sample_deck
    first = "\n".join(_texts(prs.slides[0]))
    m = report.metadata
    for value in (m["title"], m["issuer"], f"{m['report_year']}年", m["doc_number"]):
        assert value and str(value) in first
    assert prs.slide_width * 9 == prs.slide_height * 16  # a 16:9 deck


def test_report_deck_has_one_slide_per_chart_with_its_finding(sample_deck):
    report, _path, prs = sample_deck
    tables = report.tables()
    expected = [plots.CHARTS[n].func(tables).get_label() for n in plots.CHARTS if plots.has_data(tables, n)]
    if "scorecard" not in plots.CHARTS:
        expected.append(plots.scorecard(tables).get_label())
    chart_slides = [s for s in prs.slides if _pictures(s)]
    assert [_title(s) for s in chart_slides] == expected
    source = _texts(chart_slides[0])[-1]
    assert source.startswith("资料来源：") and report.metadata["doc_number"] in source
    for slide in chart_slides:
        (pic,) = _pictures(slide)
        assert abs(pic.width * 9 - pic.height * 16) <= 16 * 9  # placed 16:9 (EMU rounding)
        w, h = Image.open(io.BytesIO(pic.image.blob)).size
        assert abs(w * 9 - h * 16) < 16  # the picture itself is 16:9
        assert _texts(slide)[-1] == source


def test_report_deck_key_figures_are_an_editable_table_of_report_figures(sample_deck):
    report, _path, prs = sample_deck
    (slide,) = [s for s in prs.slides if _title(s).startswith("关键数据")]
    (table,) = _tables(slide)
    assert table[0] == ["领域", "指标", "报告原文"]
    ind = report.indicators
    labels = dict(zip(catalog()["key"], catalog()["label_zh"]))
    by_label = {labels[k]: k for k in labels}
    assert 1 <= len(table) - 1 <= deck_mod._MAX_TABLE_ROWS
    for _cat, label, raw in table[1:]:
        key = by_label[label]
        rows = ind[(ind["key"] == key) & (ind["measure"].astype(object) == "level")]
        assert raw == rows["raw"].iloc[0]  # the report's own first figure for the key, as printed
    assert f"{len(ind)}项数据" in _title(slide)


def test_report_deck_compliance_scorecard(sample_deck):
    report, _path, prs = sample_deck
    slides = [s for s in prs.slides if _title(s).startswith("合规评分")]
    assert slides and slides[-1] is prs.slides[len(prs.slides) - 1]
    rows = [r for s in slides for r in _tables(s)[0][1:]]
    items = schema.value_labels("compliance", "item")
    status = schema.value_labels("compliance", "status")
    comp = report.compliance
    assert rows[:len(comp)] == [[items[i], status[s], r[2]] for i, s, r in
                                zip(comp["item"].astype(object), comp["status"].astype(object), rows)]
    n_pass = int((comp["status"] == "pass").sum())
    assert f"{len(comp)}项要求中{n_pass}项通过" in _title(slides[0])


def test_report_deck_is_byte_identical(sample_deck, tmp_path):
    report, path, _prs = sample_deck
    again = deck_mod.write_deck(report, tmp_path / "b.pptx")
    assert again.read_bytes() == path.read_bytes()
    with zipfile.ZipFile(path) as z:
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in z.infolist())
        assert z.infolist()[0].filename == "[Content_Types].xml"
        core = z.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in core and "fazhi_analysis" in core
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_deck_uses_the_chart_title_as_slide_title(tmp_path, monkeypatch):
    """The deck takes each chart's finding from the figure, whatever plots computes."""
    from matplotlib.figure import Figure

    def fake(_report):
        fig = Figure(figsize=(4, 3))
        fig.add_subplot().bar([0, 1], [3, 5])
        fig.set_label("纠错率升至76.15%")
        return fig

    monkeypatch.setattr(deck_mod, "_report_charts", lambda tables: [fake(tables)])
    r = fz.load_report(FIXTURES / "01_city_fullwidth_2020.txt")
    prs = pptx.Presentation(str(deck_mod.write_deck(r, tmp_path / "d.pptx")))
    titles = [_title(s) for s in prs.slides]
    assert "纠错率升至76.15%" in titles
    assert titles[0] == r.metadata["title"]


def test_folder_deck_is_a_corpus_overview(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["01_city_fullwidth_2020.txt", "03_justice_bureau_2020.txt", "05_district_2022_outline.txt"]
    for n in names:
        shutil.copy(FIXTURES / n, folder / n)
    path = deck_mod.write_deck(folder, tmp_path / "corpus.pptx")
    prs = pptx.Presentation(str(path))
    corpus = fz.load_corpus(folder)
    titles = [_title(s) for s in prs.slides]
    assert titles[0] == "法治政府建设年度报告汇总" and "报告：3份" in _texts(prs.slides[0])[1]
    (overview,) = [s for s in prs.slides if _title(s).startswith("报告一览")]
    table = _tables(overview)[0]
    assert [r[0] for r in table[1:]] == [str(v) for v in corpus.metadata["region"]]
    (matrix,) = [s for s in prs.slides if _title(s).startswith("合规评分")]
    rows = _tables(matrix)[0]
    items = schema.value_labels("compliance", "item")
    assert rows[0] == ["报告"] + [items[i] for i in schema.COMPLIANCE_ITEMS]
    assert len(rows) == 4
    assert deck_mod.write_deck(folder, tmp_path / "again.pptx").read_bytes() == path.read_bytes()


def test_cli_brief(tmp_path, capsys):
    out = tmp_path / "sub" / "briefing.pptx"
    assert main(["brief", str(FIXTURES / "07_town_body_only_2020.txt"), "--out", str(out)]) == 0
    assert out.is_file() and len(pptx.Presentation(str(out)).slides) >= 3
    assert "wrote" in capsys.readouterr().out

    assert main(["brief", str(tmp_path / "missing.txt"), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "does not exist" in err

    bad = tmp_path / "bad.txt"
    bad.write_text("hello", encoding="utf-8")
    assert main(["brief", str(bad), "--out", str(out)]) == 1
    assert capsys.readouterr().err.startswith(f"error: {bad}")

    assert main(["brief", str(FIXTURES / "07_town_body_only_2020.txt"), "--out", str(tmp_path / "x.pdf")]) == 2
