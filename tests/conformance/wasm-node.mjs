// Conformance runner: the WASM build (nodejs target) in Node.
//   node tests/conformance/wasm-node.mjs target/conformance/wasm-node.json
// Also exports collectCases(), the fixture walk of the protocol, for browser.mjs.
import { readdirSync, readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCases } from './run-cases.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Every case under fixtures/, in protocol order: { id, options?, input? | inputText? }, or
 * { id, describe: { kind, text, options? } } for an importer run.
 */
export function collectCases(dir = join(ROOT, 'fixtures')) {
  const files = [];
  const walk = (rel) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(r);
      else if (e.isFile() && e.name.endsWith('.json')) files.push(r);
    }
  };
  if (existsSync(dir)) walk('');
  files.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const cases = [];
  for (const rel of files) {
    const data = JSON.parse(readFileSync(join(dir, rel), 'utf8'));
    if (rel.startsWith('import/')) {
      // Importer cases: `describe` on the input's JSON form, one run per entry of `runs`.
      if (rel.endsWith('.case.json')) {
        const folder = rel.slice(0, rel.lastIndexOf('/'));
        const text = readFileSync(join(dir, folder, data.inputJson || data.input), 'utf8');
        data.runs.forEach((r, i) => {
          const describe = { kind: data.kind, text };
          if (r.options !== undefined) describe.options = r.options;
          cases.push({ id: `${rel}#${i}`, describe });
        });
      }
      continue;
    }
    if (data !== null && typeof data === 'object' && Array.isArray(data.cases)) {
      data.cases.forEach((c, i) => {
        const one = { id: `${rel}#${i}` };
        if (c.options !== undefined) one.options = c.options;
        if (typeof c.inputText === 'string') one.inputText = c.inputText;
        // A hostile text too large to write out: `[[piece, times], …]`, concatenated.
        else if (Array.isArray(c.inputTextRepeat)) {
          one.inputText = c.inputTextRepeat.map(([piece, times]) => piece.repeat(times)).join('');
        }
        else one.input = c.input;
        cases.push(one);
      });
    } else if (rel.startsWith('examples/') && !rel.endsWith('.expected.json')) {
      const one = { id: rel, input: data };
      const expected = join(dir, rel.replace(/\.json$/, '.expected.json'));
      if (existsSync(expected)) {
        const options = JSON.parse(readFileSync(expected, 'utf8')).options;
        if (options !== undefined) one.options = options;
      }
      cases.push(one);
    }
  }
  return cases;
}

/** Writes the result map to `out` (creating its folder). */
export function writeResults(out, results) {
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 1) + '\n');
  console.log(`${Object.keys(results).length} runs written to ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node tests/conformance/wasm-node.mjs OUT.json');
    process.exit(2);
  }
  const api = await import(join(ROOT, 'wasm', 'pkg', 'node', 'index.mjs'));
  writeResults(out, runCases(api, collectCases()));
}
