// The offer form's state, restored from the saved draft on start and saved again (debounced) as the user types;
// and the estimate it asks for.
import type { EstimateInput, Reply } from '../../../../shared/contract'
import type { EstimateResult } from '../../../../shared/types'
import type { DraftStore } from '../../db/drafts'
import { estimateOffer } from '../../lib/api'
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { useDebouncedReply, type Answered, type DebouncedReply } from '../../lib/useDebouncedReply'
import { DRAFT_AUTOSAVE_MS, draftedFormHook } from '../../lib/useDraftedReducer'
import {
  fromOfferDraft,
  INITIAL_OFFER_FORM,
  offerFormReducer,
  readOfferForm,
  toOfferDraft,
} from './offerForm'

export const AUTOSAVE_DELAY_MS = DRAFT_AUTOSAVE_MS

/**
 * How long the estimate waits for the typing to stop. Measured in browser mode (issue 13): an estimate's round trip
 * is 7-25 ms, but drawing its result (tables, chart, notes) costs more, so a burst of typing waits a few round trips
 * and draws once. The first estimate of a restored draft (nothing typed yet) does not wait at all.
 */
export const ESTIMATE_DELAY_MS = 120

/** The offer form's state; nothing is sent over to it, it starts empty or from its draft. */
export const useOfferForm = draftedFormHook({
  reducer: offerFormReducer,
  initial: () => INITIAL_OFFER_FORM,
  readDraft: fromOfferDraft,
  writeDraft: toOfferDraft,
})

/** The estimate of the draft's offer, asked for before the first render (see startDraftEstimate). */
let early: {
  key: string
  reply: Promise<Reply<EstimateResult>>
  /** The answer, once it has arrived. */
  answered: Answered<EstimateInput, EstimateResult> | null
} | null = null

/** The request the form will make once `stored` (a saved draft) is restored into it, or null if it makes none. */
export function draftRequest(stored: unknown): EstimateInput | null {
  const draft = fromOfferDraft(stored)
  if (!draft) return null
  return readOfferForm(offerFormReducer(INITIAL_OFFER_FORM, { type: 'restore', draft })).request
}

/**
 * Sends the estimate of the offer in the saved draft at once, when the draft can be read synchronously (its
 * journal): the answer is on its way while the page renders, and the view's first request takes it. Called once,
 * at start, when My offer is the first view (main.tsx). Returns the request sent, or null.
 */
export function startDraftEstimate(store: DraftStore): EstimateInput | null {
  const noted = store.peek?.()
  const request = noted ? draftRequest(noted.value) : null
  if (!request) {
    early = null
    return null
  }
  const started: NonNullable<typeof early> = {
    key: JSON.stringify(request),
    reply: estimateOffer(request),
    answered: null,
  }
  early = started
  void started.reply.then((reply) => {
    started.answered = { key: started.key, input: request, reply }
  })
  return request
}

/** The view's estimate call: its first request takes the answer started at start when it asks the same. */
function estimateOnce(input: EstimateInput): Promise<Reply<EstimateResult>> {
  const started = early
  early = null
  return started && started.key === JSON.stringify(input) ? started.reply : estimateOffer(input)
}

/**
 * The estimate for the form's request. Requests made by typing (`typed`: the user has edited the form) wait
 * ESTIMATE_DELAY_MS for the typing to stop; the first request of a form nobody has typed in yet (restored from
 * its draft) goes out at once.
 */
export function useOfferEstimate(
  request: EstimateInput | null,
  typed: boolean,
): DebouncedReply<EstimateInput, EstimateResult> {
  // The draft's estimate started at start, when it asks what this first render asks.
  const [started] = useState(() => (early && request && early.key === JSON.stringify(request) ? early : null))
  // Its answer: in the first render when it has already arrived, else as soon as it arrives (not after the view's
  // effects have run); React checks it again when the first render commits, before the browser paints.
  const subscribe = useCallback(
    (onArrival: () => void) => {
      let live = true
      void started?.reply.then(() => {
        if (live) onArrival()
      })
      return () => {
        live = false
      }
    },
    [started],
  )
  const arrived = useSyncExternalStore(subscribe, () => started?.answered ?? null)
  useEffect(() => {
    if (started && early === started && started.answered) early = null
  }, [started, arrived])
  const replies = useDebouncedReply(request, estimateOnce, ESTIMATE_DELAY_MS, {
    firstAtOnce: !typed,
    answered: started?.answered ?? null,
  })
  if (replies.latest === null && arrived && arrived.key === replies.key) {
    const { key, input, reply } = arrived
    return {
      latest: arrived,
      lastGood: reply.ok ? { key, input, value: reply.value } : null,
      pending: false,
      key,
    }
  }
  return replies
}
