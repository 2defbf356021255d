// Ohio: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { scheduleTax } from '../schedule'
import { same, sched } from './build'
import type { StateRules } from './types'

export const OH: StateRules = {
  code: 'OH',
  name: 'Ohio',
  wageTax: true,
  k401Deductible: true,
  years: {
    // Above $26,050 the tax is $342 plus 2.75% of the excess (3.125% over $100,000); nothing at or below it.
    // Personal exemption per person by Ohio AGI; none above $750,000 in 2025, $500,000 from 2026.
    2025: {
      brackets: same(sched([0, 342 / 26_050], [26_050, 0.0275], [100_000, 0.03125])),
      exemptionByAgi: same([
        [-Infinity, 2_400],
        [40_000, 2_150],
        [80_000, 1_900],
        [750_000, 0],
      ]),
    },
    2026: {
      brackets: same(sched([0, 332 / 26_050], [26_050, 0.0275])),
      exemptionByAgi: same([
        [-Infinity, 2_400],
        [40_000, 2_150],
        [80_000, 1_900],
        [500_000, 0],
      ]),
    },
  },
  adjust: (c, y) => ({
    tax: (taxable) => (taxable <= 26_050 ? 0 : scheduleTax(taxable, y.brackets[c.filing])),
  }),
  note2026: 'flat 2.75% rate and exemption cut-off updated',
  citation: {
    title: 'Ohio Department of Taxation, 2025 IT 1040 Instructions',
    url: 'https://dam.assets.ohio.gov/image/upload/v1767095693/tax.ohio.gov/forms/ohio_individual/individual/2025/it1040-booklet.pdf',
  },
  skipped: [
    "Ohio: school district income taxes; municipal taxes of cities outside Worth's list; joint filing and exemption credits.",
  ],
}
