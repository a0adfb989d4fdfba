// clusterfit-wasm in Node (the nodejs build): run with `node --test wasm/tests/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as cf from '../pkg/node/index.mjs';

const SMALL = { provider: 'aws', kubernetes: { version: '1.30' }, network: { vpcCidr: '10.0.0.0/22' } };

function isPlain(v) {
  if (Array.isArray(v)) return v.every(isPlain);
  if (v !== null && typeof v === 'object') {
    return Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every(isPlain);
  }
  return true;
}

/** Asserts `f` throws a ClusterfitError with `code`; returns it. */
function throwsCode(f, code) {
  let caught;
  assert.throws(f, (e) => {
    caught = e;
    return true;
  });
  assert.ok(caught instanceof Error, 'a real Error');
  assert.ok(caught instanceof cf.ClusterfitError);
  assert.equal(caught.name, 'ClusterfitError');
  assert.equal(caught.code, code, caught.message);
  assert.equal(typeof caught.message, 'string');
  assert.ok(caught.message.length > 0);
  assert.ok(typeof caught.stack === 'string');
  return caught;
}

test('object and string input give the same plain report', () => {
  const a = cf.validate(SMALL);
  const b = cf.validate(JSON.stringify(SMALL));
  assert.deepEqual(a, b);
  assert.equal(JSON.stringify(a), JSON.stringify(b));
  assert.ok(isPlain(a), 'plain objects and arrays only, no Map');
  assert.equal(typeof a.valid, 'boolean');
  assert.equal(a.profile, 'katonic');
  assert.deepEqual(Object.keys(a), ['valid', 'profile', 'summary', 'findings', 'facts', 'coverage', 'suppressed']);
  assert.deepEqual(Object.keys(a.coverage), ['ran', 'lackingData', 'notApplicable']);
  assert.deepEqual(Object.keys(a.summary), ['errors', 'warnings', 'infos']);
  for (const f of a.findings) {
    assert.ok(['error', 'warning', 'info'].includes(f.severity));
    assert.ok(f.path === '' || f.path.startsWith('/'));
  }
});

test('a structural problem is a finding, not an exception', () => {
  const r = cf.validate({ kubernetes: { version: '1.30' } });
  assert.equal(r.valid, false);
  assert.ok(r.findings.some((f) => f.rule === 'required-field' && f.path === '/provider'));
});

test('options: profile by name, unknown profile, malformed options', () => {
  assert.equal(cf.validate(SMALL, { profile: 'domino' }).profile, 'domino');
  assert.equal(cf.validate(SMALL, undefined).profile, 'katonic');
  assert.equal(cf.validate(SMALL, null).profile, 'katonic');
  throwsCode(() => cf.validate(SMALL, { profile: 'nope' }), 'OPTIONS_INVALID');
  throwsCode(() => cf.validate(SMALL, { failOn: 'sometimes' }), 'OPTIONS_INVALID');
  throwsCode(() => cf.validate(SMALL, { disable: ['no-such-rule'] }), 'OPTIONS_INVALID');
  throwsCode(() => cf.validate(SMALL, 'domino'), 'OPTIONS_INVALID');
  const cyclic = {};
  cyclic.self = cyclic;
  throwsCode(() => cf.validate(SMALL, cyclic), 'OPTIONS_INVALID');
});

test('input errors: not JSON, not an object, too deep, schema version', () => {
  throwsCode(() => cf.validate('{"provider": '), 'INPUT_NOT_JSON');
  throwsCode(() => cf.validate('not json at all'), 'INPUT_NOT_JSON');
  throwsCode(() => cf.validate(42), 'INPUT_NOT_OBJECT');
  throwsCode(() => cf.validate('42'), 'INPUT_NOT_OBJECT');
  throwsCode(() => cf.validate([SMALL]), 'INPUT_NOT_OBJECT');
  throwsCode(() => cf.validate(null), 'INPUT_NOT_OBJECT');
  throwsCode(() => cf.validate(undefined), 'INPUT_NOT_OBJECT');
  throwsCode(() => cf.validate({ big: 1n }), 'INPUT_NOT_JSON');
  let deep = {};
  for (let i = 0; i < 100; i++) deep = { a: deep };
  throwsCode(() => cf.validate(deep), 'INPUT_TOO_DEEP');
  throwsCode(() => cf.validate({ ...SMALL, schemaVersion: 2 }), 'INPUT_SCHEMA_VERSION');
  throwsCode(() => cf.validate(`{"x":"${'a'.repeat(1 << 20)}"}`), 'INPUT_TOO_LARGE');
});

test('rules, profiles, schema and version', () => {
  const rules = cf.rules();
  assert.ok(Array.isArray(rules) && rules.length > 0);
  assert.ok(isPlain(rules));
  const ids = rules.map((r) => r.id);
  assert.ok(ids.includes('vpc-cidr-size'));
  assert.equal(new Set(ids).size, ids.length);
  for (const r of rules) {
    assert.equal(typeof r.title, 'string');
    assert.ok(['error', 'warning', 'info'].includes(r.severity));
    assert.ok(Array.isArray(r.providers));
  }
  const profiles = cf.profiles();
  assert.ok(isPlain(profiles));
  assert.deepEqual(
    profiles.map((p) => p.name),
    ['katonic', 'domino', 'dataiku'],
  );
  const schema = cf.schema();
  assert.ok(isPlain(schema));
  assert.equal(typeof schema, 'object');
  assert.equal(schema.type, 'object');
  assert.match(cf.version, /^\d+\.\d+\.\d+/);
  const pkg = createRequire(import.meta.url)('../pkg/package.json');
  assert.equal(cf.version, pkg.version);
});

test('cidrInfo', () => {
  const i = cf.cidrInfo('10.0.0.5/21');
  assert.ok(isPlain(i));
  assert.equal(i.network, '10.0.0.0/21');
  assert.equal(i.prefix, 21);
  assert.equal(i.total, 2048);
  assert.equal(i.usableCloud, 2043);
  assert.equal(i.hostBitsSet, true);
  throwsCode(() => cf.cidrInfo('10.0.0.0/33'), 'OPTIONS_INVALID');
  throwsCode(() => cf.cidrInfo(21), 'OPTIONS_INVALID');
});

test('planSubnets checks its arguments', () => {
  throwsCode(() => cf.planSubnets('10.0.0.0/21', 1.5), 'OPTIONS_INVALID');
  throwsCode(() => cf.planSubnets('10.0.0.0/21', -1), 'OPTIONS_INVALID');
  throwsCode(() => cf.planSubnets(null, 3), 'OPTIONS_INVALID');
  throwsCode(() => cf.planSubnets('10.0.0.0/21', 3, 'x'), 'OPTIONS_INVALID');
  throwsCode(() => cf.planSubnets('10.0.0.0/21', 3, { zoneNames: 'a,b,c' }), 'OPTIONS_INVALID');
});

test('planSubnets: a /21 over 3 zones is 3 private /24 and a public /28', () => {
  const plan = cf.planSubnets('10.0.0.0/21', 3);
  assert.ok(isPlain(plan));
  assert.equal(plan.vpc, '10.0.0.0/21');
  assert.equal(plan.provider, 'aws');
  assert.equal(plan.profile, 'katonic');
  assert.deepEqual(plan.availabilityZones, ['zone-a', 'zone-b', 'zone-c']);
  assert.deepEqual(plan.subnets, [
    { addresses: 256, cidr: '10.0.0.0/24', name: 'private-zone-a', type: 'private', usable: 251, zone: 'zone-a' },
    { addresses: 256, cidr: '10.0.1.0/24', name: 'private-zone-b', type: 'private', usable: 251, zone: 'zone-b' },
    { addresses: 256, cidr: '10.0.2.0/24', name: 'private-zone-c', type: 'private', usable: 251, zone: 'zone-c' },
    { addresses: 16, cidr: '10.0.7.240/28', name: 'public-zone-a', type: 'public', usable: 11, zone: 'zone-a' },
  ]);
  assert.deepEqual(plan.free, [
    '10.0.3.0/24', '10.0.4.0/23', '10.0.6.0/24', '10.0.7.0/25', '10.0.7.128/26', '10.0.7.192/27', '10.0.7.224/28',
  ]);
  assert.deepEqual(plan.network, {
    subnets: [
      { cidr: '10.0.0.0/24', name: 'private-zone-a', tags: { 'kubernetes.io/role/internal-elb': '1' }, type: 'private', zone: 'zone-a' },
      { cidr: '10.0.1.0/24', name: 'private-zone-b', tags: { 'kubernetes.io/role/internal-elb': '1' }, type: 'private', zone: 'zone-b' },
      { cidr: '10.0.2.0/24', name: 'private-zone-c', tags: { 'kubernetes.io/role/internal-elb': '1' }, type: 'private', zone: 'zone-c' },
      { cidr: '10.0.7.240/28', name: 'public-zone-a', tags: { 'kubernetes.io/role/elb': '1' }, type: 'public', zone: 'zone-a' },
    ],
    vpcCidr: '10.0.0.0/21',
  });
  assert.deepEqual(cf.planSubnets('10.0.0.0/21', 3, null), plan);
});

test('planSubnets honours zoneNames, provider and profile; the plan passes validate', () => {
  const zones = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
  const plan = cf.planSubnets('10.0.0.0/21', 3, { zoneNames: zones, provider: 'aws' });
  assert.deepEqual(plan.availabilityZones, zones);
  assert.deepEqual(
    plan.subnets.map((n) => `${n.name} ${n.cidr} ${n.zone}`),
    [
      'private-us-east-1a 10.0.0.0/24 us-east-1a',
      'private-us-east-1b 10.0.1.0/24 us-east-1b',
      'private-us-east-1c 10.0.2.0/24 us-east-1c',
      'public-us-east-1a 10.0.7.240/28 us-east-1a',
    ],
  );
  const doc = { provider: 'aws', kubernetes: { version: '1.30' }, availabilityZones: plan.availabilityZones, network: plan.network };
  assert.deepEqual(cf.validate(doc).findings.filter((f) => f.path.startsWith('/network')), []);
  const gcp = cf.planSubnets('10.1.0.0/16', 3, { provider: 'gcp', profile: 'domino' });
  assert.equal(gcp.provider, 'gcp');
  assert.equal(gcp.profile, 'domino');
  assert.deepEqual(gcp.subnets.map((n) => n.usable), [252, 252, 252, 12]);
  assert.ok(gcp.network.subnets.every((n) => !('tags' in n)), 'tags are AWS only');
  const one = cf.planSubnets('10.0.0.0/21', 1, { zoneNames: ['eu-west-1a', 'eu-west-1b'] });
  assert.deepEqual(one.availabilityZones, ['eu-west-1a']);
  assert.deepEqual(one.subnets.map((n) => n.cidr), ['10.0.0.0/24', '10.0.1.0/24', '10.0.7.240/28']);
});

test('planSubnets errors are OPTIONS_INVALID and say why', () => {
  const small = throwsCode(() => cf.planSubnets('10.0.0.0/22', 3), 'OPTIONS_INVALID');
  assert.equal(small.message, 'VPC `10.0.0.0/22` is smaller than /21: 1024 addresses, the katonic profile needs 2048');
  assert.match(throwsCode(() => cf.planSubnets('10.0.0.0/21', 2), 'OPTIONS_INVALID').message, /allows 1 or 3 zones, not 2/);
  assert.match(
    throwsCode(() => cf.planSubnets('10.0.0.0/21', 3, { zoneNames: ['a', 'b'] }), 'OPTIONS_INVALID').message,
    /`zoneNames` has 2 names, 3 needed/,
  );
  assert.match(throwsCode(() => cf.planSubnets('10.0.0.0/21', 3, { provider: 'ibm' }), 'OPTIONS_INVALID').message, /`provider` must be one of/);
  throwsCode(() => cf.planSubnets('fd00::/56', 3), 'OPTIONS_INVALID');
});

test('the package exports what index.d.ts declares', async () => {
  const { readFileSync } = await import('node:fs');
  const dts = readFileSync(new URL('../pkg-src/index.d.ts', import.meta.url), 'utf8');
  const declared = [...dts.matchAll(/^export (?:declare )?(?:class|function|const) (\w+)/gm)].map((m) => m[1]);
  const cjs = createRequire(import.meta.url)('../pkg/node/index.cjs');
  // `_forceOutOfMemory` is a test hook of this package only (hostile.test.mjs), not declared.
  const exported = (m) => Object.keys(m).filter((k) => k !== 'default' && k !== '_forceOutOfMemory');
  assert.deepEqual(exported(cjs).sort(), declared.sort());
  assert.deepEqual(exported(cf).sort(), declared.sort());
  for (const build of ['web', 'bundler']) {
    const src = readFileSync(new URL(`../pkg/${build}/index.js`, import.meta.url), 'utf8');
    for (const name of declared) {
      assert.match(src, new RegExp(`\\b${name}\\b`), `${build} build exports ${name}`);
    }
  }
});

test('a forced internal error throws INTERNAL and the module keeps working', () => {
  const before = JSON.stringify(cf.validate(SMALL));
  for (let i = 0; i < 3; i++) {
    const e = throwsCode(() => cf._forceInternalError(), 'INTERNAL');
    assert.match(e.message, /forced internal error \(test hook\)/);
    assert.match(e.message, new RegExp(`clusterfit ${cf.version.replace(/\./g, '\\.')}`));
  }
  assert.equal(JSON.stringify(cf.validate(SMALL)), before);
  assert.equal(cf.cidrInfo('10.0.0.0/21').total, 2048);
  // Many traps in a row do not exhaust the stack: the wrapper instantiates the module afresh.
  for (let i = 0; i < 5000; i++) {
    try {
      cf._forceInternalError();
    } catch {
      // expected
    }
  }
  assert.equal(JSON.stringify(cf.validate(SMALL)), before);
  assert.equal(JSON.stringify(cf.validate(JSON.stringify(SMALL))), before);
});

test('the CommonJS entry is the same instance with the same API', () => {
  const req = createRequire(import.meta.url);
  const c = req('../pkg/node/index.cjs');
  assert.equal(typeof c.default, 'function');
  assert.equal(c.validate, cf.validate);
  assert.equal(c.ClusterfitError, cf.ClusterfitError);
});

test('init() and initSync() are harmless no-ops in Node', async () => {
  await cf.default();
  cf.initSync();
  assert.equal(typeof cf.validate(SMALL).valid, 'boolean');
});

test('describe reads JSON; eksctl YAML is INPUT_NOT_JSON here (no YAML reader in this build)', async () => {
  const { readFileSync } = await import('node:fs');
  const dir = new URL('../../fixtures/import/', import.meta.url);
  const list = readFileSync(new URL('kubectl/k3s-nodelist.input.json', dir));
  const out = cf.describe('kubectl', list);
  assert.ok(isPlain(out));
  assert.equal(out.description.provider, 'onprem');
  assert.deepEqual(cf.describe('kubectl', list.toString('utf8')), out);
  const json = readFileSync(new URL('eksctl/04-existing-vpc.input.json', dir), 'utf8');
  assert.equal(cf.describe('eksctl', json).description.name, 'cluster-4');
  const yaml = readFileSync(new URL('eksctl/04-existing-vpc.input.yaml', dir), 'utf8');
  const e = throwsCode(() => cf.describe('eksctl', yaml), 'INPUT_NOT_JSON');
  assert.match(e.message, /JSON only/);
  throwsCode(() => cf.describe('helm', '{}'), 'OPTIONS_INVALID');
  throwsCode(() => cf.describe('terraform', '[]'), 'INPUT_NOT_OBJECT');
});
