// Kentucky: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { same, flat } from './build'
import type { StateRules } from './types'

export const KY: StateRules = {
  code: 'KY',
  name: 'Kentucky',
  wageTax: true,
  k401Deductible: true,
  years: { 2025: { brackets: flat(0.04), deduction: same(3_270) }, 2026: { brackets: flat(0.035) } },
  note2026: 'rate updated; standard deduction is the 2025 figure',
  citation: {
    title: 'Kentucky DOR, 2025 Form 740 Instructions',
    url: 'https://revenue.ky.gov/Forms/740%20Packet%20Instructions%20(2025).pdf',
  },
  skipped: ['Kentucky: occupational license taxes outside Louisville and Lexington; family size credit.'],
}
