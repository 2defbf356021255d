// The offer form's state, restored from the saved draft on start and saved again (debounced) as the user types;
// and the estimate it asks for.
import type { EstimateInput } from '../../../../shared/contract'
import type { EstimateResult } from '../../../../shared/types'
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { useDebouncedReply, type DebouncedReply } from '../../lib/useDebouncedReply'
import { DRAFT_AUTOSAVE_MS, draftedFormHook } from '../../lib/useDraftedReducer'
import { estimateOnce, forgetStartedEstimate, startedEstimateFor } from './firstEstimate'
import { fromOfferDraft, INITIAL_OFFER_FORM, offerFormReducer, toOfferDraft } from './offerForm'

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
  edited: (state) => state.edited,
})

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
  const [started] = useState(() => startedEstimateFor(request))
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
  const replies = useDebouncedReply(request, estimateOnce, ESTIMATE_DELAY_MS, {
    firstAtOnce: !typed,
    answered: started?.answered ?? null,
  })
  // After the request's effect (effects run in this order): an answer that arrived between the first render and
  // its effects is still taken by that first request, instead of being forgotten first and asked for again.
  useEffect(() => {
    if (started?.answered) forgetStartedEstimate(started)
  }, [started, arrived])
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
