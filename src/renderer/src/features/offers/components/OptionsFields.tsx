// The editor's equity kind (an RSU grant in dollars, or stock options) and, for options, the grant and its exit
// prices: the 409A and preferred prices are always scenarios; the user adds or removes exits of their own.
import { useState } from 'react'
import {
  FMV_SCENARIO,
  PREFERRED_SCENARIO,
  readExit,
  readSharePrice,
  type ExtrasErrors,
  type ExtrasText,
} from '../offerExtras'
import { formatPrice } from '../../../../../shared/format'
import { ExtraInput, extraId } from './OfferExtrasFields'

export interface OptionsFieldsProps {
  text: ExtrasText
  errors: ExtrasErrors
  onChange: (text: ExtrasText) => void
}

const price = (text: string) => {
  const read = readSharePrice('exitPrice', text, false)
  return read.ok && read.value !== undefined ? formatPrice(read.value) : 'not set yet'
}

export function OptionsFields({ text, errors, onChange }: OptionsFieldsProps) {
  const [exitErrors, setExitErrors] = useState<ExtrasErrors>({})
  const set = (patch: Partial<ExtrasText>) => onChange({ ...text, ...patch })
  const setExit = (patch: Partial<ExtrasText['exit']>) => {
    setExitErrors({})
    set({ exit: { ...text.exit, ...patch } })
  }
  const addExit = () => {
    const read = readExit(text)
    if (!read.ok) {
      setExitErrors(read.errors)
      const first = (['exitName', 'exitPrice'] as const).find((f) => read.errors[f])
      if (first) document.getElementById(extraId(first))?.focus()
      return
    }
    setExitErrors({})
    set({ exits: [...text.exits, read.value], exit: { name: '', price: '' } })
  }
  const options = text.equityKind === 'options'
  return (
    <fieldset className="editor-group">
      <legend>Equity kind</legend>
      <fieldset className="radio-group">
        <legend>The equity is</legend>
        <div className="radio-row">
          {(
            [
              ['rsu', 'RSU grant (a dollar value)'],
              ['options', 'Stock options'],
            ] as const
          ).map(([kind, label]) => (
            <label key={kind} className="toggle">
              <input
                type="radio"
                name="saved-offer-equity-kind"
                checked={text.equityKind === kind}
                onChange={() => set({ equityKind: kind })}
              />{' '}
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {options && (
        <>
          <p className="field-hint">
            The vesting years and schedule above apply to the options; the equity grant’s dollar value is not
            used.
          </p>
          <ExtraInput
            field="optShares"
            value={text.optShares}
            error={errors.optShares}
            onChange={(v) => set({ optShares: v })}
            kind="number"
          />
          <ExtraInput
            field="optStrike"
            value={text.optStrike}
            error={errors.optStrike}
            onChange={(v) => set({ optStrike: v })}
            kind="number"
          />
          <ExtraInput
            field="optFmv"
            value={text.optFmv}
            error={errors.optFmv}
            onChange={(v) => set({ optFmv: v })}
            kind="number"
          />
          <ExtraInput
            field="optPreferred"
            value={text.optPreferred}
            error={errors.optPreferred}
            onChange={(v) => set({ optPreferred: v })}
            kind="number"
          />
          <fieldset className="radio-group">
            <legend>Option type</legend>
            <div className="radio-row">
              {(
                [
                  ['iso', 'Incentive (ISO)'],
                  ['nso', 'Non-qualified (NSO)'],
                ] as const
              ).map(([kind, label]) => (
                <label key={kind} className="toggle">
                  <input
                    type="radio"
                    name="saved-offer-option-type"
                    checked={text.optExercise === kind}
                    onChange={() => set({ optExercise: kind })}
                  />{' '}
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <ExtraInput
            field="optExpiry"
            value={text.optExpiry}
            error={errors.optExpiry}
            onChange={(v) => set({ optExpiry: v })}
            kind="number"
          />
          <h4 id="exit-scenarios-heading">Exit scenarios</h4>
          <ul aria-labelledby="exit-scenarios-heading" className="exit-scenarios">
            <li>
              {FMV_SCENARIO}: {price(text.optFmv)} (the 409A price)
            </li>
            {text.optPreferred.trim() !== '' && (
              <li>
                {PREFERRED_SCENARIO}: {price(text.optPreferred)} (the last round’s price)
              </li>
            )}
            {text.exits.map((exit) => (
              <li key={exit.name}>
                {exit.name}: {price(exit.price)}{' '}
                <button
                  type="button"
                  className="small-button"
                  aria-label={`Remove the exit ${exit.name}`}
                  onClick={() => set({ exits: text.exits.filter((x) => x.name !== exit.name) })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <ExtraInput
            field="exitName"
            value={text.exit.name}
            error={exitErrors.exitName}
            onChange={(name) => setExit({ name })}
          />
          <ExtraInput
            field="exitPrice"
            value={text.exit.price}
            error={exitErrors.exitPrice}
            onChange={(v) => setExit({ price: v })}
            kind="number"
          />
          <button type="button" className="secondary-button" onClick={addExit}>
            Add exit price
          </button>
        </>
      )}
    </fieldset>
  )
}
