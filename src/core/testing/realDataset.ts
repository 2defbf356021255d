// The committed dataset, loaded once per test file. Tests pin real figures from it.
import { loadDatasetFromDisk } from '../../node/datasetFromDisk'
import type { Dataset } from '../dataset/indexDataset'

let cached: Dataset | null = null

export function realDataset(): Dataset {
  cached ??= loadDatasetFromDisk()
  return cached
}
