# make run:  tjek reglerne, byg validatorer og dokumentation, kør eksemplerne og valider eksempelsagerne.
# make test: hele testsuiten og et tjek af, at generated/ passer til reglerne.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installeret
REGEL := $(BIN)/regel
DATO ?= 2024-05-01

.PHONY: run test byg bench browser clean

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(REGEL) tjek rules
	$(REGEL) byg
	$(REGEL) test
	$(REGEL) dækning
	$(REGEL) valider examples/sager.jsonl --dato $(DATO) || [ $$? -eq 1 ]

test: $(STAMP)
	$(BIN)/python -m pytest tests
	$(REGEL) byg --tjek

byg: $(STAMP)
	$(REGEL) byg

bench: $(STAMP)
	$(BIN)/python bench/kør_benchmarks.py

clean:
	rm -rf $(VENV) build *.egg-info
