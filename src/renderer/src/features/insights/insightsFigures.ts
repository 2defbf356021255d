// Turns an InsightsResult into the text the Market insights view shows: the headline, status badges, the pay
// summary, the survey's total-pay percentiles and the notes. Pure; the figures themselves come from the backend,
// and a figure the backend does not have reads "No data", never $0.
import {
  PERCENTILE_KEYS,
  PERCENTILE_OF,
  type InsightsResult,
  type InsightStatus,
  type PercentileKey,
  type RangeFigure,
  type SourceRef,
} from '../../../../shared/types'
import { formatMoney, formatOrdinal } from '../../lib/format'

export const NO_DATA = 'No data'

export const isAmount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** The entry of `sources` a figure names, or null. */
export function sourceOf(sources: readonly SourceRef[], id: string | null | undefined): SourceRef | null {
  if (!id) return null
  return sources.find((source) => source.id === id) ?? null
}

export interface Badge {
  status: InsightStatus
  /** What the badge says, e.g. "2025 salary survey (reported)", "modelled", "No data". */
  text: string
  /** True when the badge should link to "How Worth estimates". */
  explains: boolean
}

const BADGE_WORDS: Record<Exclude<InsightStatus, 'reported'>, string> = {
  published: 'published',
  'top-coded': 'top-coded',
  'from-hourly': 'from hourly ×2,080',
  modelled: 'modelled',
  'no-data': NO_DATA,
}

/** How a figure came about, in the words of its badge. A reported figure is named by its survey's release. */
export function statusBadge(status: InsightStatus, source: SourceRef | null): Badge {
  if (status === 'reported') {
    const text = source?.release?.trim() || 'reported by a salary survey'
    return { status, text, explains: false }
  }
  const text = BADGE_WORDS[status] ?? 'modelled'
  return { status, text, explains: status === 'modelled' || status === 'top-coded' }
}

/** "Source: Backend Architect Salary Insights for USA (2025)" (publisher, release and licence are under Sources). */
export function sourceLine(source: SourceRef | null): string | null {
  return source ? `Source: ${source.title}` : null
}

/** "$17,000–$23,000", "from $17,000", "up to $23,000" or "No data". */
export function formatRange(low: number | null | undefined, high: number | null | undefined): string {
  if (isAmount(low) && isAmount(high)) {
    return low === high ? formatMoney(low) : `${formatMoney(low)}–${formatMoney(high)}`
  }
  if (isAmount(low)) return `from ${formatMoney(low)}`
  if (isAmount(high)) return `up to ${formatMoney(high)}`
  return NO_DATA
}

/** A single figure, or "No data". */
export function formatFigure(value: number | null | undefined): string {
  return isAmount(value) ? formatMoney(value) : NO_DATA
}

/** "the United States" for national figures, else the area's name. */
export function placeName(area: InsightsResult['area']): string {
  if (area.kind === 'national' && /^united states$/i.test(area.name.trim())) return 'the United States'
  return area.name
}

/** The role as the page names it: the surveyed title for a survey profile, else the BLS occupation. */
export function roleName(role: InsightsResult['role']): string {
  return role.profile === 'survey' ? role.title : role.occupation
}

/** The sentence the live region reads out, e.g. "Market insights for Software Developers in Seattle-…, WA". */
export function insightsHeadline(result: InsightsResult): string {
  return `Market insights for ${roleName(result.role)} in ${placeName(result.area)}`
}

export type SummaryKey = 'total' | 'base' | 'bonus' | 'stock' | 'additional'

export interface SummaryRow {
  key: SummaryKey
  label: string
  /** The main figure: a median, a range, or "No data". */
  value: string
  /** Further figures in words, e.g. "Range $60,008 (P10) to $139,901 (P90)", "Average $99,955". */
  details: string[]
  badge: Badge
  source: SourceRef | null
}

function totalPayRange(total: InsightsResult['summary']['totalPay']): string | null {
  const known = PERCENTILE_KEYS.filter((key) => isAmount(total[key]))
  const first = known[0]
  const last = known[known.length - 1]
  if (!first || !last || first === last) return null
  return `Range ${formatMoney(total[first])} (P${PERCENTILE_OF[first]}) to ${formatMoney(total[last])} (P${PERCENTILE_OF[last]})`
}

export function paySummaryRows(result: InsightsResult): SummaryRow[] {
  const { summary, sources } = result
  const noData = (status: InsightStatus, ...values: (number | null)[]) =>
    status === 'no-data' || !values.some(isAmount)
  const row = (
    key: SummaryKey,
    label: string,
    status: InsightStatus,
    sourceId: string | null,
    value: string,
    details: string[],
    missing: boolean,
  ): SummaryRow => {
    const source = sourceOf(sources, sourceId)
    const shownStatus: InsightStatus = missing ? 'no-data' : status
    return {
      key,
      label,
      value: missing ? NO_DATA : value,
      details: missing ? [] : details,
      badge: statusBadge(shownStatus, source),
      source: missing ? null : source,
    }
  }

  /** A figure the survey gives as a range (bonus, stock): its low to high end, no details. */
  const rangeRow = (key: SummaryKey, label: string, figure: RangeFigure): SummaryRow =>
    row(
      key,
      label,
      figure.status,
      figure.sourceId,
      formatRange(figure.low, figure.high),
      [],
      noData(figure.status, figure.low, figure.high),
    )

  const total = summary.totalPay
  const totalRange = totalPayRange(total)
  // Total pay carries no source of its own; it comes from the same survey as the base pay beside it.
  const totalSource = summary.totalPayStatus === 'no-data' ? null : summary.base.sourceId

  const base = summary.base
  const baseDetails = [
    isAmount(base.median) ? `Median ${formatMoney(base.median)}` : null,
    isAmount(base.average) ? `Average ${formatMoney(base.average)}` : null,
  ].filter((text): text is string => text !== null)

  return [
    row(
      'total',
      'Median total pay',
      summary.totalPayStatus,
      totalSource,
      formatFigure(total.p50),
      totalRange ? [totalRange] : [],
      noData(summary.totalPayStatus, total.p50),
    ),
    row(
      'base',
      'Base pay range',
      base.status,
      base.sourceId,
      formatRange(base.low, base.high),
      baseDetails,
      noData(base.status, base.low, base.high, base.average, base.median),
    ),
    rangeRow('bonus', 'Annual bonus', summary.bonus),
    rangeRow('stock', 'Stock per year', summary.stock),
    row(
      'additional',
      'Additional pay',
      summary.additionalPay.status,
      summary.additionalPay.sourceId,
      formatFigure(summary.additionalPay.value),
      [],
      noData(summary.additionalPay.status, summary.additionalPay.value),
    ),
  ]
}

export interface PercentileRow {
  key: PercentileKey
  label: string
  value: string
}

/** The survey's own total-pay percentiles (only those it gives), for the table beside the BLS base pay. */
export function surveyTotalRows(result: InsightsResult): PercentileRow[] {
  const total = result.summary.totalPay
  return PERCENTILE_KEYS.filter((key) => isAmount(total[key])).map((key) => ({
    key,
    label: `${formatOrdinal(PERCENTILE_OF[key])} percentile`,
    value: formatMoney(total[key]),
  }))
}

/** Notes to read before the figures: the market's fallback (if any) and the backend's notes, without repeats. */
export function insightsNotes(result: InsightsResult): string[] {
  const notes = [result.market.fallback, ...result.notes].filter(
    (note): note is string => typeof note === 'string' && note.trim() !== '',
  )
  return [...new Set(notes)]
}

export interface InsightsFreshness {
  stale: boolean
  /** What to tell the user about the insights on screen, or null when they answer the form. */
  message: string | null
}

/** Says whether the insights on screen still answer what is in the form. */
export function insightsFreshness(args: {
  hasResult: boolean
  fieldErrors: number
  replyError: { code: string; field?: string; message: string } | null
  complete: boolean
}): InsightsFreshness {
  const { hasResult, fieldErrors, replyError, complete } = args
  if (!hasResult) return { stale: false, message: null }
  if (replyError?.code === 'ambiguous-location') {
    return { stale: true, message: 'Out of date — choose which place you mean' }
  }
  if (fieldErrors > 0 || replyError?.field)
    return { stale: true, message: 'Out of date — fix the highlighted field' }
  if (replyError) return { stale: true, message: `Out of date — ${replyError.message}` }
  if (!complete) return { stale: true, message: 'Out of date — fill in the job title and location' }
  return { stale: false, message: null }
}
