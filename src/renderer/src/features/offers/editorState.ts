// The editor's state machine: typing, leaving a field, loading a saved offer, starting afresh, restoring a draft.
import { touch } from '../../lib/roleFields'
import {
  EMPTY_EDITOR,
  editorTextFor,
  type EditorDraft,
  type EditorErrors,
  type EditorField,
  type EditorText,
} from './offerEditor'
import type { Offer } from '../../../../shared/offer'

export interface EditorState {
  text: EditorText
  /** The saved offer being edited, or null for a new one. */
  editingId: string | null
  createdAt: string | null
  /** The `updatedAt` of the saved version the edit started from: a save checks it is still the saved one. */
  basedOn: string | null
  touched: Partial<Record<EditorField, true>>
  /** True after a save was tried: every message shows, even on fields not yet visited. */
  showAll: boolean
  /** True once the user has typed, so a late-loading draft does not overwrite it. */
  edited: boolean
}

export const INITIAL_EDITOR: EditorState = {
  text: EMPTY_EDITOR,
  editingId: null,
  createdAt: null,
  basedOn: null,
  touched: {},
  showAll: false,
  edited: false,
}

export type EditorAction =
  | { type: 'edit'; field: EditorField; text: string }
  | { type: 'leave'; field: EditorField }
  | { type: 'showAll' }
  | { type: 'open'; offer: Offer }
  | { type: 'fresh'; text?: EditorText }
  | { type: 'restore'; draft: EditorDraft }
  /** Keeps what is typed but now edits another saved version (after "Keep mine" or a save as a copy). */
  | { type: 'rebase'; editingId: string | null; createdAt: string | null; basedOn: string | null }

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edit':
      if (state.text[action.field] === action.text) return state
      return {
        ...state,
        text: { ...state.text, [action.field]: action.text },
        touched: { ...state.touched, [action.field]: true },
        edited: true,
      }
    case 'leave':
      return touch(state, action.field)
    case 'showAll':
      return { ...state, showAll: true }
    case 'open':
      return {
        ...INITIAL_EDITOR,
        text: editorTextFor(action.offer),
        editingId: action.offer.id,
        createdAt: action.offer.createdAt,
        basedOn: action.offer.updatedAt,
        edited: true,
      }
    case 'fresh':
      return { ...INITIAL_EDITOR, text: action.text ?? EMPTY_EDITOR, edited: true }
    case 'rebase':
      return { ...state, editingId: action.editingId, createdAt: action.createdAt, basedOn: action.basedOn }
    case 'restore':
      if (state.edited) return state
      return {
        ...state,
        text: action.draft.text,
        editingId: action.draft.editingId,
        createdAt: action.draft.createdAt,
        basedOn: action.draft.basedOn,
      }
  }
}

/** Messages to show: on fields the user has touched (or typed into), or all of them after a save was tried. */
export function visibleEditorErrors(state: EditorState, errors: EditorErrors): EditorErrors {
  if (state.showAll) return errors
  const shown: EditorErrors = {}
  for (const [field, message] of Object.entries(errors) as [EditorField, string][]) {
    if (state.touched[field] || state.text[field].trim() !== EMPTY_EDITOR[field]) shown[field] = message
  }
  return shown
}

export function toEditorDraft(state: EditorState): EditorDraft {
  return { text: state.text, editingId: state.editingId, createdAt: state.createdAt, basedOn: state.basedOn }
}
