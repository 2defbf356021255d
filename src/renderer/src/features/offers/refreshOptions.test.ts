// The editor's refresh grants for a stock-options offer: a number of options or a percent of the grant, never a
// dollar amount (a message names the field), and a saved refresh of options opens as it was saved.
import { describe, expect, it } from 'vitest'
import type { Offer } from '../../../../shared/offer'
import offersFile from '../../../../../test/fixtures/startup-vs-public.json'
import { EMPTY_EXTRAS, extrasTextFor, readExtras, type ExtrasText } from './offerExtras'

// The startup's options as the editor holds them (40,000 options at a $1.20 strike, 409A $1.50), no refresh yet.
const startup = offersFile.offers[0] as Offer
const options: ExtrasText = extrasTextFor(startup)

describe('refresh grants of options in the editor', () => {
  it('reads a plain number as options and a percent as a share of the grant', () => {
    expect(readExtras({ ...options, refreshSize: '10,000' }).value!.refresh).toEqual({
      shares: 10_000,
      everyYears: 1,
      vestYears: 4,
    })
    expect(readExtras({ ...options, refreshSize: '25%', refreshEvery: '2' }).value!.refresh).toEqual({
      percentOfGrant: 25,
      everyYears: 2,
      vestYears: 4,
    })
  })

  it('refuses dollars or a part of an option, naming the field', () => {
    for (const typed of ['$40,000', '40k', '2500.5', '0']) {
      const read = readExtras({ ...options, refreshSize: typed })
      expect(read.value).toBeNull()
      expect(read.errors.refreshSize).toBe(
        'Refresh grant size for stock options must be a whole number of options from 1 to 100,000,000 or a percent of the initial grant, e.g. 10000 or 25%.',
      )
    }
  })

  it('still reads dollars for an RSU grant', () => {
    expect(readExtras({ ...EMPTY_EXTRAS, refreshSize: '40k' }).value!.refresh).toEqual({
      amount: 40_000,
      everyYears: 1,
      vestYears: 4,
    })
  })

  it('opens a saved refresh of options as the number it holds', () => {
    const text = extrasTextFor({ ...startup, refresh: { shares: 10_000, everyYears: 1, vestYears: 3 } })
    expect(text).toMatchObject({ equityKind: 'options', refreshSize: '10000', refreshVest: '3' })
    expect(readExtras(text).value!.refresh).toEqual({ shares: 10_000, everyYears: 1, vestYears: 3 })
  })
})
