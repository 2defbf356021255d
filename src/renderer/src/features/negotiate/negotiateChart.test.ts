import { describe, expect, it } from 'vitest'
import { SEATTLE_COUNTER_NEGOTIATION } from '../../../../../test/fixtures/replies'
import { buildNegotiateChartSeries } from './negotiateChart'

describe('buildNegotiateChartSeries', () => {
  const { market } = SEATTLE_COUNTER_NEGOTIATION.estimate

  it('keeps the offer view’s series and adds the ask with its percentile', () => {
    const chart = buildNegotiateChartSeries(market, 150000, 196450, 75)
    expect(chart.series.offer?.wage).toBe(150000)
    expect(chart.series.percentiles).toHaveLength(5)
    expect(chart.ask).toMatchObject({ label: 'Your ask', wage: 196450 })
    expect(chart.ask.description).toBe('Your ask: $196,450, the 75th percentile')
    // The ask is above the offer: the offer's label goes left of its line, the ask's right of its own.
    expect(chart.series.offerLabelSide).toBe('left')
    expect(chart.askLabelSide).toBe('right')
  })

  it('widens the axis to take in an ask beyond the curve', () => {
    const chart = buildNegotiateChartSeries(market, 150000, 900000, 99.9)
    expect(chart.series.domain[1]).toBeGreaterThanOrEqual(900000)
    expect(chart.series.ticks.at(-1)).toBeGreaterThanOrEqual(900000)
    // Near the right edge the ask's label flips to the left of its line.
    expect(chart.askLabelSide).toBe('left')
  })

  it('puts the labels the other way round for an ask below the offer', () => {
    const chart = buildNegotiateChartSeries(market, 150000, 140000, 41)
    expect(chart.series.offerLabelSide).toBe('right')
    expect(chart.askLabelSide).toBe('left')
  })
})
