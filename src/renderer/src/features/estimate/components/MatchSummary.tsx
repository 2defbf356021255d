// Which occupation and area the estimate used, with the runner-up occupations one click away.
import { describeMatch } from '../../../../../shared/titleMatch'
import type { EstimateResult } from '../../../../../shared/types'

export interface MatchSummaryProps {
  result: EstimateResult
  /** True when the user chose the occupation (rather than Worth's best match). */
  chosen: boolean
  onPickOccupation: (soc: string | null) => void
}

export function MatchSummary({ result, chosen, onPickOccupation }: MatchSummaryProps) {
  const { role, market, area } = result
  return (
    <section className="result-card match-summary" aria-labelledby="match-heading">
      <h3 id="match-heading" className="visually-hidden">
        What Worth matched
      </h3>
      <p className="match-note">
        Matched to <strong>{market.occupation}</strong> (SOC {role.soc}) from &ldquo;{role.matchedFrom}&rdquo;
        ({describeMatch(role)})
      </p>
      {role.confidence === 'low' && (
        <p className="match-note">
          Worth is not sure this is your occupation: check it, or pick one of the others below.
        </p>
      )}
      <p className="match-note">
        Area: <strong>{area.name}</strong>
        {area.resolvedFrom && <> ({area.resolvedFrom})</>}
      </p>
      {(role.alternatives.length > 0 || chosen) && (
        <div className="alternatives" role="group" aria-labelledby="alternatives-label">
          <p id="alternatives-label">Not the right occupation? Try:</p>
          <ul className="button-list">
            {role.alternatives.map((alternative) => (
              <li key={alternative.soc}>
                <button type="button" className="choice" onClick={() => onPickOccupation(alternative.soc)}>
                  {alternative.occupation} <span className="choice-detail">(SOC {alternative.soc})</span>
                </button>
              </li>
            ))}
            {chosen && (
              <li>
                <button
                  type="button"
                  className="choice choice-secondary"
                  onClick={() => onPickOccupation(null)}
                >
                  Worth&rsquo;s best match for your title
                </button>
              </li>
            )}
          </ul>
        </div>
      )}
    </section>
  )
}
