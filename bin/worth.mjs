#!/usr/bin/env node
// The worth command line (npm run --silent worth -- ..., or `worth` when installed): prebuilt, rebuilt when stale.
import { runEntry } from './compiledEntries.mjs'

await runEntry('worth')
