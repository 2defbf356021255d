// Entry point: npm run --silent worth -- <estimate|insights|tax|compare|equivalent|negotiate> ... [--json]
// Runs bundled as out/node/worth.js (bin/worth.cjs builds it when stale), so it finds the dataset by looking up.
import * as z from '../shared/zod'
import { createHandlers } from '../core/app/handlers'
import { loadDatasetFromDisk } from '../node/datasetFromDisk'
import { DatasetError, type Dataset } from '../core/dataset/indexDataset'
import { datasetDirFrom } from '../server/repoRoot'
import { stderr, stdout } from '../node/stdio'
import { runCli } from './run'

// One command a process: zod's compiled parsers (made with new Function on an object schema's first parse, about 9 ms
// here) would never be used twice, so the command checks its input with the plain interpreter.
z.config({ jitless: true })

// Loaded once, and only by a command that needs it, so bad flags fail fast.
let dataset: Dataset | null = null
const data = (): Dataset => (dataset ??= loadDatasetFromDisk(datasetDirFrom(__dirname)))

try {
  process.exitCode = runCli(
    process.argv.slice(2),
    { out: (t) => stdout.write(`${t}\n`), err: (t) => stderr.write(`${t}\n`) },
    () => createHandlers(data()),
  )
} catch (error) {
  // A damaged or missing dataset: one line that says which file and what to do, not a stack trace.
  if (!(error instanceof DatasetError)) throw error
  stderr.write(`worth: ${error.message}\n`)
  process.exitCode = 1
}
