// Reads one state's data file (./<code>.json: each year's brackets, deductions, exemptions and credits with the source
// they were read from) into the StateRules the generic rule in computeTax.ts uses. The data is checked as it loads,
// so a typo in a yearly update fails every test instead of computing a wrong tax.
//
// In the files a figure that is the same for every filing status is written once (a number), and a schedule that
// another filing status shares names it ("hoh": "joint"); an AGI band starting from nothing starts at null.
import * as z from '../../../shared/zod'
import { FILING_STATUSES, STATE_CODES, type Bracket, type ByFiling, type Filing } from '../types'
import type { StateRules, StateYear } from './types'

const filing = z.builtOnFirstUse(() => z.enum(FILING_STATUSES))
// zod's number refuses Infinity and NaN itself.
const amount = z.builtOnFirstUse(() => z.number().check(z.minimum(0)))
const rate = z.builtOnFirstUse(() => z.number().check(z.minimum(0), z.maximum(1)))

/** One value per filing status: the value itself when it is the same for all, else each status or the one it copies. */
function perFiling<T extends z.ZodMiniType>(value: T) {
  const own = z.union([value, filing])
  return z.union([value, z.strictObject({ single: value, joint: own, hoh: own })])
}

const schedule = z.builtOnFirstUse(() => z.array(z.tuple([amount, rate])).check(z.minLength(1)))
const bands = z.builtOnFirstUse(() => z.array(z.tuple([z.nullable(amount), amount])).check(z.minLength(1)))

const YearSchema = z.builtOnFirstUse(() =>
  z.strictObject({
    brackets: perFiling(schedule),
    deduction: z.optional(z.union([z.literal('federal'), perFiling(amount)])),
    exemption: z.optional(perFiling(amount)),
    exemptionCredit: z.optional(perFiling(amount)),
    exemptionByAgi: z.optional(perFiling(bands)),
    exemptionCreditPhaseOut: z.optional(
      z.strictObject({ start: perFiling(amount), step: amount, perStep: amount }),
    ),
  }),
)
const CitationSchema = z.builtOnFirstUse(() =>
  z.strictObject({
    title: z.string().check(z.minLength(1)),
    url: z.string().check(z.url()),
  }),
)

export const StateDataSchema = z.builtOnFirstUse(() =>
  z.strictObject({
    code: z.enum(STATE_CODES),
    name: z.string().check(z.minLength(1)),
    wageTax: z._default(z.boolean(), true),
    k401Deductible: z._default(z.boolean(), true),
    citation: CitationSchema,
    moreCitations: z.optional(z.array(CitationSchema)),
    /** Plain-words notes on the figures, for the reader of the file. */
    notes: z.optional(z.array(z.string())),
    years: z.optional(z.strictObject({ 2025: YearSchema, 2026: z.optional(z.partial(YearSchema)) })),
    note2026: z.optional(z.string()),
    skipped: z.array(z.string()),
  }),
)

type PerFiling<T> = T | { single: T; joint: T | Filing; hoh: T | Filing }

function byFiling<T, U>(value: PerFiling<T>, read: (v: T) => U): ByFiling<U> {
  const isEach = typeof value === 'object' && value !== null && !Array.isArray(value) && 'single' in value
  if (!isEach) {
    const one = read(value as T)
    return { single: one, joint: one, hoh: one }
  }
  const each = value as { single: T; joint: T | Filing; hoh: T | Filing }
  const out = {} as ByFiling<U>
  for (const f of FILING_STATUSES) {
    const own = each[f]
    out[f] = typeof own === 'string' ? out[own as Filing] : read(own as T)
  }
  return out
}

const brackets = (pairs: [number, number][]): Bracket[] => pairs.map(([over, r]) => ({ over, rate: r }))
const keep = (n: number) => n

function readYear(y: Partial<z.infer<typeof YearSchema>>): Partial<StateYear> {
  const out: Partial<StateYear> = {}
  if (y.brackets) out.brackets = byFiling(y.brackets, brackets)
  if (y.deduction !== undefined)
    out.deduction = y.deduction === 'federal' ? 'federal' : byFiling(y.deduction, keep)
  if (y.exemption !== undefined) out.exemption = byFiling(y.exemption, keep)
  if (y.exemptionCredit !== undefined) out.exemptionCredit = byFiling(y.exemptionCredit, keep)
  if (y.exemptionByAgi)
    out.exemptionByAgi = byFiling(y.exemptionByAgi, (b) =>
      b.map(([from, value]): [number, number] => [from ?? -Infinity, value]),
    )
  if (y.exemptionCreditPhaseOut)
    out.exemptionCreditPhaseOut = {
      ...y.exemptionCreditPhaseOut,
      start: byFiling(y.exemptionCreditPhaseOut.start, keep),
    }
  return out
}

/** A state's rules from its data file and, where the state has rules of its own, its `adjust` function. */
export function stateFromData(data: unknown, adjust?: StateRules['adjust']): StateRules {
  const d = StateDataSchema.parse(data)
  const y2025 = d.years ? (readYear(d.years[2025]) as StateYear) : { brackets: byFiling([[0, 0]], brackets) }
  return {
    code: d.code,
    name: d.name,
    wageTax: d.wageTax,
    k401Deductible: d.k401Deductible,
    years: { 2025: y2025, ...(d.years?.[2026] ? { 2026: readYear(d.years[2026]) } : {}) },
    ...(d.note2026 ? { note2026: d.note2026 } : {}),
    ...(adjust ? { adjust } : {}),
    citation: d.citation,
    ...(d.moreCitations ? { moreCitations: d.moreCitations } : {}),
    skipped: d.skipped,
  }
}
