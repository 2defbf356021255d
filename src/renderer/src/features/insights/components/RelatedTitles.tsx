// Related occupations and other titles for the same work, each one click from its own insights.
import type { InsightsResult } from '../../../../../shared/types'
import { relatedGroups, type RelatedItem } from '../insightsSeries'

export interface RelatedTitlesProps {
  result: InsightsResult
  /** Loads the insights for a title; `soc` is set for an occupation. */
  onOpen: (title: string, soc: string | null) => void
}

function RelatedList({ items, onOpen }: { items: RelatedItem[]; onOpen: RelatedTitlesProps['onOpen'] }) {
  return (
    <ul className="button-list related-list">
      {items.map((item) => (
        <li key={item.key}>
          <button type="button" className="choice" onClick={() => onOpen(item.title, item.soc)}>
            {item.title} <span className="choice-detail">({item.median})</span>
          </button>
        </li>
      ))}
    </ul>
  )
}

export function RelatedTitles({ result, onOpen }: RelatedTitlesProps) {
  const { occupations, titles } = relatedGroups(result)
  if (occupations.length === 0 && titles.length === 0) return null
  return (
    <section className="result-card related-section" aria-labelledby="related-heading">
      <h3 id="related-heading">Related titles</h3>
      <p className="note">
        Each shows its median base pay as Worth&rsquo;s data gives it. Choose one to see its insights.
      </p>
      {occupations.length > 0 && (
        <>
          <h4>Related occupations</h4>
          <RelatedList items={occupations} onOpen={onOpen} />
        </>
      )}
      {titles.length > 0 && (
        <>
          <h4>Other titles for {result.role.occupation}</h4>
          <RelatedList items={titles} onOpen={onOpen} />
        </>
      )}
    </section>
  )
}
