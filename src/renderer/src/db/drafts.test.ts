import { describe, expect, it, vi } from 'vitest'
import { dexieDraftStore, JOURNAL_PREFIX, OFFER_FORM_DRAFT } from './drafts'
import { testDatabases } from '../test/testDatabases'
import { SCHEMA_VERSIONS } from './schema'

const { open, freshName } = testDatabases()

describe('schema versions', () => {
  it('are dated, start at 1 and only go up', () => {
    expect(SCHEMA_VERSIONS[0]?.version).toBe(1)
    SCHEMA_VERSIONS.forEach((step, index) => {
      expect(step.version).toBe(index + 1)
      expect(step.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(step.reason.split(' ').length).toBeGreaterThanOrEqual(3)
    })
  })

  it('version 1 has a drafts table keyed by id', async () => {
    const db = open(freshName('worth-drafts-test'), SCHEMA_VERSIONS.slice(0, 1))
    await db.open()
    expect(db.verno).toBe(1)
    expect(db.drafts.schema.primKey.name).toBe('id')
  })
})

describe('drafts', () => {
  it('a saved offer-form draft survives closing and reopening the database', async () => {
    const name = freshName('worth-drafts-test')
    const first = open(name)
    const value = { fields: { title: 'Software engineer', base: '150k' }, soc: null }
    await dexieDraftStore(OFFER_FORM_DRAFT, () => first).save(value)
    first.close()

    const second = open(name)
    const record = await second.drafts.get(OFFER_FORM_DRAFT)
    expect(record?.value).toEqual(value)
    expect(typeof record?.savedAt).toBe('number')
    expect(await dexieDraftStore(OFFER_FORM_DRAFT, () => second).load()).toEqual(value)
  })

  it('a later save replaces the earlier one', async () => {
    const db = open(freshName('worth-drafts-test'))
    const store = dexieDraftStore(OFFER_FORM_DRAFT, () => db)
    await store.save({ n: 1 })
    await store.save({ n: 2 })
    expect(await db.drafts.count()).toBe(1)
    expect(await store.load()).toEqual({ n: 2 })
  })

  it('reads no draft as null', async () => {
    const db = open(freshName('worth-drafts-test'))
    expect(await dexieDraftStore('nothing-here', () => db).load()).toBeNull()
  })
})

describe('the draft journal (a reload or crash before the save loses nothing)', () => {
  it('a noted change is read back even when the save never happened', async () => {
    const name = freshName('worth-drafts-test')
    const store = dexieDraftStore('journal-form', () => open(name))
    store.note?.({ fields: { title: 'Typed just before a reload' } })
    // A fresh store, as after a reload: IndexedDB has nothing, the journal has the change.
    const after = dexieDraftStore('journal-form', () => open(name))
    expect(await after.load()).toEqual({ fields: { title: 'Typed just before a reload' } })
  })

  it('stays after the save, so the next start reads the draft without opening IndexedDB', async () => {
    const name = freshName('worth-drafts-test')
    const store = dexieDraftStore('journal-form', () => open(name))
    store.note?.({ n: 1 })
    await store.save({ n: 1 })
    expect(store.peek?.()).toEqual({ value: { n: 1 } })
    // After a reload: the database is never asked for.
    const getDb = vi.fn(() => open(name))
    const after = dexieDraftStore('journal-form', getDb)
    expect(after.peek?.()).toEqual({ value: { n: 1 } })
    expect(await after.load()).toEqual({ n: 1 })
    expect(getDb).not.toHaveBeenCalled()
  })

  it('keeps a newer change noted while an older one is being saved', async () => {
    const db = open(freshName('worth-drafts-test'))
    const store = dexieDraftStore('journal-form', () => db)
    store.note?.({ n: 1 })
    store.note?.({ n: 2 })
    await store.save({ n: 1 })
    expect(await store.load()).toEqual({ n: 2 })
  })

  it('reads a draft that only IndexedDB holds (saved before the journal was kept) from there', async () => {
    const db = open(freshName('worth-drafts-test'))
    const store = dexieDraftStore('journal-form', () => db)
    await store.save({ n: 4 })
    expect(store.peek?.()).toBeNull()
    expect(await store.load()).toEqual({ n: 4 })
  })

  it('drops an older note when a new one cannot be written, so IndexedDB is read instead', async () => {
    const db = open(freshName('worth-drafts-test'))
    const store = dexieDraftStore('journal-form', () => db)
    store.note?.({ n: 1 })
    await store.save({ n: 1 })
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError')
    })
    try {
      store.note?.({ n: 2 })
      await store.save({ n: 2 })
    } finally {
      setItem.mockRestore()
    }
    expect(store.peek?.()).toBeNull()
    expect(await store.load()).toEqual({ n: 2 })
  })

  it('falls back to IndexedDB when the journal is unreadable', async () => {
    const db = open(freshName('worth-drafts-test'))
    const store = dexieDraftStore('journal-form', () => db)
    await store.save({ n: 3 })
    localStorage.setItem(`${JOURNAL_PREFIX}journal-form`, '{not json')
    expect(await store.load()).toEqual({ n: 3 })
  })
})
