// The years in the role and the pay in an offer as My offer and Negotiate take them: base, bonus, stock per year and
// sign-on, each read by the shared pay reader, with the same hints and "= $93,600 a year" notes in both forms.
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

/** The years field that comes before the pay, and the pay. */
export type ExperienceAndPayField = 'years' | PayField

export interface PayFieldsProps {
  ids: Record<ExperienceAndPayField, string>
  labels: Record<ExperienceAndPayField, string>
  values: Record<ExperienceAndPayField, string>
  errors: Partial<Record<ExperienceAndPayField, string>>
  /** How a converted amount was read ("= $93,600 a year (45 × 2,080 hours)"), shown in place of the hint. */
  notes?: Partial<Record<string, string>>
  onEdit: (field: ExperienceAndPayField, text: string) => void
  onLeave: (field: ExperienceAndPayField) => void
}

/** Years in the role, then the pay in the offer (My offer and Negotiate ask both the same way). */
export function PayFields({ ids, labels, values, errors, notes = {}, onEdit, onLeave }: PayFieldsProps) {
  const field = (name: ExperienceAndPayField, hint: string) => (
    <TextField
      key={name}
      id={ids[name]}
      label={labels[name]}
      hint={notes[name] || hint}
      error={errors[name]}
      value={values[name]}
      onInput={(text) => onEdit(name, text)}
      onLeave={() => onLeave(name)}
    />
  )
  return (
    <>
      {field('years', YEARS_HINT)}
      <fieldset className="amounts">
        <legend>Pay in the offer</legend>
        {PAY_FIELDS.map((name) => field(name, PAY_HINTS[name]))}
      </fieldset>
    </>
  )
}
