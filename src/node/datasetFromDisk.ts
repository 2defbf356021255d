// Node adapter: reads resources/dataset from disk for Electron main, browser mode, the CLI and scripts.
// It lives outside src/core so core stays free of node: modules (eslint.config.mjs enforces this).
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DATASET_FILES, type RawDataset } from '../core/dataset/format'
import { indexDataset, type Dataset } from '../core/dataset/indexDataset'

export const DEFAULT_DATASET_DIR = resolve(__dirname, '../../resources/dataset')

export function readRawDataset(dir: string = DEFAULT_DATASET_DIR): RawDataset {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'))
  return {
    metadata: read(DATASET_FILES.metadata),
    occupations: read(DATASET_FILES.occupations),
    areas: read(DATASET_FILES.areas),
    areaWages: read(DATASET_FILES.areaWages),
    titles: read(DATASET_FILES.titles),
    places: read(DATASET_FILES.places),
    profiles: read(DATASET_FILES.profiles),
    costOfLiving: read(DATASET_FILES.costOfLiving),
  }
}

export function loadDatasetFromDisk(dir: string = DEFAULT_DATASET_DIR): Dataset {
  return indexDataset(readRawDataset(dir))
}
