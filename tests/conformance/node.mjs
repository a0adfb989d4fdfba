#!/usr/bin/env node
// Conformance runner for the Node native binding (`node/`, npm package `clusterfit`).
// Usage: node tests/conformance/node.mjs OUT   (OUT: target/conformance/node.json)
//
// Protocol (the same in every runner): walk fixtures/ recursively, JSON files only, sorted by
// relative path (forward slashes, byte order). A file with a "cases" array gives case i the id
// `<relpath>#<i>`; a file under fixtures/examples/ not ending in .expected.json is one case with
// id `<relpath>`, the file's JSON as input and the options of `<name>.expected.json` (if any).
// Each case runs (1) with the document as a JS object, unless the case gives `inputText`, and
// (2) as JSON text (`inputText`, else `JSON.stringify(input)`) under the id `<id>~text`. The
// result string is `JSON.stringify(report)`, or `{"error":{"code","message"}}` for a thrown
// ClusterfitError; any other exception fails the runner. Output: `{ "<id>": "<result>", … }`.
// Importer cases (fixtures/import/<kind>/<name>.case.json) run `describe(kind, text, options)` on
// the input's JSON form (`inputJson`, else `input`), one id `<relpath>#<i>` per entry of `runs`.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const require = createRequire(import.meta.url)
const clusterfit = require(path.join(root, 'node', 'index.js'))

const out = process.argv[2]
if (!out) {
  console.error('usage: node tests/conformance/node.mjs OUT')
  process.exit(2)
}

/** Every .json file under `dir`, as paths relative to `base` with forward slashes. */
function walk(dir, base, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, base, found)
    else if (entry.isFile() && entry.name.endsWith('.json')) {
      found.push(path.relative(base, full).split(path.sep).join('/'))
    }
  }
  return found
}

/** Byte order of the UTF-8 paths (JS's default sort compares UTF-16 code units). */
const byteOrder = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))

/**
 * A case's JSON text: `inputText`, or `inputTextRepeat` (`[[piece, times], …]`, concatenated) for
 * a hostile text too large to write out in a fixture.
 */
function caseText(c) {
  if (Array.isArray(c.inputTextRepeat)) return c.inputTextRepeat.map(([piece, times]) => piece.repeat(times)).join('')
  return c.inputText
}

function cases(fixtures) {
  if (!fs.existsSync(fixtures)) return []
  const all = []
  for (const rel of walk(fixtures, fixtures).sort(byteOrder)) {
    const file = JSON.parse(fs.readFileSync(path.join(fixtures, rel), 'utf8'))
    if (rel.startsWith('import/')) {
      // Importer cases: `describe` on the input's JSON form, one run per entry of `runs`.
      if (rel.endsWith('.case.json')) {
        const text = fs.readFileSync(path.join(fixtures, path.dirname(rel), file.inputJson || file.input), 'utf8')
        file.runs.forEach((r, i) => {
          all.push({ id: `${rel}#${i}`, describe: { kind: file.kind, text, options: r.options } })
        })
      }
      continue
    }
    if (file !== null && typeof file === 'object' && Array.isArray(file.cases)) {
      file.cases.forEach((c, i) => {
        all.push({ id: `${rel}#${i}`, options: c.options, input: c.input, inputText: caseText(c) })
      })
    } else if (rel.startsWith('examples/') && !rel.endsWith('.expected.json')) {
      const expectedPath = path.join(fixtures, rel.replace(/\.json$/, '.expected.json'))
      const expected = fs.existsSync(expectedPath)
        ? JSON.parse(fs.readFileSync(expectedPath, 'utf8'))
        : undefined
      all.push({ id: rel, options: expected?.options, input: file })
    }
  }
  return all
}

/** The result string of one run (`describe` for importer cases). */
function run(id, doc, options, describe) {
  try {
    if (describe) return JSON.stringify(clusterfit.describe(describe.kind, describe.text, describe.options))
    return JSON.stringify(clusterfit.validate(doc, options))
  } catch (e) {
    if (e instanceof clusterfit.ClusterfitError) {
      return JSON.stringify({ error: { code: e.code, message: e.message } })
    }
    console.error(`node conformance runner: ${id} threw a non-clusterfit exception`)
    throw e
  }
}

const results = {}
const list = cases(path.join(root, 'fixtures'))
for (const c of list) {
  if (c.describe) {
    results[c.id] = run(c.id, undefined, undefined, c.describe)
  } else if (typeof c.inputText === 'string') {
    results[`${c.id}~text`] = run(`${c.id}~text`, c.inputText, c.options)
  } else {
    results[c.id] = run(c.id, c.input, c.options)
    results[`${c.id}~text`] = run(`${c.id}~text`, JSON.stringify(c.input), c.options)
  }
}
fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true })
fs.writeFileSync(out, JSON.stringify(results, null, 1) + '\n')
console.log(`node conformance runner: ${list.length} cases, ${Object.keys(results).length} runs written to ${out}`)
