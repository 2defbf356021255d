// Checkboxes to choose which saved offers to compare (2 to 6).
import type { Offer } from '../../../../../shared/offer'
import { formatMoney } from '../../../lib/format'

export const MAX_COMPARED = 6

export interface OfferPickerProps {
  offers: Offer[]
  chosen: readonly string[]
  onChange: (ids: string[]) => void
}

export function OfferPicker({ offers, chosen, onChange }: OfferPickerProps) {
  const full = chosen.length >= MAX_COMPARED
  return (
    <fieldset className="offer-picker">
      <legend>Offers to compare (2 to 6)</legend>
      <ul className="picker-list">
        {offers.map((offer) => {
          const checked = chosen.includes(offer.id)
          return (
            <li key={offer.id}>
              <label className="toggle">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={() =>
                    onChange(
                      checked
                        ? chosen.filter((id) => id !== offer.id)
                        : offers.map((o) => o.id).filter((id) => id === offer.id || chosen.includes(id)),
                    )
                  }
                />{' '}
                {offer.label}{' '}
                <span className="picker-detail">
                  — {offer.location}, base {formatMoney(offer.base)}
                </span>
              </label>
            </li>
          )
        })}
      </ul>
      {chosen.length < 2 && <p className="field-hint">Choose at least 2 offers to compare them.</p>}
      {full && offers.length > MAX_COMPARED && (
        <p className="field-hint">Worth compares at most 6 offers at once; untick one to choose another.</p>
      )}
    </fieldset>
  )
}
