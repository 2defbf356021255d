import { describe, expect, it } from 'vitest'
import type { Offer } from '../../../shared/offer'
import { testDatabases } from '../test/testDatabases'
import { SCHEMA_VERSIONS, type DraftRecord } from './schema'
import { AUSTIN, SEATTLE } from '../../../../test/fixtures/offers'

const { open, freshName } = testDatabases()

describe('upgrading a version-2 database to version 3', () => {
  it('keeps every saved offer and draft exactly, and finds offers by deadline', async () => {
    const name = freshName('worth-v3-upgrade-test')
    const draft: DraftRecord = { id: 'offer-form', value: { fields: { base: '150k' } }, savedAt: 5 }
    const v2 = open(name, SCHEMA_VERSIONS.slice(0, 2))
    await v2.offers.bulkPut([SEATTLE, AUSTIN])
    await v2.drafts.put(draft)
    expect(v2.verno).toBe(2)
    v2.close()

    const v3 = open(name)
    await v3.open()
    expect(v3.verno).toBe(3)
    expect(await v3.offers.get(SEATTLE.id)).toEqual(SEATTLE)
    expect(await v3.offers.get(AUSTIN.id)).toEqual(AUSTIN)
    expect(await v3.drafts.get('offer-form')).toEqual(draft)

    const startup: Offer = {
      ...AUSTIN,
      id: 'startup',
      deadline: '2026-12-03',
      equity: {
        kind: 'options',
        shares: 40000,
        strike: 1.2,
        fmv: 1.5,
        exercise: 'iso',
        years: 4,
        schedule: { kind: 'even' },
        exitScenarios: [{ name: '409A', pricePerShare: 1.5 }],
      },
    }
    await v3.offers.put(startup)
    await v3.offers.put({ ...SEATTLE, id: 'later', deadline: '2026-12-10' })
    // Offers without a deadline are not in the index; those with one come soonest first.
    expect((await v3.offers.orderBy('deadline').toArray()).map((o) => o.id)).toEqual(['startup', 'later'])
    expect(await v3.offers.get('startup')).toEqual(startup)
  })
})
