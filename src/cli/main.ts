// Entry point: npm run --silent worth -- estimate --title T --location L --base N [--json]
import { createHandlers } from '../core/app/handlers'
import { loadDatasetFromDisk } from '../core/dataset/fromDisk'
import { runCli } from './run'

const code = runCli(
  process.argv.slice(2),
  { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) },
  () => createHandlers(loadDatasetFromDisk()),
)
process.exitCode = code
