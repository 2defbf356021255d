// The saved-offer editor: every field of an offer, labelled, with a message under each field that cannot be used.
// What is typed is kept as a draft (see useOfferEditor); "Save offer" writes it to My offers.
import type { ReactNode } from 'react'
import { FormField } from '../../../components/FormField'
import { PAY_HINTS, YEARS_HINT } from '../../../components/PayFields'
import type { EditorAction, EditorState } from '../editorState'
import { baseNote, type EditorErrors, type EditorField } from '../offerEditor'
import { EditorRadios, EditorTextField, editorId } from './EditorInputs'
import { PlaceAndTitle } from './PlaceAndTitle'

export interface OfferEditorProps {
  state: EditorState
  dispatch: (action: EditorAction) => void
  errors: EditorErrors
  /** The name of the saved offer being edited, or null for a new one. */
  editingLabel: string | null
  onSave: () => void
  draftError: string | null
  /** More fieldsets, shown before the buttons (the deadline, benefits and counter history). */
  extras?: ReactNode
}

export function OfferEditor({
  state,
  dispatch,
  errors,
  editingLabel,
  onSave,
  draftError,
  extras,
}: OfferEditorProps) {
  const { text } = state
  const onEdit = (field: EditorField, value: string) => dispatch({ type: 'edit', field, text: value })
  const onLeave = (field: EditorField) => dispatch({ type: 'leave', field })
  const radios = (name: EditorField, options: readonly { value: string; label: string }[]) => (
    <EditorRadios field={name} value={text[name]} onEdit={onEdit} options={options} />
  )
  const field = (name: EditorField, hint?: string, numeric = true) => (
    <EditorTextField
      field={name}
      value={text[name]}
      error={errors[name]}
      onEdit={onEdit}
      onLeave={onLeave}
      hint={hint}
      numeric={numeric}
    />
  )

  return (
    <form
      className="offer-editor"
      aria-labelledby="offer-editor-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        onSave()
      }}
    >
      <h2 id="offer-editor-heading">{editingLabel === null ? 'New offer' : `Edit “${editingLabel}”`}</h2>
      <p className="form-intro">What you type is kept on this computer as you type, even before you save.</p>

      {field('label', 'A short name to tell offers apart, e.g. Seattle or Contoso.', false)}
      {field('company', 'Optional.', false)}
      <PlaceAndTitle
        title={text.title}
        location={text.location}
        workLocation={text.workLocation}
        errors={{ title: errors.title, location: errors.location, workLocation: errors.workLocation }}
        onEdit={onEdit}
        onLeave={onLeave}
      />
      {field('years', YEARS_HINT)}

      <fieldset className="editor-group">
        <legend>Pay</legend>
        {field('base', baseNote(text.base) ?? PAY_HINTS.base)}
        {radios('bonusKind', [
          { value: 'amount', label: 'an amount in dollars' },
          { value: 'percent', label: 'a percentage of base' },
        ])}
        {field(
          'bonus',
          text.bonusKind === 'percent'
            ? 'Target bonus, % of base, e.g. 10.'
            : 'Target bonus per year in dollars, or a percentage of base (15%). Leave empty if none.',
        )}
        {field('signon', PAY_HINTS.signon)}
        {radios('signonPaid', [
          { value: 'year1', label: 'all in year 1' },
          { value: 'split', label: 'half in year 1, half in year 2' },
        ])}
        {field('relocation', 'One-time, taxed as pay in year 1. Leave empty if none.')}
      </fieldset>

      <fieldset className="editor-group">
        <legend>Stock</legend>
        {field(
          'equityTotal',
          'The whole grant in US dollars at today’s price, e.g. 200k. Leave empty if none.',
        )}
        {field('equityYears', 'How many years the grant vests over, 1 to 10.')}
        {radios('schedule', [
          { value: 'even', label: 'the same each year' },
          { value: 'cliff', label: 'a cliff, then monthly or quarterly' },
          { value: 'custom', label: 'custom percentages per year' },
        ])}
        {text.schedule === 'cliff' && (
          <>
            {field('cliffMonths', 'Nothing vests before the cliff, e.g. 12.')}
            {radios('cliffThen', [
              { value: 'monthly', label: 'monthly' },
              { value: 'quarterly', label: 'quarterly' },
            ])}
          </>
        )}
        {text.schedule === 'custom' &&
          field(
            'customPercents',
            'One percentage per vesting year, adding up to 100, e.g. 5-15-40-40.',
            false,
          )}
      </fieldset>

      <fieldset className="editor-group">
        <legend>Retirement and raises</legend>
        {field('matchPercent', 'The employer adds this % of what you put in, e.g. 50. Leave empty if none.')}
        {field('matchUpTo', 'On your contributions up to this % of base, e.g. 6.')}
        {field('raisePercent', 'Expected raise each year, e.g. 3. Leave empty for none.')}
      </fieldset>

      <FormField
        id={editorId('notes')}
        label="Notes"
        hint="Optional: anything to remember about this offer."
        error={errors.notes}
      >
        {({ describedBy, invalid }) => (
          <textarea
            id={editorId('notes')}
            rows={3}
            value={text.notes}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(event) => onEdit('notes', event.target.value)}
            onBlur={() => onLeave('notes')}
          />
        )}
      </FormField>

      {extras}

      <div className="button-row">
        <button type="submit" className="primary-button">
          {editingLabel === null ? 'Save offer' : 'Save changes'}
        </button>
        <button
          type="button"
          className="secondary-button"
          data-menu={editingLabel === null ? undefined : 'stop-editing'}
          onClick={() => dispatch({ type: 'fresh' })}
        >
          {editingLabel === null ? 'Clear form' : 'Stop editing'}
        </button>
      </div>
      {draftError && <p className="notice notice-warning">{draftError}</p>}
    </form>
  )
}
