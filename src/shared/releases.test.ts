import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SourceRef } from './types'
import { releaseLine, releaseName, shortRelease } from './releases'

const metadata = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'resources', 'dataset', 'metadata.json'), 'utf8'),
) as { sources: SourceRef[] }

describe('releaseLine', () => {
  it("names the shipped dataset's releases as people know them", () => {
    expect(releaseLine(metadata.sources)).toBe(
      'BLS OEWS May 2024, DOL OFLC 2025-26, O*NET 30.0 and 27.0, DOL LCA FY2022-2025, BEA RPP 2023, Census CBSA July 2023, Census population Vintage 2023',
    )
  })
})

describe('shortRelease', () => {
  it('drops asides, shortens wage and fiscal years, and keeps plain releases', () => {
    expect(shortRelease('Wage year July 2026 - June 2027')).toBe('2026-27')
    expect(shortRelease('Fiscal year 2026')).toBe('FY2026')
    expect(shortRelease('2025 salary survey (reported)')).toBe('2025 salary survey')
    expect(shortRelease('May 2025')).toBe('May 2025')
  })
})

describe('releaseName', () => {
  it('names an unknown source by its release alone', () => {
    expect(releaseName({ id: 'survey-x', release: '2025 salary survey (reported)' })).toBe(
      '2025 salary survey',
    )
  })
})
