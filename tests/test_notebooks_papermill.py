"""The notebooks run end to end with papermill on a genre fixture that lacks many indicators."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
pm = pytest.importorskip("papermill")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
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
                parts.append(out["data"].get("text/plain", ""))
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
        assert "报告缺少" in text  # names the missing indicators instead of failing


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
