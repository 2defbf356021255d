// The actions every form with a job title and a place shares (My offer, Market insights, Negotiate): typing, leaving a field, and
// picking a suggested title or place. One reducer, so the forms agree on what a pick or an edit resets.
export interface RoleFieldsState<F extends string> {
  fields: Record<F, string> & { title: string; location: string }
  /** An occupation the user chose among the runners-up (overrides the title match). */
  soc: string | null
  /** An area the user chose for an ambiguous or suggested place. */
  areaCode: string | null
  /** Fields the user has edited or left, whose messages may show even while empty. */
  touched: Partial<Record<F, true>>
  /** True once the user has typed or picked anything, so a late-loading draft does not overwrite it. */
  edited: boolean
}

export type RoleFieldsAction<F extends string> =
  | { type: 'edit'; field: F; text: string }
  | { type: 'leave'; field: F }
  /** `soc` pins the title's occupation (a related title in Market insights); without it Worth matches the title. */
  | { type: 'pickTitle'; title: string; soc?: string | null }
  | { type: 'pickLocation'; label: string; areaCode: string | null }

const ROLE_FIELDS_ACTIONS: ReadonlySet<string> = new Set(['edit', 'leave', 'pickTitle', 'pickLocation'])

/** Whether a form's action is one of the shared ones (roleFieldsReducer handles it). */
export function isRoleFieldsAction<A extends { type: string }>(
  action: A,
): action is Extract<A, { type: RoleFieldsAction<string>['type'] }> {
  return ROLE_FIELDS_ACTIONS.has(action.type)
}

/** The state with `field` marked as visited (its message may show even while empty); the same state if it was. */
export function touch<F extends string, S extends { touched: Partial<Record<F, true>> }>(
  state: S,
  field: F,
): S {
  return state.touched[field] ? state : { ...state, touched: { ...state.touched, [field]: true } }
}

/** Applies one of the shared actions; each form's reducer hands these over and handles its own. */
export function roleFieldsReducer<F extends string, S extends RoleFieldsState<F>>(
  state: S,
  action: RoleFieldsAction<F>,
): S {
  switch (action.type) {
    case 'edit': {
      if (state.fields[action.field] === action.text) return state
      return {
        ...state,
        fields: { ...state.fields, [action.field]: action.text },
        // A choice made for the old text no longer applies to new text.
        soc: action.field === 'title' ? null : state.soc,
        areaCode: action.field === 'location' ? null : state.areaCode,
        touched: { ...state.touched, [action.field]: true },
        edited: true,
      }
    }
    case 'leave':
      return touch(state, action.field)
    case 'pickTitle':
      return {
        ...state,
        fields: { ...state.fields, title: action.title },
        // Unless the pick names its occupation, the backend matches the title to one, as if typed.
        soc: action.soc ?? null,
        touched: { ...state.touched, title: true },
        edited: true,
      }
    case 'pickLocation':
      return {
        ...state,
        fields: { ...state.fields, location: action.label },
        areaCode: action.areaCode,
        touched: { ...state.touched, location: true },
        edited: true,
      }
  }
}
