// The estimate figure alone (the same measureEstimate as `npm run bench`), for before/after runs of one change:
//   npx tsx scripts/bench/estimateOnly.ts
import { loadDatasetFromDisk } from '../../src/node/datasetFromDisk'
import { measureEstimate } from './backend'

void measureEstimate(loadDatasetFromDisk()).then((figure) => console.log(JSON.stringify(figure)))
