// Databases for tests: each opened under a name of its own, closed and deleted after every test. One helper for
// the database tests (drafts, schema upgrades) instead of a copy in each file.
import { afterEach } from 'vitest'
import { Dexie } from 'dexie'
import { openWorthDb, type WorthDb } from '../db/db'
import { SCHEMA_VERSIONS, type SchemaVersion } from '../db/schema'

/**
 * Registers the clean-up for the calling test file and returns `open(name, versions)` and `freshName(prefix)`.
 * `versions` opens an older schema (e.g. SCHEMA_VERSIONS.slice(0, 2) for version 2), to test an upgrade from it.
 */
export function testDatabases() {
  const opened: WorthDb[] = []
  let counter = 0
  afterEach(async () => {
    const dbs = opened.splice(0)
    for (const db of dbs) db.close()
    for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name)
  })
  return {
    open(name: string, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): WorthDb {
      const db = openWorthDb(name, versions)
      opened.push(db)
      return db
    },
    freshName(prefix: string): string {
      counter += 1
      return `${prefix}-${counter}`
    },
  }
}
