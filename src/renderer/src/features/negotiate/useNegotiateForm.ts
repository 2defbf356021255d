// The calculator form's state: starts from the offer view's prefill (when the user clicked "Negotiate this offer")
// or from the draft saved on this computer, and saves the draft again (debounced) as the user types.
import type { DraftStore } from '../../db/drafts'
import { DRAFT_AUTOSAVE_MS, useDraftedReducer, type DraftedReducer } from '../../lib/useDraftedReducer'
import {
  fromNegotiateDraft,
  initialNegotiateForm,
  negotiateFormReducer,
  toNegotiateDraft,
  type NegotiateDraft,
  type NegotiateFormAction,
  type NegotiateFormState,
  type NegotiatePrefill,
} from './negotiateForm'

export const NEGOTIATE_AUTOSAVE_DELAY_MS = DRAFT_AUTOSAVE_MS

export type NegotiateFormHook = DraftedReducer<NegotiateFormState, NegotiateFormAction>

export function useNegotiateForm(
  store: DraftStore,
  prefill: NegotiatePrefill | null | undefined,
): NegotiateFormHook {
  // The reducer ignores the draft once the user has typed, and takes only their own terms after a prefill.
  return useDraftedReducer<NegotiateFormState, NegotiateFormAction, NegotiateDraft>({
    store,
    reducer: negotiateFormReducer,
    initial: () => initialNegotiateForm(prefill),
    readDraft: fromNegotiateDraft,
    writeDraft: toNegotiateDraft,
  })
}
