// "Compare another place": asks the backend for the same role somewhere else and shows the difference in medians.
import { useMemo, useState } from 'react'
import type { InsightsInput } from '../../../../../shared/contract'
import type { InsightsResult } from '../../../../../shared/types'
import { roleInsights } from '../../../lib/api'
import { useDebouncedReply } from '../../../lib/useDebouncedReply'
import { PlaceField } from '../../role/components/PlaceField'
import { placeDifference } from '../insightsSeries'
import { INSIGHTS_DELAY_MS } from './timing'

export const COMPARE_FIELD_ID = 'insights-compare-location'
export const COMPARE_LABEL = 'Compare another place'

export interface ComparePlaceProps {
  /** The request whose result is on screen (its title and occupation are kept; the place changes). */
  base: InsightsInput
  result: InsightsResult
}

export function ComparePlace({ base, result }: ComparePlaceProps) {
  const [text, setText] = useState('')
  const [areaCode, setAreaCode] = useState<string | null>(null)
  const typed = text.trim()

  const request = useMemo<InsightsInput | null>(() => {
    if (!typed) return null
    const input: InsightsInput = { title: base.title, location: typed }
    if (base.soc) input.soc = base.soc
    if (areaCode) input.areaCode = areaCode
    return input
  }, [base.title, base.soc, typed, areaCode])
  const other = useDebouncedReply(request, roleInsights, INSIGHTS_DELAY_MS)

  const current = other.latest && other.latest.key === other.key ? other.latest.reply : null
  const error = current && !current.ok ? current.error : null
  const difference = current && current.ok ? placeDifference(result, current.value) : null
  const suggestions = error?.suggestions ?? []

  return (
    <div className="what-if compare-place">
      <PlaceField
        id={COMPARE_FIELD_ID}
        label={COMPARE_LABEL}
        hint="Another city, metro area or state, e.g. Austin, TX."
        error={error?.message}
        after={
          suggestions.length > 0 && (
            <ul className="button-list" aria-label="Places to compare with">
              {suggestions.map((suggestion) => (
                <li key={suggestion}>
                  <button
                    type="button"
                    className="choice"
                    onClick={() => {
                      // "Portland, OR (Portland-Vancouver-…)" names the place by the text before the bracket.
                      setText(suggestion.replace(/\s*\(.*\)\s*$/, ''))
                      setAreaCode(null)
                    }}
                  >
                    {suggestion}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
        value={text}
        onInput={(value) => {
          setText(value)
          setAreaCode(null)
        }}
        onPick={(option) => {
          setText(option.label)
          setAreaCode(option.areaCode)
        }}
      />
      <div className="what-if-result" aria-live="polite" aria-busy={other.pending}>
        {difference?.lines.map((line) => (
          <p key={line} className="place-difference">
            {line}
          </p>
        ))}
        {difference?.problem && <p className="note">{difference.problem}</p>}
        {request && other.pending && !difference && <p className="note">Looking up {typed}…</p>}
      </div>
    </div>
  )
}
