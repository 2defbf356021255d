import { describe, expect, it } from 'vitest'
import { CompareInputSchema } from '../../shared/contract'
import type { Offer } from '../../shared/offer'
import { WorthFailure } from '../errors'
import { realDataset } from '../testing/realDataset'
import { equivalentAt } from '../testing/equivalentAt'
import { computeTax } from '../tax/computeTax'
import { dispatch } from '../app/dispatch'
import { createHandlers } from '../app/handlers'
import { checkOffer, compareOffers } from './compareOffers'
import { SEATTLE, sampleOffer } from '../../../test/fixtures/offers'

const d = realDataset()
/** The test offers' Seattle, as these figures were pinned for: a Software Engineer at $180,000, no raises. */
const base: Offer = sampleOffer({
  id: 'sea',
  title: 'Software Engineer',
  base: 180000,
  equity: { ...(SEATTLE.equity as Extract<Offer['equity'], { total: number }>), total: 160000 },
  signon: { amount: 20000, paid: 'year1' },
  relocation: 0,
  raisePercent: 0,
})
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
    // The schema refuses such a schedule first; compareOffers still names it when called without the schema.
    const badVesting: Offer = {
      ...sf,
      equity: { ...sf.equity, schedule: { kind: 'custom', percents: [50, 40, 5, 1] } },
    }
    expect(() => compare([base, badVesting])).toThrow(/adding up to 100; got 4 \(50-40-5-1\) adding up to 96/)
    let direct = ''
    try {
      compareOffers(d, [base, badVesting], options)
    } catch (e) {
      direct = (e as WorthFailure).error.message
    }
    expect(direct).toMatch(/^Offer "San Francisco": equity .*add up to 100/)
    expect(() => CompareInputSchema.parse({ offers: [base] })).toThrow()
    expect(options.taxYear).toBe(2025)
  })
})

describe('crossovers', () => {
  it('says when a steadier offer overtakes one with a large sign-on', () => {
    const offer = (id: string, label: string, pay: number, signon: number): Offer => ({
      ...base,
      id,
      label,
      base: pay,
      signon: { amount: signon, paid: 'year1' },
    })
    const signon = offer('a', 'Big sign-on', 150000, 60000)
    const steady = offer('b', 'Higher base', 175000, 0)
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
    const eq = equivalentAt(150000, 'Austin, TX', 'Seattle, WA')
    expect(eq.fromRpp).toBe(97.62)
    expect(eq.toRpp).toBe(112.99)
    const check = computeTax({ year: 2025, filing: 'single', state: 'WA', wages: eq.wages, k401: 0 })
    expect((check.takeHome * 100) / 112.99).toBeCloseTo(eq.fromAdjusted, -1)
    expect(eq.wages).toBeGreaterThan(150000)
  })

  it('states each note once when both places share it (Baltimore City to Baltimore City)', () => {
    const eq = equivalentAt(110000, 'Baltimore, MD', 'Baltimore, MD')
    expect(eq.notes.length).toBeGreaterThanOrEqual(2)
    expect(new Set(eq.notes).size).toBe(eq.notes.length)
    expect(eq.notes.some((n) => n.includes('Baltimore City income tax included'))).toBe(true)
  })
})

describe('checkOffer and the offer:check channel', () => {
  const handlers = createHandlers(d)
  const check = (offer: Offer) => dispatch(handlers, 'offer:check', { offer })

  it('finds nothing wrong with an offer Compare can use', () => {
    expect(check(base)).toEqual({ ok: true, value: { problems: [] } })
    expect(checkOffer(d, { ...base, location: 'NY' })).toEqual({ problems: [] })
    expect(checkOffer(d, { ...base, location: 'Kansas City, KS' })).toEqual({ problems: [] })
  })

  it('names the field and what to type instead', () => {
    const r = check({ ...base, location: 'Portland', title: 'Qqqq' })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.problems.map((p) => p.field)).toEqual(['location', 'title'])
    expect(r.value.problems[0]!.message).toBe(
      'Location "Portland" could mean several places: Portland, OR (Portland-Vancouver-Hillsboro, OR-WA); Portland, ME (Portland-South Portland, ME). Add the state, e.g. "Portland, OR".',
    )
    expect(r.value.problems[1]!.message).toMatch(/^Job title: "Qqqq" is not a job title Worth knows/)
    expect(checkOffer(d, { ...base, location: 'United States' }).problems[0]).toEqual({
      field: 'location',
      message: 'Taxes depend on the state; give a state or a city and state, e.g. "Texas" or "Denver, CO".',
    })
    expect(checkOffer(d, { ...base, location: 'Atlantis' }).problems[0]!.message).toMatch(
      /^No place called "Atlantis" is known; give a city and state/,
    )
  })

  it('runs the same place resolution Compare does (Compare refuses what the check reports)', () => {
    const portland = { ...sf, location: 'Portland' }
    expect(checkOffer(d, portland).problems).toHaveLength(1)
    expect(() => compare([base, portland])).toThrow(
      /^Offer ".*": Location "Portland" could mean several places: Portland, OR .*; Portland, ME /,
    )
  })

  it('reports a vesting schedule Compare cannot use under equity', () => {
    const bad = {
      ...base,
      equity: {
        ...base.equity,
        schedule: { kind: 'cliff' as const, cliffMonths: 60, then: 'monthly' as const },
      },
    }
    expect(checkOffer(d, bad).problems).toEqual([
      { field: 'equity', message: 'The cliff must be between 0 and 48 months.' },
    ])
  })
})

describe('the compare:equivalent channel', () => {
  const handlers = createHandlers(d)

  it('says what a salary in one place is worth in another, with both sides after cost of living', () => {
    const r = dispatch(handlers, 'compare:equivalent', {
      wages: 150000,
      from: 'Austin, TX',
      to: 'Seattle, WA',
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value).toMatchObject({
      fromPlace: 'Austin, TX',
      toPlace: 'Seattle, WA',
      fromRpp: 97.62,
      toRpp: 112.99,
    })
    expect(r.value.toAdjusted).toBeCloseTo(r.value.fromAdjusted, 0)
    const rounded = Math.round(r.value.wages / 100) * 100
    expect(r.value.sentence).toBe(
      `$150,000 in Austin, TX is worth about $${rounded.toLocaleString('en-US')} in Seattle, WA after tax and cost of living.`,
    )
  })

  it('reads a bare state code and names the side that is wrong', () => {
    const ny = dispatch(handlers, 'compare:equivalent', { wages: 150000, from: 'NY', to: 'TX' })
    expect(ny).toMatchObject({ ok: true, value: { fromPlace: 'New York', toPlace: 'Texas' } })
    const bad = dispatch(handlers, 'compare:equivalent', {
      wages: 150000,
      from: 'Austin, TX',
      to: 'Portland',
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'to' } })
    const zero = dispatch(handlers, 'compare:equivalent', { wages: 0, from: 'Austin, TX', to: 'TX' })
    expect(zero).toMatchObject({ ok: false, error: { field: 'wages' } })
  })
})

describe('compareOffers with a state code or a city in the second state of a metro', () => {
  it('compares offers at "NY", "Kansas City, KS" and "Texarkana, AR"', () => {
    const r = compare([
      { ...base, id: 'ny', location: 'NY' },
      { ...base, id: 'kck', location: 'Kansas City, KS' },
      { ...base, id: 'tex', location: 'Texarkana, AR' },
    ])
    expect(r.offers.map((o) => [o.state, o.locality])).toEqual([
      ['NY', null],
      ['KS', null],
      ['AR', null],
    ])
    expect(r.offers[0]!.notModelled).toContain(
      'Read "NY" as the state; for the city\'s own tax, give the city and state, e.g. "New York, NY".',
    )
  })
})

describe('compareOffers labels and ties', () => {
  const sentences = (r: ReturnType<typeof compare>) => [...r.summary, ...r.crossovers.map((c) => c.sentence)]

  it('tells apart two offers sharing a label, by company when it differs, else by number', () => {
    const a = { ...austin, id: 'a1', company: 'Northwind' }
    const b = { ...austin, id: 'a2', company: 'Contoso', base: 175000 }
    const byCompany = compare([a, b])
    expect(byCompany.offers.map((o) => o.label)).toEqual(['Austin (Northwind)', 'Austin (Contoso)'])
    expect(byCompany.summary[0]).toBe(
      'Best total compensation in year 1: Austin (Contoso), $11,050 ahead of Austin (Northwind).',
    )
    const sameCompany = compare([a, { ...b, company: 'Northwind' }, { ...sf, label: 'Austin (2)' }])
    const labels = sameCompany.offers.map((o) => o.label)
    expect(new Set(labels).size).toBe(3)
    expect(labels.slice(0, 2)).toEqual(['Austin', 'Austin (2) (2)'])
    for (const s of sentences(sameCompany)) expect(s).not.toMatch(/Austin, .* ahead of Austin\./)
  })

  it('never says an offer overtakes one with the same name', () => {
    const steady: Offer = {
      ...base,
      id: 'a',
      label: 'Seattle',
      signon: { amount: 0, paid: 'year1' },
      base: 200000,
    }
    const upfront: Offer = { ...base, id: 'b', label: 'Seattle', signon: { amount: 60000, paid: 'year1' } }
    const r = compare([steady, upfront])
    expect(r.crossovers).toHaveLength(1)
    expect(r.crossovers[0]!.sentence).toMatch(/^Seattle (\(2\) )?overtakes Seattle( \(2\))? in cumulative/)
    for (const s of sentences(r))
      expect(s).not.toMatch(/: Seattle, .* ahead of Seattle\.$|Seattle overtakes Seattle in/)
  })

  it('reads a tie as a tie, not "0.0 percentile points ahead" or "$0 ahead"', () => {
    const twin = { ...base, id: 'twin', label: 'Seattle again' }
    const r = compare([base, twin])
    for (const s of r.summary) {
      expect(s).toMatch(/: a tie between Seattle and Seattle again \(.* each\)\.$/)
      expect(s).not.toMatch(/ahead/)
    }
  })
})
