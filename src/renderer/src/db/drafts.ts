// Saving and reading form drafts. Storage problems never break the form: a failed read means "no draft".
import { worthDb, type WorthDb } from './db'

export const OFFER_FORM_DRAFT = 'offer-form'

export interface DraftStore {
  /** The saved value, or null when there is none (or it cannot be read). */
  load(): Promise<unknown>
  save(value: unknown): Promise<void>
}

export function dexieDraftStore(id: string, getDb: () => WorthDb = worthDb): DraftStore {
  return {
    async load() {
      try {
        const record = await getDb().drafts.get(id)
        return record?.value ?? null
      } catch {
        return null
      }
    },
    async save(value) {
      await getDb().drafts.put({ id, value, savedAt: Date.now() })
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
