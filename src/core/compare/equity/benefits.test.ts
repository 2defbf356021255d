import { describe, expect, it } from 'vitest'
import { benefitsAssumptions, employerHsa, matchForfeit, wagesAfterPremium } from './benefits'

describe('benefits', () => {
  const benefits = { healthPremium: 3_600, hsaEmployer: 1_000, matchVestingYears: 3 }

  it('takes the health premium out of taxable wages and adds the employer HSA', () => {
    expect(wagesAfterPremium(150_000, benefits)).toBe(146_400)
    expect(wagesAfterPremium(150_000, undefined)).toBe(150_000)
    expect(wagesAfterPremium(1_000, benefits)).toBe(0)
    expect(employerHsa(benefits)).toBe(1_000)
    expect(employerHsa(undefined)).toBe(0)
  })

  it('names what leaving before the match vests gives up', () => {
    expect(matchForfeit([5_000, 5_000, 5_000, 5_000], benefits)).toEqual({
      years: 3,
      amount: 15_000,
      sentence:
        'Leaving before 3 years gives up the employer’s 401(k) match so far: up to $15,000 (the match of years 1–3).',
    })
    expect(matchForfeit([5_000, 5_000], { ...benefits, matchVestingYears: 1 })?.sentence).toMatch(
      /before 1 year gives.*year 1\)/,
    )
    expect(matchForfeit([5_000], { ...benefits, matchVestingYears: 0 })).toBeNull()
    expect(matchForfeit([0, 0, 0], benefits)).toBeNull()
    expect(() => matchForfeit([1], { ...benefits, matchVestingYears: 2.5 })).toThrow(/whole years/)
  })

  it('refuses amounts out of range, naming them', () => {
    expect(() => wagesAfterPremium(1, { healthPremium: -1, hsaEmployer: 0 })).toThrow(/health premium/)
    expect(() => employerHsa({ healthPremium: 0, hsaEmployer: Number.NaN })).toThrow(/HSA/)
  })

  it('states its assumptions only for what the offer has', () => {
    expect(benefitsAssumptions(benefits)).toHaveLength(2)
    expect(benefitsAssumptions({ healthPremium: 0, hsaEmployer: 0 })).toEqual([])
  })
})
