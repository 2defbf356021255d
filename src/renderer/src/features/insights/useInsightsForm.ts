// The Market insights form's state: starts from a prefill (when another view sent the user here) or from the
// draft saved on this computer, and saves the draft again (debounced) as the user types.
import { useEffect, useReducer, useRef, useState, type ActionDispatch } from 'react'
import type { DraftStore } from '../../db/drafts'
import {
  fromInsightsDraft,
  initialInsightsForm,
  insightsFormReducer,
  toInsightsDraft,
  type InsightsDraft,
  type InsightsFormAction,
  type InsightsFormState,
  type InsightsPrefill,
} from './insightsForm'

export const INSIGHTS_AUTOSAVE_DELAY_MS = 300

export interface InsightsForm {
  state: InsightsFormState
  dispatch: ActionDispatch<[action: InsightsFormAction]>
  saveError: string | null
}

export function useInsightsForm(
  store: DraftStore,
  prefill: InsightsPrefill | null | undefined,
): InsightsForm {
  const [state, dispatch] = useReducer(insightsFormReducer, prefill, initialInsightsForm)
  const [restored, setRestored] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const unsaved = useRef<InsightsDraft | null>(null)

  useEffect(() => {
    let live = true
    void store.load().then((stored) => {
      if (!live) return
      const draft = fromInsightsDraft(stored)
      // The reducer ignores the draft once the form holds a prefill or anything typed.
      if (draft) dispatch({ type: 'restore', draft })
      setRestored(true)
    })
    return () => {
      live = false
    }
  }, [store])

  useEffect(() => {
    if (!restored) return
    const draft = toInsightsDraft(state)
    unsaved.current = draft
    const timer = setTimeout(() => {
      unsaved.current = null
      store.save(draft).then(
        () => setSaveError(null),
        () => setSaveError('Worth could not save what you typed on this computer; it will keep trying.'),
      )
    }, INSIGHTS_AUTOSAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [restored, state, store])

  useEffect(
    () => () => {
      if (unsaved.current) void store.save(unsaved.current).catch(() => undefined)
    },
    [store],
  )

  return { state, dispatch, saveError }
}
