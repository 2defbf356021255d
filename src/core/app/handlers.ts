// The backend's handlers, one per channel; Electron main and browser mode register this same map.
import type { DatasetInfo, LocationSearchResult } from '../../shared/types'
import type { Dataset } from '../dataset/indexDataset'
import { checkOffer, compareOffers, equivalentSalary, type OfferFacts } from '../compare/compareOffers'
import { rememberedFacts } from '../compare/offerFacts'
import { estimateOffer } from '../estimate/estimateOffer'
import { cachedMarkets } from '../estimate/market'
import { buildInsights } from '../insights/buildInsights'
import { negotiateOffer } from '../negotiate/negotiateOffer'
import type { Handlers } from './dispatch'
import { taxAtPlace } from './taxAtPlace'

export function createHandlers(dataset: Dataset): Handlers {
  const marketFor = cachedMarkets(dataset)
  // Where each compared offer is taxed and its base percentile, which no what-if changes (see offerFacts.ts); made on
  // the first comparison, so a handler set that never compares pays nothing for it.
  let compareFacts: OfferFacts | undefined
  return {
    'titles:search'({ query, limit }) {
      return { query, ...dataset.titles.search(query, limit) }
    },
    'locations:search'({ query, limit }): LocationSearchResult {
      const exact = dataset.locations.resolve(query)
      const ambiguous = exact.length > 1
      const seen = new Set(exact.map((m) => `${m.label}|${m.areaCode}`))
      const more = dataset.locations
        .suggest(query, limit ?? 8)
        .filter((m) => !seen.has(`${m.label}|${m.areaCode}`))
      const note = dataset.locations.explain(query)
      return {
        query,
        matches: [...exact, ...(ambiguous ? [] : more)].slice(0, Math.max(limit ?? 8, exact.length)),
        ambiguous,
        ...(note ? { note } : {}),
      }
    },
    'estimate:offer'(input) {
      return estimateOffer(dataset, input, marketFor)
    },
    'insights:role'(input) {
      return buildInsights(dataset, input, marketFor)
    },
    'compare:offers'({ offers, ...options }) {
      compareFacts ??= rememberedFacts(dataset, marketFor)
      return compareOffers(dataset, offers, options, marketFor, compareFacts)
    },
    'negotiate:offer'(input) {
      return negotiateOffer(dataset, input, marketFor)
    },
    'offer:check'({ offer }) {
      return checkOffer(dataset, offer)
    },
    'compare:equivalent'(input) {
      return equivalentSalary(dataset, input)
    },
    'tax:compute'(input) {
      return taxAtPlace(input, (text) => dataset.locations.resolve(text))
    },
    'dataset:info'(): DatasetInfo {
      return {
        version: dataset.version,
        occupations: dataset.occupations.length,
        areas: dataset.areas.length,
        titles: dataset.titles.size,
        places: dataset.counts.places ?? 0,
        sources: dataset.sources,
      }
    },
  }
}
