import { describe, expect, it } from 'vitest'
import type { InsightsResult } from '../../../../shared/types'
import {
  BACKEND_ARCHITECT_SEATTLE,
  BACKEND_ARCHITECT_US,
  REGISTERED_NURSE_CLEVELAND,
  SOFTWARE_DEVELOPER_SEATTLE,
} from '../../../../../test/fixtures/replies'
import {
  formatRange,
  insightsFreshness,
  insightsHeadline,
  insightsNotes,
  NO_DATA,
  paySummaryRows,
  sourceOf,
  statusBadge,
  surveyTotalRows,
} from './insightsFigures'

const SURVEY = sourceOf(BACKEND_ARCHITECT_US.sources, 'survey-backend-architect-2025')

function row(result: InsightsResult, key: string) {
  const found = paySummaryRows(result).find((entry) => entry.key === key)
  if (!found) throw new Error(`no ${key} row`)
  return found
}

describe('status badges', () => {
  it('names a reported figure by its survey, and links modelled figures to the method', () => {
    expect(statusBadge('reported', SURVEY)).toEqual({
      status: 'reported',
      text: '2025 salary survey (reported)',
      explains: false,
    })
    expect(statusBadge('reported', null).text).toBe('reported by a salary survey')
    expect(statusBadge('modelled', null)).toMatchObject({ text: 'modelled', explains: true })
    expect(statusBadge('published', null)).toMatchObject({ text: 'published', explains: false })
    expect(statusBadge('from-hourly', null).text).toBe('from hourly ×2,080')
    expect(statusBadge('top-coded', null).text).toBe('top-coded')
    expect(statusBadge('no-data', null).text).toBe(NO_DATA)
  })
})

describe('pay summary', () => {
  it('gives the survey figures for Backend Architect in the United States', () => {
    const total = row(BACKEND_ARCHITECT_US, 'total')
    expect(total.value).toBe('$93,599')
    expect(total.details).toEqual(['Range $60,008 (P10) to $139,901 (P90)'])
    expect(total.badge.text).toBe('2025 salary survey (reported)')
    expect(total.source?.title).toBe('Backend Architect Salary Insights for USA (2025)')

    const base = row(BACKEND_ARCHITECT_US, 'base')
    expect(base.value).toBe('$60,000–$140,000')
    expect(base.details).toEqual(['Average $99,955'])
    expect(row(BACKEND_ARCHITECT_US, 'bonus').value).toBe('$17,000–$23,000')
    expect(row(BACKEND_ARCHITECT_US, 'stock').value).toBe('$22,000–$43,000')
    expect(row(BACKEND_ARCHITECT_US, 'additional').value).toBe('$25,875')
  })

  it('says "No data" (never $0) where the BLS profile has no total, bonus, stock or other pay', () => {
    for (const key of ['total', 'bonus', 'stock', 'additional']) {
      const entry = row(SOFTWARE_DEVELOPER_SEATTLE, key)
      expect(entry.value).toBe(NO_DATA)
      expect(entry.badge.text).toBe(NO_DATA)
      expect(entry.source).toBeNull()
    }
    const base = row(SOFTWARE_DEVELOPER_SEATTLE, 'base')
    expect(base.value).toBe('$100,783–$299,106')
    expect(base.details).toEqual(['Median $178,317'])
    expect(base.badge).toMatchObject({ text: 'modelled', explains: true })
  })

  it('treats an entry without figures as no data, whatever its status says', () => {
    const odd: InsightsResult = {
      ...REGISTERED_NURSE_CLEVELAND,
      summary: {
        ...REGISTERED_NURSE_CLEVELAND.summary,
        bonus: { low: null, high: null, status: 'published', sourceId: 'bls-oews' },
      },
    }
    expect(row(odd, 'bonus')).toMatchObject({ value: NO_DATA, details: [], source: null })
  })

  it('marks survey figures carried to another place as modelled', () => {
    const total = row(BACKEND_ARCHITECT_SEATTLE, 'total')
    expect(total.value).toBe('$125,415')
    expect(total.badge.text).toBe('modelled')
  })
})

describe('ranges and other text', () => {
  it('formats ranges without NaN', () => {
    expect(formatRange(120000, 130000)).toBe('$120,000–$130,000')
    expect(formatRange(5, 5)).toBe('$5')
    expect(formatRange(17000, null)).toBe('from $17,000')
    expect(formatRange(null, 23000)).toBe('up to $23,000')
    expect(formatRange(Number.NaN, null)).toBe(NO_DATA)
  })

  it('names the role and the place for the live region', () => {
    expect(insightsHeadline(BACKEND_ARCHITECT_US)).toBe(
      'Market insights for Backend Architect in the United States',
    )
    expect(insightsHeadline(SOFTWARE_DEVELOPER_SEATTLE)).toBe(
      'Market insights for Software Developers in Seattle-Tacoma-Bellevue, WA',
    )
    expect(insightsHeadline(REGISTERED_NURSE_CLEVELAND)).toBe(
      'Market insights for Registered Nurses in Cleveland, OH',
    )
  })

  it('lists the survey total-pay percentiles it gives, and only those', () => {
    expect(surveyTotalRows(BACKEND_ARCHITECT_US)).toEqual([
      { key: 'p10', label: '10th percentile', value: '$60,008' },
      { key: 'p50', label: '50th percentile', value: '$93,599' },
      { key: 'p90', label: '90th percentile', value: '$139,901' },
    ])
    expect(surveyTotalRows(SOFTWARE_DEVELOPER_SEATTLE)).toEqual([])
  })

  it('puts the fallback first and drops repeated notes', () => {
    const result: InsightsResult = {
      ...REGISTERED_NURSE_CLEVELAND,
      market: { ...REGISTERED_NURSE_CLEVELAND.market, fallback: 'No area data: national figures.' },
      notes: ['A', 'A', ' '],
    }
    expect(insightsNotes(result)).toEqual(['No area data: national figures.', 'A'])
    expect(insightsNotes(BACKEND_ARCHITECT_US)[0]).toMatch(/below its own average base salary/)
  })

  it('says when the insights on screen no longer answer the form', () => {
    const base = { hasResult: true, fieldErrors: 0, replyError: null, complete: true }
    expect(insightsFreshness(base)).toEqual({ stale: false, message: null })
    expect(insightsFreshness({ ...base, hasResult: false, fieldErrors: 2 }).stale).toBe(false)
    expect(insightsFreshness({ ...base, fieldErrors: 1 }).message).toBe(
      'Out of date — fix the highlighted field',
    )
    expect(
      insightsFreshness({
        ...base,
        replyError: { code: 'ambiguous-location', field: 'location', message: 'Which?' },
      }).message,
    ).toBe('Out of date — choose which place you mean')
    expect(insightsFreshness({ ...base, replyError: { code: 'internal', message: 'Broken.' } }).message).toBe(
      'Out of date — Broken.',
    )
    expect(insightsFreshness({ ...base, complete: false }).message).toBe(
      'Out of date — fill in the job title and location',
    )
  })
})
