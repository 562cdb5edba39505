# make run:  tjek reglerne, byg validatorer og dokumentation, kør eksemplerne og valider eksempelsagerne.
# make test: hele testsuiten og et tjek af, at generated/ passer til reglerne.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installeret
REGEL := $(BIN)/regel
DATO ?= 2024-05-01

.PHONY: run test byg bench bench-regelfiler chromium clean

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(REGEL) tjek rules
	$(REGEL) byg
	$(REGEL) test
	@# Status 1 betyder blot, at sagerne har overtrædelser; opsummeringen er pointen her.
	$(REGEL) valider examples/sager.jsonl --dato $(DATO) || [ $$? -eq 1 ]
	$(REGEL) dækning

test: $(STAMP) chromium
	@# -n auto: the test files spread over every core (pytest-xdist); one file stays on one worker.
	$(BIN)/python -m pytest -n auto --dist loadfile tests
	$(REGEL) byg --tjek

# Browsertesten af dokumentationen bruger Debians chromium. Den installeres her, når det
# kan lade sig gøre (root med apt-get); ellers springes browsertesten over.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium mangler og kan ikke installeres her; browsertesten springes over."; fi; }

byg: $(STAMP)
	$(REGEL) byg

bench: $(STAMP)
	$(BIN)/python bench/koer_benchmarks.py
	$(BIN)/python bench/koer_konsekvens.py
	$(BIN)/python bench/laesning.py
	$(BIN)/python bench/valideringssti.py
	$(BIN)/python bench/store_regelfiler.py
	$(BIN)/python bench/editor.py
	$(BIN)/python bench/server.py

# Kun målingen af `regel tjek` på regelfiler på 2, 10 og 50 MB (bench/REGELFILER.md).
bench-regelfiler: $(STAMP)
	$(BIN)/python bench/store_regelfiler.py

clean:
	rm -rf $(VENV) build *.egg-info
