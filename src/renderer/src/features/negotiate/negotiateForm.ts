// The counter-offer calculator's form: its state, the actions on it, reading the typed text into a negotiate
// request (with a message naming the field for anything that cannot be used), the draft kept on this computer,
// and the prefill another view hands over ("Negotiate this offer" in My offer or Compare) or a saved offer picked
// in the form. Pure: components and hooks only call these.
import { isRoleFieldsAction, roleFieldsReducer } from '../../lib/roleFields'
import { AREA_CODE, SOC_CODE } from '../../../../shared/codes'
import type { NegotiateInput } from '../../../../shared/contract'
import { checkAmount, checkYears, FIELD_LABELS, MAX_AMOUNT } from '../../../../shared/fields'
import { readPay } from '../../../../shared/pay'
import {
  draftAnything,
  draftChoice,
  draftFields,
  draftFlag,
  draftObject,
  draftPick,
  readDraft,
} from '../../lib/draftSchema'
import { EMPTY_FIELDS } from '../estimate/offerForm'
import type { NegotiatePrefill } from './prefill'

export { negotiatePrefillFrom, type NegotiatePrefill } from './prefill'

export const NEGOTIATE_TEXT_LIMIT = 200
export const DEFAULT_TARGET_PERCENTILE = 75

export const NEGOTIATE_FIELDS = [
  'title',
  'location',
  'years',
  'base',
  'bonus',
  'stock',
  'signon',
  'targetPercentile',
  'targetTakeHome',
  'ask',
  'alternative',
  'walkaway',
  'currentLocation',
] as const
export type NegotiateField = (typeof NEGOTIATE_FIELDS)[number]

export const NEGOTIATE_LABELS: Record<NegotiateField, string> = {
  ...FIELD_LABELS,
  targetPercentile: 'Target percentile',
  targetTakeHome: 'Target take-home pay',
  ask: 'Your ask',
  alternative: 'Best alternative offer',
  walkaway: 'Walk-away total',
  currentLocation: 'Where you live now',
}

/**
 * 'worth': Worth's own target (the upper part of pay at the person's level, or the whole market's 75th percentile
 * without years); 'percentile': a market percentile the user chose; 'takeHome': a take-home amount.
 */
export type TargetKind = 'worth' | 'percentile' | 'takeHome'
export type Filing = 'single' | 'joint' | 'hoh'

export const FILING_LABELS: Record<Filing, string> = {
  single: 'Single',
  joint: 'Married filing jointly',
  hoh: 'Head of household',
}

export type NegotiateFormText = Record<NegotiateField, string>

export interface NegotiateFormState {
  fields: NegotiateFormText
  targetKind: TargetKind
  filing: Filing
  remote: boolean
  /** The occupation and area chosen in the offer view (or picked here); dropped when the text changes. */
  soc: string | null
  areaCode: string | null
  touched: Partial<Record<NegotiateField, true>>
  /** True once the user has typed or picked anything: a late-loading draft then changes nothing. */
  edited: boolean
  /** True when the offer's fields came from the offer view: a draft then only fills the user's own terms. */
  prefilled: boolean
}

/** The offer's fields as empty as My offer's; the user's own terms start from Worth's defaults. */
export const EMPTY_NEGOTIATE_FIELDS: NegotiateFormText = {
  ...EMPTY_FIELDS,
  targetPercentile: String(DEFAULT_TARGET_PERCENTILE),
  targetTakeHome: '',
  ask: '',
  alternative: '',
  walkaway: '',
  currentLocation: '',
}

export const INITIAL_NEGOTIATE_FORM: NegotiateFormState = {
  fields: EMPTY_NEGOTIATE_FIELDS,
  targetKind: 'worth',
  filing: 'single',
  remote: false,
  soc: null,
  areaCode: null,
  touched: {},
  edited: false,
  prefilled: false,
}

/** What another view hands over when the user clicks "Negotiate this offer" (My offer, Compare). */
/** The form fields that describe the offer itself (the rest are the user's own terms). */
export const OFFER_FIELDS = ['title', 'location', 'years', 'base', 'bonus', 'stock', 'signon'] as const
export type OfferField = (typeof OFFER_FIELDS)[number]

/** What is kept on this computer while the user types: the raw text and the choices, nothing derived. */
export type NegotiateDraft = Pick<
  NegotiateFormState,
  'fields' | 'targetKind' | 'filing' | 'remote' | 'soc' | 'areaCode'
>

export type NegotiateFormAction =
  | { type: 'edit'; field: NegotiateField; text: string }
  | { type: 'leave'; field: NegotiateField }
  | { type: 'pickTitle'; title: string }
  | { type: 'pickLocation'; label: string; areaCode: string | null }
  | { type: 'setTargetKind'; kind: TargetKind }
  | { type: 'setFiling'; filing: Filing }
  | { type: 'setRemote'; remote: boolean }
  | { type: 'restore'; draft: NegotiateDraft }
  /** A saved offer picked in the form: its fields replace the offer's; the user's own terms stay. */
  | { type: 'fillOffer'; prefill: NegotiatePrefill }

/** The user's own terms: kept from a draft even when the offer itself comes from the offer view. */
const OWN_TERMS: readonly NegotiateField[] = [
  'targetPercentile',
  'targetTakeHome',
  'alternative',
  'walkaway',
  'currentLocation',
]

const amountText = (value: number | null | undefined): string =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? String(value) : ''

/** The text a prefill puts in the offer's fields (an amount of $0 or none leaves its field empty). */
export function prefillFields(prefill: NegotiatePrefill): Pick<NegotiateFormText, OfferField> {
  return {
    title: prefill.title,
    location: prefill.location,
    years: prefill.years === null ? '' : String(prefill.years),
    base: amountText(prefill.base),
    bonus: amountText(prefill.bonus),
    stock: amountText(prefill.stock),
    signon: amountText(prefill.signon),
  }
}

/** True when the offer's fields hold exactly what the prefill would put there. */
export function showsPrefill(fields: NegotiateFormText, prefill: NegotiatePrefill): boolean {
  const expected = prefillFields(prefill)
  return OFFER_FIELDS.every((field) => fields[field] === expected[field])
}

export function initialNegotiateForm(prefill: NegotiatePrefill | null | undefined): NegotiateFormState {
  if (!prefill) return INITIAL_NEGOTIATE_FORM
  return {
    ...INITIAL_NEGOTIATE_FORM,
    fields: {
      ...EMPTY_NEGOTIATE_FIELDS,
      ...prefillFields(prefill),
      alternative: amountText(prefill.alternative),
    },
    soc: prefill.soc,
    areaCode: prefill.areaCode,
    touched: { title: true, location: true, base: true },
    prefilled: true,
  }
}

export function negotiateFormReducer(
  state: NegotiateFormState,
  action: NegotiateFormAction,
): NegotiateFormState {
  if (isRoleFieldsAction(action)) return roleFieldsReducer(state, action)
  switch (action.type) {
    case 'setTargetKind': {
      if (state.targetKind === action.kind) return state
      if (action.kind === 'worth') return { ...state, targetKind: action.kind, edited: true }
      // The target's own input appears: say at once if it needs filling in.
      const field = action.kind === 'percentile' ? 'targetPercentile' : 'targetTakeHome'
      return { ...state, targetKind: action.kind, touched: { ...state.touched, [field]: true }, edited: true }
    }
    case 'setFiling':
      return state.filing === action.filing ? state : { ...state, filing: action.filing, edited: true }
    case 'setRemote':
      return state.remote === action.remote ? state : { ...state, remote: action.remote, edited: true }
    case 'restore': {
      if (state.edited) return state
      const { draft } = action
      if (!state.prefilled) return { ...state, ...draft }
      const fields = { ...state.fields }
      // An alternative handed over with the offer (from Compare) wins over the draft's.
      for (const field of OWN_TERMS)
        if (!(field === 'alternative' && fields.alternative !== '')) fields[field] = draft.fields[field]
      return { ...state, fields, targetKind: draft.targetKind, filing: draft.filing }
    }
    case 'fillOffer':
      return {
        ...state,
        fields: { ...state.fields, ...prefillFields(action.prefill) },
        soc: action.prefill.soc,
        areaCode: action.prefill.areaCode,
        touched: { ...state.touched, title: true, location: true, base: true },
        edited: true,
      }
  }
}

export type NegotiateFieldErrors = Partial<Record<NegotiateField, string>>

export interface NegotiateFormReading {
  errors: NegotiateFieldErrors
  /** The negotiate request, or null while any field has a message. */
  request: NegotiateInput | null
  /** How converted amounts were read ("= $93,600 a year (45 × 2,080 hours)"), by field. */
  notes: Partial<Record<NegotiateField, string>>
}

type Check<T> = { ok: true; value: T } | { ok: false; message: string }

function checkText(field: 'title' | 'location' | 'currentLocation', text: string): string | null {
  const label = NEGOTIATE_LABELS[field]
  if (text.trim() === '') {
    if (field === 'title') return `${label} is required: type your job title, e.g. Software engineer.`
    if (field === 'location')
      return `${label} is required: type a city, metro area or state, e.g. Seattle, WA.`
    return null
  }
  if (text.length > NEGOTIATE_TEXT_LIMIT)
    return `${label} must be at most ${NEGOTIATE_TEXT_LIMIT} characters.`
  return null
}

/**
 * An optional dollar amount (empty means "none"), or a required one when `required` says what to type. Read with the
 * shared pay reader: "150k", and for the ask (a base salary) "45/hr".
 */
function checkMoney(
  field: NegotiateField,
  text: string,
  required: string | null,
): Check<number | null> & { note?: string | null } {
  const label = NEGOTIATE_LABELS[field]
  if (text.trim() === '')
    return required ? { ok: false, message: `${label} is required: ${required}` } : { ok: true, value: null }
  const reading = readPay(text, { label, role: field === 'ask' ? 'salary' : 'lump' })
  if (!reading.ok) return { ok: false, message: reading.message }
  const value = reading.value
  if (value <= 0)
    return {
      ok: false,
      message: required
        ? `${label} must be more than $0.`
        : `${label} must be more than $0; leave it empty if you have none.`,
    }
  if (value > MAX_AMOUNT) return { ok: false, message: `${label} must be at most $10,000,000 a year.` }
  return { ok: true, value, note: reading.note }
}

function checkPercentile(text: string): Check<number> {
  const label = NEGOTIATE_LABELS.targetPercentile
  const trimmed = text.trim().replace(/(st|nd|rd|th)$/i, '')
  if (trimmed === '') return { ok: false, message: `${label} is required: a number from 1 to 99, e.g. 75.` }
  const value = Number(trimmed)
  if (!/^\d+(\.\d+)?$/.test(trimmed) || !Number.isFinite(value) || value < 1 || value > 99)
    return { ok: false, message: `${label} must be a number from 1 to 99, e.g. 75.` }
  return { ok: true, value }
}

/** Reads the typed text with the shared field rules into a negotiate request, or messages saying what to fix. */
export function readNegotiateForm(state: NegotiateFormState): NegotiateFormReading {
  const { fields } = state
  const errors: NegotiateFieldErrors = {}
  for (const field of ['title', 'location', 'currentLocation'] as const) {
    const message = checkText(field, fields[field])
    if (message) errors[field] = message
  }
  const years = checkYears(fields.years)
  if (!years.ok) errors.years = years.message

  const offer: Record<'base' | 'bonus' | 'stock' | 'signon', number> = {
    base: 0,
    bonus: 0,
    stock: 0,
    signon: 0,
  }
  const notes: Partial<Record<NegotiateField, string>> = {}
  // Base first: a bonus may be a percentage of it.
  for (const field of ['base', 'bonus', 'stock', 'signon'] as const) {
    const check = checkAmount(field, fields[field], {
      base: field === 'bonus' && !errors.base ? offer.base : null,
    })
    if (check.ok) {
      offer[field] = check.value
      if (check.note) notes[field] = check.note
    } else errors[field] = check.message
  }

  let target: NegotiateInput['target']
  let targetOk = true
  if (state.targetKind === 'worth') target = undefined
  else if (state.targetKind === 'percentile') {
    const check = checkPercentile(fields.targetPercentile)
    if (check.ok) target = { kind: 'percentile', value: check.value }
    else {
      errors.targetPercentile = check.message
      targetOk = false
    }
  } else {
    const check = checkMoney(
      'targetTakeHome',
      fields.targetTakeHome,
      'enter the yearly pay after tax you want, e.g. 120000.',
    )
    if (check.ok && check.value !== null) target = { kind: 'takeHome', value: check.value }
    else {
      targetOk = false
      if (!check.ok) errors.targetTakeHome = check.message
    }
  }

  const optional: Partial<Record<'ask' | 'alternative' | 'walkaway', number>> = {}
  for (const field of ['ask', 'alternative', 'walkaway'] as const) {
    const check = checkMoney(field, fields[field], null)
    if (!check.ok) errors[field] = check.message
    else if (check.value !== null) optional[field] = check.value
    if (check.ok && check.note) notes[field] = check.note
  }

  if (Object.keys(errors).length > 0 || !years.ok || !targetOk) return { errors, request: null, notes }

  const request: NegotiateInput = {
    title: fields.title.trim(),
    location: fields.location.trim(),
    years: years.value,
    ...offer,
    ...(target ? { target } : {}),
    ...optional,
    filing: state.filing,
    remote: state.remote,
  }
  if (state.soc) request.soc = state.soc
  if (state.areaCode) request.areaCode = state.areaCode
  const current = fields.currentLocation.trim()
  if (current) request.currentLocation = current
  return { errors, request, notes }
}

/** The messages to show now: a field's message shows once the user has touched it or typed something in it. */
export function visibleNegotiateErrors(
  state: NegotiateFormState,
  errors: NegotiateFieldErrors,
): NegotiateFieldErrors {
  const shown: NegotiateFieldErrors = {}
  for (const [field, message] of Object.entries(errors) as [NegotiateField, string][]) {
    if (state.touched[field] || state.fields[field].trim() !== '') shown[field] = message
  }
  return shown
}

/** The form field a backend error is about ('target' is whichever target input is showing), or null. */
export function negotiateFieldOf(field: string | undefined, targetKind: TargetKind): NegotiateField | null {
  if (!field) return null
  if (field === 'target' || field.startsWith('target.'))
    return targetKind === 'worth' ? null : targetKind === 'percentile' ? 'targetPercentile' : 'targetTakeHome'
  return (NEGOTIATE_FIELDS as readonly string[]).includes(field) ? (field as NegotiateField) : null
}

export function toNegotiateDraft(state: NegotiateFormState): NegotiateDraft {
  const { fields, targetKind, filing, remote, soc, areaCode } = state
  return { fields, targetKind, filing, remote, soc, areaCode }
}

const NegotiateDraftSchema = draftObject({
  fields: draftFields(EMPTY_NEGOTIATE_FIELDS),
  targetKind: draftAnything,
  filing: draftChoice<Filing>(['single', 'joint', 'hoh'], 'single'),
  remote: draftFlag(false),
  soc: draftPick(SOC_CODE),
  areaCode: draftPick(AREA_CODE),
})

/** Reads a stored draft with its schema: a wrong field falls back to the empty form's; what is no draft is ignored. */
export function fromNegotiateDraft(stored: unknown): NegotiateDraft | null {
  const draft = readDraft(NegotiateDraftSchema, stored)
  if (!draft) return null
  return { ...draft, targetKind: draftTargetKind(draft.targetKind, draft.fields.targetPercentile) }
}

/**
 * The target kind of a stored draft. Drafts from before Worth's own target had 'percentile' as the default with the
 * untouched 75 in it: those move to Worth's target; a percentile the user changed stays theirs.
 */
function draftTargetKind(stored: unknown, percentileText: string): TargetKind {
  if (stored === 'takeHome') return 'takeHome'
  if (stored === 'percentile' && percentileText.trim() !== String(DEFAULT_TARGET_PERCENTILE))
    return 'percentile'
  return 'worth'
}
