// What an offer's stock is worth year by year: the initial grant (RSUs in dollars, or options per exit scenario) and
// refresh grants. Compare calls it once per offer; every rule lives in the small modules beside it. Pure.
import { roundToCents } from '../../../shared/money'
import type { Offer } from '../../../shared/offer'
import { vestingByYear } from '../vesting'
import { optionYears, type OptionGrant, type OptionRefresh, type OptionYear } from './options'
import { refreshVestingByYear, RefreshError } from './refreshers'

/**
 * Refresh options: each a number of options (or a percent of the initial grant's options), taken at today's 409A
 * price as their strike — a later grant is priced at the 409A of its day, which Worth cannot know (the note says so).
 */
function optionRefresh(
  refresh: NonNullable<Offer['refresh']>,
  equity: Extract<Offer['equity'], { kind: 'options' }>,
  years: number,
): OptionRefresh {
  if (refresh.amount !== undefined)
    throw new RefreshError(
      'For stock options, give each refresh as a number of options (e.g. 10000) or a percent of the initial grant (e.g. 25%), not in dollars: a dollar amount of options has no single meaning.',
    )
  return { optionsByYear: refreshVestingByYear(refresh, equity.shares, years), strike: equity.fmv }
}

export interface OfferEquity {
  /** Dollars of RSU stock vesting each year, refreshers included (all zeros for an options offer). */
  stock: number[]
  /** The refreshers' part of `stock`; null when the offer has none. */
  refresh: number[] | null
  /** Options year by year with their value per exit scenario; null for an RSU offer. */
  options: { grant: OptionGrant; years: OptionYear[] } | null
}

/** `stockChangePercent` is the what-if on the stock price: it scales RSUs and refreshers (not the exit prices). */
export function offerEquity(offer: Offer, years: number, stockChangePercent: number): OfferEquity {
  const { equity } = offer
  const scale = 1 + stockChangePercent / 100
  if (equity.kind === 'options') {
    const grant: OptionGrant = {
      shares: equity.shares,
      strike: equity.strike,
      fmv: equity.fmv,
      preferred: equity.preferred,
      exercise: equity.exercise,
      years: equity.years,
      schedule: equity.schedule,
      expiryYears: equity.expiryYears,
    }
    const refresh = offer.refresh ? optionRefresh(offer.refresh, equity, years) : undefined
    return {
      stock: new Array<number>(years).fill(0),
      refresh: null,
      options: { grant, years: optionYears(grant, equity.exitScenarios, years, refresh) },
    }
  }
  if (offer.refresh?.shares !== undefined)
    throw new RefreshError(
      'A refresh given as a number of options needs stock options; for RSUs give it in dollars or as a percent of the grant.',
    )
  const vest = vestingByYear(equity.schedule, equity.years)
  const refresh = offer.refresh ? refreshVestingByYear(offer.refresh, equity.total, years) : null
  const stock = Array.from({ length: years }, (_, i) => {
    const granted = equity.total * (vest[i] ?? 0) + (refresh?.[i] ?? 0)
    return roundToCents(granted * scale)
  })
  return {
    stock,
    refresh: refresh ? refresh.map((r) => roundToCents(r * scale)) : null,
    options: null,
  }
}
