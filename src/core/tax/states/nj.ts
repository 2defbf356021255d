// New Jersey: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, sched, perPerson } from './build'
import type { StateRules } from './types'

export const NJ: StateRules = {
  code: 'NJ',
  name: 'New Jersey',
  wageTax: true,
  // New Jersey leaves 401(k) deferrals out of wages (but not 403(b) or 457 deferrals).
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched(
          [0, 0.014],
          [20_000, 0.0175],
          [35_000, 0.035],
          [40_000, 0.05525],
          [75_000, 0.0637],
          [500_000, 0.0897],
          [1_000_000, 0.1075],
        ),
        sched(
          [0, 0.014],
          [20_000, 0.0175],
          [50_000, 0.0245],
          [70_000, 0.035],
          [80_000, 0.05525],
          [150_000, 0.0637],
          [500_000, 0.0897],
          [1_000_000, 0.1075],
        ),
        sched(
          [0, 0.014],
          [20_000, 0.0175],
          [50_000, 0.0245],
          [70_000, 0.035],
          [80_000, 0.05525],
          [150_000, 0.0637],
          [500_000, 0.0897],
          [1_000_000, 0.1075],
        ),
      ),
      exemption: perPerson(1_000),
    },
  },
  citation: {
    title: 'New Jersey Division of Taxation, 2025 NJ-1040 Instructions',
    url: 'https://www.nj.gov/treasury/taxation/pdf/current/1040i.pdf',
  },
  skipped: [
    'New Jersey: property tax deduction or credit; dependent exemptions; 403(b)/457 deferrals are taxable in New Jersey.',
  ],
}
