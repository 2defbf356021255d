// Refresh grants of options, worked by hand on test/fixtures/startup-vs-public.json's startup (40,000 options at a
// $1.20 strike, 10,000 vesting each year; 409A $1.50, preferred $6, an exit at $20): a yearly refresh of 10,000
// options vesting over 4 years adds 0, 2,500, 5,000 and 7,500 options in years 1 to 4, at today's 409A price.
import { describe, expect, it } from 'vitest'
import { CompareInputSchema } from '../../../shared/contract'
import type { Offer } from '../../../shared/offer'
import { OfferSchema } from '../../../shared/offer'
import startupVsPublic from '../../../../test/fixtures/startup-vs-public.json'
import { realDataset } from '../../testing/realDataset'
import { checkOffer, compareOffers } from '../compareOffers'
import { offerEquity } from './offerEquity'
import { RefreshError } from './refreshers'

const [startup, bigCo] = startupVsPublic.offers as Offer[] as [Offer, Offer]
const withRefresh = (refresh: Offer['refresh']): Offer => ({ ...startup, refresh })
const yearly10k = { shares: 10_000, everyYears: 1, vestYears: 4 }

const compared = (offer: Offer) => {
  const { offers, ...opts } = CompareInputSchema.parse({ offers: [offer, bigCo], k401: 10_000 })
  return compareOffers(realDataset(), offers, opts).offers[0]!
}

describe('refresh grants of options', () => {
  it('adds the refresh options vesting each year, valued per scenario at today’s 409A strike', () => {
    const years = offerEquity(withRefresh(yearly10k), 4, 0).options!.years
    expect(years.map((y) => y.refreshVested)).toEqual([0, 2_500, 5_000, 7_500])
    expect(years.map((y) => y.sharesVested)).toEqual([10_000, 12_500, 15_000, 17_500])
    // Preferred: 48,000 from the grant, plus (6 - 1.50) x the refresh options: 11,250, 22,500, 33,750.
    expect(years.map((y) => y.byScenario.Preferred)).toEqual([48_000, 59_250, 70_500, 81_750])
    // At today's 409A price the refresh options have no spread: only the grant's (1.50 - 1.20) x 10,000.
    expect(years.map((y) => y.byScenario['409A'])).toEqual([3_000, 3_000, 3_000, 3_000])
    // Acquired at $20: 188,000 + 18.50 x 2,500 in year 2.
    expect(years[1]!.byScenario.Acquired).toBe(188_000 + 46_250)
    // Buying year 2's options: 10,000 at $1.20 and 2,500 at $1.50.
    expect(years[1]!.exerciseCost).toBe(12_000 + 3_750)
  })

  it('reads a percent of the grant as that share of its options', () => {
    const byPercent = offerEquity(withRefresh({ percentOfGrant: 25, everyYears: 1, vestYears: 4 }), 4, 0)
    expect(byPercent.options!.years).toEqual(offerEquity(withRefresh(yearly10k), 4, 0).options!.years)
  })

  it('carries them into Compare: each year’s values, the options vesting and the stated assumption', () => {
    const offer = compared(withRefresh(yearly10k))
    expect(offer.years.map((y) => y.equityByScenario!.Preferred)).toEqual([48_000, 59_250, 70_500, 81_750])
    expect(offer.years[1]!.optionShares).toEqual({
      vested: 12_500,
      refreshVested: 2_500,
      exerciseCost: 15_750,
    })
    const preferred = offer.options!.scenarios.find((s) => s.name === 'Preferred')!
    expect(preferred.preTax).toBe(48_000 + 59_250 + 70_500 + 81_750)
    expect(preferred.byYear.map((y) => y.preTax)).toEqual([48_000, 59_250, 70_500, 81_750])
    // Still options, not cash: nothing in the year's stock or a refresh row.
    expect(offer.years.map((y) => y.stock)).toEqual([0, 0, 0, 0])
    expect(offer.years[1]).not.toHaveProperty('refresh')
    expect(offer.notModelled.join(' ')).toMatch(
      /Refresh grants: 10,000 options every year .* at a strike of today’s 409A price \(\$1\.50\)/,
    )
  })

  it('refuses a refresh in dollars for options and in options for RSUs, naming the field', () => {
    expect(() => offerEquity(withRefresh({ amount: 40_000, everyYears: 1, vestYears: 4 }), 4, 0)).toThrow(
      RefreshError,
    )
    const rsuWithOptions = { ...bigCo, refresh: yearly10k }
    expect(() => offerEquity(rsuWithOptions, 4, 0)).toThrow(/needs stock options/)
    expect(checkOffer(realDataset(), rsuWithOptions).problems).toEqual([
      { field: 'equity', message: expect.stringMatching(/number of options needs stock options/) },
    ])
  })

  it('accepts exactly one refresh size in a saved offer', () => {
    const base = { ...startup, refresh: yearly10k }
    expect(OfferSchema.safeParse(base).success).toBe(true)
    const both = OfferSchema.safeParse({ ...base, refresh: { ...yearly10k, percentOfGrant: 25 } })
    expect(both.success).toBe(false)
    expect(both.error!.issues[0]!.message).toMatch(/one of an amount, a number of options/)
    expect(OfferSchema.safeParse({ ...base, refresh: { ...yearly10k, shares: 10.5 } }).success).toBe(false)
  })
})
