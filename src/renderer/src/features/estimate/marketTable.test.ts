import { describe, expect, it } from 'vitest'
import {
  ANESTHESIOLOGIST_US_ESTIMATE,
  SOFTWARE_ENGINEER_SEATTLE_OFFER_ESTIMATE,
  SOFTWARE_ENGINEER_US_OFFER_ESTIMATE,
} from '../../../../../test/fixtures/replies'
import { marketTableRows, statusText } from './marketTable'

describe('marketTableRows', () => {
  it('lists the five percentiles with their values and status words', () => {
    expect(marketTableRows(SOFTWARE_ENGINEER_US_OFFER_ESTIMATE.market)).toEqual([
      { key: 'p10', label: '10th percentile', value: '$79,850', status: 'published' },
      { key: 'p25', label: '25th percentile', value: '$103,050', status: 'published' },
      { key: 'p50', label: '50th percentile', value: '$133,080', status: 'published' },
      { key: 'p75', label: '75th percentile', value: '$169,000', status: 'published' },
      { key: 'p90', label: '90th percentile', value: '$211,450', status: 'published' },
    ])
  })

  it('says what a top-coded figure was published as', () => {
    const rows = marketTableRows(ANESTHESIOLOGIST_US_ESTIMATE.market)
    expect(rows[1]?.status).toBe('published')
    expect(rows[4]?.status).toBe('top-coded (published as above $239,200)')
    expect(marketTableRows(SOFTWARE_ENGINEER_SEATTLE_OFFER_ESTIMATE.market)[0]?.status).toBe('modelled')
  })

  it('never shows NaN for a missing figure', () => {
    const market = { ...SOFTWARE_ENGINEER_US_OFFER_ESTIMATE.market, p75: NaN }
    expect(marketTableRows(market)[3]?.value).toBe('—')
  })
})

describe('statusText', () => {
  it.each([
    ['published', 'published'],
    ['from-hourly', 'from hourly ×2,080'],
    ['modelled', 'modelled'],
    ['top-coded', 'top-coded'],
  ] as const)('words the status %s as "%s"', (status, words) => {
    expect(statusText(status, null)).toBe(words)
  })
})
