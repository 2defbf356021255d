// The "My offer" view: the form on one side, where the offer falls in the market on the other.
// Results follow the typing (debounced); the last good result stays on screen, marked when out of date.
import { useDeferredValue, useMemo } from 'react'
import type { WorthError } from '../../../../../shared/contract'
import { FIELD_LABELS, type FieldName } from '../../../../../shared/fields'
import { dexieDraftStore, OFFER_FORM_DRAFT, type DraftStore } from '../../../db/drafts'
import { searchLocations, searchTitles } from '../../../lib/api'
import { useDebouncedReply } from '../../../lib/useDebouncedReply'
import type { InsightsPrefill } from '../../insights/insightsForm'
import { negotiatePrefillFrom, type NegotiatePrefill } from '../../negotiate/negotiateForm'
import type { SaveOfferPrefill } from '../../offers/offerEditor'
import { readOfferForm, visibleErrors, type FieldErrors } from '../offerForm'
import { freshness, locationOptions, locationQuestion, titleOptions } from '../pickers'
import { useOfferEstimate, useOfferForm } from '../useOfferForm'
import { DidYouMean } from './DidYouMean'
import { HowWorthEstimates } from './HowWorthEstimates'
import { LocationQuestion } from './LocationQuestion'
import { OfferForm } from './OfferForm'
import { OfferResults } from './OfferResults'
import { PercentileStatus } from './PercentileStatus'

// Sized to the measured round trips (12-30 ms for a search in browser mode, issue 13): suggestions follow typing
// within the 50 ms budget. The estimate's own timing is in useOfferForm.ts.
export const SEARCH_DELAY_MS = 20
const SEARCH_LIMIT = 8

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

  const titleQuery = state.fields.title.trim()
  const titles = useDebouncedReply(
    titleQuery ? { query: titleQuery, limit: SEARCH_LIMIT } : null,
    searchTitles,
    SEARCH_DELAY_MS,
  )
  const locationQuery = state.fields.location.trim()
  const places = useDebouncedReply(
    locationQuery ? { query: locationQuery, limit: SEARCH_LIMIT } : null,
    searchLocations,
    SEARCH_DELAY_MS,
  )
  const estimate = useOfferEstimate(reading.request, state.edited)

  const currentReply = estimate.latest && estimate.latest.key === estimate.key ? estimate.latest.reply : null
  const replyError = currentReply && !currentReply.ok ? currentReply.error : null
  const replyField = fieldOf(replyError)

  const errors: FieldErrors = { ...visibleErrors(state, reading.errors) }
  if (replyField && replyError && !errors[replyField]) errors[replyField] = replyError.message
  const errorCount = Object.keys(errors).length

  const titleReply = titleQuery ? titles.latest?.reply : undefined
  const placeReply = locationQuery ? places.latest : null
  const placeSearch =
    placeReply && placeReply.reply.ok
      ? { query: placeReply.input.query, result: placeReply.reply.value }
      : null
  const question = locationQuestion(state.fields.location, state.areaCode, placeSearch, replyError)

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

  const suggestionsFor = (field: 'title' | 'location') =>
    replyField === field && replyError?.suggestions?.length ? replyError.suggestions : []

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
        titleOptions={titleReply?.ok ? titleOptions(titleReply.value) : []}
        locationOptions={placeSearch ? locationOptions(placeSearch.result) : []}
        saveError={saveError}
        below={{
          title: (
            <DidYouMean
              id="title-did-you-mean"
              suggestions={suggestionsFor('title')}
              onChoose={(title) => dispatch({ type: 'pickTitle', title })}
            />
          ),
          location: question ? (
            <LocationQuestion
              question={question}
              onChoose={(choice) =>
                dispatch({ type: 'pickLocation', label: choice.label, areaCode: choice.areaCode })
              }
            />
          ) : (
            <DidYouMean
              id="location-did-you-mean"
              suggestions={suggestionsFor('location')}
              onChoose={(label) => dispatch({ type: 'pickLocation', label, areaCode: null })}
            />
          ),
        }}
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
