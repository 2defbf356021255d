import { describe, expect, it } from 'vitest'
import { SOFTWARE_ENGINEER_US_OFFER_ESTIMATE } from '../../../../../test/fixtures/replies'
import { bandOf, buildMarketChartSeries, niceAxis, niceStep } from './chartSeries'

const market = SOFTWARE_ENGINEER_US_OFFER_ESTIMATE.market

describe('niceStep and niceAxis', () => {
  it('pick round steps', () => {
    expect(niceStep(230000, 6)).toBe(50000)
    expect(niceStep(100000, 6)).toBe(20000)
    expect(niceStep(10, 4)).toBe(2.5)
  })

  it('widen the domain to whole steps and list every tick', () => {
    expect(niceAxis(50000, 280000)).toEqual({
      domain: [50000, 300000],
      ticks: [50000, 100000, 150000, 200000, 250000, 300000],
    })
  })

  it('copes with an empty or flat range', () => {
    const flat = niceAxis(100000, 100000)
    expect(flat.domain[0]).toBeLessThan(100000)
    expect(flat.domain[1]).toBeGreaterThan(100000)
    expect(niceAxis(NaN, 5)).toEqual({ domain: [0, 1], ticks: [0, 1] })
  })
})

describe('bandOf', () => {
  it('places a wage among the percentiles', () => {
    expect(bandOf(60000, market)).toBe('below the 10th percentile')
    expect(bandOf(120000, market)).toBe('between the 25th and 50th percentiles')
    expect(bandOf(211450, market)).toBe('at or above the 90th percentile')
  })
})

describe('buildMarketChartSeries', () => {
  it('labels the five percentiles and the offer', () => {
    const series = buildMarketChartSeries(market, 150000)
    expect(series.percentiles.map((m) => [m.label, m.wage])).toEqual([
      ['P10', 79850],
      ['P25', 103050],
      ['P50', 133080],
      ['P75', 169000],
      ['P90', 211450],
    ])
    expect(series.offer).toEqual({
      key: 'offer',
      label: 'Your base',
      wage: 150000,
      description: 'Your base: $150,000',
    })
  })

  it('keeps every marker and the whole curve inside the axis', () => {
    const series = buildMarketChartSeries(market, 400000)
    const [low, high] = series.domain
    expect(low).toBeLessThanOrEqual(series.points[0]!.wage)
    expect(high).toBeGreaterThanOrEqual(400000)
    expect(series.ticks[0]).toBe(low)
    expect(series.ticks[series.ticks.length - 1]).toBe(high)
    // A base far to the right gets its label on the left of its line.
    expect(series.offerLabelSide).toBe('left')
    expect(buildMarketChartSeries(market, 90000).offerLabelSide).toBe('right')
  })

  it('drops broken points, sorts the curve and tags each point with its band', () => {
    const series = buildMarketChartSeries(
      {
        ...market,
        curve: [
          { wage: 150000, density: 2 },
          { wage: NaN, density: 1 },
          { wage: 90000, density: 1 },
          { wage: 100000, density: -1 },
        ],
      },
      null,
    )
    expect(series.points).toEqual([
      { wage: 90000, density: 1, band: 'between the 10th and 25th percentiles' },
      { wage: 150000, density: 2, band: 'between the 50th and 75th percentiles' },
    ])
    expect(series.offer).toBeNull()
  })
})
