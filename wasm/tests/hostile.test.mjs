// Hostile host values and traps, through the WASM package's Node build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cf from '../pkg/node/index.mjs';
import { hostileTests } from './hostile-cases.mjs';

hostileTests(test, assert, cf, { wasm: true });
