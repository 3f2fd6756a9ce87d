# fazhi_analysis: `make help` lists the targets. Everything sets itself up from scratch (python3 + make).
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
RAW := data/raw
OUT := data/processed
export MPLBACKEND := Agg
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: help requirements run data test unit notebooks lab bench docs lint clean

help: ## Show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-13s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@rm -f $(VENV)/.installed-*; touch $@

requirements: $(STAMP) ## Create .venv and install the package with its dev tools (fonts ship in mplfonts)

run: data ## Build every table, workbook and chart in data/processed from data/raw

data: $(STAMP)
	$(BIN)/fazhi build $(RAW) --out $(OUT) --per-report

test: $(STAMP) ## Run the whole test suite: unit tests and every notebook (nbval)
	$(BIN)/python -m pytest tests notebooks --nbval-lax --nbval-current-env \
		--nbval-sanitize-with notebooks/nbval_sanitize.cfg -q

unit: $(STAMP) ## Run the unit tests only (fast)
	$(BIN)/python -m pytest tests -q

notebooks: $(STAMP) ## Re-execute every notebook in place (after changing the library)
	$(BIN)/python -m jupyter nbconvert --to notebook --execute --inplace \
		--ExecutePreprocessor.timeout=300 --ExecutePreprocessor.record_timing=False notebooks/[0-9]*.ipynb

lab: $(STAMP) ## Open JupyterLab on the notebooks
	$(BIN)/jupyter lab notebooks

bench: $(STAMP) ## Run the benchmarks and write benchmarks/results.md
	$(BIN)/python -m pip install --quiet -e ".[dev,bench]"
	$(BIN)/python benchmarks/run_all.py --out benchmarks/results.md

docs: $(STAMP) ## Regenerate docs/data_dictionary.md (schema) and docs/indicators.md (catalog)
	$(BIN)/fazhi dictionary --out docs/data_dictionary.md
	$(BIN)/fazhi dictionary --indicators --out docs/indicators.md

clean: ## Remove everything generated in data/processed (data/raw is never touched)
	find $(OUT) -mindepth 1 ! -name README.md ! -name .gitkeep -delete
