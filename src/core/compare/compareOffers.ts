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
import { cliffForfeit, vestingByYear, VestingError } from './vesting'

export const COMPARE_YEARS = 4

function failOn(offer: Offer, field: string, message: string): never {
  throw new WorthFailure({
    code: 'invalid-input',
    field: `offers.${field}`,
    message: `Offer "${offer.label || offer.id}": ${field} ${message}`,
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

export function offerYears(
  offer: Offer,
  options: CompareOptions,
  place: TaxPlace,
  rpp: number,
  /** Collects what the tax engine says it did not model for these years, when given. */
  taxNotModelled?: Set<string>,
): OfferYear[] {
  let vest: number[]
  try {
    vest = vestingByYear(offer.equity.schedule, offer.equity.years)
  } catch (e) {
    if (e instanceof VestingError) failOn(offer, 'equity', e.message)
    throw e
  }
  const out: OfferYear[] = []
  let cumulative = 0
  for (let y = 1; y <= COMPARE_YEARS; y += 1) {
    const base = roundToCents(offer.base * (1 + offer.raisePercent / 100) ** (y - 1))
    const target = offer.bonus.kind === 'amount' ? offer.bonus.value : (base * offer.bonus.value) / 100
    const bonus = roundToCents((target * options.bonusPayoutPercent) / 100)
    const stock = roundToCents(
      offer.equity.total * (vest[y - 1] ?? 0) * (1 + options.stockChangePercent / 100),
    )
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
    const tax = taxFor(offer, wages, k401, place, options)
    for (const note of tax.notModelled) taxNotModelled?.add(note)
    const takeHome = tax.takeHome
    cumulative = roundToCents(cumulative + takeHome)
    out.push({
      year: y,
      base,
      bonus,
      stock,
      signon: roundToCents(signon),
      relocation,
      match401k,
      gross: roundToCents(wages + match401k),
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
    vestingByYear(offer.equity.schedule, offer.equity.years)
  } catch (e) {
    if (!(e instanceof VestingError)) throw e
    problems.push({ field: 'equity', message: e.message })
  }
  return { problems }
}

function compareOne(
  dataset: Dataset,
  offer: Offer,
  options: CompareOptions,
  marketFor: MarketFor | undefined,
  taxNotModelled: Set<string>,
): ComparedOffer & { notes: string[] } {
  const place = offerPlace(dataset, offer.location, offer.workLocation)
  if (!place.ok) failOn(offer, place.field, place.message)
  const { parity } = place
  const years = offerYears(offer, options, place, parity.rpp, taxNotModelled)
  let percentile: ComparedOffer['percentile'] = { base: null, sentence: null, note: null }
  let prevailingWage: ComparedOffer['prevailingWage'] = null
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
    percentile = { base: est.percentile.base, sentence: est.percentile.sentence, note: null }
    prevailingWage = est.prevailingWage
  } catch (e) {
    if (!(e instanceof WorthFailure)) throw e
    percentile = { base: null, sentence: null, note: `No market percentile: ${e.error.message}` }
  }
  const avg = (pick: (y: OfferYear) => number) =>
    roundToCents(years.reduce((n, y) => n + pick(y), 0) / years.length)
  const forfeit = cliffForfeit(
    offer.equity.schedule,
    offer.equity.years,
    offer.equity.total * (1 + options.stockChangePercent / 100),
  )
  const first = years[0]!
  return {
    id: offer.id,
    label: offer.label || offer.id,
    location: offer.location,
    state: place.state,
    locality: place.locality,
    ...(place.workLabel ? { work: { location: place.workLabel, locality: place.workLocality } } : {}),
    col: { ...parity, adjustedTakeHome: first.adjustedTakeHome },
    percentile,
    prevailingWage,
    years,
    firstYear: { gross: first.gross, takeHome: first.takeHome, adjustedTakeHome: first.adjustedTakeHome },
    average: {
      gross: avg((y) => y.gross),
      takeHome: avg((y) => y.takeHome),
      adjustedTakeHome: avg((y) => y.adjustedTakeHome),
    },
    cliff: forfeit
      ? `Leaving before month ${forfeit.months} forfeits ${formatMoney(forfeit.amount)} of stock.`
      : null,
    notModelled: [],
    notes: [
      ...new Set([
        ...[place.note, place.workNote].filter((n): n is string => n !== null),
        ...localTaxSources(place.locality, options.taxYear),
        ...localTaxSources(place.workLocality, options.taxYear, 'workers').map(
          (n) => `Working in ${place.workLabel}: ${n}`,
        ),
      ]),
    ],
  }
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
    ...compareOne(dataset, o, options, marketFor, taxNotes),
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
    'Stock is valued at the grant value times the stock-price what-if, and taxed as wages when it vests (as RSUs are); options, ESPP and capital gains are not modelled.',
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
        message:
          p.field === 'workLocation'
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
