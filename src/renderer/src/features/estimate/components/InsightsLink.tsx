// One click from an offer's results to Market insights for the same role and place.
import type { EstimateResult } from '../../../../../shared/types'

/** "Software Developers in Seattle-Tacoma-Bellevue, WA"; a title with a survey profile is named as typed. */
export function insightsLinkSubject(result: EstimateResult): string {
  const role = result.survey ? result.role.title : result.market.occupation
  const place =
    result.area.kind === 'national' && /^united states$/i.test(result.area.name.trim())
      ? 'the United States'
      : result.area.name
  return `${role} in ${place}`
}

export function InsightsLink({ result, onOpen }: { result: EstimateResult; onOpen: () => void }) {
  return (
    <p className="insights-link">
      <button type="button" className="link-button" onClick={onOpen}>
        See market insights for {insightsLinkSubject(result)}
      </button>
      <span className="note"> — pay by experience and city, bonus and stock, career path.</span>
    </p>
  )
}
