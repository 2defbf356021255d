// "Equivalent salary": the wage in another place that leaves the same take-home pay after tax and cost of living
// as one of the compared offers' base salary (or a wage the user types, paid in a place they name). The backend
// works it out (compare:equivalent) with the comparison's filing status, 401(k) contribution and tax year.
import { memo, useId, useState } from 'react'
import type { CompareResult } from '../../../../../shared/compare'
import type { EquivalentSalaryInput } from '../../../../../shared/contract'
import { MAX_AMOUNT, readAmount } from '../../../../../shared/fields'
import { FormField } from '../../../components/FormField'
import { TextField } from '../../../components/TextField'
import { equivalentSalary } from '../../../lib/api'
import { formatMoney } from '../../../lib/format'
import { useDebouncedReply } from '../../../lib/useDebouncedReply'
import { PlaceField } from '../../role/components/PlaceField'

const TYPED = 'typed'
const DELAY_MS = 120

export const EQUIVALENT_LABELS = {
  source: 'Start from',
  wage: 'Yearly wage',
  from: 'Where that wage is paid',
  to: 'Equivalent in',
  toWork: 'Work location there (if different)',
}

type Field = 'wage' | 'from' | 'to' | 'toWork'

export const EquivalentSalary = memo(function EquivalentSalary({ result }: { result: CompareResult }) {
  const prefix = useId()
  const ids = {
    source: `${prefix}-source`,
    wage: `${prefix}-wage`,
    from: `${prefix}-from`,
    to: `${prefix}-to`,
    toWork: `${prefix}-to-work`,
  }
  const [source, setSource] = useState<string>(result.offers[0]?.id ?? TYPED)
  const [wageText, setWageText] = useState('')
  const [fromText, setFromText] = useState('')
  const [toText, setToText] = useState('')
  const [toWorkText, setToWorkText] = useState('')

  const offer = result.offers.find((o) => o.id === source) ?? null
  const typed = offer === null
  const errors: Partial<Record<Field, string>> = {}
  let wages: number | null = offer ? (offer.years[0]?.base ?? null) : null
  if (typed && wageText.trim() !== '') {
    const value = /^\s*-/.test(wageText) ? null : readAmount(wageText)
    if (value === null || value <= 0)
      errors.wage = `${EQUIVALENT_LABELS.wage} must be a number of US dollars, e.g. 150000 or 150k.`
    else if (value > MAX_AMOUNT)
      errors.wage = `${EQUIVALENT_LABELS.wage} must be at most ${formatMoney(MAX_AMOUNT)} a year.`
    else wages = value
  }
  const from = offer ? offer.location : fromText.trim()
  const to = toText.trim()
  // An offer's separate work place goes with it; on the other side, one the user types.
  const fromWork = offer?.work?.location
  const toWork = toWorkText.trim()
  const { filing, k401, taxYear } = result.options
  const input: EquivalentSalaryInput | null =
    wages !== null && from !== '' && to !== '' && !errors.wage
      ? {
          wages,
          from,
          to,
          ...(fromWork ? { fromWork } : {}),
          ...(toWork ? { toWork } : {}),
          filing,
          k401,
          taxYear,
        }
      : null
  const answer = useDebouncedReply(input, equivalentSalary, DELAY_MS)
  const reply = answer.latest && answer.latest.key === answer.key ? answer.latest.reply : null
  if (reply && !reply.ok) {
    const named = reply.error.field
    const field =
      named === 'from' || named === 'fromWork'
        ? 'from'
        : named === 'wages'
          ? 'wage'
          : named === 'toWork'
            ? 'toWork'
            : 'to'
    if (field !== 'from' || typed) errors[field] = reply.error.message
  }
  const shown = reply?.ok ? reply.value : null
  const generalError =
    reply && !reply.ok && (reply.error.field === 'from' || reply.error.field === 'fromWork') && !typed
      ? reply.error.message
      : null

  const place = (
    field: 'from' | 'to' | 'toWork',
    hint: string,
    value: string,
    onInput: (text: string) => void,
  ) => (
    <PlaceField
      id={ids[field]}
      label={EQUIVALENT_LABELS[field]}
      hint={hint}
      value={value}
      error={errors[field]}
      onInput={onInput}
    />
  )

  return (
    <section className="result-card equivalent-salary" aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`}>Equivalent salary</h3>
      <p className="form-intro">
        The wage in another place that leaves the same take-home pay after tax and cost of living.
      </p>
      <div className="equivalent-fields">
        <FormField id={ids.source} label={EQUIVALENT_LABELS.source}>
          {({ describedBy }) => (
            <select
              id={ids.source}
              value={typed ? TYPED : source}
              aria-describedby={describedBy}
              onChange={(event) => setSource(event.target.value)}
            >
              {result.offers.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}: base {formatMoney(o.years[0]?.base)} in {o.location}
                </option>
              ))}
              <option value={TYPED}>A wage I type</option>
            </select>
          )}
        </FormField>
        {typed && (
          <>
            <TextField
              id={ids.wage}
              label={EQUIVALENT_LABELS.wage}
              hint="US dollars a year, e.g. 150000 or 150k."
              error={errors.wage}
              value={wageText}
              onInput={setWageText}
            />
            {place('from', 'A city with its state, e.g. Seattle, WA.', fromText, setFromText)}
          </>
        )}
        {place('to', 'A city with its state, e.g. Austin, TX.', toText, setToText)}
        {place(
          'toWork',
          'Where you would work, if not where you live (a city with its own tax, e.g. Philadelphia).',
          toWorkText,
          setToWorkText,
        )}
      </div>
      <div aria-live="polite" className="equivalent-answer" data-testid="equivalent-answer">
        {generalError && <p className="notice notice-warning">{generalError}</p>}
        {shown && input && (
          <>
            <p className="equivalent-figure">
              <span className="equivalent-amount">{formatMoney(shown.wages)}</span> a year in {shown.toPlace}{' '}
              <em>(modelled)</em>
            </p>
            <p>{shown.sentence}</p>
            {shown.notes.map((note) => (
              <p key={note} className="note">
                {note}
              </p>
            ))}
            <p className="note">
              Modelled with the same filing status, 401(k) contribution and tax year as the comparison.
              Sources: BEA 2023 regional price parities (
              {shown.fromPlace === shown.toPlace
                ? `RPP ${shown.fromRpp.toFixed(1)} for ${shown.fromPlace}`
                : `RPP ${shown.fromRpp.toFixed(1)} for ${shown.fromPlace}, ${shown.toRpp.toFixed(1)} for ${shown.toPlace}`}
              ); Worth’s {taxYear} tax tables.
            </p>
          </>
        )}
      </div>
    </section>
  )
})
