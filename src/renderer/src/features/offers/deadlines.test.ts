import { describe, expect, it } from 'vitest'
import { AUSTIN, SAN_FRANCISCO, SEATTLE } from '../../../../../test/fixtures/offers'
import { bySoonestDeadline, daysLeft, deadlineNotice, deadlineStatus, localDay } from './deadlines'

describe('offer deadlines', () => {
  it('counts calendar days, across a month end', () => {
    expect(daysLeft('2026-12-03', '2026-12-01')).toBe(2)
    expect(daysLeft('2026-12-01', '2026-11-30')).toBe(1)
    expect(daysLeft('2027-01-01', '2026-12-31')).toBe(1)
    expect(daysLeft('2026-11-28', '2026-12-01')).toBe(-3)
  })

  it('says how long is left, and marks two days or less as urgent', () => {
    expect(deadlineStatus('2026-12-01', '2026-12-01')).toEqual({
      days: 0,
      text: 'due today',
      urgent: true,
      passed: false,
    })
    expect(deadlineStatus('2026-12-02', '2026-12-01').text).toBe('1 day left')
    expect(deadlineStatus('2026-12-03', '2026-12-01').urgent).toBe(true)
    expect(deadlineStatus('2026-12-04', '2026-12-01')).toMatchObject({ text: '3 days left', urgent: false })
    expect(deadlineStatus('2026-11-28', '2026-12-01')).toMatchObject({
      text: 'passed 3 days ago',
      urgent: false,
      passed: true,
    })
  })

  it('lists offers with a deadline soonest first, then the others in their order', () => {
    const offers = [
      { ...SEATTLE, deadline: '2026-12-10' },
      AUSTIN,
      { ...SAN_FRANCISCO, deadline: '2026-12-02' },
    ]
    expect(bySoonestDeadline(offers).map((o) => o.id)).toEqual([SAN_FRANCISCO.id, SEATTLE.id, AUSTIN.id])
  })

  it('names the offers due within two days, and nothing when none is', () => {
    const offers = [
      { ...SEATTLE, label: 'Seattle', deadline: '2026-12-03' },
      { ...AUSTIN, label: 'Austin', deadline: '2026-12-01' },
      { ...SAN_FRANCISCO, deadline: '2026-12-20' },
    ]
    expect(deadlineNotice(offers, '2026-12-01')).toBe(
      'Austin’s offer is due today; Seattle’s offer is due in 2 days.',
    )
    expect(deadlineNotice(offers, '2026-11-20')).toBeNull()
  })

  it('reads today in the user’s own time zone', () => {
    expect(localDay(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01')
  })
})
