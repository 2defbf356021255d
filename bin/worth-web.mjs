#!/usr/bin/env node
// Worth in a browser (npm run web): prebuilt, rebuilt when stale; it builds the renderer too when that is stale.
import { runEntry } from './compiledEntries.mjs'

await runEntry('worth-web')
