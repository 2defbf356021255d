// Montana: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, sched, OBBBA_CONFORMITY } from './build'
import type { StateRules } from './types'

export const MT: StateRules = {
  code: 'MT',
  name: 'Montana',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched([0, 0.047], [21_100, 0.059]),
        sched([0, 0.047], [42_200, 0.059]),
        sched([0, 0.047], [31_700, 0.059]),
      ),
      deduction: 'federal',
    },
    2026: {
      brackets: byFiling(
        sched([0, 0.047], [47_500, 0.0565]),
        sched([0, 0.047], [95_000, 0.0565]),
        sched([0, 0.047], [71_250, 0.0565]),
      ),
    },
  },
  citation: {
    title: 'Montana Department of Revenue, 2025 Tax Rates and Deductions',
    url: 'https://revenue.mt.gov/files/BIT/Montana-Tax-Tables-and-Deductions/2025-Tax-Rates-and-Deductions.pdf',
  },
  skipped: ['Montana: the lower rates on capital gains.', `Montana: ${OBBBA_CONFORMITY}`],
}
