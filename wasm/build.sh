#!/usr/bin/env bash
# Builds the npm package clusterfit-wasm into wasm/pkg/ (web, bundler and node builds).
# Installs what is missing first: the wasm32 target, wasm-bindgen-cli at the exact version of
# Cargo.lock, and wasm-opt (Debian's binaryen). Each install is skipped when already there.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PKG=wasm/pkg
SRC=wasm/pkg-src
NAME=clusterfit_wasm

say() { printf '%s\n' "build-wasm: $*"; }

# --- tools --------------------------------------------------------------------------------
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
[ -n "$want" ] || { echo "build-wasm: wasm-bindgen is not in Cargo.lock" >&2; exit 1; }
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found: ${have:-none})"
  # --locked first; a registry mirror may lack a locked dependency, then let cargo resolve.
  cargo install wasm-bindgen-cli --version "$want" --locked ||
    cargo install wasm-bindgen-cli --version "$want"
fi

# wasm-opt from the npm package binaryen (pinned in wasm/package-lock.json): Debian's wasm-opt
# 108 turns wasm-bindgen's externref table into a funcref table and the module fails to load.
WASM_OPT=wasm/node_modules/.bin/wasm-opt
if [ "$("$WASM_OPT" --version 2>/dev/null | awk '{print $3}')" != "$(node -p 'require("./wasm/package.json").devDependencies.binaryen.split(".")[0]')" ]; then
  say "installing binaryen (wasm-opt) with npm ci"
  npm ci --prefix wasm --no-audit --no-fund --loglevel=error
fi

# --- build --------------------------------------------------------------------------------
# strip = false: wasm-bindgen reads the target_features section; wasm-opt strips afterwards.
CARGO_PROFILE_WASM_STRIP=false cargo build -q -p clusterfit-wasm --target wasm32-unknown-unknown --profile wasm
WASM=${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm/$NAME.wasm
VERSION=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)

rm -rf "$PKG"
mkdir -p "$PKG"
# Features the Rust wasm32 target emits by default; wasm-opt needs them named.
FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
# -Oz until nothing changes (--converge); --low-memory-unused lets wasm-opt fold constant offsets
# into loads and stores: nothing addresses the first 1 KiB (Rust puts its 1 MiB stack first, growing
# down from 1 MiB to 0, data after it). Together ~2.7 KB gzipped less than -Oz (docs/performance.md).
OPT=(-Oz --converge --low-memory-unused)
for target in web bundler nodejs; do
  dir=$PKG/${target/nodejs/node}
  wasm-bindgen "$WASM" --target "$target" --out-dir "$dir" --out-name "$NAME" --no-typescript
  # Strings into the module with one TextEncoder.encodeInto, not a loop per character.
  glue=$dir/$NAME.js
  [ "$target" != bundler ] || glue=$dir/${NAME}_bg.js
  node wasm/glue-encode.mjs "$glue"
  "$WASM_OPT" "${OPT[@]}" "${FEATURES[@]}" --strip-debug --strip-producers \
    "$dir/${NAME}_bg.wasm" -o "$dir/${NAME}_bg.wasm" &
done
for job in $(jobs -p); do wait "$job"; done

# The nodejs glue keeps the instance private; the wrapper needs its exports (stack pointer).
grep -q '^let wasm = wasmInstance.exports;$' "$PKG/node/$NAME.js"
echo 'exports.__wasm = wasm;' >> "$PKG/node/$NAME.js"
# After a trap the wrapper instantiates the compiled module afresh (see api.js).
grep -q '^let wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());$' "$PKG/node/$NAME.js"
grep -q '^let cachedUint8ArrayMemory0 = null;$' "$PKG/node/$NAME.js"
! grep -q '^let cached[A-Za-z]*Memory0' <(grep -v '^let cachedUint8ArrayMemory0' "$PKG/node/$NAME.js")
cat >> "$PKG/node/$NAME.js" <<'JS'
exports.__reinstantiate = function () {
    wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());
    wasm = wasmInstance.exports;
    cachedUint8ArrayMemory0 = null;
    exports.__wasm = wasm;
    wasm.__wbindgen_start();
    return wasm;
};
JS

grep -q '^function __wbg_finalize_init(instance, module) {$' "$PKG/web/$NAME.js"
cat >> "$PKG/web/$NAME.js" <<'JS'
export function __reinstantiate() {
    return __wbg_finalize_init(new WebAssembly.Instance(wasmModule, __wbg_get_imports()), wasmModule);
}
JS
cp "$SRC/api.js" "$PKG/web/api.js"
cp "$SRC/api.js" "$PKG/bundler/api.js"
cp "$SRC/host.js" "$PKG/web/host.js"
cp "$SRC/host.js" "$PKG/bundler/host.js"
cp "$SRC/web.js" "$PKG/web/index.js"
cp "$SRC/bundler.js" "$PKG/bundler/index.js"
sed -e 's/^export { ClusterfitError, makeApi };$/module.exports = { ClusterfitError, makeApi };/' \
  -e "s|^import { hostValues } from './host.js';$|const { hostValues } = require('./host.cjs');|" \
  "$SRC/api.js" > "$PKG/node/api.cjs"
grep -q '^module.exports = ' "$PKG/node/api.cjs"
grep -q "^const { hostValues } = require('./host.cjs');" "$PKG/node/api.cjs"
sed 's/^export { hostValues };$/module.exports = { hostValues };/' "$SRC/host.js" > "$PKG/node/host.cjs"
grep -q '^module.exports = ' "$PKG/node/host.cjs"
cp "$SRC/node.cjs" "$PKG/node/index.cjs"
cp "$SRC/node.mjs" "$PKG/node/index.mjs"
# The package is "type": "module"; wasm-bindgen's nodejs output is CommonJS.
echo '{ "type": "commonjs" }' > "$PKG/node/package.json"
rm -f "$PKG"/*/.gitignore
cp "$SRC/index.d.ts" "$PKG/index.d.ts"
sed "s/\"version\": \"0.0.0\"/\"version\": \"$VERSION\"/" "$SRC/package.json" > "$PKG/package.json"
cp wasm/README.md "$PKG/README.md" 2>/dev/null || true

raw=$(stat -c %s "$PKG/web/${NAME}_bg.wasm")
gz=$(gzip -9 -c "$PKG/web/${NAME}_bg.wasm" | wc -c)
printf '{"rawBytes":%s,"gzipBytes":%s}\n' "$raw" "$gz" > "$PKG/size.json"
say "clusterfit-wasm $VERSION in $PKG: .wasm $raw bytes, $gz bytes gzipped (budget 65536, stretch 49152)"
