import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset, DEFAULT_OUT_DIR, DEFAULT_SHARED_DATA } from './build-dataset'

// The public data sits beside the project (../shared/data) on developer machines and in CI.
const haveInputs = existsSync(DEFAULT_SHARED_DATA)

describe.runIf(haveInputs)('npm run data:build', () => {
  const first = buildDataset(DEFAULT_SHARED_DATA)

  it('is deterministic: the same inputs give byte-identical files', () => {
    const second = buildDataset(DEFAULT_SHARED_DATA)
    expect(Object.keys(second.files).sort()).toEqual(Object.keys(first.files).sort())
    for (const name of Object.keys(first.files)) expect(second.files[name]).toBe(first.files[name])
  }, 60_000)

  it('matches the committed dataset, so resources/ is what the script makes', () => {
    for (const [name, text] of Object.entries(first.files)) {
      expect(
        readFileSync(join(DEFAULT_OUT_DIR, name), 'utf8'),
        `${name} differs: run npm run data:build`,
      ).toBe(text)
    }
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
