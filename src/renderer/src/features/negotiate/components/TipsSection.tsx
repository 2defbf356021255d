// Tips chosen by the numbers, each with the research it rests on, and the full references below.
import type { Citation, NegotiateTip } from '../../../../../shared/negotiate'
import { citationsOf, tipCitations } from '../negotiateFigures'
import { CitationList } from './CitationList'

export interface TipsSectionProps {
  tips: readonly NegotiateTip[]
  citations: readonly Citation[]
  idPrefix?: string
  heading?: string
  compact?: boolean
}

export function TipsSection({
  tips,
  citations,
  idPrefix = 'tips',
  heading = 'Tips for your situation',
  compact = false,
}: TipsSectionProps) {
  const headingId = `${idPrefix}-heading`
  return (
    <section className="result-card tips" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {tips.length === 0 ? (
        <p>No tips for these numbers.</p>
      ) : (
        <ol className="tip-list">
          {tips.map((tip) => (
            <li key={tip.id} data-tip={tip.id}>
              {tip.text}
              {tip.cites.length > 0 && (
                <>
                  {' '}
                  <span className="tip-cites">
                    (
                    {tipCitations(tip, citations).map((citation, index) => (
                      <span key={typeof citation === 'string' ? citation : citation.id}>
                        {index > 0 && '; '}
                        <cite title={typeof citation === 'string' ? undefined : citation.reference}>
                          {typeof citation === 'string' ? citation : citation.short}
                        </cite>
                      </span>
                    ))}
                    )
                  </span>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <CitationList citations={citationsOf(tips, citations)} idPrefix={idPrefix} compact={compact} />
    </section>
  )
}
