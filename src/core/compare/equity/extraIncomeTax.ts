// The tax on income added to a year's wages (an option spread, an ESPP gain), found as the difference it makes to
// that year's taxes: it is taxed at the top of the year's income, at the year's own marginal rates. Pure.
import type { TaxResult } from '../../tax/types'
import { roundToCents } from '../../../shared/money'

/**
 * - 'wages': taxed as pay (non-qualified option spreads): income taxes plus Social Security, Medicare and state payroll
 *   taxes.
 * - 'ordinary': ordinary income that is not wages for payroll taxes (an ESPP gain or an incentive option sold the year
 *   it is bought): income taxes only (federal, state and local as the engine applies them to wages).
 */
export type ExtraIncomeKind = 'wages' | 'ordinary'

const payroll = (t: TaxResult) => t.socialSecurity + t.medicare + t.additionalMedicare + t.statePayrollTotal

export function taxOnExtraIncome(
  taxAt: (wages: number) => TaxResult,
  wages: number,
  extra: number,
  kind: ExtraIncomeKind,
): number {
  return extraIncomeTaxer(taxAt, wages, kind)(extra)
}

/**
 * The tax on amounts added to one year's `wages`, for several amounts (an options offer's exit scenarios): the taxes
 * on the wages alone are computed once (or taken from `atWages` when the caller has them already), and an amount met
 * twice is taxed once. Each figure equals `taxOnExtraIncome`'s for the same amount.
 */
export function extraIncomeTaxer(
  taxAt: (wages: number) => TaxResult,
  wages: number,
  kind: ExtraIncomeKind,
  atWages?: TaxResult,
): (extra: number) => number {
  let without = atWages
  const known = new Map<number, number>()
  return (extra) => {
    if (!(extra > 0)) return 0
    const seen = known.get(extra)
    if (seen !== undefined) return seen
    without ??= taxAt(wages)
    const withExtra = taxAt(wages + extra)
    // Ordinary income is taxed as the year's taxes with payroll taxes left as on the wages alone: the one rule below.
    const taxed = kind === 'wages' ? withExtra : withPayrollOfWagesOnly(withExtra, without)
    const tax = roundToCents(taxed.totalTax - without.totalTax)
    known.set(extra, tax)
    return tax
  }
}

/**
 * A year's taxes with income added that is not wages for payroll taxes: income taxes as computed on the larger
 * amount (`withExtra`), Social Security, Medicare and state payroll taxes as on the wages alone (`without`).
 */
export function withPayrollOfWagesOnly(withExtra: TaxResult, without: TaxResult): TaxResult {
  const extraPayroll = roundToCents(payroll(withExtra) - payroll(without))
  return {
    ...withExtra,
    socialSecurity: without.socialSecurity,
    medicare: without.medicare,
    additionalMedicare: without.additionalMedicare,
    statePayroll: without.statePayroll,
    statePayrollTotal: without.statePayrollTotal,
    totalTax: roundToCents(withExtra.totalTax - extraPayroll),
    takeHome: roundToCents(withExtra.takeHome + extraPayroll),
  }
}
