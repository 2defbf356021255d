// Yearly refresh grants: more stock granted after the start, each vesting on its own. Pure.
//
// The rule Worth uses (stated next to every result that includes refreshers): the first refresh is granted at the first
// anniversary (the end of year 1) and then one every `everyYears` years; each vests evenly over its `vestYears` years,
// starting the year after it is granted. A yearly $40,000 refresh vesting over 4 years therefore adds $10,000 in year
// 2, $20,000 in year 3 and $30,000 in year 4 — refreshers stack, which is why they matter more each year. For an
// options offer the same rule runs in options instead of dollars (a refresh of `shares` options, or a percent of the
// initial grant's options).
import { formatMoney, formatPrice } from '../../../shared/format'
import { roundToCents } from '../../../shared/money'
import type { Offer } from '../../../shared/offer'

export interface RefreshPlan {
  /** Dollars granted each time; or, instead, a share of the initial grant. */
  amount?: number
  /** Each refresh as a percent of the initial grant's total value (e.g. 25 = a quarter of the sign-on grant). */
  percentOfGrant?: number
  /** Options granted each time (options offers only; the grant is then counted in options, not dollars). */
  shares?: number
  /** A refresh every this many years (1 = yearly). */
  everyYears: number
  /** Each refresh vests evenly over this many years. */
  vestYears: number
}

export class RefreshError extends Error {}

/**
 * The size of one refresh: its amount (dollars), its number of options, or its percent of the initial grant (in the
 * initial grant's unit: dollars of RSUs, or options).
 */
export function refreshGrantValue(plan: RefreshPlan, initialGrant: number): number {
  const sizes = [plan.amount, plan.percentOfGrant, plan.shares].filter((v) => v !== undefined).length
  if (sizes > 1)
    throw new RefreshError(
      'A refresh is one of an amount, a number of options or a percent of the initial grant, not several.',
    )
  if (plan.shares !== undefined) {
    if (!Number.isInteger(plan.shares) || plan.shares < 1 || plan.shares > 100_000_000)
      throw new RefreshError(
        'The number of options in a refresh must be a whole number from 1 to 100,000,000.',
      )
    return plan.shares
  }
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
  throw new RefreshError('A refresh needs an amount, a number of options or a percent of the initial grant.')
}

/**
 * What refresh grants vest in each of years 1..`years` (index 0 = year 1), in the grant's unit (dollars at the grant
 * value, or options).
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

/** The sentence stated beside every result with refresh grants: their size, rhythm and vesting, and what is assumed. */
export function refreshAssumption(refresh: RefreshPlan, equity: Offer['equity']): string {
  const options = equity.kind === 'options'
  const size =
    refresh.amount !== undefined
      ? formatMoney(refresh.amount)
      : refresh.shares !== undefined
        ? `${refresh.shares.toLocaleString('en-US')} options`
        : `${refresh.percentOfGrant}% of the initial grant${options ? '’s options' : ''}`
  const every = refresh.everyYears === 1 ? 'every year' : `every ${refresh.everyYears} years`
  const strike = options
    ? ` Refresh options are valued at a strike of today’s 409A price (${formatPrice(equity.fmv)}): each will be priced at the 409A of its own day, usually higher as a company grows, which makes it worth less than shown.`
    : ''
  return `Refresh grants: ${size} ${every} from the first anniversary, each vesting evenly over ${refresh.vestYears} years; they are a plan, not a promise, unless the offer letter says so.${strike}`
}
