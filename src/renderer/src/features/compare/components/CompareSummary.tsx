// The comparison's live region: what is on screen, whether it is out of date, and the differences in dollars.
import type { CompareResult } from '../../../../../shared/compare'
import { PercentileStatus } from '../../estimate/components/PercentileStatus'

export interface CompareSummaryProps {
  status: string
  staleMessage: string | null
  result: CompareResult | null
}

export function CompareSummary({ status, staleMessage, result }: CompareSummaryProps) {
  return (
    <PercentileStatus
      className="compare-status"
      text={status}
      staleMessage={staleMessage}
      secondary={
        result &&
        result.summary.length > 0 && (
          <ul className="compare-summary">
            {result.summary.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        )
      }
    />
  )
}
