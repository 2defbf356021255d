// Plain types for Worth's tax engine. The engine estimates one year's taxes on one person's wages; see docs/taxes.md.
// The years, filing statuses, states and the result are part of the contract (src/shared/tax.ts: the reply of
// tax:compute); they are re-exported here for the engine.
import type { Filing, Locality } from '../../shared/tax'
export { FILING_STATUSES, STATE_CODES, TAX_YEARS } from '../../shared/tax'
export type {
  Citation,
  CitationRef,
  Filing,
  Locality,
  PayrollLine,
  StateCode,
  TaxResult,
  TaxYear,
} from '../../shared/tax'

export type ByFiling<T> = Record<Filing, T>

/** One step of a marginal schedule: `rate` applies to the part of taxable income above `over`. */
export interface Bracket {
  over: number
  rate: number
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
