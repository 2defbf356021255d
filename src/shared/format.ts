// Formatting shared by every surface. Never prints NaN: non-finite numbers show as an em dash.

// Made on first use: the first Intl formatter of a process loads ICU's locale data (about 15 ms), which a command
// that never prints a price or a huge sum should not pay at its start.
let usd: Intl.NumberFormat | undefined
let usdCents: Intl.NumberFormat | undefined
const USD = (): Intl.NumberFormat =>
  (usd ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }))
const USD_CENTS = (): Intl.NumberFormat =>
  (usdCents ??= new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
  }))

/** Dollars and cents, for prices per share ("$1.20"); an em dash for anything not a finite number. */
export function formatPrice(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? USD_CENTS().format(value + 0) : '—'
}

/**
 * Whole dollars as en-US writes them ("$1,234", "-$56"), the same text as Intl's currency format but grouped by
 * hand: Intl's format costs about a microsecond a call, and an estimate's sentences and notes call this often.
 */
export function formatMoney(value: number | null | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—'
  // `+ 0` turns -0 into 0, so a rounded tiny negative never prints as "-$0".
  const whole = Math.round(value) + 0
  const size = Math.abs(whole)
  // Beyond 1e21 String() switches to exponent notation; Intl still writes every digit.
  if (size >= 1e21) return USD().format(whole)
  const digits = String(size)
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1)
  for (let i = grouped.length; i < digits.length; i += 3) grouped += ',' + digits.slice(i, i + 3)
  return (whole < 0 ? '-$' : '$') + grouped
}

/** 1 -> "1st", 22 -> "22nd", 13 -> "13th". */
export function ordinal(n: number): string {
  if (!Number.isFinite(n)) return '—'
  const whole = Math.round(n)
  const mod100 = whole % 100
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (ORDINAL_SUFFIX[whole % 10] ?? 'th')
  return `${whole}${suffix}`
}
/** The suffix by last digit (1st, 2nd, 3rd); 'th' for the others and for a negative remainder. */
const ORDINAL_SUFFIX: readonly (string | undefined)[] = [undefined, 'st', 'nd', 'rd']

/** "the 47th percentile", or "below the 1st" / "above the 99th" at the ends. */
export function percentilePhrase(percentile: number): string {
  if (!Number.isFinite(percentile)) return 'an unknown percentile'
  if (percentile < 1) return 'below the 1st percentile'
  if (percentile >= 99.5) return 'above the 99th percentile'
  return `the ${ordinal(percentile)} percentile`
}

/**
 * The percentile phrase after "at", "about" or "near": "at the 47th percentile", but "above the 99th percentile" and
 * "below the 1st percentile" at the ends, never "at above the 99th percentile".
 */
export function percentileAt(word: 'at' | 'about' | 'near', percentile: number): string {
  const phrase = percentilePhrase(percentile)
  // The ends, told by the number (reading the start of the phrase would make the joined text flat first).
  const atAnEnd = Number.isFinite(percentile) && (percentile < 1 || percentile >= 99.5)
  return atAnEnd ? phrase : `${word} ${phrase}`
}
