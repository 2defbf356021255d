// Wisconsin: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { scheduleTax } from '../schedule'
import type { ByFiling } from '../types'
import { byFiling, sched, perPerson } from './build'
import type { StateRules } from './types'

export const WI: StateRules = {
  code: 'WI',
  name: 'Wisconsin',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched([0, 0.035], [14_680, 0.044], [51_130, 0.053], [323_290, 0.0765]),
        sched([0, 0.035], [19_580, 0.044], [68_170, 0.053], [431_060, 0.0765]),
        sched([0, 0.035], [14_680, 0.044], [51_130, 0.053], [323_290, 0.0765]),
      ),
      deduction: byFiling(13_560, 25_110, 17_520),
      exemption: perPerson(700),
    },
  },
  adjust: (c, y) => {
    // The sliding-scale standard deduction shrinks as income rises until it is gone.
    const f = c.filing
    const max = (y.deduction as ByFiling<number>)[f]
    const cut =
      f === 'single'
        ? 0.12 * Math.max(0, c.agi - 19_550)
        : f === 'joint'
          ? 0.19778 * Math.max(0, c.agi - 28_210)
          : scheduleTax(c.agi, sched([0, 0], [19_550, 0.22515], [57_210, 0.12]))
    return { deduction: Math.max(0, max - cut) }
  },
  citation: {
    title: 'Wisconsin DOR, 2025 Form 1 Instructions',
    url: 'https://www.revenue.wi.gov/TaxForms2025/2025-Form1-inst.pdf',
  },
  skipped: ['Wisconsin: itemized deduction credit; homestead and school property tax credits.'],
}
