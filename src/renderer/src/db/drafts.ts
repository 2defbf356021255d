// Saving and reading form drafts. Storage problems never break the form: a failed read means "no draft".
// The draft of record is in IndexedDB (saved a moment after the typing stops). So that a reload or a crash in that
// moment loses nothing, every change is also noted at once in a small synchronous journal (localStorage, one entry
// per form); reading a draft prefers the journal when it holds something not yet saved to IndexedDB.
// Dexie is loaded on first use, not with the first view: the journal answers a reload before it arrives.
import type { WorthDb } from './db'

const loadWorthDb = (): Promise<WorthDb> => import('./db').then((module) => module.worthDb())

export const OFFER_FORM_DRAFT = 'offer-form'

export interface DraftStore {
  /** The saved value, or null when there is none (or it cannot be read). */
  load(): Promise<unknown>
  save(value: unknown): Promise<void>
  /** Notes a change at once, synchronously, before the (debounced) save. Optional; never throws. */
  note?(value: unknown): void
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
      await (await getDb()).drafts.put({ id, value, savedAt: Date.now() })
      // The journal has done its job once IndexedDB holds the same value (a newer note stays).
      try {
        const storage = journalStorage()
        const text = storage?.getItem(key)
        if (text && JSON.stringify((JSON.parse(text) as { value: unknown }).value) === JSON.stringify(value))
          storage?.removeItem(key)
      } catch {
        // A journal that cannot be read or cleared is left as it is; the next save tries again.
      }
    },
    note(value) {
      try {
        journalStorage()?.setItem(key, JSON.stringify({ value, notedAt: Date.now() }))
      } catch {
        // Full or unavailable storage: the debounced save still runs.
      }
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
