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

/** Adds or replaces one offer (checked first: nothing invalid is written). */
export async function saveOffer(offer: Offer, getDb: GetDb = worthDb): Promise<Offer> {
  const checked = OfferSchema.parse(offer)
  await getDb().offers.put(checked)
  return checked
}

export async function renameOffer(
  id: string,
  label: string,
  now: Date = new Date(),
  getDb: GetDb = worthDb,
): Promise<Offer> {
  const db = getDb()
  return db.transaction('rw', db.offers, async () => {
    const current = await getOffer(id, () => db)
    if (!current) throw new Error('That offer is no longer saved.')
    return saveOffer({ ...current, label, updatedAt: now.toISOString() }, () => db)
  })
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
  const db = getDb()
  return db.transaction('rw', db.offers, async () => {
    const current = await getOffer(id, () => db)
    if (!current) throw new Error('That offer is no longer saved.')
    const labels = (await db.offers.toArray()).map((o) => o.label)
    const stamp = now.toISOString()
    return saveOffer(
      {
        ...current,
        id: newOfferId(),
        label: copyLabel(current.label, labels),
        createdAt: stamp,
        updatedAt: stamp,
      },
      () => db,
    )
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

/** Undo of a delete: puts the offer back exactly as it was. */
export async function restoreOffer(offer: Offer, getDb: GetDb = worthDb): Promise<void> {
  await saveOffer(offer, getDb)
}

export interface ImportSummary {
  added: number
  replaced: number
}

/**
 * Writes imported offers in one transaction: all of them or, if anything fails, none (what was saved before stays
 * exactly as it was). Imported offers are added; one whose id is already saved replaces the saved one, so importing
 * the same backup twice changes nothing.
 */
export async function importOffers(offers: Offer[], getDb: GetDb = worthDb): Promise<ImportSummary> {
  const checked = offers.map((offer) => OfferSchema.parse(offer))
  const db = getDb()
  return db.transaction('rw', db.offers, async () => {
    const existing = await db.offers.bulkGet(checked.map((o) => o.id))
    const replaced = existing.filter((record) => record !== undefined).length
    await db.offers.bulkPut(checked)
    return { added: checked.length - replaced, replaced }
  })
}
