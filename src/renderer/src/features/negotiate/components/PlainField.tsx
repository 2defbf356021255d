// A labelled text input for a number (years, dollars or a percentile) with its hint and inline message, and the
// ids of every calculator field.
import type { ReactNode } from 'react'
import { TextField } from '../../../components/TextField'
import {
  NEGOTIATE_LABELS,
  type NegotiateField,
  type NegotiateFieldErrors,
  type NegotiateFormAction,
  type NegotiateFormState,
} from '../negotiateForm'

export const NEGOTIATE_FIELD_IDS: Record<NegotiateField, string> = {
  title: 'negotiate-title',
  location: 'negotiate-location',
  years: 'negotiate-years',
  base: 'negotiate-base',
  bonus: 'negotiate-bonus',
  stock: 'negotiate-stock',
  signon: 'negotiate-signon',
  targetPercentile: 'negotiate-target-percentile',
  targetTakeHome: 'negotiate-target-take-home',
  ask: 'negotiate-ask',
  alternative: 'negotiate-alternative',
  walkaway: 'negotiate-walkaway',
  currentLocation: 'negotiate-current-location',
}

export interface PlainFieldProps {
  field: NegotiateField
  hint: string
  state: NegotiateFormState
  dispatch: (action: NegotiateFormAction) => void
  errors: NegotiateFieldErrors
  /** How a converted amount was read, shown in place of the hint. */
  notes?: Partial<Record<NegotiateField, string>>
  after?: ReactNode
  placeholder?: string
}

/** A labelled text input for a number (years or dollars), with its hint and message. */
export function PlainField(props: PlainFieldProps) {
  const { field, hint, state, dispatch, errors, notes, after, placeholder } = props
  const id = NEGOTIATE_FIELD_IDS[field]
  return (
    <TextField
      id={id}
      label={NEGOTIATE_LABELS[field]}
      hint={notes?.[field] ?? hint}
      error={errors[field]}
      after={after}
      value={state.fields[field]}
      placeholder={placeholder}
      onInput={(text) => dispatch({ type: 'edit', field, text })}
      onLeave={() => dispatch({ type: 'leave', field })}
    />
  )
}
