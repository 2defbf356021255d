import { describe, expect, it } from 'vitest'
import { sampleOffer } from '../../../../../test/fixtures/offers'
import {
  EMPTY_EXTRAS,
  extrasTextFor,
  fromExtrasDraft,
  readEntry,
  readExit,
  readExtras,
  withEntry,
} from './offerExtras'

describe('readExtras', () => {
  it('reads nothing typed as no deadline, benefits, history, refresh or ESPP', () => {
    expect(readExtras(EMPTY_EXTRAS)).toEqual({ errors: {}, value: {}, options: null })
  })

  it('reads every field, a refresh as dollars or a percent of the grant', () => {
    const read = readExtras({
      ...EMPTY_EXTRAS,
      deadline: '2026-12-04',
      healthPremium: '2,400',
      matchVestingYears: '3',
      refreshSize: '25%',
      refreshEvery: '2',
      esppPercent: '10%',
      esppLookback: true,
      equityKind: 'options',
      optShares: '40,000',
      optStrike: '$1.20',
      optFmv: '1.5',
      exits: [{ name: 'Acquired', price: '20' }],
    })
    expect(read.errors).toEqual({})
    expect(read.value).toEqual({
      deadline: '2026-12-04',
      benefits: { healthPremium: 2400, hsaEmployer: 0, matchVestingYears: 3 },
      refresh: { percentOfGrant: 25, everyYears: 2, vestYears: 4 },
      espp: { percent: 10, discount: 15, lookback: true },
    })
    expect(read.options).toEqual({
      kind: 'options',
      shares: 40000,
      strike: 1.2,
      fmv: 1.5,
      exercise: 'iso',
      exitScenarios: [
        { name: '409A', pricePerShare: 1.5 },
        { name: 'Acquired', pricePerShare: 20 },
      ],
    })
    expect(readExtras({ ...EMPTY_EXTRAS, refreshSize: '40k' }).value?.refresh).toEqual({
      amount: 40000,
      everyYears: 1,
      vestYears: 4,
    })
  })

  it('names each field it cannot use and gives no value', () => {
    const read = readExtras({
      ...EMPTY_EXTRAS,
      deadline: '2026-02-30',
      matchVestingYears: '9',
      esppPercent: '10',
      esppDiscount: '20',
      equityKind: 'options',
      optShares: '0',
    })
    expect(read.value).toBeNull()
    expect(read.errors).toEqual({
      deadline: 'Answer by (deadline) must be a real date, e.g. 2026-12-15.',
      matchVestingYears: 'Years before the 401(k) match is yours must be a whole number from 0 to 6.',
      esppDiscount: 'ESPP discount (%) must be a percentage from 0 to 15, e.g. 15.',
      optShares: 'Number of options must be a whole number from 1 to 100,000,000, e.g. 40000.',
      optStrike: 'Strike price a share is required: US dollars a share, e.g. 1.20.',
      optFmv: 'Latest 409A price a share is required: US dollars a share, e.g. 1.20.',
    })
  })
})

describe('the history and exit entries', () => {
  it('reads an entry and keeps the history in date order', () => {
    const entry = readEntry({ date: '2026-11-22', side: 'me', base: '172k', note: ' Asked ' })
    expect(entry).toEqual({
      ok: true,
      value: { date: '2026-11-22', side: 'me', base: 172000, note: 'Asked' },
    })
    const history = [
      { date: '2026-11-20', side: 'them' as const, note: 'Offer' },
      { date: '2026-11-25', side: 'them' as const, note: 'Counter' },
    ]
    if (!entry.ok) throw new Error('not read')
    expect(withEntry(history, entry.value).map((h) => h.date)).toEqual([
      '2026-11-20',
      '2026-11-22',
      '2026-11-25',
    ])
    expect(readEntry({ date: '', side: 'them', base: 'lots', note: '' })).toMatchObject({
      ok: false,
      errors: { entryDate: 'Date of the step is required, e.g. 2026-11-20.' },
    })
  })

  it('refuses an exit name already used', () => {
    expect(readExit({ ...EMPTY_EXTRAS, exit: { name: 'Preferred', price: '3' } })).toEqual({
      ok: false,
      errors: { exitName: 'Exit scenario name “Preferred” is already used.' },
    })
  })
})

describe('a saved offer and the draft', () => {
  it('gives back what it reads', () => {
    const offer = sampleOffer({
      deadline: '2026-12-04',
      espp: { percent: 10, discount: 15, lookback: false },
      refresh: { amount: 40000, everyYears: 1, vestYears: 4 },
    })
    const text = extrasTextFor(offer)
    expect(readExtras(text).value).toEqual({
      deadline: '2026-12-04',
      espp: offer.espp,
      refresh: offer.refresh,
    })
    expect(fromExtrasDraft({ forId: 'seattle', text })).toEqual({ forId: 'seattle', text })
    expect(fromExtrasDraft({ text: { history: [{ date: 'soon' }], equityKind: 'shares' } })).toEqual({
      forId: null,
      text: EMPTY_EXTRAS,
    })
  })
})
