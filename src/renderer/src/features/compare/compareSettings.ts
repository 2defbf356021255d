// What the Compare view keeps between visits (a draft in the local database): the what-ifs as typed and which
// offers are ticked. Read back defensively: anything missing or of the wrong shape falls back to the default.
import { INITIAL_WHAT_IF, type WhatIfText } from './whatIf'

export interface CompareSettings {
  whatIf: WhatIfText
  /** Ids of the ticked offers, or null for the default (every saved offer, up to 6). */
  chosen: string[] | null
}

export const INITIAL_COMPARE_SETTINGS: CompareSettings = { whatIf: INITIAL_WHAT_IF, chosen: null }

const FILINGS = ['single', 'joint', 'hoh'] as const
const YEARS = ['2025', '2026'] as const

export function fromCompareDraft(stored: unknown): CompareSettings | null {
  if (typeof stored !== 'object' || stored === null) return null
  const record = stored as Record<string, unknown>
  const w = (typeof record.whatIf === 'object' && record.whatIf !== null ? record.whatIf : {}) as Record<
    string,
    unknown
  >
  const text = (value: unknown, fallback: string) =>
    typeof value === 'string' ? value.slice(0, 100) : fallback
  const whatIf: WhatIfText = {
    filing: FILINGS.find((f) => f === w.filing) ?? INITIAL_WHAT_IF.filing,
    taxYear: YEARS.find((y) => y === w.taxYear) ?? INITIAL_WHAT_IF.taxYear,
    k401: text(w.k401, INITIAL_WHAT_IF.k401),
    stockChange: text(w.stockChange, INITIAL_WHAT_IF.stockChange),
    bonusPayout: text(w.bonusPayout, INITIAL_WHAT_IF.bonusPayout),
    exitChance: text(w.exitChance, INITIAL_WHAT_IF.exitChance),
  }
  const chosen = Array.isArray(record.chosen)
    ? record.chosen.filter((id): id is string => typeof id === 'string').slice(0, 6)
    : null
  return { whatIf, chosen }
}
