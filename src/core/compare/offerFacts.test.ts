import { describe, expect, it, vi } from 'vitest'
import { CompareInputSchema } from '../../shared/contract'
import type { Offer } from '../../shared/offer'
import { realDataset } from '../testing/realDataset'
import { cachedMarkets } from '../estimate/market'
import { dispatch } from '../app/dispatch'
import { createHandlers } from '../app/handlers'
import { AUSTIN, SAN_FRANCISCO, SEATTLE } from '../../../test/fixtures/offers'
import { compareOffers, freshFacts } from './compareOffers'
import { newestValues, rememberedFacts } from './offerFacts'

const d = realDataset()
const SIX: Offer[] = [
  SEATTLE,
  SAN_FRANCISCO,
  AUSTIN,
  ...[SEATTLE, SAN_FRANCISCO, AUSTIN].map((offer) => ({
    ...offer,
    id: `${offer.id}-b`,
    label: `${offer.label} B`,
  })),
]
const parse = (offers: Offer[], whatIf: Record<string, unknown>) => {
  const { offers: parsed, ...options } = CompareInputSchema.parse({ offers, ...whatIf })
  return { offers: parsed, options }
}

describe('rememberedFacts', () => {
  it('gives every reply a fresh compute gives, through what-ifs and edited offers', () => {
    const remembered = rememberedFacts(d, cachedMarkets(d))
    const steps: [Offer[], Record<string, unknown>][] = [
      [SIX, { stockChangePercent: 0 }],
      [SIX, { stockChangePercent: 35 }],
      [SIX, { stockChangePercent: -40, filing: 'joint' }],
      [SIX, { stockChangePercent: -40, taxYear: 2026, k401: 23500, bonusPayoutPercent: 80 }],
      // An offer edited between two comparisons: its new place and base pay are worked out, not remembered.
      [
        [
          { ...SEATTLE, base: 210000 },
          { ...AUSTIN, location: 'Houston, TX' },
        ],
        { stockChangePercent: 10 },
      ],
      [[{ ...SEATTLE, workLocation: 'Tacoma, WA' }, AUSTIN], { stockChangePercent: 10 }],
      [SIX, { stockChangePercent: 35 }],
    ]
    for (const [offers, whatIf] of steps) {
      const { offers: parsed, options } = parse(offers, whatIf)
      const expected = compareOffers(d, parsed, options)
      expect(compareOffers(d, parsed, options, undefined, remembered)).toEqual(expected)
      // The same again: now every fact is remembered, and the reply is still the same.
      expect(JSON.stringify(compareOffers(d, parsed, options, undefined, remembered))).toBe(
        JSON.stringify(expected),
      )
    }
  })

  it('works out each offer’s place and percentile once across what-if changes', () => {
    const fresh = freshFacts(d)
    const place = vi.spyOn(fresh, 'place')
    const percentile = vi.spyOn(fresh, 'percentile')
    const remembered = rememberedFacts(d, undefined, 32, fresh)
    for (const stockChangePercent of [0, 10, -20, 35]) {
      const { offers, options } = parse(SIX, { stockChangePercent })
      compareOffers(d, offers, options, undefined, remembered)
    }
    // Six offers in three places, each with its own title, place, experience and base: 3 places, 3 percentiles.
    expect(place).toHaveBeenCalledTimes(3)
    expect(percentile).toHaveBeenCalledTimes(3)
  })

  it('keeps an unknown place’s refusal as the same message, naming the offer', () => {
    const unknown = { ...AUSTIN, id: 'nowhere', label: 'Nowhere', location: 'Atlantis, ZZ' }
    const { offers, options } = parse([SEATTLE, unknown], {})
    const remembered = rememberedFacts(d)
    const refusal = () => compareOffers(d, offers, options, undefined, remembered)
    expect(refusal).toThrow(/Offer "Nowhere"/)
    let first: unknown
    let second: unknown
    try {
      compareOffers(d, offers, options)
    } catch (e) {
      first = e
    }
    try {
      refusal()
    } catch (e) {
      second = e
    }
    expect(second).toEqual(first)
  })

  it('answers compare:offers the same from a handler set that has compared before', () => {
    const handlers = createHandlers(d)
    const input = { offers: SIX, stockChangePercent: 25 }
    dispatch(handlers, 'compare:offers', { offers: SIX, stockChangePercent: -10 })
    const again = dispatch(handlers, 'compare:offers', input)
    expect(again).toEqual(dispatch(createHandlers(d), 'compare:offers', input))
  })
})

describe('newestValues', () => {
  it('keeps the most recently used keys and works out a forgotten one again', () => {
    const work = vi.fn((key: string) => key.toUpperCase())
    const get = newestValues<string>(2)
    const ask = (key: string) => get(key, () => work(key))
    expect([ask('a'), ask('b'), ask('a'), ask('c')]).toEqual(['A', 'B', 'A', 'C'])
    // 'b' was the least recently used when 'c' came: 'a' is still known, 'b' is worked out again.
    ask('a')
    expect(work).toHaveBeenCalledTimes(3)
    ask('b')
    expect(work).toHaveBeenCalledTimes(4)
    expect(work.mock.calls.map(([key]) => key)).toEqual(['a', 'b', 'c', 'b'])
  })
})
