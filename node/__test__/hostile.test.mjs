// Hostile host values and panics, through the native Node package (the cases the WASM package
// runs too: wasm/tests/hostile-cases.mjs).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { hostileTests } from '../../wasm/tests/hostile-cases.mjs'

const require = createRequire(import.meta.url)
hostileTests(test, assert, require('../index.js'), { wasm: false })
