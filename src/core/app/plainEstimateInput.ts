// The estimate's input as it nearly always arrives (a plain object of a title, a place and pay), checked by hand:
// a dozen comparisons instead of a walk through the zod schema, which costs about as much as a fifth of the
// estimate itself. It only ever accepts: anything it is not sure of (a value out of range, a missing field, an
// unknown key, an object that is not a plain one) goes to EstimateInputSchema, which stays the contract and says
// what is wrong. What it accepts is exactly what the schema gives (plainEstimateInput.test.ts holds it to that).
import { AREA_CODE, SOC_CODE } from '../../shared/codes'
import type { ParsedInput } from '../../shared/contract'
import { MAX_AMOUNT, MAX_YEARS } from '../../shared/fields'

/** The schema's keys, in the order its output lists them. */
const KEYS = new Set(['title', 'soc', 'location', 'areaCode', 'years', 'base', 'bonus', 'stock', 'signon'])
const MAX_TEXT = 200

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT
const isAmount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_AMOUNT

const isYears = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_YEARS

/** The parsed estimate input when the raw one is plainly valid; null when the schema must judge it. */
export function plainEstimateInput(raw: unknown): ParsedInput<'estimate:offer'> | null {
  if (typeof raw !== 'object' || raw === null) return null
  const proto: unknown = Object.getPrototypeOf(raw)
  if (proto !== Object.prototype && proto !== null) return null
  // Every key the schema would see (for...in, as it reads them) must be one of its own.
  for (const key in raw) if (!KEYS.has(key)) return null
  const input = raw as Record<string, unknown>
  const { title, soc, location, areaCode, years, base, bonus, stock, signon } = input
  if (!isText(title) || !isText(location)) return null
  if (!isAmount(base) || !(base > 0)) return null
  // An optional key given as undefined keeps its place in the schema's output: left to the schema.
  if (soc === undefined ? 'soc' in input : !(typeof soc === 'string' && SOC_CODE.test(soc))) return null
  if (
    areaCode === undefined ? 'areaCode' in input : !(typeof areaCode === 'string' && AREA_CODE.test(areaCode))
  )
    return null
  if (years === undefined ? 'years' in input : years !== null && !isYears(years)) return null
  if (bonus !== undefined && !isAmount(bonus)) return null
  if (stock !== undefined && !isAmount(stock)) return null
  if (signon !== undefined && !isAmount(signon)) return null
  const parsed: Partial<ParsedInput<'estimate:offer'>> = { title }
  if (soc !== undefined) parsed.soc = soc as string
  parsed.location = location
  if (areaCode !== undefined) parsed.areaCode = areaCode as string
  if (years !== undefined) parsed.years = years as number | null
  parsed.base = base
  parsed.bonus = bonus ?? 0
  parsed.stock = stock ?? 0
  parsed.signon = signon ?? 0
  return parsed as ParsedInput<'estimate:offer'>
}
