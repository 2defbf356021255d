// The calculator's inputs: the offer (as in My offer, or filled in from a saved offer) and the user's own terms.
// Every field keeps what was typed; a bad field gets an inline message naming it.
import type { Offer } from '../../../../../shared/offer'
import { PayFields, YEARS_HINT } from '../../../components/PayFields'
import { RoleFields } from '../../role/components/RoleFields'
import type { RoleLookup } from '../../role/useRoleLookup'
import { filledSentence, offerShown, savedOfferName, savedOfferPrefill } from '../fromSavedOffer'
import {
  NEGOTIATE_LABELS,
  type NegotiateField,
  type NegotiateFieldErrors,
  type NegotiateFormAction,
  type NegotiateFormState,
} from '../negotiateForm'
import { NEGOTIATE_FIELD_IDS, PlainField } from './PlainField'
import { SavedOfferSelect } from './SavedOfferSelect'
import { TermsFields } from './TermsFields'

export interface NegotiateFormProps {
  state: NegotiateFormState
  dispatch: (action: NegotiateFormAction) => void
  errors: NegotiateFieldErrors
  /** How a converted amount was read ("= $93,600 a year (45 × 2,080 hours)"), shown in place of the hint. */
  notes?: Partial<Record<NegotiateField, string>>
  /** Suggestions, "Which Portland do you mean?" and "Did you mean" for the title and place of the job. */
  lookup: RoleLookup
  /** "Did you mean" for the place where the user lives. */
  homeSuggestions: string[]
  /** The ask Worth works out from the market for these inputs, shown as what an empty "Your ask" means. */
  marketAsk: number | null
  saveError: string | null
  /** The user's saved offers (My offers), to start from one or take one as the best alternative. */
  savedOffers?: readonly Offer[]
}

export const START_FROM_ID = 'negotiate-start-from'

export function NegotiateForm(props: NegotiateFormProps) {
  const { state, dispatch, errors, notes, lookup, saveError, savedOffers = [] } = props
  const plain = { state, dispatch, errors, notes }

  return (
    <form
      className="offer-form negotiate-form"
      aria-labelledby="negotiate-form-heading"
      noValidate
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="negotiate-form-heading">Your counter-offer</h2>
      <p className="form-intro">The ask updates as you type. What you enter stays on this computer.</p>

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
          title: 'As written in the offer, e.g. Software engineer.',
          location: 'Where the job is: city, metro area or state, e.g. Seattle, WA.',
        }}
        values={state.fields}
        errors={errors}
        lookup={lookup}
        onEdit={(field, text) => dispatch({ type: 'edit', field, text })}
        onLeave={(field) => dispatch({ type: 'leave', field })}
        onPickTitle={(title) => dispatch({ type: 'pickTitle', title })}
        onPickLocation={(label, areaCode) => dispatch({ type: 'pickLocation', label, areaCode })}
      />

      <PlainField field="years" hint={YEARS_HINT} {...plain} />

      <PayFields
        ids={NEGOTIATE_FIELD_IDS}
        labels={NEGOTIATE_LABELS}
        values={state.fields}
        errors={errors}
        notes={notes}
        onEdit={(field, text) => dispatch({ type: 'edit', field, text })}
        onLeave={(field) => dispatch({ type: 'leave', field })}
      />

      <TermsFields {...props} />

      {saveError && <p className="notice notice-warning">{saveError}</p>}
    </form>
  )
}
