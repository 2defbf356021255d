// A labelled search field: a Combobox inside a FormField, with the hint and error wired to it. The title and place
// fields of every form use it.
import type { ReactNode } from 'react'
import { Combobox, type ComboboxOption, type ComboboxProps } from './Combobox'
import { FormField } from './FormField'

export type ComboboxFieldProps<O extends ComboboxOption> = Omit<
  ComboboxProps<O>,
  'describedBy' | 'invalid'
> & {
  hint?: string
  error?: string
  /** Anything shown under the control (suggestion buttons and the like). */
  after?: ReactNode
}

export function ComboboxField<O extends ComboboxOption>({
  hint,
  error,
  after,
  ...combobox
}: ComboboxFieldProps<O>) {
  return (
    <FormField id={combobox.id} label={combobox.label} hint={hint} error={error} after={after}>
      {({ describedBy, invalid }) => <Combobox {...combobox} describedBy={describedBy} invalid={invalid} />}
    </FormField>
  )
}
