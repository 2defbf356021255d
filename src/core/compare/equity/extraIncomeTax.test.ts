import { describe, expect, it } from 'vitest'
import { computeTax } from '../../tax/computeTax'
import { taxOnExtraIncome } from './extraIncomeTax'

describe('taxOnExtraIncome', () => {
  // Texas has no income tax and no state payroll tax; 2026, single. $150,000 of wages is $133,900 taxable after the $16,100 standard
  // deduction, and $10,000 more stays in the 24% bracket (to $201,775) and under the $184,500 Social Security base.
  const taxAt = (wages: number) => computeTax({ year: 2026, filing: 'single', state: 'TX', wages })

  it('taxes an NSO spread as pay: 24% federal + 6.2% Social Security + 1.45% Medicare', () => {
    expect(taxOnExtraIncome(taxAt, 150_000, 10_000, 'wages')).toBe(2_400 + 620 + 145)
  })

  it('taxes an ESPP gain or an ISO sold the year it is bought as income only', () => {
    expect(taxOnExtraIncome(taxAt, 150_000, 10_000, 'ordinary')).toBe(2_400)
  })

  it('adds nothing for nothing', () => {
    expect(taxOnExtraIncome(taxAt, 150_000, 0, 'wages')).toBe(0)
  })

  it('includes state and local income taxes where the engine has them (Philadelphia wage tax on pay)', () => {
    const phl = (wages: number) =>
      computeTax({ year: 2026, filing: 'single', state: 'PA', locality: 'philadelphia', wages })
    const extra = taxOnExtraIncome(phl, 150_000, 10_000, 'wages')
    // Federal 2,400 + FICA 765 + Pennsylvania 3.07% (307) + the city's resident wage tax on 10,000.
    expect(extra).toBeGreaterThan(2_400 + 765 + 307 + 300)
    expect(extra).toBeLessThan(2_400 + 765 + 307 + 400)
  })
})

describe('taxOnExtraIncome with state payroll taxes', () => {
  it('counts Washington’s payroll taxes (WA Cares, paid leave) on pay, not on ordinary income', () => {
    const wa = (wages: number) => computeTax({ year: 2026, filing: 'single', state: 'WA', wages })
    const asPay = taxOnExtraIncome(wa, 150_000, 10_000, 'wages')
    const asIncome = taxOnExtraIncome(wa, 150_000, 10_000, 'ordinary')
    expect(asIncome).toBe(2_400)
    const payroll = wa(160_000).statePayrollTotal - wa(150_000).statePayrollTotal
    expect(payroll).toBeGreaterThan(58)
    expect(asPay).toBe(Math.round((2_400 + 765 + payroll) * 100) / 100)
  })
})
