// New Hampshire: no income tax on wages, with the official source that says so.
import { noWageTax } from './build'
import type { StateRules } from './types'

export const NH: StateRules = noWageTax('NH', 'New Hampshire', {
  title: 'New Hampshire DRA, TIR 2025-001: Interest and Dividends Tax repealed from January 1, 2025',
  url: 'https://www.revenue.nh.gov/sites/g/files/ehbemt736/files/documents/2025-001-technical-information-release-repeal.pdf',
})
