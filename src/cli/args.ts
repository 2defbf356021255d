// Reading `worth <command> --flag value ...`: one parser (Node's util.parseArgs, read token by token) with each
// command's own flags, so every error names the flag the user typed and a flag of another command is refused.
import { parseArgs as readTokens } from 'node:util'
import { checkAmount, FIELD_LABELS, MAX_AMOUNT, NEGOTIATE_FIELD_LABELS, readAmount } from '../shared/fields'
import { formatMoney } from '../shared/format'
import { readPay } from '../shared/pay'
import { escapeControl } from './terminal'

/** A flag of one command: whether it takes a value, and which input fields of the backend it fills. */
interface FlagSpec {
  type: 'string' | 'boolean'
  /** Fields of the channel input (or of a tax error) that come from this flag, for naming it in messages. */
  fields: readonly string[]
}

const text = (...fields: string[]): FlagSpec => ({ type: 'string', fields })
const switchFlag = (...fields: string[]): FlagSpec => ({ type: 'boolean', fields })

const COMMON = { json: switchFlag(), help: switchFlag() }
const ROLE = {
  title: text('title'),
  location: text('location'),
  soc: text('soc'),
  area: text('areaCode'),
}
const PAY = {
  years: text('years'),
  base: text('base'),
  bonus: text('bonus'),
  stock: text('stock'),
  signon: text('signon'),
}
const TAX_OPTIONS = { filing: text('filing'), year: text('year', 'taxYear'), k401: text('k401') }

/** Every command and its flags (without the leading --). */
export const COMMAND_FLAGS: ReadonlyMap<string, ReadonlyMap<string, FlagSpec>> = new Map(
  Object.entries({
    estimate: { ...ROLE, ...PAY, ...COMMON },
    insights: { ...ROLE, ...COMMON },
    tax: {
      income: text('wages'),
      location: text('location'),
      'work-location': text('workLocation'),
      ...TAX_OPTIONS,
      ...COMMON,
    },
    compare: {
      offers: text('offers'),
      pick: text('pick'),
      'exit-chance': text('exitChancePercent'),
      ...TAX_OPTIONS,
      ...COMMON,
    },
    equivalent: {
      wages: text('wages'),
      from: text('from'),
      to: text('to'),
      'from-work': text('fromWork'),
      'to-work': text('toWork'),
      ...TAX_OPTIONS,
      ...COMMON,
    },
    negotiate: {
      ...ROLE,
      ...PAY,
      target: text('target'),
      'target-takehome': text('target'),
      ask: text('ask'),
      alternative: text('alternative'),
      walkaway: text('walkaway'),
      filing: text('filing'),
      remote: switchFlag('remote'),
      from: text('currentLocation'),
      ...COMMON,
    },
  }).map(([command, flags]) => [command, new Map(Object.entries(flags))]),
)

export const COMMANDS = [...COMMAND_FLAGS.keys()]

export interface ParsedArgs {
  command: string | null
  options: Map<string, string>
  flags: Set<string>
}

/** A command line that cannot be read; `flag` is what the user typed (the message never repeats it raw). */
export class UsageError extends Error {
  constructor(
    readonly flag: string | null,
    message: string,
  ) {
    super(message)
  }
}

const quote = (s: string) => `"${escapeControl(s)}"`
const commandList = () => COMMANDS.map((c) => `"${c}"`).join(', ')

function unknownFlag(command: string, rawName: string, name: string): UsageError {
  const owners = COMMANDS.filter((c) => COMMAND_FLAGS.get(c)!.has(name))
  const where = owners.length
    ? `it belongs to ${owners.map((c) => `"worth ${c}"`).join(', ')}, not "worth ${command}"`
    : `"worth ${command}" takes ${[...COMMAND_FLAGS.get(command)!.keys()].map((f) => `--${f}`).join(', ')}`
  return new UsageError(escapeControl(rawName), `unknown option; ${where}.`)
}

/**
 * Reads `worth <command> [--flag value | --flag=value | --switch] ...`. The command comes first; --help (or -h)
 * anywhere asks for usage. Throws UsageError naming the offending flag.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options = new Map<string, string>()
  const flags = new Set<string>()
  if (argv.includes('--help') || argv.includes('-h'))
    return { command: argv[0] ?? null, options, flags: new Set(['help']) }
  const [command, ...rest] = argv
  if (command === undefined) return { command: null, options, flags }
  if (command.startsWith('-'))
    throw new UsageError(
      null,
      `give the command first, e.g. "worth estimate --title ...", not ${quote(command)}.`,
    )
  const spec = COMMAND_FLAGS.get(command)
  if (!spec) throw new UsageError(null, `unknown command ${quote(command)}; expected ${commandList()}.`)

  const { tokens } = readTokens({
    args: [...rest],
    // Without `strict`, util.parseArgs reports every token and leaves the judging (and the wording) to us.
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: Object.fromEntries([...spec].map(([name, flag]) => [name, { type: flag.type }])),
  })
  for (const token of tokens) {
    if (token.kind === 'positional')
      throw new UsageError(
        null,
        `unexpected argument ${quote(token.value)}; values follow their flag, e.g. --title "Nurse".`,
      )
    if (token.kind === 'option-terminator') continue
    const flag = spec.get(token.name)
    const typed = escapeControl(token.rawName)
    if (!flag || !token.rawName.startsWith('--')) throw unknownFlag(command, token.rawName, token.name)
    if (options.has(token.name) || flags.has(token.name)) throw new UsageError(typed, 'given more than once.')
    if (flag.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(typed, 'takes no value.')
      flags.add(token.name)
      continue
    }
    // `--title --base 5` would otherwise read "--base" as the title.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--')))
      throw new UsageError(
        typed,
        `needs a value, e.g. ${typed} ${token.name === 'offers' ? 'offers.json' : '...'}.`,
      )
    options.set(token.name, token.value)
  }
  return { command, options, flags }
}

/**
 * The flag the user typed for an input field of a command's reply ("areaCode" is --area; a tax "wages" error is
 * --income), preferring a flag the user gave when two fill the same field (--target, --target-takehome).
 */
export function flagFor(
  command: string,
  field: string | undefined,
  given: ReadonlyMap<string, string>,
): string {
  const spec = COMMAND_FLAGS.get(command)
  if (!spec || field === undefined) return 'input'
  const candidates = [...spec].filter(([, flag]) => flag.fields.includes(field)).map(([name]) => name)
  const name = candidates.find((c) => given.has(c)) ?? candidates[0]
  return name === undefined ? 'input' : `--${name}`
}

/** The labels the CLI's money flags read with (readMoneyFlag's `label`), capitalised as messages start. */
const MONEY_LABELS = ['Wages', 'Yearly wages', 'The 401(k) contribution']

/**
 * What a message may start with to say which field it is about: the app's labels ("Base salary must ...",
 * "Job title: ..."), the CLI's own money labels, and the input names a backend message falls back to ("from: ...").
 */
const FIELD_NAMES: readonly string[] = [
  ...new Set([
    ...Object.values(FIELD_LABELS),
    ...Object.values(NEGOTIATE_FIELD_LABELS),
    ...MONEY_LABELS,
    ...[...COMMAND_FLAGS.values()].flatMap((flags) => [...flags.values()].flatMap((f) => f.fields)),
  ]),
].sort((a, b) => b.length - a.length)

/**
 * One line for stderr that names the user's flag once: `worth: --base: must be ...`, where the message, written
 * for the app's fields, said "Base salary must be ...". The flag replaces the field's own name at the start.
 */
export function flagError(flag: string, message: string): string {
  const text = message.replace(/\s+/g, ' ').trim()
  const lower = text.toLowerCase()
  for (const name of FIELD_NAMES) {
    if (!lower.startsWith(name.toLowerCase())) continue
    const after = /^(: | of (?=\$)| (?=(must|cannot|is|looks like) ))/.exec(text.slice(name.length))
    if (after) return `worth: ${flag}: ${text.slice(name.length + after[0].length)}`
  }
  return `worth: ${flag}: ${text}`
}

/** A plain decimal number ("5", "2.5", "+3"): no hex, octal, binary, exponent, Infinity or blank. */
export function readDecimal(value: string): number | null {
  const trimmed = value.trim()
  return /^\+?(\d+(\.\d*)?|\.\d+)$/.test(trimmed) ? Number(trimmed) : null
}

/**
 * A dollar amount typed on the command line: what the app's fields read ("150000", "150k", "$150,000"), and also
 * exponent notation ("1e12"), so an absurd amount gets the "at most" message rather than "not a number".
 * Every money flag reads through this one function.
 */
export function readCliAmount(value: string): number | null {
  const amount = readAmount(value)
  if (amount !== null) return amount
  const trimmed = value.trim()
  return /^\d+(\.\d+)?e\+?\d+$/i.test(trimmed) && Number.isFinite(Number(trimmed)) ? Number(trimmed) : null
}

export type FlagRead<T> = { ok: true; value: T; note?: string | null } | { ok: false; message: string }

export interface MoneyRule {
  /** In messages: "Base salary", "yearly wages". */
  label: string
  /** Missing and blank are refused (with this example), rather than read as 0. */
  required?: { example: string }
  /** 0 is refused. */
  positive?: boolean
  /** Largest amount accepted; MAX_AMOUNT unless said. */
  max?: number
  /** "a year" after the cap in the message (default true). */
  yearly?: boolean
  /** Yearly pay, read as the app's pay fields read it: also "45/hr", "$45 an hour", "6,000 a month". */
  pay?: boolean
}

/** Reads a money flag by its rule; an absent optional flag is undefined. */
export function readMoneyFlag(value: string | undefined, rule: MoneyRule): FlagRead<number | undefined> {
  const { label } = rule
  if (value === undefined || value.trim() === '') {
    if (rule.required)
      return { ok: false, message: `missing; give ${label} in US dollars, e.g. ${rule.required.example}.` }
    return { ok: true, value: undefined }
  }
  if (/^\s*-/.test(value)) return { ok: false, message: `${capital(label)} cannot be negative.` }
  let amount = readCliAmount(value)
  let note: string | null = null
  if (amount === null && rule.pay) {
    const reading = readPay(value, { label: capital(label), role: 'salary' })
    if (!reading.ok) return { ok: false, message: reading.message }
    amount = reading.value
    note = reading.note
  }
  if (amount === null)
    return { ok: false, message: `${capital(label)} must be a number of US dollars, e.g. 150000 or 150k.` }
  if (rule.positive && amount <= 0) return { ok: false, message: `${capital(label)} must be more than $0.` }
  const max = rule.max ?? MAX_AMOUNT
  if (amount > max)
    return {
      ok: false,
      message: `${capital(label)} must be at most ${formatMoney(max)}${rule.yearly === false ? '' : ' a year'}.`,
    }
  return { ok: true, value: amount, note }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * The four pay flags of an offer (estimate, negotiate), read as the app's pay fields read them (the shared pay
 * reader: "150k", "45/hr", a bonus as "15%" of the base read before it): base required, the others 0 when absent.
 * `notes` says how a converted amount was read ("--base 45/hr = $93,600 a year (45 × 2,080 hours)").
 */
export function readPayFlags(
  o: ReadonlyMap<string, string>,
):
  | { ok: true; value: Record<'base' | 'bonus' | 'stock' | 'signon', number>; notes: string[] }
  | { ok: false; flag: string; message: string } {
  const value = { base: 0, bonus: 0, stock: 0, signon: 0 }
  const notes: string[] = []
  for (const field of ['base', 'bonus', 'stock', 'signon'] as const) {
    const text = o.get(field) ?? ''
    if (field === 'base' && text.trim() === '')
      return {
        ok: false,
        flag: '--base',
        message: 'missing; give the yearly base salary in US dollars, e.g. --base 150000.',
      }
    if (/^\s*-/.test(text))
      return { ok: false, flag: `--${field}`, message: `${FIELD_LABELS[field]} cannot be negative.` }
    // Exponent notation is no way to write pay, but an absurd amount ("1e12") gets the cap's message.
    const huge = readCliAmount(text)
    if (huge !== null && huge > MAX_AMOUNT)
      return {
        ok: false,
        flag: `--${field}`,
        message: `${FIELD_LABELS[field]} must be at most ${formatMoney(MAX_AMOUNT)} a year.`,
      }
    const check = checkAmount(field, text, { base: value.base })
    if (!check.ok) return { ok: false, flag: `--${field}`, message: check.message }
    value[field] = check.value
    if (check.note) notes.push(`--${field} ${escapeControl(text.trim())} ${check.note}`)
  }
  return { ok: true, value, notes }
}

/** --years: a plain decimal number of years, 0 to 60; absent means not given. */
export function readYearsFlag(value: string | undefined, maxYears: number): FlagRead<number | null> {
  if (value === undefined || value.trim() === '') return { ok: true, value: null }
  if (/^\s*-/.test(value)) return { ok: false, message: 'Years of experience cannot be negative.' }
  const years = readDecimal(value)
  if (years === null) return { ok: false, message: 'Years of experience must be a number of years, e.g. 5.' }
  if (years > maxYears) return { ok: false, message: `Years of experience must be at most ${maxYears}.` }
  return { ok: true, value: years }
}

/** --soc and --area, checked before the backend so the message speaks of the flag, not a regular expression. */
export function readCodeFlags(
  o: ReadonlyMap<string, string>,
): { ok: true } | { ok: false; flag: string; message: string } {
  const soc = o.get('soc')
  if (soc !== undefined && !/^\d{2}-\d{4}$/.test(soc.trim()))
    return {
      ok: false,
      flag: '--soc',
      message: 'must be an occupation code like 15-1252 (two digits, a dash, four digits).',
    }
  const area = o.get('area')
  if (area !== undefined && !/^(\d{5,7}|US|[A-Z]{2})$/.test(area.trim()))
    return {
      ok: false,
      flag: '--area',
      message: "must be an OEWS area code: 5 to 7 digits (e.g. 42660), a state's two capital letters, or US.",
    }
  return { ok: true }
}
