// Prepares the calculator's market chart: the offer view's series (curve, percentiles, the offer's base) plus the
// ask, with the axis widened when the ask falls outside it. Pure, so the chart only draws what this returns.
import type { MarketSummary } from '../../../../shared/types'
import { formatMoney, formatOrdinal } from '../../lib/format'
import {
  buildMarketChartSeries,
  niceAxis,
  type ChartMarker,
  type MarketChartSeries,
} from '../estimate/chartSeries'

export interface NegotiateChartSeries {
  series: MarketChartSeries
  ask: ChartMarker
  /** Which side of its line the ask's label goes: away from the offer's label, and inside the chart. */
  askLabelSide: 'left' | 'right'
}

export function buildNegotiateChartSeries(
  market: MarketSummary,
  base: number,
  ask: number,
  askPercentile: number,
): NegotiateChartSeries {
  const built = buildMarketChartSeries(market, base)
  const outside = Number.isFinite(ask) && (ask < built.domain[0] || ask > built.domain[1])
  const axis = outside
    ? niceAxis(Math.max(0, Math.min(built.domain[0], ask)), Math.max(built.domain[1], ask))
    : { domain: built.domain, ticks: built.ticks }
  const { domain } = axis
  const span = domain[1] - domain[0]
  // The two labels go on the far sides of their lines so they do not overlap, unless a label would leave the chart.
  const askAbove = ask >= base
  const fits = (wage: number, side: 'left' | 'right') =>
    side === 'right' ? wage < domain[1] - span * 0.2 : wage > domain[0] + span * 0.2
  const askSide: 'left' | 'right' = askAbove ? 'right' : 'left'
  const offerSide: 'left' | 'right' = askAbove ? 'left' : 'right'
  const flip = (side: 'left' | 'right') => (side === 'left' ? 'right' : 'left')
  const askMarker: ChartMarker = {
    key: 'offer',
    label: 'Your ask',
    wage: ask,
    description: `Your ask: ${formatMoney(ask)}, the ${formatOrdinal(askPercentile)} percentile`,
  }
  return {
    series: { ...built, ...axis, offerLabelSide: fits(base, offerSide) ? offerSide : flip(offerSide) },
    ask: askMarker,
    askLabelSide: fits(ask, askSide) ? askSide : flip(askSide),
  }
}
