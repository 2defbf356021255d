// Alabama: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { steppedAmount } from '../schedule'
import { byFiling, sched } from './build'
import type { StateRules } from './types'

export const AL: StateRules = {
  code: 'AL',
  name: 'Alabama',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched([0, 0.02], [500, 0.04], [3_000, 0.05]),
        sched([0, 0.02], [1_000, 0.04], [6_000, 0.05]),
        sched([0, 0.02], [500, 0.04], [3_000, 0.05]),
      ),
      exemption: byFiling(1_500, 3_000, 3_000),
    },
  },
  adjust: (c) => {
    // The standard deduction shrinks by a fixed amount for each $500 (or part) of AGI over $26,000.
    const max = byFiling(3_000, 8_500, 5_200)[c.filing]
    const min = byFiling(2_500, 5_000, 2_500)[c.filing]
    const perStep = byFiling(25, 175, 135)[c.filing]
    return {
      deduction: max - steppedAmount(c.agi, 26_000, 500, perStep, max - min),
      // Alabama lets residents deduct the federal income tax they pay.
      subtraction: c.federalIncomeTax,
    }
  },
  citation: {
    title: 'Alabama Department of Revenue, 2025 Form 40 Instructions',
    url: 'https://www.revenue.alabama.gov/wp-content/uploads/2026/01/25f40bk.pdf',
  },
  skipped: [
    "Alabama: dependent exemptions; city and county occupational taxes other than Birmingham's.",
    'Alabama: the federal income tax deduction uses the federal tax Worth computes, not the tax actually paid in the year.',
  ],
}
