// Mississippi: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, same, sched } from './build'
import type { StateRules } from './types'

export const MS: StateRules = {
  code: 'MS',
  name: 'Mississippi',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: same(sched([0, 0], [10_000, 0.044])),
      deduction: byFiling(2_300, 4_600, 3_400),
      exemption: byFiling(6_000, 12_000, 8_000),
    },
    2026: { brackets: same(sched([0, 0], [10_000, 0.04])) },
  },
  note2026: 'rate updated; deduction and exemptions are 2025 figures',
  citation: {
    title: 'Mississippi DOR, 2025 Resident Individual Income Tax Instructions',
    url: 'https://www.dor.ms.gov/sites/default/files/tax-forms/individual/80100251%202.pdf',
  },
  skipped: ['Mississippi: dependent exemptions.'],
}
