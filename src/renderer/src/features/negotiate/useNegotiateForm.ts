// The calculator form's state: starts from the offer view's prefill (when the user clicked "Negotiate this offer")
// or from the draft saved on this computer, and saves the draft again (debounced) as the user types.
import { useEffect, useReducer, useRef, useState, type ActionDispatch } from 'react'
import type { DraftStore } from '../../db/drafts'
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

export const NEGOTIATE_AUTOSAVE_DELAY_MS = 300

export interface NegotiateFormHook {
  state: NegotiateFormState
  dispatch: ActionDispatch<[action: NegotiateFormAction]>
  saveError: string | null
}

export function useNegotiateForm(
  store: DraftStore,
  prefill: NegotiatePrefill | null | undefined,
): NegotiateFormHook {
  const [state, dispatch] = useReducer(negotiateFormReducer, prefill, initialNegotiateForm)
  const [restored, setRestored] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const unsaved = useRef<NegotiateDraft | null>(null)

  useEffect(() => {
    let live = true
    void store.load().then((stored) => {
      if (!live) return
      const draft = fromNegotiateDraft(stored)
      // The reducer ignores the draft once the user has typed, and takes only their own terms after a prefill.
      if (draft) dispatch({ type: 'restore', draft })
      setRestored(true)
    })
    return () => {
      live = false
    }
  }, [store])

  useEffect(() => {
    // Saving before the draft is read would overwrite it.
    if (!restored) return
    const draft = toNegotiateDraft(state)
    unsaved.current = draft
    const timer = setTimeout(() => {
      unsaved.current = null
      store.save(draft).then(
        () => setSaveError(null),
        () =>
          setSaveError(
            'Worth could not save what you typed on this computer; it will keep trying as you type.',
          ),
      )
    }, NEGOTIATE_AUTOSAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [restored, state, store])

  // Leaving the view saves what the timer had not saved yet.
  useEffect(
    () => () => {
      if (unsaved.current) void store.save(unsaved.current).catch(() => undefined)
    },
    [store],
  )

  return { state, dispatch, saveError }
}
