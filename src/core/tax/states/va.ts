// Virginia: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, same, sched, perPerson } from './build'
import type { StateRules } from './types'

export const VA: StateRules = {
  code: 'VA',
  name: 'Virginia',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: same(sched([0, 0.02], [3_000, 0.03], [5_000, 0.05], [17_000, 0.0575])),
      deduction: byFiling(8_750, 17_500, 8_750),
      exemption: perPerson(930),
    },
  },
  citation: {
    title: 'Virginia Department of Taxation, 2025 Form 760 Instructions',
    url: 'https://www.tax.virginia.gov/sites/default/files/vatax-pdf/2025-760-instructions.pdf',
  },
  skipped: ['Virginia: low-income and earned income credits; dependent exemptions.'],
}
