// The ask: a precise base salary to counter with, its supporting range, a stretch, and the guard rails around it.
//
// Worth's default target: with years given, the upper part of pay at the person's DOL wage level (levelReference.ts);
// without, the whole market's 75th percentile. The default ask is a credible step toward it: at least 5% and at most
// 20% above the offer, except that an offer below DOL Level I gets at least Level I. When the target is not above the
// offer, base stays as offered ('terms') and the advice turns to other terms. A target the user chose (a market
// percentile or a take-home amount) is asked for as it is ('market'); a typed ask ('user') is used as typed. Both get
// the guard rails. The stretch is the bigger figure the market supports for the person's level, shown apart.
// Range: low = the precise figure 10 percentile points below the ask, never below the offer's base nor above the ask;
// high = the ask plus 5% for Worth's own asks, or for a chosen target or typed ask 10 points above it (at most the
// 95th percentile), never under the ask plus 5%.
import type { NegotiateResult, NegotiateWarning } from '../../shared/negotiate'
import { MAX_AMOUNT } from '../../shared/fields'
import { formatMoney, percentileAt, percentilePhrase } from '../../shared/format'
import { WorthFailure } from '../errors'
import { offerSummary } from '../estimate/estimateOffer'
import type { WageDistribution } from '../market/distribution'
import {
  LEVEL_BAND,
  LEVEL_STRETCH_PERCENTILE,
  LEVEL_TARGET_PERCENTILE,
  type LevelReference,
} from './levelReference'
import { preciseFigure } from './preciseAsk'
import { roundToCents as round2 } from '../../shared/money'
import { wagesInYear, type OfferParts, type TakeHomeOf } from './takeHome'

/** Worth's default target without years: this percentile of the whole market. */
export const DEFAULT_TARGET_PERCENTILE = 75
/** Without years, the stretch is this percentile of the whole market. */
export const MARKET_STRETCH_PERCENTILE = 90
/** Worth's own ask is at least this much above the offer (a smaller counter is not worth spending the ask on)... */
export const MIN_STEP = 0.05
/** ...and at most this much above it (a step a recruiter can say yes to; Worth's rule of thumb), unless the offer is
 * below DOL Level I. */
export const MAX_STEP = 0.2
/** When the offer meets the target, the other terms are priced at a raise of this share of base, for one year. */
export const TERMS_SHARE = 0.05
/** The top of the range Worth quotes with its own ask: this much above the ask. */
export const QUOTE_SPAN = 0.05
/** Half-width of the supporting range for a chosen target or typed ask, in percentile points. */
export const RANGE_POINTS = 10
/** The range's top never goes past this percentile of the market (unless the ask itself does). */
export const RANGE_CAP_PERCENTILE = 95
/** Above this percentile an ask is flagged as beyond almost all of the market. */
export const OUTLIER_PERCENTILE = 99
/** An ask more than this much above the offered base gets a warning: the same line as Worth's own cap. */
export const BIG_JUMP = MAX_STEP
/** A stretch is shown only when it is at least this much above the ask. */
const STRETCH_MARGIN = 0.02

export type Target = { kind: 'percentile'; value: number } | { kind: 'takeHome'; value: number }

export interface CounterOfferInput {
  distribution: WageDistribution
  offer: OfferParts
  /** A target the user chose; without one Worth uses its default (the level's band, or the whole market). */
  target?: Target | undefined
  /** The market for the person's level; null without years. */
  reference: LevelReference | null
  /** The four DOL level wages of this market (published for the area, or modelled), for the Level I floor. */
  levels: readonly [number, number, number, number]
  /** "Seattle-Tacoma-Bellevue, WA", for sentences about levels. */
  placeName: string
  /** A base the user typed; the guard rails check it. */
  ask?: number | undefined
  /** The lowest yearly total the user would accept. */
  walkaway?: number | null | undefined
  /** Take-home for a year's wages in the offer's place; null when the place's taxes are not known. */
  takeHome: TakeHomeOf | null
  /** "Software Developers in Seattle-Tacoma-Bellevue, WA", for sentences. */
  marketLabel: string
}

export interface CounterOffer {
  current: NegotiateResult['current']
  target: NegotiateResult['target']
  reference: NegotiateResult['reference']
  ask: NegotiateResult['ask']
  stretch: NegotiateResult['stretch']
  warnings: NegotiateWarning[]
}

const round1 = (v: number) => Math.round(v * 10) / 10
const ROMAN = ['I', 'II', 'III', 'IV'] as const
const BANDS = ['0-2', '3-5', '6-10', 'more than 10'] as const

export function percentileOf(distribution: WageDistribution, wage: number): number {
  return Math.min(100, Math.max(0, round1(distribution.cdf(wage) * 100)))
}

/** Yearly total as Worth counts it everywhere: base + bonus + stock + a quarter of the sign-on. */
export function totalWithBase(offer: OfferParts, base: number): number {
  return offerSummary({ ...offer, base }).total
}

/** The base whose first-year take-home (with the offer's bonus, stock and sign-on) reaches `wanted`. */
export function baseForTakeHome(offer: OfferParts, wanted: number, takeHome: TakeHomeOf): number {
  const others = offer.bonus + offer.stock + offer.signon
  const top = MAX_AMOUNT - others
  const reach = (base: number) => takeHome(base + others) ?? Number.POSITIVE_INFINITY
  if (!(top > 0) || reach(top) < wanted)
    throw new WorthFailure({
      code: 'invalid-input',
      field: 'target',
      message: `Take-home target: ${formatMoney(wanted)} a year is more than any base up to ${formatMoney(top)} would leave after tax.`,
    })
  let lo = 0
  let hi = top
  for (let i = 0; i < 60; i += 1) {
    const mid = (lo + hi) / 2
    if (reach(mid) < wanted) lo = mid
    else hi = mid
  }
  return round2(hi)
}

/** "DOL wage Level II (qualified; 3-5 years)". */
export function levelLabel(reference: LevelReference): string {
  return `DOL wage Level ${ROMAN[reference.level - 1]} (${reference.levelName}; ${BANDS[reference.level - 1]} years)`
}

function chosenTargetBase(input: CounterOfferInput, target: Target): number {
  const { distribution } = input
  if (target.kind === 'percentile') {
    if (!(target.value >= 1 && target.value <= 99))
      throw new WorthFailure({
        code: 'invalid-input',
        field: 'target',
        message: 'Target percentile must be between 1 and 99.',
      })
    return distribution.quantile(target.value / 100)
  }
  if (!input.takeHome)
    throw new WorthFailure({
      code: 'invalid-input',
      field: 'target',
      message:
        'Take-home target: taxes depend on the state, and this place has none; give a city and state, e.g. "Denver, CO", or target a percentile.',
    })
  if (!(target.value > 0) || !Number.isFinite(target.value))
    throw new WorthFailure({
      code: 'invalid-input',
      field: 'target',
      message: 'Take-home target must be more than $0.',
    })
  return baseForTakeHome(input.offer, target.value, input.takeHome)
}

/** The target: the base it means, and how to report it. */
function resolveTarget(input: CounterOfferInput): NegotiateResult['target'] {
  const { distribution, reference, target } = input
  if (target) {
    const wage = chosenTargetBase(input, target)
    return { ...target, wage, percentile: percentileOf(distribution, wage), explicit: true }
  }
  if (reference) {
    const wage = reference.at(LEVEL_TARGET_PERCENTILE)
    return {
      kind: 'level',
      value: LEVEL_TARGET_PERCENTILE,
      wage,
      percentile: percentileOf(distribution, wage),
      explicit: false,
    }
  }
  const wage = distribution.quantile(DEFAULT_TARGET_PERCENTILE / 100)
  return {
    kind: 'percentile',
    value: DEFAULT_TARGET_PERCENTILE,
    wage,
    percentile: percentileOf(distribution, wage),
    explicit: false,
  }
}

function describeReference(input: CounterOfferInput): NegotiateResult['reference'] {
  const { reference, distribution, placeName, marketLabel } = input
  if (!reference) {
    const low = Math.round(distribution.quantile(0.1))
    const high = Math.round(distribution.quantile(0.9))
    return {
      kind: 'market',
      years: null,
      level: null,
      levelName: null,
      wage: null,
      published: false,
      low,
      high,
      sentence: `No years of experience given, so Worth uses the whole market for ${marketLabel}, every level from new graduates to principals (10th-90th percentile ${formatMoney(low)} to ${formatMoney(high)}). Add your years for an ask matched to your level.`,
    }
  }
  const low = Math.round(reference.at(LEVEL_BAND[0]))
  const high = Math.round(reference.at(LEVEL_BAND[1]))
  const yearsText = `${reference.years} ${reference.years === 1 ? 'year' : 'years'}`
  return {
    kind: 'level',
    years: reference.years,
    level: reference.level,
    levelName: reference.levelName,
    wage: reference.wage,
    published: reference.published,
    low,
    high,
    sentence: `With ${yearsText} of experience you fit ${levelLabel(reference)}, ${reference.published ? 'paid' : 'modelled at'} ${formatMoney(reference.wage)} in ${placeName}${reference.published ? ' (DOL OFLC)' : ' (from national figures)'}. Pay at that level runs from about ${formatMoney(low)} to ${formatMoney(high)} (Worth's model: centred on the level's wage, spread from the neighbouring levels).`,
  }
}

function supportingRange(
  distribution: WageDistribution,
  base: number,
  ask: number,
  askPercentile: number,
  own: boolean,
) {
  const at = (percentile: number) => preciseFigure(distribution.quantile(percentile / 100))
  const marketLow = at(Math.max(1, askPercentile - RANGE_POINTS))
  const low = Math.min(ask, Math.max(marketLow, preciseFigure(base, 'up')))
  const span = preciseFigure(ask * (1 + QUOTE_SPAN), 'up')
  // Never quote above the largest base Worth accepts anywhere.
  if (own) return { low, high: Math.min(MAX_AMOUNT, span) }
  const marketHigh = at(Math.max(1, Math.min(RANGE_CAP_PERCENTILE, askPercentile + RANGE_POINTS)))
  return { low, high: Math.min(MAX_AMOUNT, Math.max(marketHigh, span)) }
}

function guardRails(
  input: CounterOfferInput,
  ask: number,
  askTotal: number,
  currentTotal: number,
  jumpExplained: boolean,
): NegotiateWarning[] {
  const { offer, distribution, marketLabel } = input
  const warnings: NegotiateWarning[] = []
  if (ask < offer.base)
    warnings.push({
      id: 'ask-below-offer',
      text: `Your ask of ${formatMoney(ask)} is ${formatMoney(offer.base - ask)} below the base already offered (${formatMoney(offer.base)}). Countering lower than the offer gives money away; ask for at least the offer.`,
    })
  const p99 = distribution.quantile(OUTLIER_PERCENTILE / 100)
  if (ask > p99)
    warnings.push({
      id: 'ask-above-p99',
      text: `Your ask of ${formatMoney(ask)} is above the 99th percentile of base pay for ${marketLabel} (about ${formatMoney(p99)}): fewer than 1 in 100 are paid that much, so the employer may treat it as out of range. Be ready to show why this role is exceptional.`,
    })
  if (!jumpExplained && ask > offer.base * (1 + BIG_JUMP)) {
    const median = preciseFigure(distribution.quantile(0.5))
    const jump = Math.round(((ask - offer.base) / offer.base) * 100)
    warnings.push({
      id: 'ask-far-above-offer',
      text: `Your ask of ${formatMoney(ask)} is ${jump}% above the offered base of ${formatMoney(offer.base)}. A jump of more than a fifth is a big step to win in one counter (Worth's rule of thumb, not a measured limit, and the most Worth's own ask goes): bring the market figures as evidence, check the role's level matches the market you are quoting, and decide in advance which lower figure you would accept${median > offer.base * 1.05 && median < ask ? ` — the market median, ${formatMoney(median)}, is a more modest ask` : ''}.`,
    })
  }
  const walkaway = input.walkaway ?? null
  if (walkaway !== null && askTotal < walkaway) {
    const others = askTotal - ask
    const needed = walkaway - others
    warnings.push({
      id: 'ask-below-walkaway',
      text: `At your ask the yearly total would be ${formatMoney(askTotal)}, below your walk-away of ${formatMoney(walkaway)}: even a yes would be an offer you decline. ${needed > 0 ? `To reach it on base alone, ask for at least ${formatMoney(preciseFigure(needed, 'up'))}, or ask for more bonus, stock or sign-on.` : ''}`.trim(),
    })
  }
  if (walkaway !== null && walkaway > currentTotal)
    warnings.push({
      id: 'walkaway-above-offer',
      text: `Your walk-away of ${formatMoney(walkaway)} is ${formatMoney(walkaway - currentTotal)} above this offer's total of ${formatMoney(currentTotal)}: as it stands you would decline it. Say what it would take rather than accept.`,
    })
  return warnings
}

/** Worth's own ask toward `wanted` (above the offer): within [MIN_STEP, MAX_STEP] of it, and at least DOL Level I. */
function ownAsk(
  input: CounterOfferInput,
  wanted: number,
): { ask: number; adjusted: NegotiateResult['ask']['adjusted'] } {
  const base = input.offer.base
  const levelOne = input.levels[0]
  let ask = preciseFigure(wanted)
  let adjusted: NegotiateResult['ask']['adjusted'] = null
  if (wanted > base * (1 + MAX_STEP)) {
    ask = preciseFigure(base * (1 + MAX_STEP), 'down')
    adjusted = 'cap'
  } else if (wanted < base * (1 + MIN_STEP)) {
    ask = preciseFigure(base * (1 + MIN_STEP), 'up')
    adjusted = 'min-step'
  }
  if (base < levelOne && ask < levelOne) {
    ask = preciseFigure(levelOne, 'up')
    adjusted = 'level-one'
  }
  return { ask, adjusted }
}

function askWhy(
  input: CounterOfferInput,
  from: NegotiateResult['ask']['from'],
  adjusted: NegotiateResult['ask']['adjusted'],
  target: NegotiateResult['target'],
  askPercentile: number,
): string {
  const { reference, marketLabel, placeName } = input
  const where = `${percentileAt('near', askPercentile)} for ${marketLabel}`
  if (from === 'user') return ` It is your figure, ${where}.`
  if (from === 'market' && target.explicit)
    return target.kind === 'percentile'
      ? ` It is your target, ${percentileAt('about', askPercentile)} for ${marketLabel}.`
      : ` It is the base your take-home target of ${formatMoney(target.value)} needs, ${where}.`
  const aim = reference
    ? `the upper part of pay at ${levelLabel(reference)} in ${placeName}, about ${formatMoney(target.wage)} (the ${LEVEL_TARGET_PERCENTILE}th percentile of that level)`
    : `the 75th percentile for ${marketLabel}, about ${formatMoney(target.wage)} (no years given, so the whole market)`
  if (adjusted === 'level-one')
    return ` The offer is below DOL wage Level I for ${marketLabel} (${formatMoney(input.levels[0])}), the lowest prevailing wage DOL sets there, so Worth asks for at least Level I even though that is more than ${Math.round(MAX_STEP * 100)}% above the offer; it is ${where}.`
  if (adjusted === 'cap')
    return ` The market supports more, up to ${aim}, but Worth keeps its ask to ${Math.round(MAX_STEP * 100)}% above the offer, a step a recruiter can say yes to; it is ${where} (the bigger figure is shown as a stretch).`
  if (adjusted === 'min-step')
    return ` Worth aims at ${aim}, just above the offer, so it asks for ${Math.round(MIN_STEP * 100)}% more, the smallest step worth a counter; it is ${where}.`
  return ` It aims at ${aim}, ${where}.`
}

export function counterOffer(input: CounterOfferInput): CounterOffer {
  const { distribution, offer, takeHome, marketLabel, reference } = input
  const currentTotal = totalWithBase(offer, offer.base)
  const currentPercentile = percentileOf(distribution, offer.base)
  const currentTakeHome = takeHome ? takeHome(wagesInYear(offer, 1)) : null

  const target = resolveTarget(input)
  const wanted = target.wage
  const warnings: NegotiateWarning[] = []
  let from: NegotiateResult['ask']['from']
  let ask: number
  let adjusted: NegotiateResult['ask']['adjusted'] = null
  if (input.ask !== undefined) {
    from = 'user'
    ask = input.ask
  } else if (wanted <= offer.base) {
    from = 'terms'
    ask = offer.base
    const targetWords = target.explicit
      ? target.kind === 'percentile'
        ? `your target, ${percentilePhrase(target.value)} (${formatMoney(wanted)})`
        : `the base your take-home target of ${formatMoney(target.value)} needs (${formatMoney(wanted)})`
      : reference
        ? `the upper part of pay at ${levelLabel(reference)} (${formatMoney(wanted)})`
        : `the 75th percentile of the whole market (${formatMoney(wanted)})`
    warnings.push({
      id: 'offer-past-target',
      text: `The offer's base of ${formatMoney(offer.base)} (${percentilePhrase(currentPercentile)}) is already at or above ${targetWords}. A token raise of base is not worth spending the ask on: negotiate the other terms instead (sign-on, equity, start date).`,
    })
  } else if (target.explicit) {
    from = 'market'
    ask = Math.min(preciseFigure(wanted), MAX_AMOUNT)
  } else {
    from = reference ? 'level' : 'market'
    ;({ ask, adjusted } = ownAsk(input, wanted))
    ask = Math.min(ask, MAX_AMOUNT)
  }
  if (!(ask > 0) || !Number.isFinite(ask))
    throw new WorthFailure({ code: 'invalid-input', field: 'ask', message: 'Ask must be more than $0.' })
  if ((from === 'level' || (from === 'market' && !target.explicit)) && offer.base < input.levels[0])
    warnings.push({
      id: 'offer-below-level-one',
      text: `The offered base of ${formatMoney(offer.base)} is below DOL prevailing wage Level I for ${marketLabel} (${formatMoney(input.levels[0])}), the lowest wage DOL sets for the job there, so Worth's ask is at least Level I${adjusted === 'level-one' ? `, even though that is more than ${Math.round(MAX_STEP * 100)}% above the offer` : ''}. Say that the offer is below the area's entry-level wage.`,
    })

  const askPercentile = percentileOf(distribution, ask)
  const own = from === 'level' || (from === 'market' && !target.explicit)
  const { low, high } =
    from === 'terms'
      ? { low: offer.base, high: offer.base }
      : supportingRange(distribution, offer.base, ask, askPercentile, own)
  const askTotal = totalWithBase(offer, ask)
  const askTakeHome = takeHome ? takeHome(wagesInYear({ ...offer, base: ask }, 1)) : null
  const raise = round2(ask - offer.base)
  const raisePercent = round1((raise / offer.base) * 100)
  if (from !== 'terms')
    warnings.push(...guardRails(input, ask, askTotal, currentTotal, adjusted === 'level-one'))
  else
    warnings.push(
      ...guardRails(input, ask, askTotal, currentTotal, true).filter((w) => w.id.startsWith('walkaway')),
    )

  const change = raise >= 0 ? `${formatMoney(raise)} (${raisePercent}%) more` : `${formatMoney(-raise)} less`
  const takeHomeGain =
    askTakeHome !== null && currentTakeHome !== null ? round2(askTakeHome - currentTakeHome) : null
  const sentence =
    from === 'terms'
      ? `Keep the base at ${formatMoney(offer.base)} (${percentilePhrase(currentPercentile)} for ${marketLabel}): it already meets ${target.explicit ? 'your target' : reference ? `the upper part of pay for your level (${formatMoney(wanted)})` : `the market's 75th percentile (${formatMoney(wanted)})`}. Ask for other terms instead: a sign-on bonus, more equity, or the start date that suits you.`
      : `Ask for a base of ${formatMoney(ask)}: ${change} than the offer${takeHomeGain !== null ? `, about ${formatMoney(Math.abs(takeHomeGain))} ${takeHomeGain >= 0 ? 'more' : 'less'} take-home in the first year` : ''}.${askWhy(input, from, adjusted, target, askPercentile)} ${ask < offer.base ? `That is below the offer, so it is no counter: ask for at least ${formatMoney(offer.base)}.` : `Quote ${formatMoney(ask)} to ${formatMoney(high)}; below ${formatMoney(low)}, turn to sign-on, equity or bonus.`}`
  return {
    current: {
      base: offer.base,
      total: currentTotal,
      percentile: currentPercentile,
      takeHome: currentTakeHome,
    },
    target,
    reference: describeReference(input),
    ask: {
      base: ask,
      low,
      high,
      percentile: askPercentile,
      raise,
      raisePercent,
      takeHome: askTakeHome,
      takeHomeGain,
      from,
      adjusted,
      sentence,
    },
    stretch: from === 'user' || from === 'terms' ? null : stretchFor(input, ask, currentTakeHome),
    warnings,
  }
}

/** The bigger ask the market supports for the person's level (or the whole market), with its risk. */
function stretchFor(
  input: CounterOfferInput,
  ask: number,
  currentTakeHome: number | null,
): NegotiateResult['stretch'] {
  const { reference, distribution, offer, marketLabel, placeName, takeHome } = input
  const figure = reference
    ? reference.at(LEVEL_STRETCH_PERCENTILE)
    : distribution.quantile(MARKET_STRETCH_PERCENTILE / 100)
  const base = preciseFigure(figure)
  if (!(base > Math.max(ask, offer.base) * (1 + STRETCH_MARGIN))) return null
  const raise = round2(base - offer.base)
  const raisePercent = round1((raise / offer.base) * 100)
  const percentile = percentileOf(distribution, base)
  const stretchTakeHome = takeHome ? takeHome(wagesInYear({ ...offer, base }, 1)) : null
  const who = reference
    ? `the top of pay at ${levelLabel(reference)} in ${placeName}: about 1 in 20 people at that level are paid more (Worth's model)`
    : `the 90th percentile for ${marketLabel}: 1 in 10 are paid more, across every level of experience`
  return {
    base,
    percentile,
    raise,
    raisePercent,
    takeHome: stretchTakeHome,
    sentence: `Stretch: ${formatMoney(base)}, ${raisePercent}% above the offer and ${percentilePhrase(percentile)} for ${marketLabel}, is ${who}${stretchTakeHome !== null && currentTakeHome !== null ? `; about ${formatMoney(stretchTakeHome - currentTakeHome)} more take-home in the first year` : ''}. The risk: a jump this size can read as asking for a level above the role, and where the budget is fixed it can end the talk on base. Ask for it only with evidence to match, such as a competing offer near it or a scope bigger than the title.`,
  }
}
