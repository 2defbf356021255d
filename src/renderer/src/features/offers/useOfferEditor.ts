// The editor's state, restored from its own draft on start (unless another view handed over an offer to save)
// and saved again, debounced, as the user types: a reload or a crash loses nothing typed.
import { draftedFormHook } from '../../lib/useDraftedReducer'
import { editorReducer, INITIAL_EDITOR, toEditorDraft, type EditorState } from './editorState'
import { editorTextFromPrefill, fromEditorDraft, type SaveOfferPrefill } from './offerEditor'

function initialState(prefill: SaveOfferPrefill | null | undefined): EditorState {
  return prefill ? { ...INITIAL_EDITOR, text: editorTextFromPrefill(prefill), edited: true } : INITIAL_EDITOR
}

export const useOfferEditor = draftedFormHook({
  reducer: editorReducer,
  initial: initialState,
  readDraft: fromEditorDraft,
  writeDraft: toEditorDraft,
  saveFailed: 'Worth could not keep a draft of this offer on this computer; it will keep trying.',
  edited: (state) => state.edited,
})
