// Tennessee: no income tax on wages, with the official source that says so.
import { noWageTax } from './build'
import type { StateRules } from './types'

export const TN: StateRules = noWageTax('TN', 'Tennessee', {
  title: 'Tennessee Department of Revenue (Hall income tax repealed from 2021)',
  url: 'https://www.tn.gov/revenue.html',
})
