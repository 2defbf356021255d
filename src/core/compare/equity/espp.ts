// An employee stock purchase plan (ESPP): pay set aside from each paycheck buys company stock at a discount. Pure.
//
// What Worth counts: the discount, as a gain on the money put in. Shares bought at (1 - discount) x the price are
// worth the price, so each dollar contributed comes back as 1 / (1 - discount) dollars: the gain is
// contributions x discount / (1 - discount) (15% off: about 17.6 cents per dollar). A lookback (the price taken as
// the lower of the offering-start and purchase prices) can add more when the stock rises, but only a price path says
// how much, so it is named as not modelled. The shares are assumed sold when bought (a disqualifying disposition):
// the gain is ordinary income, without Social Security or Medicare (IRC section 423 plans are exempt from FICA).
import { roundToCents } from '../../../shared/money'

/** IRC section 423(b)(8): at most $25,000 of stock, valued at the offering-date price, may accrue in a calendar year. */
export const ESPP_YEARLY_STOCK_LIMIT = 25_000
/** IRC section 423(b)(6): a qualified plan's price is at least 85% of the stock's value, so the discount is at most 15%. */
export const ESPP_MAX_DISCOUNT_PERCENT = 15

export interface EsppPlan {
  /** Percent of pay contributed (plans usually allow 1 to 15). */
  percent: number
  /** Discount on the purchase price, percent (usually 15). */
  discount: number
  /** Whether the plan prices at the lower of the offering-start and purchase prices. */
  lookback: boolean
}

export interface EsppYear {
  /** Pay put in over the year (after tax, out of each paycheck). */
  contributions: number
  /** What the discount adds: the shares' value less what was paid. */
  gain: number
  /** True when the $25,000 yearly limit cut the contributions. */
  limited: boolean
}

export class EsppError extends Error {}

export function esppYear(plan: EsppPlan, eligiblePay: number): EsppYear {
  if (!Number.isFinite(plan.percent) || plan.percent < 0 || plan.percent > 100)
    throw new EsppError('The ESPP contribution must be from 0 to 100 percent of pay.')
  if (!Number.isFinite(plan.discount) || plan.discount < 0 || plan.discount > ESPP_MAX_DISCOUNT_PERCENT)
    throw new EsppError(
      `The ESPP discount must be from 0 to ${ESPP_MAX_DISCOUNT_PERCENT} percent (the most a qualified plan gives).`,
    )
  if (!Number.isFinite(eligiblePay) || eligiblePay < 0)
    throw new EsppError('Eligible pay must be zero or more.')
  const kept = 1 - plan.discount / 100
  const wanted = (eligiblePay * plan.percent) / 100
  // $25,000 of stock at full price costs 25,000 x (1 - discount) at the plan's price.
  const cap = ESPP_YEARLY_STOCK_LIMIT * kept
  const contributions = Math.min(wanted, cap)
  return {
    contributions: roundToCents(contributions),
    gain: roundToCents((contributions * (plan.discount / 100)) / kept),
    limited: wanted > cap,
  }
}

/** The assumptions behind an ESPP figure, in words, for the notes beside a result. */
export function esppAssumptions(plan: EsppPlan): string[] {
  const notes = [
    `ESPP: ${plan.percent}% of base pay buys stock at ${plan.discount}% off; the gain counted is the discount alone, with the shares sold when bought (taxed as ordinary income, no Social Security or Medicare).`,
    `ESPP: at most $${ESPP_YEARLY_STOCK_LIMIT.toLocaleString('en-US')} of stock a year (IRS limit, at the offering-date price).`,
  ]
  if (plan.lookback)
    notes.push(
      'ESPP lookback: not modelled — it adds to the gain only if the stock rises during the offering period.',
    )
  return notes
}
