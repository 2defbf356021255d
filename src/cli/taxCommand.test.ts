import { describe, expect, it } from 'vitest'
import { createHandlers } from '../core/app/handlers'
import { realDataset } from '../core/testing/realDataset'
import { runTaxCommand } from './taxCommand'

const handlers = createHandlers(realDataset())

function run(opts: Record<string, string>, flags: string[] = ['json']) {
  const out: string[] = []
  const err: string[] = []
  let loaded = false
  const code = runTaxCommand(
    new Map(Object.entries(opts)),
    new Set(flags),
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    () => {
      loaded = true
      return handlers
    },
  )
  return { code, out: out.join('\n'), err, loaded }
}

describe('worth tax', () => {
  it('does not claim "no credits" in its text answer when a credit was applied (NYC school tax credits)', () => {
    const r = run({ income: '150000', location: 'New York City' }, [])
    expect(r.code).toBe(0)
    expect(r.out).not.toContain('no credits or itemising')
    expect(r.out).toContain("New York City's school tax credits")
  })

  it('prints the JSON the issue specifies', () => {
    const r = run({ income: '100000', location: 'Texas' })
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(json).toMatchObject({
      year: 2025,
      filing: 'single',
      state: 'TX',
      gross: 100_000,
      federal: 13_449,
      socialSecurity: 6_200,
      medicare: 1_450,
      additionalMedicare: 0,
      stateIncome: 0,
      statePayroll: 0,
      local: 0,
      totalTax: 21_099,
      takeHome: 78_901,
    })
    expect(json.notModelled.length).toBeGreaterThan(5)
  })

  it('resolves cities to a state and a locality', () => {
    const ny = JSON.parse(run({ income: '150k', location: 'New York, NY' }).out)
    expect(ny).toMatchObject({
      state: 'NY',
      locality: 'nyc',
      stateIncome: 8_433.06, // recapture included: see computeTax.test.ts
      local: 4_998.69, // school tax credits included: see computeTax.test.ts
      statePayroll: 385.73,
    })
    const sea = JSON.parse(
      run({ income: '100,000', location: 'Seattle, WA', filing: 'joint', k401: '10000' }).out,
    )
    expect(sea).toMatchObject({
      state: 'WA',
      filing: 'joint',
      k401: 10_000,
      stateIncome: 0,
      statePayroll: 1_237.98,
    })
    expect(sea.statePayrollPrograms).toHaveLength(2)
    const phl = JSON.parse(run({ income: '100000', location: 'Philadelphia, PA', year: '2025' }).out)
    expect(phl).toMatchObject({ state: 'PA', locality: 'philadelphia', stateIncome: 3_070, local: 3_745 })
  })

  it('local taxes of the four cities of issue 12, each named, with its citation', () => {
    const json = (income: string, location: string) => JSON.parse(run({ income, location }).out)
    const bal = json('110000', 'Baltimore, MD')
    expect(bal).toMatchObject({ locality: 'md-baltimore-city', local: 3_361.6 })
    expect(bal.citations.map((c: { jurisdiction: string }) => c.jurisdiction)).toContain('Baltimore City')
    expect(bal.notModelled[0]).toContain('Baltimore County, MD')
    expect(json('90000', 'Columbus, OH')).toMatchObject({ locality: 'oh-columbus', local: 2_250 })
    expect(json('150000', 'Pittsburgh, PA').localTaxes).toEqual([
      { name: 'Pittsburgh earned income tax', amount: 4_500 },
      { name: 'Pittsburgh local services tax', amount: 52 },
    ])
    expect(json('200000', 'Portland, OR')).toMatchObject({ locality: 'or-portland', local: 1_839.13 })
    // A metro area naming no county asks for one and applies none.
    const metro = json('110000', 'Baltimore-Columbia-Towson, MD')
    expect(metro).toMatchObject({ locality: null, local: 0 })
    expect(metro.notModelled.join(' ')).toContain('Give the county or city you live in')
  })

  it('--work-location: a Columbus resident working in Dublin pays Dublin and the rest to Columbus', () => {
    const r = JSON.parse(
      run({ income: '90000', location: 'Columbus, OH', 'work-location': 'Dublin, OH' }).out,
    )
    expect(r).toMatchObject({ locality: 'oh-columbus', workLocality: 'oh-dublin', local: 2_250 })
    expect(r.localTaxes).toEqual([
      { name: 'Columbus municipal income tax', amount: 450 },
      { name: 'Dublin municipal income tax', amount: 1_800 },
    ])
    const other = run({ income: '90000', location: 'Columbus, OH', 'work-location': 'Austin, TX' })
    expect(other.code).toBe(2)
    expect(other.err[0]).toMatch(/^worth: --work-location: is in TX, not OH/)
  })

  it('prints a readable summary without --json', () => {
    const r = run({ income: '120000', location: 'Denver, CO', year: '2026' }, [])
    expect(r.code).toBe(0)
    expect(r.out).toContain('2026 taxes on $120,000 of wages, single filer, Denver, CO (CO, Denver)')
    // Denver's occupational privilege tax: $5.75 a month.
    expect(r.out).toContain('Denver occupational privilege tax: $69')
    expect(r.out).toContain('Take-home pay')
  })

  it.each([
    [{ location: 'Texas' }, '--income'],
    [{ income: '-5', location: 'Texas' }, '--income'],
    [{ income: 'lots', location: 'Texas' }, '--income'],
    [{ income: '20000000', location: 'Texas' }, '--income'],
    [{ income: '100000' }, '--location'],
    [{ income: '100000', location: 'Portland' }, '--location'],
    [{ income: '100000', location: 'United States' }, '--location'],
    [{ income: '100000', location: 'New York-Newark-Jersey City, NY-NJ' }, '--location'],
    [{ income: '100000', location: 'Texas', filing: 'married' }, '--filing'],
    [{ income: '100000', location: 'Texas', year: '2024' }, '--year'],
    [{ income: '100000', location: 'Texas', k401: '-1' }, '--k401'],
  ])('bad input %j -> exit 2, one line naming %s', (opts, flag) => {
    const r = run(opts as Record<string, string>)
    expect(r.code).toBe(2)
    expect(r.err).toHaveLength(1)
    expect(r.err[0]).toMatch(new RegExp(`^worth: ${flag}: `))
    expect(r.out).toBe('')
  })

  it('checks the numbers before loading the place index', () => {
    expect(run({ income: 'x', location: 'Texas' }).loaded).toBe(false)
  })

  it('gives the same "at most" message for 1e12 as for 10000000000', () => {
    const long = run({ income: '10000000000', location: 'Texas' })
    const exp = run({ income: '1e12', location: 'Texas' })
    expect(long.code).toBe(2)
    expect(exp.code).toBe(2)
    expect(exp.err).toEqual(['worth: --income: must be at most $10,000,000 a year.'])
    expect(exp.err).toEqual(long.err)
  })

  it.each([
    ['NY', 'NY'],
    ['Kansas City, KS', 'KS'],
    ['Texarkana, AR', 'AR'],
  ])('computes taxes for %s (a state code, or a city in the second state of a metro)', (location, state) => {
    const r = run({ income: '150000', location })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ state })
  })
})
