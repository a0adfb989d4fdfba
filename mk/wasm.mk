# clusterfit-wasm: the npm package (web, bundler, node builds), its tests, the browser demo.
#   make build-wasm   builds wasm/pkg/ (installs the wasm32 target, wasm-bindgen-cli, wasm-opt)
#   make test-wasm    node --test: API tests, type check of index.d.ts, browser demo (chromium)
#   make serve-demo   serves the demo page on http://127.0.0.1:8377/
.PHONY: build-wasm test-wasm serve-demo setup-js-tests

WASM_SOURCES := $(shell find wasm/src wasm/pkg-src core/src bindings/src -type f 2>/dev/null) \
  Cargo.toml wasm/Cargo.toml core/Cargo.toml bindings/Cargo.toml Cargo.lock wasm/build.sh \
  wasm/glue-encode.mjs wasm/package-lock.json

build-wasm: wasm/pkg/.built

wasm/pkg/.built: $(WASM_SOURCES)
	bash wasm/build.sh
	touch $@

## JS test dependencies (playwright-core, typescript) and Debian's chromium.
setup-js-tests: tests/node_modules/.package-lock.json
	@command -v chromium >/dev/null || { \
	  echo "installing chromium (apt)"; apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

tests/node_modules/.package-lock.json: tests/package-lock.json
	npm ci --prefix tests --no-audit --no-fund --loglevel=error
	touch $@

test-wasm: build-wasm setup-js-tests
	node --test wasm/tests/ tests/e2e/

serve-demo: build-wasm
	node wasm/demo/serve.mjs

BINDING_TESTS += test-wasm
