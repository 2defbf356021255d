// The "Negotiate" view: the counter-offer calculator (form on one side; the ask, guard rails, chart, trade-offs,
// tips and scripts on the other), and the one-page brief made from the same result. Results follow the typing
// (debounced, late replies ignored); the last good result stays on screen, marked when out of date.
import { localDay } from '../../offers/deadlines'
import { offerShown } from '../fromSavedOffer'
import { CounterSent } from './CounterSent'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { WorthError } from '../../../../../shared/contract'
import type { Offer } from '../../../../../shared/offer'
import { dexieDraftStore, type DraftStore } from '../../../db/drafts'
import { listOffers } from '../../../db/offers'
import { negotiateOffer, searchLocations, searchTitles } from '../../../lib/api'
import { useDebouncedReply } from '../../../lib/useDebouncedReply'
import { DidYouMean } from '../../estimate/components/DidYouMean'
import { LocationQuestion } from '../../estimate/components/LocationQuestion'
import { PercentileStatus } from '../../estimate/components/PercentileStatus'
import { freshness, locationOptions, locationQuestion, titleOptions } from '../../estimate/pickers'
import {
  negotiateFieldOf,
  readNegotiateForm,
  visibleNegotiateErrors,
  type NegotiateField,
  type NegotiateFieldErrors,
  type NegotiatePrefill,
} from '../negotiateForm'
import { briefFileName } from '../negotiateFigures'
import { NO_EDITS, type ScriptChoice, type ScriptEdits } from '../scripts'
import { useNegotiateForm } from '../useNegotiateForm'
import { BriefActions } from './BriefActions'
import { NegotiateForm } from './NegotiateForm'
import { NegotiateResults } from './NegotiateResults'
import { NegotiationBrief } from './NegotiationBrief'
import '../../../styles/negotiate.css'

export const NEGOTIATE_FORM_DRAFT = 'negotiate-form'
export const NEGOTIATE_DELAY_MS = 120
const SEARCH_DELAY_MS = 20
const SEARCH_LIMIT = 8

const negotiateDraftStore = dexieDraftStore(NEGOTIATE_FORM_DRAFT)

export interface NegotiateViewProps {
  /** What the offer view sent over ("Negotiate this offer"); it wins over the saved draft's offer. */
  prefill?: NegotiatePrefill | null
  draftStore?: DraftStore
  /** Reads the saved offers to pick from (the local database unless a test says otherwise); a stable function. */
  loadSavedOffers?: () => Promise<Offer[]>
  /** Fixed chart width, for tests; by default the calculator's chart fills its column. */
  chartWidth?: number
  /** The clock for the brief's date line (tests pass a fixed one). */
  now?: () => Date
}

function searchFor(text: string) {
  const query = text.trim()
  return query ? { query, limit: SEARCH_LIMIT } : null
}

export function NegotiateView({
  prefill,
  draftStore = negotiateDraftStore,
  loadSavedOffers = listOffers,
  chartWidth,
  now = () => new Date(),
}: NegotiateViewProps) {
  const { state, dispatch, saveError } = useNegotiateForm(draftStore, prefill)
  const [savedOffers, setSavedOffers] = useState<Offer[]>([])
  const [savedVersion, setSavedVersion] = useState(0)
  useEffect(() => {
    let live = true
    // Without saved offers (or if they cannot be read) the form simply has no saved-offer pickers.
    loadSavedOffers().then(
      (offers) => {
        if (live) setSavedOffers(offers)
      },
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [loadSavedOffers, savedVersion])
  const reading = useMemo(() => readNegotiateForm(state), [state])
  const [briefDate, setBriefDate] = useState<Date | null>(null)
  const [scriptChoice, setScriptChoice] = useState<ScriptChoice>({ channel: 'email', tone: 'warm' })
  const [scriptEdits, setScriptEdits] = useState<ScriptEdits>(NO_EDITS)

  const titles = useDebouncedReply(searchFor(state.fields.title), searchTitles, SEARCH_DELAY_MS)
  const places = useDebouncedReply(searchFor(state.fields.location), searchLocations, SEARCH_DELAY_MS)
  const homes = useDebouncedReply(searchFor(state.fields.currentLocation), searchLocations, SEARCH_DELAY_MS)
  const negotiation = useDebouncedReply(reading.request, negotiateOffer, NEGOTIATE_DELAY_MS)

  const currentReply =
    negotiation.latest && negotiation.latest.key === negotiation.key ? negotiation.latest.reply : null
  const replyError: WorthError | null = currentReply && !currentReply.ok ? currentReply.error : null
  const aboutHome = replyError?.field === 'currentLocation'
  const replyField =
    replyError && (replyError.code !== 'ambiguous-location' || aboutHome)
      ? negotiateFieldOf(replyError.field, state.targetKind)
      : null

  const errors: NegotiateFieldErrors = { ...visibleNegotiateErrors(state, reading.errors) }
  if (replyField && replyError && !errors[replyField]) errors[replyField] = replyError.message
  const errorCount = Object.keys(errors).length

  const placeReply = state.fields.location.trim() ? places.latest : null
  const placeSearch =
    placeReply && placeReply.reply.ok
      ? { query: placeReply.input.query, result: placeReply.reply.value }
      : null
  const question = locationQuestion(
    state.fields.location,
    state.areaCode,
    placeSearch,
    aboutHome ? null : replyError,
  )
  const titleReply = state.fields.title.trim() ? titles.latest?.reply : undefined
  const homeReply = state.fields.currentLocation.trim() ? homes.latest?.reply : undefined

  const shown = negotiation.lastGood
  const result = shown?.value ?? null
  // An ambiguous place where the user lives is shown under that field, like any other field's message.
  const freshnessError: WorthError | null =
    replyError && aboutHome ? { ...replyError, code: 'unknown-location' } : replyError
  const status = freshness({
    hasResult: result !== null,
    fieldErrors: errorCount,
    replyError: freshnessError,
    complete: reading.request !== null,
  })

  const suggestionsFor = (field: NegotiateField) =>
    replyField === field && replyError?.suggestions?.length ? replyError.suggestions : []

  let statusText: string
  if (result) statusText = result.ask.sentence
  else if (question) statusText = `Choose which ${question.name} you mean to work out your ask.`
  else if (errorCount > 0) statusText = 'Fix the highlighted field to work out your ask.'
  else if (replyError) statusText = replyError.message
  else if (negotiation.pending) statusText = 'Working out your ask…'
  else statusText = 'Enter a job title, location and base salary to work out what to ask for.'

  // Opening and closing the brief moves focus to what appeared, as a page change would.
  const briefView = useRef<HTMLDivElement>(null)
  const briefButton = useRef<HTMLButtonElement>(null)
  const returning = useRef(false)
  useEffect(() => {
    if (briefDate) briefView.current?.focus()
    else if (returning.current) {
      returning.current = false
      briefButton.current?.focus()
    }
  }, [briefDate])

  if (briefDate && result && shown) {
    return (
      <div className="negotiate-view is-brief" ref={briefView} tabIndex={-1} aria-label="Negotiation brief">
        <BriefActions
          fileName={briefFileName(result, briefDate)}
          onBack={() => {
            returning.current = true
            setBriefDate(null)
          }}
        />
        <NegotiationBrief result={result} generatedAt={briefDate} />
      </div>
    )
  }

  return (
    <div className="negotiate-view">
      <NegotiateForm
        state={state}
        dispatch={dispatch}
        errors={errors}
        notes={reading.notes}
        titleOptions={titleReply?.ok ? titleOptions(titleReply.value) : []}
        locationOptions={placeSearch ? locationOptions(placeSearch.result) : []}
        currentLocationOptions={homeReply?.ok ? locationOptions(homeReply.value) : []}
        marketAsk={
          result && result.ask.from !== 'user' && result.ask.from !== 'terms' ? result.ask.base : null
        }
        saveError={saveError}
        savedOffers={savedOffers}
        below={{
          title: (
            <DidYouMean
              id="negotiate-title-did-you-mean"
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
              id="negotiate-location-did-you-mean"
              suggestions={suggestionsFor('location')}
              onChoose={(label) => dispatch({ type: 'pickLocation', label, areaCode: null })}
            />
          ),
          currentLocation: (
            <DidYouMean
              id="negotiate-home-did-you-mean"
              suggestions={suggestionsFor('currentLocation')}
              onChoose={(text) => dispatch({ type: 'edit', field: 'currentLocation', text })}
            />
          ),
        }}
      />
      <section
        className="results-panel"
        aria-labelledby="negotiate-results-heading"
        aria-busy={negotiation.pending}
      >
        <h2 id="negotiate-results-heading">What to ask for</h2>
        <PercentileStatus text={statusText} staleMessage={status.message} />
        {result && negotiation.pending && !status.stale && (
          <p className="updating" aria-hidden="true">
            Updating…
          </p>
        )}
        {result && shown && (
          <NegotiateResults
            result={result}
            stale={status.stale}
            basis={shown.key}
            chartWidth={chartWidth}
            scriptChoice={scriptChoice}
            onScriptChoice={setScriptChoice}
            scriptEdits={scriptEdits}
            onScriptEdits={setScriptEdits}
            briefButton={briefButton}
            onOpenBrief={() => setBriefDate(now())}
          />
        )}
        <CounterSent
          offer={offerShown(state.fields, savedOffers)}
          ask={result && !status.stale ? result.ask.base : null}
          today={localDay(now())}
          now={now}
          onSaved={() => setSavedVersion((v) => v + 1)}
        />
      </section>
    </div>
  )
}
