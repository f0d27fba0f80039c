# Everything a new machine needs: `make run` and `make test` create .venv themselves.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATA ?= ../shared/data

.PHONY: install run test eval calibrate lint bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/quotes extract fixtures/articles -o quotes.csv --force --preview

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

# LitBank annotates only direct quotations, so it is scored on those. The fact-checker set
# (fixtures/factcheck) holds only the statements a fact-checker would list.
# PolNeAR and LitBank annotate every attribution: scored with --scope all. The seed article
# and the fact-checker set are scored in the default scope (what a fact-checker publishes).
# Without $(DATA) (a clone has only the fact-checker set) it scores that set alone.
eval: $(STAMP)
ifneq ($(wildcard $(DATA)/polnear-dev.jsonl),)
	$(BIN)/quotes evaluate $(DATA)/seed-gold.jsonl $(DATA)/polnear-dev.jsonl --baseline --scope all
	$(BIN)/quotes evaluate $(DATA)/litbank-dev.jsonl --types direct --baseline --scope all
endif
	$(BIN)/quotes evaluate $(wildcard $(DATA)/seed-gold.jsonl) fixtures/factcheck/articles.jsonl

# Measure how often rows of each kind are right (PolNeAR train, the fact-checker set but its
# last blind batch, the first half of LitBank dev's documents: fiction has no training
# split), and how much each doubt (a far speaker, a short quote, …) moves that, and ship
# both as the rows' confidence (quotes/lang/en/calibration.json); then score the shipped
# and the new table on PolNeAR dev, the second half of LitBank dev and the blind batch,
# never fitted on. Engine rows are cached in .cache/calibrate until the code or the data
# change.
calibrate: $(STAMP)
	$(BIN)/python benchmarks/calibrate.py --data $(DATA)

# Times on the fact-checker set every clone has, or on PolNeAR train and LitBank dev (the
# README's figures) when $(DATA) holds them.
bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py $(if $(wildcard $(DATA)/polnear-train.jsonl),\
		--data $(DATA)/polnear-train.jsonl --also $(DATA)/litbank-dev.jsonl)

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) build *.egg-info
