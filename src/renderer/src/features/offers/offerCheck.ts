// Checking a saved offer with the backend (check:offer): can Compare and Negotiate use its title and place? The
// backend answers with a message per field that cannot be used ("Location: Portland is in Oregon and Maine ...").
// Pure helpers here; the views call the backend and show the problems on the fields or in the Compare picker.
import type { Reply } from '../../../../shared/contract'
import type { Offer } from '../../../../shared/offer'
import {
  EDITOR_FIELDS,
  EDITOR_LABELS,
  type EditorErrors,
  type EditorField,
  type EditorText,
} from './offerEditor'

export interface OfferProblem {
  /** The offer's field the problem is about ("title", "location", ...). */
  field: string
  message: string
}

export type CheckOffer = (input: { offer: Offer }) => Promise<Reply<{ problems: OfferProblem[] }>>

/** The editor field a backend problem belongs to ("equity.total" → equityTotal); null when none fits. */
export function editorFieldOf(field: string): EditorField | null {
  const direct = EDITOR_FIELDS.find((name) => name === field)
  if (direct) return direct
  const top = field.split('.')[0] ?? ''
  const map: Record<string, EditorField> = {
    equity: field.endsWith('years') ? 'equityYears' : 'equityTotal',
    signon: 'signon',
    match401k: field.endsWith('upToPercent') ? 'matchUpTo' : 'matchPercent',
    bonus: 'bonus',
    title: 'title',
    location: 'location',
  }
  return map[top] ?? null
}

/** The backend's problems as editor messages; those that fit no field are returned apart. */
export function problemsToErrors(problems: readonly OfferProblem[]): {
  errors: EditorErrors
  other: string[]
} {
  const errors: EditorErrors = {}
  const other: string[] = []
  for (const problem of problems) {
    const field = editorFieldOf(problem.field)
    if (field && !errors[field]) errors[field] = problem.message
    else if (!field) other.push(problem.message)
  }
  return { errors, other }
}

/** The backend's messages that still apply: only on fields whose text has not changed since the check. */
export function currentCheckErrors(
  check: { text: EditorText; errors: EditorErrors } | null,
  text: EditorText,
): EditorErrors {
  if (!check) return {}
  const shown: EditorErrors = {}
  for (const [field, message] of Object.entries(check.errors) as [EditorField, string][]) {
    if (check.text[field] === text[field]) shown[field] = message
  }
  return shown
}

/** One line for the Compare picker: "Location: ..." for each problem. */
export function problemSummary(problems: readonly OfferProblem[]): string {
  return problems
    .map((problem) => {
      const field = editorFieldOf(problem.field)
      const label = field ? EDITOR_LABELS[field] : null
      return label && !problem.message.startsWith(label) ? `${label}: ${problem.message}` : problem.message
    })
    .join(' ')
}
