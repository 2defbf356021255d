// The two inputs of Market insights, with the same autocomplete as the offer form.
import { RoleFields } from '../../role/components/RoleFields'
import type { RoleLookup } from '../../role/useRoleLookup'
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
  /** Suggestions, "Which Portland do you mean?" and "Did you mean" for the title and place. */
  lookup: RoleLookup
  saveError: string | null
}

export function InsightsForm({ state, dispatch, errors, lookup, saveError }: InsightsFormProps) {
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
        <RoleFields
          ids={INSIGHTS_FIELD_IDS}
          idPrefix="insights-"
          hints={{
            title: 'e.g. Registered nurse, Backend architect.',
            location:
              'City, metro area or state, e.g. Cleveland, OH. Type “United States” for national figures.',
          }}
          values={state.fields}
          errors={errors}
          lookup={lookup}
          onEdit={(field, text) => dispatch({ type: 'edit', field, text })}
          onLeave={(field) => dispatch({ type: 'leave', field })}
          onPickTitle={(title) => dispatch({ type: 'pickTitle', title, soc: null })}
          onPickLocation={(label, areaCode) => dispatch({ type: 'pickLocation', label, areaCode })}
        />
      </div>
      {saveError && <p className="notice notice-warning">{saveError}</p>}
    </form>
  )
}
