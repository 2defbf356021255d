// The calculator form's state: starts from the offer view's prefill (when the user clicked "Negotiate this offer")
// or from the draft saved on this computer, and saves the draft again (debounced) as the user types.
// The reducer ignores the draft once the user has typed, and takes only their own terms after a prefill.
import { draftedFormHook } from '../../lib/useDraftedReducer'
import {
  fromNegotiateDraft,
  initialNegotiateForm,
  negotiateFormReducer,
  toNegotiateDraft,
} from './negotiateForm'

export const useNegotiateForm = draftedFormHook({
  reducer: negotiateFormReducer,
  initial: initialNegotiateForm,
  readDraft: fromNegotiateDraft,
  writeDraft: toNegotiateDraft,
  edited: (state) => state.edited,
})
