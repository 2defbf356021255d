// Prepares the market chart: the curve, the axis domain and ticks, and the labelled marker lines.
// Pure, so the chart component only draws what this returns.
import {
  PERCENTILE_KEYS,
  PERCENTILE_OF,
  type MarketPoint,
  type MarketSummary,
  type PercentileKey,
} from '../../../../shared/types'
import { formatMoney, formatOrdinal } from '../../lib/format'

export interface ChartPoint extends MarketPoint {
  /** Where this pay sits among the published percentiles, for the tooltip. */
  band: string
}

export interface ChartMarker {
  key: PercentileKey | 'offer'
  /** Short label drawn by the line, e.g. "P50" or "Your base". */
  label: string
  wage: number
  /** Longer text for tooltips and screen readers. */
  description: string
}

export interface MarketChartSeries {
  points: ChartPoint[]
  domain: [number, number]
  ticks: number[]
  percentiles: ChartMarker[]
  offer: ChartMarker | null
  /** Which side of its line the offer's label goes, so it stays inside the chart. */
  offerLabelSide: 'left' | 'right'
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** A round step (1, 2, 2.5 or 5 times a power of ten) giving about `count` ticks over the span. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !(count > 0)) return 1
  const raw = span / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const scaled = raw / power
  const factor = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 2.5 ? 2.5 : scaled <= 5 ? 5 : 10
  return factor * power
}

/** Widens [min, max] to round numbers and lists the ticks between them. */
export function niceAxis(min: number, max: number, count = 6): { domain: [number, number]; ticks: number[] } {
  if (!isFiniteNumber(min) || !isFiniteNumber(max)) return { domain: [0, 1], ticks: [0, 1] }
  if (max <= min) {
    const pad = Math.max(Math.abs(min) * 0.1, 1)
    return niceAxis(min - pad, max + pad, count)
  }
  const step = niceStep(max - min, count)
  const start = Math.floor(min / step) * step
  const end = Math.ceil(max / step) * step
  const ticks: number[] = []
  for (let i = 0; start + i * step <= end + step / 1e6; i += 1)
    ticks.push(Math.round((start + i * step) * 100) / 100)
  return { domain: [start, end], ticks }
}

/** "P50" */
export function percentileLabel(key: PercentileKey): string {
  return `P${PERCENTILE_OF[key]}`
}

/** Describes where a wage sits among the percentiles, e.g. "between the 25th and 50th percentiles". */
export function bandOf(wage: number, market: Pick<MarketSummary, PercentileKey>): string {
  const known = PERCENTILE_KEYS.filter((key) => isFiniteNumber(market[key]))
  const first = known[0]
  const last = known[known.length - 1]
  if (!first || !last) return ''
  if (wage < market[first]) return `below the ${formatOrdinal(PERCENTILE_OF[first])} percentile`
  if (wage >= market[last]) return `at or above the ${formatOrdinal(PERCENTILE_OF[last])} percentile`
  for (let i = 0; i < known.length - 1; i += 1) {
    const low = known[i] as PercentileKey
    const high = known[i + 1] as PercentileKey
    if (wage >= market[low] && wage < market[high]) {
      return `between the ${formatOrdinal(PERCENTILE_OF[low])} and ${formatOrdinal(PERCENTILE_OF[high])} percentiles`
    }
  }
  return ''
}

export function buildMarketChartSeries(market: MarketSummary, base: number | null): MarketChartSeries {
  const points: ChartPoint[] = market.curve
    .filter((point) => isFiniteNumber(point.wage) && isFiniteNumber(point.density) && point.density >= 0)
    .slice()
    .sort((a, b) => a.wage - b.wage)
    .map((point) => ({ wage: point.wage, density: point.density, band: bandOf(point.wage, market) }))

  const percentiles: ChartMarker[] = PERCENTILE_KEYS.filter((key) => isFiniteNumber(market[key])).map(
    (key) => ({
      key,
      label: percentileLabel(key),
      wage: market[key],
      description: `${formatOrdinal(PERCENTILE_OF[key])} percentile: ${formatMoney(market[key])}`,
    }),
  )

  const offer: ChartMarker | null = isFiniteNumber(base)
    ? { key: 'offer', label: 'Your base', wage: base, description: `Your base: ${formatMoney(base)}` }
    : null

  const wages = [
    ...points.map((p) => p.wage),
    ...percentiles.map((m) => m.wage),
    ...(offer ? [offer.wage] : []),
  ]
  const { domain, ticks } =
    wages.length > 0 ? niceAxis(Math.max(0, Math.min(...wages)), Math.max(...wages)) : niceAxis(0, 1)

  const offerLabelSide = offer && offer.wage > (domain[0] + domain[1]) / 2 ? 'left' : 'right'
  return { points, domain, ticks, percentiles, offer, offerLabelSide }
}
