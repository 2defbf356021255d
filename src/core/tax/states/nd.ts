// North Dakota: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, sched } from './build'
import type { StateRules } from './types'

export const ND: StateRules = {
  code: 'ND',
  name: 'North Dakota',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched([0, 0], [48_475, 0.0195], [244_825, 0.025]),
        sched([0, 0], [80_975, 0.0195], [298_075, 0.025]),
        sched([0, 0], [64_950, 0.0195], [271_450, 0.025]),
      ),
      deduction: 'federal',
    },
  },
  citation: {
    title: 'North Dakota Office of State Tax Commissioner, 2025 Individual Income Tax Booklet',
    url: 'https://www.tax.nd.gov/sites/www/files/documents/forms/individual/2025-iit/2025-individual-income-tax-booklet.pdf',
  },
  skipped: ['North Dakota: marriage penalty credit.'],
}
