// How a figure came about ("2025 salary survey (reported)", "modelled", "No data"), with where it comes from.
import type { SourceRef } from '../../../../../shared/types'
import { HowWorthEstimatesLink } from '../../estimate/components/HowWorthEstimates'
import { sourceLine, type Badge } from '../insightsFigures'

export function StatusBadge({ badge }: { badge: Badge }) {
  return (
    <span className="status">
      <span className={`status-badge status-${badge.status}`}>{badge.text}</span>
      {badge.explains && (
        <>
          {' '}
          <span className="status-badge-link">
            <HowWorthEstimatesLink />
          </span>
        </>
      )}
    </span>
  )
}

/** The badge and, when known, the source's title and publisher under it. */
export function FigureProvenance({ badge, source }: { badge: Badge; source: SourceRef | null }) {
  const line = sourceLine(source)
  return (
    <span className="figure-provenance">
      <StatusBadge badge={badge} />
      {line && <span className="figure-source">{line}</span>}
    </span>
  )
}

/** One line naming the distinct sources of a table's figures. */
export function SourcesNote({ sources }: { sources: (SourceRef | null)[] }) {
  const distinct = [
    ...new Map(sources.filter((s): s is SourceRef => s !== null).map((s) => [s.id, s])).values(),
  ]
  if (distinct.length === 0) return null
  return (
    <p className="note figure-sources">
      {distinct.length === 1 ? 'Source: ' : 'Sources: '}
      {distinct.map((source) => source.title).join('; ')}.
    </p>
  )
}
