// The estimate of the saved draft's offer, asked for at start by the page's entry (main.tsx) before React and the
// views have loaded, so that its answer travels while they load; the view's first request takes it (issue 13:
// navigation to the first percentile sentence). No React here: the entry that imports this module stays small.
// The view never waits for ever on that early request: when it has no answer after EARLY_ANSWER_BOUND_MS, or its
// answer is a failure to reach the backend, the same question is asked once more, and the first good answer wins.
import type { EstimateInput, Reply } from '../../../../shared/contract'
import type { EstimateResult } from '../../../../shared/types'
import type { DraftStore } from '../../db/drafts'
import { estimateOffer } from '../../lib/api'
import type { Answered } from '../../lib/useDebouncedReply'
import { fromOfferDraft, INITIAL_OFFER_FORM, offerFormReducer, readOfferForm } from './offerForm'

export interface StartedEstimate {
  key: string
  /** Settles with the first good answer (or, when every attempt failed, the last failure); never rejects. */
  reply: Promise<Reply<EstimateResult>>
  /** The answer, once it has arrived. */
  answered: Answered<EstimateInput, EstimateResult> | null
  /** Stops the second attempt from going out (the view asks something else). */
  cancel(): void
}

/**
 * How long the answer sent at start may take before the same question is asked again. A round trip is 5-30 ms and
 * the page's own loading can hold the answer's callback back by a few hundred ms on a loaded machine, so a second
 * request before this would mostly ask twice for nothing; after it, the first one is taken as lost.
 */
export const EARLY_ANSWER_BOUND_MS = 3000

/** A reply saying the backend could not be reached or answered nothing readable: worth asking again. */
function failedInTransit(reply: Reply<unknown>): boolean {
  return !reply.ok && reply.error.code === 'internal'
}

const NOT_ASKED: Reply<EstimateResult> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Worth could not reach its data. Please try again; if it keeps happening, restart Worth.',
  },
}

/**
 * Asks `request` with a second chance: if the first attempt has no answer after `boundMs`, or fails to reach the
 * backend, the same request goes out once more. `reply` settles with the first good answer of the attempts (both
 * ask the same), or with the last failure once every attempt has failed; it never rejects.
 */
export function askWithSecondChance(
  request: EstimateInput,
  boundMs: number,
  send: (request: EstimateInput) => Promise<Reply<EstimateResult>> = estimateOffer,
): { reply: Promise<Reply<EstimateResult>>; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined
  let cancelled = false
  const reply = new Promise<Reply<EstimateResult>>((resolve) => {
    let settled = false
    let retried = false
    let waiting = 0
    const finish = (answer: Reply<EstimateResult>): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(answer)
    }
    const attempt = (): void => {
      waiting += 1
      // A send that throws or rejects (it should not: api.ts turns failures into replies) counts as a failure too.
      let sent: Promise<Reply<EstimateResult>>
      try {
        sent = send(request).catch(() => NOT_ASKED)
      } catch {
        sent = Promise.resolve(NOT_ASKED)
      }
      void sent.then((answer) => {
        waiting -= 1
        if (!failedInTransit(answer)) finish(answer)
        else if (!retried && !cancelled) askAgain()
        else if (waiting === 0) finish(answer)
      })
    }
    const askAgain = (): void => {
      if (settled || retried || cancelled) return
      retried = true
      clearTimeout(timer)
      attempt()
    }
    timer = setTimeout(askAgain, boundMs)
    attempt()
  })
  return {
    reply,
    cancel() {
      cancelled = true
      clearTimeout(timer)
    },
  }
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
  early?.cancel()
  const noted = store.peek?.()
  const request = noted ? draftRequest(noted.value) : null
  if (!request) {
    early = null
    return null
  }
  const { reply, cancel } = askWithSecondChance(request, EARLY_ANSWER_BOUND_MS)
  const started: StartedEstimate = { key: JSON.stringify(request), reply, answered: null, cancel }
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
  if (started && started.key === JSON.stringify(input)) return started.reply
  started?.cancel()
  return estimateOffer(input)
}
