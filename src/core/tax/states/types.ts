// The shape of one state's income tax data (one module per state in this folder) and what its own rules see.
import type { Bracket, ByFiling, Citation, Filing, StateCode, TaxYear } from '../types'

/** The figures of one state for one year. */
export interface StateYear {
  brackets: ByFiling<Bracket[]>
  /** A standard deduction, or 'federal' where the state starts from federal taxable income or copies its deduction. */
  deduction?: ByFiling<number> | 'federal'
  /** Personal exemptions for the filer (and spouse on a joint return), subtracted from income. */
  exemption?: ByFiling<number>
  /** Personal credits for the filer (and spouse), subtracted from the tax. */
  exemptionCredit?: ByFiling<number>
  /**
   * A personal exemption (per person) that depends on AGI: [AGI above which, amount] bands, the first at -Infinity.
   * Replaces `exemption`.
   */
  exemptionByAgi?: ByFiling<[number, number][]>
  /** Each personal exemption credit falls by `perStep` for each `step` (or part of one) of AGI above `start`. */
  exemptionCreditPhaseOut?: { start: ByFiling<number>; step: number; perStep: number }
}

/** What a state's own rules see. */
export interface StateContext {
  year: TaxYear
  filing: Filing
  /** State adjusted gross income: wages less the 401(k) deferral where the state allows it. */
  agi: number
  /** Federal income tax (a few states let it be deducted). */
  federalIncomeTax: number
  /** Employee Social Security and Medicare tax (Massachusetts lets part of it be deducted). */
  fica: number
  federalStandardDeduction: number
}

/** Replacements or additions a state's own rules make to the generic computation. */
export interface StateAdjustment {
  deduction?: number
  exemption?: number
  /** Further subtraction from income (e.g. federal income tax in Alabama). */
  subtraction?: number
  /** Replaces the bracket computation. */
  tax?: (taxable: number) => number
  /** Further tax (surtaxes, flat fees), added after brackets. */
  addTax?: number
  /** Replaces the exemption credit. */
  exemptionCredit?: number
  /** Further credit, subtracted from the tax. */
  credit?: number
}

export interface StateRules {
  code: StateCode
  name: string
  /** False for the states with no tax on wages. */
  wageTax: boolean
  /** Whether a 401(k) deferral is left out of state taxable wages (false in Pennsylvania). */
  k401Deductible: boolean
  years: { 2025: StateYear; 2026?: Partial<StateYear> }
  /** When 2026 figures are partial: which ones were updated. */
  note2026?: string
  adjust?: (c: StateContext, y: StateYear) => StateAdjustment
  citation: Citation
  moreCitations?: Citation[]
  /** Parts of the state's law Worth leaves out, in plain words. */
  skipped: string[]
}
