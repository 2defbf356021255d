// Factors that move pay: what the data measures (with its effect and range) and what it does not. Where a factor is
// measured, a what-if control sits beside it: pick an experience band, or compare another place.
import type { ReactNode } from 'react'
import type { ExperienceBand, InsightsResult } from '../../../../../shared/types'
import { bandPick, factorRows, isMeasured } from '../insightsSeries'
import { ExperienceWhatIf } from './ExperienceWhatIf'

export interface FactorsSectionProps {
  result: InsightsResult
  band: ExperienceBand | null
  onBand: (band: ExperienceBand | null) => void
  /** The "compare another place" control (it asks the backend itself). */
  comparePlace: ReactNode
}

export function FactorsSection({ result, band, onBand, comparePlace }: FactorsSectionProps) {
  const rows = factorRows(result)
  return (
    <section className="result-card factors-section" aria-labelledby="factors-heading">
      <h3 id="factors-heading">Factors that move pay</h3>
      <ul className="factor-list">
        {rows.map((row) => (
          <li key={row.factor} className={row.measured ? 'factor is-measured' : 'factor is-unmeasured'}>
            <h4 className="factor-name">
              {row.name}
              {!row.measured && <span className="status-badge status-no-data">Not measured</span>}
            </h4>
            <p>{row.effect}</p>
            {row.span && <p className="factor-span">Pay from {row.span}</p>}
            {row.factor === 'experience' && row.measured && (
              <ExperienceWhatIf
                band={band}
                onBand={onBand}
                pick={bandPick(result, band)}
                bands={result.byExperience.map((entry) => entry.band)}
              />
            )}
            {row.factor === 'location' && row.measured && comparePlace}
          </li>
        ))}
      </ul>
      {!isMeasured(result, 'experience') && !isMeasured(result, 'location') && (
        <p className="note">No factor is measured here, so there is nothing to try out.</p>
      )}
    </section>
  )
}
