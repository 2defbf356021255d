// Version 2 (2026-11-28): adds the `offers` table for saved offers. Drafts written by version 1 carry over; the
// upgrade only makes sure each has the fields version 2 reads (a draft missing its save time gets 0, "long ago").
import type { DraftRecord } from './schema'

/** Turns a version-1 draft record into a version-2 one. Pure: the same record in gives the same record out. */
export function upgradeDraftToV2(record: DraftRecord): DraftRecord {
  const savedAt = typeof record.savedAt === 'number' && Number.isFinite(record.savedAt) ? record.savedAt : 0
  return { id: record.id, value: record.value, savedAt }
}
