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
  if (!(extra > 0)) return 0
  const without = taxAt(wages)
  const withExtra = taxAt(wages + extra)
  // Ordinary income is taxed as the year's taxes with payroll taxes left as on the wages alone: the one rule below.
  const taxed = kind === 'wages' ? withExtra : withPayrollOfWagesOnly(withExtra, without)
  return roundToCents(taxed.totalTax - without.totalTax)
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
