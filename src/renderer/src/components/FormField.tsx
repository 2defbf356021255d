// A labelled form field with an optional hint and an inline error message wired to the control by id.
import type { ReactNode } from 'react'

export interface FieldAria {
  describedBy: string | undefined
  invalid: boolean
}

export interface FormFieldProps {
  id: string
  label: string
  hint?: string
  error?: string
  /** Renders the control, given the aria wiring it must use. */
  children: (aria: FieldAria) => ReactNode
  /** Anything shown under the control (suggestion buttons and the like). */
  after?: ReactNode
}

export function fieldErrorId(id: string): string {
  return `${id}-error`
}

export function FormField({ id, label, hint, error, children, after }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? fieldErrorId(id) : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children({ describedBy, invalid: Boolean(error) })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {after}
    </div>
  )
}
