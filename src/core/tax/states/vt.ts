// Vermont: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, sched, perPerson } from './build'
import type { StateRules } from './types'

export const VT: StateRules = {
  code: 'VT',
  name: 'Vermont',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched([0, 0.0335], [49_400, 0.066], [119_700, 0.076], [249_700, 0.0875]),
        sched([0, 0.0335], [82_500, 0.066], [199_450, 0.076], [304_000, 0.0875]),
        sched([0, 0.0335], [66_200, 0.066], [171_000, 0.076], [276_850, 0.0875]),
      ),
      deduction: byFiling(7_650, 15_300, 11_450),
      exemption: perPerson(5_300),
    },
  },
  citation: {
    title: 'Vermont Department of Taxes, 2025 Income Tax Rate Schedules',
    url: 'https://tax.vermont.gov/sites/tax/files/documents/RateSched-2025.pdf',
  },
  moreCitations: [
    {
      title: 'Vermont Department of Taxes, 2025 Income Tax Booklet',
      url: 'https://tax.vermont.gov/sites/tax/files/documents/Income-Booklet-2025.pdf',
    },
  ],
  skipped: [
    'Vermont: the minimum tax on high-income filers with large deductions; child and earned income credits.',
  ],
}
