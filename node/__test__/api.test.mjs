// The Node binding's own idioms: string and object input, plain objects, errors with codes,
// helpers, and a panic that becomes INTERNAL while the process keeps running.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const clusterfit = require('../index.js')
const { validate, rules, profiles, schema, cidrInfo, planSubnets, version, ClusterfitError } = clusterfit

const DOC = {
  provider: 'aws',
  kubernetes: { version: '1.30' },
  network: { vpcCidr: '10.0.0.0/22' },
  ntp: false,
}

/** Asserts that `f` throws a ClusterfitError with `code`; returns the error. */
function throwsCode(f, code) {
  let caught
  assert.throws(f, (e) => {
    caught = e
    return true
  })
  assert.ok(caught instanceof Error, 'a real Error')
  assert.ok(caught instanceof ClusterfitError)
  assert.equal(caught.name, 'ClusterfitError')
  assert.equal(caught.code, code, caught.message)
  assert.equal(typeof caught.message, 'string')
  assert.ok(caught.message.length > 0)
  assert.match(String(caught.stack), /^ClusterfitError: /)
  return caught
}

test('named ESM imports work', async () => {
  const m = await import('../index.js')
  assert.equal(typeof m.validate, 'function')
  assert.equal(typeof m.ClusterfitError, 'function')
  assert.equal(m.version, version)
})

test('string and object input give the same report', () => {
  const a = validate(DOC)
  const b = validate(JSON.stringify(DOC))
  assert.deepEqual(a, b)
  assert.equal(JSON.stringify(a), JSON.stringify(b))
})

test('a Buffer or Uint8Array is read as UTF-8 JSON text', () => {
  const text = JSON.stringify(DOC)
  assert.deepEqual(validate(Buffer.from(text)), validate(DOC))
  assert.deepEqual(validate(new TextEncoder().encode(text)), validate(DOC))
  throwsCode(() => validate(Buffer.from('not json')), 'INPUT_NOT_JSON')
})

test('the report is a plain object with the SPEC §4 keys', () => {
  const r = validate(DOC)
  assert.equal(Object.getPrototypeOf(r), Object.prototype)
  assert.deepEqual(Object.keys(r), ['valid', 'profile', 'summary', 'findings', 'facts'])
  assert.equal(typeof r.valid, 'boolean')
  assert.equal(r.profile, 'katonic')
  assert.deepEqual(Object.keys(r.summary), ['errors', 'warnings', 'infos'])
  assert.ok(Array.isArray(r.findings))
  assert.equal(Object.getPrototypeOf(r.facts), Object.prototype)
  assert.ok(!(r.facts instanceof Map))
  for (const f of r.findings) {
    assert.equal(Object.getPrototypeOf(f), Object.prototype)
    assert.equal(typeof f.rule, 'string')
    assert.ok(['error', 'warning', 'info'].includes(f.severity))
    assert.ok(f.path === '' || f.path.startsWith('/'))
    assert.equal(typeof f.message, 'string')
  }
  const counts = { error: 0, warning: 0, info: 0 }
  for (const f of r.findings) counts[f.severity]++
  assert.deepEqual(r.summary, { errors: counts.error, warnings: counts.warning, infos: counts.info })
})

test('options are applied: profile, failOn, disable', () => {
  assert.equal(validate(DOC, { profile: 'domino' }).profile, 'domino')
  const all = validate(DOC)
  const ids = [...new Set(all.findings.map((f) => f.rule))]
  const off = validate(DOC, { disable: ids })
  assert.deepEqual(off.findings, [])
  assert.equal(off.valid, true)
  // undefined option values are dropped, as JSON.stringify drops them
  assert.deepEqual(validate(DOC, { profile: undefined }), all)
  assert.deepEqual(validate(DOC, null), all)
})

test('options errors are OPTIONS_INVALID', () => {
  throwsCode(() => validate(DOC, { profile: 'nope' }), 'OPTIONS_INVALID')
  throwsCode(() => validate(DOC, { disable: ['no-such-rule'] }), 'OPTIONS_INVALID')
  throwsCode(() => validate(DOC, { failOn: 'sometimes' }), 'OPTIONS_INVALID')
  throwsCode(() => validate(DOC, { severity: { 'vpc-cidr-size': 'loud' } }), 'OPTIONS_INVALID')
  throwsCode(() => validate(DOC, 'katonic'), 'OPTIONS_INVALID')
  throwsCode(() => validate(DOC, { strict: 10n }), 'OPTIONS_INVALID')
  throwsCode(() => validate(DOC, () => 1), 'OPTIONS_INVALID')
})

test('input errors carry their codes', () => {
  throwsCode(() => validate('{"provider": '), 'INPUT_NOT_JSON')
  throwsCode(() => validate('not json'), 'INPUT_NOT_JSON')
  const e = throwsCode(() => validate(5), 'INPUT_NOT_OBJECT')
  assert.match(e.message, /number `5`/)
  throwsCode(() => validate('5'), 'INPUT_NOT_OBJECT')
  throwsCode(() => validate([DOC]), 'INPUT_NOT_OBJECT')
  throwsCode(() => validate(null), 'INPUT_NOT_OBJECT')
  throwsCode(() => validate(undefined), 'INPUT_NOT_OBJECT')
  throwsCode(() => validate(), 'INPUT_NOT_OBJECT')
  throwsCode(() => validate({ ...DOC, schemaVersion: 2 }), 'INPUT_SCHEMA_VERSION')
  throwsCode(() => validate('x'.repeat(1024 * 1024 + 1)), 'INPUT_TOO_LARGE')
  throwsCode(() => validate({ ...DOC, name: 'x'.repeat(1024 * 1024 + 1) }), 'INPUT_TOO_LARGE')
  let deep = {}
  for (let i = 0; i < 100; i++) deep = { a: deep }
  throwsCode(() => validate(deep), 'INPUT_TOO_DEEP')
  throwsCode(() => validate(JSON.stringify(deep)), 'INPUT_TOO_DEEP')
})

test('values JSON cannot hold are clusterfit errors, never crashes', () => {
  assert.match(throwsCode(() => validate({ ...DOC, n: 10n }), 'INPUT_NOT_JSON').message, /BigInt/)
  throwsCode(() => validate(10n), 'INPUT_NOT_JSON')
  const cyclic = { ...DOC }
  cyclic.self = cyclic
  assert.match(throwsCode(() => validate(cyclic), 'INPUT_NOT_JSON').message, /cycle/)
  assert.match(throwsCode(() => validate(() => DOC), 'INPUT_NOT_OBJECT').message, /function/)
  throwsCode(() => validate(Symbol('doc')), 'INPUT_NOT_OBJECT')
  let veryDeep = {}
  for (let i = 0; i < 100000; i++) veryDeep = { a: veryDeep }
  throwsCode(() => validate(veryDeep), 'INPUT_TOO_DEEP')
  // a nested function or undefined is dropped, as JSON.stringify drops it
  assert.deepEqual(validate({ ...DOC, extra: undefined, f() {} }), validate(DOC))
})

test('rules() is the catalog as plain objects', () => {
  const list = rules()
  assert.ok(Array.isArray(list) && list.length > 0)
  const ids = new Set()
  for (const r of list) {
    assert.equal(Object.getPrototypeOf(r), Object.prototype)
    for (const k of ['id', 'severity', 'area', 'providers', 'title', 'doc', 'source', 'example']) {
      assert.ok(k in r, `${r.id} has ${k}`)
    }
    assert.ok(Array.isArray(r.providers))
    assert.equal(typeof r.example.fails, 'string')
    ids.add(r.id)
  }
  assert.ok(ids.has('vpc-cidr-size'))
  assert.equal(ids.size, list.length)
  // a fresh copy each call: callers may mutate it
  list[0].id = 'changed'
  assert.notEqual(rules()[0].id, 'changed')
})

test('profiles() lists the built-ins with their contents', () => {
  const list = profiles()
  assert.ok(Array.isArray(list))
  const names = list.map((p) => p.name)
  assert.ok(names.includes('katonic') && names.includes('domino'), names.join(','))
  for (const p of list) assert.equal(typeof p.sizeTolerance, 'number')
})

test('schema() is a JSON Schema object', () => {
  const s = schema()
  assert.equal(Object.getPrototypeOf(s), Object.prototype)
  assert.equal(s.type, 'object')
  assert.ok('$schema' in s)
})

test('cidrInfo gives the facts of a block', () => {
  const i = cidrInfo('10.0.0.5/21')
  assert.equal(Object.getPrototypeOf(i), Object.prototype)
  assert.equal(i.network, '10.0.0.0/21')
  assert.equal(i.prefix, 21)
  assert.equal(i.first, '10.0.0.0')
  assert.equal(i.last, '10.0.7.255')
  assert.equal(i.total, 2048)
  assert.equal(i.usable, 2046)
  assert.equal(i.hostBitsSet, true)
  throwsCode(() => cidrInfo('nope'), 'OPTIONS_INVALID')
  throwsCode(() => cidrInfo('fd00::/8'), 'OPTIONS_INVALID')
  throwsCode(() => cidrInfo(21), 'OPTIONS_INVALID')
  throwsCode(() => cidrInfo(), 'OPTIONS_INVALID')
})

test('planSubnets checks its arguments', () => {
  throwsCode(() => planSubnets(10, 3), 'OPTIONS_INVALID')
  throwsCode(() => planSubnets('10.0.0.0/21', '3'), 'OPTIONS_INVALID')
  throwsCode(() => planSubnets('10.0.0.0/21', -1), 'OPTIONS_INVALID')
  throwsCode(() => planSubnets('10.0.0.0/21', 1.5), 'OPTIONS_INVALID')
  throwsCode(() => planSubnets('10.0.0.0/21', 3, 'x'), 'OPTIONS_INVALID')
  throwsCode(() => planSubnets('10.0.0.0/21', 3, { n: 1n }), 'OPTIONS_INVALID')
  // either a plan (plain object) or, until the core implements it, OPTIONS_INVALID
  try {
    const plan = planSubnets('10.0.0.0/21', 3)
    assert.equal(Object.getPrototypeOf(plan), Object.prototype)
  } catch (e) {
    assert.ok(e instanceof ClusterfitError)
    assert.equal(e.code, 'OPTIONS_INVALID')
  }
})

test('version is the core version', () => {
  assert.match(version, /^\d+\.\d+\.\d+/)
})

test('a panic becomes INTERNAL and the process keeps running', () => {
  const e = throwsCode(() => clusterfit._forceInternalError(), 'INTERNAL')
  assert.match(e.message, /forced internal error/)
  throwsCode(() => clusterfit._forceInternalError(), 'INTERNAL')
  const r = validate(DOC)
  assert.equal(typeof r.valid, 'boolean')
  assert.deepEqual(r, validate(JSON.stringify(DOC)))
})
