// Pay as people write it: "150000", "150,000", "150k", "$150K", "45/hr", "$45 an hour", "45 hourly", "6,000 a month",
// and a bonus as "15%" of base. One reader for every form, the CLI and the import, so all accept and refuse the same.
// Pure: no DOM, no Node.
import { roundToCents } from './money'

/** Hours in a full-time work year (40 hours x 52 weeks), the figure BLS and DOL use to annualise hourly wages. */
export const HOURS_PER_YEAR = 2_080
export const MONTHS_PER_YEAR = 12

/** What the amount is for: a base salary may be hourly or monthly; a bonus may be a percentage of base. */
export type PayRole = 'salary' | 'bonus' | 'lump'

export type PayReading =
  | {
      ok: true
      /** Yearly US dollars (or the lump sum), to the cent. */
      value: number
      /** How it was written. */
      unit: 'year' | 'hour' | 'month' | 'percent'
      /** The figure as typed before conversion (45 for "45/hr", 15 for "15%"). */
      typed: number
      /** For converted amounts, what the conversion was: "= $93,600 a year (45 × 2,080 hours)"; else null. */
      note: string | null
    }
  | {
      ok: false
      /** 'question': a number that reads, but most likely not as meant ("45" as a yearly base). */
      problem: 'empty' | 'not-a-number' | 'negative' | 'question' | 'needs-base' | 'wrong-unit'
      message: string
    }

export interface PayOptions {
  /** Field name for messages ("Base salary"). */
  label: string
  role: PayRole
  /** The base salary a percentage is taken of (bonus only); null when the base is not known (yet). */
  base?: number | null
}

const money = (n: number) =>
  `$${n.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`
const plain = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 })

const HOURLY = /^(?:\/\s*(?:hr|hour|h)|per\s*(?:hr|hour)|an?\s*(?:hr|hour)|hourly|p\/?h|ph)$/
const MONTHLY = /^(?:\/\s*(?:mo|month)|per\s*month|an?\s*month|monthly)$/
const YEARLY =
  /^(?:\/\s*(?:yr|year|y)|per\s*(?:yr|year|annum)|an?\s*(?:yr|year)|yearly|annually|annual|pa|p\/?a)$/
const PERCENT = /^(?:%|percent|pct)(?:\s*of\s*(?:the\s*)?(?:base|salary|base\s*salary))?$/

/** "$150,000", "150k", "1.2m" -> dollars; null when the text is not such a number. */
function readNumber(text: string): number | null {
  const cleaned = text
    .replace(/[$,\s_]/g, '')
    .replace(/^usd/, '')
    .replace(/(usd|dollars?)$/, '')
  const match = /^(\d+(?:\.\d+)?|\.\d+)([km]?)$/.exec(cleaned)
  if (!match) return null
  const scale = match[2] === 'k' ? 1_000 : match[2] === 'm' ? 1_000_000 : 1
  const value = Number(match[1]) * scale
  return Number.isFinite(value) ? roundToCents(value) : null
}

/** Splits "45 an hour" into the number and what follows it ("45", "an hour"). */
function splitUnit(text: string): { amount: string; unit: string } {
  const match =
    /^([$\s]*(?:usd\s*)?[\d.,_\s]*[\d.](?:\s*[km](?![a-z]))?(?:\s*(?:usd|dollars?))?)\s*(.*)$/.exec(text)
  return match ? { amount: match[1]!, unit: match[2]!.trim() } : { amount: text, unit: '' }
}

/**
 * Reads a pay amount. Yearly by default; "/hr" (x 2,080), "/mo" (x 12) for a salary; "%" of base for a bonus.
 * Empty text is `empty` (the caller decides whether that is 0 or missing).
 */
export function readPay(text: string, options: PayOptions): PayReading {
  const { label, role } = options
  const t = text.trim().toLowerCase()
  if (t === '') return { ok: false, problem: 'empty', message: `${label} is empty.` }
  if (/^-/.test(t)) return { ok: false, problem: 'negative', message: `${label} cannot be negative.` }
  const { amount, unit } = splitUnit(t)
  const typed = readNumber(amount)
  const example =
    role === 'salary'
      ? 'e.g. 150000, 150k or 45/hr'
      : role === 'bonus'
        ? 'e.g. 15000, 15k or 15%'
        : 'e.g. 20000 or 20k'
  if (typed === null)
    return {
      ok: false,
      problem: 'not-a-number',
      message: `${label} must be a number of US dollars, ${example}.`,
    }

  if (unit === '' || YEARLY.test(unit)) return { ok: true, value: typed, unit: 'year', typed, note: null }

  if (HOURLY.test(unit) || MONTHLY.test(unit)) {
    const hourly = HOURLY.test(unit)
    if (role !== 'salary')
      return {
        ok: false,
        problem: 'wrong-unit',
        message: `${label} is a yearly amount in US dollars: type it per year, ${example}.`,
      }
    const factor = hourly ? HOURS_PER_YEAR : MONTHS_PER_YEAR
    const value = roundToCents(typed * factor)
    const how = hourly
      ? `${plain(typed)} × ${plain(HOURS_PER_YEAR)} hours`
      : `${plain(typed)} × ${MONTHS_PER_YEAR} months`
    return {
      ok: true,
      value,
      unit: hourly ? 'hour' : 'month',
      typed,
      note: `= ${money(value)} a year (${how})`,
    }
  }

  if (PERCENT.test(unit)) {
    if (role !== 'bonus')
      return {
        ok: false,
        problem: 'wrong-unit',
        message: `${label} must be in US dollars, not a percentage, ${example}.`,
      }
    if (options.base === null || options.base === undefined || !(options.base > 0))
      return {
        ok: false,
        problem: 'needs-base',
        message: `${label} of ${plain(typed)}% needs a base salary to be taken from: fill in the base salary first.`,
      }
    const value = roundToCents((options.base * typed) / 100)
    return {
      ok: true,
      value,
      unit: 'percent',
      typed,
      note: `= ${money(value)} a year (${plain(typed)}% of ${money(options.base)} base)`,
    }
  }

  return {
    ok: false,
    problem: 'not-a-number',
    message: `${label} must be a number of US dollars, ${example}.`,
  }
}

/**
 * A question for an amount that reads but most likely is a slip: a yearly base under $1,000 (an hourly wage?), or
 * under $10,000 (a monthly one?); a bonus under $100 (a percentage?); a stock or sign-on figure under $100 (thousands?).
 * Null when the amount looks as meant.
 */
export function slipQuestion(reading: PayReading, options: PayOptions): string | null {
  if (!reading.ok || reading.unit !== 'year' || reading.value <= 0) return null
  const { label, role } = options
  const v = reading.value
  // Only a slip's message formats (Intl's first use in a process costs milliseconds; most amounts are no slip).
  const k = () => money(v * 1_000)
  if (role === 'salary' && v < 1_000) {
    const hourly = money(roundToCents(v * HOURS_PER_YEAR))
    return `${label} of ${money(v)} a year looks like a slip. Did you mean ${money(v)} an hour (${hourly} a year: type "${plain(v)}/hr") or ${k()} a year (type "${plain(v)}k")?`
  }
  if (role === 'salary' && v < 10_000)
    return `${label} of ${money(v)} a year looks like a slip. Did you mean ${money(v)} a month (${money(roundToCents(v * MONTHS_PER_YEAR))} a year: type "${plain(v)}/mo")? Type the yearly amount otherwise.`
  if (role === 'bonus' && v < 100)
    return `${label} of ${money(v)} looks like a slip. Did you mean ${plain(v)}% of base (type "${plain(v)}%") or ${k()} (type "${plain(v)}k")?`
  if (role === 'lump' && v < 100)
    return `${label} of ${money(v)} looks like a slip. Did you mean ${k()} (type "${plain(v)}k")?`
  return null
}
