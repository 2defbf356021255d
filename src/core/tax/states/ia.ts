// Iowa: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { flat, perPerson, OBBBA_CONFORMITY } from './build'
import type { StateRules } from './types'

export const IA: StateRules = {
  code: 'IA',
  name: 'Iowa',
  wageTax: true,
  k401Deductible: true,
  years: { 2025: { brackets: flat(0.038), deduction: 'federal', exemptionCredit: perPerson(40) } },
  citation: {
    title: 'Iowa Department of Revenue, 2025 IA 1040 Expanded Instructions: Iowa tax',
    url: 'https://revenue.iowa.gov/taxes/tax-guidance/individual-income-tax/1040-expanded-instructions/iowa-tax',
  },
  skipped: [
    'Iowa: school district surtaxes; the alternate tax for low incomes.',
    `Iowa: ${OBBBA_CONFORMITY}`,
  ],
}
