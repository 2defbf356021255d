// What the Compare view keeps between visits (a draft in the local database): the what-ifs as typed and which
// offers are ticked. Read back defensively: anything missing or of the wrong shape falls back to the default.
import { draftChoice, draftObject, draftObjectOr, draftText, readDraft } from '../../lib/draftSchema'
import { INITIAL_WHAT_IF, type WhatIfText } from './whatIf'

export interface CompareSettings {
  whatIf: WhatIfText
  /** Ids of the ticked offers, or null for the default (every saved offer, up to 6). */
  chosen: string[] | null
}

export const INITIAL_COMPARE_SETTINGS: CompareSettings = { whatIf: INITIAL_WHAT_IF, chosen: null }

const FILINGS = ['single', 'joint', 'hoh'] as const
const YEARS = ['2025', '2026'] as const
/** How much of one typed what-if a draft keeps. */
const WHAT_IF_TEXT_LIMIT = 100

const CompareDraftSchema = draftObject<CompareSettings>({
  whatIf: draftObjectOr<WhatIfText>(
    {
      filing: draftChoice(FILINGS, INITIAL_WHAT_IF.filing),
      taxYear: draftChoice(YEARS, INITIAL_WHAT_IF.taxYear),
      k401: draftText(WHAT_IF_TEXT_LIMIT, INITIAL_WHAT_IF.k401),
      stockChange: draftText(WHAT_IF_TEXT_LIMIT, INITIAL_WHAT_IF.stockChange),
      bonusPayout: draftText(WHAT_IF_TEXT_LIMIT, INITIAL_WHAT_IF.bonusPayout),
      exitChance: draftText(WHAT_IF_TEXT_LIMIT, INITIAL_WHAT_IF.exitChance),
    },
    INITIAL_WHAT_IF,
  ),
  // The ids of the ticked offers (at most 6); anything but a list reads as the default.
  chosen: (stored) =>
    Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string').slice(0, 6) : null,
})

export function fromCompareDraft(stored: unknown): CompareSettings | null {
  return readDraft(CompareDraftSchema, stored)
}
