// "What if I had … years?": picks an experience band, highlights it in the chart and shows its pay.
import type { ExperienceBand } from '../../../../../shared/types'
import { bandLabel, type BandPick } from '../insightsSeries'
import { FigureProvenance } from './StatusBadge'

export interface ExperienceWhatIfProps {
  bands: ExperienceBand[]
  band: ExperienceBand | null
  onBand: (band: ExperienceBand | null) => void
  pick: BandPick | null
}

export function ExperienceWhatIf({ bands, band, onBand, pick }: ExperienceWhatIfProps) {
  if (bands.length === 0) return null
  return (
    <fieldset className="what-if">
      <legend>What if I had this much experience?</legend>
      <div className="radio-row">
        {bands.map((entry) => (
          <label key={entry} className="radio">
            <input
              type="radio"
              name="insights-experience-band"
              value={entry}
              checked={band === entry}
              onChange={() => onBand(entry)}
            />
            {bandLabel(entry)}
          </label>
        ))}
        {band && (
          <button type="button" className="choice choice-secondary" onClick={() => onBand(null)}>
            Clear
          </button>
        )}
      </div>
      <p className="what-if-result" aria-live="polite">
        {pick ? (
          <>
            Median pay with {pick.label.toLowerCase()}: <strong>{pick.value}</strong>{' '}
            <FigureProvenance badge={pick.badge} source={null} />
          </>
        ) : (
          'Pick a band to see its pay; it is highlighted in “Pay by experience”.'
        )}
      </p>
    </fieldset>
  )
}
