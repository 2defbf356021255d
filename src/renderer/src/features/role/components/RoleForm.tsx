// What every form with a role lookup shares (My offer, Market insights, Negotiate): the props it takes from its
// view, its frame (a labelled form that never submits, its intro, and the note when a draft could not be saved),
// and the wiring of the title and place fields to the form's reducer.
import type { ReactNode } from 'react'
import type { RoleLookup } from '../useRoleLookup'
import type { RoleField, RoleFieldsProps } from './RoleFields'

export interface RoleFormProps<State, Action, F extends string> {
  state: State
  dispatch: (action: Action) => void
  errors: Partial<Record<F, string>>
  /** Suggestions, "Which Portland do you mean?" and "Did you mean" for the title and place. */
  lookup: RoleLookup
  /** Why the draft could not be saved, or null. */
  saveError: string | null
}

export interface RoleFormFrameProps {
  className: string
  headingId: string
  heading: string
  intro: ReactNode
  saveError: string | null
  children: ReactNode
}

export function RoleFormFrame({
  className,
  headingId,
  heading,
  intro,
  saveError,
  children,
}: RoleFormFrameProps) {
  return (
    <form
      className={className}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id={headingId}>{heading}</h2>
      <p className="form-intro">{intro}</p>
      {children}
      {saveError && <p className="notice notice-warning">{saveError}</p>}
    </form>
  )
}

/** The title and place actions every role form's reducer takes (see roleFieldsReducer). */
export type RoleFieldAction =
  | { type: 'edit'; field: RoleField; text: string }
  | { type: 'leave'; field: RoleField }
  | { type: 'pickTitle'; title: string }
  | { type: 'pickLocation'; label: string; areaCode: string | null }

/** A form's text fields as its field components take them: values and messages, typing and leaving. */
export interface FormFieldsWiring<F extends string> {
  values: Record<F, string>
  errors: Partial<Record<F, string>>
  onEdit: (field: F, text: string) => void
  onLeave: (field: F) => void
}

/** The values and messages of a form's fields, their typing and leaving sent to the form's reducer. */
export function formFieldsOf<F extends string>({
  state,
  dispatch,
  errors,
}: {
  state: { fields: Record<F, string> }
  dispatch: (action: { type: 'edit'; field: F; text: string } | { type: 'leave'; field: F }) => void
  errors: Partial<Record<F, string>>
}): FormFieldsWiring<F> {
  return {
    values: state.fields,
    errors,
    onEdit: (field, text) => dispatch({ type: 'edit', field, text }),
    onLeave: (field) => dispatch({ type: 'leave', field }),
  }
}

/** RoleFields' values, messages and lookup from the form, and its events sent to the form's reducer. */
export function roleFieldsOf(
  props: RoleFormProps<{ fields: Record<RoleField, string> }, RoleFieldAction, RoleField>,
): FormFieldsWiring<RoleField> & Pick<RoleFieldsProps, 'lookup' | 'onPickTitle' | 'onPickLocation'> {
  const { dispatch, lookup } = props
  return {
    ...formFieldsOf(props),
    lookup,
    onPickTitle: (title) => dispatch({ type: 'pickTitle', title }),
    onPickLocation: (label, areaCode) => dispatch({ type: 'pickLocation', label, areaCode }),
  }
}
