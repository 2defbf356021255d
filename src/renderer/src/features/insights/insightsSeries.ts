// Prepares what the Market insights charts and lists draw: pay by experience, pay by city (sorted, ranges kept as
// ranges), the career path, the factors that move pay, related titles and the "compare another place" difference.
// Pure, so components only draw; every figure comes from the backend's reply.
import type { ExperienceBand, InsightsResult, SourceRef } from '../../../../shared/types'
import { formatMoney } from '../../lib/format'
import { niceAxis } from '../estimate/chartSeries'
import {
  formatRange,
  isAmount,
  NO_DATA,
  placeName,
  sourceOf,
  statusBadge,
  type Badge,
} from './insightsFigures'

export const EXPERIENCE_BANDS: readonly ExperienceBand[] = ['0-2', '3-5', '6-10', '10+']

const BAND_LABELS: Record<ExperienceBand, string> = {
  '0-2': '0-2 years',
  '3-5': '3-5 years',
  '6-10': '6-10 years',
  '10+': 'More than 10 years',
}

const LEVEL_NAMES: Record<1 | 2 | 3 | 4, string> = {
  1: 'DOL Level I (entry)',
  2: 'DOL Level II (qualified)',
  3: 'DOL Level III (experienced)',
  4: 'DOL Level IV (fully competent)',
}

export function bandLabel(band: ExperienceBand): string {
  return BAND_LABELS[band] ?? `${band} years`
}

export interface Axis {
  domain: [number, number]
  ticks: number[]
}

function axisUpTo(values: number[]): Axis {
  const max = values.length > 0 ? Math.max(...values) : 0
  return max > 0 ? niceAxis(0, max, 5) : niceAxis(0, 1, 1)
}

// ---------------------------------------------------------------------------------------------------------------
// Pay by experience

export interface ExperienceBar {
  band: ExperienceBand
  label: string
  /** The bar's height, or null when there is no figure (then no bar is drawn and the label says "No data"). */
  median: number | null
  value: string
  /** DOL's wage level the band is read from, when there is one. */
  level: string | null
  badge: Badge
  source: SourceRef | null
  selected: boolean
}

export interface ExperienceSeries {
  bars: ExperienceBar[]
  axis: Axis
  /** True when at least one band has a figure (otherwise there is no chart to draw). */
  drawable: boolean
}

export function experienceSeries(result: InsightsResult, selected: ExperienceBand | null): ExperienceSeries {
  const bars = result.byExperience.map((entry): ExperienceBar => {
    const known = isAmount(entry.median) && entry.status !== 'no-data'
    const source = sourceOf(result.sources, entry.sourceId)
    return {
      band: entry.band,
      label: bandLabel(entry.band),
      median: known ? entry.median : null,
      value: known ? formatMoney(entry.median) : NO_DATA,
      level: entry.level ? LEVEL_NAMES[entry.level] : null,
      badge: statusBadge(known ? entry.status : 'no-data', source),
      source: known ? source : null,
      selected: entry.band === selected,
    }
  })
  const heights = bars.map((bar) => bar.median).filter(isAmount)
  return { bars, axis: axisUpTo(heights), drawable: heights.length > 0 }
}

// ---------------------------------------------------------------------------------------------------------------
// Pay by city

export interface CityBar {
  key: string
  name: string
  /** What the bar spans: [0, median] for a median, [low, high] for a range, null when nothing is known. */
  span: [number, number] | null
  kind: 'median' | 'range' | 'none'
  /** "$150,000", "$120,000–$130,000" or "No data". */
  value: string
  isUserPlace: boolean
  badge: Badge
  source: SourceRef | null
}

export interface CitySeries {
  bars: CityBar[]
  axis: Axis
  drawable: boolean
  /** The user's place, when it is among the cities. */
  userPlace: string | null
  /** True when some cities come as a range rather than a median. */
  hasRanges: boolean
}

/** Pay in a city as worth where the US average is 100: pay x 100 / the city's price parity. */
function adjustEntry(entry: InsightsResult['byCity'][number]): InsightsResult['byCity'][number] {
  const rpp = entry.rpp
  if (!isAmount(rpp) || rpp <= 0) return { ...entry, median: null, low: null, high: null, status: 'no-data' }
  const scale = (v: number | null) => (isAmount(v) ? Math.round((v * 100) / rpp) : null)
  return {
    ...entry,
    median: scale(entry.median),
    low: scale(entry.low),
    high: scale(entry.high),
    status: 'modelled',
  }
}

/** True when the backend sent price parities for at least one city. */
export function canAdjustForCostOfLiving(result: InsightsResult): boolean {
  return result.byCity.some((c) => isAmount(c.rpp) && (c.rpp as number) > 0)
}

function cityFigure(entry: InsightsResult['byCity'][number]): Pick<CityBar, 'span' | 'kind' | 'value'> & {
  sortValue: number
} {
  if (entry.status !== 'no-data' && isAmount(entry.median)) {
    return {
      span: [0, entry.median],
      kind: 'median',
      value: formatMoney(entry.median),
      sortValue: entry.median,
    }
  }
  if (entry.status !== 'no-data' && isAmount(entry.low) && isAmount(entry.high)) {
    const low = Math.min(entry.low, entry.high)
    const high = Math.max(entry.low, entry.high)
    return { span: [low, high], kind: 'range', value: formatRange(low, high), sortValue: (low + high) / 2 }
  }
  if (entry.status !== 'no-data' && (isAmount(entry.low) || isAmount(entry.high))) {
    const only = isAmount(entry.low) ? entry.low : (entry.high as number)
    return { span: [0, only], kind: 'median', value: formatRange(entry.low, entry.high), sortValue: only }
  }
  return { span: null, kind: 'none', value: NO_DATA, sortValue: -Infinity }
}

/** Cities from the highest pay to the lowest (cities without a figure last), ready for a horizontal bar chart. */
export function citySeries(result: InsightsResult, adjusted = false): CitySeries {
  const sorted = result.byCity
    .map((entry) => (adjusted ? adjustEntry(entry) : entry))
    .map((entry, index) => ({ entry, index, figure: cityFigure(entry) }))
    .sort((a, b) => b.figure.sortValue - a.figure.sortValue || a.index - b.index)

  const bars = sorted.map(({ entry, index, figure }): CityBar => {
    const known = figure.kind !== 'none'
    const source = sourceOf(result.sources, entry.sourceId)
    return {
      key: `${entry.area ?? 'city'}-${index}`,
      name: entry.name,
      span: figure.span,
      kind: figure.kind,
      value: figure.value,
      isUserPlace: entry.isUserPlace,
      badge: statusBadge(known ? entry.status : 'no-data', source),
      source: known ? source : null,
    }
  })
  const tops = bars.map((bar) => bar.span?.[1]).filter(isAmount)
  return {
    bars,
    axis: axisUpTo(tops),
    drawable: tops.length > 0,
    userPlace: bars.find((bar) => bar.isUserPlace)?.name ?? null,
    hasRanges: bars.some((bar) => bar.kind === 'range'),
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Career path

export interface CareerStep {
  key: string
  title: string
  /** "0-2 years", "8+ years" */
  years: string
  /** "$90,000" or "pay not known". */
  pay: string
  badge: Badge | null
  source: SourceRef | null
}

export const PAY_NOT_KNOWN = 'pay not known'

export function careerSteps(result: InsightsResult): CareerStep[] {
  return result.careerPath.map((step, index) => {
    const known = isAmount(step.pay) && step.status !== 'no-data'
    const source = sourceOf(result.sources, step.sourceId)
    const years = step.years.trim()
    return {
      key: `${index}-${step.title}`,
      title: step.title,
      years: years ? `${years} years` : 'years not known',
      pay: known ? formatMoney(step.pay) : PAY_NOT_KNOWN,
      badge: known ? statusBadge(step.status, source) : null,
      source,
    }
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Factors that move pay

export interface FactorRow {
  factor: InsightsResult['factors'][number]['factor']
  name: string
  measured: boolean
  /** The backend's sentence (for an unmeasured factor, without its leading "Not measured:"). */
  effect: string
  /** "$90,000 to $180,000" where measured and both ends are known. */
  span: string | null
}

const FACTOR_NAMES: Record<FactorRow['factor'], string> = {
  experience: 'Experience',
  location: 'Location',
  skills: 'Skills',
  education: 'Education',
  'company size': 'Company size',
}

/** "Not measured: the figures cover …" -> "The figures cover …" (the view shows "Not measured" as a badge). */
function withoutNotMeasured(sentence: string): string {
  const rest = sentence.replace(/^\s*not measured\s*[:.—-]\s*/i, '')
  if (rest === '') return sentence
  return rest.charAt(0).toUpperCase() + rest.slice(1)
}

export function factorRows(result: InsightsResult): FactorRow[] {
  return result.factors.map((factor) => {
    const effect = factor.measured ? factor.effect : withoutNotMeasured(factor.effect)
    const span =
      factor.measured && isAmount(factor.low) && isAmount(factor.high)
        ? `${formatMoney(factor.low)} to ${formatMoney(factor.high)}`
        : null
    return {
      factor: factor.factor,
      name: FACTOR_NAMES[factor.factor] ?? factor.factor,
      measured: factor.measured,
      effect,
      span,
    }
  })
}

/** Whether the backend measured a factor, so the view may offer a what-if control for it. */
export function isMeasured(result: InsightsResult, factor: FactorRow['factor']): boolean {
  return result.factors.some((entry) => entry.factor === factor && entry.measured)
}

// ---------------------------------------------------------------------------------------------------------------
// Related titles

export interface RelatedItem {
  key: string
  title: string
  /** Set for an occupation (its insights are asked for by SOC); null for a title Worth matches itself. */
  soc: string | null
  median: string
}

export interface RelatedGroups {
  occupations: RelatedItem[]
  titles: RelatedItem[]
}

export function relatedGroups(result: InsightsResult): RelatedGroups {
  const item = (entry: InsightsResult['relatedTitles'][number], index: number): RelatedItem => ({
    key: `${entry.kind}-${entry.soc}-${entry.title}-${index}`,
    title: entry.title,
    soc: entry.kind === 'occupation' ? entry.soc : null,
    median: isAmount(entry.median) ? `median ${formatMoney(entry.median)}` : 'median not known',
  })
  const items = result.relatedTitles.map((entry, index) => ({ entry, item: item(entry, index) }))
  return {
    occupations: items.filter(({ entry }) => entry.kind === 'occupation').map(({ item }) => item),
    titles: items.filter(({ entry }) => entry.kind === 'title').map(({ item }) => item),
  }
}

// ---------------------------------------------------------------------------------------------------------------
// What-if: the selected experience band, and another place

export interface BandPick {
  label: string
  value: string
  badge: Badge
  source: SourceRef | null
}

export function bandPick(result: InsightsResult, band: ExperienceBand | null): BandPick | null {
  if (!band) return null
  const bar = experienceSeries(result, band).bars.find((entry) => entry.band === band)
  return bar ? { label: bar.label, value: bar.value, badge: bar.badge, source: bar.source } : null
}

export interface PlaceDifference {
  /** One sentence per figure both places have, e.g. "Median base pay: $178,317 in Seattle-… and …". */
  lines: string[]
  /** Set when the two replies cannot be compared (different occupation) or have no common figure. */
  problem: string | null
}

function differenceLine(label: string, here: number, there: number, herePlace: string, therePlace: string) {
  const diff = there - here
  const percent = here > 0 ? Math.round((Math.abs(diff) / here) * 100) : null
  const share = percent === null ? '' : ` (${percent}%)`
  const verdict =
    Math.round(diff) === 0
      ? `the same in both`
      : `${formatMoney(Math.abs(diff))}${share} ${diff > 0 ? 'more' : 'less'} in ${therePlace}`
  return `${label}: ${formatMoney(here)} in ${herePlace}, ${formatMoney(there)} in ${therePlace} — ${verdict}.`
}

/** The difference in the medians the backend gives for two places (nothing is estimated here). */
export function placeDifference(here: InsightsResult, there: InsightsResult): PlaceDifference {
  if (here.market.soc !== there.market.soc) {
    return {
      lines: [],
      problem: `Worth matched a different occupation there (${there.market.occupation}), so the medians are not compared.`,
    }
  }
  const herePlace = placeName(here.area)
  const therePlace = placeName(there.area)
  const lines: string[] = []
  if (isAmount(here.market.p50) && isAmount(there.market.p50)) {
    lines.push(
      differenceLine(
        `Median base pay for ${here.market.occupation}`,
        here.market.p50,
        there.market.p50,
        herePlace,
        therePlace,
      ),
    )
  }
  const hereTotal = here.summary.totalPay.p50
  const thereTotal = there.summary.totalPay.p50
  if (
    here.summary.totalPayStatus !== 'no-data' &&
    there.summary.totalPayStatus !== 'no-data' &&
    isAmount(hereTotal) &&
    isAmount(thereTotal)
  ) {
    lines.push(differenceLine('Median total pay', hereTotal, thereTotal, herePlace, therePlace))
  }
  return { lines, problem: lines.length === 0 ? `There is no median to compare for ${therePlace}.` : null }
}

/** A figure's value in words for a tooltip or table: the value, then how it came about. */
export function describeFigure(value: string, badge: Badge): string {
  return value === NO_DATA ? NO_DATA : `${value} (${badge.text})`
}
