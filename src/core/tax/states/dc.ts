// District of Columbia: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, same, sched } from './build'
import type { StateRules } from './types'

export const DC: StateRules = {
  code: 'DC',
  name: 'District of Columbia',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: same(
        sched(
          [0, 0.04],
          [10_000, 0.06],
          [40_000, 0.065],
          [60_000, 0.085],
          [250_000, 0.0925],
          [500_000, 0.0975],
          [1_000_000, 0.1075],
        ),
      ),
      // DC kept the pre-July-2025 federal amounts.
      deduction: byFiling(15_000, 30_000, 22_500),
    },
  },
  citation: {
    title: 'DC Office of Tax and Revenue, 2025 D-40 Booklet',
    url: 'https://otr.cfo.dc.gov/sites/default/files/dc/sites/otr/publication/attachments/2025_D40_Book_Final_wLinks_021226_v1.0.pdf',
  },
  skipped: ['District of Columbia: the earned income and other credits.'],
}
