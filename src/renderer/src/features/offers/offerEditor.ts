// The saved-offer editor's state and its pure rules: the text as typed, reading it into an Offer with a message
// naming each field that cannot be used, filling it from a saved offer or from "My offer", and the draft on disk.
import { checkYears, MAX_AMOUNT } from '../../../../shared/fields'
import { readPay, slipQuestion } from '../../../../shared/pay'
import { OfferSchema, type Offer } from '../../../../shared/offer'
import { roundToCents } from '../../../../shared/money'
import { customVestingTotal } from '../../../../shared/vesting'
import { draftChoice, draftFields, draftObject, draftPick, draftText, readDraft } from '../../lib/draftSchema'

export const EDITOR_FIELDS = [
  'label',
  'company',
  'title',
  'location',
  'workLocation',
  'years',
  'base',
  'bonusKind',
  'bonus',
  'equityTotal',
  'equityYears',
  'schedule',
  'cliffMonths',
  'cliffThen',
  'customPercents',
  'signon',
  'signonPaid',
  'relocation',
  'matchPercent',
  'matchUpTo',
  'raisePercent',
  'notes',
] as const
export type EditorField = (typeof EDITOR_FIELDS)[number]
export type EditorText = Record<EditorField, string>
export type EditorErrors = Partial<Record<EditorField, string>>

export const EDITOR_LABELS: Record<EditorField, string> = {
  label: 'Offer name',
  company: 'Company',
  title: 'Job title',
  location: 'Location',
  workLocation: 'Work location (if different)',
  years: 'Years of experience',
  base: 'Base salary',
  bonusKind: 'Bonus is',
  bonus: 'Annual bonus',
  equityTotal: 'Equity grant (total value)',
  equityYears: 'Vesting years',
  schedule: 'Vesting schedule',
  cliffMonths: 'Cliff (months)',
  cliffThen: 'After the cliff, vests',
  customPercents: 'Percent vesting each year',
  signon: 'Sign-on bonus',
  signonPaid: 'Sign-on paid',
  relocation: 'Relocation',
  matchPercent: '401(k) match (%)',
  matchUpTo: 'Match up to (% of base)',
  raisePercent: 'Annual raise (%)',
  notes: 'Notes',
}

export const EMPTY_EDITOR: EditorText = {
  label: '',
  company: '',
  title: '',
  location: '',
  workLocation: '',
  years: '',
  base: '',
  bonusKind: 'amount',
  bonus: '',
  equityTotal: '',
  equityYears: '4',
  schedule: 'even',
  cliffMonths: '12',
  cliffThen: 'monthly',
  customPercents: '',
  signon: '',
  signonPaid: 'year1',
  relocation: '',
  matchPercent: '',
  matchUpTo: '',
  raisePercent: '',
  notes: '',
}

const CHOICES: Partial<Record<EditorField, readonly string[]>> = {
  bonusKind: ['amount', 'percent'],
  schedule: ['even', 'cliff', 'custom'],
  cliffThen: ['monthly', 'quarterly'],
  signonPaid: ['year1', 'split'],
}

const TEXT_LIMITS: Partial<Record<EditorField, number>> = {
  label: 120,
  company: 120,
  title: 200,
  location: 200,
  workLocation: 200,
  notes: 5000,
}

/** An offer's fields other than its identity and dates. */
export type OfferContent = Omit<Offer, 'id' | 'createdAt' | 'updatedAt'>

export interface EditorReading {
  errors: EditorErrors
  /** The offer's content, or null while any field has an error. */
  content: OfferContent | null
}

type Check<T> = { ok: true; value: T } | { ok: false; message: string }

/** Dollar fields read with the shared pay reader; the base salary may be hourly ("45/hr") and gets slip questions. */
function money(field: EditorField, text: string, required = false): Check<number> {
  const label = EDITOR_LABELS[field]
  if (text.trim() === '')
    return required
      ? { ok: false, message: `${label} is required: enter US dollars per year, e.g. 150000 or 150k.` }
      : { ok: true, value: 0 }
  const options = { label, role: field === 'base' ? ('salary' as const) : ('lump' as const) }
  const reading = readPay(text, options)
  if (!reading.ok) return { ok: false, message: reading.message }
  const value = reading.value
  if (required && value <= 0) return { ok: false, message: `${label} must be more than $0.` }
  if (value > MAX_AMOUNT) return { ok: false, message: `${label} must be at most $10,000,000.` }
  if (field === 'base') {
    const question = slipQuestion(reading, options)
    if (question) return { ok: false, message: question }
  }
  return { ok: true, value }
}

/** How a converted base salary was read ("= $93,600 a year (45 × 2,080 hours)"), or null. */
export function baseNote(text: string): string | null {
  const reading = readPay(text, { label: EDITOR_LABELS.base, role: 'salary' })
  return reading.ok ? reading.note : null
}

/** A bonus typed as a percentage ("15%") while the kind says dollars is read as a percentage of base. */
function bonusKindOf(text: EditorText): 'amount' | 'percent' {
  if (text.bonusKind === 'percent') return 'percent'
  return /%|percent/i.test(text.bonus) ? 'percent' : 'amount'
}

/** "10", "10%", "2.5" as a number; empty means `empty`. */
function percent(field: EditorField, text: string, min: number, max: number, empty = 0): Check<number> {
  const label = EDITOR_LABELS[field]
  const cleaned = text.trim().replace(/%$/, '').trim()
  if (cleaned === '') return { ok: true, value: empty }
  const value = /^-?(\d+(\.\d+)?|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN
  if (!Number.isFinite(value)) return { ok: false, message: `${label} must be a percentage, e.g. 5 or 2.5.` }
  if (value < min || value > max) return { ok: false, message: `${label} must be from ${min}% to ${max}%.` }
  return { ok: true, value }
}

function wholeNumber(field: EditorField, text: string, min: number, max: number): Check<number> {
  const label = EDITOR_LABELS[field]
  const cleaned = text.trim()
  if (!/^\d+$/.test(cleaned) || Number(cleaned) < min || Number(cleaned) > max)
    return { ok: false, message: `${label} must be a whole number from ${min} to ${max}.` }
  return { ok: true, value: Number(cleaned) }
}

/** "5-15-40-40", "5, 15, 40, 40" or "5 15 40 40": one percentage per vesting year, adding up to 100. */
export function readCustomPercents(text: string, years: number | null): Check<number[]> {
  const label = EDITOR_LABELS.customPercents
  const parts = text
    .trim()
    .split(/[\s,;/-]+/)
    .filter((part) => part !== '')
  if (parts.length === 0)
    return { ok: false, message: `${label} is required for a custom schedule, e.g. 5-15-40-40.` }
  const values = parts.map((part) =>
    /^\d+(\.\d+)?%?$/.test(part) ? Number(part.replace('%', '')) : Number.NaN,
  )
  if (values.some((value) => !Number.isFinite(value) || value > 100))
    return {
      ok: false,
      message: `${label} must be percentages from 0 to 100 separated by dashes, e.g. 5-15-40-40.`,
    }
  if (years !== null && values.length !== years)
    return {
      ok: false,
      message: `${label} needs one percentage for each of the ${years} vesting years; it has ${values.length}.`,
    }
  const { total, addsUpTo100 } = customVestingTotal(values)
  if (!addsUpTo100) return { ok: false, message: `${label} must add up to 100; they add up to ${total}.` }
  return { ok: true, value: values }
}

/** Reads every field; a message names each one that cannot be used. Never yields NaN. */
export function readEditor(text: EditorText): EditorReading {
  const errors: EditorErrors = {}
  const take = <T>(field: EditorField, check: Check<T>, fallback: T): T => {
    if (check.ok) return check.value
    errors[field] = check.message
    return fallback
  }

  for (const [field, limit] of Object.entries(TEXT_LIMITS) as [EditorField, number][]) {
    if (text[field].length > limit)
      errors[field] = `${EDITOR_LABELS[field]} must be at most ${limit} characters.`
  }
  if (text.label.trim() === '')
    errors.label = `${EDITOR_LABELS.label} is required, e.g. Seattle or the company's name.`
  if (text.title.trim() === '') errors.title = `${EDITOR_LABELS.title} is required, e.g. Software Developer.`
  if (text.location.trim() === '')
    errors.location = `${EDITOR_LABELS.location} is required: the city you would live in, e.g. Seattle, WA.`

  const years = take('years', checkYears(text.years), null)
  const base = take('base', money('base', text.base, true), 0)
  const bonusKind = bonusKindOf(text)
  const bonusValue =
    bonusKind === 'percent'
      ? take('bonus', percent('bonus', text.bonus.replace(/\s*(percent|of base)\s*/gi, ''), 0, 500), 0)
      : take('bonus', money('bonus', text.bonus), 0)
  const equityTotal = take('equityTotal', money('equityTotal', text.equityTotal), 0)
  const equityYears = take('equityYears', wholeNumber('equityYears', text.equityYears, 1, 10), null)
  let schedule: Offer['equity']['schedule'] = { kind: 'even' }
  if (text.schedule === 'cliff') {
    const months = take('cliffMonths', wholeNumber('cliffMonths', text.cliffMonths, 0, 120), 0)
    if (equityYears !== null && months > equityYears * 12 && !errors.cliffMonths)
      errors.cliffMonths = `${EDITOR_LABELS.cliffMonths} cannot be longer than the ${equityYears * 12} months the grant vests over.`
    schedule = {
      kind: 'cliff',
      cliffMonths: months,
      then: text.cliffThen === 'quarterly' ? 'quarterly' : 'monthly',
    }
  } else if (text.schedule === 'custom') {
    schedule = {
      kind: 'custom',
      percents: take('customPercents', readCustomPercents(text.customPercents, equityYears), []),
    }
  }
  const signon = take('signon', money('signon', text.signon), 0)
  const relocation = take('relocation', money('relocation', text.relocation), 0)
  const matchPercent = take('matchPercent', percent('matchPercent', text.matchPercent, 0, 200), 0)
  const matchUpTo = take('matchUpTo', percent('matchUpTo', text.matchUpTo, 0, 100), 0)
  const raisePercent = take('raisePercent', percent('raisePercent', text.raisePercent, -50, 100), 0)

  if (Object.keys(errors).length > 0) return { errors, content: null }
  return {
    errors,
    content: {
      label: text.label.trim(),
      company: text.company.trim(),
      title: text.title.trim(),
      location: text.location.trim(),
      ...(text.workLocation.trim() ? { workLocation: text.workLocation.trim() } : {}),
      years,
      base,
      bonus: { kind: bonusKind, value: bonusValue },
      equity: { total: equityTotal, years: equityYears ?? 4, schedule },
      signon: { amount: signon, paid: text.signonPaid === 'split' ? 'split' : 'year1' },
      relocation,
      match401k: { matchPercent, upToPercent: matchUpTo },
      raisePercent,
      notes: text.notes,
    },
  }
}

/**
 * What a saved offer holds that this editor does not edit (a stock-options grant, refreshers, ESPP, benefits, the
 * deadline and the negotiation history, from an imported version-2 file): carried over into the saved edit, so saving
 * never drops it. `edited` names the fields the editor does edit (its extra fieldsets): those are the editor's, even
 * when the user emptied them, and are not carried over.
 */
export function carriedOver(
  original: Offer | null,
  edited: readonly ('deadline' | 'benefits' | 'history' | 'refresh' | 'espp' | 'equity')[] = [],
): Partial<Offer> {
  if (!original) return {}
  const kept: Partial<Offer> = {}
  if (original.equity.kind === 'options' && !edited.includes('equity')) kept.equity = original.equity
  for (const key of ['refresh', 'espp', 'benefits', 'deadline', 'history'] as const) {
    if (original[key] !== undefined && !edited.includes(key)) Object.assign(kept, { [key]: original[key] })
  }
  return kept
}

/** Puts the read content into a complete offer, checked against the shared schema one last time. */
export function buildOffer(
  content: OfferContent,
  identity: { id: string; createdAt: string | null },
  now: Date,
  /** From carriedOver(the saved offer being edited). */
  kept: Partial<Offer> = {},
): { ok: true; offer: Offer } | { ok: false; message: string } {
  const stamp = now.toISOString()
  const parsed = OfferSchema.safeParse({
    ...content,
    ...kept,
    id: identity.id,
    createdAt: identity.createdAt ?? stamp,
    updatedAt: stamp,
  })
  if (parsed.success) return { ok: true, offer: parsed.data }
  const issue = parsed.error.issues[0]!
  return { ok: false, message: `The offer cannot be saved: ${issue.path.join('.')} ${issue.message}.` }
}

const plain = (value: number) => (value === 0 ? '' : String(value))

/** The editor's text for a saved offer. */
export function editorTextFor(offer: Offer): EditorText {
  const s = offer.equity.schedule
  return {
    label: offer.label,
    company: offer.company,
    title: offer.title,
    location: offer.location,
    workLocation: offer.workLocation ?? '',
    years: offer.years === null ? '' : String(offer.years),
    base: String(offer.base),
    bonusKind: offer.bonus.kind,
    bonus: plain(offer.bonus.value),
    equityTotal: offer.equity.kind === 'options' ? '' : plain(offer.equity.total),
    equityYears: String(offer.equity.years),
    schedule: s.kind,
    cliffMonths: s.kind === 'cliff' ? String(s.cliffMonths) : EMPTY_EDITOR.cliffMonths,
    cliffThen: s.kind === 'cliff' ? s.then : EMPTY_EDITOR.cliffThen,
    customPercents: s.kind === 'custom' ? s.percents.join('-') : '',
    signon: plain(offer.signon.amount),
    signonPaid: offer.signon.paid,
    relocation: plain(offer.relocation),
    matchPercent: plain(offer.match401k.matchPercent),
    matchUpTo: plain(offer.match401k.upToPercent),
    raisePercent: plain(offer.raisePercent),
    notes: offer.notes,
  }
}

/** What "Save to my offers" in the My offer view hands over: the offer as typed there, read by the backend. */
export interface SaveOfferPrefill {
  title: string
  location: string
  years: number | null
  base: number
  bonus: number
  /** Stock per year. */
  stock: number
  signon: number
}

/** Years of stock the My offer view's "stock per year" stands for when saved as a grant. */
export const PREFILL_VESTING_YEARS = 4

/** A new offer from My offer: stock per year x 4 years as the grant, vesting evenly. */
export function editorTextFromPrefill(prefill: SaveOfferPrefill): EditorText {
  return {
    ...EMPTY_EDITOR,
    label: prefill.location.slice(0, 120),
    title: prefill.title,
    location: prefill.location,
    years: prefill.years === null ? '' : String(prefill.years),
    base: String(prefill.base),
    bonus: plain(prefill.bonus),
    equityTotal: plain(roundToCents(prefill.stock * PREFILL_VESTING_YEARS)),
    equityYears: String(PREFILL_VESTING_YEARS),
    signon: plain(prefill.signon),
  }
}

/** What is kept on disk while the user types: the raw text, and which saved offer it edits (null: a new one). */
export interface EditorDraft {
  text: EditorText
  editingId: string | null
  createdAt: string | null
  /** The saved version the edit started from (null in drafts written before it was kept: the save then asks). */
  basedOn: string | null
}

const EditorDraftSchema = draftObject<EditorDraft>({
  text: draftFields(EMPTY_EDITOR, (name, blank) => {
    const choices = CHOICES[name]
    return choices ? draftChoice(choices, blank) : draftText(6000, blank)
  }),
  editingId: draftPick(),
  createdAt: draftPick(),
  basedOn: draftPick(),
})

/** Reads a stored draft with its schema: a wrong field falls back to the empty form's; what is no draft is ignored. */
export function fromEditorDraft(stored: unknown): EditorDraft | null {
  return readDraft(EditorDraftSchema, stored)
}
