# Robustness: hostile inputs against time and memory bounds, and fuzzing. Neither is part of
# `make test` (timings and fuzzing depend on the machine and take long); docs/robustness.md.
#   make stress   every hostile input through the CLI, Python, Node and WASM in Node, checking the
#                 outcome, wall time and peak RSS (/usr/bin/time -v)
#   make fuzz     each cargo-fuzz target for FUZZ_SECONDS (nightly + cargo-fuzz, installed here)
.PHONY: stress fuzz

FUZZ_SECONDS ?= 60
FUZZ_TARGETS := validate_str value_differential yaml
# -max_len: the input limit (1 MiB); -timeout: seconds per input, so slow inputs are findings;
# -rss_limit_mb: an input that needs more memory than this is a finding too.
FUZZ_FLAGS := -max_len=1048576 -timeout=5 -rss_limit_mb=1024

stress: build-python build-node build-wasm
	$(CARGO) build --release -q -p clusterfit-cli
	.venv/bin/python tests/stress/stress.py

fuzz:
	rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	command -v cargo-fuzz >/dev/null || $(CARGO) +nightly install cargo-fuzz --locked
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/corpus/$$t; \
	  cp -n fixtures/examples/*.json fuzz/corpus/$$t/ 2>/dev/null || true; \
	  echo "== fuzz $$t for $(FUZZ_SECONDS) s"; \
	  (cd fuzz && $(CARGO) +nightly fuzz run $$t corpus/$$t -- $(FUZZ_FLAGS) \
	    -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1) || exit 1; \
	done
