// Plain types for Worth's tax engine. The engine estimates one year's taxes on one person's wages; see docs/taxes.md.

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

export type ByFiling<T> = Record<Filing, T>

/** One step of a marginal schedule: `rate` applies to the part of taxable income above `over`. */
export interface Bracket {
  over: number
  rate: number
}

export interface Citation {
  title: string
  url: string
}

export interface CitationRef extends Citation {
  jurisdiction: string
}

export interface TaxInput {
  year: number
  filing: Filing
  state: string
  /** Where the person lives, when it is a place with local income taxes. */
  locality?: Locality | null
  /**
   * Whether the person lives in the locality (default true). False means they only work there and live in no place
   * with local taxes: they pay only the taxes it charges people who work there.
   */
  localResident?: boolean
  /** A separate work place in the same state, when it differs from where the person lives. */
  workLocality?: Locality | null
  /** Yearly wages (salary and bonus) of one earner, in US dollars. */
  wages: number
  /** Pre-tax 401(k) employee contribution for the year; capped at the year's elective-deferral limit. */
  k401?: number
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

export type TaxErrorField = 'year' | 'filing' | 'state' | 'locality' | 'workLocality' | 'wages' | 'k401'

/** A problem with the input, naming the field; the CLI and the UI turn it into a message next to that field. */
export class TaxInputError extends Error {
  constructor(
    readonly field: TaxErrorField,
    message: string,
  ) {
    super(message)
    this.name = 'TaxInputError'
  }
}
