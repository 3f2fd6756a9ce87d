"""What a Chinese-reading analyst sees: one set of Chinese words for statuses and parts, Chinese check details,
charts and slides that say their title and source once."""

from __future__ import annotations

import pandas as pd
import pytest

import fazhi_analysis as fz
from fazhi_analysis import notebook as nb
from fazhi_analysis import plots, schema


def _corpus_of(*reports):
    """A corpus-like object (the notebook helpers read its tables and metadata)."""
    class C:
        pass

    c = C()
    for name in ("metadata", "checks", "compliance"):
        setattr(c, name, pd.concat([r.tables()[name] for r in reports], ignore_index=True))
    return c


def test_status_words_come_from_the_schema_everywhere(sample):
    words = set(schema.STATUS_LABELS.values())
    assert schema.VALUE_LABELS["status"] is schema.STATUS_LABELS
    assert plots.STATUS_LABELS is schema.STATUS_LABELS
    counted = nb.status_counts(sample.checks)
    assert dict(zip(counted["status"], counted["结果"])) == schema.STATUS_LABELS
    assert set(nb.checks_zh(sample)["结果"]) <= words
    assert set(nb.compliance_zh(sample)["结果"]) <= words
    c = _corpus_of(sample)
    assert set(nb.status_by_report(c).columns) == words | {"合计"}
    assert set(nb.compliance_matrix(c).to_numpy().ravel()) <= words | {"—"}
    # the scorecard and checks charts' status chips
    for fig in (plots.compliance_scorecard(sample), plots.checks_summary(sample)):
        drawn = {t.get_text() for ax in fig.axes for t in ax.texts}
        assert drawn & words and not drawn & {"需核对", "不通过"}


def test_compliance_item_and_part_words_come_from_the_schema(sample):
    items = schema.VALUE_LABELS["item"]
    assert {k: items[k] for k in schema.PART_LABELS} == schema.PART_LABELS
    assert list(nb.compliance_zh(sample)["要求"]) == [items[i] for i in schema.COMPLIANCE_ITEMS]
    assert list(nb.compliance_matrix(_corpus_of(sample)).columns) == [items[i] for i in schema.COMPLIANCE_ITEMS]
    assert set(nb.sections_frame(sample)["部分"]) - {"—"} <= set(schema.PART_LABELS.values())
    by_part = nb.figures_by_category_and_part(sample)
    assert set(by_part.columns) - {"（章节外）", "合计"} <= set(schema.PART_LABELS.values())


def test_a_chart_slide_states_its_title_and_source_once(sample, monkeypatch, tmp_path):
    """The slide's own text gives the finding and the source line; the chart picture leaves both out."""
    pptx = pytest.importorskip("pptx")
    from matplotlib.figure import Figure

    from fazhi_analysis import deck

    drawn = []
    real = Figure.savefig

    def savefig(fig, *args, **kwargs):
        drawn.append({t.get_text() for t in fig.texts if t.get_visible()})
        return real(fig, *args, **kwargs)

    monkeypatch.setattr(Figure, "savefig", savefig)
    path = deck.write_deck(sample, tmp_path / "a.pptx")
    charts = plots.report_charts(sample)
    assert len(drawn) >= len(charts) > 3
    prs = pptx.Presentation(str(path))
    slides = [s for s in prs.slides if any(sh.shape_type == 13 for sh in s.shapes)]
    assert len(slides) == len(charts)
    for slide, chart, texts in zip(slides, charts, drawn):
        said = [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
        assert said.count(chart.title) == 1 and said.count(chart.source) == 1
        flat = " ".join(texts).replace("\n", "")
        assert chart.title not in flat and chart.source not in flat  # not drawn again in the picture
        assert chart.subtitle in flat  # the chart's subtitle (measure, place, year) stays
    # the charts written as files keep their title and source
    fig = charts[0].figure
    assert {plots.TITLE_GID, plots.SOURCE_GID} <= {t.get_gid() for t in fig.texts if t.get_visible()}


def test_metadata_reads_in_chinese_in_the_notebook_and_the_workbook_overview(sample, tmp_path):
    """行政层级 县级 (not county); 元数据来源 by place in Chinese; rules named in Chinese in 概览."""
    import openpyxl

    assert schema.metadata_source_zh("issuer=title; region=title; report_year=body") == "标题：发布机构、地区；正文：报告年度"
    assert schema.metadata_source_zh(None) == ""
    view = nb.metadata_view(sample).data
    shown = dict(zip(view["字段"], view["内容"]))
    level = sample.metadata["level"]
    assert shown["行政层级"] == schema.VALUE_LABELS["level"][level] != level
    assert "=" not in shown["元数据来源"] and "页眉：" in shown["元数据来源"]
    path = sample.to_excel(tmp_path / "a.xlsx")
    ws = openpyxl.load_workbook(path)["概览"]
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c for c in cells if "=" in c and ("title" in c or "header" in c)]  # metadata_source
    assert not [c for c in cells if c in set(sample.checks["check_id"])]  # rule ids
    assert not [c for c in cells if c.startswith("section ")]  # compliance evidence codes


def test_the_workbook_data_dictionary_explains_every_column_in_chinese(sample, tmp_path):
    import re

    import openpyxl

    tables = {**schema.TABLES, **schema.CORPUS_TABLES}
    declared = {(t, c) for t, (_l, _d, cols) in tables.items() for c in cols}
    missing = [f"{t}.{c}" for t, c in sorted(declared) if not schema.description_zh(t, c)]
    assert missing == []
    stale = [k for k in schema.DESCRIPTIONS_ZH
             if k not in schema.FIELDS and tuple(k.split(".", 1)) not in declared]
    assert stale == []
    assert set(schema.TABLE_DESCRIPTIONS_ZH) == set(tables)
    ws = openpyxl.load_workbook(sample.to_excel(tmp_path / "a.xlsx"))["数据字典"]
    header = [c.value for c in ws[1]]
    col = header.index("说明")
    texts = [row[col].value for row in ws.iter_rows(min_row=2)]
    english = [row[header.index("英文说明")].value for row in ws.iter_rows(min_row=2)]
    assert len(texts) == len(english) >= len(declared) - len(schema.CORPUS_TABLES["trends"][2])
    cjk = re.compile(r"[\u4e00-\u9fff]")
    assert all(t and len(cjk.findall(t)) >= 4 and t != e for t, e in zip(texts, english))
    values = [row[header.index("取值")].value for row in ws.iter_rows(min_row=2)]
    assert "pass 通过, fail 未通过, warn 提示, skip 未检查" in values


def test_parser_warnings_are_written_in_chinese():
    """The 警告 sheet is read by analysts: messages in Chinese, codes machine-readable."""
    import re

    text = ("明溪县人民政府关于2020年法治政府建设情况的报告\n"
            "2020年，明溪县坚持依法行政，全年受理行政复议案件12件，审结10件，各项工作取得新进展\n")
    r = fz.parse_report(text * 3, source="明溪县.txt")
    got = dict(r.warnings)
    assert {"no_sections"} <= set(got)
    text2 = ("明溪县人民政府关于2020年法治政府建设情况的报告\n一、主要工作\n全年受理行政复议案件12件，审结10件，"
             "各项工作取得新进展，群众满意度持续提升，法治政府建设迈出新步伐\n")
    got.update(dict(fz.parse_report(text2 * 2, source="明溪县2.txt").warnings))
    assert {"missing_parts", "no_closing", "ends_mid_sentence"} <= set(got)
    assert [m for m in got.values() if re.search(r"[A-Za-z]{3,}", m)] == []
    assert "存在不足" in got["missing_parts"]


def test_explore_is_a_small_searchable_table_with_every_row(sample):
    """The notebooks' searchable table: every row in the saved HTML (readable without script), a search field
    and a few lines of script; no table library embedded (it cost about 1 MB per notebook)."""
    import re

    df = nb.figures_frame(sample)
    html = nb.explore(df, caption="全部数据").data
    assert html == nb.explore(df, caption="全部数据").data  # reproducible outputs
    assert len(re.findall(r"<tr>|<tr ", html.split("<tbody>")[1])) == len(df)
    assert 'type="search"' in html and f"共 {len(df)} 条" in html
    uid = re.search(r'<div id="(fzx[0-9a-f]+)"', html).group(1)
    script = html[html.index("<script>"):]
    assert f'getElementById("{uid}")' in script and len(script) < 3000
    assert "http" not in script and "itables" not in html and "import(" not in script
    table = nb.styled(df, "全部数据", wide=["原文"]).to_html()
    assert len(html) < len(table) + 4000


def test_committed_notebooks_embed_no_table_library():
    """What made notebooks heavy: an interactive-table library saved in an output (01 was 1.2 MB)."""
    import json
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("[0-9]*.ipynb")):
        nb_json = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb_json["cells"]:
            for out in cell.get("outputs", []):
                html = "".join(out.get("data", {}).get("text/html", ""))
                assert "injectModule(" not in html and len(html) < 300_000, (path.name, len(html))
