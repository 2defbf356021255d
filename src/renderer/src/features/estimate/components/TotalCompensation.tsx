// Total compensation and its parts, as computed by the backend.
import type { OfferSummary } from '../../../../../shared/types'
import { formatMoney } from '../../../lib/format'

export const TOTAL_NOTE =
  'Total = base + bonus + stock per year + sign-on ÷ 4 (sign-on spread over four years)'

export function TotalCompensation({ offer }: { offer: OfferSummary }) {
  const parts: [string, number][] = [
    ['Base salary', offer.base],
    ['Annual bonus', offer.bonus],
    ['Stock per year', offer.stock],
    [`Sign-on bonus ÷ 4 (of ${formatMoney(offer.signon)})`, offer.signonPerYear],
  ]
  return (
    <section className="result-card total-section" aria-labelledby="total-heading">
      <h3 id="total-heading">Total compensation per year</h3>
      <dl className="total-list">
        {parts.map(([label, value]) => (
          <div key={label} className="total-row">
            <dt>{label}</dt>
            <dd>{formatMoney(value)}</dd>
          </div>
        ))}
        <div className="total-row total-sum">
          <dt>Total</dt>
          <dd>{formatMoney(offer.total)}</dd>
        </div>
      </dl>
      <p className="note">{TOTAL_NOTE}</p>
    </section>
  )
}
