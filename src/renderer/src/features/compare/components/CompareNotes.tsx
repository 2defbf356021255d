// What the comparison rests on: cost-of-living parities (BEA 2023, modelled), where the percentiles come from,
// the stock each offer forfeits before its cliff, and what is not modelled.
import { memo } from 'react'
import type { CompareResult } from '../../../../../shared/compare'
import { parityScope } from '../compareFigures'

export const CliffRisk = memo(function CliffRisk({ result }: { result: CompareResult }) {
  const cliffs = result.offers.filter((offer) => offer.cliff || offer.matchVesting)
  return (
    <section className="result-card" aria-labelledby="compare-cliff-heading">
      <h3 id="compare-cliff-heading">Cliff risk</h3>
      {cliffs.length === 0 ? (
        <p>None of these offers puts stock or the 401(k) match behind a vesting cliff.</p>
      ) : (
        <ul>
          {cliffs.map((offer) => (
            <li key={offer.id}>
              <strong>{offer.label}:</strong> {[offer.cliff, offer.matchVesting].filter(Boolean).join(' ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
})

export const CompareNotes = memo(function CompareNotes({ result }: { result: CompareResult }) {
  return (
    <section className="result-card compare-notes" aria-labelledby="compare-notes-heading">
      <h3 id="compare-notes-heading">How these figures are made</h3>
      <h4>Cost of living</h4>
      <p>
        Take-home after cost of living = take-home × 100 ÷ the place’s price parity (RPP): BEA Regional Price
        Parities, 2023, all items, <em>modelled</em> — a guide to relative prices, not a budget.
      </p>
      <ul>
        {result.offers.map((offer) => (
          <li key={offer.id}>
            {offer.label} ({offer.location}): RPP {offer.col.rpp.toFixed(1)}, {parityScope(offer)} (BEA{' '}
            {offer.col.year}, modelled).
          </li>
        ))}
      </ul>
      <h4>Base percentiles</h4>
      <ul>
        {result.offers.map((offer) => (
          <li key={offer.id}>
            {offer.label}: {offer.percentile.sentence ?? offer.percentile.note ?? 'no market percentile.'}
          </li>
        ))}
      </ul>
      {result.offers.some((offer) => offer.notModelled.length > 0) && (
        <>
          <h4>About these places</h4>
          <ul>
            {result.offers.flatMap((offer) =>
              offer.notModelled.map((note) => (
                <li key={`${offer.id}-${note}`}>
                  {offer.label}: {note}
                </li>
              )),
            )}
          </ul>
        </>
      )}
      <h4>Not modelled</h4>
      <ul>
        {result.notModelled.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  )
})
