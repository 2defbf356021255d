// Compare's what-ifs (filing status, tax year, 401(k), stock price, bonus payout, chance of an exit) change an offer's
// pay, vesting and taxes year by year, but not where it is taxed, its cost of living or its base pay percentile. A
// handler set keeps those for the newest offers it compared, so a what-if change works out only what it changes.
// The dataset under a handler set never changes, so a remembered fact never goes stale; compareOffers copies what it
// puts in a reply, so no reply can change what the next one is built from.
import type { Offer } from '../../shared/offer'
import type { Dataset } from '../dataset/indexDataset'
import type { MarketFor } from '../estimate/market'
import { freshFacts, type OfferFacts } from './compareOffers'

/** Enough for a comparison of 6 offers and a few changes to them; the least recently used goes first. */
export const REMEMBERED_OFFERS = 32

/** Values by key, keeping the `limit` most recently used. */
export function newestValues<V>(limit: number): (key: string, work: () => V) => V {
  const known = new Map<string, V>()
  return (key, work) => {
    if (known.has(key)) {
      const value = known.get(key)!
      // Used again: it moves to the newest end.
      known.delete(key)
      known.set(key, value)
      return value
    }
    const value = work()
    known.set(key, value)
    if (known.size > limit) known.delete(known.keys().next().value!)
    return value
  }
}

export function rememberedFacts(
  dataset: Dataset,
  marketFor?: MarketFor,
  limit = REMEMBERED_OFFERS,
  /** Where a fact not remembered is worked out (a test counts the calls). */
  fresh: OfferFacts = freshFacts(dataset, marketFor),
): OfferFacts {
  const places = newestValues<ReturnType<OfferFacts['place']>>(limit)
  const percentiles = newestValues<ReturnType<OfferFacts['percentile']>>(limit)
  return {
    // Keyed by exactly the fields each fact reads.
    place: (offer: Offer) =>
      places(JSON.stringify([offer.location, offer.workLocation ?? null]), () => fresh.place(offer)),
    percentile: (offer: Offer) =>
      percentiles(JSON.stringify([offer.title, offer.location, offer.years, offer.base]), () =>
        fresh.percentile(offer),
      ),
  }
}
