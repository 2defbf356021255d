// Connecticut: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { steppedAmount } from '../schedule'
import { byFiling, sched } from './build'
import type { StateRules } from './types'

export const CT: StateRules = {
  code: 'CT',
  name: 'Connecticut',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched(
          [0, 0.02],
          [10_000, 0.045],
          [50_000, 0.055],
          [100_000, 0.06],
          [200_000, 0.065],
          [250_000, 0.069],
          [500_000, 0.0699],
        ),
        sched(
          [0, 0.02],
          [20_000, 0.045],
          [100_000, 0.055],
          [200_000, 0.06],
          [400_000, 0.065],
          [500_000, 0.069],
          [1_000_000, 0.0699],
        ),
        sched(
          [0, 0.02],
          [16_000, 0.045],
          [80_000, 0.055],
          [160_000, 0.06],
          [320_000, 0.065],
          [400_000, 0.069],
          [800_000, 0.0699],
        ),
      ),
    },
  },
  adjust: (c) => {
    const f = c.filing
    // Personal exemption: $1,000 less for each $1,000 (or part) of AGI above the start.
    const exMax = byFiling(15_000, 24_000, 19_000)[f]
    const exemption = exMax - steppedAmount(c.agi, byFiling(30_000, 48_000, 38_000)[f], 1_000, 1_000, exMax)
    // Phase-out of the 2% bracket, then three recaptures of the lower brackets (Tables C and D).
    const addBack = steppedAmount(
      c.agi,
      byFiling(56_500, 100_500, 78_500)[f],
      byFiling(5_000, 5_000, 4_000)[f],
      byFiling(25, 50, 40)[f],
      byFiling(250, 500, 400)[f],
    )
    const inc = byFiling(5_000, 10_000, 8_000)[f]
    const low = steppedAmount(
      c.agi,
      byFiling(105_000, 210_000, 168_000)[f],
      inc,
      byFiling(25, 50, 40)[f],
      byFiling(250, 500, 400)[f],
    )
    const middle = steppedAmount(
      c.agi,
      byFiling(200_000, 400_000, 320_000)[f],
      inc,
      byFiling(90, 180, 140)[f],
      byFiling(2_700, 5_400, 4_200)[f],
    )
    const high = steppedAmount(
      c.agi,
      byFiling(500_000, 1_000_000, 800_000)[f],
      inc,
      byFiling(50, 100, 80)[f],
      byFiling(450, 900, 720)[f],
    )
    return { exemption, addTax: addBack + low + middle + high }
  },
  citation: {
    title: 'Connecticut DRS, 2025 Form CT-1040 Instructions',
    url: 'https://portal.ct.gov/-/media/drs/forms/2025/income/2025-ct-1040-instructions_1225.pdf',
  },
  skipped: ['Connecticut: the personal tax credit (Table E) for lower incomes; property tax credit.'],
}
