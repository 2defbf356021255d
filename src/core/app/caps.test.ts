// Every numeric search and every figure Worth proposes stays inside the $10,000,000 cap the inputs are held to.
import { describe, expect, it } from 'vitest'
import { MAX_AMOUNT } from '../../shared/fields'
import { realDataset } from '../testing/realDataset'
import { dispatch } from './dispatch'
import { createHandlers } from './handlers'

const handlers = createHandlers(realDataset())

describe('the equivalent-salary search (worth equivalent, the Compare panel)', () => {
  it('answers for wages above half the cap, where the search used to start past it', () => {
    const reply = dispatch(handlers, 'compare:equivalent', {
      wages: 5_000_001,
      from: 'Austin, TX',
      to: 'Seattle, WA',
    })
    expect(reply.ok).toBe(true)
    if (!reply.ok) return
    expect(reply.value.wages).toBeGreaterThan(5_000_001)
    expect(reply.value.wages).toBeLessThanOrEqual(MAX_AMOUNT)
    expect(reply.value.toAdjusted).toBeCloseTo(reply.value.fromAdjusted, 0)
  })

  it('says so, on the wages field, when the same take-home would need more than the cap', () => {
    const reply = dispatch(handlers, 'compare:equivalent', {
      wages: 9_000_000,
      from: 'Texas',
      to: 'New York, NY',
    })
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: 'wages', message: expect.stringContaining('$10,000,000') },
    })
  })

  it.each([1, 20_000, 150_000, 2_500_001, 7_500_000, MAX_AMOUNT])(
    'never fails internally for %d between any two of a few places',
    (wages) => {
      const places = ['Texas', 'New York, NY', 'San Francisco, CA', 'Yonkers, NY', 'Philadelphia, PA']
      for (const from of places)
        for (const to of places) {
          const reply = dispatch(handlers, 'compare:equivalent', { wages, from, to, k401: 23_500 })
          if (reply.ok) expect(reply.value.wages).toBeLessThanOrEqual(MAX_AMOUNT)
          else expect(reply.error).toMatchObject({ code: 'invalid-input', field: 'wages' })
        }
    },
  )
})

describe('the counter-offer at the cap', () => {
  const offer = { title: 'Software Developer', location: 'Seattle, WA', bonus: 0, stock: 0, signon: 0 }

  it.each([MAX_AMOUNT, 9_800_000, 9_600_000])('never asks above the cap for a base of %d', (base) => {
    const reply = dispatch(handlers, 'negotiate:offer', { ...offer, base })
    expect(reply.ok).toBe(true)
    if (!reply.ok) return
    const { ask } = reply.value
    expect(ask.base).toBeGreaterThanOrEqual(base)
    for (const figure of [ask.base, ask.low, ask.high]) expect(figure).toBeLessThanOrEqual(MAX_AMOUNT)
    if (base * 1.05 > MAX_AMOUNT) expect(ask.sentence).not.toContain('5% above')
  })

  it('asks no more than the cap, and turns to other terms, when the offer is past the market target', () => {
    const reply = dispatch(handlers, 'negotiate:offer', {
      ...offer,
      base: 9_990_000,
      target: { kind: 'percentile', value: 99 },
    })
    expect(reply.ok).toBe(true)
    if (!reply.ok) return
    expect(reply.value.ask.from).toBe('terms')
    for (const figure of [reply.value.ask.base, reply.value.ask.low, reply.value.ask.high])
      expect(figure).toBeLessThanOrEqual(MAX_AMOUNT)
  })
})
