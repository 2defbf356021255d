// The editor's state, restored from its own draft on start (unless another view handed over an offer to save)
// and saved again, debounced, as the user types: a reload or a crash loses nothing typed.
import { useEffect, useReducer, useRef, useState } from 'react'
import type { DraftStore } from '../../db/drafts'
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

export const EDITOR_AUTOSAVE_MS = 300

function initialState(prefill: SaveOfferPrefill | null | undefined): EditorState {
  return prefill ? { ...INITIAL_EDITOR, text: editorTextFromPrefill(prefill), edited: true } : INITIAL_EDITOR
}

export interface OfferEditorHook {
  state: EditorState
  dispatch: (action: EditorAction) => void
  restored: boolean
  saveError: string | null
}

export function useOfferEditor(store: DraftStore, prefill?: SaveOfferPrefill | null): OfferEditorHook {
  const [state, dispatch] = useReducer(editorReducer, prefill, initialState)
  const [restored, setRestored] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const unsaved = useRef<EditorDraft | null>(null)

  useEffect(() => {
    let live = true
    void store.load().then((stored) => {
      if (!live) return
      const draft = fromEditorDraft(stored)
      if (draft) dispatch({ type: 'restore', draft })
      setRestored(true)
    })
    return () => {
      live = false
    }
  }, [store])

  useEffect(() => {
    if (!restored) return
    const draft = toEditorDraft(state)
    unsaved.current = draft
    const timer = setTimeout(() => {
      unsaved.current = null
      store.save(draft).then(
        () => setSaveError(null),
        () =>
          setSaveError('Worth could not keep a draft of this offer on this computer; it will keep trying.'),
      )
    }, EDITOR_AUTOSAVE_MS)
    return () => clearTimeout(timer)
  }, [restored, state, store])

  useEffect(
    () => () => {
      if (unsaved.current) void store.save(unsaved.current).catch(() => undefined)
    },
    [store],
  )

  return { state, dispatch, restored, saveError }
}
