// The editor's deadline, benefits and counter-history fieldsets (version-2 fields of a saved offer). Every field is
// labelled; a field that cannot be used says so under it, naming itself.
import { useState } from 'react'
import { FormField } from '../../../components/FormField'
import { formatMoney } from '../../../lib/format'
import {
  EMPTY_ENTRY,
  EXTRA_LABELS,
  readEntry,
  withEntry,
  type ExtraField,
  type ExtrasErrors,
  type ExtrasText,
} from '../offerExtras'
import { formatDeadline } from './DeadlineNotice'
import { OptionsFields } from './OptionsFields'

export const extraId = (field: ExtraField) => `saved-offer-extra-${field}`

const HINTS: Partial<Record<ExtraField, string>> = {
  healthPremium:
    'Your share of the health insurance premium, a year (taken out of pay before tax), e.g. 2400.',
  hsaEmployer: 'What the employer puts in your health savings account a year, e.g. 500.',
  matchVestingYears: 'Leave empty when the match is yours at once.',
  entryBase: 'Optional: the base salary this step named.',
  optShares: 'How many shares the options let you buy, e.g. 40000.',
  optStrike: 'What each share costs you to buy, e.g. 1.20.',
  optFmv: 'The company’s latest 409A valuation of a common share, e.g. 1.50.',
  optPreferred:
    'Optional: the price investors paid a share in the last round, e.g. 6. Context only: common stock is worth less.',
  optExpiry: 'Optional, e.g. 10.',
  exitPrice: 'What a share might sell for at an exit, e.g. 20.',
  refreshSize: 'US dollars (e.g. 40000) or a percent of the initial grant (e.g. 25%). Leave empty for none.',
}

/** Hints that differ for stock options. */
const OPTION_HINTS: Partial<Record<ExtraField, string>> = {
  refreshSize:
    'A number of options (e.g. 10000) or a percent of the initial grant (e.g. 25%), valued at today’s 409A price as their strike. Leave empty for none.',
  esppPercent: 'Share of pay you would put into the stock purchase plan, e.g. 10. Leave empty for none.',
  esppDiscount: 'The plan’s discount on the share price, e.g. 15 (the most a qualified plan gives).',
}

/** One labelled field of these fieldsets, its message under it naming it. */
export function ExtraInput({
  field,
  value,
  error,
  onChange,
  kind = 'text',
  options = false,
}: {
  field: ExtraField
  value: string
  error?: string
  onChange: (value: string) => void
  kind?: 'text' | 'date' | 'number'
  /** The offer's equity is stock options (some hints differ). */
  options?: boolean
}) {
  const id = extraId(field)
  const hint = (options ? OPTION_HINTS[field] : undefined) ?? HINTS[field]
  return (
    <FormField id={id} label={EXTRA_LABELS[field]} hint={hint} error={error}>
      {({ describedBy, invalid }) => (
        <input
          id={id}
          type={kind === 'date' ? 'date' : 'text'}
          inputMode={kind === 'number' ? 'decimal' : undefined}
          autoComplete="off"
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  )
}

export interface OfferExtrasFieldsProps {
  text: ExtrasText
  errors: ExtrasErrors
  onChange: (text: ExtrasText) => void
}

export function OfferExtrasFields({ text, errors, onChange }: OfferExtrasFieldsProps) {
  const [entryErrors, setEntryErrors] = useState<ExtrasErrors>({})
  const shown = { ...errors, ...entryErrors }
  const input = (
    field: ExtraField,
    value: string,
    set: (value: string) => void,
    kind: 'text' | 'date' | 'number' = 'text',
  ) => (
    <ExtraInput
      field={field}
      value={value}
      error={shown[field]}
      onChange={set}
      kind={kind}
      options={text.equityKind === 'options'}
    />
  )
  const setEntry = (patch: Partial<ExtrasText['entry']>) => {
    setEntryErrors({})
    onChange({ ...text, entry: { ...text.entry, ...patch } })
  }
  const add = () => {
    const read = readEntry(text.entry)
    if (!read.ok) {
      setEntryErrors(read.errors)
      const first = (['entryDate', 'entryBase', 'entryNote'] as const).find((f) => read.errors[f])
      if (first) document.getElementById(extraId(first))?.focus()
      return
    }
    setEntryErrors({})
    onChange({ ...text, history: withEntry(text.history, read.value), entry: EMPTY_ENTRY })
  }

  return (
    <>
      <OptionsFields text={text} errors={errors} onChange={onChange} />
      <fieldset className="editor-group">
        <legend>Refresh grants</legend>
        {input('refreshSize', text.refreshSize, (v) => onChange({ ...text, refreshSize: v }))}
        {input('refreshEvery', text.refreshEvery, (v) => onChange({ ...text, refreshEvery: v }), 'number')}
        {input('refreshVest', text.refreshVest, (v) => onChange({ ...text, refreshVest: v }), 'number')}
      </fieldset>
      <fieldset className="editor-group">
        <legend>Employee stock purchase plan (ESPP)</legend>
        {input('esppPercent', text.esppPercent, (v) => onChange({ ...text, esppPercent: v }), 'number')}
        {input('esppDiscount', text.esppDiscount, (v) => onChange({ ...text, esppDiscount: v }), 'number')}
        <label className="toggle">
          <input
            type="checkbox"
            checked={text.esppLookback}
            onChange={(event) => onChange({ ...text, esppLookback: event.target.checked })}
          />{' '}
          The plan has a lookback (buys at the lower of the start and end prices)
        </label>
      </fieldset>
      <fieldset className="editor-group">
        <legend>Deadline</legend>
        {input('deadline', text.deadline, (deadline) => onChange({ ...text, deadline }), 'date')}
      </fieldset>
      <fieldset className="editor-group">
        <legend>Benefits</legend>
        {input('healthPremium', text.healthPremium, (v) => onChange({ ...text, healthPremium: v }), 'number')}
        {input('hsaEmployer', text.hsaEmployer, (v) => onChange({ ...text, hsaEmployer: v }), 'number')}
        {input(
          'matchVestingYears',
          text.matchVestingYears,
          (v) => onChange({ ...text, matchVestingYears: v }),
          'number',
        )}
      </fieldset>
      <fieldset className="editor-group">
        <legend>Counter history</legend>
        {text.history.length === 0 ? (
          <p className="empty-note">No steps yet.</p>
        ) : (
          <ol className="counter-history" aria-label="Counter history">
            {text.history.map((entry, index) => {
              const who = entry.side === 'me' ? 'You' : 'The employer'
              const line = `${formatDeadline(entry.date)}: ${who}${entry.base !== undefined ? ` named ${formatMoney(entry.base)}` : ''}${entry.note ? ` — ${entry.note}` : ''}`
              return (
                <li key={`${entry.date}-${index}`}>
                  {line}{' '}
                  <button
                    type="button"
                    className="small-button"
                    aria-label={`Remove the step of ${formatDeadline(entry.date)}`}
                    onClick={() => onChange({ ...text, history: text.history.filter((_, i) => i !== index) })}
                  >
                    Remove
                  </button>
                </li>
              )
            })}
          </ol>
        )}
        {input('entryDate', text.entry.date, (date) => setEntry({ date }), 'date')}
        <fieldset className="radio-group">
          <legend>Who made this step</legend>
          <div className="radio-row">
            {(
              [
                ['them', 'The employer'],
                ['me', 'Me'],
              ] as const
            ).map(([side, label]) => (
              <label key={side} className="toggle">
                <input
                  type="radio"
                  name="saved-offer-entry-side"
                  checked={text.entry.side === side}
                  onChange={() => setEntry({ side })}
                />{' '}
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        {input('entryBase', text.entry.base, (base) => setEntry({ base }), 'number')}
        {input('entryNote', text.entry.note, (note) => setEntry({ note }))}
        <button type="button" className="secondary-button" onClick={add}>
          Add to history
        </button>
      </fieldset>
    </>
  )
}
