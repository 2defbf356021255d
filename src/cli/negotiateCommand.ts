// worth negotiate --title T --location L --base N [...]: the counter-offer calculator from the command line.
import type { ChannelResults, NegotiateInput, Reply } from '../shared/contract'
import { MAX_AMOUNT, MAX_YEARS } from '../shared/fields'
import { readPay } from '../shared/pay'
import { formatMoney, percentileAt, percentilePhrase } from '../shared/format'
import type { NegotiateResult } from '../shared/negotiate'
import { dispatch } from '../core/app/dispatch'
import { flagFor, readCodeFlags, readDecimal, readPayFlags, readYearsFlag } from './args'
import { percentilesJson, type CommandRunner } from './command'
import { oneLine } from './run'

export const NEGOTIATE_USAGE = `  worth negotiate --title T --location L --base N [--bonus N] [--stock N] [--signon N] [--years N]
        [--target 75 | --target-takehome N] [--ask N] [--alternative N] [--walkaway N]
        [--filing single|joint|hoh] [--remote] [--from PLACE] [--json]`

type Read<T> = { ok: true; value: T } | { ok: false; flag: string; message: string }

function readOptionalMoney(o: Map<string, string>, name: string, label: string): Read<number | undefined> {
  const text = o.get(name)
  const flag = `--${name}`
  if (text === undefined) return { ok: true, value: undefined }
  // The shared pay reader: "150k", and for the ask (a base salary) "45/hr".
  const reading = readPay(text, { label, role: name === 'ask' ? 'salary' : 'lump' })
  if (!reading.ok) return { ok: false, flag, message: reading.message }
  const value = reading.value
  if (value <= 0) return { ok: false, flag, message: `${label} must be more than $0.` }
  if (value > MAX_AMOUNT) return { ok: false, flag, message: `${label} must be at most $10,000,000 a year.` }
  return { ok: true, value }
}

function readTarget(o: Map<string, string>): Read<NegotiateInput['target']> {
  const percentile = o.get('target')
  if (percentile !== undefined && o.has('target-takehome'))
    return { ok: false, flag: '--target', message: 'give either --target or --target-takehome, not both.' }
  if (o.has('target-takehome')) {
    const amount = readOptionalMoney(o, 'target-takehome', 'Target take-home pay')
    return amount.ok ? { ok: true, value: { kind: 'takeHome', value: amount.value! } } : amount
  }
  if (percentile === undefined) return { ok: true, value: undefined }
  const value = readDecimal(percentile)
  if (value === null || value < 1 || value > 99)
    return {
      ok: false,
      flag: '--target',
      message: 'must be a market percentile from 1 to 99, e.g. --target 75.',
    }
  return { ok: true, value: { kind: 'percentile', value } }
}

/** Reads the flags into a negotiate:offer input, or names the first bad flag. */
export function readNegotiateInput(o: Map<string, string>, flags: Set<string>): Read<NegotiateInput> {
  if (!o.has('title'))
    return {
      ok: false,
      flag: '--title',
      message: 'missing; give the job title, e.g. --title "Software Engineer".',
    }
  if (!o.has('location'))
    return {
      ok: false,
      flag: '--location',
      message: 'missing; give a city and state, a state, or "United States", e.g. --location "Seattle, WA".',
    }
  if (!o.has('base'))
    return {
      ok: false,
      flag: '--base',
      message: 'missing; give the offered yearly base salary in US dollars, e.g. --base 150000.',
    }
  const pay = readPayFlags(o)
  if (!pay.ok) return pay
  const years = readYearsFlag(o.get('years'), MAX_YEARS)
  if (!years.ok) return { ok: false, flag: '--years', message: years.message }
  const codes = readCodeFlags(o)
  if (!codes.ok) return codes
  const target = readTarget(o)
  if (!target.ok) return target
  const extra: Record<string, number | undefined> = {}
  for (const [name, label] of [
    ['ask', 'Your ask'],
    ['alternative', 'Best alternative offer'],
    ['walkaway', 'Walk-away total'],
  ] as const) {
    const read = readOptionalMoney(o, name, label)
    if (!read.ok) return read
    extra[name] = read.value
  }
  const filing = (o.get('filing') ?? 'single').trim().toLowerCase()
  if (filing !== 'single' && filing !== 'joint' && filing !== 'hoh')
    return {
      ok: false,
      flag: '--filing',
      message: `must be single, joint or hoh (head of household), not "${filing}".`,
    }
  const from = o.get('from')
  if (from !== undefined && !from.trim())
    return { ok: false, flag: '--from', message: 'give the place you live now, e.g. --from "Austin, TX".' }
  return {
    ok: true,
    value: {
      title: o.get('title')!,
      location: o.get('location')!,
      years: years.value,
      ...pay.value,
      filing,
      remote: flags.has('remote'),
      ...(target.value ? { target: target.value } : {}),
      ...(extra.ask !== undefined ? { ask: extra.ask } : {}),
      ...(extra.alternative !== undefined ? { alternative: extra.alternative } : {}),
      ...(extra.walkaway !== undefined ? { walkaway: extra.walkaway } : {}),
      ...(from !== undefined ? { currentLocation: from } : {}),
      ...(o.has('soc') ? { soc: o.get('soc')!.trim() } : {}),
      ...(o.has('area') ? { areaCode: o.get('area')!.trim() } : {}),
    },
  }
}

export function negotiateJson(r: NegotiateResult): Record<string, unknown> {
  const e = r.estimate
  const m = e.market
  return {
    role: { title: e.role.title, soc: e.role.soc, occupation: m.occupation, matchedFrom: e.role.matchedFrom },
    area: { code: e.area.code, name: e.area.name, kind: e.area.kind },
    market: {
      scope: m.scope,
      areaName: m.areaName,
      ...percentilesJson(m),
      status: m.status,
    },
    offer: e.offer,
    experience: e.experience,
    prevailingWage: e.prevailingWage,
    current: r.current,
    target: r.target,
    reference: r.reference,
    ask: r.ask,
    stretch: r.stretch,
    otherTerms: r.otherTerms,
    alternative: r.alternative,
    walkaway: r.walkaway,
    tradeoffs: r.tradeoffs,
    tips: r.tips,
    warnings: r.warnings,
    citations: r.citations,
    scripts: r.scripts,
    notes: r.notes,
    sources: e.sources,
  }
}

function targetLine(t: NegotiateResult['target']): string {
  const who = t.explicit ? 'your choice' : "Worth's default"
  if (t.kind === 'level')
    return `Target (${who}): the ${t.value}th percentile of pay at your level, ${formatMoney(t.wage)}, ${percentileAt('near', t.percentile)} of the whole market.`
  if (t.kind === 'percentile')
    return `Target (${who}): ${percentilePhrase(t.value)} of the market, ${formatMoney(t.wage)}.`
  return `Target (${who}): ${formatMoney(t.value)} take-home in year 1, reached at a base of ${formatMoney(t.wage)}, ${percentileAt('near', t.percentile)}.`
}

export function negotiateText(r: NegotiateResult): string {
  const a = r.ask
  const takeHome = (v: number | null) => (v === null ? 'not known for this place' : formatMoney(v))
  const lines = [
    `${r.estimate.percentile.sentence}.`,
    r.estimate.prevailingWage.sentence,
    r.reference.sentence,
    a.sentence,
    a.from === 'terms'
      ? `Take-home in year 1: ${takeHome(r.current.takeHome)}.`
      : `Take-home in year 1: now ${takeHome(r.current.takeHome)}, at the ask ${takeHome(a.takeHome)}.`,
    targetLine(r.target),
    ...(r.stretch ? [r.stretch.sentence] : []),
    ...(r.otherTerms ? [`Other terms: ${r.otherTerms.sentence}`] : []),
    ...r.warnings.map((w) => `Warning: ${w.text}`),
    ...(r.tradeoffs.length
      ? [
          a.from === 'terms' ? 'Other terms, worth a 5% raise:' : 'If base is capped:',
          ...r.tradeoffs.map((t) => `  - ${t.sentence}`),
        ]
      : []),
    'Tips:',
    ...r.tips.map((t) => `  - ${t.text}${t.cites.length ? ` (${t.cites.join('; ')})` : ''}`),
    `Script (email, ${r.scripts[1]!.tone}): ${r.scripts[1]!.subject}`,
    ...r.scripts[1]!.body.split('\n').map((l) => (l ? `  ${l}` : '')),
    'References:',
    ...r.citations.map((c) => `  ${c.reference}`),
  ]
  for (const note of r.notes) lines.push(`Note: ${note}`)
  return lines.join('\n')
}

export const runNegotiateCommand: CommandRunner<Set<string>> = (o, flags, io, handlers, fail) => {
  const input = readNegotiateInput(o, flags)
  if (!input.ok) return fail(input.flag, input.message)
  const reply = dispatch(handlers(), 'negotiate:offer', input.value) as Reply<
    ChannelResults['negotiate:offer']
  >
  if (!reply.ok) return fail(flagFor('negotiate', reply.error.field, o), oneLine(reply.error.message))
  io.out(flags.has('json') ? JSON.stringify(negotiateJson(reply.value), null, 2) : negotiateText(reply.value))
  return 0
}
