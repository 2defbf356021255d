import { describe, expect, it } from 'vitest'
import type { CompareResult } from '../../../../shared/compare'
import { bestIds, figureRows, parityScope, takeHomeSeries } from './compareFigures'
import { THREE_CITIES } from '../../../../../test/fixtures/replies'

const row = (result: CompareResult, period: 'year1' | 'average', key: string) =>
  figureRows(result, period).find((r) => r.key === key)!
/** A row's cells as text, the best one marked "(best)". */
const marked = (cells: { text: string; best: boolean }[]) =>
  cells.map((cell) => (cell.best ? `${cell.text} (best)` : cell.text))

describe('figureRows', () => {
  it('shows year 1 figures with the best offer marked on the ranked measures', () => {
    const takeHome = row(THREE_CITIES, 'year1', 'takeHome')
    expect(marked(takeHome.cells)).toEqual(['$194,208 (best)', '$150,500', '$129,862'])
    expect(row(THREE_CITIES, 'year1', 'stateIncome').cells.map((c) => c.text)).toEqual([
      '$0',
      '$17,238',
      '$0',
    ])
    expect(row(THREE_CITIES, 'year1', 'federal').cells.every((c) => !c.best)).toBe(true)
    expect(marked(row(THREE_CITIES, 'year1', 'percentile').cells)).toEqual(['42.5', '48.8', '51.9 (best)'])
    expect(row(THREE_CITIES, 'year1', 'prevailing').cells.map((c) => c.text)).toEqual([
      'Level II',
      'Level II',
      'Level III',
    ])
    expect(row(THREE_CITIES, 'year1', 'prevailing').note).toContain('the least an H-1B or green-card job')
  })

  it('says when an offer has no prevailing wage level', () => {
    const [first, ...rest] = THREE_CITIES.offers
    const national: CompareResult = {
      ...THREE_CITIES,
      offers: [
        { ...first!, prevailingWage: { ...first!.prevailingWage!, level: null, levels: null } },
        ...rest,
      ],
    }
    expect(row(national, 'year1', 'prevailing').cells[0]!.text).toBe('none for this place')
    const below: CompareResult = {
      ...THREE_CITIES,
      offers: [{ ...first!, prevailingWage: { ...first!.prevailingWage!, level: 'below I' } }, ...rest],
    }
    expect(row(below, 'year1', 'prevailing').cells[0]!.text).toBe('Below Level I')
  })

  it('averages the four years for the 4-year table', () => {
    const seattle = THREE_CITIES.offers[0]!
    const federal = seattle.years.reduce((sum, y) => sum + y.taxes.federal, 0) / 4
    expect(row(THREE_CITIES, 'average', 'federal').cells[0]!.text).toBe(
      `$${Math.round(federal).toLocaleString('en-US')}`,
    )
    const gross = row(THREE_CITIES, 'average', 'gross')
    expect(gross.cells.map((c) => c.best)).toEqual([false, true, false])
  })

  it('lists the same measures for both periods', () => {
    expect(figureRows(THREE_CITIES, 'year1').map((r) => r.label)).toEqual([
      'Total compensation',
      'Federal income tax',
      'Social Security',
      'Medicare',
      'Additional Medicare',
      'State income tax',
      'State payroll programs',
      'Local income tax',
      'Total taxes',
      'Your 401(k) contribution',
      'Take-home pay',
      'Price parity (RPP, U.S. = 100)',
      'Take-home after cost of living',
      'Base percentile in its own market',
      'Prevailing wage level (DOL)',
    ])
    expect(figureRows(THREE_CITIES, 'average').map((r) => r.key)).toEqual(
      figureRows(THREE_CITIES, 'year1').map((r) => r.key),
    )
  })
})

describe('bestIds', () => {
  it('shares the mark on a tie and marks nothing with one offer', () => {
    const tie: CompareResult = {
      ...THREE_CITIES,
      ranking: {
        ...THREE_CITIES.ranking,
        grossYear1: [
          { id: 'a', value: 1, behindBest: 0 },
          { id: 'b', value: 1, behindBest: 0 },
          { id: 'c', value: 0, behindBest: 1 },
        ],
        takeHomeYear1: [{ id: 'a', value: 1, behindBest: 0 }],
      },
    }
    expect([...bestIds(tie, 'grossYear1')]).toEqual(['a', 'b'])
    expect(bestIds(tie, 'takeHomeYear1').size).toBe(0)
  })
})

describe('takeHomeSeries', () => {
  it('gives one point per year with each offer’s take-home, or its running total', () => {
    const yearly = takeHomeSeries(THREE_CITIES, false)
    expect(yearly.map((p) => p.year)).toEqual(['Year 1', 'Year 2', 'Year 3', 'Year 4'])
    expect(yearly[0]).toEqual({
      year: 'Year 1',
      seattle: THREE_CITIES.offers[0]!.years[0]!.takeHome,
      sf: THREE_CITIES.offers[1]!.years[0]!.takeHome,
      austin: THREE_CITIES.offers[2]!.years[0]!.takeHome,
    })
    const cumulative = takeHomeSeries(THREE_CITIES, true)
    expect(cumulative[3]!['sf']).toBe(THREE_CITIES.offers[1]!.years[3]!.cumulativeTakeHome)
    expect(cumulative[3]!['sf']).toBeGreaterThan(cumulative[3]!['seattle'] as number)
  })
})

describe('parityScope', () => {
  it('says which BEA figure is used', () => {
    const seattle = THREE_CITIES.offers[0]!
    expect(parityScope(seattle)).toBe('the metro area’s own figure')
    expect(parityScope({ ...seattle, col: { ...seattle.col, scope: 'state' } })).toBe(
      'the WA statewide figure',
    )
  })
})
