import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { openWorthDb, type WorthDb } from './db'
import {
  copyLabel,
  deleteOffer,
  duplicateOffer,
  importOffers,
  listOffers,
  loadOffers,
  renameOffer,
  restoreOffer,
  saveOffer,
} from './offers'
import { AUSTIN, SAN_FRANCISCO, SEATTLE } from './testOffers'

const opened: WorthDb[] = []
let counter = 0

function fresh(): () => WorthDb {
  counter += 1
  const db = openWorthDb(`worth-offers-test-${counter}`)
  opened.push(db)
  return () => db
}

afterEach(async () => {
  const dbs = opened.splice(0)
  for (const db of dbs) db.close()
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name)
})

const LATER = new Date('2026-11-28T12:00:00.000Z')

describe('saved offers', () => {
  it('saves and lists offers oldest first', async () => {
    const db = fresh()
    await saveOffer(AUSTIN, db)
    await saveOffer(SEATTLE, db)
    await saveOffer(SAN_FRANCISCO, db)
    expect(await listOffers(db)).toEqual([SEATTLE, SAN_FRANCISCO, AUSTIN])
  })

  it('refuses to write an invalid offer', async () => {
    const db = fresh()
    await expect(saveOffer({ ...SEATTLE, base: Number.NaN }, db)).rejects.toThrow()
    expect(await db().offers.count()).toBe(0)
  })

  it('reports a stored record that fails the schema, without deleting it', async () => {
    const db = fresh()
    await saveOffer(SEATTLE, db)
    await db().offers.put({ ...AUSTIN, base: -5 })
    const saved = await loadOffers(db)
    expect(saved.offers).toEqual([SEATTLE])
    expect(saved.unreadable).toEqual([
      { id: 'austin', message: 'Saved offer "Austin" cannot be read: base cannot be negative.' },
    ])
    expect(await db().offers.count()).toBe(2)
  })

  it('renames an offer and stamps it as updated', async () => {
    const db = fresh()
    await saveOffer(SEATTLE, db)
    const renamed = await renameOffer('seattle', 'Seattle (final)', LATER, db)
    expect(renamed).toEqual({ ...SEATTLE, label: 'Seattle (final)', updatedAt: LATER.toISOString() })
    expect(await listOffers(db)).toEqual([renamed])
    await expect(renameOffer('nope', 'x', LATER, db)).rejects.toThrow('no longer saved')
  })

  it('duplicates an offer under a new id and a free label', async () => {
    const db = fresh()
    await saveOffer(SEATTLE, db)
    const copy = await duplicateOffer('seattle', LATER, db)
    expect(copy.id).not.toBe('seattle')
    expect(copy).toEqual({
      ...SEATTLE,
      id: copy.id,
      label: 'Seattle (copy)',
      createdAt: LATER.toISOString(),
      updatedAt: LATER.toISOString(),
    })
    const second = await duplicateOffer('seattle', new Date('2026-11-28T13:00:00.000Z'), db)
    expect(second.label).toBe('Seattle (copy 2)')
    expect((await listOffers(db)).map((o) => o.label)).toEqual([
      'Seattle',
      'Seattle (copy)',
      'Seattle (copy 2)',
    ])
  })

  it('names copies without piling up "(copy)"', () => {
    expect(copyLabel('Austin', [])).toBe('Austin (copy)')
    expect(copyLabel('Austin (copy)', ['Austin (copy)'])).toBe('Austin (copy 2)')
    expect(copyLabel('', [])).toBe('Offer (copy)')
  })

  it('deletes an offer and restores it exactly (undo)', async () => {
    const db = fresh()
    await saveOffer(SEATTLE, db)
    await saveOffer(AUSTIN, db)
    const deleted = await deleteOffer('seattle', db)
    expect(deleted).toEqual(SEATTLE)
    expect(await listOffers(db)).toEqual([AUSTIN])
    await restoreOffer(deleted!, db)
    expect(await listOffers(db)).toEqual([SEATTLE, AUSTIN])
  })
})

describe('importOffers', () => {
  it('adds new offers and replaces saved ones with the same id', async () => {
    const db = fresh()
    await saveOffer({ ...SEATTLE, label: 'Old Seattle' }, db)
    expect(await importOffers([SEATTLE, SAN_FRANCISCO], db)).toEqual({ added: 1, replaced: 1 })
    expect(await listOffers(db)).toEqual([SEATTLE, SAN_FRANCISCO])
    expect(await importOffers([SEATTLE, SAN_FRANCISCO], db)).toEqual({ added: 0, replaced: 2 })
    expect(await listOffers(db)).toEqual([SEATTLE, SAN_FRANCISCO])
  })

  it('writes nothing when any offer is invalid', async () => {
    const db = fresh()
    await saveOffer(AUSTIN, db)
    await expect(
      importOffers([SEATTLE, { ...SAN_FRANCISCO, equity: { ...SAN_FRANCISCO.equity, years: 0 } }], db),
    ).rejects.toThrow()
    expect(await listOffers(db)).toEqual([AUSTIN])
  })

  it('writes nothing when the database fails part-way', async () => {
    const db = fresh()
    await saveOffer(AUSTIN, db)
    const table = db().offers
    const original = table.bulkPut.bind(table)
    // Fail after the first write of the transaction has happened.
    table.bulkPut = (async (items: Parameters<typeof original>[0]) => {
      await table.put(items[0]!)
      throw new Error('disk full')
    }) as typeof table.bulkPut
    await expect(importOffers([SEATTLE, SAN_FRANCISCO], db)).rejects.toThrow('disk full')
    table.bulkPut = original
    expect(await listOffers(db)).toEqual([AUSTIN])
  })
})
