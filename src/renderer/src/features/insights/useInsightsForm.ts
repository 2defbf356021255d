// The Market insights form's state: starts from a prefill (when another view sent the user here) or from the
// draft saved on this computer, and saves the draft again (debounced) as the user types.
// The reducer ignores the draft once the form holds a prefill or anything typed.
import { draftedFormHook } from '../../lib/useDraftedReducer'
import { fromInsightsDraft, initialInsightsForm, insightsFormReducer, toInsightsDraft } from './insightsForm'

export const useInsightsForm = draftedFormHook({
  reducer: insightsFormReducer,
  initial: initialInsightsForm,
  readDraft: fromInsightsDraft,
  writeDraft: toInsightsDraft,
  edited: (state) => state.edited,
})
