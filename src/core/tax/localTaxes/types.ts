// The shape of Worth's local income tax data: one entry per local tax, its figures per tax year, the official source
// each figure set was read from, and the places whose residents (or workers) pay it. The rules that read these
// figures are in ../local.ts; the lookup from a place name to its taxes is in ../localForPlace.ts.
import type { Bracket, ByFiling, Citation, StateCode } from '../types'

/**
 * How one local tax is charged to one person.
 * - wages: a share of wages (401(k) deferrals included: local wage taxes count them), after an optional exemption per
 *   person (Michigan cities).
 * - stateTaxable: a marginal schedule on the state's taxable income (Maryland counties, Indiana counties on Indiana
 *   AGI less exemptions, New York City, Oregon's Metro and Multnomah taxes).
 * - stateTaxShare: a share of the state income tax (the Yonkers resident surcharge).
 * - flat: a fixed yearly amount for people whose wages reach `minWages` (Pennsylvania's local services tax,
 *   occupational privilege taxes, the Portland Arts Tax).
 */
export type LocalCharge =
  | { kind: 'wages'; rate: number; exemptionPerPerson?: number }
  | { kind: 'stateTaxable'; brackets: ByFiling<Bracket[]> }
  | { kind: 'stateTaxShare'; share: number }
  | { kind: 'flat'; amount: number; minWages: number }

/**
 * New York City's school tax credits (Form IT-201 lines 69 and 69a): a fixed credit for incomes up to `fixed.maxAgi`,
 * and a rate reduction credit for NYC taxable income up to `rateReduction.maxTaxable`: `lowRate` x taxable income up to
 * `edge`, else `base` + `highRate` x the part above `edge`.
 */
export interface SchoolTaxCredit {
  fixed: { amount: ByFiling<number>; maxAgi: number }
  rateReduction: {
    maxTaxable: number
    edge: ByFiling<number>
    base: ByFiling<number>
    lowRate: number
    highRate: number
  }
}

/** One year's figures: what residents pay, and what people who only work there pay. */
export interface LocalFigures {
  resident?: LocalCharge
  nonresident?: LocalCharge
  /** Credits residents take off the resident tax. */
  schoolTaxCredit?: SchoolTaxCredit
}

/**
 * Who pays:
 * - residence: residents only, on all their income, wherever they work;
 * - workplace: people who work there (residents at the resident rate when they both live and work there);
 * - both: residents on all their wages, and people who only work there at the nonresident rate.
 */
export type LocalBasis = 'residence' | 'workplace' | 'both'

export interface LocalTaxDef {
  id: string
  /** How the tax is named on a result line, e.g. "Baltimore City income tax". */
  name: string
  state: StateCode
  basis: LocalBasis
  /** Whether a credit for a work place's wage tax lowers this tax for a resident who works elsewhere. */
  creditsWorkPlace?: boolean
  years: { 2025: LocalFigures; 2026?: LocalFigures }
  /** Publisher, document and year the 2025 figures were read from. */
  citation: Citation
  /** Where the 2026 figures come from, when they were published. */
  citation2026?: Citation
  /**
   * Set when a figure could not be confirmed against an official source for the year: what was and was not checked.
   * Every result that uses the tax says so.
   */
  unverified?: string
  /** What this tax's rules include that Worth leaves out, in plain words. */
  skipped?: string[]
}

/** A place with local taxes: a city, a county, or a city-county. */
export interface LocalPlace {
  /** Stable identifier, used as the tax engine's `locality` (e.g. 'nyc', 'md-baltimore-city'). */
  id: string
  /** How a result names it, e.g. "Baltimore City". */
  name: string
  state: StateCode
  /** Names a user may type for it (lower case, without the state), besides `name`. */
  aliases?: string[]
  /** The taxes its residents pay (and, for workplace taxes, people who work there), by LocalTaxDef id. */
  taxes: string[]
  /** Said whenever the place is used, e.g. that a neighbouring county with the same name is a separate place. */
  note?: string
}
