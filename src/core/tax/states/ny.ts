// New York: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { newYorkTax } from '../newYorkRecapture'
import { byFiling, sched } from './build'
import type { StateRules } from './types'

export const NY: StateRules = {
  code: 'NY',
  name: 'New York',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched(
          [0, 0.04],
          [8_500, 0.045],
          [11_700, 0.0525],
          [13_900, 0.055],
          [80_650, 0.06],
          [215_400, 0.0685],
          [1_077_550, 0.0965],
          [5_000_000, 0.103],
          [25_000_000, 0.109],
        ),
        sched(
          [0, 0.04],
          [17_150, 0.045],
          [23_600, 0.0525],
          [27_900, 0.055],
          [161_550, 0.06],
          [323_200, 0.0685],
          [2_155_350, 0.0965],
          [5_000_000, 0.103],
          [25_000_000, 0.109],
        ),
        sched(
          [0, 0.04],
          [12_800, 0.045],
          [17_650, 0.0525],
          [20_900, 0.055],
          [107_650, 0.06],
          [269_300, 0.0685],
          [1_616_450, 0.0965],
          [5_000_000, 0.103],
          [25_000_000, 0.109],
        ),
      ),
      deduction: byFiling(8_000, 16_050, 11_200),
    },
    2026: {
      brackets: byFiling(
        sched(
          [0, 0.039],
          [8_500, 0.044],
          [11_700, 0.0515],
          [13_900, 0.054],
          [80_650, 0.059],
          [215_400, 0.0685],
          [1_077_550, 0.0965],
          [5_000_000, 0.103],
          [25_000_000, 0.109],
        ),
        sched(
          [0, 0.039],
          [17_150, 0.044],
          [23_600, 0.0515],
          [27_900, 0.054],
          [161_550, 0.059],
          [323_200, 0.0685],
          [2_155_350, 0.0965],
          [5_000_000, 0.103],
          [25_000_000, 0.109],
        ),
        sched(
          [0, 0.039],
          [12_800, 0.044],
          [17_650, 0.0515],
          [20_900, 0.054],
          [107_650, 0.059],
          [269_300, 0.0685],
          [1_616_450, 0.0965],
          [5_000_000, 0.103],
          [25_000_000, 0.109],
        ),
      ),
    },
  },
  citation: {
    title: 'New York State DTF, 2025 Form IT-201 Instructions',
    url: 'https://www.tax.ny.gov/pdf/current_forms/it/it201i.pdf',
  },
  // The supplemental tax that takes back the lower brackets once AGI passes $107,650 (newYorkRecapture.ts).
  adjust: (c, y) => ({ tax: (taxable) => newYorkTax(taxable, c.agi, y.brackets[c.filing]) }),
  skipped: ['New York: household, child and earned income credits.'],
}
