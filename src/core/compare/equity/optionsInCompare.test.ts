// Options in Compare, year by year: each scenario's yearly figures are the years' own (`equityByScenario`,
// `equityAfterTaxByScenario`) for test/fixtures/startup-vs-public.json, and the tax on the spreads is found with one
// tax computation per scenario on top of the year's own.
import { describe, expect, it, vi } from 'vitest'
import { CompareInputSchema } from '../../../shared/contract'
import startupVsPublic from '../../../../test/fixtures/startup-vs-public.json'
import { computeTax } from '../../tax/computeTax'
import { realDataset } from '../../testing/realDataset'
import { compareOffers } from '../compareOffers'
import { taxOnExtraIncome } from './extraIncomeTax'
import { optionYears, type OptionGrant } from './options'
import { optionsAfterTax } from './optionsInCompare'

const run = (exitChancePercent?: number) => {
  const { offers, ...opts } = CompareInputSchema.parse({
    offers: startupVsPublic.offers,
    k401: 10_000,
    ...(exitChancePercent === undefined ? {} : { exitChancePercent }),
  })
  return compareOffers(realDataset(), offers, opts).offers.find((o) => o.id === 'startup')!
}

describe('each exit scenario year by year', () => {
  const startup = run(25)

  it('gives, per scenario and year, the year’s own figures before and after tax', () => {
    for (const scenario of startup.options!.scenarios) {
      expect(scenario.byYear.map((y) => y.year)).toEqual([1, 2, 3, 4])
      expect(scenario.byYear.map((y) => y.preTax)).toEqual(
        startup.years.map((y) => y.equityByScenario![scenario.name]),
      )
      expect(scenario.byYear.map((y) => y.afterTax)).toEqual(
        startup.years.map((y) => y.equityAfterTaxByScenario![scenario.name]),
      )
    }
  })

  it('puts each year after cost of living (x 100 / Austin’s 97.62) and weighs it by the chance of an exit', () => {
    const preferred = startup.options!.scenarios.find((s) => s.name === 'Preferred')!
    // 10,000 options vest each year: 48,000 of spread at $6, 36,480 after the 24% federal rate (an ISO: no payroll).
    expect(preferred.byYear[0]).toEqual({
      year: 1,
      preTax: 48_000,
      afterTax: 36_480,
      afterCostOfLiving: 37_369.39,
      expected: 9_120,
    })
    // The four years add up to the scenario's sums.
    expect(preferred.byYear.reduce((n, y) => n + y.afterTax, 0)).toBe(preferred.afterTax)
    expect(preferred.byYear.reduce((n, y) => n + y.preTax, 0)).toBe(preferred.preTax)
  })

  it('has no expected value without a chance of an exit', () => {
    expect(run().options!.scenarios.flatMap((s) => s.byYear.map((y) => y.expected))).toEqual(
      new Array(12).fill(null),
    )
  })
})

describe('optionsAfterTax', () => {
  const grant: OptionGrant = {
    shares: 40_000,
    strike: 1.2,
    fmv: 1.5,
    exercise: 'nso',
    years: 4,
    schedule: { kind: 'even' },
  }
  // Three scenarios, two at the same price, one under the strike (worth nothing, so no tax to find).
  const [year] = optionYears(
    grant,
    [
      { name: 'A', pricePerShare: 6 },
      { name: 'B', pricePerShare: 6 },
      { name: 'C', pricePerShare: 20 },
      { name: 'Under water', pricePerShare: 1 },
    ],
    1,
  )
  const texas = (wages: number) => computeTax({ year: 2026, filing: 'single', state: 'TX', wages })

  it('equals the tax on each spread found on its own', () => {
    const after = optionsAfterTax(year!, 'nso', texas, 150_000)
    for (const [name, value] of Object.entries(year!.byScenario))
      expect(after[name]).toBe(
        Math.round((value - taxOnExtraIncome(texas, 150_000, value, 'wages')) * 100) / 100,
      )
    expect(after['Under water']).toBe(0)
  })

  it('computes the year’s taxes once per distinct spread, reusing the year’s own when given', () => {
    const taxAt = vi.fn(texas)
    optionsAfterTax(year!, 'nso', taxAt, 150_000)
    // The wages alone once, then the spreads at $6 and at $20.
    expect(taxAt).toHaveBeenCalledTimes(3)
    taxAt.mockClear()
    optionsAfterTax(year!, 'iso', taxAt, 150_000, texas(150_000))
    expect(taxAt).toHaveBeenCalledTimes(2)
  })
})
