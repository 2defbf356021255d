// A saved offer, as the user keeps it (Dexie in the renderer) and as it travels in export files.
// One schema, used to validate imports, IPC input and CLI files alike.
import * as z from './zod'
import { MAX_AMOUNT, MAX_YEARS } from './fields'
import { readPay, type PayRole } from './pay'
import { customVestingTotal } from './vesting'

/**
 * Amounts in a file written by hand may be text as people write pay ("150k", "$150,000"; a base also "45/hr"), read
 * with the shared pay reader; text it cannot read is left for the number check to refuse.
 */
const asPay = (role: PayRole) => (value: unknown) => {
  if (typeof value !== 'string') return value
  const reading = readPay(value, { label: 'Amount', role })
  return reading.ok ? reading.value : value
}
// zod's number refuses Infinity and NaN itself ("Invalid input: expected number, received Infinity").
const dollars = z.builtOnFirstUse(() =>
  z.number().check(z.minimum(0, 'cannot be negative'), z.maximum(MAX_AMOUNT, 'must be at most $10,000,000')),
)
/** Dollars, read first with the pay reader (a pipe from a transform: what zod's classic `preprocess` builds). */
const pay = (role: PayRole) => z.pipe(z.transform(asPay(role)), dollars)
const money = z.builtOnFirstUse(() => pay('lump'))
const salary = z.builtOnFirstUse(() => pay('salary'))
const shortText = (max: number) => z.string().check(z.maxLength(max, `must be at most ${max} characters`))
/** A whole number from `min` to `max`, refused with zod's own English messages. */
const wholeNumber = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max))
/** A number from `min` to `max`, refused with zod's own English messages. */
const between = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max))

export const VestingScheduleSchema = z.builtOnFirstUse(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('even') }),
    z.strictObject({
      kind: z.literal('cliff'),
      cliffMonths: wholeNumber(0, 120),
      then: z.enum(['monthly', 'quarterly']),
    }),
    z.strictObject({
      kind: z.literal('custom'),
      percents: z.array(between(0, 100)).check(z.minLength(1), z.maxLength(10)),
    }),
  ]),
)

const vestYears = z.builtOnFirstUse(() => wholeNumber(1, 10))

/** Restricted stock units: a dollar grant vesting over years (the default; `kind` may be absent, as in version 1). */
export const RsuGrantSchema = z.builtOnFirstUse(() =>
  z.strictObject({
    kind: z.optional(z.literal('rsu')),
    total: money,
    years: vestYears,
    schedule: VestingScheduleSchema,
  }),
)

const sharePrice = z.builtOnFirstUse(() =>
  z
    .number()
    .check(z.minimum(0, 'cannot be negative'), z.maximum(100_000, 'must be at most $100,000 a share')),
)

export const ExitScenarioSchema = z.builtOnFirstUse(() =>
  z.strictObject({
    name: z
      .string()
      .check(z.trim(), z.minLength(1, 'needs a name'), z.maxLength(60, 'must be at most 60 characters')),
    pricePerShare: sharePrice,
  }),
)

/**
 * Stock options in a private company. `fmv` is the latest 409A price per share of common stock; `preferred` the last
 * round's price per preferred share, shown as context and never as the value of common. Exit scenarios are the prices
 * Compare values the options at (by default the 409A and preferred prices; the user adds an exit).
 */
export const OptionGrantSchema = z.builtOnFirstUse(() =>
  z
    .strictObject({
      kind: z.literal('options'),
      shares: z
        .number()
        .check(z.int('must be a whole number'), z.minimum(1, 'must be at least 1'), z.maximum(100_000_000)),
      strike: sharePrice,
      fmv: sharePrice,
      preferred: z.optional(sharePrice),
      exercise: z.enum(['iso', 'nso']),
      years: vestYears,
      schedule: VestingScheduleSchema,
      expiryYears: z.optional(wholeNumber(1, 15)),
      exitScenarios: z.array(ExitScenarioSchema).check(z.minLength(1), z.maxLength(6)),
    })
    .check(
      z.superRefine((grant, ctx) => {
        const seen = new Set<string>()
        for (const [i, s] of grant.exitScenarios.entries()) {
          if (seen.has(s.name))
            ctx.addIssue({
              code: 'custom',
              path: ['exitScenarios', i, 'name'],
              message: `repeats "${s.name}"`,
            })
          seen.add(s.name)
        }
      }),
    ),
)

export const EquitySchema = z.builtOnFirstUse(() =>
  z.discriminatedUnion('kind', [OptionGrantSchema, RsuGrantSchema], {
    error: 'must be "rsu" (a grant in dollars, the default) or "options"',
  }),
)

/**
 * Yearly refresh grants, every few years, each vesting evenly: an amount in dollars (RSUs), a number of options
 * (`shares`, options offers), or a percent of the initial grant (either). Which size suits which equity is checked
 * where the offer is used (Compare, offer:check, the editor), so an offer saved before `shares` existed still reads.
 */
export const RefreshSchema = z.builtOnFirstUse(() =>
  z
    .strictObject({
      amount: z.optional(money),
      percentOfGrant: z.optional(between(0, 500)),
      shares: z.optional(wholeNumber(1, 100_000_000)),
      everyYears: wholeNumber(1, 10),
      vestYears,
    })
    .check(
      z.refine((r) => [r.amount, r.percentOfGrant, r.shares].filter((v) => v !== undefined).length === 1, {
        message: 'needs one of an amount, a number of options (shares) or a percent of the initial grant',
      }),
    ),
)

/** An employee stock purchase plan: percent of pay put in, the discount, and whether the price looks back. */
export const EsppSchema = z.builtOnFirstUse(() =>
  z.strictObject({
    percent: between(0, 100),
    discount: z
      .number()
      .check(z.minimum(0), z.maximum(15, 'must be at most 15 (the most a qualified plan gives)')),
    lookback: z.boolean(),
  }),
)

const yearlyBenefit = z.builtOnFirstUse(() =>
  z.number().check(z.minimum(0, 'cannot be negative'), z.maximum(100_000, 'must be at most $100,000')),
)

export const BenefitsSchema = z.builtOnFirstUse(() =>
  z.strictObject({
    /** The employee's share of the health premium, a year (paid pre-tax). */
    healthPremium: yearlyBenefit,
    /** The employer's HSA contribution, a year. */
    hsaEmployer: yearlyBenefit,
    /** Cliff years before the 401(k) match is kept; absent = at once. */
    matchVestingYears: z.optional(wholeNumber(0, 6)),
  }),
)

const isoDate = z.builtOnFirstUse(() =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
    z.refine((text) => {
      const d = new Date(`${text}T00:00:00Z`)
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text)
    }, 'is not a real date'),
  ),
)

/** One step of the negotiation: who made it, when, the base named if any, and a note. */
export const HistoryEntrySchema = z.builtOnFirstUse(() =>
  z.strictObject({
    date: isoDate,
    side: z.enum(['me', 'them']),
    base: z.optional(salary),
    note: shortText(1000),
  }),
)

export const OfferSchema = z.builtOnFirstUse(() =>
  z
    .strictObject({
      id: z.string().check(z.minLength(1), z.maxLength(64)),
      label: shortText(120),
      company: shortText(120),
      title: shortText(200),
      location: shortText(200),
      /** Where the person would work, when it differs from where they live (optional; older files have none). */
      workLocation: z.optional(shortText(200)),
      years: z.nullable(between(0, MAX_YEARS)),
      base: salary.check(z.refine((v) => v > 0, 'must be more than $0')),
      bonus: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('amount'), value: money }),
        z.strictObject({ kind: z.literal('percent'), value: between(0, 500) }),
      ]),
      equity: EquitySchema,
      signon: z.strictObject({ amount: money, paid: z.enum(['year1', 'split']) }),
      relocation: money,
      /** Employer 401(k) match: percent of pay matched, up to a percent of pay. */
      match401k: z.strictObject({
        matchPercent: between(0, 200),
        upToPercent: between(0, 100),
      }),
      raisePercent: between(-50, 100),
      notes: shortText(5000),
      /** Version 2 of the offer (export version 2, database version 3): all optional, absent in older offers. */
      refresh: z.optional(RefreshSchema),
      espp: z.optional(EsppSchema),
      benefits: z.optional(BenefitsSchema),
      /** The day the offer must be answered by (YYYY-MM-DD). */
      deadline: z.optional(isoDate),
      /** The offer's negotiation so far, oldest first. */
      history: z.optional(z.array(HistoryEntrySchema).check(z.maxLength(100))),
      createdAt: z.string().check(z.maxLength(40)),
      updatedAt: z.string().check(z.maxLength(40)),
    })
    .check(
      z.superRefine((offer, ctx) => {
        // A custom schedule is one percentage per vesting year, adding up to the whole grant; Compare cannot use another.
        const { schedule, years } = offer.equity
        if (schedule.kind !== 'custom') return
        const { total: sum, addsUpTo100 } = customVestingTotal(schedule.percents)
        if (schedule.percents.length === years && addsUpTo100) return
        ctx.addIssue({
          code: 'custom',
          path: ['equity', 'schedule', 'percents'],
          message: `must be ${years} yearly percentages (one per vesting year) adding up to 100; got ${schedule.percents.length} (${schedule.percents.join('-')}) adding up to ${sum}`,
        })
      }),
    ),
)

export type Offer = z.infer<typeof OfferSchema>

export const EXPORT_FORMAT = 'worth-offers'
/**
 * Version 2 added options, refreshers, ESPP, benefits, a deadline and the negotiation history to an offer, all
 * optional: a version-1 file is a valid version-2 file but for its number, so it is read by the same schema.
 */
export const EXPORT_VERSION = 2
export const OLDEST_EXPORT_VERSION = 1

export const OffersExportSchema = z.builtOnFirstUse(() =>
  z.strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: wholeNumber(OLDEST_EXPORT_VERSION, EXPORT_VERSION),
    exportedAt: z.string().check(z.maxLength(40)),
    offers: z.array(OfferSchema).check(z.maxLength(500)),
  }),
)

export type OffersExport = z.infer<typeof OffersExportSchema>

/** Largest import file Worth reads (a file of 500 offers with long notes stays far below). */
export const MAX_IMPORT_BYTES = 5_000_000

export type ImportResult = { ok: true; offers: Offer[] } | { ok: false; message: string }

/**
 * Reads an export file. All or nothing: any problem refuses the whole file with a message saying what is wrong and
 * where ("offer 2 (Seattle): base must be more than $0"); nothing is returned half-read.
 */
export function readOffersExport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, message: 'The file is too large to be a Worth export (over 5 MB).' }
  let data: unknown
  try {
    // A byte-order mark (some Windows editors add one) is not JSON; CRLF line ends are.
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, message: 'The file is not valid JSON (it may be truncated or not a Worth export).' }
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, message: 'This is not a Worth offers export (its "format" is not "worth-offers").' }
  }
  const version = (data as { version?: unknown }).version
  if (typeof version !== 'number' || !Number.isInteger(version) || version > EXPORT_VERSION || version < 1) {
    return {
      ok: false,
      message: `This export has version ${String(version)}; this Worth reads versions up to ${EXPORT_VERSION}. Update Worth to import it.`,
    }
  }
  const parsed = OffersExportSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const [top, index, ...rest] = issue.path
    if (top === 'offers' && typeof index === 'number') {
      const offers = (data as { offers: { label?: unknown }[] }).offers
      const label =
        typeof offers[index]?.label === 'string' && offers[index]!.label
          ? ` (${String(offers[index]!.label)})`
          : ''
      return {
        ok: false,
        message: `Offer ${index + 1}${label}: ${rest.join('.') || 'record'} ${issue.message}. Nothing was imported.`,
      }
    }
    return {
      ok: false,
      message: `The export is malformed at "${issue.path.join('.') || 'top level'}": ${issue.message}. Nothing was imported.`,
    }
  }
  const ids = new Set<string>()
  for (const [i, o] of parsed.data.offers.entries()) {
    if (ids.has(o.id))
      return {
        ok: false,
        message: `Offer ${i + 1} (${o.label}) repeats the id of an earlier offer. Nothing was imported.`,
      }
    ids.add(o.id)
  }
  return { ok: true, offers: parsed.data.offers }
}

export function writeOffersExport(offers: Offer[], now: Date): string {
  const file: OffersExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    offers,
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

const CSV_COLUMNS: [string, (o: Offer) => string | number][] = [
  // Version 1's columns, in their order (a spreadsheet built on an older CSV keeps working) ...
  ['label', (o) => o.label],
  ['company', (o) => o.company],
  ['title', (o) => o.title],
  ['location', (o) => o.location],
  ['years', (o) => o.years ?? ''],
  ['base', (o) => o.base],
  ['bonus', (o) => (o.bonus.kind === 'amount' ? o.bonus.value : `${o.bonus.value}%`)],
  ['equity_total', (o) => (o.equity.kind === 'options' ? '' : o.equity.total)],
  ['equity_years', (o) => o.equity.years],
  ['vesting', (o) => vestingText(o.equity.schedule)],
  ['signon', (o) => o.signon.amount],
  ['signon_paid', (o) => o.signon.paid],
  ['relocation', (o) => o.relocation],
  ['match_401k', (o) => `${o.match401k.matchPercent}% up to ${o.match401k.upToPercent}%`],
  ['raise_percent', (o) => o.raisePercent],
  ['notes', (o) => o.notes],
  // ... then version 2's.
  ['work_location', (o) => o.workLocation ?? ''],
  ['equity_kind', (o) => o.equity.kind ?? 'rsu'],
  ['option_shares', (o) => (o.equity.kind === 'options' ? o.equity.shares : '')],
  ['option_strike', (o) => (o.equity.kind === 'options' ? o.equity.strike : '')],
  ['option_409a', (o) => (o.equity.kind === 'options' ? o.equity.fmv : '')],
  ['option_preferred', (o) => (o.equity.kind === 'options' ? (o.equity.preferred ?? '') : '')],
  ['option_type', (o) => (o.equity.kind === 'options' ? o.equity.exercise : '')],
  [
    'exit_scenarios',
    (o) =>
      o.equity.kind === 'options'
        ? o.equity.exitScenarios.map((x) => `${x.name}: ${x.pricePerShare}`).join('; ')
        : '',
  ],
  ['refresh', (o) => (o.refresh ? refreshText(o.refresh) : '')],
  [
    'espp',
    (o) =>
      o.espp ? `${o.espp.percent}% at ${o.espp.discount}% off${o.espp.lookback ? ', lookback' : ''}` : '',
  ],
  ['health_premium', (o) => o.benefits?.healthPremium ?? ''],
  ['hsa_employer', (o) => o.benefits?.hsaEmployer ?? ''],
  ['match_vesting_years', (o) => o.benefits?.matchVestingYears ?? ''],
  ['deadline', (o) => o.deadline ?? ''],
  ['history', (o) => (o.history ?? []).map(historyText).join('; ')],
]

function refreshText(r: NonNullable<Offer['refresh']>): string {
  const size =
    r.amount !== undefined
      ? String(r.amount)
      : r.shares !== undefined
        ? `${r.shares} options`
        : `${r.percentOfGrant}% of grant`
  return `${size} every ${r.everyYears} yr over ${r.vestYears} yr`
}

function historyText(h: NonNullable<Offer['history']>[number]): string {
  return `${h.date} ${h.side}${h.base !== undefined ? ` ${h.base}` : ''}${h.note ? ` (${h.note})` : ''}`
}

function vestingText(s: Offer['equity']['schedule']): string {
  if (s.kind === 'even') return 'even'
  if (s.kind === 'custom') return s.percents.join('-')
  return `${s.cliffMonths}-month cliff then ${s.then}`
}

function csvCell(value: string | number): string {
  const text = String(value)
  // Quote when needed; prefix formulas so a spreadsheet never runs a cell as one.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function writeOffersCsv(offers: Offer[]): string {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')]
  for (const o of offers) lines.push(CSV_COLUMNS.map(([, get]) => csvCell(get(o))).join(','))
  return `${lines.join('\r\n')}\r\n`
}
