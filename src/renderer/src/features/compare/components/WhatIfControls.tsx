// What-if settings for the whole comparison: filing status, tax year, 401(k) contribution, stock price change and
// bonus payout, and the chance of an exit for options offers. Every change recomputes every offer at once.
import { TextField } from '../../../components/TextField'
import {
  FILING_LABELS,
  WHAT_IF_LABELS,
  type WhatIfErrors,
  type WhatIfField,
  type WhatIfText,
} from '../whatIf'

const HINTS: Record<WhatIfField, string> = {
  k401: 'Pre-tax, the same for every offer, e.g. 23500 (the 2025 limit). Leave empty for none.',
  stockChange: 'What if the share price moves, e.g. -30 or 20. 0 keeps the grant value.',
  bonusPayout: 'Share of the target bonus actually paid, e.g. 80.',
  exitChance:
    'For stock options: how likely you think a sale or listing is, e.g. 20. Gives an expected value beside each exit price. Leave empty for none.',
}

export interface WhatIfControlsProps {
  text: WhatIfText
  errors: WhatIfErrors
  onChange: (text: WhatIfText) => void
}

export function WhatIfControls({ text, errors, onChange }: WhatIfControlsProps) {
  const input = (field: WhatIfField) => (
    <TextField
      id={`compare-${field}`}
      label={WHAT_IF_LABELS[field]}
      hint={HINTS[field]}
      error={errors[field]}
      value={text[field]}
      onInput={(value) => onChange({ ...text, [field]: value })}
    />
  )
  return (
    <fieldset className="what-if compare-what-if">
      <legend>What if</legend>
      <fieldset className="radio-group">
        <legend>Filing status</legend>
        <div className="radio-row">
          {(Object.keys(FILING_LABELS) as WhatIfText['filing'][]).map((filing) => (
            <label key={filing} className="toggle">
              <input
                type="radio"
                name="compare-filing"
                checked={text.filing === filing}
                onChange={() => onChange({ ...text, filing })}
              />{' '}
              {FILING_LABELS[filing]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="radio-group">
        <legend>Tax year</legend>
        <div className="radio-row">
          {(['2025', '2026'] as const).map((year) => (
            <label key={year} className="toggle">
              <input
                type="radio"
                name="compare-tax-year"
                checked={text.taxYear === year}
                onChange={() => onChange({ ...text, taxYear: year })}
              />{' '}
              {year}
            </label>
          ))}
        </div>
      </fieldset>
      {input('k401')}
      {input('stockChange')}
      {input('bonusPayout')}
      {input('exitChance')}
    </fieldset>
  )
}
