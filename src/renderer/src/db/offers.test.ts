import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { openWorthDb, type WorthDb } from './db'
import {
  copyLabel,
  deleteOffer,
  duplicateOffer,
  importOffers,
  laterStamp,
  listOffers,
  loadOffers,
  planImport,
  renameOffer,
  restoreOffer,
  saveEditedOffer,
  saveOffer,
  undoImport,
} from './offers'
import { AUSTIN, SAN_FRANCISCO, SEATTLE } from '../../../../test/fixtures/offers'

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
    expect(await importOffers([SEATTLE, SAN_FRANCISCO], db)).toMatchObject({ added: 1, replaced: 1 })
    expect(await listOffers(db)).toEqual([SEATTLE, SAN_FRANCISCO])
    expect(await importOffers([SEATTLE, SAN_FRANCISCO], db)).toMatchObject({ added: 0, replaced: 2 })
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
    }) as unknown as typeof table.bulkPut
    await expect(importOffers([SEATTLE, SAN_FRANCISCO], db)).rejects.toThrow('disk full')
    table.bulkPut = original
    expect(await listOffers(db)).toEqual([AUSTIN])
  })
})

describe('saving an edit (optimistic concurrency)', () => {
  const opened = SEATTLE.updatedAt

  it('saves an edit of the version it started from, moving updatedAt forward', async () => {
    const db = fresh()
    await saveOffer(SEATTLE, db)
    const outcome = await saveEditedOffer({ ...SEATTLE, base: 170000, updatedAt: opened }, opened, db)
    expect(outcome.ok).toBe(true)
    const saved = (await listOffers(db))[0]!
    expect(saved.base).toBe(170000)
    expect(saved.updatedAt > opened).toBe(true)
  })

  it('refuses a stale save and hands back the other version, writing nothing', async () => {
    const db = fresh()
    await saveOffer(SEATTLE, db)
    // Another tab saves first.
    const theirs = { ...SEATTLE, notes: 'Their notes', updatedAt: '2026-11-29T09:00:00.000Z' }
    expect(await saveEditedOffer(theirs, opened, db)).toEqual({ ok: true, offer: theirs })
    // This tab, still on the version it opened, saves its own change.
    const mine = { ...SEATTLE, base: 180000, updatedAt: '2026-11-29T09:05:00.000Z' }
    expect(await saveEditedOffer(mine, opened, db)).toEqual({
      ok: false,
      conflict: { kind: 'changed', theirs },
    })
    expect(await listOffers(db)).toEqual([theirs])
    // "Keep mine": saved over the version the user has now seen.
    expect((await saveEditedOffer(mine, theirs.updatedAt, db)).ok).toBe(true)
    expect((await listOffers(db))[0]!.base).toBe(180000)
  })

  it('does not re-create an offer deleted elsewhere', async () => {
    const db = fresh()
    await saveOffer(SEATTLE, db)
    await deleteOffer('seattle', db)
    expect(await saveEditedOffer({ ...SEATTLE, base: 1 }, opened, db)).toEqual({
      ok: false,
      conflict: { kind: 'deleted' },
    })
    expect(await listOffers(db)).toEqual([])
  })

  it('does not let a new offer overwrite a saved one with the same id', async () => {
    const db = fresh()
    await saveOffer(SEATTLE, db)
    expect(await saveEditedOffer({ ...SEATTLE, label: 'Other' }, null, db)).toMatchObject({
      ok: false,
      conflict: { kind: 'changed', theirs: SEATTLE },
    })
  })

  it('stamps a later time even when the clock has not moved on', () => {
    expect(laterStamp('2026-11-28T10:00:00.000Z', '2026-11-28T10:00:00.000Z')).toBe(
      '2026-11-28T10:00:00.001Z',
    )
    expect(laterStamp('2026-11-28T09:00:00.000Z', '2026-11-28T10:00:00.000Z')).toBe(
      '2026-11-28T10:00:00.001Z',
    )
    expect(laterStamp('2026-11-28T11:00:00.000Z', '2026-11-28T10:00:00.000Z')).toBe(
      '2026-11-28T11:00:00.000Z',
    )
    expect(laterStamp('2026-11-28T11:00:00.000Z', undefined)).toBe('2026-11-28T11:00:00.000Z')
  })

  it('an undo of a delete does not overwrite an offer saved again meanwhile', async () => {
    const db = fresh()
    await saveOffer(SEATTLE, db)
    const gone = (await deleteOffer('seattle', db))!
    const again = { ...SEATTLE, label: 'Seattle (imported)' }
    await importOffers([again], db)
    expect(await restoreOffer(gone, db)).toBe(false)
    expect(await listOffers(db)).toEqual([again])
  })
})

describe('import plan and undo', () => {
  it('lists the saved offers an import would replace, marking those saved after the file’s copy', async () => {
    const db = fresh()
    const newer = { ...SEATTLE, notes: 'Edited after the backup', updatedAt: '2026-12-01T09:00:00.000Z' }
    const older = { ...AUSTIN, updatedAt: '2026-11-01T09:00:00.000Z' }
    await saveOffer(newer, db)
    await saveOffer(older, db)
    const plan = await planImport([SEATTLE, AUSTIN, SAN_FRANCISCO], db)
    expect(plan.map((row) => [row.offer.id, row.replaces?.label ?? null, row.savedIsNewer])).toEqual([
      ['seattle', 'Seattle', true],
      ['austin', 'Austin', false],
      ['sf', null, false],
    ])
    // Planning writes nothing.
    const after = await listOffers(db)
    expect(after).toHaveLength(2)
    expect(after).toEqual(expect.arrayContaining([older, newer]))
  })

  it('undoes an import: added offers go, replaced ones come back, and later changes are kept', async () => {
    const db = fresh()
    const newer = { ...SEATTLE, notes: 'Edited after the backup', updatedAt: '2026-12-01T09:00:00.000Z' }
    await saveOffer(newer, db)
    await saveOffer(AUSTIN, db)
    const { undo } = await importOffers(
      [SEATTLE, SAN_FRANCISCO, { ...AUSTIN, label: 'Austin from file' }],
      db,
    )
    // After the import, this tab renames Austin: the undo leaves that change alone.
    await renameOffer('austin', 'Austin renamed', new Date('2026-12-02T00:00:00.000Z'), db)
    expect(await undoImport(undo, db)).toEqual({ kept: 1 })
    const after = await listOffers(db)
    expect(after.map((o) => [o.id, o.label, o.notes])).toEqual([
      ['seattle', 'Seattle', 'Edited after the backup'],
      ['austin', 'Austin renamed', AUSTIN.notes],
    ])
  })
})
