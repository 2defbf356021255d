// Arizona: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, flat } from './build'
import type { StateRules } from './types'

export const AZ: StateRules = {
  code: 'AZ',
  name: 'Arizona',
  wageTax: true,
  k401Deductible: true,
  years: { 2025: { brackets: flat(0.025), deduction: byFiling(15_750, 31_500, 23_625) } },
  citation: {
    title: 'Arizona Department of Revenue, 2025 Form 140 Instructions',
    url: 'https://azdor.gov/sites/default/files/document/FORMS_INDIVIDUAL_2025_140i.pdf',
  },
  skipped: ['Arizona: the charitable-contribution increase to the standard deduction; dependent credits.'],
}
