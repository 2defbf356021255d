import { describe, expect, it } from 'vitest'
import { testDatabases } from '../test/testDatabases'
import { SCHEMA_VERSIONS, type DraftRecord } from './schema'
import { SEATTLE } from '../../../../test/fixtures/offers'
import { upgradeDraftToV2 } from './v2-offers'

const { open, freshName } = testDatabases()

describe('upgradeDraftToV2', () => {
  it('keeps a version-1 draft exactly as it was', () => {
    const record: DraftRecord = {
      id: 'offer-form',
      value: { fields: { base: '150k' } },
      savedAt: 1764300000000,
    }
    expect(upgradeDraftToV2(record)).toEqual(record)
    expect(upgradeDraftToV2(record)).not.toBe(record)
  })

  it('gives a draft without a usable save time the time 0', () => {
    const broken = { id: 'insights-form', value: null } as unknown as DraftRecord
    expect(upgradeDraftToV2(broken)).toEqual({ id: 'insights-form', value: null, savedAt: 0 })
    expect(upgradeDraftToV2({ id: 'x', value: 1, savedAt: Number.NaN }).savedAt).toBe(0)
  })
})

describe('upgrading a version-1 database', () => {
  it('keeps every draft and adds an empty offers table', async () => {
    const name = freshName('worth-upgrade-test')
    const drafts: DraftRecord[] = [
      { id: 'offer-form', value: { fields: { title: 'Nurse', base: '90k' }, soc: null }, savedAt: 1 },
      { id: 'insights-form', value: { title: 'Backend Architect', location: 'Seattle, WA' }, savedAt: 2 },
      { id: 'odd', value: [1, 'two', { three: 3 }], savedAt: 3 },
    ]
    const v1 = open(name, SCHEMA_VERSIONS.slice(0, 1))
    await v1.drafts.bulkPut(drafts)
    expect(v1.verno).toBe(1)
    v1.close()

    const v2 = open(name)
    await v2.open()
    expect(v2.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version)
    expect(await v2.drafts.orderBy('id').toArray()).toEqual(
      [...drafts].sort((a, b) => a.id.localeCompare(b.id)),
    )
    expect(v2.offers.schema.primKey.name).toBe('id')
    expect(v2.offers.schema.indexes.map((index) => index.name)).toContain('updatedAt')
    expect(await v2.offers.count()).toBe(0)
    await v2.offers.put(SEATTLE)
    expect(await v2.offers.get('seattle')).toEqual(SEATTLE)
  })

  it('runs the version-2 transform on the old records', async () => {
    const name = freshName('worth-upgrade-test')
    const v1 = open(name, SCHEMA_VERSIONS.slice(0, 1))
    await v1.drafts.put({ id: 'no-time', value: 'typed' } as unknown as DraftRecord)
    v1.close()

    const v2 = open(name)
    expect(await v2.drafts.get('no-time')).toEqual({ id: 'no-time', value: 'typed', savedAt: 0 })
  })
})
