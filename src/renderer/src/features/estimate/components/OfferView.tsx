// The "My offer" view: the form on one side, where the offer falls in the market on the other.
// Results follow the typing (debounced); the last good result stays on screen, marked when out of date.
import { memo, useCallback, useDeferredValue, useMemo } from 'react'
import type { WorthError } from '../../../../../shared/contract'
import { FIELD_LABELS, type FieldName } from '../../../../../shared/fields'
import { dexieDraftStore, OFFER_FORM_DRAFT, type DraftStore } from '../../../db/drafts'
import type { InsightsPrefill } from '../../insights/insightsForm'
import { negotiatePrefillFrom, type NegotiatePrefill } from '../../negotiate/prefill'
import type { SaveOfferPrefill } from '../../offers/offerEditor'
import { ResultsPanel } from '../../role/components/ResultsPanel'
import { currentError, viewStatus, type StatusWords } from '../../role/roleLookup'
import { useRoleReply } from '../../role/useRoleReply'
import { readOfferForm, visibleErrors } from '../offerForm'
import { useOfferEstimate, useOfferForm } from '../useOfferForm'
import { HowWorthEstimates } from './HowWorthEstimates'
import { OfferForm } from './OfferForm'
import { OfferResults } from './OfferResults'

/** The results, drawn again only when what they show changes (not at every keystroke in the form). */
const MemoResults = memo(OfferResults)

const offerDraftStore = dexieDraftStore(OFFER_FORM_DRAFT)

const OFFER_STATUS_WORDS: StatusWords = {
  aim: 'to see where your offer falls',
  pending: 'Working out where your offer falls…',
  empty: 'Enter a job title, location and base salary to see where your offer falls in the market.',
}

function isFieldName(name: string | undefined): name is FieldName {
  return name !== undefined && Object.prototype.hasOwnProperty.call(FIELD_LABELS, name)
}

/** The field a backend error is about, if it is one of the form's: its message shows under that field. */
function fieldOf(error: WorthError): FieldName | null {
  return isFieldName(error.field) ? error.field : null
}

export interface OfferViewProps {
  /** Where the form's draft is kept (the local database unless a test says otherwise). */
  draftStore?: DraftStore
  /** Fixed chart width, for tests and print; by default the chart fills its column. */
  chartWidth?: number
  /** Opens Market insights for the title and place of the result on screen (one click from the results). */
  onOpenInsights?: (prefill: InsightsPrefill) => void
  /** Opens the counter-offer calculator with the offer of the result on screen filled in. */
  onOpenNegotiate?: (prefill: NegotiatePrefill) => void
  /** Opens My offers with a new offer filled in from the result on screen. */
  onSaveToOffers?: (prefill: SaveOfferPrefill) => void
}

export function OfferView({
  draftStore = offerDraftStore,
  chartWidth,
  onOpenInsights,
  onOpenNegotiate,
  onSaveToOffers,
}: OfferViewProps) {
  const form = useOfferForm(draftStore)
  const { state, dispatch } = form
  const reading = useMemo(() => readOfferForm(state), [state])

  const estimate = useOfferEstimate(reading.request, state.edited)

  const checks = useRoleReply(state, currentError(estimate), visibleErrors(state, reading.errors), fieldOf)

  const result = estimate.lastGood?.value ?? null
  // A form restored from its draft (nothing typed yet) shows its sentence first and the rest of the results in the
  // render right after it; once the user types, the sentence and the results change together.
  // (Once typed, the deferred value stays null, so it costs no second render.) The initial value null makes this
  // hold for the very first render too, when the draft's answer is already there (it was asked for at start).
  const deferredResult = useDeferredValue(state.edited ? null : result, null)
  const drawnResult = state.edited ? result : deferredResult
  const shownInput = estimate.lastGood?.input ?? null
  const openInsights = useMemo(
    () =>
      onOpenInsights && shownInput
        ? () =>
            onOpenInsights({
              title: shownInput.title,
              location: shownInput.location,
              soc: shownInput.soc ?? null,
              areaCode: shownInput.areaCode ?? null,
            })
        : undefined,
    [onOpenInsights, shownInput],
  )
  const openNegotiate = useMemo(
    () =>
      onOpenNegotiate && shownInput ? () => onOpenNegotiate(negotiatePrefillFrom(shownInput)) : undefined,
    [onOpenNegotiate, shownInput],
  )
  const saveToOffers = useMemo(
    () =>
      onSaveToOffers && shownInput
        ? () =>
            onSaveToOffers({
              title: shownInput.title,
              location: shownInput.location,
              years: shownInput.years ?? null,
              base: shownInput.base,
              bonus: shownInput.bonus ?? 0,
              stock: shownInput.stock ?? 0,
              signon: shownInput.signon ?? 0,
            })
        : undefined,
    [onSaveToOffers, shownInput],
  )
  const pickOccupation = useCallback(
    (soc: string | null) => dispatch({ type: 'pickOccupation', soc }),
    [dispatch],
  )
  const status = viewStatus(
    checks,
    estimate,
    { sentence: result?.percentile.sentence ?? null, complete: reading.request !== null },
    OFFER_STATUS_WORDS,
  )

  return (
    <div className="offer-view">
      <OfferForm {...form} errors={checks.errors} notes={reading.notes} lookup={checks.lookup} />
      <ResultsPanel
        className="results-panel"
        headingId="results-heading"
        heading="Where your offer falls"
        status={status}
      >
        {drawnResult && (
          <MemoResults
            result={drawnResult}
            stale={status.stale}
            occupationChosen={state.soc !== null}
            onPickOccupation={pickOccupation}
            onOpenInsights={openInsights}
            onOpenNegotiate={openNegotiate}
            onSaveToOffers={saveToOffers}
            chartWidth={chartWidth}
          />
        )}
        <HowWorthEstimates />
      </ResultsPanel>
    </div>
  )
}
