'use strict'
// Loads the native module (`native.js`, napi's loader). When no native binary loads on this
// platform, falls back to the WebAssembly build of the same version (the npm package
// `clusterfit-wasm`: same core, same rules, same report bytes) with a one-line notice on stderr;
// without it, throws an error that names the package to install. See docs/node.md, "Platforms".

const WASM_PACKAGE = 'clusterfit-wasm'

/** The platform as napi names binaries and their packages (`linux-x64-gnu`, `darwin-arm64`). */
function napiPlatform() {
  const { platform, arch } = process
  if (platform === 'linux') {
    const header = process.report && process.report.getReport ? process.report.getReport().header : {}
    return `linux-${arch}-${header && header.glibcVersionRuntime ? 'gnu' : 'musl'}`
  }
  if (platform === 'win32') return `win32-${arch}-msvc`
  return `${platform}-${arch}`
}

/** What was looked for (napi's own message blames npm, which misleads here). */
function lookedFor(platform) {
  return `neither clusterfit.${platform}.node nor the package clusterfit-${platform} loads`
}

/**
 * An object with the native module's functions (JSON text in, answer text out) over the
 * WebAssembly package's public API, so index.js works unchanged on either.
 */
function overWasm(wasm) {
  const options = (text) => (text === '' ? undefined : JSON.parse(text))
  const wrap = (f) => (...args) => {
    try {
      return JSON.stringify(f(...args))
    } catch (e) {
      if (e && typeof e.code === 'string') {
        return JSON.stringify({ error: { code: e.code, message: e.message } })
      }
      throw e
    }
  }
  return {
    validateJson: wrap((doc, opts) => wasm.validate(doc, options(opts))),
    rules: wrap(() => wasm.rules()),
    profiles: wrap(() => wasm.profiles()),
    schema: wrap(() => wasm.schema()),
    cidrInfo: wrap((cidr) => wasm.cidrInfo(cidr)),
    planSubnets: wrap((vpc, zones, opts) => wasm.planSubnets(vpc, zones, options(opts))),
    forceInternalError: wrap(() => wasm._forceInternalError()),
    version: () => wasm.version,
  }
}

/**
 * The native module, or the WebAssembly build behind the same functions. `load` is given the
 * requires so the tests can hide either one.
 */
function loadNative({
  requireNative = () => require('./native.js'),
  requireWasm = () => require(WASM_PACKAGE),
  version = require('./package.json').version,
  stderr = process.stderr,
} = {}) {
  let nativeError
  try {
    return { native: requireNative(), backend: 'native' }
  } catch (e) {
    nativeError = e
  }
  const platform = napiPlatform()
  let wasm
  try {
    wasm = requireWasm()
  } catch (e) {
    if (e && e.code !== 'MODULE_NOT_FOUND') throw e
    const error = new Error(
      `clusterfit ${version}: no native binary for ${platform} (${lookedFor(platform)}). ` +
        `Install the WebAssembly build, which runs on every platform, and clusterfit uses it: ` +
        `npm install ${WASM_PACKAGE}@${version}`,
      { cause: nativeError },
    )
    error.code = 'CLUSTERFIT_NO_BINARY'
    throw error
  }
  if (wasm.version !== version) {
    const error = new Error(
      `clusterfit ${version}: no native binary for ${platform}, and ${WASM_PACKAGE} is ` +
        `${wasm.version}, not ${version}: npm install ${WASM_PACKAGE}@${version}`,
      { cause: nativeError },
    )
    error.code = 'CLUSTERFIT_NO_BINARY'
    throw error
  }
  stderr.write(
    `clusterfit: no native binary for ${platform} (${lookedFor(platform)}); using ${WASM_PACKAGE} ${version} (WebAssembly)\n`,
  )
  return { native: overWasm(wasm), backend: 'wasm' }
}

module.exports = { loadNative, overWasm, WASM_PACKAGE }
