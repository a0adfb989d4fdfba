#!/usr/bin/env node
// planSubnets / plan_subnets gives the same JSON in every binding: the CLI (`clusterfit
// plan-subnets … --format json`, the Rust reference), Node native, WASM in Node and Python.
// Usage: node tests/conformance/plan-subnets.mjs   (run by `make test-conformance`, after the
// bindings are built; builds the CLI with cargo).
//
// Each call's result string is the compact JSON of the plan (`JSON.stringify`, Python
// `json.dumps(separators=(",", ":"), ensure_ascii=False)`), or `{"error":{"code","message"}}`
// for a thrown clusterfit error. The CLI's pretty JSON is compacted with JSON.parse/stringify,
// which keeps key order. Calls the CLI cannot express (privatePrefix, a custom profile) are
// compared across the bindings only.
import { execFileSync, spawnSync } from 'node:child_process'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const require = createRequire(import.meta.url)
const native = require(path.join(root, 'node', 'index.js'))
const wasm = require(path.join(root, 'wasm', 'pkg', 'node', 'index.cjs'))

const ZONES3 = ['us-east-1a', 'us-east-1b', 'us-east-1c']
const CALLS = [
  ['10.0.0.0/21', 3, {}],
  ['10.0.0.0/21', 3, { zoneNames: ZONES3, provider: 'aws' }],
  ['10.0.0.0/21', 1, {}],
  ['10.0.0.0/21', 1, { zoneNames: ['eu-west-1a', 'eu-west-1b'] }],
  ['10.0.0.5/20', 3, { provider: 'azure' }],
  ['10.1.0.0/16', 3, { provider: 'gcp', profile: 'domino' }],
  ['172.16.0.0/19', 1, { provider: 'onprem', profile: 'katonic' }],
  ['10.1.0.0/16', 3, { privatePrefix: 22 }],
  ['10.0.0.0/22', 3, { profile: { extends: 'katonic', name: 'small', network: { vpcMaxPrefix: 22 } } }],
  // errors
  ['10.0.0.0/22', 3, {}],
  ['10.0.0.0/21', 2, {}],
  ['10.0.0.0/21', 7, {}],
  ['10.0.0.0/21', 3, { zoneNames: ['a', 'b'] }],
  ['10.0.0.0/21', 3, { zoneNames: ['a', 'a', 'b'] }],
  ['10.0.0.0/21', 3, { provider: 'ibm' }],
  ['10.0.0.0/21', 3, { profile: 'nope' }],
  ['10.0.0.0/15', 3, {}],
  ['fd00::/56', 3, {}],
  ['not a cidr', 3, {}],
]

const errorString = (e) => JSON.stringify({ error: { code: e.code, message: e.message } })

function js(api) {
  return CALLS.map(([vpc, zones, options]) => {
    try {
      return JSON.stringify(api.planSubnets(vpc, zones, options))
    } catch (e) {
      if (!(e instanceof api.ClusterfitError)) throw e
      return errorString(e)
    }
  })
}

function python() {
  const script = `
import json, re, sys
import clusterfit
out = []
for vpc, zones, options in json.load(sys.stdin):
    kw = {re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), k): v for k, v in options.items()}
    try:
        out.append(json.dumps(clusterfit.plan_subnets(vpc, zones, **kw), separators=(",", ":"), ensure_ascii=False))
    except clusterfit.ClusterfitError as e:
        out.append(json.dumps({"error": {"code": e.code, "message": e.message}}, separators=(",", ":"), ensure_ascii=False))
print(json.dumps(out))
`
  const run = spawnSync(path.join(root, '.venv', 'bin', 'python'), ['-c', script], {
    input: JSON.stringify(CALLS),
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`python failed: ${run.stderr}`)
  return JSON.parse(run.stdout)
}

function cli() {
  execFileSync('cargo', ['build', '-q', '-p', 'clusterfit-cli'], { cwd: root, stdio: 'inherit' })
  const bin = path.join(process.env.CARGO_TARGET_DIR || path.join(root, 'target'), 'debug', 'clusterfit')
  return CALLS.map(([vpc, zones, options]) => {
    const args = ['plan-subnets', vpc, '--zones', String(zones), '--format', 'json']
    for (const [key, value] of Object.entries(options)) {
      if (key === 'provider') args.push('--provider', value)
      else if (key === 'profile' && typeof value === 'string') args.push('--profile', value)
      else if (key === 'zoneNames') args.push('--zone-names', value.join(','))
      else return null // not expressible on the command line
    }
    const run = spawnSync(bin, args, { encoding: 'utf8' })
    if (run.status !== 0 && !run.stdout.startsWith('{"error":')) throw new Error(`clusterfit ${args.join(' ')}: ${run.stderr}`)
    return JSON.stringify(JSON.parse(run.stdout))
  })
}

const results = { cli: cli(), node: js(native), 'wasm-node': js(wasm), python: python() }
let passed = 0
let failed = 0
CALLS.forEach((call, i) => {
  const id = `planSubnets(${JSON.stringify(call).slice(1, -1)})`
  const reference = results.cli[i] ?? results.node[i]
  for (const [runtime, list] of Object.entries(results)) {
    if (list[i] === null) continue
    if (list[i] === reference) {
      passed++
    } else {
      failed++
      console.log(`DIFF ${id} [${runtime}]\n  reference: ${reference}\n  ${runtime}: ${list[i]}`)
    }
  }
})
console.log(`plan-subnets: ${passed} passed, ${failed} failed (${CALLS.length} calls × cli, node, wasm-node, python)`)
process.exit(failed ? 1 : 0)
