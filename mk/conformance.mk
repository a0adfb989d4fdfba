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
