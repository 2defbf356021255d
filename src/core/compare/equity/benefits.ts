// Benefits that change what an offer is worth: the health premium the employee pays, the employer's HSA money, and
// how long the 401(k) match takes to vest. Pure.
//
// The health premium is taken to be paid pre-tax through the employer's cafeteria plan (IRC section 125, as nearly all
// are): it comes out of pay before income tax, Social Security and Medicare, so it lowers taxable wages as well as
// take-home. The employer's HSA contribution is not taxed federally (nor, in most states, by the state) and is counted
// as money received. A match that vests only after some years is lost by leaving sooner, like stock before its cliff.
import { formatMoney } from '../../../shared/format'
import { roundToCents } from '../../../shared/money'

export interface Benefits {
  /** What the employee pays a year for health cover (their share of the premium). */
  healthPremium: number
  /** What the employer puts into the employee's health savings account a year. */
  hsaEmployer: number
  /** Years of service before the employer's 401(k) match is the employee's to keep (cliff vesting); none = at once. */
  matchVestingYears?: number
}

export class BenefitsError extends Error {}

function checkAmount(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 100_000)
    throw new BenefitsError(`The ${name} must be from $0 to $100,000 a year.`)
  return value
}

/** Wages as the tax engine should see them: less the pre-tax health premium (never below zero). */
export function wagesAfterPremium(wages: number, benefits: Benefits | undefined): number {
  if (!benefits) return wages
  return roundToCents(Math.max(0, wages - checkAmount('health premium', benefits.healthPremium)))
}

/** The employer's HSA money for a year (received, untaxed federally). */
export function employerHsa(benefits: Benefits | undefined): number {
  return benefits ? roundToCents(checkAmount('employer HSA contribution', benefits.hsaEmployer)) : 0
}

/**
 * What leaving before the match vests gives up: the match of every year up to the vesting date (from `matchByYear`,
 * index 0 = year 1). Null when the match is kept at once or there is none.
 */
export function matchForfeit(
  matchByYear: readonly number[],
  benefits: Benefits | undefined,
): { years: number; amount: number; sentence: string } | null {
  const years = benefits?.matchVestingYears
  if (years === undefined || years === 0) return null
  if (!Number.isInteger(years) || years < 0 || years > 6)
    throw new BenefitsError(
      'The 401(k) match vesting must be 0 to 6 whole years (the most the law allows for a cliff is 3).',
    )
  const amount = roundToCents(matchByYear.slice(0, years).reduce((a, b) => a + b, 0))
  if (!(amount > 0)) return null
  const shown = Math.min(years, matchByYear.length)
  return {
    years,
    amount,
    sentence: `Leaving before ${years} year${years === 1 ? '' : 's'} gives up the employer’s 401(k) match so far: up to ${formatMoney(amount)} (the match of year${shown === 1 ? '' : 's'} 1${shown === 1 ? '' : `–${shown}`}).`,
  }
}

/** The assumptions behind the benefits figures, for the notes beside a result. */
export function benefitsAssumptions(benefits: Benefits): string[] {
  const notes: string[] = []
  if (benefits.healthPremium > 0)
    notes.push(
      `Health premium: ${formatMoney(benefits.healthPremium)} a year taken as paid pre-tax (before income tax, Social Security and Medicare).`,
    )
  if (benefits.hsaEmployer > 0)
    notes.push(
      `Employer HSA: ${formatMoney(benefits.hsaEmployer)} a year added to take-home, untaxed; California and New Jersey tax it as wages, which Worth does not add.`,
    )
  return notes
}
