import { describe, expect, it } from 'vitest'
import { CompareInputSchema } from './contract'
import { readOffersExport, writeOffersCsv, writeOffersExport, type Offer } from './offer'
import { AUSTIN, SAN_FRANCISCO, sampleOffer } from '../../test/fixtures/offers'

const seattle = sampleOffer({ notes: 'Team: payments, "hybrid"' })
/** Austin, vesting as San Francisco's grant does (5-15-40-40). */
const austin: Offer = { ...AUSTIN, equity: SAN_FRANCISCO.equity }

describe('offers export', () => {
  it('round-trips losslessly', () => {
    const text = writeOffersExport([seattle, austin], new Date('2026-11-28T13:00:00Z'))
    expect(readOffersExport(text)).toEqual({ ok: true, offers: [seattle, austin] })
  })

  it('reads an export saved with a byte-order mark and CRLF line ends (Windows editors)', () => {
    const text = writeOffersExport([seattle, austin], new Date('2026-11-28T13:00:00Z'))
    expect(readOffersExport(`\uFEFF${text.replace(/\n/g, '\r\n')}`)).toEqual({
      ok: true,
      offers: [seattle, austin],
    })
  })

  it('refuses malformed, truncated, foreign, newer and hostile files whole, saying what is wrong', () => {
    const good = writeOffersExport([seattle, austin], new Date())
    expect(readOffersExport(good.slice(0, good.length / 2))).toMatchObject({
      ok: false,
      message: expect.stringContaining('not valid JSON'),
    })
    expect(readOffersExport('{"hello":1}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a Worth offers export'),
    })
    expect(readOffersExport(good.replace('"version": 2', '"version": 9'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('version 9'),
    })
    const badBase = JSON.parse(good)
    badBase.offers[1].base = -5
    expect(readOffersExport(JSON.stringify(badBase))).toEqual({
      ok: false,
      message: 'Offer 2 (Austin): base cannot be negative. Nothing was imported.',
    })
    const extra = JSON.parse(good)
    extra.offers[0].__proto__polluted = true
    extra.offers[0].script = '<script>'
    expect(readOffersExport(JSON.stringify(extra)).ok).toBe(false)
    const dup = JSON.parse(good)
    dup.offers[1].id = 'seattle'
    expect(readOffersExport(JSON.stringify(dup))).toMatchObject({
      ok: false,
      message: expect.stringContaining('repeats the id'),
    })
    expect(readOffersExport('x'.repeat(5_000_001))).toMatchObject({ ok: false })
  })

  it('writes CSV with quoting and no spreadsheet formulas', () => {
    const csv = writeOffersCsv([seattle, { ...austin, notes: '=HYPERLINK("http://x")' }])
    const lines = csv.trim().split('\r\n')
    expect(lines[0]).toBe(
      'label,company,title,location,years,base,bonus,equity_total,equity_years,vesting,signon,signon_paid,relocation,match_401k,raise_percent,notes,' +
        'work_location,equity_kind,option_shares,option_strike,option_409a,option_preferred,option_type,exit_scenarios,refresh,espp,health_premium,hsa_employer,match_vesting_years,deadline,history',
    )
    expect(lines[1]).toBe(
      'Seattle,Northwind,Software Developer,"Seattle, WA",5,165000,10%,200000,4,12-month cliff then monthly,30000,year1,10000,50% up to 6%,3,"Team: payments, ""hybrid""",,rsu,,,,,,,,,,,,,',
    )
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://x"")"`)
    expect(lines[2]).toContain('5-15-40-40')
  })
})

describe('custom vesting schedules', () => {
  const withPercents = (percents: number[], years = 4): Offer => ({
    ...austin,
    equity: { ...austin.equity, years, schedule: { kind: 'custom', percents } },
  })

  it('refuses an import whose percentages are too few or do not add up to 100, naming the offer and field', () => {
    const few = writeOffersExport([seattle, withPercents([10, 10, 10])], new Date())
    expect(readOffersExport(few)).toEqual({
      ok: false,
      message:
        'Offer 2 (Austin): equity.schedule.percents must be 4 yearly percentages (one per vesting year) adding up to 100; got 3 (10-10-10) adding up to 30. Nothing was imported.',
    })
    const sum = readOffersExport(writeOffersExport([withPercents([10, 10, 10, 10])], new Date()))
    expect(sum).toMatchObject({ ok: false, message: expect.stringContaining('adding up to 40') })
  })

  it('accepts percentages adding up to 100 within a hundredth', () => {
    const ok = withPercents([33.333, 33.333, 33.334], 3)
    expect(readOffersExport(writeOffersExport([ok], new Date()))).toEqual({ ok: true, offers: [ok] })
  })

  it('is refused by the compare channel schema too, at the offer field', () => {
    const r = CompareInputSchema.safeParse({ offers: [seattle, withPercents([10, 10, 10])] })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]).toMatchObject({
      path: ['offers', 1, 'equity', 'schedule', 'percents'],
      message: expect.stringMatching(/^must be 4 yearly percentages/),
    })
  })
})

describe('amounts in a hand-written export', () => {
  it('are read with the shared pay reader ("150k", "$150,000", a base of "45/hr")', () => {
    const file = JSON.parse(writeOffersExport([seattle], new Date('2026-11-28T13:00:00Z')))
    file.offers[0].base = '45/hr'
    file.offers[0].signon.amount = '$30,000'
    file.offers[0].equity.total = '200k'
    const read = readOffersExport(JSON.stringify(file))
    expect(read).toMatchObject({ ok: true })
    if (read.ok)
      expect(read.offers[0]).toMatchObject({
        base: 93600,
        signon: { amount: 30000 },
        equity: { total: 200000 },
      })
  })

  it('refuses text that is not pay, and an hourly sign-on, whole', () => {
    for (const [path, text] of [
      ['base', 'lots'],
      ['relocation', '10/hr'],
    ] as const) {
      const file = JSON.parse(writeOffersExport([seattle], new Date('2026-11-28T13:00:00Z')))
      file.offers[0][path] = text
      expect(readOffersExport(JSON.stringify(file)).ok).toBe(false)
    }
  })
})
