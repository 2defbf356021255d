// Offers side by side: what each is worth, year by year, after tax and after cost of living.
//
// For each offer and each of the first four years: base (with the raise assumption), bonus (amount or % of base, times
// the payout what-if), stock vesting that year (times the stock-price what-if), sign-on (year 1, or split over years
// 1-2), relocation (year 1) and the employer's 401(k) match. Taxes come from the tax engine on wages (everything but
// the match, which is not taxed now); vested stock is taxed as wages in the year it vests, as RSUs are.
// Take-home adjusted for cost of living = take-home x 100 / the place's BEA price parity.
import { formatMoney, percentilePhrase } from '../../shared/format'
import { MAX_AMOUNT } from '../../shared/fields'
import type { Offer } from '../../shared/offer'
import type {
  CompareOptions,
  CompareResult,
  ComparedOffer,
  Measure,
  EquivalentSalaryResult,
  OfferCheckResult,
  OfferYear,
} from '../../shared/compare'
import { WorthFailure } from '../errors'
import { roundToCents } from '../../shared/money'
import type { Dataset } from '../dataset/indexDataset'
import { estimateOffer, resolveRole } from '../estimate/estimateOffer'
import type { MarketFor } from '../estimate/market'
import { computeTax } from '../tax/computeTax'
import { localTaxSources } from '../tax/local'
import { stateForPlace, workPlaceFor, type PlaceTax } from '../tax/stateForPlace'
import { TaxInputError, type Filing, type TaxResult } from '../tax/types'
import { cliffForfeit, VestingError } from './vesting'
import { benefitsAssumptions, employerHsa, matchForfeit, wagesAfterPremium } from './equity/benefits'
import { esppAssumptions, EsppError, esppYear } from './equity/espp'
import { withPayrollOfWagesOnly } from './equity/extraIncomeTax'
import { offerEquity, type OfferEquity } from './equity/offerEquity'
import { OptionsError } from './equity/options'
import { comparedOptions, optionsAfterTax } from './equity/optionsInCompare'
import { refreshAssumption, RefreshError } from './equity/refreshers'

export const COMPARE_YEARS = 4

/** A place message that is a whole sentence naming its input ("Location "Portland" could mean several places: …"). */
const namesItsField = (message: string) => /^(Location|Work location) "/.test(message)

function failOn(offer: Offer, field: string, message: string): never {
  throw new WorthFailure({
    code: 'invalid-input',
    field: `offers.${field}`,
    message: `Offer "${offer.label || offer.id}": ${namesItsField(message) ? message : `${field} ${message}`}`,
  })
}

/** Where an offer is taxed: the state, the home locality and a separate work place's locality. */
export interface TaxPlace {
  state: string
  locality: string | null
  workLocality: string | null
}

function taxFor(
  offer: Offer,
  wages: number,
  k401: number,
  place: TaxPlace,
  options: CompareOptions,
): TaxResult {
  try {
    return computeTax({
      year: options.taxYear,
      filing: options.filing,
      state: place.state,
      locality: place.locality,
      workLocality: place.workLocality,
      wages,
      k401,
    })
  } catch (e) {
    if (e instanceof TaxInputError) failOn(offer, e.field, e.message)
    throw e
  }
}

/** The offer's stock year by year; a grant Compare cannot use is refused naming the offer and the field. */
function equityOf(offer: Offer, options: CompareOptions): OfferEquity {
  try {
    return offerEquity(offer, COMPARE_YEARS, options.stockChangePercent)
  } catch (e) {
    if (e instanceof VestingError || e instanceof OptionsError) failOn(offer, 'equity', e.message)
    if (e instanceof RefreshError) failOn(offer, 'refresh', e.message)
    throw e
  }
}

function esppOf(offer: Offer, base: number) {
  try {
    return esppYear(offer.espp!, base)
  } catch (e) {
    if (e instanceof EsppError) failOn(offer, 'espp', e.message)
    throw e
  }
}

export function offerYears(
  offer: Offer,
  options: CompareOptions,
  place: TaxPlace,
  rpp: number,
  /** Collects what the tax engine says it did not model for these years, when given. */
  taxNotModelled?: Set<string>,
): OfferYear[] {
  const equity = equityOf(offer, options)
  const taxAt = (wages: number, k401: number) => taxFor(offer, wages, k401, place, options)
  const out: OfferYear[] = []
  let cumulative = 0
  for (let y = 1; y <= COMPARE_YEARS; y += 1) {
    const base = roundToCents(offer.base * (1 + offer.raisePercent / 100) ** (y - 1))
    const target = offer.bonus.kind === 'amount' ? offer.bonus.value : (base * offer.bonus.value) / 100
    const bonus = roundToCents((target * options.bonusPayoutPercent) / 100)
    const stock = equity.stock[y - 1]!
    const signon =
      offer.signon.paid === 'year1'
        ? y === 1
          ? offer.signon.amount
          : 0
        : y <= 2
          ? offer.signon.amount / 2
          : 0
    const relocation = y === 1 ? offer.relocation : 0
    const k401 = Math.min(options.k401, base + bonus + stock + signon + relocation)
    const matchable = Math.min(k401, (base * offer.match401k.upToPercent) / 100)
    const match401k = roundToCents((matchable * offer.match401k.matchPercent) / 100)
    const wages = roundToCents(base + bonus + stock + signon + relocation)
    // Taxed wages are less the pre-tax health premium; an ESPP gain is income but not wages for payroll taxes.
    const taxable = wagesAfterPremium(wages, offer.benefits)
    const espp = offer.espp ? esppOf(offer, base) : null
    // The year's taxes on its income (an ESPP gain included); an options spread is taxed on top of it.
    const incomeTaxed = taxable + (espp?.gain ?? 0)
    const atIncome = taxAt(incomeTaxed, k401)
    const tax = espp?.gain ? withPayrollOfWagesOnly(atIncome, taxAt(taxable, k401)) : atIncome
    for (const note of tax.notModelled) taxNotModelled?.add(note)
    const hsa = employerHsa(offer.benefits)
    const takeHome = roundToCents(tax.takeHome + hsa)
    cumulative = roundToCents(cumulative + takeHome)
    const extras: Partial<OfferYear> = {}
    if (equity.refresh) extras.refresh = equity.refresh[y - 1]!
    if (espp) extras.espp = espp
    if (offer.benefits) {
      extras.healthPremium = offer.benefits.healthPremium
      extras.hsaEmployer = hsa
    }
    const optionYear = equity.options?.years[y - 1]
    if (optionYear) {
      extras.equityByScenario = optionYear.byScenario
      extras.equityAfterTaxByScenario = optionsAfterTax(
        optionYear,
        equity.options!.grant.exercise,
        (w) => taxAt(w, k401),
        incomeTaxed,
        atIncome,
      )
      extras.optionShares = {
        vested: optionYear.sharesVested,
        ...(optionYear.refreshVested !== undefined ? { refreshVested: optionYear.refreshVested } : {}),
        exerciseCost: optionYear.exerciseCost,
      }
    }
    out.push({
      year: y,
      base,
      bonus,
      stock,
      signon: roundToCents(signon),
      relocation,
      match401k,
      gross: roundToCents(wages + match401k + (espp?.gain ?? 0) + hsa),
      wages,
      taxes: {
        federal: tax.federal,
        socialSecurity: tax.socialSecurity,
        medicare: tax.medicare,
        additionalMedicare: tax.additionalMedicare,
        stateIncome: tax.stateIncome,
        statePayroll: tax.statePayrollTotal,
        local: tax.local,
        total: tax.totalTax,
      },
      k401: tax.k401,
      takeHome,
      adjustedTakeHome: roundToCents((takeHome * 100) / rpp),
      cumulativeTakeHome: cumulative,
      ...extras,
    })
  }
  return out
}

type PriceParity = NonNullable<ReturnType<Dataset['priceParity']>>

export type OfferPlace =
  | (Extract<PlaceTax, { ok: true }> & {
      parity: PriceParity
      workLocality: string | null
      workLabel: string | null
      workNote: string | null
    })
  | { ok: false; field: 'location' | 'workLocation'; message: string }

/**
 * Where an offer's place is for tax and cost of living: its state and taxing city (stateForPlace) and its BEA price
 * parity (the metro's when the text names exactly one area, else the state's). Compare and the offer check share it.
 */
export function offerPlace(dataset: Dataset, location: string, workLocation?: string): OfferPlace {
  const resolve = (text: string) => dataset.locations.resolve(text)
  const place = stateForPlace(location, resolve)
  if (!place.ok) return { ...place, field: 'location' }
  const matches = resolve(location)
  const areaCode = matches.length === 1 ? matches[0]!.areaCode : place.state
  const parity = dataset.priceParity(areaCode) ?? dataset.priceParity(place.state)
  if (!parity)
    return {
      ok: false,
      field: 'location',
      message: `has no cost-of-living figure (BEA publishes none for ${place.state}).`,
    }
  const work = workPlaceFor(workLocation, place, resolve)
  if (!work.ok) return { ...work, field: 'workLocation' }
  return { ...place, parity, workLocality: work.workLocality, workLabel: work.label, workNote: work.note }
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * What would stop Compare from using an offer, by field, in plain words: the place (unknown, ambiguous, a whole
 * country or a metro across states), the title (no occupation matches) and the vesting schedule. Empty when fine.
 */
export function checkOffer(dataset: Dataset, offer: Offer): OfferCheckResult {
  const problems: OfferCheckResult['problems'] = []
  const place = offerPlace(dataset, offer.location, offer.workLocation)
  if (!place.ok)
    problems.push({
      field: place.field,
      message: place.message.startsWith('has ')
        ? `"${offer.location.trim()}" ${place.message}`
        : namesItsField(place.message)
          ? place.message
          : place.field === 'workLocation'
            ? `Work location "${offer.workLocation!.trim()}" ${place.message}`
            : sentenceCase(place.message),
    })
  try {
    resolveRole(dataset, offer.title)
  } catch (e) {
    if (!(e instanceof WorthFailure)) throw e
    problems.push({ field: 'title', message: e.error.message })
  }
  try {
    offerEquity(offer, COMPARE_YEARS, 0)
  } catch (e) {
    if (!(e instanceof VestingError || e instanceof OptionsError || e instanceof RefreshError)) throw e
    problems.push({ field: 'equity', message: e.message })
  }
  return { problems }
}

/** An offer's base pay percentile in its own market (no what-if changes it), or a note saying why there is none. */
export type OfferPercentile = Pick<ComparedOffer, 'percentile' | 'prevailingWage'>

/**
 * What Compare works out for an offer that no what-if changes: where it is taxed and its cost of living, and its base
 * pay percentile. `freshFacts` works them out at every call; `rememberedFacts` (offerFacts.ts) keeps the newest.
 */
export interface OfferFacts {
  place(offer: Offer): OfferPlace
  percentile(offer: Offer): OfferPercentile
}

export function basePercentile(dataset: Dataset, offer: Offer, marketFor?: MarketFor): OfferPercentile {
  try {
    const est = estimateOffer(
      dataset,
      {
        title: offer.title,
        location: offer.location,
        years: offer.years,
        base: offer.base,
        bonus: 0,
        stock: 0,
        signon: 0,
      },
      marketFor,
    )
    return {
      percentile: { base: est.percentile.base, sentence: est.percentile.sentence, note: null },
      prevailingWage: est.prevailingWage,
    }
  } catch (e) {
    if (!(e instanceof WorthFailure)) throw e
    return {
      percentile: { base: null, sentence: null, note: `No market percentile: ${e.error.message}` },
      prevailingWage: null,
    }
  }
}

export function freshFacts(dataset: Dataset, marketFor?: MarketFor): OfferFacts {
  return {
    place: (offer) => offerPlace(dataset, offer.location, offer.workLocation),
    percentile: (offer) => basePercentile(dataset, offer, marketFor),
  }
}

function compareOne(
  facts: OfferFacts,
  offer: Offer,
  options: CompareOptions,
  taxNotModelled: Set<string>,
): ComparedOffer & { notes: string[] } {
  const place = facts.place(offer)
  if (!place.ok) failOn(offer, place.field, place.message)
  const { parity } = place
  const years = offerYears(offer, options, place, parity.rpp, taxNotModelled)
  const { percentile, prevailingWage } = facts.percentile(offer)
  const avg = (pick: (y: OfferYear) => number) =>
    roundToCents(years.reduce((n, y) => n + pick(y), 0) / years.length)
  const first = years[0]!
  const matchRisk = matchForfeit(
    years.map((y) => y.match401k),
    offer.benefits,
  )
  const extras: Pick<ComparedOffer, 'matchVesting' | 'options'> = {}
  if (matchRisk) extras.matchVesting = matchRisk.sentence
  if (offer.equity.kind === 'options')
    extras.options = comparedOptions(offer.equity, years, parity.rpp, options.exitChancePercent)
  return {
    id: offer.id,
    label: offer.label || offer.id,
    location: offer.location,
    state: place.state,
    locality: place.locality,
    ...(place.workLabel ? { work: { location: place.workLabel, locality: place.workLocality } } : {}),
    col: { ...parity, adjustedTakeHome: first.adjustedTakeHome },
    percentile: { ...percentile },
    prevailingWage,
    years,
    firstYear: { gross: first.gross, takeHome: first.takeHome, adjustedTakeHome: first.adjustedTakeHome },
    average: {
      gross: avg((y) => y.gross),
      takeHome: avg((y) => y.takeHome),
      adjustedTakeHome: avg((y) => y.adjustedTakeHome),
    },
    cliff: cliffSentence(offer, options),
    ...extras,
    notModelled: [],
    notes: [
      ...new Set([
        ...[place.note, place.workNote].filter((n): n is string => n !== null),
        ...localTaxSources(place.locality, options.taxYear),
        ...localTaxSources(place.workLocality, options.taxYear, 'workers').map(
          (n) => `Working in ${place.workLabel}: ${n}`,
        ),
        ...(offer.espp ? esppAssumptions(offer.espp) : []),
        ...(offer.benefits ? benefitsAssumptions(offer.benefits) : []),
        ...(offer.refresh ? [refreshAssumption(offer.refresh, offer.equity)] : []),
      ]),
    ],
  }
}

/** What leaving before the cliff gives up: dollars of RSUs, or a number of options. */
function cliffSentence(offer: Offer, options: CompareOptions): string | null {
  const { equity } = offer
  if (equity.kind === 'options') {
    const forfeit = cliffForfeit(equity.schedule, equity.years, equity.shares)
    return forfeit
      ? `Leaving before month ${forfeit.months} forfeits ${Math.round(forfeit.amount).toLocaleString('en-US')} options.`
      : null
  }
  const forfeit = cliffForfeit(
    equity.schedule,
    equity.years,
    equity.total * (1 + options.stockChangePercent / 100),
  )
  return forfeit
    ? `Leaving before month ${forfeit.months} forfeits ${formatMoney(forfeit.amount)} of stock.`
    : null
}

const MEASURES: [Measure, (o: ComparedOffer) => number | null, string][] = [
  ['grossYear1', (o) => o.firstYear.gross, 'total compensation in year 1'],
  ['takeHomeYear1', (o) => o.firstYear.takeHome, 'take-home pay in year 1'],
  ['adjustedYear1', (o) => o.firstYear.adjustedTakeHome, 'take-home after cost of living in year 1'],
  ['grossAverage', (o) => o.average.gross, 'total compensation, 4-year average'],
  ['takeHomeAverage', (o) => o.average.takeHome, 'take-home pay, 4-year average'],
  ['adjustedAverage', (o) => o.average.adjustedTakeHome, 'take-home after cost of living, 4-year average'],
  ['percentile', (o) => o.percentile.base, 'base pay percentile in its own market'],
]

/** "A and B", "A, B and C". */
function listWords(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`
}

/**
 * One distinct label per offer, for every sentence: a label shared by offers at different companies gets the company
 * ("Austin (Northwind)"); one still shared is numbered in order ("Austin", "Austin (2)").
 */
export function distinctLabels(offers: Offer[]): string[] {
  const base = offers.map((o) => o.label.trim() || o.id)
  const count = (list: string[], value: string) => list.filter((v) => v === value).length
  const withCompany = base.map((label, i) => {
    if (count(base, label) < 2) return label
    const sharing = offers.filter((_, j) => base[j] === label)
    const companies = new Set(sharing.map((o) => o.company.trim()))
    const company = offers[i]!.company.trim()
    return companies.size > 1 && company ? `${label} (${company})` : label
  })
  const seen = new Map<string, number>()
  return withCompany.map((label) => {
    const n = (seen.get(label) ?? 0) + 1
    seen.set(label, n)
    if (n === 1) return label
    let numbered = `${label} (${n})`
    while (withCompany.includes(numbered)) numbered = `${numbered} (${n})`
    return numbered
  })
}

export function compareOffers(
  dataset: Dataset,
  offers: Offer[],
  options: CompareOptions,
  marketFor?: MarketFor,
  /** Where the what-if-free facts of each offer come from (by default worked out afresh). */
  facts: OfferFacts = freshFacts(dataset, marketFor),
): CompareResult {
  if (offers.length < 2 || offers.length > 6) {
    throw new WorthFailure({
      code: 'invalid-input',
      field: 'offers',
      message: `Compare 2 to 6 offers; got ${offers.length}.`,
    })
  }
  const taxNotes = new Set<string>()
  const names = distinctLabels(offers)
  const compared = offers.map((o, i) => ({
    ...compareOne(facts, o, options, taxNotes),
    label: names[i]!,
  }))
  const ranking = {} as CompareResult['ranking']
  const summary: string[] = []
  for (const [measure, pick, words] of MEASURES) {
    const rows = compared
      .map((o) => ({ id: o.id, value: pick(o) }))
      .filter((r): r is { id: string; value: number } => r.value !== null)
      .sort((a, b) => b.value - a.value)
    const best = rows[0]
    ranking[measure] = rows.map((r) => ({ ...r, behindBest: best ? roundToCents(best.value - r.value) : 0 }))
    if (best && rows.length > 1) {
      const label = (id: string) => compared.find((o) => o.id === id)!.label
      const shown = (v: number) => (measure === 'percentile' ? v.toFixed(1) : formatMoney(v))
      // Offers whose figures read the same once rounded for the sentence share first place.
      const tied = rows.filter((r) => shown(r.value) === shown(best.value))
      if (tied.length > 1) {
        const each =
          measure === 'percentile'
            ? `${percentilePhrase(best.value)} each`
            : `${formatMoney(best.value)} each`
        summary.push(`Best ${words}: a tie between ${listWords(tied.map((r) => label(r.id)))} (${each}).`)
      } else {
        const second = rows[1]!
        const gap =
          measure === 'percentile'
            ? `${(best.value - second.value).toFixed(1)} percentile points`
            : formatMoney(best.value - second.value)
        summary.push(`Best ${words}: ${label(best.id)}, ${gap} ahead of ${label(second.id)}.`)
      }
    }
  }
  const crossovers: CompareResult['crossovers'] = []
  for (const a of compared) {
    for (const b of compared) {
      if (a === b) continue
      for (let y = 1; y < COMPARE_YEARS; y += 1) {
        const before = a.years[y - 1]!.cumulativeTakeHome - b.years[y - 1]!.cumulativeTakeHome
        const after = a.years[y]!.cumulativeTakeHome - b.years[y]!.cumulativeTakeHome
        if (before < 0 && after >= 0) {
          crossovers.push({
            year: y + 1,
            leader: a.id,
            overtaken: b.id,
            sentence: `${a.label} overtakes ${b.label} in cumulative take-home pay in year ${y + 1}.`,
          })
        }
      }
    }
  }
  const notModelled = [
    'RSUs (and refresh grants) are valued at the grant value times the stock-price what-if, and taxed as wages when they vest; capital gains after vesting are not modelled.',
    'Options are valued per exit scenario as if bought and sold at the exit in the year they vest: NSO spreads taxed as pay, ISO spreads as ordinary income (sold the year bought); the AMT on ISOs held longer, and capital gains, are not modelled.',
    'The employer 401(k) match counts in total compensation but not in take-home pay; it assumes you contribute the 401(k) amount set above.',
    "Every year uses the same tax year's brackets; future inflation adjustments are not applied.",
    'Relocation is treated as taxable wages in year 1.',
  ]
  return {
    options,
    offers: compared.map(({ notes, ...o }) => ({ ...o, notModelled: notes })),
    ranking,
    crossovers,
    summary,
    notModelled: [...notModelled, ...taxNotes],
  }
}

/**
 * The base salary in place B that leaves the same take-home after cost of living as `wages` in place A
 * (same filing status and 401(k) contribution), with a sentence saying so.
 */
export function equivalentSalary(
  dataset: Dataset,
  input: {
    wages: number
    from: string
    to: string
    /** Where the person works when it differs from where they live, on either side. */
    fromWork?: string
    toWork?: string
    filing: Filing
    k401: number
    taxYear: 2025 | 2026
  },
): EquivalentSalaryResult {
  const side = (text: string, work: string | undefined, field: 'from' | 'to') => {
    const p = offerPlace(dataset, text, work)
    const Side = field === 'from' ? 'From' : 'To'
    if (!p.ok)
      throw new WorthFailure({
        code: 'invalid-input',
        field: p.field === 'workLocation' ? `${field}Work` : field,
        message: namesItsField(p.message)
          ? `${Side} ${p.message.charAt(0).toLowerCase()}${p.message.slice(1)}` // "To location "Portland" could mean …"
          : p.field === 'workLocation'
            ? `${Side} work location: "${work!.trim()}" ${p.message}`
            : p.message.startsWith('has ')
              ? `${Side} location: "${text.trim()}" ${p.message}`
              : `${Side} location: ${p.message}`,
      })
    return { ...p, rpp: p.parity.rpp }
  }
  const a = side(input.from, input.fromWork, 'from')
  const b = side(input.to, input.toWork, 'to')
  const adjusted = (wages: number, s: typeof a) =>
    (computeTax({
      year: input.taxYear,
      filing: input.filing,
      state: s.state,
      locality: s.locality,
      workLocality: s.workLocality,
      wages,
      k401: input.k401,
    }).takeHome *
      100) /
    s.rpp
  const target = adjusted(input.wages, a)
  // The search stays inside the range every other part of Worth accepts (computeTax refuses wages above it).
  if (adjusted(MAX_AMOUNT, b) < target)
    throw new WorthFailure({
      code: 'invalid-input',
      field: 'wages',
      message: `Wages: the same take-home after cost of living in ${b.label} would need more than ${formatMoney(MAX_AMOUNT)} a year, the most Worth computes.`,
    })
  let lo = 0
  let hi = MAX_AMOUNT
  for (let i = 0; i < 80; i += 1) {
    const mid = (lo + hi) / 2
    if (adjusted(mid, b) < target) lo = mid
    else hi = mid
  }
  const wages = Math.round(hi)
  return {
    wages,
    fromAdjusted: roundToCents(target),
    toAdjusted: roundToCents(adjusted(wages, b)),
    fromRpp: a.rpp,
    toRpp: b.rpp,
    fromPlace: a.label,
    toPlace: b.label,
    sentence: `${formatMoney(input.wages)} in ${a.label} is worth about ${formatMoney(Math.round(wages / 100) * 100)} in ${b.label} after tax and cost of living.`,
    // Two sides in the same place share their notes: say each once.
    notes: [
      ...new Set([
        ...[a.note, a.workNote, b.note, b.workNote].filter((n): n is string => n !== null),
        ...[a, b].flatMap((s) => [
          ...localTaxSources(s.locality, input.taxYear).map((n) => `${s.label}: ${n}`),
          ...localTaxSources(s.workLocality, input.taxYear, 'workers').map(
            (n) => `${s.label}, working in ${s.workLabel}: ${n}`,
          ),
        ]),
      ]),
    ],
  }
}
