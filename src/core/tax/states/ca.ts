// California: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { scheduleTax } from '../schedule'
import { byFiling, sched, perPerson } from './build'
import type { StateRules } from './types'

export const CA: StateRules = {
  code: 'CA',
  name: 'California',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched(
          [0, 0.01],
          [11_079, 0.02],
          [26_264, 0.04],
          [41_452, 0.06],
          [57_542, 0.08],
          [72_724, 0.093],
          [371_479, 0.103],
          [445_771, 0.113],
          [742_953, 0.123],
        ),
        sched(
          [0, 0.01],
          [22_158, 0.02],
          [52_528, 0.04],
          [82_904, 0.06],
          [115_084, 0.08],
          [145_448, 0.093],
          [742_958, 0.103],
          [891_542, 0.113],
          [1_485_906, 0.123],
        ),
        sched(
          [0, 0.01],
          [22_173, 0.02],
          [52_530, 0.04],
          [67_716, 0.06],
          [83_805, 0.08],
          [98_990, 0.093],
          [505_208, 0.103],
          [606_251, 0.113],
          [1_010_417, 0.123],
        ),
      ),
      deduction: byFiling(5_706, 11_412, 11_412),
      exemptionCredit: perPerson(153),
      // Form 540 line 32 worksheet: each $153 credit falls by $6 for every $2,500 (or part) of federal AGI above
      // $252,203 ($504,411 joint, $378,310 head of household).
      exemptionCreditPhaseOut: { start: byFiling(252_203, 504_411, 378_310), step: 2_500, perStep: 6 },
    },
  },
  adjust: (c, y) => ({
    // Mental Health Services Tax: 1% more on taxable income over $1,000,000.
    tax: (taxable) => scheduleTax(taxable, y.brackets[c.filing]) + 0.01 * Math.max(0, taxable - 1_000_000),
  }),
  citation: {
    title: 'California FTB, 2025 California Tax Rate Schedules',
    url: 'https://www.ftb.ca.gov/forms/2025/2025-540-tax-rate-schedules.pdf',
  },
  moreCitations: [
    {
      title: 'California FTB, 2025 Form 540 (standard deduction, exemption credit)',
      url: 'https://www.ftb.ca.gov/forms/2025/2025-540.pdf',
    },
  ],
  skipped: ["California: renter's and dependent credits."],
}
