import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DATASET_FILES } from '../core/dataset/format'
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
})
