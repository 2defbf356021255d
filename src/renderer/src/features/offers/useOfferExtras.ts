// The editor's deadline, benefits and counter history as typed, kept as a draft beside the main editor's (so a
// reload loses nothing) and restored only for the offer it was typed for.
import { useCallback, useEffect, useState } from 'react'
import type { DraftStore } from '../../db/drafts'
import { EMPTY_EXTRAS, fromExtrasDraft, type ExtrasDraft, type ExtrasText } from './offerExtras'

export const EXTRAS_AUTOSAVE_MS = 300

export function useOfferExtras(
  store: DraftStore,
  editingId: string | null,
): [ExtrasText, (text: ExtrasText) => void] {
  // What the user typed here or the editor set (opening an offer, starting afresh); null until then.
  const [own, setOwn] = useState<ExtrasText | null>(null)
  const [stored, setStored] = useState<ExtrasDraft | null | undefined>(undefined)

  useEffect(() => {
    let live = true
    void store.load().then((value) => {
      if (live) setStored(fromExtrasDraft(value))
    })
    return () => {
      live = false
    }
  }, [store])

  // Until then, the draft on disk is shown when it belongs to the offer the main editor restored (or both are new).
  const text = own ?? (stored && stored.forId === editingId ? stored.text : EMPTY_EXTRAS)

  useEffect(() => {
    if (stored === undefined) return
    const draft: ExtrasDraft = { forId: editingId, text }
    store.note?.(draft)
    const timer = setTimeout(() => void store.save(draft).catch(() => undefined), EXTRAS_AUTOSAVE_MS)
    return () => clearTimeout(timer)
  }, [stored, editingId, text, store])

  const change = useCallback((next: ExtrasText) => setOwn(next), [])
  return [text, change]
}
