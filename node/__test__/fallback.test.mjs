// Where no native binary loads, `require('clusterfit')` falls back to the WebAssembly build of the
// same version with a one-line notice on stderr; without it the error names the package to
// install. Tested on a copy of the package in a temporary node_modules with the `.node` hidden.
// Needs wasm/pkg (make build-wasm; test-node builds it).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const NODE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const WASM_PKG = resolve(NODE_DIR, '..', 'wasm', 'pkg')
const native = require('../index.js')
const { loadNative } = require('../fallback.js')
const { version } = require('../package.json')

// napi's platform name, as in the binary's file name (this test runs where `make build-node` does).
const PLATFORM = readdirSync(NODE_DIR).find((f) => f.endsWith('.node'))?.replace(/^clusterfit\.|\.node$/g, '')
const DOC = { provider: 'aws', kubernetes: { version: '1.30' }, network: { vpcCidr: '10.0.0.0/22' } }
let root

/** A project folder with node_modules/clusterfit copied from node/ and its `.node` file hidden. */
function project(withWasm) {
  const dir = mkdtempSync(join(root, 'app-'))
  const pkg = join(dir, 'node_modules', 'clusterfit')
  cpSync(NODE_DIR, pkg, { recursive: true, filter: (src) => !/node_modules|__test__|[\\/]src$|target/.test(src.slice(NODE_DIR.length)) })
  const binaries = readdirSync(pkg).filter((f) => f.endsWith('.node'))
  assert.ok(binaries.length > 0, 'the copy had a native binary to hide')
  for (const f of binaries) renameSync(join(pkg, f), join(pkg, `${f}.hidden`))
  if (withWasm) cpSync(WASM_PKG, join(dir, 'node_modules', 'clusterfit-wasm'), { recursive: true })
  return dir
}

/** Runs a CommonJS script in `dir` (no napi override in the environment). */
function run(dir, script, args = []) {
  const env = { ...process.env }
  delete env.NAPI_RS_NATIVE_LIBRARY_PATH
  return spawnSync(process.execPath, [...args, '-e', script], { cwd: dir, env, encoding: 'utf8' })
}

before(() => {
  root = mkdtempSync(join(tmpdir(), 'clusterfit-fallback-'))
})

after(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

test('without a native binary and without clusterfit-wasm: the error names the WASM package', () => {
  const dir = project(false)
  const r = run(dir, "try { require('clusterfit') } catch (e) { console.log(JSON.stringify({ code: e.code, message: e.message, cause: String(e.cause) })); process.exit(3) }")
  assert.equal(r.status, 3, r.stderr)
  const e = JSON.parse(r.stdout)
  assert.equal(e.code, 'CLUSTERFIT_NO_BINARY')
  assert.match(e.message, new RegExp(`^clusterfit ${version}: no native binary for ${PLATFORM} \\(neither clusterfit\\.${PLATFORM}\\.node nor the package clusterfit-${PLATFORM} loads\\)\\. `))
  assert.ok(e.message.endsWith(`npm install clusterfit-wasm@${version}`), e.message)
  assert.ok(e.cause.length > 0, 'the loader error is the cause')
  assert.equal(r.stderr, '')
})

test('without a native binary: the same API and report bytes from clusterfit-wasm, one notice line', { skip: !existsSync(join(WASM_PKG, 'package.json')) && 'wasm/pkg is not built (make build-wasm)' }, () => {
  const dir = project(true)
  const script = `
    const cf = require('clusterfit')
    const out = { report: JSON.stringify(cf.validate(${JSON.stringify(JSON.stringify(DOC))})),
      object: JSON.stringify(cf.validate(${JSON.stringify(DOC)}, { strict: true })),
      buffer: JSON.stringify(cf.validate(Buffer.from(${JSON.stringify(JSON.stringify(DOC))}))),
      rules: cf.rules().length, version: cf.version,
      plan: cf.planSubnets('10.0.0.0/21', 3, { provider: 'azure' }),
      cidr: cf.cidrInfo('10.0.0.0/21') }
    for (const [name, f] of [['input', () => cf.validate('{')], ['options', () => cf.validate({}, { failOn: 'never' })], ['internal', () => cf._forceInternalError()]]) {
      try { f() } catch (e) { out[name] = [e.name, e.code, e instanceof cf.ClusterfitError, e.message] }
    }
    console.log(JSON.stringify(out))`
  const r = run(dir, script)
  assert.equal(r.status, 0, r.stderr)
  const lines = r.stderr.split('\n')
  assert.equal(lines.length, 2, `one line and its newline: ${JSON.stringify(r.stderr)}`)
  assert.equal(lines[0], `clusterfit: no native binary for ${PLATFORM} (neither clusterfit.${PLATFORM}.node nor the package clusterfit-${PLATFORM} loads); using clusterfit-wasm ${version} (WebAssembly)`)
  const out = JSON.parse(r.stdout)
  assert.equal(out.report, JSON.stringify(native.validate(DOC)))
  assert.equal(out.object, JSON.stringify(native.validate(DOC, { strict: true })))
  assert.equal(out.buffer, out.report)
  assert.equal(out.rules, native.rules().length)
  assert.equal(out.version, native.version)
  assert.deepEqual(out.plan, native.planSubnets('10.0.0.0/21', 3, { provider: 'azure' }))
  assert.deepEqual(out.cidr, native.cidrInfo('10.0.0.0/21'))
  for (const [name, f] of [['input', () => native.validate('{')], ['options', () => native.validate({}, { failOn: 'never' })], ['internal', () => native._forceInternalError()]]) {
    let expected
    try {
      f()
    } catch (e) {
      expected = [e.name, e.code, e instanceof native.ClusterfitError, e.message]
    }
    if (name === 'internal') {
      // The message names where the panic was caught, which differs between the builds.
      assert.deepEqual(out[name].slice(0, 3), expected.slice(0, 3))
    } else {
      assert.deepEqual(out[name], expected, name)
    }
  }

  // ESM import of the package falls back the same way.
  const esm = run(dir, "import('clusterfit').then((m) => console.log(m.default.validate({}).valid, m.version))")
  assert.equal(esm.status, 0, esm.stderr)
  assert.equal(esm.stdout, `false ${version}\n`)
  assert.match(esm.stderr, /using clusterfit-wasm/)
})

test('the native binary wins when it loads; a WASM build of another version is refused', () => {
  const writes = []
  const stderr = { write: (s) => writes.push(s) }
  const fake = { version: '9.9.9' }
  const loaded = loadNative({ requireNative: () => ({ marker: 1 }), requireWasm: () => fake, version, stderr })
  assert.deepEqual(loaded, { native: { marker: 1 }, backend: 'native' })
  const missing = () => {
    throw Object.assign(new Error('Cannot find native binding'), { code: 'MODULE_NOT_FOUND' })
  }
  assert.throws(
    () => loadNative({ requireNative: missing, requireWasm: () => fake, version, stderr }),
    (e) => e.code === 'CLUSTERFIT_NO_BINARY' && e.message.includes(`clusterfit-wasm is 9.9.9, not ${version}`),
  )
  assert.deepEqual(writes, [], 'no notice unless the fallback is taken')
  if (existsSync(join(WASM_PKG, 'package.json'))) {
    const { backend } = loadNative({ requireNative: missing, requireWasm: () => require(WASM_PKG), version, stderr })
    assert.equal(backend, 'wasm')
    assert.equal(writes.length, 1)
  }
})
