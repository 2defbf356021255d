// Turns a CompareResult into what the Compare view shows: side-by-side table rows with the best offer on each
// measure marked, and the chart series of take-home pay per year and cumulated. Pure; the view only draws these.
import type { CompareResult, ComparedOffer, Measure, OfferYear } from '../../../../shared/compare'
import { formatMoney } from '../../lib/format'

export type Period = 'year1' | 'average'

export interface Cell {
  text: string
  best: boolean
}

export interface FigureRow {
  key: string
  label: string
  /** One cell per offer, in the result's order. */
  cells: Cell[]
  /** A total or headline row (drawn in bold). */
  strong?: boolean
  /** One line under the label saying what the row means. */
  note?: string
}

/** Ids of the offers that are best on a measure (ties share it); none when fewer than two offers have a value. */
export function bestIds(result: CompareResult, measure: Measure): Set<string> {
  const rows = result.ranking[measure] ?? []
  if (rows.length < 2) return new Set()
  return new Set(rows.filter((row) => row.behindBest === 0).map((row) => row.id))
}

type TaxKey = keyof OfferYear['taxes']

const TAX_ROWS: [TaxKey, string][] = [
  ['federal', 'Federal income tax'],
  ['socialSecurity', 'Social Security'],
  ['medicare', 'Medicare'],
  ['additionalMedicare', 'Additional Medicare'],
  ['stateIncome', 'State income tax'],
  ['statePayroll', 'State payroll programs'],
  ['local', 'Local income tax'],
  ['total', 'Total taxes'],
]

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1)

/** The figure for one offer in a period: year 1's own, or the average of the four years. */
function figure(offer: ComparedOffer, period: Period, pick: (year: OfferYear) => number): number {
  if (period === 'year1') return offer.years[0] ? pick(offer.years[0]) : Number.NaN
  return mean(offer.years.map(pick))
}

const MEASURES: Record<Period, { gross: Measure; takeHome: Measure; adjusted: Measure }> = {
  year1: { gross: 'grossYear1', takeHome: 'takeHomeYear1', adjusted: 'adjustedYear1' },
  average: { gross: 'grossAverage', takeHome: 'takeHomeAverage', adjusted: 'adjustedAverage' },
}

export function percentileText(offer: ComparedOffer): string {
  const p = offer.percentile.base
  return typeof p === 'number' && Number.isFinite(p) ? `${p.toFixed(1)}` : 'not known'
}

/** "Level II", "Below Level I", or why there is none. */
export function prevailingText(offer: ComparedOffer): string {
  const pw = offer.prevailingWage
  if (!pw || pw.level === null) return 'none for this place'
  return pw.level === 'below I' ? 'Below Level I' : `Level ${pw.level}`
}

export const PREVAILING_NOTE =
  'The highest DOL OFLC wage level the base meets for its occupation in its area (I entry, II qualified, III experienced, IV fully competent): the least an H-1B or green-card job at that level must pay.'

/** Rows of the side-by-side table for year 1 or the 4-year average. */
export function figureRows(result: CompareResult, period: Period): FigureRow[] {
  const offers = result.offers
  const measures = MEASURES[period]
  const headline = (measure: Measure, value: (o: ComparedOffer) => number): Cell[] => {
    const best = bestIds(result, measure)
    return offers.map((o) => ({ text: formatMoney(value(o)), best: best.has(o.id) }))
  }
  const plain = (value: (o: ComparedOffer) => number): Cell[] =>
    offers.map((o) => ({ text: formatMoney(value(o)), best: false }))
  const summary = period === 'year1' ? (o: ComparedOffer) => o.firstYear : (o: ComparedOffer) => o.average
  const percentileBest = bestIds(result, 'percentile')

  // Rows only some offers have (refresh grants, ESPP, health premium, employer HSA): shown when any compared offer
  // has one, $0 for the others.
  const optional = (key: string, label: string, note: string, pick: (y: OfferYear) => number | undefined) =>
    offers.some((o) => o.years.some((y) => pick(y) !== undefined))
      ? [{ key, label, note, cells: plain((o) => figure(o, period, (y) => pick(y) ?? 0)) }]
      : []

  return [
    {
      key: 'gross',
      label: 'Total compensation',
      strong: true,
      cells: headline(measures.gross, (o) => summary(o).gross),
    },
    ...optional(
      'refresh',
      'Refresh grants vesting',
      'Part of total compensation: the refresh grants’ stock vesting in the year.',
      (y) => y.refresh,
    ),
    ...optional(
      'espp',
      'ESPP gain',
      'Part of total compensation: the discount on shares bought through the stock purchase plan.',
      (y) => y.espp?.gain,
    ),
    ...TAX_ROWS.map(([key, label]) => ({
      key,
      label,
      strong: key === 'total',
      cells: plain((o) => figure(o, period, (y) => y.taxes[key])),
    })),
    { key: 'k401', label: 'Your 401(k) contribution', cells: plain((o) => figure(o, period, (y) => y.k401)) },
    ...optional(
      'healthPremium',
      'Your health premium',
      'Your share of the health insurance premium, paid before tax: taken out of take-home pay.',
      (y) => y.healthPremium,
    ),
    ...optional(
      'hsaEmployer',
      'Employer HSA money',
      'What the employer puts in your health savings account: added to take-home pay.',
      (y) => y.hsaEmployer,
    ),
    {
      key: 'takeHome',
      label: 'Take-home pay',
      strong: true,
      cells: headline(measures.takeHome, (o) => summary(o).takeHome),
    },
    {
      key: 'rpp',
      label: 'Price parity (RPP, U.S. = 100)',
      cells: offers.map((o) => ({ text: o.col.rpp.toFixed(1), best: false })),
    },
    {
      key: 'adjusted',
      label: 'Take-home after cost of living',
      strong: true,
      cells: headline(measures.adjusted, (o) => summary(o).adjustedTakeHome),
    },
    {
      key: 'percentile',
      label: 'Base percentile in its own market',
      cells: offers.map((o) => ({ text: percentileText(o), best: percentileBest.has(o.id) })),
    },
    {
      key: 'prevailing',
      label: 'Prevailing wage level (DOL)',
      note: PREVAILING_NOTE,
      cells: offers.map((o) => ({ text: prevailingText(o), best: false })),
    },
  ]
}

/** Which BEA figure an offer's price parity is: its metro area's own, its state's, or the U.S. average. */
export function parityScope(offer: ComparedOffer): string {
  if (offer.col.scope === 'metro') return 'the metro area’s own figure'
  if (offer.col.scope === 'state') return `the ${offer.state} statewide figure`
  return 'the U.S. average'
}

export interface YearPoint {
  year: string
  [offerId: string]: number | string
}

/** Take-home pay per offer and year (one point per year, one key per offer id), or cumulated over the years. */
export function takeHomeSeries(result: CompareResult, cumulative: boolean): YearPoint[] {
  const years = Math.max(0, ...result.offers.map((o) => o.years.length))
  const points: YearPoint[] = []
  for (let i = 0; i < years; i += 1) {
    const point: YearPoint = { year: `Year ${i + 1}` }
    for (const offer of result.offers) {
      const y = offer.years[i]
      if (y) point[offer.id] = cumulative ? y.cumulativeTakeHome : y.takeHome
    }
    points.push(point)
  }
  return points
}

/** Colours and dash patterns, so lines differ by more than colour. */
export const SERIES_STYLES = [
  { color: '#1d4ed8', dash: undefined, shape: 'circle' },
  { color: '#b45309', dash: '8 4', shape: 'square' },
  { color: '#047857', dash: '2 3', shape: 'triangle' },
  { color: '#7c3aed', dash: '12 4 2 4', shape: 'diamond' },
  { color: '#be123c', dash: '4 4', shape: 'cross' },
  { color: '#334155', dash: '1 5', shape: 'star' },
] as const

export function labelOf(result: CompareResult, id: string): string {
  return result.offers.find((o) => o.id === id)?.label ?? id
}
