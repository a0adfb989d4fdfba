# Conformance: every fixture through Rust (the reference), Python, Node native, WASM in Node and
# WASM in headless Chromium; tests/conformance/compare.py fails on any byte of difference.
# Protocol: docs/python.md ("Conformance harness").
CONFORMANCE_DIR := target/conformance

.PHONY: test-conformance conformance-rust conformance-python

## conformance-rust: the reference results (target/conformance/rust.json)
conformance-rust:
	@mkdir -p $(CONFORMANCE_DIR)
	$(CARGO) run -q -p clusterfit-bindings --example conformance -- $(CONFORMANCE_DIR)/rust.json

## conformance-python: Rust and Python only (needs nothing but the Python build)
conformance-python: build-python conformance-rust
	rm -f $(CONFORMANCE_DIR)/{python,node,wasm-node,wasm-browser}.json
	.venv/bin/python tests/conformance/python_runner.py $(CONFORMANCE_DIR)/python.json
	.venv/bin/python tests/conformance/compare.py --dir $(CONFORMANCE_DIR) --require rust,python

## test-conformance: all five runtimes, zero differences; planSubnets identical in CLI, Node, WASM, Python
test-conformance: build-wasm build-python build-node setup-js-tests conformance-rust
	rm -f $(CONFORMANCE_DIR)/{python,node,wasm-node,wasm-browser}.json
	.venv/bin/python tests/conformance/python_runner.py $(CONFORMANCE_DIR)/python.json
	node tests/conformance/node.mjs $(CONFORMANCE_DIR)/node.json
	node tests/conformance/wasm-node.mjs $(CONFORMANCE_DIR)/wasm-node.json
	node tests/conformance/browser.mjs $(CONFORMANCE_DIR)/wasm-browser.json
	.venv/bin/python tests/conformance/compare.py --dir $(CONFORMANCE_DIR) \
	  --require rust,python,node,wasm-node,wasm-browser
	node tests/conformance/plan-subnets.mjs

BINDING_TESTS += test-conformance

# One command line: the `clusterfit` CLI as the Rust binary, the Python console script and the
# Node bin gives the same stdout, stderr and exit code (tests/conformance/cli.mjs).
CLI_BIN = $(or $(CARGO_TARGET_DIR),target)/release/clusterfit

.PHONY: test-conformance-cli
## test-conformance-cli: the CLI through cargo's binary, the Python console script and the Node bin
test-conformance-cli: build-python build-node
	$(CARGO) build -q --release -p clusterfit-cli
	node tests/conformance/cli.mjs $(CLI_BIN) $(VENV)/bin/clusterfit node/bin/clusterfit.js

BINDING_TESTS += test-conformance-cli
