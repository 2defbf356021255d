import { describe, expect, it } from 'vitest'
import { AUSTIN, SAN_FRANCISCO, SEATTLE } from '../../../../../test/fixtures/offers'
import type { Offer } from '../../../../shared/offer'
import {
  buildOffer,
  carriedOver,
  EMPTY_EDITOR,
  editorTextFor,
  editorTextFromPrefill,
  fromEditorDraft,
  readCustomPercents,
  readEditor,
  type EditorText,
} from './offerEditor'
import { minimalEditorText } from '../../test/editorText'

const filled: EditorText = minimalEditorText()

describe('readEditor', () => {
  it('reads a minimal offer with every optional field as zero or none', () => {
    expect(readEditor(filled)).toEqual({
      errors: {},
      content: {
        label: 'Seattle',
        company: '',
        title: 'Software Developer',
        location: 'Seattle, WA',
        years: null,
        base: 165000,
        bonus: { kind: 'amount', value: 0 },
        equity: { total: 0, years: 4, schedule: { kind: 'even' } },
        signon: { amount: 0, paid: 'year1' },
        relocation: 0,
        match401k: { matchPercent: 0, upToPercent: 0 },
        raisePercent: 0,
        notes: '',
      },
    })
  })

  it('names every field it cannot use, and never yields NaN', () => {
    const reading = readEditor({
      ...EMPTY_EDITOR,
      years: 'five',
      base: '-1',
      bonus: 'abc',
      equityTotal: '1e9',
      equityYears: '0',
      relocation: '20000000',
      matchPercent: '50%%',
      matchUpTo: '150',
      raisePercent: 'NaN',
    })
    expect(reading.content).toBeNull()
    expect(reading.errors).toEqual({
      label: "Offer name is required, e.g. Seattle or the company's name.",
      title: 'Job title is required, e.g. Software Developer.',
      location: 'Location is required: the city you would live in, e.g. Seattle, WA.',
      years: 'Years of experience must be a number of years, e.g. 5.',
      base: 'Base salary cannot be negative.',
      bonus: 'Annual bonus must be a number of US dollars, e.g. 20000 or 20k.',
      equityTotal: 'Equity grant (total value) must be a number of US dollars, e.g. 20000 or 20k.',
      equityYears: 'Vesting years must be a whole number from 1 to 10.',
      relocation: 'Relocation must be at most $10,000,000.',
      matchPercent: '401(k) match (%) must be a percentage, e.g. 5 or 2.5.',
      matchUpTo: 'Match up to (% of base) must be from 0% to 100%.',
      raisePercent: 'Annual raise (%) must be a percentage, e.g. 5 or 2.5.',
    })
  })

  it('reads a bonus as a percentage of base when asked', () => {
    const reading = readEditor({ ...filled, bonusKind: 'percent', bonus: '12.5%' })
    expect(reading.content?.bonus).toEqual({ kind: 'percent', value: 12.5 })
    expect(readEditor({ ...filled, bonusKind: 'percent', bonus: '600' }).errors.bonus).toBe(
      'Annual bonus must be from 0% to 500%.',
    )
  })

  it('reads a cliff schedule and refuses a cliff longer than the grant', () => {
    const cliff = {
      ...filled,
      equityTotal: '200k',
      schedule: 'cliff',
      cliffMonths: '12',
      cliffThen: 'quarterly',
    }
    expect(readEditor(cliff).content?.equity).toEqual({
      total: 200000,
      years: 4,
      schedule: { kind: 'cliff', cliffMonths: 12, then: 'quarterly' },
    })
    expect(readEditor({ ...cliff, equityYears: '1', cliffMonths: '18' }).errors.cliffMonths).toBe(
      'Cliff (months) cannot be longer than the 12 months the grant vests over.',
    )
  })

  it('requires a base above zero', () => {
    expect(readEditor({ ...filled, base: '0' }).errors.base).toBe('Base salary must be more than $0.')
    expect(readEditor({ ...filled, base: '' }).errors.base).toMatch(/^Base salary is required/)
  })
})

describe('readCustomPercents', () => {
  it('reads dashes, commas or spaces', () => {
    expect(readCustomPercents('5-15-40-40', 4)).toEqual({ ok: true, value: [5, 15, 40, 40] })
    expect(readCustomPercents(' 25, 25, 25 ,25 ', 4)).toEqual({ ok: true, value: [25, 25, 25, 25] })
    expect(readCustomPercents('33.4 33.3 33.3', 3)).toEqual({ ok: true, value: [33.4, 33.3, 33.3] })
  })

  it('says what is wrong', () => {
    expect(readCustomPercents('', 4)).toEqual({
      ok: false,
      message: 'Percent vesting each year is required for a custom schedule, e.g. 5-15-40-40.',
    })
    expect(readCustomPercents('10-20-30-30', 4)).toEqual({
      ok: false,
      message: 'Percent vesting each year must add up to 100; they add up to 90.',
    })
    expect(readCustomPercents('50-50', 4)).toEqual({
      ok: false,
      message: 'Percent vesting each year needs one percentage for each of the 4 vesting years; it has 2.',
    })
    expect(readCustomPercents('5-x-40-40', 4).ok).toBe(false)
  })
})

describe('saved offers in the editor', () => {
  it('reads a saved offer’s text back to the same offer', () => {
    for (const offer of [SEATTLE, SAN_FRANCISCO, AUSTIN]) {
      const reading = readEditor(editorTextFor(offer))
      expect(reading.errors).toEqual({})
      const built = buildOffer(
        reading.content!,
        { id: offer.id, createdAt: offer.createdAt },
        new Date(offer.updatedAt),
      )
      expect(built).toEqual({ ok: true, offer })
    }
  })

  it('stamps a new offer with its creation time', () => {
    const now = new Date('2026-11-28T15:00:00.000Z')
    const built = buildOffer(readEditor(filled).content!, { id: 'x', createdAt: null }, now)
    expect(built.ok && built.offer.createdAt).toBe(now.toISOString())
  })
})

describe('Save to my offers', () => {
  it('turns stock per year into a 4-year grant vesting evenly', () => {
    const text = editorTextFromPrefill({
      title: 'SRE',
      location: 'Austin, TX',
      years: null,
      base: 150000,
      bonus: 10000,
      stock: 25000,
      signon: 0,
    })
    expect(text).toMatchObject({
      label: 'Austin, TX',
      title: 'SRE',
      base: '150000',
      bonus: '10000',
      equityTotal: '100000',
      equityYears: '4',
      schedule: 'even',
      signon: '',
      years: '',
    })
  })
})

describe('fromEditorDraft', () => {
  it('keeps good text and drops anything of the wrong shape', () => {
    expect(fromEditorDraft(null)).toBeNull()
    expect(
      fromEditorDraft({
        text: { label: 'A', base: 5, schedule: 'weekly', bonusKind: 'percent' },
        editingId: 'x',
      }),
    ).toEqual({
      text: { ...EMPTY_EDITOR, label: 'A', bonusKind: 'percent' },
      editingId: 'x',
      createdAt: null,
      basedOn: null,
    })
    expect(fromEditorDraft({ text: {}, editingId: 'x', basedOn: '2026-11-28T10:00:00.000Z' })?.basedOn).toBe(
      '2026-11-28T10:00:00.000Z',
    )
  })
})

describe('editing an offer that has what the editor does not edit', () => {
  const startup: Offer = {
    ...SEATTLE,
    id: 'startup',
    equity: {
      kind: 'options',
      shares: 40000,
      strike: 1.2,
      fmv: 1.5,
      exercise: 'nso',
      years: 4,
      schedule: { kind: 'cliff', cliffMonths: 12, then: 'monthly' },
      exitScenarios: [{ name: '409A', pricePerShare: 1.5 }],
    },
    refresh: { amount: 40000, everyYears: 1, vestYears: 4 },
    espp: { percent: 10, discount: 15, lookback: false },
    benefits: { healthPremium: 2400, hsaEmployer: 500 },
    deadline: '2026-12-03',
    history: [{ date: '2026-11-20', side: 'them', base: 150000, note: 'Written offer' }],
  }

  it('keeps the options grant, refreshers, ESPP, benefits, deadline and history when saving an edit', () => {
    const text = { ...editorTextFor(startup), base: '190k' }
    const built = buildOffer(
      readEditor(text).content!,
      { id: startup.id, createdAt: startup.createdAt },
      new Date(startup.updatedAt),
      carriedOver(startup),
    )
    expect(built).toEqual({ ok: true, offer: { ...startup, base: 190000 } })
  })

  it('carries nothing over for a new offer or a plain one', () => {
    expect(carriedOver(null)).toEqual({})
    expect(carriedOver(SEATTLE)).toEqual({})
  })
})
