import { describe, expect, it } from 'vitest'
import {
  fromNegotiateDraft,
  INITIAL_NEGOTIATE_FORM,
  initialNegotiateForm,
  negotiateFieldOf,
  negotiateFormReducer,
  negotiatePrefillFrom,
  readNegotiateForm,
  toNegotiateDraft,
  visibleNegotiateErrors,
  type NegotiateFormAction,
  type NegotiateFormState,
  type NegotiatePrefill,
} from './negotiateForm'

/** A prefill as another view hands it over (the route map types it): the offer's text, nothing picked. */
function prefillOf(offer: { title: string; location: string; base: number }): NegotiatePrefill {
  return { ...offer, soc: null, areaCode: null, years: null, bonus: 0, stock: 0, signon: 0 }
}

function typed(values: Partial<Record<string, string>>, state = INITIAL_NEGOTIATE_FORM): NegotiateFormState {
  return Object.entries(values).reduce(
    (current, [field, text]) =>
      negotiateFormReducer(current, { type: 'edit', field, text } as NegotiateFormAction),
    state,
  )
}

const OFFER = { title: 'Software engineer', location: 'Seattle, WA', base: '150k' }
const withPercentile = negotiateFormReducer(INITIAL_NEGOTIATE_FORM, {
  type: 'setTargetKind',
  kind: 'percentile',
})

describe('readNegotiateForm', () => {
  it("reads a complete form into a request with Worth's own target (no target sent) by default", () => {
    const { errors, request } = readNegotiateForm(
      typed({ ...OFFER, years: '5', bonus: '15,000', stock: '$40,000', signon: '20000' }),
    )
    expect(INITIAL_NEGOTIATE_FORM.targetKind).toBe('worth')
    expect(errors).toEqual({})
    expect(request).toEqual({
      title: 'Software engineer',
      location: 'Seattle, WA',
      years: 5,
      base: 150000,
      bonus: 15000,
      stock: 40000,
      signon: 20000,
      filing: 'single',
      remote: false,
    })
    // The percentile field is not read while Worth's target is chosen.
    expect(readNegotiateForm(typed({ ...OFFER, targetPercentile: 'junk' })).errors).toEqual({})
  })

  it('sends a market percentile when the user chooses one (75 by default)', () => {
    expect(readNegotiateForm(typed(OFFER, withPercentile)).request?.target).toEqual({
      kind: 'percentile',
      value: 75,
    })
  })

  it('sends the optional terms only when they are given, and the picks', () => {
    const terms = { ask: '187,350', alternative: '205k', walkaway: '190000', currentLocation: ' Boise, ID ' }
    let state = typed({ ...OFFER, ...terms })
    state = negotiateFormReducer(state, { type: 'pickLocation', label: 'Seattle, WA', areaCode: '42660' })
    state = negotiateFormReducer(state, { type: 'setFiling', filing: 'joint' })
    state = negotiateFormReducer(state, { type: 'setRemote', remote: true })
    expect(readNegotiateForm(state).request).toMatchObject({
      areaCode: '42660',
      ask: 187350,
      alternative: 205000,
      walkaway: 190000,
      filing: 'joint',
      remote: true,
      currentLocation: 'Boise, ID',
    })
  })

  it('reads a take-home target when that kind is chosen', () => {
    let state = typed({ ...OFFER, targetTakeHome: '140k' })
    state = negotiateFormReducer(state, { type: 'setTargetKind', kind: 'takeHome' })
    expect(readNegotiateForm(state).request?.target).toEqual({ kind: 'takeHome', value: 140000 })
    expect(readNegotiateForm(typed({ targetTakeHome: '' }, state)).errors.targetTakeHome).toMatch(
      /^Target take-home pay is required/,
    )
  })

  it.each([
    ['targetPercentile', '0', /^Target percentile must be a number from 1 to 99/],
    ['targetPercentile', '120', /^Target percentile must be a number from 1 to 99/],
    ['targetPercentile', 'high', /^Target percentile must be a number from 1 to 99/],
    ['targetPercentile', '', /^Target percentile is required/],
    ['ask', '-5', /^Your ask cannot be negative/],
    ['ask', 'lots', /^Your ask must be a number of US dollars/],
    ['alternative', '0', /^Best alternative offer must be more than \$0; leave it empty/],
    ['walkaway', '99999999', /^Walk-away total must be at most \$10,000,000/],
    ['years', 'many', /^Years of experience must be a number of years/],
    ['base', '', /^Base salary is required/],
    ['bonus', 'ten grand', /^Annual bonus must be a number of US dollars/],
  ])('names the field in its message: %s = "%s"', (field, text, message) => {
    const { errors, request } = readNegotiateForm(typed({ ...OFFER, [field]: text }, withPercentile))
    expect(errors[field as keyof typeof errors]).toMatch(message)
    expect(request).toBeNull()
  })

  it('accepts "75th" as a percentile and ignores the take-home field while the percentile is chosen', () => {
    const { request } = readNegotiateForm(
      typed({ ...OFFER, targetPercentile: '75th', targetTakeHome: 'junk' }, withPercentile),
    )
    expect(request?.target).toEqual({ kind: 'percentile', value: 75 })
  })
})

describe('visibleNegotiateErrors', () => {
  it('shows a message once the field is touched or holds text', () => {
    const state = typed({ title: 'Nurse' })
    const shown = visibleNegotiateErrors(state, readNegotiateForm(state).errors)
    expect(Object.keys(shown)).toEqual([])
    const left = negotiateFormReducer(state, { type: 'leave', field: 'location' })
    expect(visibleNegotiateErrors(left, readNegotiateForm(left).errors).location).toMatch(
      /^Location is required/,
    )
  })
})

describe('negotiateFormReducer', () => {
  it('drops a picked area when the location text changes, and the occupation when the title changes', () => {
    const prefilled = initialNegotiateForm({
      ...prefillOf({ title: 'SWE', location: 'Portland', base: 1 }),
      soc: '15-1252',
      areaCode: '38900',
    })
    expect(prefilled.soc).toBe('15-1252')
    const edited = typed({ title: 'Software engineer', location: 'Portland, ME' }, prefilled)
    expect(edited.soc).toBeNull()
    expect(edited.areaCode).toBeNull()
  })

  it('restores a draft into an untouched form, and ignores it once the user has typed', () => {
    const draft = toNegotiateDraft(typed({ ...OFFER, walkaway: '190000' }))
    const restored = negotiateFormReducer(INITIAL_NEGOTIATE_FORM, { type: 'restore', draft })
    expect(restored.fields.walkaway).toBe('190000')
    const typedFirst = typed({ title: 'Nurse' })
    expect(negotiateFormReducer(typedFirst, { type: 'restore', draft })).toBe(typedFirst)
  })

  it('after a prefill, takes only the user’s own terms from the draft', () => {
    const draft = toNegotiateDraft(
      negotiateFormReducer(
        typed({ title: 'Nurse', base: '90000', ask: '99000', walkaway: '95000', targetPercentile: '60' }),
        {
          type: 'setFiling',
          filing: 'hoh',
        },
      ),
    )
    const prefilled = initialNegotiateForm(
      prefillOf({ title: 'Software engineer', location: 'Seattle, WA', base: 150000 }),
    )
    const state = negotiateFormReducer(prefilled, { type: 'restore', draft })
    expect(state.fields).toMatchObject({
      title: 'Software engineer',
      base: '150000',
      ask: '',
      walkaway: '95000',
      targetPercentile: '60',
    })
    expect(state.filing).toBe('hoh')
  })
})

describe('fromNegotiateDraft', () => {
  it('reads a stored draft defensively', () => {
    expect(fromNegotiateDraft(null)).toBeNull()
    expect(fromNegotiateDraft('x')).toBeNull()
    const draft = fromNegotiateDraft({
      fields: { title: 'Nurse', base: 5, walkaway: '90000' },
      targetKind: 'takeHome',
      filing: 'bogus',
      remote: 'yes',
      soc: 'not-a-soc',
      areaCode: '42660',
    })
    expect(draft).toMatchObject({
      targetKind: 'takeHome',
      filing: 'single',
      remote: false,
      soc: null,
      areaCode: '42660',
    })
    expect(draft?.fields).toMatchObject({
      title: 'Nurse',
      base: '',
      walkaway: '90000',
      targetPercentile: '75',
    })
  })

  it("moves a draft from before Worth's own target with the untouched 75 to it, and keeps a chosen percentile", () => {
    expect(
      fromNegotiateDraft({ fields: { targetPercentile: '75' }, targetKind: 'percentile' })?.targetKind,
    ).toBe('worth')
    expect(
      fromNegotiateDraft({ fields: { targetPercentile: '60' }, targetKind: 'percentile' })?.targetKind,
    ).toBe('percentile')
    expect(fromNegotiateDraft({ fields: {}, targetKind: 'worth' })?.targetKind).toBe('worth')
  })
})

describe('negotiatePrefillFrom', () => {
  it('makes a prefill from the offer view’s estimate request and fills the form with it', () => {
    const request = { title: 'SWE', location: 'Seattle, WA', base: 150000, bonus: 15000, years: null }
    const prefill = negotiatePrefillFrom(request)
    // Nothing picked, no stock or sign-on: the request's text and pay as they were.
    expect(prefill).toEqual({ ...prefillOf(request), bonus: 15000 })
    expect(initialNegotiateForm(prefill).fields).toMatchObject({
      base: '150000',
      bonus: '15000',
      stock: '',
      years: '',
    })
    expect(readNegotiateForm(initialNegotiateForm(prefill)).request).toMatchObject({
      base: 150000,
      bonus: 15000,
    })
  })
})

describe('negotiateFieldOf', () => {
  it.each([
    ['base', 'percentile', 'base'],
    ['target', 'percentile', 'targetPercentile'],
    ['target.value', 'takeHome', 'targetTakeHome'],
    ['somethingElse', 'percentile', null],
    [undefined, 'percentile', null],
  ] as const)('maps a backend error on %s (target %s) to the field on screen, %s', (field, kind, shown) => {
    expect(negotiateFieldOf(field, kind)).toBe(shown)
  })
})

describe('a prefill with an alternative, and a saved offer picked in the form', () => {
  const FROM_COMPARE: NegotiatePrefill = {
    ...prefillOf({ title: 'Software Developer', location: 'Seattle, WA', base: 165000 }),
    bonus: 16500,
    stock: 50000,
    signon: 30000,
    alternative: 290000,
  }

  it('fills the alternative, and keeps it over the draft’s while taking the other terms', () => {
    const prefilled = initialNegotiateForm(FROM_COMPARE)
    expect(prefilled.fields.alternative).toBe('290000')
    expect(readNegotiateForm(prefilled).request?.alternative).toBe(290000)
    const draft = toNegotiateDraft(typed({ ...OFFER, alternative: '180000', walkaway: '200000' }))
    const restored = negotiateFormReducer(prefilled, { type: 'restore', draft })
    expect(restored.fields).toMatchObject({ alternative: '290000', walkaway: '200000', base: '165000' })
    // Without one handed over, the draft's alternative is the user's own term and comes back.
    const plain = initialNegotiateForm({ ...FROM_COMPARE, alternative: undefined })
    expect(negotiateFormReducer(plain, { type: 'restore', draft }).fields.alternative).toBe('180000')
  })

  it('replaces the offer’s fields and its picks, keeps the user’s terms, and outlasts a late draft', () => {
    const terms = { ask: '210000', alternative: '250000', walkaway: '190000', currentLocation: 'Boise, ID' }
    const before = typed({ ...OFFER, years: '12', ...terms })
    const fill: NegotiateFormAction = {
      type: 'fillOffer',
      prefill: {
        title: 'Registered Nurse',
        location: 'Austin, TX',
        soc: null,
        areaCode: null,
        years: null,
        base: 90000,
        bonus: 0,
        stock: 0,
        signon: 5000,
      },
    }
    const picked = negotiateFormReducer({ ...before, soc: '15-1252', areaCode: '42660' }, fill)
    expect(picked.fields).toMatchObject({
      title: 'Registered Nurse',
      location: 'Austin, TX',
      years: '',
      base: '90000',
      bonus: '',
      stock: '',
      signon: '5000',
      ...terms,
    })
    expect(picked.soc).toBeNull()
    expect(picked.areaCode).toBeNull()
    // Picked before the draft was read: the draft, read late, changes nothing.
    const early = negotiateFormReducer(INITIAL_NEGOTIATE_FORM, fill)
    expect(early.edited).toBe(true)
    const draft = toNegotiateDraft(typed({ title: 'Nurse', walkaway: '80000' }))
    expect(negotiateFormReducer(early, { type: 'restore', draft })).toBe(early)
  })
})
