// The "My offer" view: the form on one side, where the offer falls in the market on the other.
// Results follow the typing (debounced); the last good result stays on screen, marked when out of date.
import { useDeferredValue, useMemo } from 'react'
import type { WorthError } from '../../../../../shared/contract'
import { FIELD_LABELS, type FieldName } from '../../../../../shared/fields'
import { dexieDraftStore, OFFER_FORM_DRAFT, type DraftStore } from '../../../db/drafts'
import type { InsightsPrefill } from '../../insights/insightsForm'
import { negotiatePrefillFrom, type NegotiatePrefill } from '../../negotiate/negotiateForm'
import type { SaveOfferPrefill } from '../../offers/offerEditor'
import { currentError, freshness, withReplyError } from '../../role/roleLookup'
import { useRoleLookup } from '../../role/useRoleLookup'
import { readOfferForm, visibleErrors, type FieldErrors } from '../offerForm'
import { useOfferEstimate, useOfferForm } from '../useOfferForm'
import { HowWorthEstimates } from './HowWorthEstimates'
import { OfferForm } from './OfferForm'
import { OfferResults } from './OfferResults'
import { PercentileStatus } from './PercentileStatus'

const offerDraftStore = dexieDraftStore(OFFER_FORM_DRAFT)

function isFieldName(name: string | undefined): name is FieldName {
  return name !== undefined && Object.prototype.hasOwnProperty.call(FIELD_LABELS, name)
}

/** A backend error about one field, shown under that field like the form's own messages. */
function fieldOf(error: WorthError | null): FieldName | null {
  if (!error || error.code === 'ambiguous-location' || !isFieldName(error.field)) return null
  return error.field
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
  const { state, dispatch, saveError } = useOfferForm(draftStore)
  const reading = useMemo(() => readOfferForm(state), [state])

  const estimate = useOfferEstimate(reading.request, state.edited)

  const replyError = currentError(estimate)
  const replyField = fieldOf(replyError)
  const errors: FieldErrors = withReplyError(visibleErrors(state, reading.errors), replyField, replyError)
  const errorCount = Object.keys(errors).length

  const lookup = useRoleLookup(state, { replyError, replyField })
  const { question } = lookup

  const result = estimate.lastGood?.value ?? null
  // A form restored from its draft (nothing typed yet) shows its sentence first and the rest of the results in the
  // render right after it; once the user types, the sentence and the results change together.
  // (Once typed, the deferred value stays null, so it costs no second render.)
  const deferredResult = useDeferredValue(state.edited ? null : result)
  const drawnResult = state.edited ? result : deferredResult
  const shownInput = estimate.lastGood?.input ?? null
  const openInsights =
    onOpenInsights && shownInput
      ? () =>
          onOpenInsights({
            title: shownInput.title,
            location: shownInput.location,
            soc: shownInput.soc ?? null,
            areaCode: shownInput.areaCode ?? null,
          })
      : undefined
  const openNegotiate =
    onOpenNegotiate && shownInput ? () => onOpenNegotiate(negotiatePrefillFrom(shownInput)) : undefined
  const saveToOffers =
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
      : undefined
  const status = freshness({
    hasResult: result !== null,
    fieldErrors: errorCount,
    replyError,
    complete: reading.request !== null,
  })

  let statusText: string
  if (result) statusText = result.percentile.sentence
  else if (question) statusText = `Choose which ${question.name} you mean to see where your offer falls.`
  else if (errorCount > 0) statusText = 'Fix the highlighted field to see where your offer falls.'
  else if (replyError) statusText = replyError.message
  else if (estimate.pending) statusText = 'Working out where your offer falls…'
  else statusText = 'Enter a job title, location and base salary to see where your offer falls in the market.'

  return (
    <div className="offer-view">
      <OfferForm
        state={state}
        dispatch={dispatch}
        errors={errors}
        notes={reading.notes}
        lookup={lookup}
        saveError={saveError}
      />
      <section className="results-panel" aria-labelledby="results-heading" aria-busy={estimate.pending}>
        <h2 id="results-heading">Where your offer falls</h2>
        <PercentileStatus text={statusText} staleMessage={status.message} />
        {result && estimate.pending && !status.stale && (
          <p className="updating" aria-hidden="true">
            Updating…
          </p>
        )}
        {drawnResult && (
          <OfferResults
            result={drawnResult}
            stale={status.stale}
            occupationChosen={state.soc !== null}
            onPickOccupation={(soc) => dispatch({ type: 'pickOccupation', soc })}
            onOpenInsights={openInsights}
            onOpenNegotiate={openNegotiate}
            onSaveToOffers={saveToOffers}
            chartWidth={chartWidth}
          />
        )}
        <HowWorthEstimates />
      </section>
    </div>
  )
}
