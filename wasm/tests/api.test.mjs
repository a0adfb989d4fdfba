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
  assert.deepEqual(Object.keys(a), ['valid', 'profile', 'summary', 'findings', 'facts']);
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
    ['katonic', 'domino'],
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
  // A plan, or (until the core implements it) an OPTIONS_INVALID error: never anything else.
  try {
    assert.ok(isPlain(cf.planSubnets('10.0.0.0/21', 3)));
  } catch (e) {
    assert.ok(e instanceof cf.ClusterfitError, String(e));
  }
});

test('a forced internal error throws INTERNAL and the module keeps working', () => {
  const before = JSON.stringify(cf.validate(SMALL));
  for (let i = 0; i < 3; i++) {
    const e = throwsCode(() => cf._force_internal_error(), 'INTERNAL');
    assert.match(e.message, /forced internal error \(test hook\)/);
    assert.match(e.message, new RegExp(`clusterfit ${cf.version.replace(/\./g, '\\.')}`));
  }
  assert.equal(JSON.stringify(cf.validate(SMALL)), before);
  assert.equal(cf.cidrInfo('10.0.0.0/21').total, 2048);
  // Many traps in a row do not exhaust the stack: the wrapper restores the stack pointer.
  for (let i = 0; i < 5000; i++) {
    try {
      cf._force_internal_error();
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
