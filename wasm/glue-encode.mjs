// Patches wasm-bindgen's generated glue (build.sh runs it on each build's glue file): a string goes
// into the module's memory with one `TextEncoder.encodeInto` instead of a JavaScript loop over its
// ASCII prefix (a `charCodeAt` and a store per character, then `encodeInto` for the rest from the
// first non-ASCII character on). The same bytes: one byte per UTF-16 unit is allocated first; when
// the text does not fit (not all ASCII), what is left is encoded after it as before (the block
// grown by three bytes per remaining unit), and the block is cut to what was written. On a 3 KB
// document the loop took about 10 µs, a tenth of a `validate` call in Node (docs/performance.md,
// "Round wasm-speed"). Fails when the generated code is not the one expected (another wasm-bindgen).
//   node wasm/glue-encode.mjs FILE…
import { readFileSync, writeFileSync } from 'node:fs';

const LOOP = `    let len = arg.length;
    let ptr = malloc(len, 1) >>> 0;

    const mem = getUint8ArrayMemory0();

    let offset = 0;

    for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 0x7F) break;
        mem[ptr + offset] = code;
    }
    if (offset !== len) {
        if (offset !== 0) {
            arg = arg.slice(offset);
        }
`;
const ONE_CALL = `    let len = arg.length;
    let ptr = malloc(len, 1) >>> 0;

    const head = cachedTextEncoder.encodeInto(arg, getUint8ArrayMemory0().subarray(ptr, ptr + len));
    let offset = head.written;
    if (head.read !== arg.length) {
        arg = arg.slice(head.read);
`;
// What follows in the generated code (unchanged): the growth to `offset + arg.length * 3`, the
// second `encodeInto` at `ptr + offset`, and the cut to `offset`.
const REST = `        ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
        const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
        const ret = cachedTextEncoder.encodeInto(arg, view);

        offset += ret.written;
        ptr = realloc(ptr, len, offset, 1) >>> 0;
    }
`;

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(LOOP + REST);
  if (at < 0 || text.indexOf(LOOP, at + 1) >= 0) {
    console.error(`glue-encode: ${file}: passStringToWasm0 is not the expected code`);
    process.exit(1);
  }
  writeFileSync(file, text.slice(0, at) + ONE_CALL + text.slice(at + LOOP.length));
}
