// Louisiana: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, flat } from './build'
import type { StateRules } from './types'

export const LA: StateRules = {
  code: 'LA',
  name: 'Louisiana',
  wageTax: true,
  k401Deductible: true,
  years: { 2025: { brackets: flat(0.03), deduction: byFiling(12_500, 25_000, 25_000) } },
  citation: {
    title: 'Louisiana Department of Revenue, 2025 IT-540 Instructions',
    url: 'https://dam.ldr.la.gov/taxforms/IT540i%20WEB(2025)D11.pdf',
  },
  skipped: ['Louisiana: dependent-related amounts and credits.'],
}
