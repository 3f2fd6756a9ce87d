"""The project's set-up files agree with each other, and the data dictionary docs are up to date."""

import re
import tomllib

from fazhi_analysis import schema

from conftest import ROOT


def _name_spec(req: str) -> tuple[str, str]:
    m = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", req)
    return m.group(1).lower().replace("_", "-"), m.group(2).replace(" ", "")


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    py = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = dict(_name_spec(r) for r in py["dependencies"] + py["optional-dependencies"]["dev"])
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    listed = {}
    for line in env.splitlines():
        m = re.match(r"^\s*-\s+([A-Za-z][A-Za-z0-9_.\-]*\s*[<>=!~].*)$", line)
        if m:
            name, spec = _name_spec(m.group(1))
            if name != "python":
                listed[name] = spec
    assert listed == wanted
    assert "- -e ." in env and "conda-forge" in env


def test_required_packages_are_dependencies():
    py = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {_name_spec(r)[0] for r in py["dependencies"] + py["optional-dependencies"]["dev"]}
    assert {"jupyterlab", "pandas", "matplotlib", "nbval", "openpyxl"} <= names


def test_data_dictionary_doc_is_generated_from_the_schema():
    doc = (ROOT / "docs" / "data_dictionary.md").read_text(encoding="utf-8")
    assert doc.strip() == schema.data_dictionary_markdown().strip(), "run `make docs`"


def test_every_declared_field_is_used_and_every_used_field_declared():
    used = {c for _, _, cols in [*schema.TABLES.values(), *schema.CORPUS_TABLES.values()] for c in cols}
    assert used == set(schema.FIELDS)


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in ci and "make test" in readme and "make run" in readme
