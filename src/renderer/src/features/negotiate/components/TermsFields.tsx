// The user's own terms: what to aim for, an ask of their own, their best alternative and walk-away point, and the
// facts that change taxes and tips (filing status, remote work, where they live now).
import { formatMoney } from '../../../lib/format'
import { DidYouMean } from '../../role/components/DidYouMean'
import { PlaceField } from '../../role/components/PlaceField'
import {
  alternativeSentence,
  alternativeShown,
  offerShown,
  savedOfferName,
  savedOfferTotal,
} from '../fromSavedOffer'
import { FILING_LABELS, NEGOTIATE_LABELS, type Filing, type TargetKind } from '../negotiateForm'
import type { NegotiateFormProps } from './NegotiateForm'
import { NEGOTIATE_FIELD_IDS, PlainField } from './PlainField'
import { SavedOfferSelect } from './SavedOfferSelect'

const TARGET_CHOICES: { kind: TargetKind; label: string }[] = [
  { kind: 'worth', label: 'Worth’s pick for your level' },
  { kind: 'percentile', label: 'A market percentile' },
  { kind: 'takeHome', label: 'A take-home amount' },
]

export function TermsFields({
  state,
  dispatch,
  errors,
  homeSuggestions,
  marketAsk,
  savedOffers = [],
}: NegotiateFormProps) {
  const plain = { state, dispatch, errors }
  // The offer being negotiated is no alternative to itself.
  const negotiated = offerShown(state.fields, savedOffers)
  const alternatives = savedOffers.filter((offer) => offer !== negotiated)
  const askHint =
    marketAsk !== null
      ? `Optional. Leave empty to use Worth’s ask, now ${formatMoney(marketAsk)}.`
      : 'Optional. Leave empty to use Worth’s ask for your target.'

  return (
    <fieldset className="amounts terms">
      <legend>Your terms</legend>

      <fieldset className="target-choice">
        <legend>Target</legend>
        <div className="radio-row">
          {TARGET_CHOICES.map((choice) => (
            <label key={choice.kind}>
              <input
                type="radio"
                name="negotiate-target-kind"
                value={choice.kind}
                checked={state.targetKind === choice.kind}
                onChange={() => dispatch({ type: 'setTargetKind', kind: choice.kind })}
              />{' '}
              {choice.label}
            </label>
          ))}
        </div>
        {state.targetKind === 'worth' ? (
          <p className="field-hint" id="negotiate-target-worth-hint">
            The upper part of pay at your DOL wage level (from your years of experience), as a step of 5-20%
            on the offer; without years, the local market’s 75th percentile.
          </p>
        ) : state.targetKind === 'percentile' ? (
          <PlainField
            field="targetPercentile"
            hint="Where in the local market to aim your base, from 1 to 99. 75 is a common target."
            {...plain}
          />
        ) : (
          <PlainField
            field="targetTakeHome"
            hint="Pay after tax you want in the first year, in US dollars, e.g. 140000."
            {...plain}
          />
        )}
      </fieldset>

      <PlainField
        field="ask"
        hint={askHint}
        placeholder={marketAsk !== null ? String(Math.round(marketAsk)) : undefined}
        {...plain}
      />
      <PlainField
        field="alternative"
        hint="Optional. Total pay a year of your best other offer (or your current job)."
        {...plain}
      />
      {alternatives.length > 0 && (
        <SavedOfferSelect
          id="negotiate-alternative-offer"
          label="Best alternative: one of my offers"
          hint="Fills in the offer’s total pay a year: base + bonus + stock per year + sign-on ÷ 4."
          placeholder="Choose one of my offers…"
          offers={alternatives}
          optionText={(offer) => `${savedOfferName(offer)}: ${formatMoney(savedOfferTotal(offer))} a year`}
          shown={alternativeShown(state.fields, alternatives)}
          onChoose={(offer) => {
            dispatch({ type: 'edit', field: 'alternative', text: String(savedOfferTotal(offer)) })
            return alternativeSentence(offer)
          }}
        />
      )}
      <PlainField
        field="walkaway"
        hint="Optional. The lowest total pay a year you would accept."
        {...plain}
      />

      <div className="field">
        <label className="field-label" htmlFor="negotiate-filing">
          Tax filing status
        </label>
        <p id="negotiate-filing-hint" className="field-hint">
          Used for take-home pay.
        </p>
        <select
          id="negotiate-filing"
          aria-describedby="negotiate-filing-hint"
          value={state.filing}
          onChange={(event) => dispatch({ type: 'setFiling', filing: event.target.value as Filing })}
        >
          {(Object.keys(FILING_LABELS) as Filing[]).map((filing) => (
            <option key={filing} value={filing}>
              {FILING_LABELS[filing]}
            </option>
          ))}
        </select>
      </div>

      <div className="field checkbox-field">
        <label>
          <input
            type="checkbox"
            checked={state.remote}
            onChange={(event) => dispatch({ type: 'setRemote', remote: event.target.checked })}
          />{' '}
          The job is remote
        </label>
      </div>

      <PlaceField
        id={NEGOTIATE_FIELD_IDS.currentLocation}
        label={NEGOTIATE_LABELS.currentLocation}
        hint="Optional. Where you live now, if the job means a move, e.g. Boise, ID."
        error={errors.currentLocation}
        after={
          <DidYouMean
            id="negotiate-home-did-you-mean"
            suggestions={homeSuggestions}
            onChoose={(text) => dispatch({ type: 'edit', field: 'currentLocation', text })}
          />
        }
        value={state.fields.currentLocation}
        onInput={(text) => dispatch({ type: 'edit', field: 'currentLocation', text })}
        onLeave={() => dispatch({ type: 'leave', field: 'currentLocation' })}
      />
    </fieldset>
  )
}
