# spinecode: `make demo` runs the main job on the sample notes, `make test` runs the checks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-all lint bench gold clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[dev,spark]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/spinecode annotate corpora/samples -o out/samples.jsonl
	$(BIN)/python -m nlp.demo out/samples.jsonl

test: $(STAMP)
	$(BIN)/ruff check nlp tests benchmarks corpora
	$(BIN)/python -m pytest

# the checks that run on every note take every corpus note, not an even sample of about 3,000
test-all: $(STAMP)
	$(BIN)/ruff check nlp tests benchmarks corpora
	SPINECODE_ALL_NOTES=1 $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check nlp tests benchmarks corpora

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

gold: $(STAMP)
	$(BIN)/python corpora/build_gold.py

clean:
	rm -rf $(VENV) out build *.egg-info
