import { describe, expect, it } from 'vitest'
import { CompareInputSchema } from '../../shared/contract'
import type { Offer } from '../../shared/offer'
import { WorthFailure } from '../app/dispatch'
import { realDataset } from '../testing/realDataset'
import { computeTax } from '../tax/computeTax'
import { compareOffers, equivalentSalary } from './compareOffers'

const d = realDataset()
const base: Offer = {
  id: 'sea',
  label: 'Seattle',
  company: 'Northwind',
  title: 'Software Engineer',
  location: 'Seattle, WA',
  years: 5,
  base: 180000,
  bonus: { kind: 'percent', value: 10 },
  equity: { total: 160000, years: 4, schedule: { kind: 'cliff', cliffMonths: 12, then: 'monthly' } },
  signon: { amount: 20000, paid: 'year1' },
  relocation: 0,
  match401k: { matchPercent: 50, upToPercent: 6 },
  raisePercent: 0,
  notes: '',
  createdAt: '2026-11-28T00:00:00.000Z',
  updatedAt: '2026-11-28T00:00:00.000Z',
}
const sf: Offer = { ...base, id: 'sf', label: 'San Francisco', location: 'San Francisco, CA', base: 195000 }
const austin: Offer = {
  ...base,
  id: 'aus',
  label: 'Austin',
  location: 'Austin, TX',
  base: 165000,
  equity: { total: 100000, years: 4, schedule: { kind: 'custom', percents: [5, 15, 40, 40] } },
  signon: { amount: 40000, paid: 'split' },
}
const options = CompareInputSchema.parse({ offers: [base, sf], k401: 10000 })
const compare = (offers: Offer[], extra: Record<string, unknown> = {}) => {
  const { offers: parsed, ...opts } = CompareInputSchema.parse({ offers, k401: 10000, ...extra })
  return compareOffers(d, parsed, opts)
}

describe('compareOffers', () => {
  const r = compare([base, sf, austin])
  const sea = r.offers.find((o) => o.id === 'sea')!

  it('builds year 1 from its parts', () => {
    const y1 = sea.years[0]!
    // 180,000 base + 18,000 bonus + 40,000 stock (25% at the 12-month cliff) + 20,000 sign-on; match 50% of 10,000.
    expect(y1).toMatchObject({
      base: 180000,
      bonus: 18000,
      stock: 40000,
      signon: 20000,
      relocation: 0,
      match401k: 5000,
      wages: 258000,
      gross: 263000,
    })
    const tax = computeTax({ year: 2025, filing: 'single', state: 'WA', wages: 258000, k401: 10000 })
    expect(y1.takeHome).toBe(tax.takeHome)
    expect(y1.taxes.total).toBe(tax.totalTax)
    expect(y1.taxes.stateIncome).toBe(0)
    expect(y1.adjustedTakeHome).toBeCloseTo((tax.takeHome * 100) / 112.99, 2)
    expect(sea.col).toMatchObject({ rpp: 112.99, scope: 'metro' })
  })

  it('follows each vesting schedule, split sign-on and raises', () => {
    const aus = r.offers.find((o) => o.id === 'aus')!
    expect(aus.years.map((y) => y.stock)).toEqual([5000, 15000, 40000, 40000])
    expect(aus.years.map((y) => y.signon)).toEqual([20000, 20000, 0, 0])
    const raised = compare([{ ...base, raisePercent: 3 }, sf]).offers[0]!
    expect(raised.years.map((y) => y.base)).toEqual([180000, 185400, 190962, 196690.86])
  })

  it('ranks every measure, states the gaps in dollars and finds crossovers', () => {
    expect(r.ranking.grossYear1[0]!.id).toBe('sf')
    expect(r.ranking.adjustedYear1.map((x) => x.id)).toContain('aus')
    for (const rows of Object.values(r.ranking)) expect(rows[0]!.behindBest).toBe(0)
    expect(r.summary.some((s) => /^Best take-home pay in year 1: .+, \$[\d,]+ ahead of/.test(s))).toBe(true)
    // A crossover can only happen after year 1 (cumulative take-home starts there); 'crossovers' below pins one.
    expect(r.crossovers.every((c) => c.year > 1)).toBe(true)
    expect(sea.cliff).toBe('Leaving before month 12 forfeits $40,000 of stock.')
    expect(sea.percentile.base).toBeGreaterThan(40)
  })

  it("lists, once each, what the tax engine did not model for every offer's place", () => {
    const taxNotes = (o: (typeof r.offers)[number]) =>
      computeTax({
        year: 2025,
        filing: 'single',
        state: o.state as never,
        locality: o.locality as never,
        wages: o.years[0]!.wages,
        k401: 10000,
      }).notModelled
    const expected = new Set([...taxNotes(r.offers[0]!), ...taxNotes(r.offers[1]!)])
    expect(expected.size).toBeGreaterThan(0)
    for (const note of expected) expect(r.notModelled.filter((n) => n === note)).toHaveLength(1)
  })

  it('recomputes with the what-ifs', () => {
    const down = compare([base, sf], { stockChangePercent: -50, bonusPayoutPercent: 50, filing: 'joint' })
    expect(down.offers[0]!.years[0]).toMatchObject({ stock: 20000, bonus: 9000 })
    expect(down.options.filing).toBe('joint')
  })

  it('names the offer and field on bad input', () => {
    const fail = (offers: Offer[]) => {
      try {
        compare(offers)
      } catch (e) {
        return (e as WorthFailure).error.message
      }
      return ''
    }
    expect(fail([{ ...base, location: 'Atlantis' }, sf])).toMatch(/^Offer "Seattle": location /)
    expect(
      fail([
        base,
        { ...sf, equity: { ...sf.equity, schedule: { kind: 'custom', percents: [50, 40, 5, 1] } } },
      ]),
    ).toMatch(/^Offer "San Francisco": equity .*add up to 100/)
    expect(() => CompareInputSchema.parse({ offers: [base] })).toThrow()
    expect(options.taxYear).toBe(2025)
  })
})

describe('crossovers', () => {
  it('says when a steadier offer overtakes one with a large sign-on', () => {
    const signon: Offer = {
      ...base,
      id: 'a',
      label: 'Big sign-on',
      base: 150000,
      signon: { amount: 60000, paid: 'year1' },
    }
    const steady: Offer = {
      ...base,
      id: 'b',
      label: 'Higher base',
      base: 175000,
      signon: { amount: 0, paid: 'year1' },
    }
    const r = compare([signon, steady])
    // Year 1: 150k + 60k sign-on beats 175k; from year 2 the 25k higher base wins back the 35k gap.
    expect(r.offers[0]!.years[0]!.takeHome).toBeGreaterThan(r.offers[1]!.years[0]!.takeHome)
    expect(r.crossovers).toEqual([
      {
        year: 3,
        leader: 'b',
        overtaken: 'a',
        sentence: 'Higher base overtakes Big sign-on in cumulative take-home pay in year 3.',
      },
    ])
  })
})

describe('equivalentSalary', () => {
  it('finds the Seattle wage that matches an Austin wage after tax and cost of living', () => {
    const eq = equivalentSalary(d, {
      wages: 150000,
      from: 'Austin, TX',
      to: 'Seattle, WA',
      filing: 'single',
      k401: 0,
      taxYear: 2025,
    })
    expect(eq.fromRpp).toBe(97.62)
    expect(eq.toRpp).toBe(112.99)
    const check = computeTax({ year: 2025, filing: 'single', state: 'WA', wages: eq.wages, k401: 0 })
    expect((check.takeHome * 100) / 112.99).toBeCloseTo(eq.fromAdjusted, -1)
    expect(eq.wages).toBeGreaterThan(150000)
  })
})
