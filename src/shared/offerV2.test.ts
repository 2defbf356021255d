import { describe, expect, it } from 'vitest'
import { OfferSchema, readOffersExport, writeOffersCsv, writeOffersExport, type Offer } from './offer'
import { SEATTLE } from '../../test/fixtures/offers'
import { BIG_CO, STARTUP } from '../../test/fixtures/startupVsPublic'

/** A version-1 saved offer as version 1 wrote it (test/fixtures/offers.json is a version-1 export). */
const v1Offer = SEATTLE

/** The fixture's startup offer with a counter of the user's own in its history. */
const startup: Offer = {
  ...STARTUP,
  history: [
    ...(STARTUP.history ?? []),
    { date: '2026-11-24', side: 'me', base: 165000, note: 'Asked for 165k citing the 75th percentile' },
  ],
}
const bigCo = BIG_CO

describe('saved offers, version 2', () => {
  it('reads a version-1 export unchanged (no kind on the grant, none of the new fields)', () => {
    const file = {
      format: 'worth-offers',
      version: 1,
      exportedAt: '2026-11-28T13:00:00.000Z',
      offers: [v1Offer],
    }
    expect(readOffersExport(JSON.stringify(file))).toEqual({ ok: true, offers: [v1Offer] })
  })

  it('round-trips options, refreshers, ESPP, benefits, a deadline and the history in a version-2 export', () => {
    const text = writeOffersExport([startup, bigCo], new Date('2026-12-01T10:00:00Z'))
    expect(JSON.parse(text)).toMatchObject({ version: 2 })
    expect(readOffersExport(text)).toEqual({ ok: true, offers: [startup, bigCo] })
  })

  it('refuses what it cannot use, naming the offer and the field', () => {
    const bad = (patch: Partial<Offer>) =>
      readOffersExport(
        JSON.stringify({
          format: 'worth-offers',
          version: 2,
          exportedAt: '',
          offers: [{ ...startup, ...patch }],
        }),
      )
    expect(bad({ deadline: '2026-02-30' })).toEqual({
      ok: false,
      message: 'Offer 1 (Startup): deadline is not a real date. Nothing was imported.',
    })
    expect(bad({ refresh: { amount: 1, percentOfGrant: 5, everyYears: 1, vestYears: 4 } })).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        'refresh needs one of an amount, a number of options (shares) or a percent of the initial grant',
      ),
    })
    expect(bad({ espp: { percent: 10, discount: 20, lookback: false } })).toMatchObject({
      ok: false,
      message: expect.stringContaining('espp.discount must be at most 15'),
    })
    const twice = {
      ...startup.equity,
      exitScenarios: [
        { name: 'Exit', pricePerShare: 1 },
        { name: 'Exit', pricePerShare: 2 },
      ],
    } as Offer['equity']
    expect(bad({ equity: twice })).toMatchObject({
      ok: false,
      message: expect.stringContaining('repeats "Exit"'),
    })
    expect(bad({ history: [{ date: '2026-11-20', side: 'us' as 'me', note: '' }] }).ok).toBe(false)
  })

  it('keeps the version-1 CSV columns first and adds the new ones after them', () => {
    const [header, row] = writeOffersCsv([startup]).split('\r\n')
    expect(header!.split(',').slice(16)).toEqual([
      'work_location',
      'equity_kind',
      'option_shares',
      'option_strike',
      'option_409a',
      'option_preferred',
      'option_type',
      'exit_scenarios',
      'refresh',
      'espp',
      'health_premium',
      'hsa_employer',
      'match_vesting_years',
      'deadline',
      'history',
    ])
    expect(row).toContain(
      ',options,40000,1.2,1.5,6,iso,409A: 1.5; Preferred: 6; Acquired: 20,,,2400,500,3,2026-12-04,',
    )
    expect(row).toContain('2026-11-24 me 165000 (Asked for 165k citing the 75th percentile)')
    expect(writeOffersCsv([bigCo])).toContain('40000 every 1 yr over 4 yr,"10% at 15% off, lookback"')
  })

  it('parses an options grant without confusing it with RSUs', () => {
    expect(OfferSchema.parse(startup).equity.kind).toBe('options')
    expect(OfferSchema.parse(v1Offer).equity).toEqual(v1Offer.equity)
  })
})
