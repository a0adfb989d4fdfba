// clusterfit beside ajv on the same documents (run by `make bench`):
//   node bench/js/peers.mjs [--browser] DOC…
// Node: the native package (`node/`) and the WASM package in Node (`wasm/pkg/node`), each
// `validate(object)` and `validate(string)`, beside ajv compiled from the description's JSON
// Schema (core/src/schema/schema.json, draft 2020-12, compiled once; per call `validate(object)`,
// or `JSON.parse` + `validate` for text; ajv stops at the first error, clusterfit writes the full
// report). --browser: the WASM package in headless Chromium beside ajv's standalone validation
// code for the same schema, put into the page as source text (no network at run time).
// Prints Markdown tables: document | what | clusterfit | peer | budget | met?. Medians of 31
// rounds, each a batch (5–10 ms) of every contender in turn, by the wall clock and (in Node) the
// process's CPU clock; budgets and ratios are judged on CPU time where there is one. Missing a
// budget is reported, never an error (exit 0).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const BUDGET_US = 15; // per call, ~2 KB description (Node, WASM in Node and in Chromium)

const args = process.argv.slice(2);
const browser = args.includes('--browser');
const paths = args.filter((a) => a !== '--browser');
if (paths.length === 0) {
  console.error('usage: node bench/js/peers.mjs [--browser] DOC…');
  process.exit(2);
}
const docs = paths.map((p) => {
  const text = JSON.stringify(JSON.parse(readFileSync(p, 'utf8')));
  return { name: basename(p), text };
});

const schema = JSON.parse(readFileSync(join(ROOT, 'core', 'src', 'schema', 'schema.json'), 'utf8'));
const ajv = new Ajv2020({ code: { source: true } });
const ajvValidate = ajv.compile(schema);
const standalone = (standaloneCode.default ?? standaloneCode)(ajv, ajvValidate);

// The measuring code, run in Node and (as source text) in the page: for each document, the
// median µs per call of clusterfit and the peer, for an object and for text. Each of 31 rounds
// runs a batch (5–10 ms) of every contender in turn, so a change of load touches all alike.
function measureAll(cf, peer, docs) {
  const medians = (fs) => {
    // Warm up for 20 ms (the first call compiles: milliseconds), then the batch size is doubled
    // until a batch lasts 5 ms (a page's clock is coarse).
    const batches = fs.map((f) => {
      for (const t0 = performance.now(); performance.now() - t0 < 20;) f();
      for (let batch = 1; ; batch *= 2) {
        const t0 = performance.now();
        for (let i = 0; i < batch; i++) f();
        if (performance.now() - t0 >= 5 || batch >= 1 << 20) return batch;
      }
    });
    // The process's CPU clock where there is one (Node; a page has none): it leaves out the time
    // spent waiting for a core, so on a shared machine it is the closer one to a quiet machine's.
    const cpuNow = typeof process === 'object' && process.cpuUsage ? () => process.cpuUsage() : null;
    const wall = fs.map(() => []);
    const cpu = fs.map(() => []);
    for (let r = 0; r < 31; r++) {
      fs.forEach((f, k) => {
        const c0 = cpuNow && cpuNow();
        const t0 = performance.now();
        for (let i = 0; i < batches[k]; i++) f();
        wall[k].push(((performance.now() - t0) * 1000) / batches[k]);
        if (cpuNow) {
          const c = process.cpuUsage(c0);
          cpu[k].push((c.user + c.system) / batches[k]);
        }
      });
    }
    const median = (t) => t.sort((a, b) => a - b)[t.length >> 1];
    return fs.map((_, k) => ({ wall: median(wall[k]), cpu: cpuNow ? median(cpu[k]) : null }));
  };
  return docs.map(({ name, text }) => {
    const doc = JSON.parse(text);
    const [cfObject, peerObject, cfString, peerString] = medians([
      () => cf.validate(doc),
      () => peer(doc),
      () => cf.validate(text),
      () => peer(JSON.parse(text)),
    ]);
    return {
      name,
      bytes: text.length,
      findings: cf.validate(doc).findings.length,
      schemaValid: peer(doc),
      object: [cfObject, peerObject],
      string: [cfString, peerString],
    };
  });
}

const us = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} ms` : `${x.toFixed(2)} µs`);
const cell = (t) => (t.cpu === null ? us(t.wall) : `${us(t.wall)} (CPU ${us(t.cpu)})`);
// Budgets and ratios are judged on CPU time where there is one, else on wall time.
const judged = (t) => t.cpu ?? t.wall;

function table(title, rows, label) {
  console.log(`### ${title}\n`);
  console.log('| document | what | clusterfit | peer | budget | met? |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    const doc = `\`${r.name}\` (${r.bytes} B, ${r.findings} finding${r.findings === 1 ? '' : 's'}; schema: ${r.schemaValid ? 'valid' : 'invalid'})`;
    const small = r.bytes <= 4096;
    for (const [kind, [cf, peer], peerWhat] of [
      ['object', r.object, 'ajv `validate(object)`'],
      ['string', r.string, 'ajv `JSON.parse` + `validate`'],
    ]) {
      const budget = small ? `≤ ${BUDGET_US} µs` : '—';
      const verdict = small ? (judged(cf) <= BUDGET_US ? 'met' : '**missed**') : '—';
      const ratio = (judged(cf) / judged(peer)).toFixed(2);
      console.log(
        `| ${doc} | ${label} \`validate(${kind})\` vs ${peerWhat} | ${cell(cf)} | ${cell(peer)} | ${budget} | ${verdict} (${ratio}× the peer) |`,
      );
    }
  }
  console.log();
}

const native = require(join(ROOT, 'node', 'index.js'));
table('Node (native package)', measureAll(native, ajvValidate, docs), 'Node native');
const wasm = await import(join(ROOT, 'wasm', 'pkg', 'node', 'index.mjs'));
table('WASM in Node', measureAll(wasm, ajvValidate, docs), 'WASM in Node');

if (browser) {
  const { launchChromium } = await import(join(ROOT, 'tests', 'e2e', 'chromium.mjs'));
  const { startServer } = await import(join(ROOT, 'wasm', 'demo', 'serve.mjs'));
  const { server, url } = await startServer({
    '/': join(ROOT, 'tests', 'conformance', 'page'),
    '/pkg/': join(ROOT, 'wasm', 'pkg'),
  });
  const chromium = await launchChromium();
  try {
    const page = await chromium.newPage();
    await page.goto(url);
    const rows = await page.evaluate(
      async ([measureSource, ajvSource, docs]) => {
        const api = await import('/pkg/web/index.js');
        await api.default();
        const module = { exports: {} };
        new Function('module', 'exports', ajvSource)(module, module.exports);
        const measure = new Function(`return (${measureSource})`)();
        return measure(api, module.exports, docs);
      },
      [measureAll.toString(), standalone, docs],
    );
    table('WASM in headless Chromium', rows, 'WASM in Chromium');
  } finally {
    await chromium.close();
    server.close();
  }
}
