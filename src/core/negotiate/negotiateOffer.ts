// The counter-offer calculator: from an offer and a target to a precise ask, its range, trade-offs, tips and scripts.
// Wires the pure parts together over the real market (estimateOffer), tax engine and price parities. See
// docs/negotiate.md.
import type { ParsedInput } from '../../shared/contract'
import { formatMoney, percentilePhrase } from '../../shared/format'
import type { NegotiateResult, OtherTerms } from '../../shared/negotiate'
import type { LocationMatch, SourceRef } from '../../shared/types'
import { WorthFailure } from '../errors'
import type { Dataset } from '../dataset/indexDataset'
import { estimateOffer, resolvePlace } from '../estimate/estimateOffer'
import { levelWages } from '../estimate/experience'
import { buildMarket, type MarketFor } from '../estimate/market'
import { localityName } from '../tax/local'
import { stateForPlace } from '../tax/stateForPlace'
import { citationsFor } from './citations'
import { counterOffer, TERMS_SHARE, totalWithBase } from './counterOffer'
import { levelReference } from './levelReference'
import { preciseFigure } from './preciseAsk'
import { buildScripts } from './scripts'
import { NEGOTIATE_TAX_YEAR, takeHomeFor, type OfferParts, type TakeHomeOf } from './takeHome'
import { chooseTips, type Situation } from './tips'
import { TRADEOFF_YEARS, tradeoffsFor } from './tradeoffs'

export type NegotiateInput = ParsedInput<'negotiate:offer'>

const FILING_WORDS = { single: 'single', joint: 'married filing jointly', hoh: 'head of household' } as const
const SOURCE_NAMES: Record<string, string> = {
  'bls-oews': 'BLS OEWS',
  'dol-oflc': 'DOL OFLC prevailing wage levels',
}

/** "BLS OEWS, May 2024; DOL OFLC prevailing wage levels, wage year July 2025 - June 2026". */
export function marketSourceText(sources: SourceRef[]): string {
  return sources
    .filter((s) => SOURCE_NAMES[s.id])
    .map((s) => `${SOURCE_NAMES[s.id]}, ${s.release.replace(/^Wage year/, 'wage year')}`)
    .join('; ')
}

function priceParityOf(dataset: Dataset, place: LocationMatch) {
  return dataset.priceParity(place.areaCode) ?? (place.state ? dataset.priceParity(place.state) : null)
}

function currentPlace(dataset: Dataset, text: string): LocationMatch {
  try {
    return resolvePlace(dataset, text)
  } catch (e) {
    if (!(e instanceof WorthFailure)) throw e
    throw new WorthFailure({
      ...e.error,
      field: 'currentLocation',
      message: `Where you live now: ${e.error.message}`,
    })
  }
}

function taxFor(
  dataset: Dataset,
  input: NegotiateInput,
): { takeHome: TakeHomeOf | null; note: string | null } {
  const place = stateForPlace(input.location, (text) => dataset.locations.resolve(text))
  if (!place.ok)
    return {
      takeHome: null,
      note: `Take-home pay is not shown: it depends on the state's taxes, and Worth cannot tell which state "${input.location.trim()}" is in. To see it, ${place.message.replace(/^[^;]*; /, '')}`,
    }
  const where = `${place.state}${place.locality ? `, ${localityName(place.locality)}` : ''}`
  return {
    takeHome: takeHomeFor(place, input.filing),
    note: `Take-home pay is Worth's estimate with ${NEGOTIATE_TAX_YEAR} tax rules (federal and ${where}) for a ${FILING_WORDS[input.filing]} filer, on the first year's wages (base, bonus, stock and the whole sign-on), with no 401(k) contribution; see docs/taxes.md for what is not modelled.${place.note ? ` ${place.note}` : ''}`,
  }
}

/** When base stays as offered: the other terms, priced at a modest raise for one year. */
function otherTermsFor(offer: OfferParts, takeHome: TakeHomeOf | null): OtherTerms {
  const value = preciseFigure(offer.base * TERMS_SHARE, 'up')
  const net = takeHome
    ? (takeHome(offer.base + offer.bonus + offer.stock + offer.signon + value) ?? null)
    : null
  const before = takeHome ? takeHome(offer.base + offer.bonus + offer.stock + offer.signon) : null
  const afterTax =
    net !== null && before !== null ? `, about ${formatMoney(net - before)} after tax in year 1` : ''
  return {
    value,
    share: TERMS_SHARE,
    sentence: `Base already meets the target, so ask for the rest of the package: a sign-on bonus of ${formatMoney(value)} (the first-year value of a ${Math.round(TERMS_SHARE * 100)}% raise${afterTax}), an extra equity grant of ${formatMoney(value * 4)} over 4 years, or a start date that suits you (time off between jobs, or an earlier start if it brings a bonus or vesting date sooner). A sign-on costs the employer once, so it is often the easiest yes; unlike base it does not carry into later years.`,
  }
}

export function negotiateOffer(
  dataset: Dataset,
  input: NegotiateInput,
  marketFor: MarketFor = (occ, place) => buildMarket(dataset, occ, place),
): NegotiateResult {
  const estimate = estimateOffer(
    dataset,
    {
      title: input.title,
      location: input.location,
      base: input.base,
      bonus: input.bonus,
      stock: input.stock,
      signon: input.signon,
      ...(input.soc ? { soc: input.soc } : {}),
      ...(input.areaCode ? { areaCode: input.areaCode } : {}),
      ...(input.years !== undefined ? { years: input.years } : {}),
    },
    marketFor,
  )
  const occ = dataset.occupationBySoc.get(estimate.role.soc)!
  const place = resolvePlace(dataset, input.location, input.areaCode)
  const market = marketFor(occ, place)!
  const summary = estimate.market
  const placeName = summary.scope === 'area' ? summary.areaName : 'the United States'
  const offer: OfferParts = { base: input.base, bonus: input.bonus, stock: input.stock, signon: input.signon }
  const tax = taxFor(dataset, input)

  const levels = levelWages(market.distribution, summary.scope === 'area' ? summary.levels : null)
  const years = input.years ?? null
  const counterInput = {
    distribution: market.distribution,
    offer,
    target: input.target,
    reference: years === null ? null : levelReference(years, levels, summary.scope === 'area'),
    levels,
    placeName,
    walkaway: input.walkaway ?? null,
    takeHome: tax.takeHome,
    marketLabel: `${occ.title} in ${placeName}`,
  }
  const counter = counterOffer({ ...counterInput, ask: input.ask })
  // A typed ask below the offered base is no counter: the tips and scripts pitch Worth's own ask instead (and say so).
  const askBelowOffer = counter.ask.from === 'user' && counter.ask.base < offer.base
  const pitchCounter = askBelowOffer ? counterOffer(counterInput) : counter
  const pitch = pitchCounter.ask
  const otherTerms = pitch.from === 'terms' ? otherTermsFor(offer, tax.takeHome) : null
  const tradeoffs = otherTerms
    ? tradeoffsFor(offer, otherTerms.value, tax.takeHome, `a ${Math.round(TERMS_SHARE * 100)}% raise`)
    : tradeoffsFor(offer, counter.ask.raise, tax.takeHome)

  const notes: string[] = []
  let move: Situation['move'] = null
  if (input.currentLocation?.trim()) {
    const from = currentPlace(dataset, input.currentLocation)
    const fromParity = priceParityOf(dataset, from)
    const toParity = priceParityOf(dataset, place)
    if (fromParity && toParity) {
      move = { from: from.label, fromRpp: fromParity.rpp, toRpp: toParity.rpp }
      notes.push(
        `Cost of living: BEA regional price parities (all items, ${toParity.year}; US = 100): ${toParity.rpp} for ${place.label}, ${fromParity.rpp} for ${from.label}.`,
      )
    } else {
      notes.push(
        `No cost-of-living comparison: BEA publishes no price parity for ${fromParity ? place.label : from.label}.`,
      )
    }
  }

  const alternative = input.alternative ?? null
  const walkaway = input.walkaway ?? null
  const warnings = [...counter.warnings]
  // The ask the tips and scripts pitch (Worth's own when a typed ask is below the offer).
  const askTotal = totalWithBase(offer, pitch.base)
  if (alternative !== null && alternative > askTotal) {
    const matchingBase = preciseFigure(alternative - (askTotal - pitch.base), 'up')
    warnings.push({
      id: 'alternative-above-ask',
      text: `Your other offer pays ${formatMoney(alternative)} a year, ${formatMoney(alternative - askTotal)} more than this one would even at ${askBelowOffer ? "Worth's" : 'your'} ask (a total of ${formatMoney(askTotal)}: base ${formatMoney(pitch.base)} plus bonus, stock and a quarter of the sign-on). A base of ${formatMoney(matchingBase)} would match it; ask for that, or for the difference in sign-on, equity or bonus.`,
    })
  }
  const situation: Situation = {
    occupation: occ.title,
    place: placeName,
    offer: { ...offer, total: counter.current.total },
    percentile: counter.current.percentile,
    market: { p50: summary.p50, p75: summary.p75 },
    ask: { base: pitch.base, high: pitch.high, raise: pitch.raise, from: pitch.from },
    otherTerms: otherTerms?.value ?? null,
    experience: estimate.experience,
    alternative,
    walkaway,
    remote: input.remote,
    move,
  }
  const tips = chooseTips(situation)
  const scripts = buildScripts({
    roleTitle: input.title,
    occupation: occ.title,
    place: placeName,
    offer: { base: offer.base, total: counter.current.total, percentile: counter.current.percentile },
    ask: { base: pitch.base, high: pitch.high, percentile: pitch.percentile },
    otherTerms: otherTerms?.value ?? null,
    market: { p50: summary.p50, p75: summary.p75 },
    source: marketSourceText(estimate.sources),
    alternative,
  })

  notes.unshift(
    `The ask, its range and every percentile here are read from Worth's market distribution for ${occ.title} in ${placeName} (${marketSourceText(estimate.sources)}); between and beyond the published points the curve is modelled (docs/estimator.md).`,
    ...(tax.note ? [tax.note] : []),
    `Trade-offs value equity at its grant value, vesting evenly over ${TRADEOFF_YEARS} years and taxed as wages when it vests, and a bonus at its full target; a raise on base would also lift later raises and percentage bonuses, which they do not.`,
    ...estimate.notes,
  )
  if (askBelowOffer)
    notes.push(
      pitch.from === 'terms'
        ? `Your ask of ${formatMoney(counter.ask.base)} is below the offered base of ${formatMoney(offer.base)}, so it is not a counter; the offer already meets Worth's target, so the tips and scripts ask for other terms instead (a sign-on of ${formatMoney(otherTerms!.value)}). To use your own figure, make your ask at least the offer.`
        : `Your ask of ${formatMoney(counter.ask.base)} is below the offered base of ${formatMoney(offer.base)}, so it is not a counter: the tips and scripts use Worth's own ask instead, ${formatMoney(pitch.base)} (${percentilePhrase(pitch.percentile)}; quote ${formatMoney(pitch.base)} to ${formatMoney(pitch.high)}). To use your own figure, make your ask at least the offer.`,
    )
  notes.unshift(counter.reference.sentence)
  if (tips.some((t) => t.id === 'no-equity' || t.id === 'light-equity'))
    notes.push("The equity tips use Worth's rule of thumb (stock of 10% of base a year), not measured data.")

  return {
    estimate,
    current: counter.current,
    target: counter.target,
    reference: counter.reference,
    ask: counter.ask,
    stretch: counter.stretch,
    otherTerms,
    alternative,
    walkaway,
    tradeoffs,
    tips,
    warnings,
    scripts,
    citations: citationsFor(tips.flatMap((t) => t.cites)),
    notes,
  }
}
