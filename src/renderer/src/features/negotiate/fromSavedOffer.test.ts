import { describe, expect, it } from 'vitest'
import { AUSTIN, SAN_FRANCISCO, SEATTLE, sampleOffer } from '../../../../../test/fixtures/offers'
import {
  alternativeSentence,
  alternativeShown,
  bonusDollars,
  filledSentence,
  offerShown,
  savedOfferName,
  savedOfferPrefill,
  savedOfferTotal,
  stockPerYear,
} from './fromSavedOffer'
import {
  INITIAL_NEGOTIATE_FORM,
  initialNegotiateForm,
  negotiateFormReducer,
  readNegotiateForm,
} from './negotiateForm'

/** Odd figures, to pin the rounding to the dollar. */
const ODD = sampleOffer({
  id: 'odd',
  label: 'Odd',
  company: '',
  location: 'Boise, ID',
  years: null,
  base: 123457,
  bonus: { kind: 'percent', value: 10 },
  equity: { total: 100000, years: 3, schedule: { kind: 'even' } },
  signon: { amount: 10001, paid: 'split' },
})

describe('savedOfferPrefill', () => {
  it('turns a percentage bonus into dollars of base and the grant into its average year', () => {
    expect(savedOfferPrefill(SEATTLE)).toEqual({
      title: 'Software Developer',
      location: 'Seattle, WA',
      soc: null,
      areaCode: null,
      years: 5,
      base: 165000,
      bonus: 16500,
      stock: 50000,
      signon: 30000,
    })
  })

  it('keeps a bonus in dollars, and a split sign-on whole', () => {
    expect(savedOfferPrefill(SAN_FRANCISCO)).toMatchObject({ bonus: 20000, stock: 80000, signon: 20000 })
    expect(savedOfferPrefill(AUSTIN)).toMatchObject({ bonus: 14000, stock: 20000, signon: 0 })
  })

  it('rounds bonus and stock per year to the dollar, and keeps unknown years unknown', () => {
    expect(bonusDollars(ODD)).toBe(12346)
    expect(stockPerYear(ODD)).toBe(33333)
    expect(savedOfferPrefill(ODD)).toMatchObject({ years: null, bonus: 12346, stock: 33333, signon: 10001 })
  })

  it('fills the calculator so it sends the same figures', () => {
    const state = initialNegotiateForm(savedOfferPrefill(SEATTLE))
    expect(state.fields).toMatchObject({
      title: 'Software Developer',
      location: 'Seattle, WA',
      years: '5',
      base: '165000',
      bonus: '16500',
      stock: '50000',
      signon: '30000',
    })
    expect(readNegotiateForm(state).request).toMatchObject({
      base: 165000,
      bonus: 16500,
      stock: 50000,
      signon: 30000,
      years: 5,
    })
    // No sign-on leaves the field empty, as a typed offer without one would.
    expect(initialNegotiateForm(savedOfferPrefill(AUSTIN)).fields.signon).toBe('')
  })
})

describe('savedOfferTotal', () => {
  it('is base + bonus + stock per year + sign-on ÷ 4, to the dollar', () => {
    expect(savedOfferTotal(SEATTLE)).toBe(165000 + 16500 + 50000 + 7500)
    expect(savedOfferTotal(SAN_FRANCISCO)).toBe(185000 + 20000 + 80000 + 5000)
    expect(savedOfferTotal(AUSTIN)).toBe(140000 + 14000 + 20000)
    // 123,457 + 12,346 + 33,333 + 2,500.25
    expect(savedOfferTotal(ODD)).toBe(171636)
  })
})

describe('which saved offer the form shows', () => {
  const saved = [SEATTLE, SAN_FRANCISCO, AUSTIN]

  it('finds the offer whose figures fill the form, until one of them is edited', () => {
    const filled = negotiateFormReducer(INITIAL_NEGOTIATE_FORM, {
      type: 'fillOffer',
      prefill: savedOfferPrefill(SAN_FRANCISCO),
    })
    expect(offerShown(filled.fields, saved)).toBe(SAN_FRANCISCO)
    const edited = negotiateFormReducer(filled, { type: 'edit', field: 'base', text: '190000' })
    expect(offerShown(edited.fields, saved)).toBeNull()
    expect(offerShown(INITIAL_NEGOTIATE_FORM.fields, saved)).toBeNull()
  })

  it('finds the offer whose total the alternative field holds', () => {
    const fields = { ...INITIAL_NEGOTIATE_FORM.fields, alternative: '290000' }
    expect(alternativeShown(fields, saved)).toBe(SAN_FRANCISCO)
    expect(alternativeShown({ ...fields, alternative: '290001' }, saved)).toBeNull()
    expect(alternativeShown(INITIAL_NEGOTIATE_FORM.fields, saved)).toBeNull()
  })
})

describe('what the form says', () => {
  it('names the offer and what was filled in', () => {
    expect(savedOfferName(SEATTLE)).toBe('Seattle (Northwind, Seattle, WA)')
    expect(savedOfferName(ODD)).toBe('Odd (Boise, ID)')
    expect(filledSentence(SEATTLE)).toBe(
      'Filled in Seattle (Northwind, Seattle, WA): Software Developer, base $165,000, bonus $16,500, stock $50,000 a year, sign-on $30,000. Your terms are unchanged.',
    )
    expect(filledSentence(AUSTIN)).toContain('stock $20,000 a year. Your terms')
    expect(alternativeSentence(SAN_FRANCISCO)).toBe(
      'Best alternative offer set to $290,000 a year, the total pay of San Francisco (Contoso, San Francisco, CA).',
    )
  })
})
