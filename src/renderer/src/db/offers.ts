// The user's saved offers in the local database. Every record is checked with the shared OfferSchema when read:
// one that fails is reported (and left where it is, never deleted), so a damaged record cannot break the list.
import { OfferSchema, type Offer } from '../../../shared/offer'
import { worthDb, type WorthDb } from './db'

export interface UnreadableOffer {
  id: string
  message: string
}

export interface SavedOffers {
  offers: Offer[]
  unreadable: UnreadableOffer[]
}

type GetDb = () => WorthDb

/** Oldest first, so a list keeps its order as offers are added, renamed or duplicated. */
function byCreation(a: Offer, b: Offer): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)
}

function describeIssue(record: unknown, issue: { path: PropertyKey[]; message: string }): string {
  const label =
    typeof record === 'object' && record !== null && typeof (record as { label?: unknown }).label === 'string'
      ? (record as { label: string }).label
      : ''
  const where = issue.path.map(String).join('.') || 'record'
  return `Saved offer${label ? ` "${label}"` : ''} cannot be read: ${where} ${issue.message}.`
}

/** Every saved offer that reads cleanly, and a message for each one that does not. */
export async function loadOffers(getDb: GetDb = worthDb): Promise<SavedOffers> {
  const records: unknown[] = await getDb().offers.toArray()
  const offers: Offer[] = []
  const unreadable: UnreadableOffer[] = []
  for (const record of records) {
    const parsed = OfferSchema.safeParse(record)
    if (parsed.success) offers.push(parsed.data)
    else {
      const id = String((record as { id?: unknown } | null)?.id ?? '?')
      unreadable.push({ id, message: describeIssue(record, parsed.error.issues[0]!) })
    }
  }
  return { offers: offers.sort(byCreation), unreadable }
}

/** The saved offers that read cleanly, oldest first (e.g. to pick one to negotiate). */
export async function listOffers(getDb: GetDb = worthDb): Promise<Offer[]> {
  return (await loadOffers(getDb)).offers
}

export async function getOffer(id: string, getDb: GetDb = worthDb): Promise<Offer | null> {
  const parsed = OfferSchema.safeParse(await getDb().offers.get(id))
  return parsed.success ? parsed.data : null
}

/** A new random id for an offer (a UUID where the platform has one). */
export function newOfferId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Adds or replaces one offer (checked first: nothing invalid is written). For tests and first saves only: an edit
 * of a saved offer goes through saveEditedOffer, which refuses to overwrite a change made elsewhere. */
export async function saveOffer(offer: Offer, getDb: GetDb = worthDb): Promise<Offer> {
  const checked = OfferSchema.parse(offer)
  await getDb().offers.put(checked)
  return checked
}

/** Why an edit was not saved: the offer changed (`theirs`, null when it is unreadable) or was deleted elsewhere. */
export type SaveConflict = { kind: 'changed'; theirs: Offer | null } | { kind: 'deleted' }
export type SaveOutcome = { ok: true; offer: Offer } | { ok: false; conflict: SaveConflict }

/** A stamp later than both `wanted` and the one it replaces, so every save moves `updatedAt` forward. */
export function laterStamp(wanted: string, previous: string | undefined): string {
  if (previous === undefined || wanted > previous) return wanted
  return new Date(Date.parse(previous) + 1).toISOString()
}

/**
 * Saves an edit with optimistic concurrency. `basedOn` is the `updatedAt` of the version the user started from
 * (null for a new offer). Inside one transaction the saved record is read again: if it changed or was deleted
 * since (in another tab or window), nothing is written and the conflict is returned for the user to decide.
 */
export async function saveEditedOffer(
  offer: Offer,
  basedOn: string | null,
  getDb: GetDb = worthDb,
): Promise<SaveOutcome> {
  const checked = OfferSchema.parse(offer)
  const db = getDb()
  return db.transaction('rw', db.offers, async (): Promise<SaveOutcome> => {
    const current: unknown = await db.offers.get(checked.id)
    if (basedOn !== null && current === undefined) return { ok: false, conflict: { kind: 'deleted' } }
    if (current !== undefined) {
      const parsed = OfferSchema.safeParse(current)
      const stamp = parsed.success ? parsed.data.updatedAt : null
      if (basedOn === null || stamp !== basedOn)
        return { ok: false, conflict: { kind: 'changed', theirs: parsed.success ? parsed.data : null } }
    }
    const stamped = {
      ...checked,
      updatedAt: laterStamp(checked.updatedAt, (current as Offer | undefined)?.updatedAt),
    }
    await db.offers.put(stamped)
    return { ok: true, offer: stamped }
  })
}

/**
 * Saves what `change` makes of the saved offer `id`, read inside the same transaction: the change applies to the
 * offer as saved now, whatever another tab did to it. Throws when the offer is no longer saved.
 */
async function changeSaved(
  id: string,
  getDb: GetDb,
  change: (current: Offer, db: WorthDb) => Promise<Offer> | Offer,
): Promise<Offer> {
  const db = getDb()
  return db.transaction('rw', db.offers, async () => {
    const current = await getOffer(id, () => db)
    if (!current) throw new Error('That offer is no longer saved.')
    return saveOffer(await change(current, db), () => db)
  })
}

export async function renameOffer(
  id: string,
  label: string,
  now: Date = new Date(),
  getDb: GetDb = worthDb,
): Promise<Offer> {
  return changeSaved(id, getDb, (current) => ({
    ...current,
    label,
    updatedAt: laterStamp(now.toISOString(), current.updatedAt),
  }))
}

/** "Seattle" -> "Seattle (copy)", "Seattle (copy 2)", ... whichever is free. */
export function copyLabel(label: string, taken: readonly string[]): string {
  const base = label.replace(/ \(copy(?: \d+)?\)$/, '') || 'Offer'
  for (let n = 1; ; n += 1) {
    const candidate = `${base} (copy${n === 1 ? '' : ` ${n}`})`.slice(0, 120)
    if (!taken.includes(candidate) || n > 999) return candidate
  }
}

export async function duplicateOffer(
  id: string,
  now: Date = new Date(),
  getDb: GetDb = worthDb,
): Promise<Offer> {
  return changeSaved(id, getDb, async (current, db) => {
    const labels = (await db.offers.toArray()).map((o) => o.label)
    const stamp = now.toISOString()
    return {
      ...current,
      id: newOfferId(),
      label: copyLabel(current.label, labels),
      createdAt: stamp,
      updatedAt: stamp,
    }
  })
}

/** Deletes an offer and returns it, so the caller can offer to undo. */
export async function deleteOffer(id: string, getDb: GetDb = worthDb): Promise<Offer | null> {
  const db = getDb()
  return db.transaction('rw', db.offers, async () => {
    const current = await getOffer(id, () => db)
    await db.offers.delete(id)
    return current
  })
}

/**
 * Undo of a delete: puts the offer back exactly as it was, unless an offer with its id is saved again by now (an
 * import in another tab); returns whether it was put back.
 */
export async function restoreOffer(offer: Offer, getDb: GetDb = worthDb): Promise<boolean> {
  const checked = OfferSchema.parse(offer)
  const db = getDb()
  return db.transaction('rw', db.offers, async () => {
    if ((await db.offers.get(checked.id)) !== undefined) return false
    await db.offers.add(checked)
    return true
  })
}

export interface ImportSummary {
  added: number
  replaced: number
  /** What the import changed, to undo it. */
  undo: ImportUndo
}

/** One offer of a file about to be imported, and the saved offer it would replace. */
export interface ImportPlanRow {
  offer: Offer
  /** The saved offer with the same id (null: the offer is new); unreadable saved records count as replaced too. */
  replaces: { label: string; updatedAt: string | null } | null
  /** The saved copy was changed after the file's copy: importing would undo those changes. */
  savedIsNewer: boolean
}

/** What importing `offers` would do, read before anything is written. */
export async function planImport(offers: Offer[], getDb: GetDb = worthDb): Promise<ImportPlanRow[]> {
  const existing: unknown[] = await getDb().offers.bulkGet(offers.map((o) => o.id))
  return offers.map((offer, i) => {
    const saved = existing[i] as Partial<Offer> | undefined
    if (saved === undefined) return { offer, replaces: null, savedIsNewer: false }
    const updatedAt = typeof saved.updatedAt === 'string' ? saved.updatedAt : null
    return {
      offer,
      replaces: { label: typeof saved.label === 'string' ? saved.label : offer.label, updatedAt },
      savedIsNewer: updatedAt !== null && updatedAt > offer.updatedAt,
    }
  })
}

/** The records an import replaced (as they were) and the ids it added, with what it wrote. */
export interface ImportUndo {
  written: Offer[]
  previous: unknown[]
}

/**
 * Writes imported offers in one transaction: all of them or, if anything fails, none (what was saved before stays
 * exactly as it was). Imported offers are added; one whose id is already saved replaces the saved one (the caller
 * lists those first and asks), so importing the same backup twice changes nothing.
 */
export async function importOffers(offers: Offer[], getDb: GetDb = worthDb): Promise<ImportSummary> {
  const checked = offers.map((offer) => OfferSchema.parse(offer))
  const db = getDb()
  return db.transaction('rw', db.offers, async () => {
    const existing: unknown[] = await db.offers.bulkGet(checked.map((o) => o.id))
    const previous = existing.filter((record) => record !== undefined)
    await db.offers.bulkPut(checked)
    return {
      added: checked.length - previous.length,
      replaced: previous.length,
      undo: { written: checked, previous },
    }
  })
}

/**
 * Undoes an import: offers it added are deleted and offers it replaced are put back, except any changed since
 * the import (in this tab or another), which are left as they are now. Returns how many were left.
 */
export async function undoImport(undo: ImportUndo, getDb: GetDb = worthDb): Promise<{ kept: number }> {
  const db = getDb()
  return db.transaction('rw', db.offers, async () => {
    const now: unknown[] = await db.offers.bulkGet(undo.written.map((o) => o.id))
    const previousById = new Map(undo.previous.map((record) => [(record as { id: string }).id, record]))
    let kept = 0
    for (const [i, written] of undo.written.entries()) {
      const current = now[i] as Offer | undefined
      if (
        current === undefined ||
        current.updatedAt !== written.updatedAt ||
        current.label !== written.label
      ) {
        kept += 1
        continue
      }
      const before = previousById.get(written.id)
      if (before === undefined) await db.offers.delete(written.id)
      else await db.offers.put(before as Offer)
    }
    return { kept }
  })
}
