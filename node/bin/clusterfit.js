#!/usr/bin/env node
'use strict'
// `clusterfit`: the one clusterfit command line (the Rust CLI crate), run through the native
// module. Same flags, output bytes and exit codes as the cargo-built binary and the Python
// console script. The native code reads and writes the process's own standard streams.
const { runCli } = require('../native.js')

process.exitCode = runCli(['clusterfit', ...process.argv.slice(2)])
