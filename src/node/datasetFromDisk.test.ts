import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DATASET_FILES } from '../core/dataset/format'
import { DatasetError } from '../core/dataset/indexDataset'
import { DEFAULT_DATASET_DIR, loadDatasetFromDisk, readRawDataset } from './datasetFromDisk'

describe('loading the dataset from disk', () => {
  const copy = mkdtempSync(join(tmpdir(), 'worth-dataset-'))
  afterAll(() => rmSync(copy, { recursive: true, force: true }))

  it('needs no place tables at a start: the place index carries what look-ups use', () => {
    cpSync(DEFAULT_DATASET_DIR, copy, { recursive: true })
    rmSync(join(copy, DATASET_FILES.places))
    const dataset = loadDatasetFromDisk(copy)
    expect(dataset.locations.resolve('Seattle, WA')).toMatchObject([{ areaCode: '42660', state: 'WA' }])
    expect(dataset.stateNames.get('WA')).toBe('Washington')
    // The raw tables (tests, the build's checks, the bench's baseline) still read them, and say so when missing.
    expect(() => readRawDataset(copy)).toThrow(/places\.json/)
  })

  it('names the file when one is damaged or missing, with what to do', () => {
    const damaged = mkdtempSync(join(tmpdir(), 'worth-damaged-'))
    try {
      cpSync(DEFAULT_DATASET_DIR, damaged, { recursive: true })
      const places = join(damaged, DATASET_FILES.placesIndex)
      writeFileSync(places, readFileSync(places).subarray(0, 5000))
      expect(() => loadDatasetFromDisk(damaged)).toThrow(DatasetError)
      expect(() => loadDatasetFromDisk(damaged)).toThrow(
        /^Dataset is damaged: places-index\.bin: .*cut short.*Rebuild it with npm run data:build\.$/,
      )
      rmSync(join(damaged, DATASET_FILES.titles))
      expect(() => loadDatasetFromDisk(damaged)).toThrow(/^Dataset is damaged: titles\.bin: ENOENT/)
    } finally {
      rmSync(damaged, { recursive: true, force: true })
    }
  })
})
