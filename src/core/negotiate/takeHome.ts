// Take-home pay for the negotiation: one year's wages through Worth's tax engine (src/core/tax), for the offer's place.
import { MAX_AMOUNT } from '../../shared/fields'
import { computeTax } from '../tax/computeTax'
import type { Filing, Locality, StateCode, TaxYear } from '../tax/types'

/** The parts of an offer, in yearly US dollars; the sign-on is paid once, in the first year. */
export interface OfferParts {
  base: number
  bonus: number
  stock: number
  signon: number
}

/**
 * Take-home pay (after federal, state, payroll and local taxes) for a year's wages; increasing in wages. Null for
 * wages the tax engine does not take (above $10,000,000 a year, or not a number).
 */
export type TakeHomeOf = (wages: number) => number | null

/** Worth prices a negotiation with this tax year's rules (docs/taxes.md). */
export const NEGOTIATE_TAX_YEAR: TaxYear = 2025

export interface TaxPlace {
  state: StateCode
  locality: Locality | null
}

export function takeHomeFor(place: TaxPlace, filing: Filing, year: TaxYear = NEGOTIATE_TAX_YEAR): TakeHomeOf {
  return (wages) =>
    Number.isFinite(wages) && wages >= 0 && wages <= MAX_AMOUNT
      ? computeTax({ year, filing, state: place.state, locality: place.locality, wages, k401: 0 }).takeHome
      : null
}

/** Wages in year `year` (1-based) of an offer: base, bonus and stock every year; the sign-on in year 1 only. */
export function wagesInYear(offer: OfferParts, year: number): number {
  return offer.base + offer.bonus + offer.stock + (year === 1 ? offer.signon : 0)
}
