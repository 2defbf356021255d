import { describe, expect, it } from 'vitest'
import { RefreshError, refreshGrantValue, refreshVestingByYear } from './refreshers'

describe('refreshVestingByYear', () => {
  it('stacks a yearly refresh vesting over four years: 0, 10k, 20k, 30k (the rule in the issue)', () => {
    expect(refreshVestingByYear({ amount: 40_000, everyYears: 1, vestYears: 4 }, 0, 4)).toEqual([
      0, 10_000, 20_000, 30_000,
    ])
  })

  it('reaches a steady state once the first refresh has fully vested', () => {
    // Year 6 holds the last quarter of the year-1 grant plus three later grants: 4 x 10k.
    expect(refreshVestingByYear({ amount: 40_000, everyYears: 1, vestYears: 4 }, 0, 7)).toEqual([
      0, 10_000, 20_000, 30_000, 40_000, 40_000, 40_000,
    ])
  })

  it('grants every other year when asked', () => {
    // Grants after years 1 and 3, each 30k over 3 years: year 2: 10k, 3: 10k, 4: 20k.
    expect(refreshVestingByYear({ amount: 30_000, everyYears: 2, vestYears: 3 }, 0, 4)).toEqual([
      0, 10_000, 10_000, 20_000,
    ])
  })

  it('reads a refresh as a percent of the initial grant', () => {
    expect(refreshGrantValue({ percentOfGrant: 25, everyYears: 1, vestYears: 4 }, 160_000)).toBe(40_000)
    expect(refreshVestingByYear({ percentOfGrant: 25, everyYears: 1, vestYears: 4 }, 160_000, 4)).toEqual([
      0, 10_000, 20_000, 30_000,
    ])
  })

  it('rounds uneven vesting to the cent', () => {
    expect(refreshVestingByYear({ amount: 10_000, everyYears: 1, vestYears: 3 }, 0, 3)).toEqual([
      0, 3_333.33, 6_666.67,
    ])
  })

  it('refuses plans it cannot read, with the reason', () => {
    expect(() => refreshVestingByYear({ amount: 1, everyYears: 0, vestYears: 4 }, 0, 4)).toThrow(
      /every 1 to 10/,
    )
    expect(() => refreshVestingByYear({ amount: 1, everyYears: 1, vestYears: 1.5 }, 0, 4)).toThrow(
      /vest over/,
    )
    expect(() => refreshGrantValue({ everyYears: 1, vestYears: 4 }, 0)).toThrow(RefreshError)
    expect(() => refreshGrantValue({ amount: 1, percentOfGrant: 1, everyYears: 1, vestYears: 4 }, 0)).toThrow(
      /not several/,
    )
    expect(() => refreshGrantValue({ amount: -5, everyYears: 1, vestYears: 4 }, 0)).toThrow(/zero or more/)
  })
})
