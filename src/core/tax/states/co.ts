// Colorado: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { flat, OBBBA_CONFORMITY } from './build'
import type { StateRules } from './types'

export const CO: StateRules = {
  code: 'CO',
  name: 'Colorado',
  wageTax: true,
  k401Deductible: true,
  years: { 2025: { brackets: flat(0.044), deduction: 'federal' } },
  citation: {
    title: 'Colorado Department of Revenue, 2025 Individual Income Tax Guide (Book 104)',
    url: 'https://tax.colorado.gov/sites/tax/files/documents/Book104_2025.pdf',
  },
  skipped: [
    'Colorado: the add-back of federal deductions for high incomes; TABOR refunds; occupational privilege taxes of cities other than Denver and Aurora.',
    `Colorado: ${OBBBA_CONFORMITY}`,
  ],
}
