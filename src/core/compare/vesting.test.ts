import { describe, expect, it } from 'vitest'
import { cliffForfeit, vestingByYear, VestingError } from './vesting'

// Same length first: comparing element by element over an empty (or short) result would pass.
const close = (a: number[], b: number[]) => {
  expect(a).toHaveLength(b.length)
  a.forEach((x, i) => expect(x).toBeCloseTo(b[i]!, 12))
}

describe('vestingByYear', () => {
  it('splits an even grant equally', () => {
    close(vestingByYear({ kind: 'even' }, 4), [0.25, 0.25, 0.25, 0.25])
  })

  it('vests a 1-year cliff then monthly as 25% at month 12 and the rest through year 4', () => {
    // Month 12: 12/48 = 25%; months 13..48 each 1/48; 12 of them fall in each of years 2, 3, 4.
    close(vestingByYear({ kind: 'cliff', cliffMonths: 12, then: 'monthly' }, 4), [0.25, 0.25, 0.25, 0.25])
  })

  it('puts a 6-month cliff with quarterly vesting in year 1 for the first half-year plus two quarters', () => {
    // Month 6: 6/48; months 9 and 12: 3/48 each -> year 1 = 12/48. Years 2-4: four quarters each = 12/48.
    close(vestingByYear({ kind: 'cliff', cliffMonths: 6, then: 'quarterly' }, 4), [0.25, 0.25, 0.25, 0.25])
  })

  it('back-loads a 5-15-40-40 custom schedule', () => {
    close(vestingByYear({ kind: 'custom', percents: [5, 15, 40, 40] }, 4), [0.05, 0.15, 0.4, 0.4])
  })

  it('moves a long cliff into the year it ends', () => {
    // 18-month cliff over 3 years: 18/36 vests in year 2, then monthly 19..36 (6 in year 2, 12 in year 3).
    close(vestingByYear({ kind: 'cliff', cliffMonths: 18, then: 'monthly' }, 3), [0, 24 / 36, 12 / 36])
  })

  it('refuses schedules that do not add up', () => {
    expect(() => vestingByYear({ kind: 'custom', percents: [10, 20, 30] }, 4)).toThrow(VestingError)
    expect(() => vestingByYear({ kind: 'custom', percents: [10, 20, 30, 30] }, 4)).toThrow(
      /add up to 100; they add up to 90/,
    )
    expect(() => vestingByYear({ kind: 'even' }, 0)).toThrow(VestingError)
    expect(() => vestingByYear({ kind: 'cliff', cliffMonths: 60, then: 'monthly' }, 4)).toThrow(/cliff/)
  })

  it('states what leaving before the cliff forfeits', () => {
    expect(cliffForfeit({ kind: 'cliff', cliffMonths: 12, then: 'monthly' }, 4, 200000)).toEqual({
      months: 12,
      amount: 50000,
    })
    expect(cliffForfeit({ kind: 'even' }, 4, 200000)).toBeNull()
  })

  it('says nothing about a cliff when there is no stock to forfeit', () => {
    // An offer with a cliff schedule but no grant (or a what-if that takes the price to zero) risks nothing.
    expect(cliffForfeit({ kind: 'cliff', cliffMonths: 12, then: 'monthly' }, 4, 0)).toBeNull()
  })
})
