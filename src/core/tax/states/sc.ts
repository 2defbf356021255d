// South Carolina: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { same, sched, OBBBA_CONFORMITY } from './build'
import type { StateRules } from './types'

export const SC: StateRules = {
  code: 'SC',
  name: 'South Carolina',
  wageTax: true,
  k401Deductible: true,
  years: { 2025: { brackets: same(sched([0, 0], [3_560, 0.03], [17_830, 0.06])), deduction: 'federal' } },
  citation: {
    title: 'South Carolina DOR, 2025 SC1040 Instructions',
    url: 'https://dor.sc.gov/sites/dor/files/forms/SC1040Instr_2025.pdf',
  },
  skipped: [
    'South Carolina: two-wage-earner credit; the new 2026 rate structure (not applied).',
    `South Carolina: ${OBBBA_CONFORMITY}`,
  ],
}
