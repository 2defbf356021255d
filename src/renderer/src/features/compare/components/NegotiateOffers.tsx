// "Negotiate this offer" for each compared offer: opens the counter-offer calculator with the offer filled in and,
// as the best alternative, the total pay of the best other offer by year-1 total compensation.
import { memo } from 'react'
import type { CompareResult } from '../../../../../shared/compare'
import type { Offer } from '../../../../../shared/offer'
import { formatMoney } from '../../../lib/format'
import { savedOfferTotal } from '../../negotiate/fromSavedOffer'
import type { NegotiatePrefill } from '../../negotiate/negotiateForm'
import { negotiateChoices } from '../negotiateFromCompare'

export interface NegotiateOffersProps {
  result: CompareResult
  saved: readonly Offer[]
  onOpenNegotiate: (prefill: NegotiatePrefill) => void
}

export const NegotiateOffers = memo(function NegotiateOffers({
  result,
  saved,
  onOpenNegotiate,
}: NegotiateOffersProps) {
  const choices = negotiateChoices(result, saved)
  if (choices.length === 0) return null
  return (
    <section className="result-card negotiate-offers" aria-labelledby="compare-negotiate-heading">
      <h3 id="compare-negotiate-heading">Negotiate an offer</h3>
      <p className="note">
        Opens the counter-offer calculator with the offer filled in and, as your best alternative, the total
        pay a year (base + bonus + stock per year + sign-on ÷ 4) of the other offer with the highest year-1
        total compensation.
      </p>
      <ul className="negotiate-offer-list">
        {choices.map(({ offer, alternative, prefill }) => (
          <li key={offer.id}>
            <strong>{offer.label}</strong>{' '}
            <button type="button" className="secondary-button" onClick={() => onOpenNegotiate(prefill)}>
              Negotiate this offer <span className="visually-hidden">({offer.label})</span>
            </button>{' '}
            {alternative && (
              <span className="picker-detail">
                best alternative: {alternative.label}, {formatMoney(savedOfferTotal(alternative))} a year
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
})
