// The offer form's state, restored from the saved draft on start and saved again (debounced) as the user types.
import { useEffect, useReducer, useRef, useState, type ActionDispatch } from 'react'
import type { DraftStore } from '../../db/drafts'
import {
  fromOfferDraft,
  INITIAL_OFFER_FORM,
  offerFormReducer,
  toOfferDraft,
  type OfferDraft,
  type OfferFormAction,
  type OfferFormState,
} from './offerForm'

export const AUTOSAVE_DELAY_MS = 300

export interface OfferForm {
  state: OfferFormState
  dispatch: ActionDispatch<[action: OfferFormAction]>
  /** True once the saved draft (if any) has been read. */
  restored: boolean
  /** A message when the draft could not be saved, else null. */
  saveError: string | null
}

export function useOfferForm(store: DraftStore): OfferForm {
  const [state, dispatch] = useReducer(offerFormReducer, INITIAL_OFFER_FORM)
  const [restored, setRestored] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const unsaved = useRef<OfferDraft | null>(null)

  useEffect(() => {
    let live = true
    void store.load().then((stored) => {
      if (!live) return
      const draft = fromOfferDraft(stored)
      if (draft) dispatch({ type: 'restore', draft })
      setRestored(true)
    })
    return () => {
      live = false
    }
  }, [store])

  useEffect(() => {
    // Saving before the draft is read would overwrite it with an empty form.
    if (!restored) return
    const draft = toOfferDraft(state)
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
    }, AUTOSAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [restored, state, store])

  // Leaving the view saves what the timer had not saved yet.
  useEffect(
    () => () => {
      if (unsaved.current) void store.save(unsaved.current).catch(() => undefined)
    },
    [store],
  )

  return { state, dispatch, restored, saveError }
}
