// Idaho: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { scheduleTax } from '../schedule'
import { byFiling, sched, OBBBA_CONFORMITY } from './build'
import type { StateRules } from './types'

export const ID: StateRules = {
  code: 'ID',
  name: 'Idaho',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched([0, 0], [4_811, 0.053]),
        sched([0, 0], [9_622, 0.053]),
        sched([0, 0], [9_622, 0.053]),
      ),
      deduction: 'federal',
    },
  },
  // Permanent building fund tax: $10 on each return that owes income tax.
  adjust: (c, y) => ({
    tax: (taxable) => (taxable > 0 ? scheduleTax(taxable, y.brackets[c.filing]) + 10 : 0),
  }),
  citation: {
    title: 'Idaho State Tax Commission, 2025 Individual Income Tax Instructions',
    url: 'https://tax.idaho.gov/wp-content/uploads/forms/EIN00046/EIN00046_09-29-2025.pdf',
  },
  skipped: ['Idaho: grocery and child credits.', `Idaho: ${OBBBA_CONFORMITY}`],
}
