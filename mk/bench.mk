# Benchmarks: clusterfit beside its peers on the same documents, per runtime, the scaling table
# (wall time and instructions per byte) and the `.wasm` size. Not part of `make test`: numbers
# depend on the machine and its load. Budgets and the last results: docs/performance.md.
#   make bench           everything below, in this order, one table per runtime
#   make bench-scaling   scaling (2 KB → 1 MiB, seven shapes): wall time, instructions per byte
#                        (valgrind; skipped when missing), the growth budget per shape
#   make bench-rust      native: validate_str vs serde_json::Value parse and the jsonschema crate
#   make bench-python    Python: validate vs fastjsonschema and a pydantic model
#   make bench-js        Node native and WASM in Node vs ajv; WASM in headless Chromium vs ajv
#   make bench-wasm-size .wasm raw / gzip / brotli, sections, largest contributors (twiggy)
# The peers are the benchmark's own dependencies, installed here only: the `bench/` crate (its
# own workspace and Cargo.lock, so the main workspace never compiles jsonschema), bench/js
# (ajv, npm ci), and fastjsonschema, pydantic and datamodel-code-generator in .venv.
# A budget missed is reported in the tables; it never fails the target.
# This file's targets must not become the default goal of a bare `make` (mk/*.mk are read in
# name order, before the Makefile's own targets): the goal in force before it is put back at the end.
BENCH_PREVIOUS_GOAL := $(.DEFAULT_GOAL)

.PHONY: bench bench-scaling bench-rust bench-python bench-js bench-wasm-size bench-docs

BENCH_DIR := $(or $(CARGO_TARGET_DIR),target)/bench
# The documents every runtime times: a 2 KB valid description, one with 28 findings, and the
# scaling benchmark's 200 KB generic document.
BENCH_DOCS := core/examples/data/2kb.json fixtures/examples/several-problems.json \
  $(BENCH_DIR)/generic-200k.json
# python.mk, read after this file, sets the same two; the stamp's path needs them now.
VENV ?= .venv
VPY ?= $(VENV)/bin/python
BENCH_PY_PEERS := fastjsonschema==2.22.3 pydantic==2.14.3 datamodel-code-generator==0.89.0
BENCH_PY_STAMP := $(VENV)/.bench-peers-fastjsonschema-2.22.3-pydantic-2.14.3-dmcg-0.89.0
BENCH_JS_STAMP := bench/js/node_modules/.clusterfit-npm-ci
BENCH_MODEL := $(BENCH_DIR)/cluster_model.py
WASM_NAMED = $(or $(CARGO_TARGET_DIR),target)/wasm32-unknown-unknown/wasm/clusterfit_wasm.wasm

## bench: every benchmark table, one run (builds what it needs first)
bench: build-wasm build-node build-python setup-js-tests $(BENCH_PY_STAMP) $(BENCH_JS_STAMP)
	@echo "== make bench on $$(date -u '+%Y-%m-%d %H:%M UTC'), load:$$(uptime | sed 's/.*load average://')"
	@$(MAKE) --no-print-directory bench-scaling
	@$(MAKE) --no-print-directory bench-rust
	@$(MAKE) --no-print-directory bench-python
	@$(MAKE) --no-print-directory bench-js
	@$(MAKE) --no-print-directory bench-wasm-size
	@echo "== make bench done, load:$$(uptime | sed 's/.*load average://')"

# The scaling generator writes the documents (every shape and size) into BENCH_DIR.
bench-docs: $(BENCH_DIR)/generic-200k.json

$(BENCH_DIR)/generic-200k.json: core/examples/scaling.rs
	@mkdir -p $(BENCH_DIR)
	$(CARGO) run --release -q -p clusterfit --example scaling -- --write $(BENCH_DIR) --max-bytes 0 >/dev/null

bench-scaling: bench-docs
	@echo; echo "### Scaling: wall time (median per call)"; echo
	$(CARGO) run --release -q -p clusterfit --example scaling | tee $(BENCH_DIR)/scaling-wall.md
	@echo; echo "### Scaling: instructions per call (callgrind) and per input byte"; echo
	@if command -v valgrind >/dev/null; then \
	  bash core/examples/scaling-callgrind.sh $(BENCH_DIR) | tee $(BENCH_DIR)/scaling-instr.md; \
	else \
	  echo "skipped: valgrind is not installed (apt-get install valgrind)"; \
	  rm -f $(BENCH_DIR)/scaling-instr.md; \
	fi
	@echo; echo "### Scaling: the growth budget per shape"; echo
	@python3 bench/scaling-budget.py $(BENCH_DIR)/scaling-wall.md \
	  $$( [ -f $(BENCH_DIR)/scaling-instr.md ] && echo $(BENCH_DIR)/scaling-instr.md )

bench-rust: bench-docs
	@echo
	$(CARGO) run --release -q --manifest-path bench/Cargo.toml --locked \
	  --target-dir $(or $(CARGO_TARGET_DIR),target) -- $(BENCH_DOCS)
	@echo; echo "clusterfit alone (core/examples/bench.rs, 2 KB):"
	$(CARGO) run --release -q -p clusterfit --example bench

$(BENCH_PY_STAMP): | $(VPY)
	$(VPY) -m pip install --quiet --disable-pip-version-check $(BENCH_PY_PEERS)
	touch $@

# The pydantic model is generated from schema.json at bench time.
$(BENCH_MODEL): core/src/schema/schema.json $(BENCH_PY_STAMP)
	@mkdir -p $(BENCH_DIR)
	$(VENV)/bin/datamodel-codegen --input $< --input-file-type jsonschema \
	  --output-model-type pydantic_v2.BaseModel --target-python-version 3.11 \
	  --class-name ClusterDescription --disable-timestamp --formatters builtin --output $@

bench-python: build-python bench-docs $(BENCH_MODEL)
	@echo
	$(VPY) bench/peers.py --model $(BENCH_MODEL) $(BENCH_DOCS)

$(BENCH_JS_STAMP): bench/js/package.json bench/js/package-lock.json
	npm ci --prefix bench/js --no-audit --no-fund --loglevel=error
	touch $@

bench-js: build-node build-wasm setup-js-tests bench-docs $(BENCH_JS_STAMP)
	@echo
	node bench/js/peers.mjs --browser $(BENCH_DOCS)

bench-wasm-size: build-wasm
	@command -v twiggy >/dev/null || $(CARGO) install --quiet --locked twiggy || \
	  echo "twiggy could not be installed: largest contributors skipped"
	@echo
	node bench/js/wasm-size.mjs wasm/pkg/web/clusterfit_wasm_bg.wasm $(WASM_NAMED)

.DEFAULT_GOAL := $(BENCH_PREVIOUS_GOAL)
