// Where the figures come from: publisher, title, release and licence of each source.
import type { ReactNode } from 'react'
import type { SourceRef } from '../../../../../shared/types'
import { HowWorthEstimatesLink } from './HowWorthEstimates'

export interface SourcesListProps {
  sources: SourceRef[]
  /** What the view says about how each figure came about (the offer view's table wording by default). */
  note?: ReactNode
}

export function SourcesList({ sources, note }: SourcesListProps) {
  return (
    <section className="result-card sources-section" aria-labelledby="sources-heading">
      <h3 id="sources-heading">Sources</h3>
      {sources.length > 0 ? (
        <ul className="sources">
          {sources.map((source) => (
            <li key={source.id}>
              {source.publisher}, <cite>{source.title}</cite> ({source.release}). {source.licence}.
              {source.use && <> Used for: {source.use}.</>}
            </li>
          ))}
        </ul>
      ) : (
        <p>No sources were listed for this estimate.</p>
      )}
      <p className="note">
        {note ??
          'The table above says for each figure whether it is published, top-coded, from hourly ×2,080 or modelled.'}{' '}
        <HowWorthEstimatesLink />
      </p>
    </section>
  )
}
