// The live region that tells the user where their base falls, read out politely as it changes.
import type { ReactNode } from 'react'

export interface PercentileStatusProps {
  /** The main sentence (the percentile sentence, or what to do to get one). */
  text: string
  /** Shown above the sentence when the result no longer matches the form. */
  staleMessage: string | null
  /** A second percentile shown with the first (e.g. the offer's total against a salary survey). */
  secondary?: ReactNode
}

export function PercentileStatus({ text, staleMessage, secondary }: PercentileStatusProps) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={staleMessage ? 'percentile-status is-stale' : 'percentile-status'}
    >
      {staleMessage && <p className="stale-banner">{staleMessage}</p>}
      <p className="percentile-sentence">{text}</p>
      {secondary}
    </div>
  )
}
