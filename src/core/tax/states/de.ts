// Delaware: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, same, sched, perPerson } from './build'
import type { StateRules } from './types'

export const DE: StateRules = {
  code: 'DE',
  name: 'Delaware',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: same(
        sched(
          [0, 0],
          [2_000, 0.022],
          [5_000, 0.039],
          [10_000, 0.048],
          [20_000, 0.052],
          [25_000, 0.0555],
          [60_000, 0.066],
        ),
      ),
      deduction: byFiling(3_250, 6_500, 3_250),
      exemptionCredit: perPerson(110),
    },
  },
  citation: {
    title: 'Delaware Division of Revenue, 2025 Resident Income Tax Instructions',
    url: 'https://revenuefiles.delaware.gov/2025/PITForms_Instructions/Instructions/PIT-RES_Instructions_2025-01.pdf',
  },
  skipped: ['Delaware: separate filing on a combined return.'],
}
