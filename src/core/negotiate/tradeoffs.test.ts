import { describe, expect, it } from 'vitest'
import { extraTakeHome, tradeoffsFor } from './tradeoffs'
import { takeHomeFor } from './takeHome'

const offer = { base: 150_000, bonus: 0, stock: 0, signon: 0 }
const seventyPercent = (wages: number) => Math.round(wages * 70) / 100

describe('tradeoffsFor', () => {
  it('matches the raise with a sign-on (1 year), an equity grant (4 years) and a bonus (each year)', () => {
    const t = tradeoffsFor(offer, 20_000, seventyPercent)
    expect(t.map((x) => [x.kind, x.amount, x.percentOfBase, x.matches, x.takeHome])).toEqual([
      ['signon', 20_000, null, 'first-year', 14_000],
      ['equity', 80_000, null, 'four-year', 56_000],
      ['bonus', 20_000, 13.3, 'four-year', 56_000],
    ])
    expect(t[0]!.sentence).toBe(
      "If base stays at $150,000, a sign-on bonus $20,000 larger matches the raise's first-year value, about $14,000 more take-home in year 1 after tax. It is paid once: from year 2 the $20,000 a year is missing again.",
    )
    expect(t[1]!.sentence).toContain('$80,000 vesting over 4 years ($20,000 a year)')
    expect(t[2]!.sentence).toContain('(13.3% of base)')
  })

  it('names the new totals when the offer already has a sign-on, stock or bonus', () => {
    const t = tradeoffsFor({ base: 150_000, bonus: 15_000, stock: 30_000, signon: 10_000 }, 12_345, null)
    expect(t[0]!.sentence).toContain('($22,345 in all)')
    expect(t[1]!.sentence).toContain('on top of the $30,000 a year offered')
    expect(t[2]!.sentence).toContain('to $27,345 a year')
    expect(t.every((x) => x.takeHome === null && !x.sentence.includes('take-home'))).toBe(true)
  })

  it('gives no trade-offs when the ask is not above the offer', () => {
    expect(tradeoffsFor(offer, 0, seventyPercent)).toEqual([])
    expect(tradeoffsFor(offer, -5_000, seventyPercent)).toEqual([])
    expect(tradeoffsFor(offer, Number.NaN, seventyPercent)).toEqual([])
  })
})

describe('extraTakeHome with the real tax engine', () => {
  const wa = takeHomeFor({ state: 'WA', locality: null }, 'single')
  const ca = takeHomeFor({ state: 'CA', locality: null }, 'single')

  it('taxes the extra on top of the current wages, year by year', () => {
    const one = extraTakeHome(offer, 20_000, 1, wa)!
    expect(one).toBeCloseTo(wa(170_000)! - wa(150_000)!, 2)
    // The extra is taxed at the top rate of a $150k earner, so it keeps well under the whole $20,000.
    expect(one).toBeLessThan(20_000 * 0.8)
    expect(one).toBeGreaterThan(20_000 * 0.6)
    // California also taxes it; Washington has no wage income tax.
    expect(extraTakeHome(offer, 20_000, 1, ca)!).toBeLessThan(one)
  })

  it('counts the sign-on in year 1 only', () => {
    const withSignon = { ...offer, signon: 50_000 }
    const four = extraTakeHome(withSignon, 10_000, 4, wa)!
    const expected = wa(210_000)! - wa(200_000)! + 3 * (wa(160_000)! - wa(150_000)!)
    expect(four).toBeCloseTo(expected, 2)
  })
})
