#!/usr/bin/env node
// One command line: the `clusterfit` CLI gives the same stdout and stderr bytes and the same exit
// code whether it runs as the Rust binary, the Python console script or the Node bin.
// Usage: node tests/conformance/cli.mjs RUST_BIN PYTHON_SCRIPT NODE_BIN
//   (run by `make test-conformance-cli`, which builds all three first). Runs from the repository
// root, without a terminal and without NO_COLOR, so the runs differ only by the program.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const [rustBin, pythonScript, nodeBin] = process.argv.slice(2)
if (!rustBin || !pythonScript || !nodeBin) {
  console.error('usage: node tests/conformance/cli.mjs RUST_BIN PYTHON_SCRIPT NODE_BIN')
  process.exit(2)
}
const PROGRAMS = {
  rust: [path.resolve(root, rustBin)],
  python: [path.resolve(root, pythonScript)],
  node: [process.execPath, path.resolve(root, nodeBin)],
}

const examples = fs
  .readdirSync(path.join(root, 'fixtures', 'examples'))
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .sort()
  .map((f) => `fixtures/examples/${f}`)

/** Each run: [args, stdin?]. */
const RUNS = []
for (const file of examples) {
  const expected = JSON.parse(fs.readFileSync(path.join(root, file.replace(/\.json$/, '.expected.json')), 'utf8'))
  const profile = expected.options?.profile ?? 'katonic'
  for (const format of ['text', 'json', 'sarif', 'junit']) {
    RUNS.push([['check', file, '--profile', profile, '--format', format]])
  }
  RUNS.push([['check', '-', '--profile', profile, '--format', 'json'], fs.readFileSync(path.join(root, file))])
}
for (const file of ['tests/conformance/cli/quick-poc.yaml', 'tests/conformance/cli/control-chars.json']) {
  for (const format of ['text', 'json', 'sarif', 'junit']) RUNS.push([['check', file, '--format', format]])
}
RUNS.push(
  [['check', 'tests/conformance/cli/not-yaml.yaml']],
  [['check', 'tests/conformance/cli/not-yaml.yaml', '--format', 'json']],
  [['check', 'fixtures/examples/several-problems.json', '--fail-on', 'warning', '--strict', '--disable', 'ntp']],
  [['check', 'no-such-file.json']],
  [['check', 'fixtures/examples', '--format', 'json']],
  [['check', 'fixtures/examples/*-*.json', '--format', 'junit', '--fail-on', 'none']],
  [['check', 'tests/conformance/cli', '--format', 'sarif']],
  [['check', 'tests/conformance/cli', 'no-such-file.json', '--format', 'junit']],
  [['check', 'tests/conformance/cli', '--ignore', 'invalid-type', '--ignore', 'unknown-field:/colour']],
  [['check', 'fixtures/examples/aws-katonic.json', '--no-config', '--format', 'json', '--strict']],
  [['plan-subnets', '10.0.0.0/20', '--zones', '3', '--private-prefix', '23']],
  [['check', '-', '--format', 'json'], '{nope'],
  [['check', '-', '--profile', 'nope', '--format', 'json'], '{"provider": "aws"}'],
  [['chek']],
  [[]],
  [['--version']],
  [['--help']],
  [['check', '--help']],
  [['rules']],
  [['rules', '--format', 'json']],
  [['explain', 'vpc-cidr-size']],
  [['explain', 'no-such-rule']],
  [['schema']],
  [['profiles']],
  [['plan-subnets', '10.0.0.0/21', '--zones', '3']],
  [['plan-subnets', '10.0.0.0/21', '--zones', '3', '--format', 'json', '--provider', 'aws']],
  [['plan-subnets', '10.0.0.0/33', '--zones', '3', '--format', 'json']],
  [['terraform'], JSON.stringify({ document: 'fixtures/examples/aws-katonic.json', profile: 'katonic' })],
  [['terraform'], JSON.stringify({ document: '{"provider": "aws"}', fail_on: 'warning' })],
  [['terraform'], JSON.stringify({ document: '{"provider": "aws"}', profle: 'domino' })],
  [['terraform'], 'nope'],
)

const env = { ...process.env }
delete env.NO_COLOR
let failures = 0
for (const [args, stdin] of RUNS) {
  const results = {}
  for (const [name, argv] of Object.entries(PROGRAMS)) {
    const [cmd, ...pre] = argv
    const r = spawnSync(cmd, [...pre, ...args], { cwd: root, env, input: stdin ?? '', maxBuffer: 64 << 20 })
    if (r.error) throw r.error
    results[name] = { status: r.status, stdout: r.stdout.toString('latin1'), stderr: r.stderr.toString('latin1') }
  }
  const ref = results.rust
  for (const [name, got] of Object.entries(results)) {
    for (const key of ['status', 'stdout', 'stderr']) {
      if (got[key] !== ref[key]) {
        failures += 1
        const show = (v) => JSON.stringify(v).slice(0, 400)
        console.error(`clusterfit ${args.join(' ')}: ${name} ${key} differs from rust\n  rust:  ${show(ref[key])}\n  ${name}: ${show(got[key])}`)
      }
    }
  }
}
if (failures) {
  console.error(`cli conformance: ${failures} difference(s) over ${RUNS.length} runs`)
  process.exit(1)
}
console.log(`cli conformance: ${RUNS.length} runs, identical stdout, stderr and exit code in rust, python, node`)
