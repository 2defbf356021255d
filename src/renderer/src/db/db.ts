// Opens the local (IndexedDB) database with every schema version declared, so Dexie can upgrade from any older one.
import { Dexie, type EntityTable } from 'dexie'
import { DB_NAME, SCHEMA_VERSIONS, type DraftRecord, type OfferRecord, type SchemaVersion } from './schema'

export type WorthDb = Dexie & {
  drafts: EntityTable<DraftRecord, 'id'>
  offers: EntityTable<OfferRecord, 'id'>
}

export function openWorthDb(
  name: string = DB_NAME,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): WorthDb {
  // 'strict': Chromium (and Electron) flush each committed write to disk before reporting it done, so a saved offer or
  // draft survives an operating-system crash or power loss once saved; writes here are few (debounced drafts, saves).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as WorthDb
  for (const step of versions) {
    const version = db.version(step.version).stores(step.stores)
    if (step.upgrade) version.upgrade(step.upgrade)
  }
  return db
}

let shared: WorthDb | null = null

/** The app's database, opened on first use. */
export function worthDb(): WorthDb {
  shared ??= openWorthDb()
  return shared
}
