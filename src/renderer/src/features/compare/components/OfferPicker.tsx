// Checkboxes to choose which saved offers to compare (2 to 6). An offer Worth cannot compare (its place or title
// is not one Worth knows) is listed but cannot be ticked: the reason is under it, with an Edit button to fix it.
import type { Offer } from '../../../../../shared/offer'
import { formatMoney } from '../../../lib/format'
import { problemSummary, type OfferProblem } from '../../offers/offerCheck'

export const MAX_COMPARED = 6

export interface OfferPickerProps {
  offers: Offer[]
  chosen: readonly string[]
  onChange: (ids: string[]) => void
  /** Problems per offer id that keep an offer out of the comparison. */
  problems?: ReadonlyMap<string, OfferProblem[]>
  /** Opens the offer in My offers to fix it. */
  onEdit?: (id: string) => void
}

const NO_PROBLEMS: ReadonlyMap<string, OfferProblem[]> = new Map()

export function OfferPicker({ offers, chosen, onChange, problems = NO_PROBLEMS, onEdit }: OfferPickerProps) {
  const full = chosen.length >= MAX_COMPARED
  const usable = offers.filter((offer) => !problems.get(offer.id)?.length)
  return (
    <fieldset className="offer-picker">
      <legend>Offers to compare (2 to 6)</legend>
      <ul className="picker-list">
        {offers.map((offer) => {
          const found = problems.get(offer.id)
          const blocked = !!found && found.length > 0
          const checked = !blocked && chosen.includes(offer.id)
          const reasonId = `picker-problem-${offer.id}`
          return (
            <li key={offer.id} className={blocked ? 'picker-blocked' : undefined}>
              <label className="toggle">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={blocked || (!checked && full)}
                  aria-describedby={blocked ? reasonId : undefined}
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
              {blocked && (
                <p className="picker-problem" id={reasonId}>
                  Cannot be compared: {problemSummary(found)}{' '}
                  {onEdit && (
                    <button
                      type="button"
                      className="small-button"
                      aria-label={`Edit ${offer.label} to fix it`}
                      onClick={() => onEdit(offer.id)}
                    >
                      Edit
                    </button>
                  )}
                </p>
              )}
            </li>
          )
        })}
      </ul>
      {chosen.length < 2 && usable.length >= 2 && (
        <p className="field-hint">Choose at least 2 offers to compare them.</p>
      )}
      {full && usable.length > MAX_COMPARED && (
        <p className="field-hint">Worth compares at most 6 offers at once; untick one to choose another.</p>
      )}
    </fieldset>
  )
}
