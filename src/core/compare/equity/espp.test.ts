import { describe, expect, it } from 'vitest'
import { esppAssumptions, esppYear } from './espp'

describe('esppYear', () => {
  it('counts the discount as a gain on the money put in: 15% off gives 15/85 of the contributions', () => {
    // 10% of $150,000 = $15,000, under the cap of 25,000 x 0.85 = $21,250; gain 15,000 x 0.15 / 0.85 = 2,647.0588...
    expect(esppYear({ percent: 10, discount: 15, lookback: false }, 150_000)).toEqual({
      contributions: 15_000,
      gain: 2_647.06,
      limited: false,
    })
  })

  it('applies the IRS $25,000 yearly limit at the offering price', () => {
    // 15% of $300,000 = $45,000 wanted; only $21,250 buys $25,000 of stock at 15% off: gain $3,750.
    expect(esppYear({ percent: 15, discount: 15, lookback: true }, 300_000)).toEqual({
      contributions: 21_250,
      gain: 3_750,
      limited: true,
    })
    // With a 10% discount the cap is 25,000 x 0.9 = 22,500 and the gain 2,500.
    expect(esppYear({ percent: 15, discount: 10, lookback: false }, 300_000)).toMatchObject({
      contributions: 22_500,
      gain: 2_500,
    })
  })

  it('gives nothing without a discount or a contribution', () => {
    expect(esppYear({ percent: 10, discount: 0, lookback: false }, 100_000).gain).toBe(0)
    expect(esppYear({ percent: 0, discount: 15, lookback: false }, 100_000)).toEqual({
      contributions: 0,
      gain: 0,
      limited: false,
    })
  })

  it('refuses a discount a qualified plan cannot give, naming the limit', () => {
    expect(() => esppYear({ percent: 10, discount: 20, lookback: false }, 100_000)).toThrow(/0 to 15 percent/)
    expect(() => esppYear({ percent: Number.NaN, discount: 15, lookback: false }, 100_000)).toThrow(
      /contribution/,
    )
  })

  it('names the lookback as not modelled only when the plan has one', () => {
    expect(esppAssumptions({ percent: 10, discount: 15, lookback: true }).join(' ')).toMatch(
      /lookback: not modelled/,
    )
    expect(esppAssumptions({ percent: 10, discount: 15, lookback: false }).join(' ')).not.toMatch(/lookback/)
  })
})
