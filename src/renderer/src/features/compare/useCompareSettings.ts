// The Compare view's settings, restored from their draft when the view opens and saved (debounced) as they change.
// The third value says whether the draft has been read (so the view asks for nothing with settings about to change).
import { useEffect, useRef, useState } from 'react'
import type { DraftStore } from '../../db/drafts'
import { fromCompareDraft, INITIAL_COMPARE_SETTINGS, type CompareSettings } from './compareSettings'

export const SETTINGS_AUTOSAVE_MS = 300

export function useCompareSettings(
  store: DraftStore,
): [CompareSettings, (next: CompareSettings) => void, boolean] {
  const [settings, setSettings] = useState(INITIAL_COMPARE_SETTINGS)
  const [restored, setRestored] = useState(false)
  const changed = useRef(false)

  useEffect(() => {
    let live = true
    void store.load().then((stored) => {
      if (!live) return
      const draft = fromCompareDraft(stored)
      // A change made while the draft was loading wins over the draft.
      if (draft && !changed.current) setSettings(draft)
      setRestored(true)
    })
    return () => {
      live = false
    }
  }, [store])

  useEffect(() => {
    if (!restored) return
    // Noted at once so a reload in the next moment keeps the change (see db/drafts.ts).
    store.note?.(settings)
    const timer = setTimeout(() => void store.save(settings).catch(() => undefined), SETTINGS_AUTOSAVE_MS)
    return () => clearTimeout(timer)
  }, [restored, settings, store])

  const change = (next: CompareSettings) => {
    changed.current = true
    setSettings(next)
  }
  return [settings, change, restored]
}
