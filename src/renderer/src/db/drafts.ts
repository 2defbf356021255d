// Saving and reading form drafts. Storage problems never break the form: a failed read means "no draft".
// The draft of record is in IndexedDB (saved a moment after the typing stops). So that a reload or a crash in that
// moment loses nothing, every change is also noted at once in a small synchronous journal (localStorage, one entry
// per form); reading a draft prefers the journal, which holds the newest change noted on this computer.
// The journal stays after the save, so that the next start restores the form without IndexedDB: Dexie is loaded on
// first save, not with the first view, and the first result does not wait for it (issue 13).
import type { WorthDb } from './db'

const loadWorthDb = (): Promise<WorthDb> => import('./db').then((module) => module.worthDb())

export const OFFER_FORM_DRAFT = 'offer-form'

export interface DraftStore {
  /** The saved value, or null when there is none (or it cannot be read). */
  load(): Promise<unknown>
  save(value: unknown): Promise<void>
  /** Notes a change at once, synchronously, before the (debounced) save. Optional; never throws. */
  note?(value: unknown): void
  /** The newest value noted, read synchronously, or null when there is none (then `load` asks IndexedDB). */
  peek?(): { value: unknown } | null
}

export const JOURNAL_PREFIX = 'worth.draft-journal.'

/** The journal's storage, or null where there is none (it is a safety net: Worth works without it). */
function journalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

function readJournal(id: string): { value: unknown } | null {
  try {
    const text = journalStorage()?.getItem(JOURNAL_PREFIX + id)
    if (!text) return null
    const entry = JSON.parse(text) as unknown
    return entry && typeof entry === 'object' && 'value' in entry ? { value: entry.value } : null
  } catch {
    return null
  }
}

export function dexieDraftStore(
  id: string,
  getDb: () => WorthDb | Promise<WorthDb> = loadWorthDb,
): DraftStore {
  const key = JOURNAL_PREFIX + id
  return {
    async load() {
      const journal = readJournal(id)
      if (journal) return journal.value
      try {
        const record = await (await getDb()).drafts.get(id)
        return record?.value ?? null
      } catch {
        return null
      }
    },
    async save(value) {
      // The journal stays: it holds this value or a newer change, and the next start reads it at once.
      await (await getDb()).drafts.put({ id, value, savedAt: Date.now() })
    },
    note(value) {
      const storage = journalStorage()
      try {
        storage?.setItem(key, JSON.stringify({ value, notedAt: Date.now() }))
      } catch {
        // Full or unavailable storage: the debounced save still runs. An older note must not outlive this change
        // (it would be read before IndexedDB), so it goes.
        try {
          storage?.removeItem(key)
        } catch {
          // Nothing more to do: the journal is unusable and IndexedDB is read instead.
        }
      }
    },
    peek() {
      return readJournal(id)
    },
  }
}

/** A store that keeps drafts in memory only (tests, or when IndexedDB is unavailable). */
export function memoryDraftStore(initial: unknown = null): DraftStore & { saved: unknown[] } {
  let current = initial
  const saved: unknown[] = []
  return {
    saved,
    async load() {
      return current
    },
    async save(value) {
      current = value
      saved.push(value)
    },
  }
}
