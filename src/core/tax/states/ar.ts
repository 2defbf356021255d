// Arkansas: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { scheduleTax } from '../schedule'
import { byFiling, same, sched, perPerson } from './build'
import type { StateRules } from './types'

export const AR: StateRules = {
  code: 'AR',
  name: 'Arkansas',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: same(sched([0, 0], [5_600, 0.02], [11_200, 0.03], [16_000, 0.034], [26_400, 0.039])),
      deduction: byFiling(2_470, 4_940, 2_470),
      exemptionCredit: perPerson(29),
    },
  },
  adjust: (c, y) => ({
    // Above $95,000 the tax is 3.9% of all net taxable income less a bracket adjustment that falls by $10 for
    // each $100 of income, to $89 from $97,901.
    tax: (taxable) =>
      taxable <= 95_000
        ? scheduleTax(taxable, y.brackets[c.filing])
        : 0.039 * taxable - Math.max(89, 369 - 10 * Math.floor((taxable - 95_001) / 100)),
  }),
  citation: {
    title: 'Arkansas DFA, 2025 AR1000F/AR1000NR Instructions',
    url: 'https://www.dfa.arkansas.gov/wp-content/uploads/2025_AR1000F_and_AR1000NR_Instructions.pdf',
  },
  skipped: ['Arkansas: low-income tax tables; dependent credits.'],
}
