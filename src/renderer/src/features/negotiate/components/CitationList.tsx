// The full references behind the tips, each with what it found (in Worth's words).
import type { Citation } from '../../../../../shared/negotiate'

export interface CitationListProps {
  citations: readonly Citation[]
  idPrefix: string
  /** The brief lists the references alone, to fit on one page. */
  compact?: boolean
}

export function CitationList({ citations, idPrefix, compact = false }: CitationListProps) {
  if (citations.length === 0) return null
  const headingId = `${idPrefix}-sources-heading`
  return (
    <div className="citations" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>Sources</h4>
      <ul className="sources citation-list">
        {citations.map((citation) => (
          <li key={citation.id} data-citation={citation.id}>
            <span className="citation-reference">{citation.reference}</span>
            {!compact && <span className="citation-finding"> Found: {citation.finding}</span>}
          </li>
        ))}
      </ul>
    </div>
  )
}
