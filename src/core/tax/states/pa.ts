// Pennsylvania: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { flat } from './build'
import type { StateRules } from './types'

export const PA: StateRules = {
  code: 'PA',
  name: 'Pennsylvania',
  wageTax: true,
  // Pennsylvania taxes 401(k) deferrals: they stay in compensation.
  k401Deductible: false,
  years: { 2025: { brackets: flat(0.0307) } },
  citation: {
    title: 'Pennsylvania DOR, 2025 PA-40 Instructions',
    url: 'https://www.pa.gov/content/dam/copapwp-pagov/en/revenue/documents/formsandpublications/formsforindividuals/pit/documents/2025/2025_pa-40in.pdf',
  },
  skipped: [
    'Pennsylvania: tax forgiveness for low incomes (Schedule SP); local earned income and services taxes outside the cities Worth lists.',
  ],
}
