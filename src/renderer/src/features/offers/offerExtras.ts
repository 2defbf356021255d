// The saved-offer editor's version-2 fields that the main form does not hold: the deadline, the benefits (health
// premium, employer HSA money, 401(k) match vesting) and the counter history. Pure: the text as typed, reading it
// with a message naming each field that cannot be used, filling it from a saved offer, and the draft kept on disk.
import { readPay } from '../../../../shared/pay'
import { HistoryEntrySchema, type Offer } from '../../../../shared/offer'

export type HistoryEntry = NonNullable<Offer['history']>[number]

export const EXTRA_FIELDS = [
  'deadline',
  'healthPremium',
  'hsaEmployer',
  'matchVestingYears',
  'entryDate',
  'entryBase',
  'entryNote',
] as const
export type ExtraField = (typeof EXTRA_FIELDS)[number]
export type ExtrasErrors = Partial<Record<ExtraField, string>>

export const EXTRA_LABELS: Record<ExtraField, string> = {
  deadline: 'Answer by (deadline)',
  healthPremium: 'Your health premium per year',
  hsaEmployer: 'Employer HSA money per year',
  matchVestingYears: 'Years before the 401(k) match is yours',
  entryDate: 'Date of the step',
  entryBase: 'Base salary named',
  entryNote: 'What was said',
}

export interface ExtrasText {
  deadline: string
  healthPremium: string
  hsaEmployer: string
  matchVestingYears: string
  history: HistoryEntry[]
  /** The history entry being written, before "Add to history". */
  entry: { date: string; side: 'me' | 'them'; base: string; note: string }
}

export const EMPTY_ENTRY: ExtrasText['entry'] = { date: '', side: 'them', base: '', note: '' }

export const EMPTY_EXTRAS: ExtrasText = {
  deadline: '',
  healthPremium: '',
  hsaEmployer: '',
  matchVestingYears: '',
  history: [],
  entry: EMPTY_ENTRY,
}

/** The offer fields this part of the editor edits: what it says wins over what the saved offer held. */
export const EXTRAS_KEYS = ['deadline', 'benefits', 'history'] as const satisfies readonly (keyof Offer)[]

type Check<T> = { ok: true; value: T } | { ok: false; message: string }

const DATE = /^\d{4}-\d{2}-\d{2}$/

function readDate(field: ExtraField, text: string): Check<string | undefined> {
  const cleaned = text.trim()
  if (cleaned === '') return { ok: true, value: undefined }
  const real = DATE.test(cleaned) && new Date(`${cleaned}T00:00:00Z`).toISOString().startsWith(cleaned)
  return real
    ? { ok: true, value: cleaned }
    : { ok: false, message: `${EXTRA_LABELS[field]} must be a real date, e.g. 2026-12-15.` }
}

function readDollars(field: ExtraField, text: string, max: number, role: 'lump' | 'salary' = 'lump') {
  const label = EXTRA_LABELS[field]
  if (text.trim() === '') return { ok: true, value: undefined } as Check<number | undefined>
  const reading = readPay(text, { label, role })
  if (!reading.ok) return { ok: false, message: reading.message } as Check<number | undefined>
  if (reading.value > max)
    return { ok: false, message: `${label} must be at most $${max.toLocaleString('en-US')}.` } as Check<
      number | undefined
    >
  return { ok: true, value: reading.value } as Check<number | undefined>
}

function readYears(text: string): Check<number | undefined> {
  const cleaned = text.trim()
  if (cleaned === '') return { ok: true, value: undefined }
  if (!/^\d+$/.test(cleaned) || Number(cleaned) > 6)
    return { ok: false, message: `${EXTRA_LABELS.matchVestingYears} must be a whole number from 0 to 6.` }
  return { ok: true, value: Number(cleaned) }
}

export interface ExtrasReading {
  errors: ExtrasErrors
  /** The offer's deadline, benefits and history (a key absent = none), or null while a field has an error. */
  value: Pick<Partial<Offer>, 'deadline' | 'benefits' | 'history'> | null
}

/** Reads the deadline and benefits; the entry being written is read only by readEntry ("Add to history"). */
export function readExtras(text: ExtrasText): ExtrasReading {
  const errors: ExtrasErrors = {}
  const take = <T>(field: ExtraField, check: Check<T>): T | undefined => {
    if (check.ok) return check.value
    errors[field] = check.message
    return undefined
  }
  const deadline = take('deadline', readDate('deadline', text.deadline))
  const healthPremium = take('healthPremium', readDollars('healthPremium', text.healthPremium, 100_000))
  const hsaEmployer = take('hsaEmployer', readDollars('hsaEmployer', text.hsaEmployer, 100_000))
  const matchVestingYears = take('matchVestingYears', readYears(text.matchVestingYears))
  if (Object.keys(errors).length > 0) return { errors, value: null }
  const anyBenefit = [healthPremium, hsaEmployer, matchVestingYears].some((v) => v !== undefined)
  return {
    errors,
    value: {
      ...(deadline ? { deadline } : {}),
      ...(anyBenefit
        ? {
            benefits: {
              healthPremium: healthPremium ?? 0,
              hsaEmployer: hsaEmployer ?? 0,
              ...(matchVestingYears !== undefined ? { matchVestingYears } : {}),
            },
          }
        : {}),
      ...(text.history.length > 0 ? { history: text.history } : {}),
    },
  }
}

/** Reads the entry being written into a history entry, or the messages naming its fields. */
export function readEntry(
  entry: ExtrasText['entry'],
): { ok: true; value: HistoryEntry } | { ok: false; errors: ExtrasErrors } {
  const errors: ExtrasErrors = {}
  const date = entry.date.trim() === '' ? null : readDate('entryDate', entry.date)
  if (date === null) errors.entryDate = `${EXTRA_LABELS.entryDate} is required, e.g. 2026-11-20.`
  else if (!date.ok) errors.entryDate = date.message
  const base = readDollars('entryBase', entry.base, 10_000_000, 'salary')
  if (!base.ok) errors.entryBase = base.message
  if (entry.note.length > 1000)
    errors.entryNote = `${EXTRA_LABELS.entryNote} must be at most 1000 characters.`
  if (Object.keys(errors).length > 0 || !date?.ok || !base.ok) return { ok: false, errors }
  const parsed = HistoryEntrySchema.safeParse({
    date: date.value,
    side: entry.side,
    ...(base.value !== undefined ? { base: base.value } : {}),
    note: entry.note.trim(),
  })
  if (!parsed.success) return { ok: false, errors: { entryDate: `${EXTRA_LABELS.entryDate} is not usable.` } }
  return { ok: true, value: parsed.data }
}

/** Adds an entry in date order (a later entry of the same day goes after the earlier ones). */
export function withEntry(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const at = history.findIndex((h) => h.date > entry.date)
  return at === -1 ? [...history, entry] : [...history.slice(0, at), entry, ...history.slice(at)]
}

const plain = (value: number | undefined) => (value === undefined ? '' : String(value))

export function extrasTextFor(offer: Offer): ExtrasText {
  return {
    deadline: offer.deadline ?? '',
    healthPremium: plain(offer.benefits?.healthPremium),
    hsaEmployer: plain(offer.benefits?.hsaEmployer),
    matchVestingYears: plain(offer.benefits?.matchVestingYears),
    history: offer.history ?? [],
    entry: EMPTY_ENTRY,
  }
}

/** What is kept on disk while the user types: the text and which saved offer it belongs to (null: a new one). */
export interface ExtrasDraft {
  forId: string | null
  text: ExtrasText
}

/** Reads a stored draft defensively: anything of the wrong shape falls back to empty. */
export function fromExtrasDraft(stored: unknown): ExtrasDraft | null {
  if (typeof stored !== 'object' || stored === null) return null
  const record = stored as Record<string, unknown>
  const t = (typeof record.text === 'object' && record.text !== null ? record.text : {}) as Record<
    string,
    unknown
  >
  const str = (value: unknown) => (typeof value === 'string' ? value.slice(0, 1000) : '')
  const e = (typeof t.entry === 'object' && t.entry !== null ? t.entry : {}) as Record<string, unknown>
  const history = Array.isArray(t.history)
    ? t.history.flatMap((h) => {
        const parsed = HistoryEntrySchema.safeParse(h)
        return parsed.success ? [parsed.data] : []
      })
    : []
  return {
    forId: typeof record.forId === 'string' && record.forId !== '' ? record.forId.slice(0, 64) : null,
    text: {
      deadline: str(t.deadline),
      healthPremium: str(t.healthPremium),
      hsaEmployer: str(t.hsaEmployer),
      matchVestingYears: str(t.matchVestingYears),
      history: history.slice(0, 100),
      entry: {
        date: str(e.date),
        side: e.side === 'me' ? 'me' : 'them',
        base: str(e.base),
        note: str(e.note),
      },
    },
  }
}
