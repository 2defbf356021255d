// Oregon: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { bandValue } from '../schedule'
import { byFiling, sched, perPerson } from './build'
import type { StateRules } from './types'

export const OR: StateRules = {
  code: 'OR',
  name: 'Oregon',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched([0, 0.0475], [4_400, 0.0675], [11_100, 0.0875], [125_000, 0.099]),
        sched([0, 0.0475], [8_800, 0.0675], [22_200, 0.0875], [250_000, 0.099]),
        sched([0, 0.0475], [8_800, 0.0675], [22_200, 0.0875], [250_000, 0.099]),
      ),
      deduction: byFiling(2_835, 5_670, 4_560),
      exemptionCredit: perPerson(256),
    },
  },
  adjust: (c, y) => {
    const f = c.filing
    // Federal income tax is subtracted up to a cap that steps down from $8,500 to nothing as AGI rises.
    const start = f === 'single' ? 125_000 : 250_000
    const step = f === 'single' ? 5_000 : 10_000
    const cap = bandValue(c.agi, [
      [-Infinity, 8_500],
      [start, 6_800],
      [start + step, 5_100],
      [start + 2 * step, 3_400],
      [start + 3 * step, 1_700],
      [start + 4 * step, 0],
    ])
    // The exemption credit is lost above $100,000 of AGI ($200,000 joint or head of household).
    const creditAllowed = c.agi <= (f === 'single' ? 100_000 : 200_000)
    return {
      subtraction: Math.min(c.federalIncomeTax, cap),
      exemptionCredit: creditAllowed ? y.exemptionCredit![f] : 0,
    }
  },
  citation: {
    title: 'Oregon DOR, 2025 Form OR-40 Instructions',
    url: 'https://www.oregon.gov/dor/forms/FormsPubs/form-or-40-inst_101-040-1_2025.pdf',
  },
  skipped: [
    'Oregon: the kicker credit.',
    'Oregon: the federal tax subtraction uses the federal tax Worth computes for the same year.',
  ],
}
