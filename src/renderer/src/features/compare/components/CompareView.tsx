// The "Compare" view: 2 to 6 saved offers side by side after tax and cost of living, year by year as stock vests.
// Every what-if recomputes everything at once (one compare:offers call: a single change goes out at once, a burst of
// typing when it stops); a backend error is shown and the last good result stays on screen, marked out of date.
// A new result updates the live region and every table in one commit; the charts (recharts, the costly part) draw
// from a deferred copy of it a moment later, and nothing in the results redraws while a what-if is being typed.
import { memo, useDeferredValue, useMemo } from 'react'
import { dexieDraftStore, type DraftStore } from '../../../db/drafts'
import { checkOffer as checkOfferApi, compareOffers } from '../../../lib/api'
import { useDebouncedReply } from '../../../lib/useDebouncedReply'
import '../../../styles/compare.css'
import type { NegotiatePrefill } from '../../negotiate/negotiateForm'
import type { CompareResult } from '../../../../../shared/compare'
import type { Offer } from '../../../../../shared/offer'
import { useSavedOffers } from '../../offers/useSavedOffers'
import { labelOf } from '../compareFigures'
import { useCompareSettings } from '../useCompareSettings'
import type { CheckOffer } from '../../offers/offerCheck'
import { useOfferChecks } from '../useOfferChecks'
import { compareRequest, FILING_PHRASES, readWhatIf } from '../whatIf'
import { CliffRisk, CompareNotes } from './CompareNotes'
import { CompareSummary } from './CompareSummary'
import { EquivalentSalary } from './EquivalentSalary'
import { FigureTable } from './FigureTable'
import { NegotiateOffers } from './NegotiateOffers'
import { MAX_COMPARED, OfferPicker } from './OfferPicker'
import { OptionsScenarios } from './OptionsScenarios'
import { TakeHomeChart } from './TakeHomeChart'
import { WhatIfControls } from './WhatIfControls'

export const COMPARE_DELAY_MS = 40
export const COMPARE_SETTINGS_DRAFT = 'compare-settings'
const settingsStore = dexieDraftStore(COMPARE_SETTINGS_DRAFT)

export interface CompareViewProps {
  /** Opens My offers, to save or edit offers. */
  onOpenOffers?: () => void
  /** Opens the Negotiate view with a compared offer filled in and the best other one as the alternative. */
  onOpenNegotiate?: (prefill: NegotiatePrefill) => void
  chartWidth?: number
  /** Where the what-ifs and ticked offers are kept between visits (the local database unless a test says otherwise). */
  settingsStore?: DraftStore
  /** Opens a saved offer in My offers to fix what keeps it out of the comparison. */
  onEditOffer?: (id: string) => void
  /** Asks the backend whether each saved offer can be compared (its title and place). */
  checkOffer?: CheckOffer
}

export function CompareView({
  onOpenOffers,
  onOpenNegotiate,
  chartWidth,
  settingsStore: store = settingsStore,
  onEditOffer,
  checkOffer = checkOfferApi,
}: CompareViewProps) {
  const saved = useSavedOffers()
  const checks = useOfferChecks(saved.offers, checkOffer)
  const [settings, setSettings, restored] = useCompareSettings(store)
  const { whatIf } = settings
  // Offers Worth cannot compare (unknown place or title) are listed with the reason and left out.
  const usable = saved.offers.filter((offer) => !checks.problems.get(offer.id)?.length)
  const usableIds = usable.map((offer) => offer.id)
  // Until the user ticks or unticks one, every usable offer (up to 6) is compared; ticked offers since deleted drop out.
  const ids =
    settings.chosen === null
      ? usableIds.slice(0, MAX_COMPARED)
      : settings.chosen.filter((id) => usableIds.includes(id))
  const picked = usable.filter((offer) => ids.includes(offer.id))
  const reading = useMemo(() => readWhatIf(whatIf), [whatIf])
  const compare = useDebouncedReply(
    checks.done && restored ? compareRequest(picked, reading.options) : null,
    compareOffers,
    COMPARE_DELAY_MS,
    { leading: true },
  )
  const blockedCount = saved.offers.length - usable.length

  const current = compare.latest && compare.latest.key === compare.key ? compare.latest.reply : null
  const replyError = current && !current.ok ? current.error : null
  const result = compare.lastGood?.value ?? null
  const chartResult = useDeferredValue(result)
  const whatIfErrors = Object.keys(reading.errors).length

  let staleMessage: string | null = null
  if (result && compare.lastGood?.key !== compare.key && !compare.pending) {
    if (whatIfErrors > 0) staleMessage = 'Out of date — fix the highlighted what-if'
    else if (picked.length < 2) staleMessage = 'Out of date — choose at least 2 offers'
    else if (replyError) staleMessage = `Out of date — ${replyError.message}`
  }

  let status: string
  if (!saved.loaded) status = 'Reading your saved offers…'
  else if (saved.offers.length < 2) status = 'Save at least two offers in My offers to compare them here.'
  else if (!checks.done) status = 'Checking your saved offers…'
  else if (usable.length < 2)
    status = `Worth can compare ${usable.length === 0 ? 'none' : 'only one'} of your saved offers: fix the ${blockedCount === 1 ? 'offer' : 'offers'} marked in the list, or save another.`
  else if (picked.length < 2) status = 'Choose at least 2 offers to compare them.'
  else if (whatIfErrors > 0) status = 'Fix the highlighted what-if to update the comparison.'
  else if (replyError) status = `Worth could not compare these offers. ${replyError.message}`
  else if (result) {
    const o = result.options
    status = `${result.offers.map((offer) => offer.label).join(', ')} compared for ${FILING_PHRASES[o.filing]}, tax year ${o.taxYear}.${blockedCount > 0 ? ` ${blockedCount === 1 ? 'One saved offer is' : `${blockedCount} saved offers are`} left out: see the list.` : ''}`
  } else status = 'Working out taxes and take-home pay…'

  return (
    <div className="compare-view">
      <section className="compare-controls" aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare offers</h2>
        {saved.offers.length > 0 && (
          <OfferPicker
            offers={saved.offers}
            chosen={ids}
            problems={checks.problems}
            onEdit={onEditOffer}
            onChange={(chosen) => setSettings({ ...settings, chosen })}
          />
        )}
        {onOpenOffers && (
          <p>
            <button type="button" className="link-button" onClick={onOpenOffers}>
              Add or edit offers in My offers
            </button>
          </p>
        )}
        <WhatIfControls
          text={whatIf}
          errors={reading.errors}
          onChange={(next) => setSettings({ ...settings, whatIf: next })}
        />
      </section>
      <section
        className="compare-results"
        aria-labelledby="compare-results-heading"
        aria-busy={compare.pending}
      >
        <h2 id="compare-results-heading" className="visually-hidden">
          Comparison
        </h2>
        {/* "Updating…" sits on the status box's edge, so showing it moves nothing below (no page-long relayout). */}
        <div className="compare-status-frame">
          <CompareSummary status={status} staleMessage={staleMessage} result={result} />
          {result && compare.pending && (
            <p className="updating" aria-hidden="true">
              Updating…
            </p>
          )}
        </div>
        {result && (
          <CompareBody
            result={result}
            chartResult={chartResult ?? result}
            stale={staleMessage !== null}
            saved={saved.offers}
            onOpenNegotiate={onOpenNegotiate}
            chartWidth={chartWidth}
          />
        )}
      </section>
    </div>
  )
}

interface CompareBodyProps {
  result: CompareResult
  /** The result the charts draw: `result`, or the one before it until React has time to draw the new one. */
  chartResult: CompareResult
  stale: boolean
  saved: readonly Offer[]
  onOpenNegotiate?: (prefill: NegotiatePrefill) => void
  chartWidth?: number
}

/** The results under the live region; redrawn only when one of its props changes (not while a what-if is typed). */
const CompareBody = memo(function CompareBody({
  result,
  chartResult,
  stale,
  saved,
  onOpenNegotiate,
  chartWidth,
}: CompareBodyProps) {
  return (
    <div className={stale ? 'compare-body is-stale' : 'compare-body'} data-stale={stale ? true : undefined}>
      <section className="result-card" aria-labelledby="compare-figures-heading">
        <h3 id="compare-figures-heading">Side by side</h3>
        <FigureTable result={result} period="year1" />
        <FigureTable result={result} period="average" />
      </section>
      <OptionsScenarios result={result} chartResult={chartResult} chartWidth={chartWidth} />
      <EquivalentSalary result={result} />
      {onOpenNegotiate && <NegotiateOffers result={result} saved={saved} onOpenNegotiate={onOpenNegotiate} />}
      <TakeHomeChart result={result} chartResult={chartResult} cumulative={false} width={chartWidth} />
      <TakeHomeChart result={result} chartResult={chartResult} cumulative width={chartWidth}>
        <p className="crossovers">
          {result.crossovers.length === 0
            ? `No offer overtakes another in cumulative take-home pay within four years${result.ranking.takeHomeAverage[0] ? `; ${labelOf(result, result.ranking.takeHomeAverage[0].id)} stays ahead` : ''}.`
            : result.crossovers.map((crossover) => crossover.sentence).join(' ')}
        </p>
      </TakeHomeChart>
      <CliffRisk result={result} />
      <CompareNotes result={result} />
    </div>
  )
})
