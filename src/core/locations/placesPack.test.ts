import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATASET_FILES, DATASET_FORMAT } from '../dataset/format'
import { PackError, textValues } from '../dataset/pack'
import { DEFAULT_DATASET_DIR, readRawDataset } from '../../node/datasetFromDisk'
import { compilePlaces } from './locationIndex'
import { decodePlaces, encodePlaces } from './placesPack'

describe('the place index pack', () => {
  const raw = readRawDataset()
  const compiled = compilePlaces(raw.areas.areas, raw.places, DATASET_FORMAT)
  const shipped = decodePlaces(readFileSync(join(DEFAULT_DATASET_DIR, DATASET_FILES.placesIndex)))

  it('holds exactly the index the build compiles from the place tables: every name and every row', () => {
    expect(shipped.format).toBe(DATASET_FORMAT)
    expect(textValues(shipped.names)).toEqual(textValues(compiled.names))
    expect(shipped.areaKeys).toEqual(compiled.areaKeys)
    expect(shipped.areaKeys).toContainEqual(['seattle tacoma bellevue wa', '42660'])
    for (let i = 0; i < compiled.names.length; i += 1) expect(shipped.rowsAt(i)).toEqual(compiled.rowsAt(i))
    expect(shipped.rowsAt(textValues(compiled.names).indexOf('seattle'))).toEqual([
      [
        'Seattle, WA',
        '42660',
        'principal city of Seattle-Tacoma-Bellevue, WA',
        1,
        755078,
        0,
        'WA',
        'seattle wa',
      ],
    ])
  })

  it('keeps names sorted and round-trips through its bytes', () => {
    const names = textValues(shipped.names)
    expect(names).toEqual([...names].sort())
    const again = decodePlaces(encodePlaces(shipped))
    expect(textValues(again.names)).toEqual(names)
    expect(again.rowsAt(5)).toEqual(shipped.rowsAt(5))
  })

  it('refuses bytes that are not a pack', () => {
    expect(() => decodePlaces(new TextEncoder().encode('{"format":4}'))).toThrow(PackError)
  })
})
