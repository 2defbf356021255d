// The live region that tells the user where their base falls (or what a view's result says), read out politely as
// it changes.
import type { ReactNode } from 'react'

export interface PercentileStatusProps {
  /** The main sentence (the percentile sentence, or what to do to get one). */
  text: string
  /** Shown above the sentence when the result no longer matches the form. */
  staleMessage: string | null
  /** What follows the sentence (e.g. the offer's total against a salary survey, Compare's differences). */
  secondary?: ReactNode
  /** The region's class (Compare's status is styled as its own). */
  className?: string
}

export function PercentileStatus({
  text,
  staleMessage,
  secondary,
  className = 'percentile-status',
}: PercentileStatusProps) {
  return (
    <div role="status" aria-live="polite" className={staleMessage ? `${className} is-stale` : className}>
      {staleMessage && <p className="stale-banner">{staleMessage}</p>}
      <p className="percentile-sentence">{text}</p>
      {secondary}
    </div>
  )
}
