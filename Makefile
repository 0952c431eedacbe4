# One virtual environment in .venv, rebuilt when pyproject.toml or the pinned tools change.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Tests run in parallel (two workers a core, tests/conftest.py); an idle worker takes tests
# from a busy one's queue (worksteal), so one long test does not hold back the rest. GUI tests
# each get their own offscreen Qt in their worker. Bytecode is cached even where the
# environment says not to (PYTHONDONTWRITEBYTECODE): otherwise every worker and every app
# process started by a test compiles the sources, and pytest rewrites every test module, again.
PYTEST := PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n auto --dist worksteal

.PHONY: run qt-libraries test quick test-lowest lint bench kernels bundle translations screenshots clean

$(VENV)/.installed: pyproject.toml constraints/dev-tools.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]' -c constraints/dev-tools.txt
	touch $@

# The PDQ kernels compiled ahead of time (needs a C compiler; without one numba compiles them).
$(VENV)/.kernels: $(VENV)/.installed stopncii_desktop/hashing/_pdq_jit.py packaging/build_kernels.py
	nice $(BIN)/python packaging/build_kernels.py --if-possible
	touch $@

kernels: $(VENV)/.installed
	nice $(BIN)/python packaging/build_kernels.py

run: qt-libraries $(VENV)/.kernels
	$(BIN)/stopncii-desktop

# Before installing anything: the system libraries Qt needs to open a window (Linux), with the
# apt-get line that installs the missing ones. Nothing is installed outside .venv.
qt-libraries:
	@$(PYTHON) -m stopncii_desktop.system_libs

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The whole suite, with lint and type checks: what CI runs.
test: lint $(VENV)/.kernels
	$(PYTEST)

# While working: no lint, no tests marked slow.
quick: $(VENV)/.installed
	$(PYTEST) -m "not slow and not bundle"

# The whole suite against the lowest version of each dependency that pyproject.toml allows
# (not the bundle's tests: the bundle is built with packaging/constraints.txt, not these).
test-lowest: pyproject.toml constraints/dev-tools.txt
	rm -rf .venv-lowest
	$(PYTHON) -m venv .venv-lowest
	$(PYTHON) scripts/lowest_requirements.py > .venv-lowest/lowest.txt
	.venv-lowest/bin/python -m pip install --quiet --upgrade pip
	.venv-lowest/bin/python -m pip install --quiet -e '.[dev]' \
		-c constraints/dev-tools.txt -c .venv-lowest/lowest.txt
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen .venv-lowest/bin/pytest -n auto \
		--dist worksteal -m "not bundle"

bench: $(VENV)/.kernels
	$(BIN)/python -m benchmarks

# The Linux bundle, .tar.gz, .deb and SHA256SUMS in dist/ (packaging/build_linux.py), made again
# only when a file they come from changes.
BUNDLE_INPUTS := $(shell find stopncii_desktop packaging -type f ! -path '*/__pycache__/*' \
	! -name '*.so' ! -name '*.nb[ic]') pyproject.toml LICENSE CHANGELOG.md
dist/SHA256SUMS: $(BUNDLE_INPUTS)
	nice $(PYTHON) packaging/build_linux.py

bundle: dist/SHA256SUMS

translations: $(VENV)/.installed
	$(BIN)/python scripts/update_translations.py

screenshots: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) .venv-lowest .mypy_cache .pytest_cache .ruff_cache build dist *.egg-info
