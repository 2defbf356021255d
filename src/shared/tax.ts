// The tax engine's years, filing statuses, states and result: what the tax:compute channel answers, and what
// Compare's yearly figures are built from. The engine itself is src/core/tax (docs/taxes.md).

export const TAX_YEARS = [2025, 2026] as const
export type TaxYear = (typeof TAX_YEARS)[number]

export const FILING_STATUSES = ['single', 'joint', 'hoh'] as const
/** single, married filing jointly, head of household. */
export type Filing = (typeof FILING_STATUSES)[number]

export const STATE_CODES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
] as const
export type StateCode = (typeof STATE_CODES)[number]

/**
 * A place with local income taxes, by its id in the local tax tables (src/core/tax/localTaxes), e.g. 'nyc',
 * 'philadelphia', 'md-baltimore-city', 'oh-columbus'. localForPlace.ts finds it from a place name.
 */
export type Locality = string

export interface Citation {
  title: string
  url: string
}

export interface CitationRef extends Citation {
  jurisdiction: string
}

export interface PayrollLine {
  program: string
  amount: number
}

export interface TaxResult {
  year: TaxYear
  filing: Filing
  state: StateCode
  locality: Locality | null
  workLocality: Locality | null
  gross: number
  /** The pre-tax 401(k) contribution actually used (after the yearly limit). */
  k401: number
  federal: number
  socialSecurity: number
  medicare: number
  additionalMedicare: number
  stateIncome: number
  statePayroll: PayrollLine[]
  statePayrollTotal: number
  /** All local taxes together. */
  local: number
  /** Each local tax, named (e.g. "Baltimore City income tax"). */
  localTaxes: { name: string; amount: number }[]
  totalTax: number
  /** gross - totalTax - k401: pay that reaches the bank account; the 401(k) money is saved, not taxed. */
  takeHome: number
  notModelled: string[]
  citations: CitationRef[]
}

/** The reply of tax:compute: one year's taxes on wages earned in a place the user typed. */
export interface TaxAtPlaceResult {
  /** The place as Worth read it ("Seattle, WA", or the state for "New York"). */
  place: string
  /** How Worth read the places, when it has something to say (also listed first in `tax.notModelled`). */
  notes: string[]
  tax: TaxResult
}
