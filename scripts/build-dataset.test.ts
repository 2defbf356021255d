import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRawDataset } from '../src/node/datasetFromDisk'
import {
  buildDataset,
  DEFAULT_OUT_DIR,
  DEFAULT_SHARED_DATA,
  jsonFiles,
  type DatasetFileContent,
} from './build-dataset'

const bytes = (content: DatasetFileContent) =>
  typeof content === 'string' ? Buffer.from(content) : Buffer.from(content)

// The public data sits beside the project (../shared/data) on developer machines and in CI.
const haveInputs = existsSync(DEFAULT_SHARED_DATA)

describe.runIf(haveInputs)('npm run data:build', () => {
  const first = buildDataset(DEFAULT_SHARED_DATA)

  it('is deterministic: the same inputs give byte-identical files', () => {
    const second = buildDataset(DEFAULT_SHARED_DATA)
    expect(Object.keys(second.files).sort()).toEqual(Object.keys(first.files).sort())
    for (const name of Object.keys(first.files))
      expect(bytes(second.files[name]!).equals(bytes(first.files[name]!)), name).toBe(true)
  }, 60_000)

  it('matches the committed dataset, so resources/ is what the script makes', () => {
    for (const [name, content] of Object.entries(first.files)) {
      expect(
        readFileSync(join(DEFAULT_OUT_DIR, name)).equals(bytes(content)),
        `${name} differs: run npm run data:build`,
      ).toBe(true)
    }
  })

  it('compiles without losing anything: the packs read back as the JSON the build made them from', () => {
    const fromDisk = jsonFiles(readRawDataset(DEFAULT_OUT_DIR))
    const built = jsonFiles(first.raw)
    expect(Object.keys(fromDisk).sort()).toEqual(Object.keys(built).sort())
    for (const name of Object.keys(built)) expect(fromDisk[name] === built[name], name).toBe(true)
  })

  it('records every input with its size and checksum', () => {
    const paths = first.raw.metadata.inputs.map((i) => i.path)
    expect(paths).toContain('bls-oews-national/national_M2024_dl.csv')
    expect(paths.some((p) => p.startsWith('dol-oflc-wage-levels-2025-26/wages/*.json (848 files)'))).toBe(
      true,
    )
    for (const input of first.raw.metadata.inputs) expect(input.sha256).toMatch(/^[0-9a-f]{64}$/)
  })
})

it('has its public inputs in CI', () => {
  // Without ../shared/data the build tests above are skipped; CI always has it, so there they must run.
  if (process.env.CI) expect(haveInputs).toBe(true)
})
