# One virtual environment in .venv, rebuilt when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run qt-libraries test lint bench kernels bundle translations screenshots clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
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

test: lint $(VENV)/.kernels
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: $(VENV)/.kernels
	$(BIN)/python -m benchmarks

# The Linux bundle, .tar.gz, .deb and SHA256SUMS in dist/ (packaging/build_linux.py), made again
# only when a file they come from changes.
BUNDLE_INPUTS := $(shell find stopncii_desktop packaging -type f ! -path '*/__pycache__/*' \
	! -name '*.so' ! -name '*.nb[ic]') pyproject.toml LICENSE CHANGELOG.md
dist/SHA256SUMS: $(BUNDLE_INPUTS)
	nice $(PYTHON) packaging/build_linux.py

bundle: dist/SHA256SUMS

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build dist *.egg-info
