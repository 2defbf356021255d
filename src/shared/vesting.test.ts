import { describe, expect, it } from 'vitest'
import { customVestingTotal } from './vesting'

describe('customVestingTotal', () => {
  it('accepts percentages that add up to 100, within a hundredth', () => {
    expect(customVestingTotal([5, 15, 40, 40])).toEqual({ total: 100, addsUpTo100: true })
    expect(customVestingTotal([33.33, 33.33, 33.34])).toEqual({ total: 100, addsUpTo100: true })
    expect(customVestingTotal([33.333, 33.333, 33.333])).toEqual({ total: 100, addsUpTo100: true })
  })

  it('rejects other totals and reports them rounded to hundredths', () => {
    expect(customVestingTotal([25, 25, 25, 26])).toEqual({ total: 101, addsUpTo100: false })
    expect(customVestingTotal([33.3, 33.3, 33.3])).toEqual({ total: 99.9, addsUpTo100: false })
    expect(customVestingTotal([])).toEqual({ total: 0, addsUpTo100: false })
  })
})
