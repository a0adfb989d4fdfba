// The two npm packages (`clusterfit`, native; `clusterfit-wasm`) declare the same public types:
// the block between the SHARED TYPES markers must be byte for byte the same in node/index.d.ts
// and wasm/pkg-src/index.d.ts. Run by `make test-node` (node --test __test__/*.test.mjs).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const FILES = {
  node: path.join(here, '..', 'index.d.ts'),
  wasm: path.join(here, '..', '..', 'wasm', 'pkg-src', 'index.d.ts'),
}
const BEGIN = '// ---- BEGIN SHARED TYPES '
const END = '// ---- END SHARED TYPES '

/** The shared block of a file (markers included); fails unless each marker occurs once. */
function sharedBlock(file) {
  const text = fs.readFileSync(file, 'utf8')
  const rel = path.relative(path.join(here, '..', '..'), file)
  assert.equal(text.split(BEGIN).length, 2, `${rel}: one line starting with "${BEGIN}"`)
  assert.equal(text.split(END).length, 2, `${rel}: one line starting with "${END}"`)
  const start = text.indexOf(BEGIN)
  const end = text.indexOf('\n', text.indexOf(END))
  assert.ok(start < end, `${rel}: BEGIN before END`)
  return text.slice(start, end)
}

test('index.d.ts of both packages share one identical block of public types', () => {
  const node = sharedBlock(FILES.node)
  const wasm = sharedBlock(FILES.wasm)
  if (node !== wasm) {
    const a = node.split('\n')
    const b = wasm.split('\n')
    const i = a.findIndex((line, k) => line !== b[k])
    const at = i === -1 ? a.length : i
    assert.fail(
      `the shared blocks differ at line ${at + 1} of the block:\n` +
        `  node/index.d.ts:         ${JSON.stringify(a[at])}\n` +
        `  wasm/pkg-src/index.d.ts: ${JSON.stringify(b[at])}\n` +
        'edit both files together',
    )
  }
})

/** Node-native functions the WASM package does not have, declared after the shared block. */
const NODE_ONLY = ['validateYaml']

test('the shared block declares the whole public API', () => {
  const block = sharedBlock(FILES.node)
  const declared = new Set(
    [...block.matchAll(/^export (?:declare )?(?:type|interface|class|function|const) (\w+)/gm)].map((m) => m[1]),
  )
  for (const name of [
    'Report', 'Finding', 'Severity', 'SeverityLevel', 'Summary', 'Facts', 'Options', 'Ignore', 'RuleInfo',
    'RuleExample', 'Profile', 'CustomProfile', 'CidrInfo', 'SubnetPlan', 'PlannedSubnet', 'NetworkSubnet',
    'PlanOptions', 'Provider', 'ErrorCode', 'ClusterfitError', 'validate', 'rules', 'profiles', 'schema',
    'cidrInfo', 'planSubnets', 'version', '_forceInternalError',
  ]) {
    assert.ok(declared.has(name), `the shared block declares \`${name}\``)
  }
  // Nothing public outside the block except the wasm package's loader (init, initSync, InitInput)
  // and the native package's YAML reader (validateYaml: the WASM package ships none).
  for (const [which, file] of Object.entries(FILES)) {
    const text = fs.readFileSync(file, 'utf8')
    const outside = text.replace(sharedBlock(file), '')
    const extra = [...outside.matchAll(/^export (?:default |declare )?(?:type|interface|class|function|const) (\w+)/gm)]
      .map((m) => m[1])
      .filter((n) => !(which === 'wasm' && ['init', 'initSync', 'InitInput'].includes(n)))
      .filter((n) => !(which === 'node' && NODE_ONLY.includes(n)))
    assert.deepEqual(extra, [], `${which}: public declarations outside the shared block`)
  }
})

test('the native package exports exactly the functions the shared block declares', async () => {
  const block = sharedBlock(FILES.node)
  const values = [...block.matchAll(/^export declare (?:class|function|const) (\w+)/gm)].map((m) => m[1])
  values.push(...NODE_ONLY)
  values.sort()
  const c = (await import('../index.js')).default
  assert.deepEqual(Object.keys(c).sort(), values)
})
