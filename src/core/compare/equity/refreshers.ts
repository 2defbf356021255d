// Yearly refresh grants: more stock granted after the start, each vesting on its own. Pure.
//
// The rule Worth uses (stated next to every result that includes refreshers): the first refresh is granted at the first
// anniversary (the end of year 1) and then one every `everyYears` years; each vests evenly over its `vestYears` years,
// starting the year after it is granted. A yearly $40,000 refresh vesting over 4 years therefore adds $10,000 in year
// 2, $20,000 in year 3 and $30,000 in year 4 — refreshers stack, which is why they matter more each year.
import { roundToCents } from '../../../shared/money'

export interface RefreshPlan {
  /** Dollars granted each time; or, instead, a share of the initial grant. */
  amount?: number
  /** Each refresh as a percent of the initial grant's total value (e.g. 25 = a quarter of the sign-on grant). */
  percentOfGrant?: number
  /** A refresh every this many years (1 = yearly). */
  everyYears: number
  /** Each refresh vests evenly over this many years. */
  vestYears: number
}

export class RefreshError extends Error {}

/** The dollar value of one refresh: its amount, or its percent of the initial grant. */
export function refreshGrantValue(plan: RefreshPlan, initialGrant: number): number {
  if (plan.amount !== undefined && plan.percentOfGrant !== undefined)
    throw new RefreshError('A refresh is either an amount or a percent of the initial grant, not both.')
  if (plan.amount !== undefined) {
    if (!Number.isFinite(plan.amount) || plan.amount < 0)
      throw new RefreshError('The refresh amount must be zero or more.')
    return plan.amount
  }
  if (plan.percentOfGrant !== undefined) {
    if (!Number.isFinite(plan.percentOfGrant) || plan.percentOfGrant < 0 || plan.percentOfGrant > 500)
      throw new RefreshError('The refresh percent of the initial grant must be from 0 to 500.')
    return roundToCents((initialGrant * plan.percentOfGrant) / 100)
  }
  throw new RefreshError('A refresh needs an amount or a percent of the initial grant.')
}

/**
 * What refresh grants vest in each of years 1..`years` (index 0 = year 1), in dollars at the grant value.
 * Year 1 is always 0: the first refresh is granted at its end.
 */
export function refreshVestingByYear(plan: RefreshPlan, initialGrant: number, years: number): number[] {
  if (!Number.isInteger(plan.everyYears) || plan.everyYears < 1 || plan.everyYears > 10)
    throw new RefreshError('Refresh grants must come every 1 to 10 whole years.')
  if (!Number.isInteger(plan.vestYears) || plan.vestYears < 1 || plan.vestYears > 10)
    throw new RefreshError('A refresh must vest over 1 to 10 whole years.')
  const grant = refreshGrantValue(plan, initialGrant)
  const perYear = grant / plan.vestYears
  const out = new Array<number>(years).fill(0)
  // Grants at the end of year 1, 1 + every, 1 + 2 x every, ...; each vests in the years that follow it.
  for (let grantedAfter = 1; grantedAfter < years; grantedAfter += plan.everyYears) {
    for (let y = grantedAfter + 1; y <= Math.min(years, grantedAfter + plan.vestYears); y += 1) {
      out[y - 1]! += perYear
    }
  }
  return out.map(roundToCents)
}
