// The offer form's state, restored from the saved draft on start and saved again (debounced) as the user types.
import type { DraftStore } from '../../db/drafts'
import { DRAFT_AUTOSAVE_MS, useDraftedReducer, type DraftedReducer } from '../../lib/useDraftedReducer'
import {
  fromOfferDraft,
  INITIAL_OFFER_FORM,
  offerFormReducer,
  toOfferDraft,
  type OfferDraft,
  type OfferFormAction,
  type OfferFormState,
} from './offerForm'

export const AUTOSAVE_DELAY_MS = DRAFT_AUTOSAVE_MS

export type OfferForm = DraftedReducer<OfferFormState, OfferFormAction>

export function useOfferForm(store: DraftStore): OfferForm {
  return useDraftedReducer<OfferFormState, OfferFormAction, OfferDraft>({
    store,
    reducer: offerFormReducer,
    initial: () => INITIAL_OFFER_FORM,
    readDraft: fromOfferDraft,
    writeDraft: toOfferDraft,
  })
}
