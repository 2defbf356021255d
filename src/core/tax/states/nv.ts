// Nevada: no income tax on wages, with the official source that says so.
import { noWageTax } from './build'
import type { StateRules } from './types'

export const NV: StateRules = noWageTax('NV', 'Nevada', {
  title: 'Nevada Department of Taxation (no personal income tax)',
  url: 'https://tax.nv.gov/',
})
