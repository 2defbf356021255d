// The "Market insights" view: pay for a role in a place, from the backend's InsightsResult. Results follow the
// typing (debounced, late replies ignored); the last good result stays on screen, marked when out of date.
import { useMemo, useState } from 'react'
import type { WorthError } from '../../../../../shared/contract'
import type { ExperienceBand } from '../../../../../shared/types'
import { dexieDraftStore, type DraftStore } from '../../../db/drafts'
import { roleInsights } from '../../../lib/api'
import { useDebouncedReply } from '../../../lib/useDebouncedReply'
import { HowWorthEstimates } from '../../estimate/components/HowWorthEstimates'
import { PercentileStatus } from '../../estimate/components/PercentileStatus'
import { SourcesList } from '../../estimate/components/SourcesList'
import { currentError, withReplyError } from '../../role/roleLookup'
import { useRoleLookup } from '../../role/useRoleLookup'
import { insightsFreshness, insightsHeadline } from '../insightsFigures'
import {
  readInsightsForm,
  visibleInsightsErrors,
  type InsightsField,
  type InsightsFieldErrors,
  type InsightsPrefill,
} from '../insightsForm'
import { useInsightsForm } from '../useInsightsForm'
import { AboutRole } from './AboutRole'
import { CitySection } from './CitySection'
import { ComparePlace } from './ComparePlace'
import { ExperienceSection } from './ExperienceSection'
import { FactorsSection } from './FactorsSection'
import { GuidanceSection } from './GuidanceSection'
import { InsightsForm } from './InsightsForm'
import { InsightsNotes } from './InsightsNotes'
import { PaySummary } from './PaySummary'
import { PercentilesSection } from './PercentilesSection'
import { RelatedTitles } from './RelatedTitles'
import { INSIGHTS_DELAY_MS } from './timing'

export const INSIGHTS_FORM_DRAFT = 'insights-form'
const insightsDraftStore = dexieDraftStore(INSIGHTS_FORM_DRAFT)

function fieldOf(error: WorthError | null): InsightsField | null {
  if (!error || error.code === 'ambiguous-location') return null
  return error.field === 'title' || error.field === 'location' ? error.field : null
}

export interface InsightsViewProps {
  /** What another view sent over ("See market insights for …"); it wins over the saved draft. */
  prefill?: InsightsPrefill | null
  draftStore?: DraftStore
  /** Fixed chart width, for tests and print; by default charts fill their column. */
  chartWidth?: number
}

export function InsightsView({ prefill, draftStore = insightsDraftStore, chartWidth }: InsightsViewProps) {
  const { state, dispatch, saveError } = useInsightsForm(draftStore, prefill)
  const reading = useMemo(() => readInsightsForm(state), [state])
  const [band, setBand] = useState<ExperienceBand | null>(null)

  const insights = useDebouncedReply(reading.request, roleInsights, INSIGHTS_DELAY_MS)

  const replyError = currentError(insights)
  const replyField = fieldOf(replyError)
  const errors: InsightsFieldErrors = withReplyError(
    visibleInsightsErrors(state, reading.errors),
    replyField,
    replyError,
  )
  const errorCount = Object.keys(errors).length

  const lookup = useRoleLookup(state, { replyError, replyField })
  const { question } = lookup

  const shown = insights.lastGood
  const result = shown?.value ?? null
  const status = insightsFreshness({
    hasResult: result !== null,
    fieldErrors: errorCount,
    replyError,
    complete: reading.request !== null,
  })

  let statusText: string
  if (result) statusText = insightsHeadline(result)
  else if (question) statusText = `Choose which ${question.name} you mean to see its market insights.`
  else if (errorCount > 0) statusText = 'Fix the highlighted field to see market insights.'
  else if (replyError) statusText = replyError.message
  else if (insights.pending) statusText = 'Looking up market insights…'
  else statusText = 'Type a job title and a location to see what the role pays there.'

  const openRelated = (title: string, soc: string | null) => {
    dispatch({ type: 'pickTitle', title, soc })
    setBand(null)
  }

  return (
    <div className="insights-view">
      <InsightsForm state={state} dispatch={dispatch} errors={errors} lookup={lookup} saveError={saveError} />
      <section
        className="insights-results"
        aria-labelledby="insights-results-heading"
        aria-busy={insights.pending}
      >
        <h2 id="insights-results-heading" className="visually-hidden">
          Market insights results
        </h2>
        <PercentileStatus text={statusText} staleMessage={status.message} />
        {result && insights.pending && !status.stale && (
          <p className="updating" aria-hidden="true">
            Updating…
          </p>
        )}
        {result && shown && (
          <div
            className={status.stale ? 'offer-results insights-body is-stale' : 'offer-results insights-body'}
            data-stale={status.stale || undefined}
          >
            <section className="result-card match-summary" aria-labelledby="insights-match-heading">
              <h3 id="insights-match-heading" className="visually-hidden">
                What Worth matched
              </h3>
              <p className="match-note">
                {result.role.profile === 'survey' ? (
                  <>
                    <strong>{result.role.title}</strong> has a salary-survey profile; base pay is compared
                    with <strong>{result.role.occupation}</strong> (SOC {result.role.soc}).
                  </>
                ) : (
                  <>
                    Matched to <strong>{result.role.occupation}</strong> (SOC {result.role.soc}) from &ldquo;
                    {result.role.matchedFrom}&rdquo;.
                  </>
                )}
              </p>
              <p className="match-note">
                Area: <strong>{result.area.name}</strong>
                {result.area.resolvedFrom && <> ({result.area.resolvedFrom})</>}
              </p>
            </section>
            <InsightsNotes result={result} />
            <PaySummary result={result} />
            <PercentilesSection result={result} chartWidth={chartWidth} />
            <div className="insights-pair">
              <ExperienceSection result={result} selected={band} chartWidth={chartWidth} />
              <CitySection result={result} chartWidth={chartWidth} />
            </div>
            <FactorsSection
              result={result}
              band={band}
              onBand={setBand}
              comparePlace={<ComparePlace base={shown.input} result={result} />}
            />
            <AboutRole result={result} />
            <RelatedTitles result={result} onOpen={openRelated} />
            <GuidanceSection result={result} />
            <SourcesList
              sources={result.sources}
              note="Each figure above says whether it is reported by a survey, published, top-coded, from hourly ×2,080 or modelled."
            />
          </div>
        )}
        <HowWorthEstimates />
      </section>
    </div>
  )
}
