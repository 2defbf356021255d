// Kansas: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, sched } from './build'
import type { StateRules } from './types'

export const KS: StateRules = {
  code: 'KS',
  name: 'Kansas',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched([0, 0.052], [23_000, 0.0558]),
        sched([0, 0.052], [46_000, 0.0558]),
        sched([0, 0.052], [23_000, 0.0558]),
      ),
      deduction: byFiling(3_605, 8_240, 6_180),
      exemption: byFiling(9_160, 18_320, 11_480),
    },
  },
  citation: {
    title: 'Kansas Department of Revenue, 2025 Form K-40 Instructions',
    url: 'https://www.ksrevenue.gov/pdf/ip25.pdf',
  },
  skipped: ['Kansas: dependent exemptions; food sales tax credit.'],
}
