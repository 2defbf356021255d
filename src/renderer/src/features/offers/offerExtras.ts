// The saved-offer editor's version-2 fields that the main form does not hold: the deadline, the benefits (health
// premium, employer HSA money, 401(k) match vesting) and the counter history. Pure: the text as typed, reading it
// with a message naming each field that cannot be used, filling it from a saved offer, and the draft kept on disk.
import { readPay } from '../../../../shared/pay'
import { HistoryEntrySchema, type Offer } from '../../../../shared/offer'

export type HistoryEntry = NonNullable<Offer['history']>[number]

export const EXTRA_FIELDS = [
  'optShares',
  'optStrike',
  'optFmv',
  'optPreferred',
  'optExpiry',
  'exitName',
  'exitPrice',
  'refreshSize',
  'refreshEvery',
  'refreshVest',
  'esppPercent',
  'esppDiscount',
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
  optShares: 'Number of options',
  optStrike: 'Strike price a share',
  optFmv: 'Latest 409A price a share',
  optPreferred: 'Last round’s preferred price a share',
  optExpiry: 'Years before unexercised options expire',
  exitName: 'Exit scenario name',
  exitPrice: 'Exit price a share',
  refreshSize: 'Refresh grant size',
  refreshEvery: 'A refresh every (years)',
  refreshVest: 'Each refresh vests over (years)',
  esppPercent: 'ESPP: pay put in (%)',
  esppDiscount: 'ESPP discount (%)',
  deadline: 'Answer by (deadline)',
  healthPremium: 'Your health premium per year',
  hsaEmployer: 'Employer HSA money per year',
  matchVestingYears: 'Years before the 401(k) match is yours',
  entryDate: 'Date of the step',
  entryBase: 'Base salary named',
  entryNote: 'What was said',
}

export type ExitText = { name: string; price: string }

export interface ExtrasText {
  equityKind: 'rsu' | 'options'
  optShares: string
  optStrike: string
  optFmv: string
  optPreferred: string
  optExercise: 'iso' | 'nso'
  optExpiry: string
  /** Exit prices the user names, beside the 409A and preferred prices (always scenarios). */
  exits: ExitText[]
  /** The exit being written, before "Add exit price". */
  exit: ExitText
  refreshSize: string
  refreshEvery: string
  refreshVest: string
  esppPercent: string
  esppDiscount: string
  esppLookback: boolean
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
  equityKind: 'rsu',
  optShares: '',
  optStrike: '',
  optFmv: '',
  optPreferred: '',
  optExercise: 'iso',
  optExpiry: '',
  exits: [],
  exit: { name: '', price: '' },
  refreshSize: '',
  refreshEvery: '1',
  refreshVest: '4',
  esppPercent: '',
  esppDiscount: '15',
  esppLookback: false,
  deadline: '',
  healthPremium: '',
  hsaEmployer: '',
  matchVestingYears: '',
  history: [],
  entry: EMPTY_ENTRY,
}

/** The offer fields this part of the editor edits: what it says wins over what the saved offer held. */
export const EXTRAS_KEYS = [
  'deadline',
  'benefits',
  'history',
  'equity',
  'refresh',
  'espp',
] as const satisfies readonly (keyof Offer)[]

/** The names of the scenarios Worth fills in from the 409A and preferred prices. */
export const FMV_SCENARIO = '409A'
export const PREFERRED_SCENARIO = 'Preferred'

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

export type OptionsText = Omit<Extract<Offer['equity'], { kind: 'options' }>, 'years' | 'schedule'>

export interface ExtrasReading {
  errors: ExtrasErrors
  /** The offer's deadline, benefits and history (a key absent = none), or null while a field has an error. */
  value: Pick<Partial<Offer>, 'deadline' | 'benefits' | 'history' | 'refresh' | 'espp'> | null
  /** With "Stock options" chosen: the grant but for its years and schedule (the main form's vesting fields). */
  options: OptionsText | null
}

const SHARE_PRICE = /^\$?\s*(\d+(\.\d+)?|\.\d+)$/

/** "$1.20", "1.2", "0.35" as a price a share (to the cent or finer), at most $100,000. */
export function readSharePrice(
  field: ExtraField,
  text: string,
  required: boolean,
): Check<number | undefined> {
  const label = EXTRA_LABELS[field]
  const cleaned = text.trim().replace(/,/g, '')
  if (cleaned === '')
    return required
      ? { ok: false, message: `${label} is required: US dollars a share, e.g. 1.20.` }
      : { ok: true, value: undefined }
  const match = SHARE_PRICE.exec(cleaned)
  if (!match) return { ok: false, message: `${label} must be US dollars a share, e.g. 1.20.` }
  const value = Number(match[1])
  if (value > 100_000) return { ok: false, message: `${label} must be at most $100,000 a share.` }
  return { ok: true, value }
}

function readOptions(text: ExtrasText, errors: ExtrasErrors): OptionsText | null {
  const shares = text.optShares.trim().replace(/,/g, '')
  if (!/^\d+$/.test(shares) || Number(shares) < 1 || Number(shares) > 100_000_000)
    errors.optShares = `${EXTRA_LABELS.optShares} must be a whole number from 1 to 100,000,000, e.g. 40000.`
  const strike = readSharePrice('optStrike', text.optStrike, true)
  if (!strike.ok) errors.optStrike = strike.message
  const fmv = readSharePrice('optFmv', text.optFmv, true)
  if (!fmv.ok) errors.optFmv = fmv.message
  const preferred = readSharePrice('optPreferred', text.optPreferred, false)
  if (!preferred.ok) errors.optPreferred = preferred.message
  const expiry = text.optExpiry.trim()
  if (expiry !== '' && (!/^\d+$/.test(expiry) || Number(expiry) < 1 || Number(expiry) > 15))
    errors.optExpiry = `${EXTRA_LABELS.optExpiry} must be a whole number from 1 to 15, e.g. 10.`
  if (!strike.ok || !fmv.ok || !preferred.ok || errors.optShares || errors.optExpiry) return null
  const scenarios = [
    { name: FMV_SCENARIO, pricePerShare: fmv.value! },
    ...(preferred.value !== undefined ? [{ name: PREFERRED_SCENARIO, pricePerShare: preferred.value }] : []),
    ...text.exits.map((exit) => ({ name: exit.name, pricePerShare: Number(exit.price) })),
  ]
  return {
    kind: 'options',
    shares: Number(shares),
    strike: strike.value!,
    fmv: fmv.value!,
    ...(preferred.value !== undefined ? { preferred: preferred.value } : {}),
    exercise: text.optExercise,
    ...(expiry !== '' ? { expiryYears: Number(expiry) } : {}),
    exitScenarios: scenarios.slice(0, 6),
  }
}

function wholeYears(field: ExtraField, text: string, errors: ExtrasErrors): number | null {
  const cleaned = text.trim()
  if (/^\d+$/.test(cleaned) && Number(cleaned) >= 1 && Number(cleaned) <= 10) return Number(cleaned)
  errors[field] = `${EXTRA_LABELS[field]} must be a whole number from 1 to 10.`
  return null
}

function readPercentText(field: ExtraField, text: string, max: number, errors: ExtrasErrors): number | null {
  const cleaned = text.trim().replace(/%$/, '').trim()
  const value = /^(\d+(\.\d+)?|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN
  if (Number.isFinite(value) && value <= max) return value
  errors[field] =
    `${EXTRA_LABELS[field]} must be a percentage from 0 to ${max}, e.g. ${field === 'esppDiscount' ? 15 : 10}.`
  return null
}

/** A number of options in a refresh ("10000", "10,000"), or the message naming the field. */
function readRefreshOptions(size: string, errors: ExtrasErrors): { shares: number } | null {
  const cleaned = size.replace(/,/g, '')
  if (/^\d+$/.test(cleaned) && Number(cleaned) >= 1 && Number(cleaned) <= 100_000_000)
    return { shares: Number(cleaned) }
  errors.refreshSize = `${EXTRA_LABELS.refreshSize} for stock options must be a whole number of options from 1 to 100,000,000 or a percent of the initial grant, e.g. 10000 or 25%.`
  return null
}

/**
 * A refresh, every few years: a percent of the initial grant ("25%"), or else a dollar amount ("40k") for an RSU
 * offer and a number of options ("10000") for an options offer. Empty = none.
 */
function readRefresh(text: ExtrasText, errors: ExtrasErrors): Offer['refresh'] | null {
  const size = text.refreshSize.trim()
  if (size === '') return null
  const every = wholeYears('refreshEvery', text.refreshEvery, errors)
  const vest = wholeYears('refreshVest', text.refreshVest, errors)
  let part: { amount: number } | { percentOfGrant: number } | { shares: number } | null = null
  if (/%$/.test(size)) {
    const percent = readPercentText('refreshSize', size, 500, errors)
    if (percent !== null) part = { percentOfGrant: percent }
  } else if (text.equityKind === 'options') part = readRefreshOptions(size, errors)
  else {
    const amount = readDollars('refreshSize', size, 10_000_000)
    if (!amount.ok) errors.refreshSize = amount.message
    else part = { amount: amount.value! }
  }
  if (part === null || every === null || vest === null) return null
  return { ...part, everyYears: every, vestYears: vest }
}

/** An ESPP: percent of pay put in, the discount and the lookback. Empty percent = none. */
function readEspp(text: ExtrasText, errors: ExtrasErrors): Offer['espp'] | null {
  if (text.esppPercent.trim() === '') return null
  const percent = readPercentText('esppPercent', text.esppPercent, 100, errors)
  const discount = readPercentText('esppDiscount', text.esppDiscount, 15, errors)
  if (percent === null || discount === null) return null
  return { percent, discount, lookback: text.esppLookback }
}

/** Reads the exit being written: a new name (not one already used) and a price a share. */
export function readExit(
  text: ExtrasText,
): { ok: true; value: ExitText } | { ok: false; errors: ExtrasErrors } {
  const errors: ExtrasErrors = {}
  const name = text.exit.name.trim()
  const taken = [FMV_SCENARIO, PREFERRED_SCENARIO, ...text.exits.map((e) => e.name)]
  if (name === '') errors.exitName = `${EXTRA_LABELS.exitName} is required, e.g. Acquired.`
  else if (name.length > 60) errors.exitName = `${EXTRA_LABELS.exitName} must be at most 60 characters.`
  else if (taken.includes(name)) errors.exitName = `${EXTRA_LABELS.exitName} “${name}” is already used.`
  const price = readSharePrice('exitPrice', text.exit.price, true)
  if (!price.ok) errors.exitPrice = price.message
  if (text.exits.length >= 4) errors.exitName = 'An offer can have at most 4 exit prices of your own.'
  if (Object.keys(errors).length > 0 || !price.ok) return { ok: false, errors }
  return { ok: true, value: { name, price: String(price.value) } }
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
  const options = text.equityKind === 'options' ? readOptions(text, errors) : null
  const refresh = readRefresh(text, errors)
  const espp = readEspp(text, errors)
  if (Object.keys(errors).length > 0) return { errors, value: null, options: null }
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
      ...(refresh ? { refresh } : {}),
      ...(espp ? { espp } : {}),
    },
    options,
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
  const equity = offer.equity
  const options =
    equity.kind === 'options'
      ? {
          equityKind: 'options' as const,
          optShares: String(equity.shares),
          optStrike: String(equity.strike),
          optFmv: String(equity.fmv),
          optPreferred: plain(equity.preferred),
          optExercise: equity.exercise,
          optExpiry: plain(equity.expiryYears),
          // The 409A and preferred scenarios come back from their prices; the others are the user's own.
          exits: equity.exitScenarios
            .filter(
              (x) =>
                !(x.name === FMV_SCENARIO && x.pricePerShare === equity.fmv) &&
                !(x.name === PREFERRED_SCENARIO && x.pricePerShare === equity.preferred),
            )
            .map((x) => ({ name: x.name, price: String(x.pricePerShare) })),
        }
      : {}
  const refresh = offer.refresh
  return {
    ...EMPTY_EXTRAS,
    ...options,
    ...(refresh
      ? {
          refreshSize:
            refresh.amount !== undefined
              ? String(refresh.amount)
              : refresh.shares !== undefined
                ? String(refresh.shares)
                : `${refresh.percentOfGrant ?? 0}%`,
          refreshEvery: String(refresh.everyYears),
          refreshVest: String(refresh.vestYears),
        }
      : {}),
    ...(offer.espp
      ? {
          esppPercent: String(offer.espp.percent),
          esppDiscount: String(offer.espp.discount),
          esppLookback: offer.espp.lookback,
        }
      : {}),
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
  const exitOf = (value: unknown): ExitText => {
    const x = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
    return { name: str(x.name).slice(0, 60), price: str(x.price).slice(0, 20) }
  }
  return {
    forId: typeof record.forId === 'string' && record.forId !== '' ? record.forId.slice(0, 64) : null,
    text: {
      equityKind: t.equityKind === 'options' ? 'options' : 'rsu',
      optShares: str(t.optShares),
      optStrike: str(t.optStrike),
      optFmv: str(t.optFmv),
      optPreferred: str(t.optPreferred),
      optExercise: t.optExercise === 'nso' ? 'nso' : 'iso',
      optExpiry: str(t.optExpiry),
      exits: (Array.isArray(t.exits) ? t.exits.map(exitOf) : [])
        .filter((x) => x.name !== '' && Number.isFinite(Number(x.price)) && x.price !== '')
        .slice(0, 4),
      exit: exitOf(t.exit),
      refreshSize: str(t.refreshSize),
      refreshEvery: typeof t.refreshEvery === 'string' ? str(t.refreshEvery) : EMPTY_EXTRAS.refreshEvery,
      refreshVest: typeof t.refreshVest === 'string' ? str(t.refreshVest) : EMPTY_EXTRAS.refreshVest,
      esppPercent: str(t.esppPercent),
      esppDiscount: typeof t.esppDiscount === 'string' ? str(t.esppDiscount) : EMPTY_EXTRAS.esppDiscount,
      esppLookback: t.esppLookback === true,
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
