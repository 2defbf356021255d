// The "Market insights" view: pay for a role in a place, from the backend's InsightsResult. Results follow the
// typing (debounced, late replies ignored); the last good result stays on screen, marked when out of date.
import { useMemo, useState } from 'react'
import type { WorthError } from '../../../../../shared/contract'
import type { ExperienceBand } from '../../../../../shared/types'
import { dexieDraftStore, type DraftStore } from '../../../db/drafts'
import { roleInsights } from '../../../lib/api'
import { useDebouncedReply } from '../../../lib/useDebouncedReply'
import { HowWorthEstimates } from '../../estimate/components/HowWorthEstimates'
import { SourcesList } from '../../estimate/components/SourcesList'
import { ResultsPanel } from '../../role/components/ResultsPanel'
import { currentError, viewStatus, type StatusWords } from '../../role/roleLookup'
import { useRoleReply } from '../../role/useRoleReply'
import { insightsFreshness, insightsHeadline } from '../insightsFigures'
import {
  readInsightsForm,
  visibleInsightsErrors,
  type InsightsField,
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

const INSIGHTS_STATUS_WORDS: StatusWords = {
  aim: 'to see its market insights',
  fixAim: 'to see market insights',
  pending: 'Looking up market insights…',
  empty: 'Type a job title and a location to see what the role pays there.',
}

function fieldOf(error: WorthError): InsightsField | null {
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
  const form = useInsightsForm(draftStore, prefill)
  const { state, dispatch } = form
  const reading = useMemo(() => readInsightsForm(state), [state])
  const [band, setBand] = useState<ExperienceBand | null>(null)

  const insights = useDebouncedReply(reading.request, roleInsights, INSIGHTS_DELAY_MS)

  const checks = useRoleReply(
    state,
    currentError(insights),
    visibleInsightsErrors(state, reading.errors),
    fieldOf,
  )

  const shown = insights.lastGood
  const result = shown?.value ?? null
  const status = viewStatus(
    checks,
    insights,
    { sentence: result && insightsHeadline(result), complete: reading.request !== null },
    INSIGHTS_STATUS_WORDS,
    insightsFreshness,
  )

  const openRelated = (title: string, soc: string | null) => {
    dispatch({ type: 'pickTitle', title, soc })
    setBand(null)
  }

  return (
    <div className="insights-view">
      <InsightsForm {...form} errors={checks.errors} lookup={checks.lookup} />
      <ResultsPanel
        className="insights-results"
        headingId="insights-results-heading"
        heading="Market insights results"
        headingHidden
        status={status}
      >
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
      </ResultsPanel>
    </div>
  )
}
