// The offer's inputs. Every field keeps what was typed; a bad field gets an inline message naming it.
import type { FieldName } from '../../../../../shared/fields'
import { FIELD_LABELS } from '../../../../../shared/fields'
import { PayFields, YEARS_HINT } from '../../../components/PayFields'
import { TextField } from '../../../components/TextField'
import { RoleFields } from '../../role/components/RoleFields'
import type { RoleLookup } from '../../role/useRoleLookup'
import type { AmountField, FieldErrors, OfferFormAction, OfferFormState } from '../offerForm'

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

      <TextField
        id={FIELD_IDS.years}
        label={FIELD_LABELS.years}
        hint={YEARS_HINT}
        error={errors.years}
        value={state.fields.years}
        onInput={edit('years')}
        onLeave={leave('years')}
      />

      <PayFields
        ids={FIELD_IDS}
        labels={FIELD_LABELS}
        values={state.fields}
        errors={errors}
        notes={notes}
        onEdit={(field, text) => edit(field)(text)}
        onLeave={(field) => leave(field)()}
      />

      {saveError && <p className="notice notice-warning">{saveError}</p>}
    </form>
  )
}
