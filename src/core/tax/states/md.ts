// Maryland: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, sched } from './build'
import type { StateRules } from './types'

export const MD: StateRules = {
  code: 'MD',
  name: 'Maryland',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched(
          [0, 0.02],
          [1_000, 0.03],
          [2_000, 0.04],
          [3_000, 0.0475],
          [100_000, 0.05],
          [125_000, 0.0525],
          [150_000, 0.055],
          [250_000, 0.0575],
          [500_000, 0.0625],
          [1_000_000, 0.065],
        ),
        sched(
          [0, 0.02],
          [1_000, 0.03],
          [2_000, 0.04],
          [3_000, 0.0475],
          [150_000, 0.05],
          [175_000, 0.0525],
          [225_000, 0.055],
          [300_000, 0.0575],
          [600_000, 0.0625],
          [1_200_000, 0.065],
        ),
        sched(
          [0, 0.02],
          [1_000, 0.03],
          [2_000, 0.04],
          [3_000, 0.0475],
          [150_000, 0.05],
          [175_000, 0.0525],
          [225_000, 0.055],
          [300_000, 0.0575],
          [600_000, 0.0625],
          [1_200_000, 0.065],
        ),
      ),
      deduction: byFiling(3_350, 6_700, 6_700),
      // The $3,200 exemption halves, then halves again, then disappears as federal AGI rises.
      exemptionByAgi: byFiling(
        [
          [-Infinity, 3_200],
          [100_000, 1_600],
          [125_000, 800],
          [150_000, 0],
        ],
        [
          [-Infinity, 3_200],
          [150_000, 1_600],
          [175_000, 800],
          [200_000, 0],
        ],
        [
          [-Infinity, 3_200],
          [150_000, 1_600],
          [175_000, 800],
          [200_000, 0],
        ],
      ),
    },
  },
  citation: {
    title: 'Comptroller of Maryland, 2025 Resident Tax Forms and Instructions',
    url: 'https://www.marylandcomptroller.gov/content/dam/mdcomp/tax/instructions/2025/resident-booklet.pdf',
  },
  skipped: ['Maryland: the capital gains surtax; dependent exemptions.'],
}
