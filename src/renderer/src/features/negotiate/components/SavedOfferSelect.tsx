// A labelled select of the user's saved offers that fills part of the calculator when one is chosen ("Start from a
// saved offer", "Best alternative: one of my offers"). It shows the offer the form holds now, so it goes back to
// "Choose…" once the user types over what it filled in; what it filled in is said in a polite live region.
import { useState } from 'react'
import type { Offer } from '../../../../../shared/offer'

export interface SavedOfferSelectProps {
  id: string
  label: string
  hint: string
  /** What the select shows when the form holds none of the offers. */
  placeholder: string
  offers: readonly Offer[]
  optionText: (offer: Offer) => string
  /** The offer the form holds now (derived from the fields), or null. */
  shown: Offer | null
  /** Fills the form from the offer and returns the sentence that says what changed. */
  onChoose: (offer: Offer) => string
}

export function SavedOfferSelect({
  id,
  label,
  hint,
  placeholder,
  offers,
  optionText,
  shown,
  onChoose,
}: SavedOfferSelectProps) {
  const [note, setNote] = useState<{ id: string; text: string } | null>(null)
  const hintId = `${id}-hint`
  const noteText = note && shown && note.id === shown.id ? note.text : ''

  return (
    <div className="field saved-offer-select">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <select
        id={id}
        aria-describedby={hintId}
        value={shown?.id ?? ''}
        onChange={(event) => {
          const offer = offers.find((item) => item.id === event.target.value)
          if (offer) setNote({ id: offer.id, text: onChoose(offer) })
        }}
      >
        <option value="">{placeholder}</option>
        {offers.map((offer) => (
          <option key={offer.id} value={offer.id}>
            {optionText(offer)}
          </option>
        ))}
      </select>
      <p className="field-note" aria-live="polite">
        {noteText}
      </p>
    </div>
  )
}
