// Wyoming: no income tax on wages, with the official source that says so.
import { noWageTax } from './build'
import type { StateRules } from './types'

export const WY: StateRules = noWageTax('WY', 'Wyoming', {
  title: 'Wyoming Department of Revenue (no personal income tax)',
  url: 'https://revenue.wyo.gov/',
})
