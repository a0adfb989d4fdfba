// Conformance runner: the WASM web build in headless Debian chromium (playwright-core).
//   node tests/conformance/browser.mjs target/conformance/wasm-browser.json
// Serves wasm/pkg/web and this folder from a localhost server on a free port, loads the web
// build in a page, runs every case there (the same run-cases.mjs as in Node) and writes the map.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectCases, writeResults } from './wasm-node.mjs';
import { launchChromium } from '../e2e/chromium.mjs';
import { startServer } from '../../wasm/demo/serve.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');

const out = process.argv[2];
if (!out) {
  console.error('usage: node tests/conformance/browser.mjs OUT.json');
  process.exit(2);
}
const cases = collectCases();
const { server, url } = await startServer({
  '/': join(HERE, 'page'),
  '/pkg/': join(ROOT, 'wasm', 'pkg'),
  '/conformance/': HERE,
});
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`${url}`);
  const results = await page.evaluate(async (casesJson) => {
    const api = await import('/pkg/web/index.js');
    await api.default();
    const { runCases } = await import('/conformance/run-cases.mjs');
    return JSON.stringify(runCases(api, JSON.parse(casesJson)));
  }, JSON.stringify(cases));
  if (problems.length) throw new Error(`errors in the page:\n${problems.join('\n')}`);
  writeResults(out, JSON.parse(results));
} finally {
  await browser.close();
  server.close();
}
