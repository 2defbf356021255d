// From the comparison to the counter-offer calculator: an offer's prefill with, as the best alternative, the total
// pay a year of the best other offer compared. "Best" is by year-1 total compensation as the comparison ranks it
// (what-ifs included); the figure handed over is that offer's total as the calculator counts totals (base + bonus +
// stock per year + sign-on ÷ 4), so it can be set against the negotiated offer's own total. Pure.
import type { CompareResult } from '../../../../shared/compare'
import type { Offer } from '../../../../shared/offer'
import { savedOfferPrefill, savedOfferTotal } from '../negotiate/fromSavedOffer'
import type { NegotiatePrefill } from '../negotiate/negotiateForm'

/**
 * The compared offer other than `id` with the highest year-1 total compensation (among those `available` allows,
 * e.g. still saved), or null when there is none.
 */
export function bestOtherId(
  result: CompareResult,
  id: string,
  available: (id: string) => boolean = () => true,
): string | null {
  const usable = (other: string) => other !== id && available(other)
  const ranked = result.ranking.grossYear1 ?? []
  const best = ranked.find((row) => usable(row.id))
  if (best) return best.id
  // Not ranked (a comparison always ranks two offers or more): the first other offer in the comparison.
  return result.offers.find((offer) => usable(offer.id))?.id ?? null
}

export interface NegotiateChoice {
  offer: Offer
  /** The best other compared offer, whose total becomes the best alternative; null when there is none. */
  alternative: Offer | null
  prefill: NegotiatePrefill
}

/** One choice per compared offer that is still saved, in the comparison's order. */
export function negotiateChoices(result: CompareResult, saved: readonly Offer[]): NegotiateChoice[] {
  const byId = new Map(saved.map((offer) => [offer.id, offer]))
  const choices: NegotiateChoice[] = []
  for (const compared of result.offers) {
    const offer = byId.get(compared.id)
    if (!offer) continue
    const otherId = bestOtherId(result, offer.id, (other) => byId.has(other))
    const alternative = otherId ? (byId.get(otherId) ?? null) : null
    const prefill = savedOfferPrefill(offer)
    if (alternative) prefill.alternative = savedOfferTotal(alternative)
    choices.push({ offer, alternative, prefill })
  }
  return choices
}
