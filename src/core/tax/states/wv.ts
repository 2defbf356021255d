// West Virginia: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { same, sched, perPerson } from './build'
import type { StateRules } from './types'

export const WV: StateRules = {
  code: 'WV',
  name: 'West Virginia',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: same(
        sched([0, 0.0222], [10_000, 0.0296], [25_000, 0.0333], [40_000, 0.0444], [60_000, 0.0482]),
      ),
      exemption: perPerson(2_000),
    },
    2026: {
      brackets: same(
        sched([0, 0.0211], [10_000, 0.0281], [25_000, 0.0316], [40_000, 0.0422], [60_000, 0.0458]),
      ),
    },
  },
  note2026: 'rates updated (SB 392); exemption is the 2025 figure',
  citation: {
    title: 'West Virginia Tax Division, 2025 IT-140 Forms and Instructions',
    url: 'https://tax.wv.gov/Documents/PIT/2025/it140.PersonalIncomeTaxFormsAndInstructions.2025.pdf',
  },
  skipped: ['West Virginia: low-income family credit; city service fees.'],
}
