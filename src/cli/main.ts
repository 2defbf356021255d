// Entry point: npm run --silent worth -- <estimate|insights|tax|compare|equivalent|negotiate> ... [--json]
// Runs bundled as out/node/worth.js (bin/worth.cjs builds it when stale), so it finds the dataset by looking up.
import { createHandlers } from '../core/app/handlers'
import { loadDatasetFromDisk } from '../node/datasetFromDisk'
import type { Dataset } from '../core/dataset/indexDataset'
import { datasetDirFrom } from '../server/repoRoot'
import { runCli } from './run'

// Loaded once, and only by a command that needs it, so bad flags fail fast.
let dataset: Dataset | null = null
const data = (): Dataset => (dataset ??= loadDatasetFromDisk(datasetDirFrom(__dirname)))

process.exitCode = runCli(
  process.argv.slice(2),
  { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) },
  () => createHandlers(data()),
)
