// Text for numbers shown on screen. Every helper returns '—' for a missing or non-finite value,
// so NaN, Infinity or "undefined" never reach the page.

import { formatMoney, ordinal } from '../../../shared/format'

export const MISSING = '—'

/** "$150,000" — whole US dollars (shared with the backend's sentences). */
export { formatMoney }

/** "47th", "1st", "22nd", "13th". */
export const formatOrdinal = (value: number | null | undefined): string =>
  typeof value === 'number' ? ordinal(value) : MISSING

// Made on first use: a page's first Intl formatter loads ICU's locale data (25-60 ms in Chromium on this machine),
// which the first view should not pay before its percentile sentence is on screen (issue 13).
let compactDollars: Intl.NumberFormat | undefined
let counts: Intl.NumberFormat | undefined

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** "$150K", "$1.2M" — for chart ticks where space is short. */
export function formatMoneyShort(value: number | null | undefined): string {
  if (!isFiniteNumber(value)) return MISSING
  compactDollars ??= new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  })
  return compactDollars.format(value)
}

/** "1,234" */
export function formatCount(value: number | null | undefined): string {
  if (!isFiniteNumber(value)) return MISSING
  counts ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
  return counts.format(value)
}
