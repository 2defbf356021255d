// Nebraska: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, sched, perPerson } from './build'
import type { StateRules } from './types'

export const NE: StateRules = {
  code: 'NE',
  name: 'Nebraska',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched([0, 0.0246], [4_030, 0.0351], [24_120, 0.0501], [38_870, 0.052]),
        sched([0, 0.0246], [8_040, 0.0351], [48_250, 0.0501], [77_730, 0.052]),
        sched([0, 0.0246], [7_510, 0.0351], [38_590, 0.0501], [57_630, 0.052]),
      ),
      deduction: byFiling(8_600, 17_200, 12_600),
      exemptionCredit: perPerson(171),
    },
    2026: {
      brackets: byFiling(
        sched([0, 0.0246], [4_130, 0.0351], [24_760, 0.0455]),
        sched([0, 0.0246], [8_250, 0.0351], [49_530, 0.0455]),
        sched([0, 0.0246], [7_700, 0.0351], [39_620, 0.0455]),
      ),
    },
  },
  note2026: 'brackets updated; deduction and exemption credit are 2025 figures',
  citation: {
    title: 'Nebraska DOR, 2025 Individual Income Tax Booklet',
    url: 'https://revenue.nebraska.gov/sites/default/files/doc/tax-forms/2025/f_Individual_Income_Tax_Booklet.pdf',
  },
  skipped: ['Nebraska: dependent exemption credits.'],
}
