// Entry point of Worth's backend process (an Electron utilityProcess, forked by main): the dataset and every
// handler run here, off main's event loop. argv[2] is the dataset folder.
import { createHandlers } from '../../core/app/handlers'
import { logFailures } from '../../core/app/logFailures'
import { loadDatasetFromDisk } from '../../node/datasetFromDisk'
import { serveBackend, type BackendPort } from './serve'

const port = (process as unknown as { parentPort?: BackendPort }).parentPort
if (!port) {
  console.error('Worth: backend/worker.js runs only as an Electron utility process')
  process.exit(1)
}
const dir = process.argv[2]
serveBackend(port, () => logFailures(createHandlers(loadDatasetFromDisk(dir))))
