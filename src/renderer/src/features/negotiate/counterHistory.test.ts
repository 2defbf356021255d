import { describe, expect, it } from 'vitest'
import { SEATTLE } from '../../../../../test/fixtures/offers'
import { lastNamedBase, startingBase, withCounterSent } from './counterHistory'

describe('counter history in Negotiate', () => {
  const negotiated = {
    ...SEATTLE,
    base: 185000,
    history: [
      { date: '2026-11-20', side: 'them' as const, base: 185000, note: 'Written offer' },
      { date: '2026-11-24', side: 'me' as const, base: 205000, note: 'Asked for 205k' },
      { date: '2026-11-27', side: 'them' as const, base: 195000, note: 'Came back with 195k' },
      { date: '2026-11-28', side: 'them' as const, note: 'Can add 10k sign-on' },
    ],
  }

  it('starts from the employer’s latest figure, skipping notes without one', () => {
    expect(lastNamedBase(negotiated)?.date).toBe('2026-11-27')
    expect(startingBase(negotiated)).toEqual({ base: 195000, from: 'their-counter' })
  })

  it('starts from the offer’s base when nothing has been said yet', () => {
    expect(startingBase(SEATTLE)).toEqual({ base: SEATTLE.base, from: 'offer' })
    expect(lastNamedBase({ ...SEATTLE, history: [] })).toBeNull()
  })

  it('adds the counter the user sent at the end of the history, leaving the rest as it was', () => {
    const next = withCounterSent(negotiated, { date: '2026-12-01', base: 200000, note: 'Met in the middle' })
    expect(next.history).toHaveLength(5)
    expect(next.history!.at(-1)).toEqual({
      date: '2026-12-01',
      side: 'me',
      base: 200000,
      note: 'Met in the middle',
    })
    expect(next.history!.slice(0, 4)).toEqual(negotiated.history)
    expect(startingBase(next)).toEqual({ base: 200000, from: 'my-counter' })
    expect(withCounterSent(SEATTLE, { date: '2026-12-01', base: 1, note: '' }).history).toHaveLength(1)
  })
})
