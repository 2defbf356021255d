// The local database's schema, one entry per version, oldest first. Append only: never edit a released version;
// add a new one (with an `upgrade` that transforms the old records, in its own tested file) instead.
import type { Transaction } from 'dexie'
import type { Offer } from '../../../shared/offer'
import { upgradeDraftToV2 } from './v2-offers'

export const DB_NAME = 'worth'

/** A draft of a form the user is filling in, saved as they type so a reload or crash loses nothing. */
export interface DraftRecord {
  /** Which form, e.g. 'offer-form'. */
  id: string
  /** The form's own data (raw text as typed); the form checks its shape when it reads it back. */
  value: unknown
  /** When it was saved (ms since the epoch). */
  savedAt: number
}

/**
 * A saved offer, stored as the shared `Offer` shape (the same as in export files). Records are checked with
 * OfferSchema when read; one that fails is reported and left in place, never deleted.
 */
export type OfferRecord = Offer

export interface SchemaVersion {
  version: number
  /** When the version was written (YYYY-MM-DD). */
  date: string
  /** Why it exists, in a few words. */
  reason: string
  /** Dexie store definitions: primary key first, then indexes. `null` deletes a table. */
  stores: Record<string, string | null>
  /** Transforms records written by the previous version. */
  upgrade?: (tx: Transaction) => Promise<void> | void
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    date: '2026-11-28',
    reason: 'Offer form drafts survive a reload or a crash',
    stores: { drafts: 'id' },
  },
  {
    version: 2,
    date: '2026-11-28',
    reason: 'Saved offers, to keep several and compare them',
    stores: { drafts: 'id', offers: 'id, updatedAt' },
    upgrade: async (tx) => {
      await tx
        .table<DraftRecord, string>('drafts')
        .toCollection()
        .modify((record, ref) => {
          ref.value = upgradeDraftToV2(record)
        })
    },
  },
  {
    version: 3,
    date: '2026-12-01',
    reason:
      'Offers as they really are: options, refreshers, ESPP, benefits, a deadline (indexed, soonest first) and history',
    // Every version-2 offer is a valid version-3 offer (the new fields are optional and the grant's kind defaults to
    // RSUs), so no record is rewritten: the new index is built from the records as they are.
    stores: { drafts: 'id', offers: 'id, updatedAt, deadline' },
  },
]
