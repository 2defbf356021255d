// The offer's inputs. Every field keeps what was typed; a bad field gets an inline message naming it.
import type { FieldName } from '../../../../../shared/fields'
import { FIELD_LABELS } from '../../../../../shared/fields'
import { PayFields } from '../../../components/PayFields'
import { OFFER_TITLE_HINT, RoleFields } from '../../role/components/RoleFields'
import { formFieldsOf, roleFieldsOf, RoleFormFrame, type RoleFormProps } from '../../role/components/RoleForm'
import type { AmountField, OfferFormAction, OfferFormState } from '../offerForm'

export const FIELD_IDS: Record<FieldName, string> = {
  title: 'offer-title',
  location: 'offer-location',
  years: 'offer-years',
  base: 'offer-base',
  bonus: 'offer-bonus',
  stock: 'offer-stock',
  signon: 'offer-signon',
}

export interface OfferFormProps extends RoleFormProps<OfferFormState, OfferFormAction, FieldName> {
  /** How a converted amount was read ("= $93,600 a year (45 × 2,080 hours)"), shown in place of the hint. */
  notes?: Partial<Record<AmountField, string>>
}

export function OfferForm(props: OfferFormProps) {
  const { notes = {}, saveError } = props

  return (
    <RoleFormFrame
      className="offer-form"
      headingId="offer-form-heading"
      heading="Your offer"
      intro="Results update as you type. What you enter stays on this computer."
      saveError={saveError}
    >
      <RoleFields
        ids={FIELD_IDS}
        hints={{
          title: OFFER_TITLE_HINT,
          location: 'City, metro area or state, e.g. Seattle, WA. Type “United States” for national figures.',
        }}
        {...roleFieldsOf(props)}
      />

      <PayFields ids={FIELD_IDS} labels={FIELD_LABELS} notes={notes} {...formFieldsOf(props)} />
    </RoleFormFrame>
  )
}
