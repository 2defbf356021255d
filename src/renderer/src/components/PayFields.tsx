// The pay in an offer as My offer and Negotiate take it: base, bonus, stock per year and sign-on, each read by the
// shared pay reader, with the same hints and "= $93,600 a year" notes in both forms.
import { TextField } from './TextField'

export const PAY_FIELDS = ['base', 'bonus', 'stock', 'signon'] as const
export type PayField = (typeof PAY_FIELDS)[number]

export const PAY_HINTS: Record<PayField, string> = {
  base: 'Per year, in US dollars, e.g. 150000 or 150k; or per hour, e.g. 45/hr.',
  bonus: 'Target bonus per year, in dollars or as a percentage of base (15%). Leave empty if none.',
  stock: 'Grant value divided by the years it vests over. Leave empty if none.',
  signon: 'One-time payment. Leave empty if none.',
}

export const YEARS_HINT = 'Optional. Years in this kind of role, e.g. 5.'

export interface PayFieldsProps {
  ids: Record<PayField, string>
  labels: Record<PayField, string>
  values: Record<PayField, string>
  errors: Partial<Record<PayField, string>>
  /** How a converted amount was read ("= $93,600 a year (45 × 2,080 hours)"), shown in place of the hint. */
  notes?: Partial<Record<string, string>>
  onEdit: (field: PayField, text: string) => void
  onLeave: (field: PayField) => void
}

export function PayFields({ ids, labels, values, errors, notes = {}, onEdit, onLeave }: PayFieldsProps) {
  return (
    <fieldset className="amounts">
      <legend>Pay in the offer</legend>
      {PAY_FIELDS.map((field) => (
        <TextField
          key={field}
          id={ids[field]}
          label={labels[field]}
          hint={notes[field] || PAY_HINTS[field]}
          error={errors[field]}
          value={values[field]}
          onInput={(text) => onEdit(field, text)}
          onLeave={() => onLeave(field)}
        />
      ))}
    </fieldset>
  )
}
