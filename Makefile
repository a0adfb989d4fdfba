# clusterfit — two commands for a fresh machine: `make demo` and `make test`.
# Binding-specific targets live in mk/*.mk; each defines a `test-<name>` target and adds it to
# BINDING_TESTS.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
CARGO ?= cargo
BINDING_TESTS :=

-include mk/*.mk

.PHONY: demo test setup-rust fmt-check clippy test-rust wasm-core docs types bench

## demo: build the CLI and validate the shipped example clusters
demo:
	$(CARGO) build --release -p clusterfit-cli
	@for f in fixtures/examples/*.json; do \
	  case "$$f" in *.expected.json) continue;; esac; \
	  profile=$$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("options",{}).get("profile","katonic"))' "$${f%.json}.expected.json" 2>/dev/null || echo katonic); \
	  echo; echo "== clusterfit check $$f --profile $$profile"; \
	  ./target/release/clusterfit check "$$f" --profile "$$profile" || true; \
	done

## test: install what is needed, build everything, run every test
test: setup-rust fmt-check clippy test-rust wasm-core $(BINDING_TESTS)
	@echo "make test: all green"

setup-rust:
	rustup component add rustfmt clippy >/dev/null 2>&1 || true
	rustup target add wasm32-unknown-unknown >/dev/null

fmt-check:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --workspace --all-targets -- -D warnings

test-rust:
	$(CARGO) test --workspace
	@# Any crate of a user's build may turn on serde_json's arbitrary_precision: same answers.
	$(CARGO) test -p clusterfit --features serde_json/arbitrary_precision --test fixtures -q

## wasm-core: the core builds for wasm32-unknown-unknown unchanged
wasm-core:
	$(CARGO) build -p clusterfit --target wasm32-unknown-unknown --release

## bench: clusterfit beside its peers in every runtime, the scaling table and the .wasm size
## (mk/bench.mk); budgets and results in docs/performance.md

## docs: regenerate docs/rules.md from the rule registry
docs:
	CLUSTERFIT_BLESS=1 $(CARGO) test -p clusterfit --test catalog docs_rules_md

## types: regenerate the TypeScript types of both npm packages (the shared block of
## node/index.d.ts and wasm/pkg-src/index.d.ts) from the Rust types; `make test-rust` fails when
## they are stale
types:
	CLUSTERFIT_BLESS=1 $(CARGO) test -p clusterfit-bindings --lib typescript
