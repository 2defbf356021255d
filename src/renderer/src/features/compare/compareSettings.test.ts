import { describe, expect, it } from 'vitest'
import { fromCompareDraft, INITIAL_COMPARE_SETTINGS } from './compareSettings'

describe('fromCompareDraft', () => {
  it('reads back what was saved', () => {
    const settings = {
      whatIf: {
        filing: 'joint',
        k401: '5k',
        stockChange: '-10',
        bonusPayout: '90',
        taxYear: '2026',
        exitChance: '20',
      },
      chosen: ['a', 'b'],
    }
    expect(fromCompareDraft(settings)).toEqual(settings)
  })

  it('falls back to the defaults for anything of the wrong shape', () => {
    expect(fromCompareDraft(null)).toBeNull()
    expect(fromCompareDraft({})).toEqual(INITIAL_COMPARE_SETTINGS)
    expect(
      fromCompareDraft({ whatIf: { filing: 'married', taxYear: 2026, k401: 5 }, chosen: ['a', 3] }),
    ).toEqual({
      whatIf: INITIAL_COMPARE_SETTINGS.whatIf,
      chosen: ['a'],
    })
  })
})
