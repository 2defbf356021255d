// The head row of a Compare table: the first column's heading, then one column per offer.
import type { CompareResult } from '../../../../../shared/compare'

export interface OfferHeadingsProps {
  /** The heading of the rows' column ("Measure", "Year"). */
  first: string
  offers: CompareResult['offers']
  /** Each offer's place under its name. */
  withPlace?: boolean
}

export function OfferHeadings({ first, offers, withPlace = false }: OfferHeadingsProps) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {offers.map((offer) => (
          <th key={offer.id} scope="col" className="num">
            {offer.label}
            {withPlace && <span className="offer-place">{offer.location}</span>}
          </th>
        ))}
      </tr>
    </thead>
  )
}
