// A saved offer, as the user keeps it (Dexie in the renderer) and as it travels in export files.
// One schema, used to validate imports, IPC input and CLI files alike.
import { z } from 'zod'
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
const dollars = z
  .number()
  .finite()
  .min(0, 'cannot be negative')
  .max(MAX_AMOUNT, 'must be at most $10,000,000')
const money = z.preprocess(asPay('lump'), dollars)
const salary = z.preprocess(asPay('salary'), dollars)
const shortText = (max: number) => z.string().max(max, `must be at most ${max} characters`)

export const VestingScheduleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('even') }),
  z.strictObject({
    kind: z.literal('cliff'),
    cliffMonths: z.number().int().min(0).max(120),
    then: z.enum(['monthly', 'quarterly']),
  }),
  z.strictObject({
    kind: z.literal('custom'),
    percents: z.array(z.number().finite().min(0).max(100)).min(1).max(10),
  }),
])

export const OfferSchema = z
  .strictObject({
    id: z.string().min(1).max(64),
    label: shortText(120),
    company: shortText(120),
    title: shortText(200),
    location: shortText(200),
    /** Where the person would work, when it differs from where they live (optional; older files have none). */
    workLocation: shortText(200).optional(),
    years: z.number().finite().min(0).max(MAX_YEARS).nullable(),
    base: salary.refine((v) => v > 0, 'must be more than $0'),
    bonus: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('amount'), value: money }),
      z.strictObject({ kind: z.literal('percent'), value: z.number().finite().min(0).max(500) }),
    ]),
    equity: z.strictObject({
      total: money,
      years: z.number().int().min(1).max(10),
      schedule: VestingScheduleSchema,
    }),
    signon: z.strictObject({ amount: money, paid: z.enum(['year1', 'split']) }),
    relocation: money,
    /** Employer 401(k) match: percent of pay matched, up to a percent of pay. */
    match401k: z.strictObject({
      matchPercent: z.number().finite().min(0).max(200),
      upToPercent: z.number().finite().min(0).max(100),
    }),
    raisePercent: z.number().finite().min(-50).max(100),
    notes: shortText(5000),
    createdAt: z.string().max(40),
    updatedAt: z.string().max(40),
  })
  .superRefine((offer, ctx) => {
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
  })

export type Offer = z.infer<typeof OfferSchema>

export const EXPORT_FORMAT = 'worth-offers'
export const EXPORT_VERSION = 1

export const OffersExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().max(40),
  offers: z.array(OfferSchema).max(500),
})

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
  if (typeof version !== 'number' || version > EXPORT_VERSION) {
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
  ['label', (o) => o.label],
  ['company', (o) => o.company],
  ['title', (o) => o.title],
  ['location', (o) => o.location],
  ['work_location', (o) => o.workLocation ?? ''],
  ['years', (o) => o.years ?? ''],
  ['base', (o) => o.base],
  ['bonus', (o) => (o.bonus.kind === 'amount' ? o.bonus.value : `${o.bonus.value}%`)],
  ['equity_total', (o) => o.equity.total],
  ['equity_years', (o) => o.equity.years],
  ['vesting', (o) => vestingText(o.equity.schedule)],
  ['signon', (o) => o.signon.amount],
  ['signon_paid', (o) => o.signon.paid],
  ['relocation', (o) => o.relocation],
  ['match_401k', (o) => `${o.match401k.matchPercent}% up to ${o.match401k.upToPercent}%`],
  ['raise_percent', (o) => o.raisePercent],
  ['notes', (o) => o.notes],
]

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
