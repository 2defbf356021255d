// The editor's state, restored from its own draft on start (unless another view handed over an offer to save)
// and saved again, debounced, as the user types: a reload or a crash loses nothing typed.
import type { DraftStore } from '../../db/drafts'
import { DRAFT_AUTOSAVE_MS, useDraftedReducer, type DraftedReducer } from '../../lib/useDraftedReducer'
import {
  editorReducer,
  INITIAL_EDITOR,
  toEditorDraft,
  type EditorAction,
  type EditorState,
} from './editorState'
import {
  editorTextFromPrefill,
  fromEditorDraft,
  type EditorDraft,
  type SaveOfferPrefill,
} from './offerEditor'

export const EDITOR_AUTOSAVE_MS = DRAFT_AUTOSAVE_MS

function initialState(prefill: SaveOfferPrefill | null | undefined): EditorState {
  return prefill ? { ...INITIAL_EDITOR, text: editorTextFromPrefill(prefill), edited: true } : INITIAL_EDITOR
}

export type OfferEditorHook = DraftedReducer<EditorState, EditorAction>

export function useOfferEditor(store: DraftStore, prefill?: SaveOfferPrefill | null): OfferEditorHook {
  return useDraftedReducer<EditorState, EditorAction, EditorDraft>({
    store,
    reducer: editorReducer,
    initial: () => initialState(prefill),
    readDraft: fromEditorDraft,
    writeDraft: toEditorDraft,
    saveFailed: 'Worth could not keep a draft of this offer on this computer; it will keep trying.',
  })
}
