// The ask: a precise base salary to counter with, its supporting range, and the guard rails around it.
//
// Target: a market percentile (default the 75th) or a first-year take-home amount, solved for base by bisection.
// Ask ('market'): the precise figure at the target. If the target is not above the offer's base, the ask is a floor
// ('floor'): the base plus 5%, precise. A typed ask ('user') is used as typed and checked.
// Range: low = the precise figure 10 percentile points below the ask, never below the offer's base nor above the ask;
// high = the precise figure 10 points above the ask (at most the 95th percentile), never under the ask plus 5%.
import type { NegotiateResult, NegotiateWarning } from '../../shared/negotiate'
import { MAX_AMOUNT } from '../../shared/fields'
import { formatMoney, percentileAt, percentilePhrase } from '../../shared/format'
import { WorthFailure } from '../app/dispatch'
import { offerSummary } from '../estimate/estimateOffer'
import type { WageDistribution } from '../market/distribution'
import { preciseFigure } from './preciseAsk'
import { round2, wagesInYear, type OfferParts, type TakeHomeOf } from './takeHome'

export const DEFAULT_TARGET_PERCENTILE = 75
/** The ask when the offer already meets the target: this much above the offer's base. */
export const FLOOR_RAISE = 0.05
/** Half-width of the supporting range, in percentile points. */
export const RANGE_POINTS = 10
/** The range's top never goes past this percentile of the market (unless the ask itself does). */
export const RANGE_CAP_PERCENTILE = 95
/** Above this percentile an ask is flagged as beyond almost all of the market. */
export const OUTLIER_PERCENTILE = 99
/** An ask more than this much above the offered base gets a warning (Worth's rule of thumb, not a measured limit). */
export const BIG_JUMP = 0.25

export type Target = { kind: 'percentile'; value: number } | { kind: 'takeHome'; value: number }

export interface CounterOfferInput {
  distribution: WageDistribution
  offer: OfferParts
  target: Target
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
  ask: NegotiateResult['ask']
  warnings: NegotiateWarning[]
}

const round1 = (v: number) => Math.round(v * 10) / 10

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

function targetBase(input: CounterOfferInput): number {
  const { target, distribution } = input
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

function supportingRange(distribution: WageDistribution, base: number, ask: number, askPercentile: number) {
  const at = (percentile: number) => preciseFigure(distribution.quantile(percentile / 100))
  const marketLow = at(Math.max(1, askPercentile - RANGE_POINTS))
  const low = Math.min(ask, Math.max(marketLow, preciseFigure(base, 'up')))
  const marketHigh = at(Math.max(1, Math.min(RANGE_CAP_PERCENTILE, askPercentile + RANGE_POINTS)))
  // Never quote above the largest base Worth accepts anywhere.
  const high = Math.min(MAX_AMOUNT, Math.max(marketHigh, preciseFigure(ask * (1 + FLOOR_RAISE), 'up')))
  return { low, high }
}

function guardRails(
  input: CounterOfferInput,
  ask: number,
  askTotal: number,
  currentTotal: number,
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
  if (ask > offer.base * (1 + BIG_JUMP)) {
    const median = preciseFigure(distribution.quantile(0.5))
    const jump = Math.round(((ask - offer.base) / offer.base) * 100)
    warnings.push({
      id: 'ask-far-above-offer',
      text: `Your ask of ${formatMoney(ask)} is ${jump}% above the offered base of ${formatMoney(offer.base)}. A jump of more than a quarter is a big step to win in one counter (Worth's rule of thumb, not a measured limit): bring the market figures as evidence, check the role's level matches the market you are quoting, and decide in advance which lower figure you would accept${median > offer.base * 1.05 && median < ask ? ` — the market median, ${formatMoney(median)}, is a more modest ask` : ''}.`,
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

export function counterOffer(input: CounterOfferInput): CounterOffer {
  const { distribution, offer, takeHome, marketLabel } = input
  const currentTotal = totalWithBase(offer, offer.base)
  const currentPercentile = percentileOf(distribution, offer.base)
  const currentTakeHome = takeHome ? takeHome(wagesInYear(offer, 1)) : null

  const wanted = targetBase(input)
  const targetPercentile = percentileOf(distribution, wanted)
  const warnings: NegotiateWarning[] = []
  let from: NegotiateResult['ask']['from']
  let ask: number
  const fivePercentMore = preciseFigure(offer.base * (1 + FLOOR_RAISE), 'up')
  const capped = fivePercentMore > MAX_AMOUNT
  if (input.ask !== undefined) {
    from = 'user'
    ask = input.ask
  } else if (wanted > offer.base) {
    from = 'market'
    ask = Math.min(preciseFigure(wanted), MAX_AMOUNT)
  } else {
    from = 'floor'
    ask = Math.min(fivePercentMore, MAX_AMOUNT)
    const targetWords =
      input.target.kind === 'percentile'
        ? `your target, ${percentilePhrase(input.target.value)} (${formatMoney(wanted)})`
        : `the base your take-home target of ${formatMoney(input.target.value)} needs (${formatMoney(wanted)})`
    warnings.push({
      id: 'offer-past-target',
      text: `The offer's base of ${formatMoney(offer.base)} (${percentilePhrase(currentPercentile)}) is already at or above ${targetWords}. ${ask > offer.base ? `Worth suggests a modest ask of ${formatMoney(ask)}, ${capped ? `Worth's cap` : '5% more'}, and leaning on the other parts of the offer.` : `It is at Worth's cap of ${formatMoney(MAX_AMOUNT)}, so Worth suggests no higher base: lean on the other parts of the offer.`}`,
    })
  }
  if (!(ask > 0) || !Number.isFinite(ask))
    throw new WorthFailure({ code: 'invalid-input', field: 'ask', message: 'Ask must be more than $0.' })

  const askPercentile = percentileOf(distribution, ask)
  const { low, high } = supportingRange(distribution, offer.base, ask, askPercentile)
  const askTotal = totalWithBase(offer, ask)
  const askTakeHome = takeHome ? takeHome(wagesInYear({ ...offer, base: ask }, 1)) : null
  const raise = round2(ask - offer.base)
  const raisePercent = round1((raise / offer.base) * 100)
  warnings.push(...guardRails(input, ask, askTotal, currentTotal))

  const why =
    from === 'market'
      ? `, ${percentileAt('about', askPercentile)} for ${marketLabel}`
      : from === 'floor'
        ? `, ${capped ? `Worth's cap of ${formatMoney(MAX_AMOUNT)}` : '5% above the offer'} (${percentilePhrase(askPercentile)} for ${marketLabel})`
        : ` (your figure; ${percentilePhrase(askPercentile)} for ${marketLabel})`
  const change = raise >= 0 ? `${formatMoney(raise)} (${raisePercent}%) more` : `${formatMoney(-raise)} less`
  const takeHomeGain =
    askTakeHome !== null && currentTakeHome !== null ? round2(askTakeHome - currentTakeHome) : null
  return {
    current: {
      base: offer.base,
      total: currentTotal,
      percentile: currentPercentile,
      takeHome: currentTakeHome,
    },
    target: { kind: input.target.kind, value: input.target.value, percentile: targetPercentile },
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
      sentence: `Ask for a base of ${formatMoney(ask)}${why}: ${change} than the offer${takeHomeGain !== null ? `, about ${formatMoney(Math.abs(takeHomeGain))} ${takeHomeGain >= 0 ? 'more' : 'less'} take-home in the first year` : ''}. ${ask < offer.base ? `That is below the offer, so it is no counter: ask for at least ${formatMoney(offer.base)}.` : `Quote ${formatMoney(ask)} to ${formatMoney(high)}; below ${formatMoney(low)}, turn to sign-on, equity or bonus.`}`,
    },
    warnings,
  }
}
