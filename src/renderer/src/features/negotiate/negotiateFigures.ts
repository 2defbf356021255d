// Words and figures the calculator and the brief show, made from the backend's NegotiateResult. Pure: the market
// figures themselves always come from the backend; this only picks, orders and words them.
import type { Citation, NegotiateResult, NegotiateTip, Tradeoff } from '../../../../shared/negotiate'
import type { EstimateResult } from '../../../../shared/types'
import { formatMoney, formatOrdinal } from '../../lib/format'

export const TRADEOFF_LABELS: Record<Tradeoff['kind'], string> = {
  signon: 'Sign-on bonus',
  equity: 'Equity grant',
  bonus: 'Annual bonus target',
}

export const MATCH_LABELS: Record<Tradeoff['matches'], string> = {
  'first-year': 'first-year value',
  'four-year': '4-year value',
}

/** "$208,900" or "—": every figure on screen goes through the shared money format, so NaN never shows. */
export const money = formatMoney

/** "+$46,450" / "−$2,000" for a change. */
export function signedMoney(value: number | null | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—'
  const rounded = Math.round(value)
  if (rounded === 0) return '$0'
  return rounded > 0 ? `+${formatMoney(rounded)}` : `−${formatMoney(-rounded)}`
}

/** "31.0%" with one decimal. */
export function percentText(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? `${value.toFixed(1)}%` : '—'
}

/** "the 75th percentile"; the ends say below the 1st or above the 99th. */
export function percentileText(value: number | null | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'an unknown percentile'
  if (value < 1) return 'below the 1st percentile'
  if (value >= 99.5) return 'above the 99th percentile'
  return `the ${formatOrdinal(value)} percentile`
}

/**
 * What the target was, in words: "the 85th percentile of pay at your level", "the 75th percentile" or "$140,000
 * take-home in the first year".
 */
export function targetText(target: NegotiateResult['target']): string {
  if (target.kind === 'level') return `${percentileText(target.value)} of pay at your level`
  return target.kind === 'percentile'
    ? percentileText(target.value)
    : `${formatMoney(target.value)} take-home in the first year`
}

const ROMAN = ['I', 'II', 'III', 'IV']

/** Where the ask came from, in a few words. */
export function askSourceText(result: NegotiateResult): string {
  const { ask, target, reference } = result
  const step =
    ask.adjusted === 'cap'
      ? ', kept to 20% above the offer (the market supports more: see the stretch)'
      : ask.adjusted === 'min-step'
        ? ', at least 5% above the offer'
        : ask.adjusted === 'level-one'
          ? ', raised to DOL wage Level I because the offer is below it'
          : ''
  switch (ask.from) {
    case 'user':
      return 'the ask you typed'
    case 'terms':
      return 'not a raise of base: the offer already meets the target, so ask for other terms'
    case 'level':
      return `worked out from ${targetText(target)} (DOL wage Level ${ROMAN[(reference.level ?? 1) - 1]}, ${reference.levelName}) in the local market${step}`
    default:
      return target.explicit
        ? `worked out from ${targetText(target)} of the local market`
        : `worked out from ${targetText(target)} of the whole local market (no years of experience given)${step}`
  }
}

/** Each citation a tip names, looked up by its short form; unknown names are kept as they are. */
export function tipCitations(tip: NegotiateTip, citations: readonly Citation[]): (Citation | string)[] {
  return tip.cites.map((short) => citations.find((citation) => citation.short === short) ?? short)
}

/** Said in place of take-home figures when the place has no state Worth can tax (e.g. "United States"). */
export const TAKE_HOME_NEEDS_STATE =
  'Take-home needs a state: type a city with its state, e.g. Kansas City, MO.'

/** Tips about the user's other offer (there only when the user gave an alternative). */
const isCompetingTip = (tip: NegotiateTip) => tip.id.startsWith('competing-offer')

/**
 * The tips for the brief, `count` at most: the tip about the user's other offer first when there is one (it is the
 * user's strongest evidence), then those resting on research (in order), then the rest.
 */
export function topTips(tips: readonly NegotiateTip[], count = 3): NegotiateTip[] {
  const competing = tips.filter(isCompetingTip)
  const rest = tips.filter((tip) => !isCompetingTip(tip))
  const cited = rest.filter((tip) => tip.cites.length > 0)
  const own = rest.filter((tip) => tip.cites.length === 0)
  return [...competing, ...cited, ...own].slice(0, count)
}

/** The citations the given tips rest on, in the order the result lists them. */
export function citationsOf(tips: readonly NegotiateTip[], citations: readonly Citation[]): Citation[] {
  const cited = new Set(tips.flatMap((tip) => tip.cites))
  return citations.filter((citation) => cited.has(citation.short))
}

/** "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (May 2024)" for each source. */
export function sourceLines(estimate: EstimateResult): string[] {
  return estimate.sources.map((source) => `${source.publisher}, ${source.title} (${source.release})`)
}

/** "November 28, 2026" in the reader's calendar, for the brief's date line. */
export function formatBriefDate(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric' }).format(date)
}

/** Characters a file name may not hold on some system (control characters are dropped separately). */
const FORBIDDEN = /[\\/:*?"<>|]+/g

const withoutControls = (text: string) =>
  [...text].filter((char) => (char.codePointAt(0) ?? 0) >= 0x20).join('')

/** A plain file name for the saved brief, e.g. "Worth brief - Software Developers - Seattle, WA - 2026-11-28.pdf". */
export function briefFileName(result: NegotiateResult, date: Date): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-')
  const clean = (text: string) => withoutControls(text).replace(FORBIDDEN, '-').replace(/\s+/g, ' ').trim()
  const subject = clean(`${result.estimate.market.occupation} - ${result.estimate.area.name}`)
    .slice(0, 80)
    .trim()
  return `Worth brief - ${subject} - ${day}.pdf`
}

/** The walk-away point in words, against the ask's total and the best alternative. */
export function walkawayText(result: NegotiateResult): string {
  const { walkaway, alternative } = result
  const parts: string[] = []
  if (walkaway === null)
    parts.push('No walk-away point set: decide the lowest total a year you would accept before you talk.')
  else parts.push(`Walk away below ${formatMoney(walkaway)} total a year.`)
  if (alternative !== null) parts.push(`Best alternative offer: ${formatMoney(alternative)} total a year.`)
  return parts.join(' ')
}

/** The prevailing-wage level in one short line for the brief: "II (Level II $149,240, Level III $180,710)". */
export function briefPrevailingText(estimate: EstimateResult): string {
  const pw = estimate.prevailingWage
  if (pw.level === null || pw.levels === null) return `none. ${pw.sentence}`
  const levels = pw.levels
  if (pw.level === 'below I') return `below Level I (${formatMoney(levels.I)}).`
  const next = { I: 'II', II: 'III', III: 'IV', IV: null }[pw.level] as 'II' | 'III' | 'IV' | null
  const nextText = next ? `, Level ${next} ${formatMoney(levels[next])}` : ', the highest'
  return `${pw.level} (Level ${pw.level} ${formatMoney(levels[pw.level])}${nextText}).`
}

/** The market for the person's level in one short line for the brief. */
export function briefLevelText(result: NegotiateResult): string {
  const r = result.reference
  if (r.kind === 'market')
    return `No years given: the ask is read from the whole market (10th-90th percentile ${formatMoney(r.low)} to ${formatMoney(r.high)}).`
  return `Your level: DOL wage Level ${ROMAN[(r.level ?? 1) - 1]} (${r.levelName}), paid about ${formatMoney(r.low)} to ${formatMoney(r.high)} (modelled).`
}
