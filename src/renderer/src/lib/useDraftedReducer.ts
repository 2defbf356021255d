// A form's state that survives a reload, a closed tab or a quit app: a reducer whose state is restored from a saved draft when the
// view opens, and saved again (debounced) as the user types. Every form in Worth (My offer, Market insights, the
// offer editor, Negotiate) uses it with its own reducer and draft shape.
import { useEffect, useReducer, useRef, useState } from 'react'
import type { DraftStore } from '../db/drafts'

export const DRAFT_AUTOSAVE_MS = 300

export const DRAFT_SAVE_FAILED =
  'Worth could not save what you typed on this computer; it will keep trying as you type.'

/** The action that lays a read draft over the state; each form's reducer decides what of it to keep. */
export interface RestoreAction<Draft> {
  type: 'restore'
  draft: Draft
}

export interface DraftedReducerOptions<State, Action, Draft> {
  store: DraftStore
  reducer: (state: State, action: Action | RestoreAction<Draft>) => State
  /** The state before the draft is read (e.g. empty, or filled from another view); read once. */
  initial: () => State
  /** Reads a stored draft, or returns null when it is missing or not of this form's shape. Keep it stable. */
  readDraft: (stored: unknown) => Draft | null
  /** Keep it stable (a module-level function). */
  writeDraft: (state: State) => Draft
  /** Shown when a save fails. */
  saveFailed?: string
  /**
   * True when the state holds the user's own changes, which the reducer keeps over a draft read later. Such a state
   * is noted and saved at once, even before the draft has been read: a page left before a slow read (the database's
   * code still downloading, a fresh profile's database still being made) must not lose what was typed. Without it,
   * nothing is noted or saved until the draft has been read.
   */
  edited?: (state: State) => boolean
}

export interface DraftedReducer<State, Action> {
  state: State
  dispatch: (action: Action) => void
  /** True once the saved draft (if any) has been read. */
  restored: boolean
  /** A message when the draft could not be saved, else null. */
  saveError: string | null
}

export function useDraftedReducer<State, Action, Draft>(
  options: DraftedReducerOptions<State, Action, Draft>,
): DraftedReducer<State, Action> {
  const { store, reducer, initial, readDraft, writeDraft, saveFailed = DRAFT_SAVE_FAILED, edited } = options
  // A draft the store can read synchronously (its journal) is in the first render: no empty form drawn first, and
  // the form's first request goes out with the first effects.
  const [early] = useState(() => {
    const noted = store.peek?.()
    return noted ? readDraft(noted.value) : null
  })
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    early ? reducer(initial(), { type: 'restore', draft: early }) : initial(),
  )
  const [restored, setRestored] = useState(early !== null)
  const [saveError, setSaveError] = useState<string | null>(null)
  const unsaved = useRef<Draft | null>(null)

  useEffect(() => {
    if (early) return
    let live = true
    void store.load().then((stored) => {
      if (!live) return
      const draft = readDraft(stored)
      if (draft) dispatch({ type: 'restore', draft })
      setRestored(true)
    })
    return () => {
      live = false
    }
  }, [store, readDraft, early])

  // Saving before the draft is read would overwrite it, unless the state is the user's own (the draft will not
  // replace it).
  const keep = restored || (edited?.(state) ?? false)
  useEffect(() => {
    if (!keep) return
    const draft = writeDraft(state)
    unsaved.current = draft
    // Noted at once, so a reload or crash before the save below loses nothing (see db/drafts.ts).
    store.note?.(draft)
    const timer = setTimeout(() => {
      if (unsaved.current !== draft) return
      unsaved.current = null
      store.save(draft).then(
        () => setSaveError(null),
        () => setSaveError(saveFailed),
      )
    }, DRAFT_AUTOSAVE_MS)
    return () => clearTimeout(timer)
  }, [keep, state, store, writeDraft, saveFailed])

  // Leaving the view saves what the timer had not saved yet; so does the page being hidden, closed or left (a tab
  // switched away, the tab or window closed, the desktop app quitting, its window losing focus), without waiting for
  // the timer: by then the write has to have started.
  useEffect(() => {
    const flush = () => {
      const draft = unsaved.current
      if (!draft) return
      unsaved.current = null
      store.save(draft).then(
        () => setSaveError(null),
        () => setSaveError(saveFailed),
      )
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    window.addEventListener('pagehide', flush)
    window.addEventListener('blur', flush)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', flush)
      window.removeEventListener('blur', flush)
      document.removeEventListener('visibilitychange', onVisibility)
      if (unsaved.current) void store.save(unsaved.current).catch(() => undefined)
    }
  }, [store, saveFailed])

  return { state, dispatch, restored, saveError }
}

/** What makes one form drafted: its reducer (which takes the restore action too), its start and its draft. */
export interface DraftedForm<State, Action, Draft, Prefill> extends Omit<
  DraftedReducerOptions<State, Action, Draft>,
  'store' | 'initial' | 'reducer'
> {
  reducer: (state: State, action: Action) => State
  /** The state before the draft is read, from what another view sent over (or nothing). */
  initial: (prefill: Prefill | null | undefined) => State
}

/**
 * The hook of one drafted form (`useInsightsForm(store, prefill)` and the like). The form's own action type must
 * include the restore action of its draft.
 */
export function draftedFormHook<State, Action, Draft, Prefill = never>(
  form: DraftedForm<State, Action, Draft, Prefill> & (RestoreAction<Draft> extends Action ? unknown : never),
): (store: DraftStore, prefill?: Prefill | null) => DraftedReducer<State, Action> {
  const reducer = form.reducer as (state: State, action: Action | RestoreAction<Draft>) => State
  return function useDraftedForm(store, prefill) {
    return useDraftedReducer<State, Action, Draft>({
      ...form,
      reducer,
      store,
      initial: () => form.initial(prefill),
    })
  }
}
