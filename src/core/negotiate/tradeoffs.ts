// When the employer will not move base pay: the sign-on, equity or bonus that is worth the same as the raise asked for.
//
// - sign-on: one payment equal to the raise's first-year value;
// - equity: an extra grant equal to the raise's 4-year value, vesting evenly over four years;
// - bonus: a bonus target higher by the raise, every year.
// Each amount is what to add on top of the offer's own sign-on, stock or bonus. The extra take-home is the tax engine's
// take-home on the offer's wages plus the extra, less that on the offer's wages alone, year by year over the period
// matched (the extra is taxed at the top of the person's income, as it would be).
import type { Tradeoff } from '../../shared/negotiate'
import { formatMoney } from '../../shared/format'
import { roundToCents as round2 } from '../../shared/money'
import { wagesInYear, type OfferParts, type TakeHomeOf } from './takeHome'

/** Years of value an equity grant or a bonus is matched over (a typical 4-year vesting schedule). */
export const TRADEOFF_YEARS = 4

/** Extra take-home from `extraPerYear` more wages in each of `years` first years; null when the tax is not known. */
export function extraTakeHome(
  offer: OfferParts,
  extraPerYear: number,
  years: number,
  takeHome: TakeHomeOf | null,
): number | null {
  if (!takeHome) return null
  let sum = 0
  for (let year = 1; year <= years; year += 1) {
    const wages = wagesInYear(offer, year)
    const before = takeHome(wages)
    const after = takeHome(wages + extraPerYear)
    if (before === null || after === null) return null
    sum += after - before
  }
  return round2(sum)
}

const afterTax = (value: number | null, period: string) =>
  value === null ? '' : `, about ${formatMoney(value)} more take-home ${period} after tax`

/**
 * The three trade-offs for a raise of `raise` a year on base; none when the ask is not above the offer. `what` names
 * the raise in sentences ("the raise", or "a 5% raise" when base stays as offered and these are the other terms).
 */
export function tradeoffsFor(
  offer: OfferParts,
  raise: number,
  takeHome: TakeHomeOf | null,
  what = 'the raise',
): Tradeoff[] {
  if (!(raise > 0) || !Number.isFinite(raise)) return []
  const signonTakeHome = extraTakeHome(offer, raise, 1, takeHome)
  const yearlyTakeHome = extraTakeHome(offer, raise, TRADEOFF_YEARS, takeHome)
  const grant = round2(raise * TRADEOFF_YEARS)
  const percent = Math.round((raise / offer.base) * 1000) / 10
  const existingSignon = offer.signon > 0 ? ` (${formatMoney(offer.signon + raise)} in all)` : ''
  const existingStock = offer.stock > 0 ? ` on top of the ${formatMoney(offer.stock)} a year offered` : ''
  const existingBonus = offer.bonus > 0 ? `, to ${formatMoney(offer.bonus + raise)} a year` : ''
  return [
    {
      kind: 'signon',
      amount: round2(raise),
      percentOfBase: null,
      matches: 'first-year',
      takeHome: signonTakeHome,
      sentence: `If base stays at ${formatMoney(offer.base)}, a sign-on bonus ${formatMoney(raise)} larger${existingSignon} matches ${what}'s first-year value${afterTax(signonTakeHome, 'in year 1')}. It is paid once: from year 2 the ${formatMoney(raise)} a year is missing again.`,
    },
    {
      kind: 'equity',
      amount: grant,
      percentOfBase: null,
      matches: 'four-year',
      takeHome: yearlyTakeHome,
      sentence: `An extra equity grant of ${formatMoney(grant)} vesting over ${TRADEOFF_YEARS} years (${formatMoney(raise)} a year${existingStock}) matches ${what}'s ${TRADEOFF_YEARS}-year value${afterTax(yearlyTakeHome, `over ${TRADEOFF_YEARS} years`)}, if the stock holds its value and vests as wages.`,
    },
    {
      kind: 'bonus',
      amount: round2(raise),
      percentOfBase: percent,
      matches: 'four-year',
      takeHome: yearlyTakeHome,
      sentence: `A bonus target ${formatMoney(raise)} a year higher (${percent}% of base${existingBonus}) matches ${what} every year${afterTax(yearlyTakeHome, `over ${TRADEOFF_YEARS} years`)}, if the bonus pays out in full.`,
    },
  ]
}
