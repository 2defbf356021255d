// Minnesota: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import type { ByFiling } from '../types'
import { byFiling, sched } from './build'
import type { StateRules } from './types'

export const MN: StateRules = {
  code: 'MN',
  name: 'Minnesota',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched([0, 0.0535], [32_570, 0.068], [106_990, 0.0785], [198_630, 0.0985]),
        sched([0, 0.0535], [47_620, 0.068], [189_180, 0.0785], [330_410, 0.0985]),
        sched([0, 0.0535], [40_100, 0.068], [161_130, 0.0785], [264_050, 0.0985]),
      ),
      deduction: byFiling(14_950, 29_900, 22_500),
    },
  },
  adjust: (c, y) => {
    // The deduction falls by 3% of AGI over $238,950, by at most 80% of it.
    const ded = (y.deduction as ByFiling<number>)[c.filing]
    return { deduction: ded - Math.min(0.03 * Math.max(0, c.agi - 238_950), 0.8 * ded) }
  },
  citation: {
    title: 'Minnesota Department of Revenue, 2025 Form M1 Instructions',
    url: 'https://www.revenue.state.mn.us/sites/default/files/2025-11/m1-inst-25_0.pdf',
  },
  skipped: [
    'Minnesota: the further deduction limit above $330,300; the 1% tax on net investment income; child and working family credits.',
  ],
}
