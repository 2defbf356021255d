// The guard rails: an ask below the offer, above the 99th percentile or below the walk-away, each with why.
// Shown as an alert so it is read out as soon as it appears.
import type { NegotiateWarning } from '../../../../../shared/negotiate'

export function GuardRails({ warnings }: { warnings: readonly NegotiateWarning[] }) {
  if (warnings.length === 0) return null
  return (
    <div className="guard-rails" role="alert" aria-labelledby="guard-rails-heading">
      <h3 id="guard-rails-heading">Check your ask</h3>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.id} data-warning={warning.id}>
            {warning.text}
          </li>
        ))}
      </ul>
    </div>
  )
}
