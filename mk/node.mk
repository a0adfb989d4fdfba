# Node native binding (node/, npm package `clusterfit`, napi-rs v3).
# build-node: npm ci when node_modules is missing or the lock changed, then `napi build`
#   (cargo decides what to recompile, so a second run only re-links nothing and copies the .node).
# test-node: the committed loader (native.js, native.d.ts) equal to a fresh build, the binding's own tests (the
#   WASM fallback test needs wasm/pkg: build-wasm), a type check of index.d.ts against real output, and the
#   conformance runner (the comparison against rust.json is test-conformance's job).
.PHONY: build-node test-node bench-node

NODE_DIR := node
NODE_STAMP := $(NODE_DIR)/node_modules/.clusterfit-npm-ci

$(NODE_STAMP): $(NODE_DIR)/package.json $(NODE_DIR)/package-lock.json
	cd $(NODE_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

build-node: $(NODE_STAMP)
	@# The budgeted conversion of host values: one source, shared with the WASM package.
	sed 's/^export { hostValues };$$/module.exports = { hostValues };/' wasm/pkg-src/host.js > $(NODE_DIR)/host.cjs
	grep -q '^module.exports = ' $(NODE_DIR)/host.cjs
	cd $(NODE_DIR) && npx --no-install napi build --platform --release --strip --js native.js --dts native.d.ts

test-node: build-node build-wasm
	@# The committed napi loader and its types must be what a fresh `napi build` writes.
	git diff --exit-code -- $(NODE_DIR)/native.js $(NODE_DIR)/native.d.ts || \
	  { echo "node/native.js or native.d.ts is stale: commit what \`make build-node\` wrote"; exit 1; }
	cd $(NODE_DIR) && node --test __test__/*.test.mjs
	cd $(NODE_DIR) && node __test__/types-check.mjs && npx --no-install tsc --noEmit -p __test__/tsconfig.json
	node tests/conformance/node.mjs target/conformance/node.json

bench-node: build-node
	cd $(NODE_DIR) && node bench.mjs

BINDING_TESTS += test-node
