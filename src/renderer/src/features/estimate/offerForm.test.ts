import { describe, expect, it } from 'vitest'
import {
  fromOfferDraft,
  INITIAL_OFFER_FORM,
  offerFormReducer,
  readOfferForm,
  toOfferDraft,
  visibleErrors,
  type OfferFormAction,
  type OfferFormState,
} from './offerForm'

function apply(...actions: OfferFormAction[]): OfferFormState {
  return actions.reduce(offerFormReducer, INITIAL_OFFER_FORM)
}

const filled = apply(
  { type: 'edit', field: 'title', text: 'Software engineer' },
  { type: 'edit', field: 'location', text: 'Seattle, WA' },
  { type: 'edit', field: 'base', text: '$150,000' },
  { type: 'edit', field: 'bonus', text: '15k' },
)

describe('readOfferForm', () => {
  it('builds the estimate request from typed text', () => {
    expect(readOfferForm(filled)).toEqual({
      errors: {},
      request: {
        title: 'Software engineer',
        location: 'Seattle, WA',
        years: null,
        base: 150000,
        bonus: 15000,
        stock: 0,
        signon: 0,
      },
      notes: {},
    })
  })

  it('adds the picked occupation and area', () => {
    const picked = offerFormReducer(offerFormReducer(filled, { type: 'pickOccupation', soc: '15-1251' }), {
      type: 'pickLocation',
      label: 'Portland, OR',
      areaCode: '38900',
    })
    expect(readOfferForm(picked).request).toMatchObject({
      soc: '15-1251',
      areaCode: '38900',
      location: 'Portland, OR',
    })
  })

  it('names each bad field and sends nothing', () => {
    const bad = apply(
      { type: 'edit', field: 'years', text: 'lots' },
      { type: 'edit', field: 'base', text: '-5' },
      { type: 'edit', field: 'bonus', text: 'ten' },
      { type: 'edit', field: 'stock', text: '20000000' },
      { type: 'edit', field: 'signon', text: '5k' },
    )
    const { errors, request } = readOfferForm(bad)
    expect(request).toBeNull()
    expect(errors.years).toMatch(/^Years of experience must be a number/)
    expect(errors.base).toBe('Base salary cannot be negative.')
    expect(errors.bonus).toMatch(/^Annual bonus must be a number of US dollars/)
    expect(errors.stock).toMatch(/^Stock per year must be at most \$10,000,000/)
    expect(errors.signon).toBeUndefined()
    expect(errors.title).toMatch(/^Job title is required/)
    expect(errors.location).toMatch(/^Location is required/)
  })
})

describe('visibleErrors', () => {
  it('hides messages for empty fields the user has not reached yet', () => {
    const state = apply({ type: 'edit', field: 'bonus', text: 'x' })
    const shown = visibleErrors(state, readOfferForm(state).errors)
    expect(Object.keys(shown)).toEqual(['bonus'])
  })

  it('shows a required message once the user cleared or left the field', () => {
    const cleared = offerFormReducer(filled, { type: 'edit', field: 'base', text: '' })
    expect(visibleErrors(cleared, readOfferForm(cleared).errors).base).toMatch(/^Base salary is required/)
    const left = apply({ type: 'leave', field: 'title' })
    expect(visibleErrors(left, readOfferForm(left).errors).title).toMatch(/^Job title is required/)
  })
})

describe('offerFormReducer', () => {
  it('forgets a picked occupation when the title changes, and a picked area when the location changes', () => {
    let state = offerFormReducer(filled, { type: 'pickOccupation', soc: '15-1251' })
    state = offerFormReducer(state, { type: 'pickLocation', label: 'Seattle, WA', areaCode: '42660' })
    state = offerFormReducer(state, { type: 'edit', field: 'base', text: '160000' })
    expect([state.soc, state.areaCode]).toEqual(['15-1251', '42660'])
    state = offerFormReducer(state, { type: 'edit', field: 'title', text: 'Programmer' })
    expect(state.soc).toBeNull()
    state = offerFormReducer(state, { type: 'edit', field: 'location', text: 'Tacoma' })
    expect(state.areaCode).toBeNull()
  })

  it('restores a draft only before the user has typed', () => {
    const draft = { fields: { ...filled.fields, title: 'Data scientist' }, soc: null, areaCode: null }
    expect(offerFormReducer(INITIAL_OFFER_FORM, { type: 'restore', draft }).fields.title).toBe(
      'Data scientist',
    )
    expect(offerFormReducer(filled, { type: 'restore', draft }).fields.title).toBe('Software engineer')
  })
})

describe('offer drafts', () => {
  it('round-trip the raw text and picks', () => {
    const state = offerFormReducer(filled, { type: 'pickOccupation', soc: '15-1252' })
    expect(fromOfferDraft(JSON.parse(JSON.stringify(toOfferDraft(state))))).toEqual(toOfferDraft(state))
  })

  it('read damaged or foreign records safely', () => {
    expect(fromOfferDraft(null)).toBeNull()
    expect(fromOfferDraft('text')).toBeNull()
    expect(fromOfferDraft({ fields: { title: 7, base: '100k', extra: 'x' }, soc: 3 })).toEqual({
      fields: { title: '', location: '', years: '', base: '100k', bonus: '', stock: '', signon: '' },
      soc: null,
      areaCode: null,
    })
  })
})
