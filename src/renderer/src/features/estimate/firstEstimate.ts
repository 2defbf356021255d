// The estimate of the saved draft's offer, asked for at start by the page's entry (main.tsx) before React and the
// views have loaded, so that its answer travels while they load; the view's first request takes it (issue 13:
// navigation to the first percentile sentence). No React here: the entry that imports this module stays small.
import type { EstimateInput, Reply } from '../../../../shared/contract'
import type { EstimateResult } from '../../../../shared/types'
import type { DraftStore } from '../../db/drafts'
import { estimateOffer } from '../../lib/api'
import type { Answered } from '../../lib/useDebouncedReply'
import { fromOfferDraft, INITIAL_OFFER_FORM, offerFormReducer, readOfferForm } from './offerForm'

export interface StartedEstimate {
  key: string
  reply: Promise<Reply<EstimateResult>>
  /** The answer, once it has arrived. */
  answered: Answered<EstimateInput, EstimateResult> | null
}

/** The estimate started at start, until the view has taken it. */
let early: StartedEstimate | null = null

/** The request the form will make once `stored` (a saved draft) is restored into it, or null if it makes none. */
export function draftRequest(stored: unknown): EstimateInput | null {
  const draft = fromOfferDraft(stored)
  if (!draft) return null
  return readOfferForm(offerFormReducer(INITIAL_OFFER_FORM, { type: 'restore', draft })).request
}

/**
 * Sends the estimate of the offer in the saved draft at once, when the draft can be read synchronously (its
 * journal): the answer is on its way while the page loads and renders, and the view's first request takes it.
 * Called once, at start, when My offer is the first view. Returns the request sent, or null.
 */
export function startDraftEstimate(store: DraftStore): EstimateInput | null {
  const noted = store.peek?.()
  const request = noted ? draftRequest(noted.value) : null
  if (!request) {
    early = null
    return null
  }
  const started: StartedEstimate = {
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

/**
 * Resolves when the estimate started at start has its answer, or after `capMs`, whichever is first; at once when
 * none was started. The first render waits for it (see main.ts): drawn with its answer, the view shows the sentence
 * in that render, instead of drawing the form, painting it, and drawing again a moment later.
 */
export function startedAnswerOrAfter(capMs: number): Promise<void> {
  const started = early
  if (!started || started.answered) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, capMs)
    void started.reply.then(() => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/** The estimate started at start, when it asks what `request` asks (the view's first render); else null. */
export function startedEstimateFor(request: EstimateInput | null): StartedEstimate | null {
  return early && request && early.key === JSON.stringify(request) ? early : null
}

/** Forgets the started estimate once the view has its answer (a later view asks afresh). */
export function forgetStartedEstimate(started: StartedEstimate): void {
  if (early === started) early = null
}

/** The view's estimate call: its first request takes the answer started at start when it asks the same. */
export function estimateOnce(input: EstimateInput): Promise<Reply<EstimateResult>> {
  const started = early
  early = null
  return started && started.key === JSON.stringify(input) ? started.reply : estimateOffer(input)
}
