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

test('the report is a plain object with the documented keys', () => {
  const r = validate(DOC)
  assert.equal(Object.getPrototypeOf(r), Object.prototype)
  assert.deepEqual(Object.keys(r), ['valid', 'profile', 'summary', 'findings', 'facts', 'coverage', 'suppressed'])
  assert.deepEqual(Object.keys(r.coverage), ['ran', 'lackingData', 'notApplicable'])
  assert.ok(r.coverage.ran > 0)
  assert.deepEqual(r.suppressed, [])
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
  assert.match(throwsCode(() => validate(cyclic), 'INPUT_TOO_DEEP').message, /contains itself/)
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
  throwsCode(() => planSubnets('10.0.0.0/21', 3, { zoneNames: 'a,b,c' }), 'OPTIONS_INVALID')
  throwsCode(() => planSubnets('10.0.0.0/21', 3, { zones: ['a', 'b', 'c'] }), 'OPTIONS_INVALID')
})

test('planSubnets: a /21 over 3 zones is 3 private /24 and a public /28', () => {
  const plan = planSubnets('10.0.0.0/21', 3)
  assert.equal(Object.getPrototypeOf(plan), Object.prototype)
  assert.equal(plan.vpc, '10.0.0.0/21')
  assert.equal(plan.provider, 'aws')
  assert.equal(plan.profile, 'katonic')
  assert.deepEqual(plan.availabilityZones, ['zone-a', 'zone-b', 'zone-c'])
  assert.deepEqual(plan.subnets, [
    { addresses: 256, cidr: '10.0.0.0/24', name: 'private-zone-a', type: 'private', usable: 251, zone: 'zone-a' },
    { addresses: 256, cidr: '10.0.1.0/24', name: 'private-zone-b', type: 'private', usable: 251, zone: 'zone-b' },
    { addresses: 256, cidr: '10.0.2.0/24', name: 'private-zone-c', type: 'private', usable: 251, zone: 'zone-c' },
    { addresses: 16, cidr: '10.0.7.240/28', name: 'public-zone-a', type: 'public', usable: 11, zone: 'zone-a' },
  ])
  assert.deepEqual(plan.free, [
    '10.0.3.0/24', '10.0.4.0/23', '10.0.6.0/24', '10.0.7.0/25', '10.0.7.128/26', '10.0.7.192/27', '10.0.7.224/28',
  ])
  assert.equal(plan.network.vpcCidr, '10.0.0.0/21')
  assert.deepEqual(plan.network.subnets.map((n) => [n.name, n.cidr, n.type, n.zone, n.tags]), [
    ['private-zone-a', '10.0.0.0/24', 'private', 'zone-a', { 'kubernetes.io/role/internal-elb': '1' }],
    ['private-zone-b', '10.0.1.0/24', 'private', 'zone-b', { 'kubernetes.io/role/internal-elb': '1' }],
    ['private-zone-c', '10.0.2.0/24', 'private', 'zone-c', { 'kubernetes.io/role/internal-elb': '1' }],
    ['public-zone-a', '10.0.7.240/28', 'public', 'zone-a', { 'kubernetes.io/role/elb': '1' }],
  ])
  assert.deepEqual(planSubnets('10.0.0.0/21', 3, {}), plan)
  assert.deepEqual(planSubnets('10.0.0.0/21', 3, null), plan)
})

test('planSubnets honours zoneNames, provider and profile; the plan passes validate', () => {
  const zones = ['us-east-1a', 'us-east-1b', 'us-east-1c']
  const plan = planSubnets('10.0.0.0/21', 3, { zoneNames: zones, provider: 'aws' })
  assert.deepEqual(plan.availabilityZones, zones)
  assert.deepEqual(plan.subnets.map((n) => [n.name, n.zone]), [
    ['private-us-east-1a', 'us-east-1a'],
    ['private-us-east-1b', 'us-east-1b'],
    ['private-us-east-1c', 'us-east-1c'],
    ['public-us-east-1a', 'us-east-1a'],
  ])
  const doc = { provider: 'aws', kubernetes: { version: '1.30' }, availabilityZones: plan.availabilityZones, network: plan.network }
  const report = validate(doc)
  assert.deepEqual(report.findings.filter((f) => f.path.startsWith('/network')), [])

  const gcp = planSubnets('10.1.0.0/16', 3, { provider: 'gcp', profile: 'domino' })
  assert.equal(gcp.provider, 'gcp')
  assert.equal(gcp.profile, 'domino')
  assert.deepEqual(gcp.subnets.map((n) => n.usable), [252, 252, 252, 12])
  assert.ok(gcp.network.subnets.every((n) => !('tags' in n)), 'tags are AWS only')

  // One zone: nodes in one zone, but private subnets in two (EKS needs two).
  const one = planSubnets('10.0.0.0/21', 1, { zoneNames: ['eu-west-1a', 'eu-west-1b'] })
  assert.deepEqual(one.availabilityZones, ['eu-west-1a'])
  assert.deepEqual(one.subnets.map((n) => n.cidr), ['10.0.0.0/24', '10.0.1.0/24', '10.0.7.240/28'])
})

test('planSubnets errors are OPTIONS_INVALID and say why', () => {
  const small = throwsCode(() => planSubnets('10.0.0.0/22', 3), 'OPTIONS_INVALID')
  assert.equal(small.message, 'VPC `10.0.0.0/22` is smaller than /21: 1024 addresses, the katonic profile needs 2048')
  assert.match(throwsCode(() => planSubnets('10.0.0.0/21', 2), 'OPTIONS_INVALID').message, /allows 1 or 3 zones, not 2/)
  assert.match(throwsCode(() => planSubnets('10.0.0.0/21', 3, { zoneNames: ['a', 'b'] }), 'OPTIONS_INVALID').message, /`zoneNames` has 2 names, 3 needed/)
  assert.match(throwsCode(() => planSubnets('10.0.0.0/21', 3, { provider: 'ibm' }), 'OPTIONS_INVALID').message, /`provider` must be one of/)
  assert.match(throwsCode(() => planSubnets('10.0.0.0/21', 3, { zoneNamez: [] }), 'OPTIONS_INVALID').message, /did you mean `zoneNames`/)
  throwsCode(() => planSubnets('fd00::/56', 3), 'OPTIONS_INVALID')
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

test('describe imports kubectl output (a string or a Buffer) and eksctl YAML', () => {
  const fs = require('node:fs')
  const path = require('node:path')
  const dir = path.join(__dirname_of(import.meta.url), '..', '..', 'fixtures', 'import')
  const list = fs.readFileSync(path.join(dir, 'kubectl', 'gke-nodelist.input.json'))
  const out = clusterfit.describe('kubectl', list, { roles: { 'pool-1': 'compute' } })
  assert.equal(out.description.provider, 'gcp')
  assert.equal(out.description.nodePools[0].role, 'compute')
  assert.deepEqual(clusterfit.describe('kubectl', list.toString('utf8'), { roles: { 'pool-1': 'compute' } }), out)
  const yaml = fs.readFileSync(path.join(dir, 'eksctl', '04-existing-vpc.input.yaml'), 'utf8')
  const json = fs.readFileSync(path.join(dir, 'eksctl', '04-existing-vpc.input.json'), 'utf8')
  assert.deepEqual(clusterfit.describe('eksctl', yaml), clusterfit.describe('eksctl', json))
  throwsCode(() => clusterfit.describe('helm', '{}'), 'OPTIONS_INVALID')
  throwsCode(() => clusterfit.describe(1, '{}'), 'OPTIONS_INVALID')
  throwsCode(() => clusterfit.describe('kubectl', {}), 'INPUT_NOT_JSON')
  throwsCode(() => clusterfit.describe('terraform', '{"kind":"List"}'), 'INPUT_NOT_OBJECT')
  throwsCode(() => clusterfit.describe('kubectl', '{}', { roles: { a: 'boss' } }), 'OPTIONS_INVALID')
})

function __dirname_of(url) {
  return require('node:path').dirname(require('node:url').fileURLToPath(url))
}

test('validateYaml reads YAML 1.2 with the shared reader', () => {
  const yaml = "provider: aws\nkubernetes: {version: '1.30'}\nnetwork: {vpcCidr: 10.0.0.0/22}\nntp: false\n"
  assert.deepEqual(clusterfit.validateYaml(yaml), validate(DOC))
  assert.deepEqual(clusterfit.validateYaml(Buffer.from(yaml), { profile: 'domino' }), validate(DOC, { profile: 'domino' }))
  const yes = clusterfit.validateYaml(yaml.replace('ntp: false', 'ntp: yes'))
  const f = yes.findings.find((x) => x.path === '/ntp')
  assert.equal(f.rule, 'invalid-type')
  assert.match(f.hint, /^write `true`/)
  throwsCode(() => clusterfit.validateYaml('a: [unclosed'), 'INPUT_NOT_YAML')
  throwsCode(() => clusterfit.validateYaml(yaml, { profile: 'nope' }), 'OPTIONS_INVALID')
  const bomb = ['a: &a ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]']
  for (let i = 1; i < 12; i++) bomb.push(`${'b'.repeat(i)}: &${'b'.repeat(i)} [*${i === 1 ? 'a' : 'b'.repeat(i - 1)}, *${i === 1 ? 'a' : 'b'.repeat(i - 1)}, *${i === 1 ? 'a' : 'b'.repeat(i - 1)}, *${i === 1 ? 'a' : 'b'.repeat(i - 1)}]`)
  throwsCode(() => clusterfit.validateYaml(bomb.join('\n')), 'INPUT_TOO_LARGE')
})
