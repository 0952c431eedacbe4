# One virtual environment in .venv, rebuilt when pyproject.toml or the pinned tools change.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Tests run on every core; GUI tests each get their own offscreen Qt in their worker.
PYTEST := QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n auto

.PHONY: run test quick test-lowest lint bench translations screenshots clean

$(VENV)/.installed: pyproject.toml constraints/dev-tools.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]' -c constraints/dev-tools.txt
	touch $@

run: $(VENV)/.installed
	$(BIN)/stopncii-desktop

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The whole suite, with lint and type checks: what CI runs.
test: lint
	$(PYTEST)

# While working: no lint, no tests marked slow.
quick: $(VENV)/.installed
	$(PYTEST) -m "not slow"

# The whole suite against the lowest version of each dependency that pyproject.toml allows.
test-lowest: pyproject.toml constraints/dev-tools.txt
	rm -rf .venv-lowest
	$(PYTHON) -m venv .venv-lowest
	$(PYTHON) scripts/lowest_requirements.py > .venv-lowest/lowest.txt
	.venv-lowest/bin/python -m pip install --quiet --upgrade pip
	.venv-lowest/bin/python -m pip install --quiet -e '.[dev]' \
		-c constraints/dev-tools.txt -c .venv-lowest/lowest.txt
	QT_QPA_PLATFORM=offscreen .venv-lowest/bin/pytest -n auto

bench: $(VENV)/.installed
	$(BIN)/python -m benchmarks

translations: $(VENV)/.installed
	$(BIN)/python scripts/update_translations.py

screenshots: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) .venv-lowest .mypy_cache .pytest_cache .ruff_cache build *.egg-info
