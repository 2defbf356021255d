// The CLI's logic, separate from process handling so tests can run it in-process.
import type { ChannelResults, Reply } from '../shared/contract'
import { MAX_YEARS } from '../shared/fields'
import { formatMoney } from '../shared/format'
import type { EstimateResult } from '../shared/types'
import { dispatch, type Handlers } from '../core/app/dispatch'
import { flagError, flagFor, parseArgs, readCodeFlags, readPayFlags, readYearsFlag, UsageError } from './args'
import { COMPARE_USAGE, runCompareCommand } from './compareCommand'
import { EQUIVALENT_USAGE, runEquivalentCommand } from './equivalentCommand'
import { runInsights } from './insightsCommand'
import { NEGOTIATE_USAGE, runNegotiateCommand } from './negotiateCommand'
import { runTaxCommand, TAX_USAGE } from './taxCommand'
import { percentilesJson } from './command'
import { escapeControl, terminalSafe } from './terminal'

export interface CliIo {
  out(text: string): void
  err(text: string): void
}

export const USAGE = `Usage:
  worth estimate --title T --location L [--years N] --base N [--bonus N] [--stock N] [--signon N] [--json]
  worth insights --title T --location L [--json]
${TAX_USAGE}
${COMPARE_USAGE}
${EQUIVALENT_USAGE}
${NEGOTIATE_USAGE}

Amounts are yearly US dollars ("150000", "150,000" or "150k"); --base also takes an hourly rate ("45/hr", x 2,080
hours) and --bonus a percentage of base ("15%"). --stock is stock vesting per year; --signon is paid once and counted
as a quarter per year in the total. Optional: --soc CODE picks an occupation, --area CODE an OEWS area.
Exit codes: 0 ok, 2 bad input (one line on stderr naming the field).`

export function estimateJson(r: EstimateResult): Record<string, unknown> {
  const m = r.market
  return {
    role: {
      title: r.role.title,
      soc: r.role.soc,
      occupation: m.occupation,
      matchedFrom: r.role.matchedFrom,
      via: r.role.via,
      confidence: r.role.confidence,
      alternatives: r.role.alternatives.map((a) => ({ soc: a.soc, occupation: a.occupation })),
    },
    area: { code: r.area.code, name: r.area.name, kind: r.area.kind, resolvedFrom: r.area.resolvedFrom },
    market: {
      scope: m.scope,
      areaCode: m.areaCode,
      areaName: m.areaName,
      ...percentilesJson(m),
      status: m.status,
      topCode: m.topCode,
      levels: m.levels,
      fallback: m.fallback,
    },
    offer: r.offer,
    percentile: { base: r.percentile.base, sentence: r.percentile.sentence },
    experience: r.experience,
    prevailingWage: r.prevailingWage,
    survey: r.survey,
    notes: r.notes,
    sources: r.sources,
  }
}

export function estimateText(r: EstimateResult): string {
  const m = r.market
  const status = (k: keyof typeof m.status) => (m.status[k] === 'published' ? '' : ` (${m.status[k]})`)
  const lines = [
    `${r.percentile.sentence}.`,
    `Matched "${escapeControl(r.role.title)}" to ${m.occupation} (SOC ${m.soc}) via "${escapeControl(r.role.matchedFrom)}" (sure: ${r.role.confidence})${
      r.role.alternatives.length
        ? `; also possible: ${r.role.alternatives
            .slice(0, 3)
            .map((a) => `${a.occupation} (${a.soc})`)
            .join(', ')}`
        : ''
    }.`,
    ...(r.role.confidence === 'low'
      ? ['Worth is not sure this is your occupation: check it, or give another title or --soc CODE.']
      : []),
    `Location: ${r.area.name} (${escapeControl(r.area.resolvedFrom)}).`,
    `Market base pay, ${m.scope === 'area' ? m.areaName : 'United States'}: P10 ${formatMoney(m.p10)}${status('p10')}, P25 ${formatMoney(m.p25)}${status('p25')}, median ${formatMoney(m.p50)}${status('p50')}, P75 ${formatMoney(m.p75)}${status('p75')}, P90 ${formatMoney(m.p90)}${status('p90')}.`,
    `Total compensation ${formatMoney(r.offer.total)} = base ${formatMoney(r.offer.base)} + bonus ${formatMoney(r.offer.bonus)} + stock ${formatMoney(r.offer.stock)} + sign-on ${formatMoney(r.offer.signon)} / 4.`,
  ]
  lines.push(`Prevailing wage: ${r.prevailingWage.sentence} (${r.prevailingWage.source}.)`)
  if (r.experience) lines.push(r.experience.sentence)
  if (r.survey) {
    lines.push(`Salary survey: ${r.survey.sentence}.`)
    for (const caveat of r.survey.caveats) lines.push(`  Caveat: ${caveat}`)
  }
  for (const note of r.notes) lines.push(`Note: ${note}`)
  lines.push(`Sources: ${r.sources.map((s) => `${s.publisher}, ${s.title} (${s.release})`).join('; ')}.`)
  return lines.join('\n')
}

/** Runs the CLI; returns the exit code. `handlers` is created lazily so usage errors do not load the dataset. */
export function runCli(argv: string[], rawIo: CliIo, handlers: () => Handlers): number {
  // Nothing the user typed or a file held reaches the terminal unescaped.
  const io = terminalSafe(rawIo)
  let parsed
  try {
    parsed = parseArgs(argv)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    io.err(`worth: ${e.flag ? `${e.flag}: ` : ''}${e.message} Run "worth --help" for usage.`)
    return 2
  }
  if (parsed.flags.has('help') || parsed.command === null) {
    io.out(USAGE)
    return parsed.command === null && !parsed.flags.has('help') ? 2 : 0
  }
  const o = parsed.options
  const command = parsed.command
  const fail = (flag: string, message: string) => {
    io.err(flagError(flag, message))
    return 2
  }
  if (command === 'insights') return runInsights(o, parsed.flags.has('json'), io, handlers, fail)
  if (command === 'tax') return runTaxCommand(o, parsed.flags, io, handlers)
  if (command === 'compare') return runCompareCommand(o, parsed.flags.has('json'), io, handlers, fail)
  if (command === 'negotiate') return runNegotiateCommand(o, parsed.flags, io, handlers, fail)
  if (command === 'equivalent') return runEquivalentCommand(o, parsed.flags.has('json'), io, handlers, fail)
  if (!o.has('title'))
    return fail('--title', 'missing; give the job title, e.g. --title "Software Engineer".')
  if (!o.has('location'))
    return fail(
      '--location',
      'missing; give a city and state, a state, or "United States", e.g. --location "Austin, TX".',
    )
  if (!o.has('base'))
    return fail('--base', 'missing; give the yearly base salary in US dollars, e.g. --base 150000.')
  const pay = readPayFlags(o)
  if (!pay.ok) return fail(pay.flag, pay.message)
  const years = readYearsFlag(o.get('years'), MAX_YEARS)
  if (!years.ok) return fail('--years', years.message)
  const codes = readCodeFlags(o)
  if (!codes.ok) return fail(codes.flag, codes.message)

  const reply = dispatch(handlers(), 'estimate:offer', {
    title: o.get('title')!,
    location: o.get('location')!,
    years: years.value,
    ...pay.value,
    ...(o.has('soc') ? { soc: o.get('soc')!.trim() } : {}),
    ...(o.has('area') ? { areaCode: o.get('area')!.trim() } : {}),
  }) as Reply<ChannelResults['estimate:offer']>
  if (!reply.ok) return fail(flagFor(command, reply.error.field, o), oneLine(reply.error.message))
  io.out(
    parsed.flags.has('json')
      ? JSON.stringify(estimateJson(reply.value), null, 2)
      : [...pay.notes, estimateText(reply.value)].join('\n'),
  )
  return 0
}

/** A backend message on one line (messages may wrap lists of matches). */
export const oneLine = (message: string) => message.replace(/\s+/g, ' ')
