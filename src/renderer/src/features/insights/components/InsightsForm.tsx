// The two inputs of Market insights, with the same autocomplete as the offer form.
import { RoleFields } from '../../role/components/RoleFields'
import { roleFieldsOf, RoleFormFrame, type RoleFormProps } from '../../role/components/RoleForm'
import type { InsightsField, InsightsFormAction, InsightsFormState } from '../insightsForm'

export const INSIGHTS_FIELD_IDS: Record<InsightsField, string> = {
  title: 'insights-title',
  location: 'insights-location',
}

export type InsightsFormProps = RoleFormProps<InsightsFormState, InsightsFormAction, InsightsField>

export function InsightsForm(props: InsightsFormProps) {
  return (
    <RoleFormFrame
      className="insights-form"
      headingId="insights-form-heading"
      heading="Market insights"
      intro="Pay for any role in any U.S. place. Results update as you type; nothing leaves this computer."
      saveError={props.saveError}
    >
      <div className="insights-fields">
        <RoleFields
          ids={INSIGHTS_FIELD_IDS}
          idPrefix="insights-"
          hints={{
            title: 'e.g. Registered nurse, Backend architect.',
            location:
              'City, metro area or state, e.g. Cleveland, OH. Type “United States” for national figures.',
          }}
          {...roleFieldsOf(props)}
        />
      </div>
    </RoleFormFrame>
  )
}
