import { describe, expect, it } from 'vitest'
import { AUSTIN, SAN_FRANCISCO, SEATTLE } from '../../../../../test/fixtures/offers'
import { savedOfferPrefill } from '../negotiate/fromSavedOffer'
import { THREE_CITIES } from '../../../../../test/fixtures/replies'
import { bestOtherId, negotiateChoices } from './negotiateFromCompare'

describe('bestOtherId', () => {
  it('is the other offer with the highest year-1 total compensation', () => {
    // Year 1: Seattle $271,500, San Francisco $231,000, Austin $174,000.
    expect(bestOtherId(THREE_CITIES, 'seattle')).toBe('sf')
    expect(bestOtherId(THREE_CITIES, 'sf')).toBe('seattle')
    expect(bestOtherId(THREE_CITIES, 'austin')).toBe('seattle')
  })

  it('skips offers that are not available, and falls back to the comparison’s order without a ranking', () => {
    expect(bestOtherId(THREE_CITIES, 'austin', (id) => id !== 'seattle')).toBe('sf')
    expect(bestOtherId(THREE_CITIES, 'austin', () => false)).toBeNull()
    const unranked = { ...THREE_CITIES, ranking: { ...THREE_CITIES.ranking, grossYear1: [] } }
    expect(bestOtherId(unranked, 'seattle')).toBe('sf')
  })
})

describe('negotiateChoices', () => {
  it('prefills each compared offer with the best other one’s total as the alternative', () => {
    const choices = negotiateChoices(THREE_CITIES, [SEATTLE, SAN_FRANCISCO, AUSTIN])
    expect(choices.map((choice) => [choice.offer.id, choice.alternative?.id])).toEqual([
      ['seattle', 'sf'],
      ['sf', 'seattle'],
      ['austin', 'seattle'],
    ])
    expect(choices[0]!.prefill).toEqual({ ...savedOfferPrefill(SEATTLE), alternative: 290000 })
    expect(choices[2]!.prefill).toEqual({ ...savedOfferPrefill(AUSTIN), alternative: 239000 })
  })

  it('leaves out offers deleted since the comparison, and never names a deleted one as the alternative', () => {
    const choices = negotiateChoices(THREE_CITIES, [SAN_FRANCISCO, AUSTIN])
    expect(choices.map((choice) => [choice.offer.id, choice.alternative?.id])).toEqual([
      ['sf', 'austin'],
      ['austin', 'sf'],
    ])
    const alone = negotiateChoices(THREE_CITIES, [AUSTIN])
    expect(alone[0]!.alternative).toBeNull()
    expect(alone[0]!.prefill).not.toHaveProperty('alternative')
  })
})
