// One worked case per state with an income tax (single filer, $100,000 of wages, 2025, no 401(k)), computed by hand
// from the figures of the state's own instructions cited in its data file (<code>.json). Federal: AGI 100,000,
// standard deduction 15,750, federal taxable income 84,250, federal income tax 13,449 (see federal.test.ts). California, New York,
// Illinois, Pennsylvania, Massachusetts, New Jersey, Connecticut, Oregon and North Dakota have their cases in
// computeTax.test.ts.
import { describe, expect, it } from 'vitest'
import { computeTax } from '../computeTax'
import { STATE_RULES } from '../stateTables'
import { STATE_CODES } from '../types'
import GOLDEN from './goldenCases.json'

// The cases are data (goldenCases.json: per state, the tax and the working by hand), so a yearly update is a
// reviewable diff of figures next to the data files they check.
const CASES = Object.entries(GOLDEN).map(([code, c]) => [code, c.tax, c.working] as const)

describe('a worked case per state: single, $100,000 of wages, 2025', () => {
  it.each(CASES)('%s: %d (%s)', (code, expected) => {
    expect(computeTax({ year: 2025, filing: 'single', state: code, wages: 100_000 }).stateIncome).toBe(
      expected,
    )
  })

  it('covers every state with a tax on wages', () => {
    const inComputeTaxTest = ['CA', 'NY', 'IL', 'PA', 'MA', 'NJ', 'CT', 'OR', 'ND']
    const missing = STATE_CODES.filter(
      (c) => STATE_RULES[c].wageTax && !(c in GOLDEN) && !inComputeTaxTest.includes(c),
    )
    expect(missing).toEqual([])
  })
})
