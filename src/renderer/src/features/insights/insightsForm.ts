// The Market insights form: a job title and a place, with the occupation or area the user picked.
// Pure state, actions and reading into an insights request; the view and its hook only call these.
import * as z from 'zod/mini'
import { AREA_CODE, SOC_CODE } from '../../../../shared/codes'
import type { InsightsInput } from '../../../../shared/contract'
import { FIELD_LABELS } from '../../../../shared/fields'
import { draftPick, draftText, readDraft } from '../../lib/draftSchema'

export const INSIGHTS_TEXT_LIMIT = 200

export type InsightsField = 'title' | 'location'

export interface InsightsFormState {
  title: string
  location: string
  /** An occupation chosen for the title (a related occupation, or a prefill from the offer). */
  soc: string | null
  /** An area chosen for an ambiguous or suggested place. */
  areaCode: string | null
  touched: Partial<Record<InsightsField, true>>
  /** True once the form holds something the user typed, picked or was sent here with; a late draft then loses. */
  edited: boolean
}

/** What another view hands over when it opens Market insights ("See market insights for …"). */
export interface InsightsPrefill {
  title: string
  location: string
  soc?: string | null
  areaCode?: string | null
}

export const EMPTY_INSIGHTS_FORM: InsightsFormState = {
  title: '',
  location: '',
  soc: null,
  areaCode: null,
  touched: {},
  edited: false,
}

export type InsightsFormAction =
  | { type: 'edit'; field: InsightsField; text: string }
  | { type: 'leave'; field: InsightsField }
  /** A title from the suggestions or a related title; `soc` pins its occupation, null lets Worth match it. */
  | { type: 'pickTitle'; title: string; soc: string | null }
  | { type: 'pickLocation'; label: string; areaCode: string | null }
  | { type: 'restore'; draft: InsightsDraft }

export function initialInsightsForm(prefill: InsightsPrefill | null | undefined): InsightsFormState {
  if (!prefill) return EMPTY_INSIGHTS_FORM
  return {
    title: prefill.title,
    location: prefill.location,
    soc: prefill.soc ?? null,
    areaCode: prefill.areaCode ?? null,
    touched: { title: true, location: true },
    edited: true,
  }
}

export function insightsFormReducer(state: InsightsFormState, action: InsightsFormAction): InsightsFormState {
  switch (action.type) {
    case 'edit': {
      if (state[action.field] === action.text) return state
      return {
        ...state,
        [action.field]: action.text,
        // A pick made for the old text does not carry over to new text.
        soc: action.field === 'title' ? null : state.soc,
        areaCode: action.field === 'location' ? null : state.areaCode,
        touched: { ...state.touched, [action.field]: true },
        edited: true,
      }
    }
    case 'leave':
      return state.touched[action.field]
        ? state
        : { ...state, touched: { ...state.touched, [action.field]: true } }
    case 'pickTitle':
      return {
        ...state,
        title: action.title,
        soc: action.soc,
        touched: { ...state.touched, title: true },
        edited: true,
      }
    case 'pickLocation':
      return {
        ...state,
        location: action.label,
        areaCode: action.areaCode,
        touched: { ...state.touched, location: true },
        edited: true,
      }
    case 'restore':
      if (state.edited) return state
      return { ...state, ...action.draft }
  }
}

export type InsightsFieldErrors = Partial<Record<InsightsField, string>>

export interface InsightsFormReading {
  errors: InsightsFieldErrors
  /** The insights request, or null while a field cannot be used. */
  request: InsightsInput | null
}

function checkField(field: InsightsField, text: string): string | null {
  const label = FIELD_LABELS[field]
  if (text.trim() === '') {
    return field === 'title'
      ? `${label} is required: type a job title, e.g. Registered nurse.`
      : `${label} is required: type a city, metro area or state, e.g. Cleveland, OH, or “United States”.`
  }
  if (text.length > INSIGHTS_TEXT_LIMIT) return `${label} must be at most ${INSIGHTS_TEXT_LIMIT} characters.`
  return null
}

export function readInsightsForm(state: InsightsFormState): InsightsFormReading {
  const errors: InsightsFieldErrors = {}
  const title = checkField('title', state.title)
  if (title) errors.title = title
  const location = checkField('location', state.location)
  if (location) errors.location = location
  if (title || location) return { errors, request: null }

  const request: InsightsInput = { title: state.title.trim(), location: state.location.trim() }
  if (state.soc) request.soc = state.soc
  if (state.areaCode) request.areaCode = state.areaCode
  return { errors, request }
}

/** Messages to show now: a field's message appears once it has been touched or holds text. */
export function visibleInsightsErrors(
  state: InsightsFormState,
  errors: InsightsFieldErrors,
): InsightsFieldErrors {
  const shown: InsightsFieldErrors = {}
  for (const field of ['title', 'location'] as const) {
    const message = errors[field]
    if (message && (state.touched[field] || state[field].trim() !== '')) shown[field] = message
  }
  return shown
}

/** What is kept on this computer between visits: the typed text and the picks. */
export interface InsightsDraft {
  title: string
  location: string
  soc: string | null
  areaCode: string | null
}

export function toInsightsDraft(state: InsightsFormState): InsightsDraft {
  return { title: state.title, location: state.location, soc: state.soc, areaCode: state.areaCode }
}

const InsightsDraftSchema = z.object({
  title: draftText(),
  location: draftText(),
  soc: draftPick(SOC_CODE),
  areaCode: draftPick(AREA_CODE),
})

/** Reads a stored draft with its schema: a wrong field falls back to empty; what is no draft at all is ignored. */
export function fromInsightsDraft(stored: unknown): InsightsDraft | null {
  return readDraft(InsightsDraftSchema, stored)
}
