// Options, refreshers, ESPP and benefits in Compare, with figures worked by hand from the 2025 federal brackets
// (single: 24% from $103,350 to $197,300 of taxable income, standard deduction $15,750; Social Security 6.2% up to
// $176,100 of wages; Medicare 1.45%). Texas and Washington have no income tax.
import { describe, expect, it } from 'vitest'
import { CompareInputSchema } from '../../shared/contract'
import type { Offer } from '../../shared/offer'
import { realDataset } from '../testing/realDataset'
import { checkOffer, compareOffers } from './compareOffers'
import startupVsPublic from '../../../test/fixtures/startup-vs-public.json'

const d = realDataset()
// test/fixtures/startup-vs-public.json: an Austin startup (40,000 ISOs at a $1.20 strike, 409A $1.50, preferred $6, a
// $2,400 health premium, $500 of HSA money, the match vesting after 3 years) and a Seattle company ($200,000 of RSUs
// over 4 years, a $40,000 yearly refresh, a 10% ESPP at 15% off); no bonus or sign-on in either.
const [startup, bigCo] = startupVsPublic.offers as Offer[] as [Offer, Offer]
const run = (offers: Offer[], extra: Record<string, unknown> = {}) => {
  const { offers: parsed, ...opts } = CompareInputSchema.parse({ offers, k401: 10_000, ...extra })
  return compareOffers(d, parsed, opts)
}

describe('Compare with options, refreshers, ESPP and benefits', () => {
  const r = run([startup, bigCo], { exitChancePercent: 25 })
  const s = r.offers.find((o) => o.id === 'startup')!
  const b = r.offers.find((o) => o.id === 'bigco')!

  it('values the options per exit scenario, year by year: spread x the 10,000 shares vesting each year', () => {
    expect(s.years.map((y) => y.equityByScenario)).toEqual(
      new Array(4).fill({ '409A': 3_000, Preferred: 48_000, Acquired: 188_000 }),
    )
    expect(s.years[0]!.optionShares).toEqual({ vested: 10_000, exerciseCost: 12_000 })
    // Options are not cash: they are not in the year's stock, wages or take-home.
    expect(s.years[0]!.stock).toBe(0)
  })

  it('takes the tax off each scenario: an ISO sold the year bought pays income tax only', () => {
    // Wages 150,000 - 2,400 premium = 147,600; taxable after the deduction and the 10,000 401(k): 121,850.
    // Preferred adds 48,000, all at 24% (to 169,850): 11,520 of tax.
    expect(s.years[0]!.equityAfterTaxByScenario!.Preferred).toBe(48_000 - 11_520)
  })

  it('taxes an NSO spread as pay, Social Security up to its wage base included', () => {
    const nso = run([
      { ...startup, equity: { ...startup.equity, exercise: 'nso' } as Offer['equity'] },
      bigCo,
    ])
    // Federal 11,520; Social Security on 176,100 - 147,600 = 28,500 (1,767); Medicare 1.45% of 48,000 (696).
    expect(nso.offers[0]!.years[0]!.equityAfterTaxByScenario!.Preferred).toBe(48_000 - 11_520 - 1_767 - 696)
  })

  it('sums the scenarios over the four years, with the exit-chance what-if beside them', () => {
    const preferred = s.options!.scenarios.find((x) => x.name === 'Preferred')!
    expect(preferred).toEqual({
      name: 'Preferred',
      pricePerShare: 6,
      preTax: 192_000,
      afterTax: 4 * 36_480,
      // In the national average's dollars: 145,920 x 100 / 97.62, Austin's 2023 price parity (BEA).
      afterCostOfLiving: 149_477.57,
      expected: (4 * 36_480) / 4,
      // Year by year: optionsInCompare.test.ts.
      byYear: expect.any(Array),
    })
    expect(s.col.rpp).toBe(97.62)
    expect(s.options!.explained.join(' ')).toMatch(/90 days.*AMT/s)
    expect(run([startup, bigCo]).offers[0]!.options!.scenarios[0]!.expected).toBeNull()
  })

  it('counts the pre-tax premium, the employer HSA and the match vesting', () => {
    const without = run([{ ...startup, benefits: undefined }, bigCo]).offers[0]!
    // -2,400 of premium, +24% federal, 6.2% and 1.45% saved on it (759.60), +500 of HSA.
    expect(s.years[0]!.takeHome - without.years[0]!.takeHome).toBeCloseTo(-2_400 + 759.6 + 500, 2)
    expect(s.years[0]).toMatchObject({ healthPremium: 2_400, hsaEmployer: 500 })
    // The match: 50% of the 9,000 (6% of base) contributed = 4,500 a year; leaving before 3 years loses 13,500.
    expect(s.matchVesting).toBe(
      'Leaving before 3 years gives up the employer’s 401(k) match so far: up to $13,500 (the match of years 1–3).',
    )
    expect(s.cliff).toBe('Leaving before month 12 forfeits 10,000 options.')
  })

  it('stacks refresh grants on the RSU grant: 50,000 + 0, 10,000, 20,000, 30,000', () => {
    expect(b.years.map((y) => y.stock)).toEqual([50_000, 60_000, 70_000, 80_000])
    expect(b.years.map((y) => y.refresh)).toEqual([0, 10_000, 20_000, 30_000])
    expect(b.notModelled.join(' ')).toMatch(/Refresh grants: \$40,000 every year from the first anniversary/)
  })

  it('adds the ESPP discount gain, taxed as income without payroll taxes', () => {
    // 10% of 185,000 = 18,500 put in (under 21,250); gain 18,500 x 15 / 85 = 3,264.71.
    expect(b.years[0]!.espp).toEqual({ contributions: 18_500, gain: 3_264.71, limited: false })
    const without = run([startup, { ...bigCo, espp: undefined }]).offers[1]!
    // Year-1 wages 235,000 (185,000 + 50,000 of stock); taxable 209,250 is in the 32% bracket (197,300 to 250,525).
    expect(b.years[0]!.takeHome - without.years[0]!.takeHome).toBeCloseTo(3_264.71 * (1 - 0.32), 1)
    expect(b.years[0]!.gross - without.years[0]!.gross).toBeCloseTo(3_264.71, 2)
    expect(b.notModelled.join(' ')).toMatch(/lookback: not modelled/)
  })

  it('leaves an offer without the new fields exactly as before (no new keys)', () => {
    const plain: Offer = {
      ...bigCo,
      id: 'plain',
      equity: { total: 200_000, years: 4, schedule: { kind: 'even' } },
    }
    delete plain.refresh
    delete plain.espp
    const y1 = run([plain, startup]).offers[0]!.years[0]!
    expect(Object.keys(y1)).not.toContain('refresh')
    expect(Object.keys(y1)).not.toContain('equityByScenario')
    expect(run([plain, startup]).offers[0]).not.toHaveProperty('options')
  })

  it('refuses a refresh in dollars on an options offer, naming the field', () => {
    const withRefresh = { ...startup, refresh: { amount: 40_000, everyYears: 1, vestYears: 4 } }
    expect(() => run([withRefresh, bigCo])).toThrow(/Startup.*refresh.*number of options/)
    expect(checkOffer(d, withRefresh).problems).toEqual([
      { field: 'equity', message: expect.stringMatching(/not in dollars/) },
    ])
  })
})
