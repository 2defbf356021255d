// Washington: no income tax on wages, with the official source that says so.
import { noWageTax } from './build'
import type { StateRules } from './types'

export const WA: StateRules = noWageTax(
  'WA',
  'Washington',
  {
    title: 'Washington DOR, Capital gains tax (no tax on wages)',
    url: 'https://dor.wa.gov/taxes-rates/other-taxes/capital-gains-tax',
  },
  ['Washington: the 7% (9.9% above $1 million) tax on long-term capital gains.'],
)
