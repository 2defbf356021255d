// Georgia: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, flat } from './build'
import type { StateRules } from './types'

export const GA: StateRules = {
  code: 'GA',
  name: 'Georgia',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: { brackets: flat(0.0519), deduction: byFiling(12_000, 24_000, 12_000) },
    2026: { brackets: flat(0.0499), deduction: byFiling(15_000, 30_000, 15_000) },
  },
  citation: {
    title: 'Georgia DOR, 2025 IT-511 Individual Income Tax Booklet',
    url: 'https://dor.georgia.gov/document/document/2025-it-511-individual-income-tax-booklet/download',
  },
  moreCitations: [
    {
      title: 'Georgia General Assembly, HB 463 (2025-2026) rate and deduction changes',
      url: 'https://www.legis.ga.gov/api/legislation/document/20252026/249080',
    },
  ],
  skipped: ['Georgia: dependent exemptions; low-income credit.'],
}
