// The offer form's state and the pure rules over it: editing, picking, reading the typed text into an estimate
// request, and the draft kept on disk. Components and hooks only call these.
import { draftFields, draftObject, draftPick, readDraft } from '../../lib/draftSchema'
import { isRoleFieldsAction, roleFieldsReducer } from '../../lib/roleFields'
import type { EstimateInput } from '../../../../shared/contract'
import { checkAmount, checkYears, FIELD_LABELS, type FieldName } from '../../../../shared/fields'

export const TEXT_LIMIT = 200

export const AMOUNT_FIELDS = ['base', 'bonus', 'stock', 'signon'] as const
export type AmountField = (typeof AMOUNT_FIELDS)[number]

/** Every field as the user typed it. */
export type OfferFormText = Record<FieldName, string>

export interface OfferFormState {
  fields: OfferFormText
  /** An occupation the user chose among the runners-up (overrides the title match). */
  soc: string | null
  /** An area the user chose for an ambiguous or suggested place. */
  areaCode: string | null
  /** Fields the user has edited or left, whose messages may show even while empty. */
  touched: Partial<Record<FieldName, true>>
  /** True once the user has typed or picked anything, so a late-loading draft does not overwrite it. */
  edited: boolean
}

export const EMPTY_FIELDS: OfferFormText = {
  title: '',
  location: '',
  years: '',
  base: '',
  bonus: '',
  stock: '',
  signon: '',
}

export const INITIAL_OFFER_FORM: OfferFormState = {
  fields: EMPTY_FIELDS,
  soc: null,
  areaCode: null,
  touched: {},
  edited: false,
}

export type OfferFormAction =
  | { type: 'edit'; field: FieldName; text: string }
  | { type: 'leave'; field: FieldName }
  | { type: 'pickTitle'; title: string }
  | { type: 'pickOccupation'; soc: string | null }
  | { type: 'pickLocation'; label: string; areaCode: string | null }
  | { type: 'restore'; draft: OfferDraft }

export function offerFormReducer(state: OfferFormState, action: OfferFormAction): OfferFormState {
  if (isRoleFieldsAction(action)) return roleFieldsReducer(state, action)
  switch (action.type) {
    case 'pickOccupation':
      return { ...state, soc: action.soc, edited: true }
    case 'restore':
      if (state.edited) return state
      return { ...state, fields: action.draft.fields, soc: action.draft.soc, areaCode: action.draft.areaCode }
  }
}

export type FieldErrors = Partial<Record<FieldName, string>>

export interface OfferFormReading {
  /** A message for every field whose text cannot be used (including required fields left empty). */
  errors: FieldErrors
  /** The estimate request, or null while any field has an error. */
  request: EstimateInput | null
  /** How converted amounts were read ("= $93,600 a year (45 × 2,080 hours)"), by field. */
  notes: Partial<Record<AmountField, string>>
}

function checkText(field: 'title' | 'location', text: string): string | null {
  const label = FIELD_LABELS[field]
  if (text.trim() === '') {
    return field === 'title'
      ? `${label} is required: type your job title, e.g. Software engineer.`
      : `${label} is required: type a city, metro area or state, e.g. Seattle, WA.`
  }
  if (text.length > TEXT_LIMIT) return `${label} must be at most ${TEXT_LIMIT} characters.`
  return null
}

/** Reads the typed text with the shared field rules into an estimate request, or messages saying what to fix. */
export function readOfferForm(state: OfferFormState): OfferFormReading {
  const { fields } = state
  const errors: FieldErrors = {}

  const title = checkText('title', fields.title)
  if (title) errors.title = title
  const location = checkText('location', fields.location)
  if (location) errors.location = location

  const years = checkYears(fields.years)
  if (!years.ok) errors.years = years.message

  const amounts: Partial<Record<AmountField, number>> = {}
  const notes: Partial<Record<AmountField, string>> = {}
  // Base first: a bonus may be a percentage of it.
  for (const field of AMOUNT_FIELDS) {
    const check = checkAmount(field, fields[field], { base: amounts.base ?? null })
    if (check.ok) {
      amounts[field] = check.value
      if (check.note) notes[field] = check.note
    } else errors[field] = check.message
  }

  if (Object.keys(errors).length > 0 || !years.ok) return { errors, request: null, notes }

  const request: EstimateInput = {
    title: fields.title.trim(),
    location: fields.location.trim(),
    years: years.value,
    base: amounts.base ?? 0,
    bonus: amounts.bonus ?? 0,
    stock: amounts.stock ?? 0,
    signon: amounts.signon ?? 0,
  }
  if (state.soc) request.soc = state.soc
  if (state.areaCode) request.areaCode = state.areaCode
  return { errors, request, notes }
}

/** The messages to show now: a field's message shows once the user has touched it or typed something in it. */
export function visibleErrors(state: OfferFormState, errors: FieldErrors): FieldErrors {
  const shown: FieldErrors = {}
  for (const [field, message] of Object.entries(errors) as [FieldName, string][]) {
    if (state.touched[field] || state.fields[field].trim() !== '') shown[field] = message
  }
  return shown
}

/** What is kept on disk while the user types: the raw text and their picks, nothing derived. */
export interface OfferDraft {
  fields: OfferFormText
  soc: string | null
  areaCode: string | null
}

export function toOfferDraft(state: OfferFormState): OfferDraft {
  return { fields: state.fields, soc: state.soc, areaCode: state.areaCode }
}

const OfferDraftSchema = draftObject<OfferDraft>({
  fields: draftFields(EMPTY_FIELDS),
  soc: draftPick(),
  areaCode: draftPick(),
})

/** Reads a stored draft with its schema: a wrong field falls back to empty; what is no draft at all is ignored. */
export function fromOfferDraft(stored: unknown): OfferDraft | null {
  return readDraft(OfferDraftSchema, stored)
}
