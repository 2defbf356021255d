// The calculator's inputs: the offer (as in My offer, or filled in from a saved offer) and the user's own terms.
// Every field keeps what was typed; a bad field gets an inline message naming it.
import type { Offer } from '../../../../../shared/offer'
import { PayFields } from '../../../components/PayFields'
import { OFFER_TITLE_HINT, RoleFields } from '../../role/components/RoleFields'
import { formFieldsOf, roleFieldsOf, RoleFormFrame, type RoleFormProps } from '../../role/components/RoleForm'
import { filledSentence, offerShown, savedOfferName, savedOfferPrefill } from '../fromSavedOffer'
import {
  NEGOTIATE_LABELS,
  type NegotiateField,
  type NegotiateFormAction,
  type NegotiateFormState,
} from '../negotiateForm'
import { NEGOTIATE_FIELD_IDS } from './PlainField'
import { SavedOfferSelect } from './SavedOfferSelect'
import { TermsFields } from './TermsFields'

export interface NegotiateFormProps extends RoleFormProps<
  NegotiateFormState,
  NegotiateFormAction,
  NegotiateField
> {
  /** How a converted amount was read ("= $93,600 a year (45 × 2,080 hours)"), shown in place of the hint. */
  notes?: Partial<Record<NegotiateField, string>>
  /** "Did you mean" for the place where the user lives. */
  homeSuggestions: string[]
  /** The ask Worth works out from the market for these inputs, shown as what an empty "Your ask" means. */
  marketAsk: number | null
  /** The user's saved offers (My offers), to start from one or take one as the best alternative. */
  savedOffers?: readonly Offer[]
}

export const START_FROM_ID = 'negotiate-start-from'

export function NegotiateForm(props: NegotiateFormProps) {
  const { state, dispatch, notes, saveError, savedOffers = [] } = props

  return (
    <RoleFormFrame
      className="offer-form negotiate-form"
      headingId="negotiate-form-heading"
      heading="Your counter-offer"
      intro="The ask updates as you type. What you enter stays on this computer."
      saveError={saveError}
    >
      {savedOffers.length > 0 && (
        <SavedOfferSelect
          id={START_FROM_ID}
          label="Start from a saved offer"
          hint="Fills in the offer below; your terms stay. A bonus in % becomes dollars of base, and stock per year is the grant divided by its vesting years (the average year)."
          placeholder="Choose a saved offer…"
          offers={savedOffers}
          optionText={savedOfferName}
          shown={offerShown(state.fields, savedOffers)}
          onChoose={(offer) => {
            dispatch({ type: 'fillOffer', prefill: savedOfferPrefill(offer) })
            return filledSentence(offer)
          }}
        />
      )}

      <RoleFields
        ids={NEGOTIATE_FIELD_IDS}
        idPrefix="negotiate-"
        labels={NEGOTIATE_LABELS}
        hints={{
          title: OFFER_TITLE_HINT,
          location: 'Where the job is: city, metro area or state, e.g. Seattle, WA.',
        }}
        {...roleFieldsOf(props)}
      />

      <PayFields ids={NEGOTIATE_FIELD_IDS} labels={NEGOTIATE_LABELS} notes={notes} {...formFieldsOf(props)} />

      <TermsFields {...props} />
    </RoleFormFrame>
  )
}
