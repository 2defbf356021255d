// The offer's inputs. Every field keeps what was typed; a bad field gets an inline message naming it.
import type { FieldName } from '../../../../../shared/fields'
import { FIELD_LABELS } from '../../../../../shared/fields'
import { FormField } from '../../../components/FormField'
import { RoleFields } from '../../role/components/RoleFields'
import type { RoleLookup } from '../../role/useRoleLookup'
import type { AmountField, FieldErrors, OfferFormAction, OfferFormState } from '../offerForm'

const AMOUNT_HINTS: Record<AmountField, string> = {
  base: 'Per year, in US dollars, e.g. 150000 or 150k; or per hour, e.g. 45/hr.',
  bonus: 'Target bonus per year, in dollars or as a percentage of base (15%). Leave empty if none.',
  stock: 'Grant value divided by the years it vests over. Leave empty if none.',
  signon: 'One-time payment. Leave empty if none.',
}

export const FIELD_IDS: Record<FieldName, string> = {
  title: 'offer-title',
  location: 'offer-location',
  years: 'offer-years',
  base: 'offer-base',
  bonus: 'offer-bonus',
  stock: 'offer-stock',
  signon: 'offer-signon',
}

export interface OfferFormProps {
  state: OfferFormState
  dispatch: (action: OfferFormAction) => void
  errors: FieldErrors
  /** How a converted amount was read ("= $93,600 a year (45 × 2,080 hours)"), shown in place of the hint. */
  notes?: Partial<Record<AmountField, string>>
  /** Suggestions, "Which Portland do you mean?" and "Did you mean" for the title and place. */
  lookup: RoleLookup
  saveError: string | null
}

export function OfferForm({ state, dispatch, errors, notes = {}, lookup, saveError }: OfferFormProps) {
  const edit = (field: FieldName) => (text: string) => dispatch({ type: 'edit', field, text })
  const leave = (field: FieldName) => () => dispatch({ type: 'leave', field })

  const plainField = (field: 'years' | AmountField, hint: string) => (
    <FormField
      id={FIELD_IDS[field]}
      label={FIELD_LABELS[field]}
      hint={(field !== 'years' && notes[field]) || hint}
      error={errors[field]}
    >
      {({ describedBy, invalid }) => (
        <input
          id={FIELD_IDS[field]}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={state.fields[field]}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => edit(field)(event.target.value)}
          onBlur={leave(field)}
        />
      )}
    </FormField>
  )

  return (
    <form
      className="offer-form"
      aria-labelledby="offer-form-heading"
      noValidate
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 id="offer-form-heading">Your offer</h2>
      <p className="form-intro">Results update as you type. What you enter stays on this computer.</p>

      <RoleFields
        ids={FIELD_IDS}
        hints={{
          title: 'As written in the offer, e.g. Software engineer.',
          location: 'City, metro area or state, e.g. Seattle, WA. Type “United States” for national figures.',
        }}
        values={state.fields}
        errors={errors}
        lookup={lookup}
        onEdit={(field, text) => edit(field)(text)}
        onLeave={(field) => leave(field)()}
        onPickTitle={(title) => dispatch({ type: 'pickTitle', title })}
        onPickLocation={(label, areaCode) => dispatch({ type: 'pickLocation', label, areaCode })}
      />

      {plainField('years', 'Optional. Years in this kind of role, e.g. 5.')}

      <fieldset className="amounts">
        <legend>Pay in the offer</legend>
        {plainField('base', AMOUNT_HINTS.base)}
        {plainField('bonus', AMOUNT_HINTS.bonus)}
        {plainField('stock', AMOUNT_HINTS.stock)}
        {plainField('signon', AMOUNT_HINTS.signon)}
      </fieldset>

      {saveError && <p className="notice notice-warning">{saveError}</p>}
    </form>
  )
}
