// Alaska: no income tax on wages, with the official source that says so.
import { noWageTax } from './build'
import type { StateRules } from './types'

export const AK: StateRules = noWageTax('AK', 'Alaska', {
  title: 'Alaska Department of Revenue, Tax Division (no individual income tax)',
  url: 'https://tax.alaska.gov/',
})
