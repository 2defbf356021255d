// A place field on its own, with the same autocomplete as the role fields: where the user lives (Negotiate), the
// places of Compare's equivalent salary, another place to compare in Market insights.
import type { ReactNode } from 'react'
import { ComboboxField } from '../../../components/ComboboxField'
import type { LocationOption } from '../roleLookup'
import { usePlaceSearch } from '../useRoleLookup'

export interface PlaceFieldProps {
  id: string
  label: string
  hint: string
  value: string
  error?: string
  /** Shown under the field (suggestion buttons and the like). */
  after?: ReactNode
  onInput: (text: string) => void
  /** A suggested place picked; by default it replaces the typed text. */
  onPick?: (option: LocationOption) => void
  onLeave?: () => void
}

export function PlaceField({
  id,
  label,
  hint,
  value,
  error,
  after,
  onInput,
  onPick,
  onLeave,
}: PlaceFieldProps) {
  const places = usePlaceSearch(value)
  return (
    <ComboboxField
      id={id}
      label={label}
      hint={hint}
      error={error}
      after={after}
      value={value}
      options={places.options}
      onInput={onInput}
      onPick={onPick ?? ((option) => onInput(option.label))}
      onLeave={onLeave}
    />
  )
}
