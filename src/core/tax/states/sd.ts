// South Dakota: no income tax on wages, with the official source that says so.
import { noWageTax } from './build'
import type { StateRules } from './types'

export const SD: StateRules = noWageTax('SD', 'South Dakota', {
  title: 'South Dakota Department of Revenue (no personal income tax)',
  url: 'https://dor.sd.gov/',
})
