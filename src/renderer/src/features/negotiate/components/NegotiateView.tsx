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
import { negotiateOffer } from '../../../lib/api'
import { useDebouncedReply, type DebouncedReply } from '../../../lib/useDebouncedReply'
import { ResultsPanel } from '../../role/components/ResultsPanel'
import { currentError, didYouMeanFor, viewStatus, type StatusWords } from '../../role/roleLookup'
import { useRoleReply } from '../../role/useRoleReply'
import {
  negotiateFieldOf,
  readNegotiateForm,
  visibleNegotiateErrors,
  type NegotiatePrefill,
} from '../negotiateForm'
import { briefFileName } from '../negotiateFigures'
import { useScriptState } from '../useScriptState'
import { useNegotiateForm } from '../useNegotiateForm'
import { BriefActions } from './BriefActions'
import { NegotiateForm } from './NegotiateForm'
import { NegotiateResults } from './NegotiateResults'
import { NegotiationBrief } from './NegotiationBrief'
import '../../../styles/negotiate.css'

export const NEGOTIATE_FORM_DRAFT = 'negotiate-form'
export const NEGOTIATE_DELAY_MS = 120

const negotiateDraftStore = dexieDraftStore(NEGOTIATE_FORM_DRAFT)

/**
 * The error of the reply to what is in the form now. An ambiguous place where the user lives is shown under that
 * field like any other field's message, and asks nothing about the job's place.
 */
function replyErrorOf(negotiation: DebouncedReply<unknown, unknown>): WorthError | null {
  const error = currentError(negotiation)
  return error?.code === 'ambiguous-location' && error.field === 'currentLocation'
    ? { ...error, code: 'unknown-location' }
    : error
}

const NEGOTIATE_STATUS_WORDS: StatusWords = {
  aim: 'to work out your ask',
  pending: 'Working out your ask…',
  empty: 'Enter a job title, location and base salary to work out what to ask for.',
}

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

export function NegotiateView({
  prefill,
  draftStore = negotiateDraftStore,
  loadSavedOffers = listOffers,
  chartWidth,
  now = () => new Date(),
}: NegotiateViewProps) {
  const form = useNegotiateForm(draftStore, prefill)
  const { state } = form
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
  const scriptState = useScriptState()

  const negotiation = useDebouncedReply(reading.request, negotiateOffer, NEGOTIATE_DELAY_MS)

  const checks = useRoleReply(
    state,
    replyErrorOf(negotiation),
    visibleNegotiateErrors(state, reading.errors),
    (error) => negotiateFieldOf(error.field, state.targetKind),
  )

  const shown = negotiation.lastGood
  const result = shown?.value ?? null
  const status = viewStatus(
    checks,
    negotiation,
    { sentence: result?.ask.sentence ?? null, complete: reading.request !== null },
    NEGOTIATE_STATUS_WORDS,
  )

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
        {...form}
        errors={checks.errors}
        notes={reading.notes}
        lookup={checks.lookup}
        homeSuggestions={didYouMeanFor(checks.replyError, checks.replyField, 'currentLocation')}
        marketAsk={
          result && result.ask.from !== 'user' && result.ask.from !== 'terms' ? result.ask.base : null
        }
        savedOffers={savedOffers}
      />
      <ResultsPanel
        className="results-panel"
        headingId="negotiate-results-heading"
        heading="What to ask for"
        status={status}
      >
        {result && shown && (
          <NegotiateResults
            result={result}
            stale={status.stale}
            basis={shown.key}
            chartWidth={chartWidth}
            scriptState={scriptState}
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
      </ResultsPanel>
    </div>
  )
}
