// The Market insights form: a job title and a place, with the occupation or area the user picked.
// Pure state, actions and reading into an insights request; the view and its hook only call these.
import { AREA_CODE, SOC_CODE } from '../../../../shared/codes'
import type { InsightsInput } from '../../../../shared/contract'
import { FIELD_LABELS } from '../../../../shared/fields'
import { draftObject, draftPick, draftText, readDraft } from '../../lib/draftSchema'
import { roleFieldsReducer, type RoleFieldsAction, type RoleFieldsState } from '../../lib/roleFields'

export const INSIGHTS_TEXT_LIMIT = 200

export type InsightsField = 'title' | 'location'

/**
 * The typed title and place, the occupation chosen for the title (a related occupation, or a prefill from the
 * offer) and the area chosen for the place; `edited` is true once the form holds something the user typed, picked
 * or was sent here with (a late draft then loses).
 */
export type InsightsFormState = RoleFieldsState<InsightsField>

/** What another view hands over when it opens Market insights ("See market insights for …"). */
export interface InsightsPrefill {
  title: string
  location: string
  soc?: string | null
  areaCode?: string | null
}

export const EMPTY_INSIGHTS_FORM: InsightsFormState = {
  fields: { title: '', location: '' },
  soc: null,
  areaCode: null,
  touched: {},
  edited: false,
}

export type InsightsFormAction = RoleFieldsAction<InsightsField> | { type: 'restore'; draft: InsightsDraft }

export function initialInsightsForm(prefill: InsightsPrefill | null | undefined): InsightsFormState {
  if (!prefill) return EMPTY_INSIGHTS_FORM
  return {
    fields: { title: prefill.title, location: prefill.location },
    soc: prefill.soc ?? null,
    areaCode: prefill.areaCode ?? null,
    touched: { title: true, location: true },
    edited: true,
  }
}

export function insightsFormReducer(state: InsightsFormState, action: InsightsFormAction): InsightsFormState {
  if (action.type !== 'restore') return roleFieldsReducer(state, action)
  if (state.edited) return state
  const { title, location, soc, areaCode } = action.draft
  return { ...state, fields: { title, location }, soc, areaCode }
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
  const title = checkField('title', state.fields.title)
  if (title) errors.title = title
  const location = checkField('location', state.fields.location)
  if (location) errors.location = location
  if (title || location) return { errors, request: null }

  const request: InsightsInput = { title: state.fields.title.trim(), location: state.fields.location.trim() }
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
    if (message && (state.touched[field] || state.fields[field].trim() !== '')) shown[field] = message
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
  return { ...state.fields, soc: state.soc, areaCode: state.areaCode }
}

const InsightsDraftSchema = draftObject<InsightsDraft>({
  title: draftText(),
  location: draftText(),
  soc: draftPick(SOC_CODE),
  areaCode: draftPick(AREA_CODE),
})

/** Reads a stored draft with its schema: a wrong field falls back to empty; what is no draft at all is ignored. */
export function fromInsightsDraft(stored: unknown): InsightsDraft | null {
  return readDraft(InsightsDraftSchema, stored)
}
