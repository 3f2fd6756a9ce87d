"""The notebooks run end to end with papermill on a genre fixture that lacks many indicators."""

from __future__ import annotations

import json
import re
import os
import shutil
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
pm = pytest.importorskip("papermill")

ROOT = Path(__file__).resolve().parents[1]
# notebooks that read a folder of reports (parameter FOLDER) rather than one report (parameter REPORT)
CORPUS_NOTEBOOKS = [ROOT / "notebooks" / "06_corpus.ipynb"]
NOTEBOOKS = [p for p in sorted((ROOT / "notebooks").glob("[0-9]*.ipynb")) if p not in CORPUS_NOTEBOOKS]
# a market-regulation bureau's report: no audit, approval-reform or service-hall figures and only part of
# the reconsideration, mediation and litigation figures, so every notebook must degrade gracefully
FIXTURE = ROOT / "tests" / "fixtures" / "reports" / "04_market_regulation_continuing_2021.txt"


def _outputs(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                parts.append(out.get("text", ""))
            elif "data" in out:
                for mime in ("text/plain", "text/markdown", "text/html"):
                    parts.append(out["data"].get(mime, ""))
    return "\n".join(parts)


def test_notebooks_exist():
    assert [p.stem[:2] for p in NOTEBOOKS] == ["01", "02", "03", "04", "05"]
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert "parameters" in code[0].metadata.get("tags", []), path.name
        assert "REPORT =" in code[0].source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_on_a_report_lacking_indicators(path, tmp_path):
    assert FIXTURE.is_file(), f"fixture {FIXTURE.name} is gone: pick another one lacking indicators"
    out = tmp_path / path.name
    # cwd is a scratch folder: nothing in the notebook may depend on the working directory
    pm.execute_notebook(str(path), str(out), parameters={"REPORT": str(FIXTURE)}, kernel_name="python3",
                        cwd=str(tmp_path), progress_bar=False, log_output=False)
    nb = nbformat.read(out, as_version=4)
    text = _outputs(nb)
    assert "qingxi" not in text and "青溪" not in text  # the injected REPORT was used, not the sample
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    if path.stem[:2] in ("01", "05"):
        assert images, "charts must still display inline"
    if path.stem[:2] in ("02", "03", "04"):
        assert "报告未提供" in text  # names the missing indicators instead of failing
    # what a reader sees: no printed DataFrames, no offsets, no English status or qualifier codes
    assert "Empty DataFrame" not in text
    shown = "\n".join(out["data"].get(m, "") for c in nb.cells for out in c.get("outputs", [])
                      for m in ("text/markdown", "text/html") if "data" in out and "itables" not in
                      str(out["data"].get("text/html", ""))[:2000])
    for code in (">pass<", ">fail<", ">warn<", ">skip<", ">exact<", ">more_than<", ">achievements<"):
        assert code not in shown, code
    assert not re.search(r"\[\d+:\d+\]", shown), "offsets shown to the reader"
    for cell in nb.cells:
        assert "to_string()" not in cell.source


def test_papermill_kernel_is_this_environment(tmp_path):
    """kernel_name="python3" must start this interpreter (the .venv), not some other Python."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell("import sys, fazhi_analysis\nprint(sys.executable)")]
    src, out = tmp_path / "probe.ipynb", tmp_path / "probe.out.ipynb"
    nbformat.write(nb, src)
    pm.execute_notebook(str(src), str(out), kernel_name="python3", progress_bar=False)
    printed = nbformat.read(out, as_version=4).cells[0].outputs[0]["text"].strip()
    assert os.path.realpath(printed) == os.path.realpath(sys.executable)


def test_default_report_does_not_depend_on_cwd(tmp_path, monkeypatch):
    from fazhi_analysis import notebook

    expected = notebook.default_report()
    monkeypatch.chdir(tmp_path)
    assert notebook.default_report() == expected
    assert expected.parent == (ROOT / "data" / "raw").resolve()
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "b.txt").write_text("x", encoding="utf-8")
    (raw / "a.txt").write_text("x", encoding="utf-8")
    assert notebook.default_report(raw).name == "a.txt"  # no sample there: the first report file
    with pytest.raises(FileNotFoundError):
        notebook.default_report(tmp_path / "empty")


# --------------------------------------------------------------------------- the corpus notebook
CORPUS_NB = CORPUS_NOTEBOOKS[0]
FIXTURE_DIR = FIXTURE.parent


def _run_corpus_notebook(folder: Path, tmp_path: Path):
    out = tmp_path / CORPUS_NB.name
    pm.execute_notebook(str(CORPUS_NB), str(out), parameters={"FOLDER": str(folder)}, kernel_name="python3",
                        cwd=str(tmp_path), progress_bar=False, log_output=False)
    nb = nbformat.read(out, as_version=4)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    return _outputs(nb), images


def test_every_notebook_takes_a_report_or_a_folder():
    assert [p.stem for p in CORPUS_NOTEBOOKS] == ["06_corpus"] and CORPUS_NB.is_file()
    for path in sorted((ROOT / "notebooks").glob("[0-9]*.ipynb")):
        code = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
        assert "parameters" in code[0].metadata.get("tags", []), path.name
        if path in CORPUS_NOTEBOOKS:
            assert "FOLDER = None" in code[0].source and "KEYS = [" in code[0].source, path.name
            assert "REPORT =" not in code[0].source, path.name
        else:
            assert "REPORT =" in code[0].source and "FOLDER =" not in code[0].source, path.name


def test_corpus_notebook_compares_the_fixture_reports(tmp_path):
    reports = sorted(FIXTURE_DIR.glob("*.txt"))
    regions = {json.loads(p.with_suffix(".expected.json").read_text(encoding="utf-8"))["metadata"].get("region")
               for p in reports}
    regions.discard(None)
    assert len(reports) >= 5 and len(regions) >= 5, "the fixture folder should hold several reports"
    assert any(FIXTURE_DIR.glob("*.json"))  # label files sit next to the reports: the loader must skip them
    text, images = _run_corpus_notebook(FIXTURE_DIR, tmp_path)
    assert f"解析成功{len(reports)}份报告，失败0个" in text  # the injected FOLDER was read, json files skipped
    assert "qingxi" not in text and "青溪" not in text  # not the default data/raw
    assert sorted(r for r in regions if r not in text) == []  # every region appears in the tables
    assert "无从比较" not in text
    assert len(images) == 1, "the comparison chart must display inline"


def test_corpus_notebook_with_one_report_says_so(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    one = FIXTURE_DIR / "01_city_fullwidth_2020.txt"
    shutil.copy(one, folder / one.name)
    shutil.copy(one.with_suffix(".expected.json"), folder / one.with_suffix(".expected.json").name)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    run = tmp_path / "run"
    run.mkdir()
    text, images = _run_corpus_notebook(folder, run)
    assert "解析成功1份报告，失败1个" in text
    assert "empty.txt" in text  # the failed file is listed, relative to FOLDER, with its reason
    assert "只有1份报告" in text and "无从比较" in text
    labels = json.loads(one.with_suffix(".expected.json").read_text(encoding="utf-8"))
    rate = next(f["raw"] for f in labels["figures"] if f.get("key") == "reconsideration.correction_rate")
    assert f"（{labels['metadata']['region']}{labels['metadata']['report_year']}年），无从比较" in text
    assert rate in text.split("无从比较", 1)[1]  # its figures are listed instead of a comparison
    assert images == []  # no comparison chart of a single bar


def test_default_folder_does_not_depend_on_cwd(tmp_path, monkeypatch):
    from fazhi_analysis import notebook

    monkeypatch.chdir(tmp_path)
    assert notebook.default_folder() == (ROOT / "data" / "raw").resolve()
