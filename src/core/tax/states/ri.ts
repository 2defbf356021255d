// Rhode Island: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { steppedAmount } from '../schedule'
import type { ByFiling } from '../types'
import { byFiling, same, sched, perPerson } from './build'
import type { StateRules } from './types'

export const RI: StateRules = {
  code: 'RI',
  name: 'Rhode Island',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: same(sched([0, 0.0375], [79_900, 0.0475], [181_650, 0.0599])),
      deduction: byFiling(10_900, 21_800, 16_350),
      exemption: perPerson(5_100),
    },
    2026: {
      brackets: same(sched([0, 0.0375], [82_050, 0.0475], [186_450, 0.0599])),
      deduction: byFiling(11_200, 22_400, 16_800),
      exemption: perPerson(5_250),
    },
  },
  adjust: (c, y) => {
    // Deduction and exemption lose 20% for each step (or part) of AGI above the start.
    const [start, step] = c.year === 2025 ? [254_250, 7_250] : [261_000, 7_450]
    const kept = Math.max(0, 1 - steppedAmount(c.agi, start, step, 0.2, 1))
    return {
      deduction: (y.deduction as ByFiling<number>)[c.filing] * kept,
      exemption: y.exemption![c.filing] * kept,
    }
  },
  citation: {
    title: 'Rhode Island Division of Taxation, 2025 RI-1040 Instructions',
    url: 'https://tax.ri.gov/sites/g/files/xkgbur541/files/2025-12/2025%201040R%20Instructions%20122025.pdf',
  },
  moreCitations: [
    {
      title: 'Rhode Island Division of Taxation, ADV 2025-22 (2026 inflation adjustments)',
      url: 'https://tax.ri.gov/sites/g/files/xkgbur541/files/2025-11/ADV_2025_22_Inflation_Adjustments.pdf',
    },
  ],
  skipped: ['Rhode Island: dependent exemptions; property tax relief credit.'],
}
