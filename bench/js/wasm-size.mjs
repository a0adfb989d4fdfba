// The `.wasm` of clusterfit-wasm (run by `make bench`): raw, gzip -9 and brotli (quality 11)
// sizes against the budget, the size of each section, and the largest contributors by twiggy
// when it is installed (on the build before wasm-opt, which still has function names).
//   node bench/js/wasm-size.mjs PKG_WASM [UNOPTIMIZED_WASM]
// Missing the budget is reported, never an error (exit 0).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [wasmPath, namedPath] = process.argv.slice(2);
if (!wasmPath) {
  console.error('usage: node bench/js/wasm-size.mjs PKG_WASM [UNOPTIMIZED_WASM]');
  process.exit(2);
}
const GZ_BUDGET = 64 * 1024;
const GZ_STRETCH = 48 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const bytes = readFileSync(wasmPath);
// gzip -9 as wasm/build.sh measures it (the gzip program), else zlib at level 9.
let gz;
try {
  gz = execFileSync('gzip', ['-9', '-c', wasmPath], { maxBuffer: 64 * 1024 * 1024 }).length;
} catch {
  gz = gzipSync(bytes, { level: 9 }).length;
}
const br = brotliCompressSync(bytes, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
}).length;

console.log('### `.wasm` size\n');
console.log(`\`${wasmPath}\` (after wasm-opt -Oz)\n`);
console.log('| what | clusterfit | budget | met? |');
console.log('|---|---|---|---|');
console.log(`| raw | ${kb(bytes.length)} (${bytes.length} B) | — | — |`);
console.log(
  `| gzip -9 | ${kb(gz)} (${gz} B) | ≤ 64 KB (stretch 48 KB) | ${gz <= GZ_STRETCH ? 'met (stretch too)' : gz <= GZ_BUDGET ? 'met (stretch missed)' : '**missed**'} |`,
);
console.log(`| brotli (quality 11) | ${kb(br)} (${br} B) | — | — |`);
console.log();

// Sections: id, then the LEB128 size, then the payload (custom sections start with their name).
const NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
  'start', 'element', 'code', 'data', 'datacount'];
function leb(buf, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = buf[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}
const sections = [];
for (let at = 8; at < bytes.length;) {
  const id = bytes[at];
  const [size, start] = leb(bytes, at + 1);
  let name = NAMES[id] ?? `id ${id}`;
  if (id === 0) {
    const [len, s] = leb(bytes, start);
    name = `custom \`${bytes.subarray(s, s + len).toString('utf8')}\``;
  }
  const payload = bytes.subarray(start, start + size);
  sections.push({ name, size, gz: gzipSync(payload, { level: 9 }).length });
  at = start + size;
}
sections.sort((a, b) => b.size - a.size);
console.log('| section | raw | gzip -9 alone |');
console.log('|---|---|---|');
const small = sections.filter((s) => s.size < 1024);
for (const s of sections.filter((s) => s.size >= 1024)) console.log(`| ${s.name} | ${kb(s.size)} | ${kb(s.gz)} |`);
if (small.length) {
  const sum = (key) => small.reduce((n, s) => n + s[key], 0);
  console.log(`| ${small.length} sections under 1 KB (${small.map((s) => s.name).join(', ')}) | ${kb(sum('size'))} | ${kb(sum('gz'))} |`);
}
console.log();

// Largest contributors: twiggy's items (shallow size) on the build with names, grouped by the
// crate or module path their name starts with, then the largest items themselves.
if (!namedPath || !existsSync(namedPath)) {
  console.log('largest contributors: skipped (no unoptimized .wasm given)\n');
} else {
  let csv = null;
  try {
    csv = execFileSync('twiggy', ['top', '-f', 'csv', namedPath], {
      encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    console.log('largest contributors: skipped (twiggy is not installed: `cargo install twiggy`)\n');
  }
  if (csv) {
    // CSV: Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent (names quoted
    // when they hold commas or quotes, "" for a quote).
    const items = [];
    for (const line of csv.trim().split('\n').slice(1)) {
      const m = /^("(?:[^"]|"")*"|[^,]*),(\d+),/.exec(line);
      if (!m) continue;
      const name = m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1];
      // Debug info and the name section are gone after wasm-opt: not counted.
      if (name.startsWith('custom section') || name.endsWith(' subsection')) continue;
      items.push({ name: name.replace(/\[[0-9a-f]{16}\]/g, '').replace(/::h[0-9a-f]{16}$/, ''), size: Number(m[2]) });
    }
    const total = items.reduce((sum, i) => sum + i.size, 0);
    // Grouped by crate (by module for clusterfit's own crates); `<T as Trait>::f` counts for T.
    const group = (name) => {
      if (name.startsWith('data segment')) return `${name} (rule docs, schema, profiles, catalogs)`;
      const path = name.replace(/^<+/, '').replace(/^&(mut )?/, '').split(/<| as |,|>/)[0].split('::');
      if (path.length < 2 || !/^[a-z_][a-z0-9_]*$/.test(path[0])) return 'other (tables, unnamed code)';
      return path[0].startsWith('clusterfit') ? `${path[0]}::${path[1]}` : path[0];
    };
    const groups = new Map();
    for (const i of items) groups.set(group(i.name), (groups.get(group(i.name)) ?? 0) + i.size);
    console.log(`Largest contributors (twiggy on \`${namedPath}\`, before wasm-opt, code and data: ${kb(total)})\n`);
    console.log('| crate or module | shallow size | share |');
    console.log('|---|---|---|');
    [...groups].sort((a, b) => b[1] - a[1]).slice(0, 15).forEach(([g, size]) =>
      console.log(`| ${g.replace(/\|/g, '\\|')} | ${kb(size)} | ${((100 * size) / total).toFixed(1)} % |`));
    console.log();
    console.log('| largest items | shallow size |');
    console.log('|---|---|');
    items.sort((a, b) => b.size - a.size).slice(0, 12).forEach((i) => {
      const name = i.name.length > 100 ? `${i.name.slice(0, 97)}…` : i.name;
      console.log(`| \`${name.replace(/\|/g, '\\|').replace(/`/g, "'")}\` | ${kb(i.size)} |`);
    });
    console.log();
  }
}
