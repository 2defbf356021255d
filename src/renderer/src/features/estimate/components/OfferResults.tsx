// Everything the estimate says, for the last good result. When that result no longer matches the form it stays
// visible, dimmed and marked out of date (the message itself is in the status region above).
import type { EstimateResult } from '../../../../../shared/types'
import { NegotiateLink } from '../../negotiate/components/NegotiateLink'
import { SaveOfferLink } from '../../offers/components/SaveOfferLink'
import { EstimateNotes } from './EstimateNotes'
import { InsightsLink } from './InsightsLink'
import { MarketSection } from './MarketSection'
import { MatchSummary } from './MatchSummary'
import { PrevailingWageLevel } from './PrevailingWageLevel'
import { SourcesList } from './SourcesList'
import { SurveyPercentile } from './SurveyPercentile'
import { TotalCompensation } from './TotalCompensation'

export interface OfferResultsProps {
  result: EstimateResult
  stale: boolean
  occupationChosen: boolean
  onPickOccupation: (soc: string | null) => void
  /** Opens Market insights for this result's title and place; no link without it. */
  onOpenInsights?: () => void
  /** Opens the counter-offer calculator with this offer filled in; no link without it. */
  onOpenNegotiate?: () => void
  /** Opens My offers with a new offer filled in from this one; no link without it. */
  onSaveToOffers?: () => void
  chartWidth?: number
}

export function OfferResults({
  result,
  stale,
  occupationChosen,
  onPickOccupation,
  onOpenInsights,
  onOpenNegotiate,
  onSaveToOffers,
  chartWidth,
}: OfferResultsProps) {
  return (
    <div className={stale ? 'offer-results is-stale' : 'offer-results'} data-stale={stale || undefined}>
      <MatchSummary result={result} chosen={occupationChosen} onPickOccupation={onPickOccupation} />
      {onOpenInsights && <InsightsLink result={result} onOpen={onOpenInsights} />}
      {onOpenNegotiate && <NegotiateLink onOpen={onOpenNegotiate} />}
      {onSaveToOffers && <SaveOfferLink onOpen={onSaveToOffers} />}
      <MarketSection result={result} chartWidth={chartWidth} />
      <PrevailingWageLevel prevailingWage={result.prevailingWage} />
      <SurveyPercentile result={result} />
      <TotalCompensation offer={result.offer} />
      <EstimateNotes result={result} />
      <SourcesList sources={result.sources} />
    </div>
  )
}
