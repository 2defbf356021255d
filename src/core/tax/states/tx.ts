// Texas: no income tax on wages, with the official source that says so.
import { noWageTax } from './build'
import type { StateRules } from './types'

export const TX: StateRules = noWageTax('TX', 'Texas', {
  title: 'Texas Comptroller of Public Accounts (no personal income tax)',
  url: 'https://comptroller.texas.gov/taxes/',
})
