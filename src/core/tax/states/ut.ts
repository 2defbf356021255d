// Utah: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, flat, OBBBA_CONFORMITY } from './build'
import type { StateRules } from './types'

export const UT: StateRules = {
  code: 'UT',
  name: 'Utah',
  wageTax: true,
  k401Deductible: true,
  years: { 2025: { brackets: flat(0.045) }, 2026: { brackets: flat(0.0445) } },
  note2026: 'rate updated; taxpayer credit figures are 2025 ones',
  adjust: (c) => {
    // Taxpayer tax credit: 6% of the federal standard deduction, less 1.3% of income over a threshold.
    const full = 0.06 * c.federalStandardDeduction
    const cut = 0.013 * Math.max(0, c.agi - byFiling(18_213, 36_426, 27_320)[c.filing])
    return { credit: Math.max(0, full - cut) }
  },
  citation: {
    title: 'Utah State Tax Commission, TC-40 Instructions (taxpayer tax credit)',
    url: 'https://tax.utah.gov/forms/current/tc-40inst.pdf',
  },
  moreCitations: [
    { title: 'Utah HB 106 (2025), 4.5% rate', url: 'https://le.utah.gov/~2025/bills/static/HB0106.html' },
  ],
  skipped: ['Utah: dependent exemptions in the taxpayer credit; other credits.', `Utah: ${OBBBA_CONFORMITY}`],
}
