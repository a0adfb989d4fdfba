# Python binding (python/): a venv at .venv with pinned tools, the `clusterfit` package built by
# maturin (`maturin develop --release`), pytest and mypy stubtest.
PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
MATURIN_VERSION := 1.16.0
PYTEST_VERSION := 9.2.0
MYPY_VERSION := 2.4.1
PY_TOOLS_STAMP := $(VENV)/.tools-$(MATURIN_VERSION)-$(PYTEST_VERSION)-$(MYPY_VERSION)
PY_BUILD_STAMP := $(VENV)/.clusterfit-built
PY_NATIVE := python/clusterfit/_native.abi3.so
PY_SOURCES := $(shell find core/src core/Cargo.toml bindings/src bindings/Cargo.toml cli/src cli/Cargo.toml \
  python/src python/Cargo.toml python/pyproject.toml Cargo.toml Cargo.lock -type f 2>/dev/null)

.PHONY: build-python test-python python-venv

$(VPY):
	$(PYTHON) -m venv $(VENV)

# Tools are installed once per pinned set of versions (the stamp names them).
$(PY_TOOLS_STAMP): | $(VPY)
	$(VPY) -m pip install --quiet --disable-pip-version-check \
	  maturin==$(MATURIN_VERSION) pytest==$(PYTEST_VERSION) mypy==$(MYPY_VERSION)
	touch $@

python-venv: $(PY_TOOLS_STAMP)

# The native module is rebuilt only when a Rust source it depends on changed; the Python sources
# are installed in editable mode, so edits there need no rebuild.
$(PY_BUILD_STAMP): $(PY_TOOLS_STAMP) $(PY_SOURCES)
	VIRTUAL_ENV=$(CURDIR)/$(VENV) PATH=$(CURDIR)/$(VENV)/bin:$$PATH \
	  $(VENV)/bin/maturin develop --release --quiet -m python/Cargo.toml
	touch $@

## build-python: venv + pinned tools + the clusterfit package (editable, release native module)
build-python:
	@[ -f $(PY_NATIVE) ] || rm -f $(PY_BUILD_STAMP)
	@$(MAKE) --no-print-directory $(PY_BUILD_STAMP)

## test-python: pytest, mypy stubtest and --strict, clippy on the pyo3 code
test-python: build-python
	$(VPY) -m pytest -q python/tests
	cd python && ../$(VPY) -m mypy.stubtest clusterfit --allowlist stubtest-allowlist.txt
	cd python && ../$(VPY) -m mypy --strict clusterfit tests ../tests/conformance/python_runner.py ../tests/conformance/compare.py
	PYO3_PYTHON=$(CURDIR)/$(VPY) $(CARGO) clippy -p clusterfit-python --features python --all-targets -- -D warnings

BINDING_TESTS += test-python
