#!/usr/bin/env node
// npm run build:node: bundles every compiled entry point (the CLI and browser mode) into out/node, stale or not.
import entries from './compiledEntries.cjs'

const { ENTRIES, REPO_ROOT, buildEntry } = entries

for (const name of Object.keys(ENTRIES)) {
  await buildEntry(REPO_ROOT, name)
  console.log(`built out/node/${name}.js`)
}
