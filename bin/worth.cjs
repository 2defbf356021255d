#!/usr/bin/env node
// The worth command line (npm run --silent worth -- ..., or `worth` when installed): prebuilt, rebuilt when stale.
// CommonJS, so that a command's start skips Node's ES module loader.
'use strict'
require('./compiledEntries.cjs').runEntry('worth')
