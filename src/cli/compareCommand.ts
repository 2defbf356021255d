// worth compare --offers FILE.json [--filing single|joint|hoh] [--year 2025|2026] [--k401 N] [--json]
// Reads an offers export (the file the app's "Export JSON" writes) and compares the offers in it.
import type { ChannelResults, Reply } from '../shared/contract'
import type { ComparedOffer, CompareResult } from '../shared/compare'
import { formatMoney, formatPrice, percentileAt } from '../shared/format'
import { readOffersExport, type Offer } from '../shared/offer'
import { dispatch } from '../core/app/dispatch'
import { flagFor, readDecimal, readMoneyFlag } from './args'
import { readInputFile } from './readInputFile'
import type { CommandRunner } from './command'
import { oneLine } from './run'
import { escapeControl } from './terminal'

export const COMPARE_USAGE =
  '  worth compare --offers FILE.json [--pick "A,B,..."] [--filing single|joint|hoh] [--year 2025|2026] [--k401 N] [--exit-chance PERCENT] [--json]'

export function compareJson(r: CompareResult): Record<string, unknown> {
  return {
    options: r.options,
    offers: r.offers.map((o) => ({
      id: o.id,
      label: o.label,
      location: o.location,
      state: o.state,
      locality: o.locality,
      ...(o.work ? { workLocation: o.work.location, workLocality: o.work.locality } : {}),
      percentile: { base: o.percentile.base },
      prevailingWage: o.prevailingWage,
      col: { rpp: o.col.rpp, scope: o.col.scope, year: o.col.year, adjustedTakeHome: o.col.adjustedTakeHome },
      years: o.years.map((y) => ({
        year: y.year,
        gross: y.gross,
        wages: y.wages,
        base: y.base,
        bonus: y.bonus,
        stock: y.stock,
        signon: y.signon,
        relocation: y.relocation,
        match401k: y.match401k,
        federal: y.taxes.federal,
        socialSecurity: y.taxes.socialSecurity,
        medicare: y.taxes.medicare,
        additionalMedicare: y.taxes.additionalMedicare,
        stateIncome: y.taxes.stateIncome,
        statePayroll: y.taxes.statePayroll,
        local: y.taxes.local,
        totalTax: y.taxes.total,
        k401: y.k401,
        takeHome: y.takeHome,
        col: { rpp: o.col.rpp, adjustedTakeHome: y.adjustedTakeHome },
        // Only for offers that have them:
        ...pick(y, [
          'refresh',
          'espp',
          'healthPremium',
          'hsaEmployer',
          'equityByScenario',
          'equityAfterTaxByScenario',
          'optionShares',
        ]),
      })),
      firstYear: o.firstYear,
      average: o.average,
      cliff: o.cliff,
      ...pick(o, ['matchVesting', 'options']),
      notes: o.notModelled,
    })),
    ranking: r.ranking,
    crossovers: r.crossovers,
    summary: r.summary,
    notModelled: r.notModelled,
  }
}

/** The keys of `from` that are present (the optional parts of a result), as a new object. */
function pick<T extends object, K extends keyof T>(from: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {}
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key]
  return out
}

/** An options offer's scenarios over the compared years, one line. */
function optionsText(label: string, options: NonNullable<ComparedOffer['options']>): string {
  const each = options.scenarios.map(
    (s) =>
      `${escapeControl(s.name)} (${formatPrice(s.pricePerShare)} a share) ${formatMoney(s.preTax)} before tax, ${formatMoney(s.afterTax)} after${s.expected === null ? '' : `, expected ${formatMoney(s.expected)}`}`,
  )
  return `${escapeControl(label)} options (${options.shares.toLocaleString('en-US')} ${options.exercise.toUpperCase()}s at a ${formatPrice(options.strike)} strike), 4 years' vesting by exit price: ${each.join('; ')}.`
}

function compareText(r: CompareResult): string {
  const lines = r.offers.map(
    (o) =>
      `${escapeControl(o.label)} (${escapeControl(o.location)}${o.work ? `, working in ${escapeControl(o.work.location)}` : ''}): year 1 total ${formatMoney(o.firstYear.gross)}, take-home ${formatMoney(o.firstYear.takeHome)}, after cost of living ${formatMoney(o.firstYear.adjustedTakeHome)} (RPP ${o.col.rpp}); 4-year average take-home ${formatMoney(o.average.takeHome)}; base ${o.percentile.base === null ? 'at an unknown percentile' : percentileAt('at', o.percentile.base)}${o.prevailingWage?.level ? `, prevailing wage ${o.prevailingWage.level === 'below I' ? 'below Level I' : `Level ${o.prevailingWage.level}`}` : ''}.${o.cliff ? ` ${o.cliff}` : ''}`,
  )
  const extras = r.offers.flatMap((o) => [
    ...(o.options ? [optionsText(o.label, o.options)] : []),
    ...(o.matchVesting ? [`${escapeControl(o.label)}: ${o.matchVesting}`] : []),
  ])
  return [...lines, ...extras, ...r.summary, ...r.crossovers.map((c) => c.sentence)].join('\n')
}

/**
 * The offers named by --pick (labels or ids, comma-separated, in that order), or all of them without it: an export
 * may hold more offers than a comparison takes (2 to 6).
 */
export function pickOffers(
  offers: Offer[],
  pick: string | undefined,
): { ok: true; offers: Offer[] } | { ok: false; message: string } {
  if (pick === undefined) return { ok: true, offers }
  const names = pick
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  if (names.length === 0) return { ok: false, message: 'give offer labels or ids separated by commas.' }
  const chosen: Offer[] = []
  for (const name of names) {
    const wanted = name.toLowerCase()
    const matches = offers.filter((offer) => offer.id === name || offer.label.toLowerCase() === wanted)
    if (matches.length === 0)
      return {
        ok: false,
        message: `no offer is labelled "${name}"; the file has ${offers.map((offer) => `"${offer.label}"`).join(', ')}.`,
      }
    if (matches.length > 1)
      return {
        ok: false,
        message: `${matches.length} offers are labelled "${name}"; pick them by id (${matches.map((m) => m.id).join(', ')}).`,
      }
    if (!chosen.includes(matches[0]!)) chosen.push(matches[0]!)
  }
  return { ok: true, offers: chosen }
}

export const runCompareCommand: CommandRunner = (o, json, io, handlers, fail) => {
  const path = o.get('offers')
  if (!path) return fail('--offers', 'missing; give the path of an offers export, e.g. --offers offers.json.')
  const read = readInputFile(path)
  if (!read.ok) return fail('--offers', read.message)
  const file = readOffersExport(read.text)
  // readOffersExport speaks of importing (the app's wording); here the file is being compared.
  if (!file.ok)
    return fail('--offers', file.message.replace(/Nothing was imported\.$/, 'Nothing was compared.'))
  const picked = pickOffers(file.offers, o.get('pick'))
  if (!picked.ok) return fail('--pick', picked.message)
  const count = picked.offers.length
  if (count < 2 || count > 6) {
    return o.has('pick')
      ? fail('--pick', `a comparison takes 2 to 6 offers; ${count} picked.`)
      : fail(
          '--offers',
          `the file has ${count} offer${count === 1 ? '' : 's'}; a comparison takes 2 to 6${count > 6 ? ': choose them with --pick "Label 1,Label 2"' : ''}.`,
        )
  }
  const filing = (o.get('filing') ?? 'single').trim().toLowerCase()
  if (filing !== 'single' && filing !== 'joint' && filing !== 'hoh')
    return fail('--filing', `must be single, joint or hoh (head of household), not "${filing}".`)
  const yearText = (o.get('year') ?? '2025').trim()
  if (yearText !== '2025' && yearText !== '2026') return fail('--year', 'must be 2025 or 2026.')
  const k401 = readMoneyFlag(o.get('k401'), { label: 'the 401(k) contribution', max: 100_000, yearly: false })
  if (!k401.ok) return fail('--k401', k401.message)
  const chanceText = o.get('exit-chance')
  const chance = chanceText === undefined ? undefined : readDecimal(chanceText.replace(/%\s*$/, ''))
  if (chance === null || (chance !== undefined && chance > 100))
    return fail('--exit-chance', 'must be a percent from 0 to 100, e.g. --exit-chance 20.')
  const reply = dispatch(handlers(), 'compare:offers', {
    offers: picked.offers,
    filing,
    taxYear: yearText === '2026' ? 2026 : 2025,
    k401: k401.value ?? 0,
    ...(chance === undefined ? {} : { exitChancePercent: chance }),
  }) as Reply<ChannelResults['compare:offers']>
  if (!reply.ok) return fail(flagFor('compare', reply.error.field, o), oneLine(reply.error.message))
  io.out(json ? JSON.stringify(compareJson(reply.value), null, 2) : compareText(reply.value))
  return 0
}
