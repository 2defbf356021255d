// A labelled one-line text input with its hint and inline message: the number fields of every form (years, pay,
// what-ifs) and the saved-offer editor's text fields.
import type { ReactNode } from 'react'
import { FormField } from './FormField'

export interface TextFieldProps {
  id: string
  label: string
  hint?: string
  error?: string
  /** Anything shown under the control (suggestion buttons and the like). */
  after?: ReactNode
  value: string
  placeholder?: string
  /** A number is typed here (a decimal keyboard on touch screens). */
  numeric?: boolean
  onInput: (text: string) => void
  onLeave?: () => void
}

export function TextField({
  id,
  label,
  hint,
  error,
  after,
  value,
  placeholder,
  numeric = true,
  onInput,
  onLeave,
}: TextFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} after={after}>
      {({ describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode={numeric ? 'decimal' : undefined}
          autoComplete="off"
          value={value}
          placeholder={placeholder}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => onInput(event.target.value)}
          onBlur={onLeave}
        />
      )}
    </FormField>
  )
}
