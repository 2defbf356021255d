// Florida: no income tax on wages, with the official source that says so.
import { noWageTax } from './build'
import type { StateRules } from './types'

export const FL: StateRules = noWageTax('FL', 'Florida', {
  title: 'Florida Department of Revenue (no personal income tax)',
  url: 'https://floridarevenue.com/',
})
