// Hostile host values: the same codes in every JS runtime. `cf` is the package under test.
export function hostileTests(test, assert, cf, { wasm }) {
  const BASE = { provider: 'aws', kubernetes: { version: '1.30' } };
  const code = (f) => {
    try {
      f();
    } catch (e) {
      assert.ok(e instanceof Error && e instanceof cf.ClusterfitError, `not a ClusterfitError: ${e}`);
      return e.code;
    }
    return 'no error';
  };
  const valid = (doc) => cf.validate(doc).valid;

  test('hostile: an object containing itself is too deep, at once', () => {
    const d = { ...BASE };
    d.a = d;
    d.b = d;
    assert.equal(code(() => cf.validate(d)), 'INPUT_TOO_DEEP');
  });

  test('hostile: shared arrays expanding to ten million values stop at the budget quickly', () => {
    const leaf = new Array(1000).fill(0);
    const mid = new Array(100).fill(leaf);
    const start = Date.now();
    assert.equal(code(() => cf.validate({ ...BASE, x: new Array(100).fill(mid) })), 'INPUT_TOO_LARGE');
    assert.ok(Date.now() - start < 2000);
  });

  test('hostile: a 400 MB string stops before it is copied', () => {
    const big = 'x'.repeat(400 * 1024 * 1024);
    const start = Date.now();
    assert.equal(code(() => cf.validate({ ...BASE, big })), 'INPUT_TOO_LARGE');
    assert.equal(code(() => cf.validate(big)), 'INPUT_TOO_LARGE');
    assert.ok(Date.now() - start < 2000);
  });

  test('hostile: the size is the exact JSON text length, for text and objects alike', () => {
    const doc = { ...BASE, pad: '' };
    doc.pad = 'x'.repeat(1024 * 1024 - JSON.stringify(doc).length);
    assert.equal(JSON.stringify(doc).length, 1024 * 1024);
    assert.deepEqual(cf.validate(doc), cf.validate(JSON.stringify(doc)));
    doc.pad += 'x';
    assert.equal(code(() => cf.validate(doc)), 'INPUT_TOO_LARGE');
    assert.equal(code(() => cf.validate(JSON.stringify(doc))), 'INPUT_TOO_LARGE');
    // Escapes count as written: 600,000 quotes are 1.2 MB of text.
    assert.equal(code(() => cf.validate({ ...BASE, q: '"'.repeat(600000) })), 'INPUT_TOO_LARGE');
    assert.ok(valid({ ...BASE, zeros: new Array(240000).fill(0) }) !== undefined);
  });

  test('hostile: bytes are UTF-8 text, strictly, in every JS runtime', () => {
    const text = JSON.stringify(BASE);
    assert.deepEqual(cf.validate(new TextEncoder().encode(text)), cf.validate(text));
    assert.equal(code(() => cf.validate(new Uint8Array([0x7b, 0xff, 0x7d]))), 'INPUT_NOT_JSON');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    assert.deepEqual(cf.validate(bom), cf.validate(text));
    assert.deepEqual(cf.validate('\ufeff' + text), cf.validate(text));
  });

  test('hostile: unpaired surrogates are INPUT_NOT_JSON, as text and in objects', () => {
    assert.equal(code(() => cf.validate(`{"provider":"aws","x":"\ud800"}`)), 'INPUT_NOT_JSON');
    assert.equal(code(() => cf.validate({ ...BASE, x: '\ud800' })), 'INPUT_NOT_JSON');
    assert.equal(code(() => cf.validate({ ...BASE, ['\udc00']: 1 })), 'INPUT_NOT_JSON');
  });

  test('hostile: an object is read as its JSON text would be', () => {
    for (const v of [Infinity, NaN, -0, 2 ** 53, 1e21, 1.0]) {
      const doc = { ...BASE, ntp: v };
      assert.deepEqual(cf.validate(doc), cf.validate(JSON.stringify(doc)), String(v));
    }
    const msg = (v) => cf.validate({ ...BASE, ntp: v }).findings[0].message;
    assert.equal(msg(2 ** 53), '`ntp` must be `true` or `false`, found number `9007199254740992`');
    assert.equal(msg(-0), '`ntp` must be `true` or `false`, found number `0`');
    assert.ok(valid({ ...BASE, schemaVersion: 1.0 }));
    assert.ok(valid('{"schemaVersion":1e0,"provider":"aws","kubernetes":{"version":"1.30"}}'));
  });

  test('hostile: what JSON.stringify calls, unwraps or leaves out is read as the text would be', () => {
    // Plain data takes a plain JSON.stringify, anything else the replacer: the same text either way.
    const hidden = { ...BASE };
    Object.defineProperty(hidden, 'toJSON', { value: () => ({ ...BASE, ntp: 'hidden' }) });
    const pools = [{ name: 'a' }];
    pools.toJSON = () => 'listed';
    class Pool {
      constructor() {
        this.name = 'p';
      }
      get role() {
        return 'compute';
      }
    }
    const cases = [
      hidden,
      { ...BASE, nodePools: pools },
      { ...BASE, nodePools: [new Pool()] },
      { ...BASE, nodePools: [{ name: new String('p'), cpu: new Number(8), role: { toJSON: (key) => key } }] },
      { ...BASE, when: new Date(0), sym: Symbol('s'), f() {}, u: undefined, list: [undefined, () => 1, Symbol('t'), NaN] },
      Object.assign(Object.create(null), BASE, { network: Object.assign(Object.create(null), { vpcCidr: '10.0.0.0/22' }) }),
      { ...BASE, get ntp() { return 'read'; } },
    ];
    for (const doc of cases) assert.deepEqual(cf.validate(doc), cf.validate(JSON.stringify(doc)));
    assert.equal(code(() => cf.validate({ ...BASE, nodePools: [{ cpu: 8n }] })), 'INPUT_NOT_JSON');
    let deep = 1;
    for (let i = 0; i < 63; i++) deep = { a: deep };
    assert.notEqual(code(() => cf.validate({ ...BASE, deep })), 'INPUT_TOO_DEEP');
    assert.equal(code(() => cf.validate({ ...BASE, deep: { a: deep } })), 'INPUT_TOO_DEEP');
  });

  test('hostile: a getter that throws anything is a coded error', () => {
    const doc = { ...BASE };
    Object.defineProperty(doc, 'x', { enumerable: true, get() { throw null; } });
    assert.equal(code(() => cf.validate(doc)), 'INPUT_NOT_JSON');
    const loop = { ...BASE, toJSON() { return { again: this }; } };
    assert.notEqual(code(() => cf.validate(loop)), 'no error');
    const deep = {};
    let at = deep;
    for (let i = 0; i < 100000; i++) at = at.a = {};
    assert.equal(code(() => cf.validate(deep)), 'INPUT_TOO_DEEP');
  });

  test('hostile: 20,000 forced panics, then the next call works', () => {
    const before = JSON.stringify(cf.validate(BASE));
    for (let i = 0; i < 20000; i++) {
      assert.equal(code(() => cf._forceInternalError()), 'INTERNAL');
    }
    assert.equal(JSON.stringify(cf.validate(BASE)), before);
  });

  if (wasm) {
    test('hostile: after running out of memory, the next call works', () => {
      const before = JSON.stringify(cf.validate(BASE));
      assert.equal(code(() => cf._forceOutOfMemory()), 'INTERNAL');
      assert.equal(JSON.stringify(cf.validate(BASE)), before);
      assert.equal(code(() => cf._forceInternalError()), 'INTERNAL');
      assert.equal(JSON.stringify(cf.validate(BASE)), before);
    });
  }
}
