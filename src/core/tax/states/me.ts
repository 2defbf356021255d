// Maine: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { linearPhaseOut } from '../schedule'
import type { ByFiling } from '../types'
import { byFiling, sched, perPerson } from './build'
import type { StateRules } from './types'

export const ME: StateRules = {
  code: 'ME',
  name: 'Maine',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched([0, 0.058], [26_800, 0.0675], [63_450, 0.0715]),
        sched([0, 0.058], [53_600, 0.0675], [126_900, 0.0715]),
        sched([0, 0.058], [40_200, 0.0675], [95_150, 0.0715]),
      ),
      // Maine kept the pre-July-2025 federal amounts.
      deduction: byFiling(15_000, 30_000, 22_500),
      exemption: perPerson(5_150),
    },
  },
  adjust: (c, y) => {
    const f = c.filing
    const ded = y.deduction as ByFiling<number>
    return {
      deduction: linearPhaseOut(
        ded[f],
        c.agi,
        byFiling(100_000, 200_050, 150_000)[f],
        byFiling(75_000, 150_000, 112_500)[f],
      ),
      exemption: linearPhaseOut(y.exemption![f], c.agi, byFiling(333_450, 400_100, 366_750)[f], 125_000),
    }
  },
  citation: {
    title: 'Maine Revenue Services, 2025 Form 1040ME Instructions',
    url: 'https://www.maine.gov/revenue/sites/maine.gov.revenue/files/inline-files/25_1040me_gen_instr_w_cover_pg.pdf',
  },
  skipped: ['Maine: dependent credit; property tax fairness and sales tax fairness credits.'],
}
