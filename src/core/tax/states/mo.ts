// Missouri: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { bandValue } from '../schedule'
import { byFiling, same, sched, OBBBA_CONFORMITY } from './build'
import type { StateRules } from './types'

export const MO: StateRules = {
  code: 'MO',
  name: 'Missouri',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: same(
        sched(
          [0, 0],
          [1_313, 0.02],
          [2_626, 0.025],
          [3_939, 0.03],
          [5_252, 0.035],
          [6_565, 0.04],
          [7_878, 0.045],
          [9_191, 0.047],
        ),
      ),
      deduction: 'federal',
      exemption: byFiling(0, 0, 1_400),
    },
  },
  adjust: (c, y) => {
    // A share of federal income tax is deductible; the share falls as AGI rises, capped at $5,000 ($10,000 joint).
    const share = bandValue(c.agi, [
      [-Infinity, 0.35],
      [25_000, 0.25],
      [50_000, 0.15],
      [100_000, 0.05],
      [125_000, 0],
    ])
    return {
      exemption: y.exemption![c.filing],
      subtraction: Math.min(share * c.federalIncomeTax, byFiling(5_000, 10_000, 5_000)[c.filing]),
    }
  },
  citation: {
    title: 'Missouri DOR, 2025 Form MO-1040 Instructions',
    url: 'https://dor.mo.gov/forms/MO-1040%20Instructions_2025.pdf',
  },
  skipped: [`Missouri: ${OBBBA_CONFORMITY}`],
}
