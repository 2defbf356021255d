// Rules for the numbers a user types, shared by the renderer (inline messages), the CLI (arguments)
// and the backend (zod schemas), so every surface accepts and refuses the same things.
import { roundToCents } from './money'

import { readPay, slipQuestion, type PayRole } from './pay'

export const MAX_AMOUNT = 10_000_000
export const MAX_YEARS = 60

export type FieldName = 'title' | 'location' | 'years' | 'base' | 'bonus' | 'stock' | 'signon'

export const FIELD_LABELS: Record<FieldName, string> = {
  title: 'Job title',
  location: 'Location',
  years: 'Years of experience',
  base: 'Base salary',
  bonus: 'Annual bonus',
  stock: 'Stock per year',
  signon: 'Sign-on bonus',
}

/** Labels of the counter-offer calculator's own inputs, for messages that name a field. */
export const NEGOTIATE_FIELD_LABELS: Record<string, string> = {
  target: 'Target',
  ask: 'Your ask',
  alternative: 'Best alternative offer',
  walkaway: 'Walk-away total',
  filing: 'Filing status',
  remote: 'Remote work',
  currentLocation: 'Where you live now',
}

/** A checked amount; `note` says how a converted amount was read ("= $93,600 a year (45 × 2,080 hours)"). */
export type FieldCheck = { ok: true; value: number; note?: string | null } | { ok: false; message: string }

/** Reads "150000", "150,000", "$150,000", "150k" or "1.2m" as a number of dollars. Returns null when it is not a number. */
export function readAmount(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[$,\s_]/g, '')
    .toLowerCase()
  const match = /^(\d+(?:\.\d+)?|\.\d+)([km]?)$/.exec(cleaned)
  if (!match) return null
  const scale = match[2] === 'k' ? 1_000 : match[2] === 'm' ? 1_000_000 : 1
  const value = Number(match[1]) * scale
  return Number.isFinite(value) ? roundToCents(value) : null
}

const PAY_ROLE: Record<'base' | 'bonus' | 'stock' | 'signon', PayRole> = {
  base: 'salary',
  bonus: 'bonus',
  stock: 'lump',
  signon: 'lump',
}

/**
 * Checks an offer's pay field with the shared pay reader (src/shared/pay.ts): yearly dollars, an hourly or monthly
 * base, a bonus as a percentage of `context.base`. Empty optional fields count as zero; the base salary is required and
 * must be above zero. An amount that looks like a slip gets a question instead of a value.
 */
export function checkAmount(
  field: 'base' | 'bonus' | 'stock' | 'signon',
  text: string,
  context: { base?: number | null } = {},
): FieldCheck {
  const label = FIELD_LABELS[field]
  if (text.trim() === '') {
    return field === 'base'
      ? { ok: false, message: `${label} is required: enter your yearly base pay in US dollars, e.g. 150000.` }
      : { ok: true, value: 0 }
  }
  const options = { label, role: PAY_ROLE[field], base: context.base ?? null }
  const reading = readPay(text, options)
  if (!reading.ok) return { ok: false, message: reading.message }
  const value = reading.value
  if (field === 'base' && value <= 0) return { ok: false, message: `${label} must be more than $0.` }
  if (value > MAX_AMOUNT) return { ok: false, message: `${label} must be at most $10,000,000 a year.` }
  const question = slipQuestion(reading, options)
  if (question) return { ok: false, message: question }
  return { ok: true, value, note: reading.note }
}

/** Checks years of experience; empty means "not given". */
export function checkYears(
  text: string,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const label = FIELD_LABELS.years
  if (text.trim() === '') return { ok: true, value: null }
  if (/^\s*-/.test(text)) return { ok: false, message: `${label} cannot be negative.` }
  // Plain decimals only: Number() would also read "0x10", "1e1" and "Infinity".
  const value = /^\+?(\d+(\.\d*)?|\.\d+)$/.test(text.trim()) ? Number(text.trim()) : NaN
  if (!Number.isFinite(value)) return { ok: false, message: `${label} must be a number of years, e.g. 5.` }
  if (value > MAX_YEARS) return { ok: false, message: `${label} must be at most ${MAX_YEARS}.` }
  return { ok: true, value }
}
