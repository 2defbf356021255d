// The comparison's live region: what is on screen, whether it is out of date, and the differences in dollars.
import type { CompareResult } from '../../../../../shared/compare'

export interface CompareSummaryProps {
  status: string
  staleMessage: string | null
  result: CompareResult | null
}

export function CompareSummary({ status, staleMessage, result }: CompareSummaryProps) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={staleMessage ? 'compare-status is-stale' : 'compare-status'}
    >
      {staleMessage && <p className="stale-banner">{staleMessage}</p>}
      <p className="percentile-sentence">{status}</p>
      {result && result.summary.length > 0 && (
        <ul className="compare-summary">
          {result.summary.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
