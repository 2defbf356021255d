// North Carolina: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, flat } from './build'
import type { StateRules } from './types'

export const NC: StateRules = {
  code: 'NC',
  name: 'North Carolina',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: { brackets: flat(0.0425), deduction: byFiling(12_750, 25_500, 19_125) },
    2026: { brackets: flat(0.0399) },
  },
  note2026: 'rate updated; standard deduction is the 2025 figure',
  citation: {
    title: 'North Carolina DOR, Tax Rate Schedules',
    url: 'https://www.ncdor.gov/taxes-forms/individual-income-tax/tax-rate-schedules',
  },
  moreCitations: [
    {
      title: 'North Carolina DOR, Standard Deduction',
      url: 'https://www.ncdor.gov/taxes-forms/individual-income-tax/filing-topics/north-carolina-standard-deduction-or-north-carolina-itemized-deductions',
    },
  ],
  skipped: ['North Carolina: child deduction.'],
}
