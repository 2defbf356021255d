// The results side of a view with a role lookup (My offer, Market insights, Negotiate): its heading, the status
// line read out politely as it changes (with "Out of date — …" over a result that no longer answers the form), a
// quiet "Updating…" while a newer reply is on its way, and the results themselves.
import type { ReactNode } from 'react'
import { PercentileStatus } from '../../estimate/components/PercentileStatus'
import type { ViewStatus } from '../roleLookup'

export interface ResultsPanelProps {
  className: string
  headingId: string
  heading: string
  /** The heading is for screen readers only (the results speak for themselves on screen). */
  headingHidden?: boolean
  /** The status line, whether the result on screen is out of date and whether a reply is on its way. */
  status: ViewStatus
  children?: ReactNode
}

export function ResultsPanel({
  className,
  headingId,
  heading,
  headingHidden,
  status,
  children,
}: ResultsPanelProps) {
  return (
    <section className={className} aria-labelledby={headingId} aria-busy={status.pending}>
      <h2 id={headingId} className={headingHidden ? 'visually-hidden' : undefined}>
        {heading}
      </h2>
      <PercentileStatus text={status.text} staleMessage={status.message} />
      {status.hasResult && status.pending && !status.stale && (
        <p className="updating" aria-hidden="true">
          Updating…
        </p>
      )}
      {children}
    </section>
  )
}
