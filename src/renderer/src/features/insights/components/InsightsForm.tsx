// The two inputs of Market insights, with the same autocomplete as the offer form.
import type { ReactNode } from 'react'
import { FIELD_LABELS } from '../../../../../shared/fields'
import { ComboboxField } from '../../../components/ComboboxField'
import type { LocationOption, TitleOption } from '../../estimate/pickers'
import type {
  InsightsField,
  InsightsFieldErrors,
  InsightsFormAction,
  InsightsFormState,
} from '../insightsForm'

export const INSIGHTS_FIELD_IDS: Record<InsightsField, string> = {
  title: 'insights-title',
  location: 'insights-location',
}

export interface InsightsFormProps {
  state: InsightsFormState
  dispatch: (action: InsightsFormAction) => void
  errors: InsightsFieldErrors
  titleOptions: TitleOption[]
  locationOptions: LocationOption[]
  below?: Partial<Record<InsightsField, ReactNode>>
  saveError: string | null
}

export function InsightsForm({
  state,
  dispatch,
  errors,
  titleOptions,
  locationOptions,
  below = {},
  saveError,
}: InsightsFormProps) {
  const edit = (field: InsightsField) => (text: string) => dispatch({ type: 'edit', field, text })
  const leave = (field: InsightsField) => () => dispatch({ type: 'leave', field })
  return (
    <form
      className="insights-form"
      aria-labelledby="insights-form-heading"
      noValidate
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="insights-form-heading">Market insights</h2>
      <p className="form-intro">
        Pay for any role in any U.S. place. Results update as you type; nothing leaves this computer.
      </p>
      <div className="insights-fields">
        <ComboboxField
          id={INSIGHTS_FIELD_IDS.title}
          label={FIELD_LABELS.title}
          hint="e.g. Registered nurse, Backend architect."
          error={errors.title}
          after={below.title}
          value={state.title}
          options={titleOptions}
          onInput={edit('title')}
          onPick={(option) => dispatch({ type: 'pickTitle', title: option.title, soc: null })}
          onLeave={leave('title')}
        />
        <ComboboxField
          id={INSIGHTS_FIELD_IDS.location}
          label={FIELD_LABELS.location}
          hint="City, metro area or state, e.g. Cleveland, OH. Type “United States” for national figures."
          error={errors.location}
          after={below.location}
          value={state.location}
          options={locationOptions}
          onInput={edit('location')}
          onPick={(option) =>
            dispatch({ type: 'pickLocation', label: option.label, areaCode: option.areaCode })
          }
          onLeave={leave('location')}
        />
      </div>
      {saveError && <p className="notice notice-warning">{saveError}</p>}
    </form>
  )
}
