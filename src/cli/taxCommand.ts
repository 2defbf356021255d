// `worth tax`: one year's taxes and take-home pay for a salary in a place, through the contract's tax:compute
// channel (as every command goes through its channel). Logic only; run.ts wires it in.
import { formatMoney } from '../shared/format'
import { FILING_STATUSES, TAX_YEARS, type Filing, type TaxResult } from '../shared/tax'
import { dispatch, type Handlers } from '../core/app/dispatch'
import { localityName } from '../core/tax/local'
import { flagError, flagFor, readMoneyFlag } from './args'
import { escapeControl } from './terminal'

export interface TaxIo {
  out(text: string): void
  err(text: string): void
}

export const TAX_USAGE = `  worth tax --income N --location L [--filing single|joint|hoh] [--year ${TAX_YEARS.join('|')}] [--k401 N] [--work-location L] [--json]`

/** The JSON the issue specifies; statePayroll is the total, with the programs listed beside it. */
export function taxJson(r: TaxResult): Record<string, unknown> {
  return {
    year: r.year,
    filing: r.filing,
    state: r.state,
    locality: r.locality,
    workLocality: r.workLocality,
    gross: r.gross,
    k401: r.k401,
    federal: r.federal,
    socialSecurity: r.socialSecurity,
    medicare: r.medicare,
    additionalMedicare: r.additionalMedicare,
    stateIncome: r.stateIncome,
    statePayroll: r.statePayrollTotal,
    statePayrollPrograms: r.statePayroll,
    local: r.local,
    localTaxes: r.localTaxes,
    totalTax: r.totalTax,
    takeHome: r.takeHome,
    notModelled: r.notModelled,
    citations: r.citations,
  }
}

export function taxText(r: TaxResult, placeLabel: string): string {
  const where = `${placeLabel} (${r.state}${r.locality ? `, ${localityName(r.locality)}` : ''})`
  const lines = [
    `${r.year} taxes on ${formatMoney(r.gross)} of wages, ${r.filing} filer, ${where}:`,
    `  Federal income tax   ${formatMoney(r.federal)}`,
    `  Social Security      ${formatMoney(r.socialSecurity)}`,
    `  Medicare             ${formatMoney(r.medicare + r.additionalMedicare)}${r.additionalMedicare ? ` (incl. ${formatMoney(r.additionalMedicare)} additional)` : ''}`,
    `  State income tax     ${formatMoney(r.stateIncome)}`,
    ...r.statePayroll.map((p) => `  ${p.program}: ${formatMoney(p.amount)}`),
    ...r.localTaxes.map((l) => `  ${l.name}: ${formatMoney(l.amount)}`),
    ...(r.workLocality ? [`  (working in ${localityName(r.workLocality)})`] : []),
    `  Total tax            ${formatMoney(r.totalTax)}`,
    ...(r.k401 ? [`  401(k) (pre-tax)     ${formatMoney(r.k401)}`] : []),
    `  Take-home pay        ${formatMoney(r.takeHome)}`,
    "Estimate only: standard deductions, no itemising, and no credits beyond those docs/taxes.md lists as modelled (such as New York City's school tax credits). Run with --json for the full list of what is not modelled and the sources.",
  ]
  return lines.join('\n')
}

/** Runs `worth tax`; returns the exit code (0 ok, 2 bad input with one line on stderr naming the flag). */
export function runTaxCommand(
  options: Map<string, string>,
  flags: Set<string>,
  io: TaxIo,
  handlers: () => Handlers,
): number {
  const fail = (flag: string, message: string) => {
    io.err(flagError(flag, message))
    return 2
  }
  const income = readMoneyFlag(options.get('income'), {
    label: 'wages',
    required: { example: '--income 150000' },
    pay: true,
  })
  if (!income.ok) return fail('--income', income.message)
  const k401 = readMoneyFlag(options.get('k401'), { label: 'the 401(k) contribution' })
  if (!k401.ok) return fail('--k401', k401.message)

  const filingText = (options.get('filing') ?? 'single').trim().toLowerCase()
  if (!(FILING_STATUSES as readonly string[]).includes(filingText))
    return fail('--filing', `must be single, joint or hoh (head of household), not "${filingText}".`)
  const yearText = (options.get('year') ?? String(TAX_YEARS[0])).trim()
  const year = Number(yearText)
  if (!/^\d{4}$/.test(yearText) || !(TAX_YEARS as readonly number[]).includes(year))
    return fail('--year', `must be ${TAX_YEARS.join(' or ')}.`)
  const location = options.get('location')
  if (location === undefined || location.trim() === '')
    return fail('--location', 'missing; give a city and state or a state, e.g. --location "Seattle, WA".')

  const reply = dispatch(handlers(), 'tax:compute', {
    wages: income.value!,
    location,
    ...(options.has('work-location') ? { workLocation: options.get('work-location')! } : {}),
    filing: filingText as Filing,
    taxYear: year as (typeof TAX_YEARS)[number],
    k401: k401.value ?? 0,
  })
  if (!reply.ok) return fail(flagFor('tax', reply.error.field, options), reply.error.message)
  const { tax, place, notes } = reply.value
  const json = flags.has('json')
  if (income.note && !json) io.out(`--income ${escapeControl(options.get('income')!.trim())} ${income.note}`)
  io.out(json ? JSON.stringify(taxJson(tax), null, 2) : taxText(tax, place))
  if (!json) for (const n of notes) io.out(`Note: ${n}`)
  return 0
}
