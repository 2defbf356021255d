// worth equivalent --wages N --from PLACE --to PLACE [...]: the salary in one place worth the same as wages in
// another, after tax and cost of living (the compare:equivalent channel).
import type { ChannelResults, Reply } from '../shared/contract'
import { formatMoney } from '../shared/format'
import { dispatch } from '../core/app/dispatch'
import { flagFor, readMoneyFlag } from './args'
import { escapeControl } from './terminal'
import type { CommandRunner } from './command'
import { oneLine } from './run'

export const EQUIVALENT_USAGE =
  '  worth equivalent --wages N --from PLACE --to PLACE [--from-work PLACE] [--to-work PLACE] [--filing single|joint|hoh] [--k401 N] [--year 2025|2026] [--json]'

export const runEquivalentCommand: CommandRunner = (o, json, io, handlers, fail) => {
  const wages = readMoneyFlag(o.get('wages'), {
    label: 'yearly wages',
    required: { example: '--wages 150000' },
    positive: true,
    pay: true,
  })
  if (!wages.ok) return fail('--wages', wages.message)
  for (const side of ['from', 'to'] as const) {
    const text = o.get(side)
    if (text === undefined || !text.trim())
      return fail(
        `--${side}`,
        `missing; give a city and state or a state, e.g. --${side} "${side === 'from' ? 'Austin, TX' : 'Seattle, WA'}".`,
      )
  }
  const k401 = readMoneyFlag(o.get('k401'), { label: 'the 401(k) contribution', max: 100_000, yearly: false })
  if (!k401.ok) return fail('--k401', k401.message)
  const filing = (o.get('filing') ?? 'single').trim().toLowerCase()
  if (filing !== 'single' && filing !== 'joint' && filing !== 'hoh')
    return fail('--filing', `must be single, joint or hoh (head of household), not "${filing}".`)
  const yearText = (o.get('year') ?? '2025').trim()
  if (yearText !== '2025' && yearText !== '2026') return fail('--year', 'must be 2025 or 2026.')
  const reply = dispatch(handlers(), 'compare:equivalent', {
    wages: wages.value!,
    from: o.get('from')!,
    to: o.get('to')!,
    ...(o.get('from-work')?.trim() ? { fromWork: o.get('from-work')! } : {}),
    ...(o.get('to-work')?.trim() ? { toWork: o.get('to-work')! } : {}),
    filing,
    k401: k401.value ?? 0,
    taxYear: yearText === '2026' ? 2026 : 2025,
  }) as Reply<ChannelResults['compare:equivalent']>
  if (!reply.ok) return fail(flagFor('equivalent', reply.error.field, o), oneLine(reply.error.message))
  const r = reply.value
  if (json) {
    io.out(JSON.stringify(r, null, 2))
    return 0
  }
  io.out(
    [
      ...(wages.note ? [`--wages ${escapeControl(o.get('wages')!.trim())} ${wages.note}`] : []),
      r.sentence,
      r.fromPlace === r.toPlace
        ? `Take-home after cost of living in ${r.fromPlace} (RPP ${r.fromRpp}): ${formatMoney(r.fromAdjusted)}, and ${formatMoney(r.toAdjusted)} on ${formatMoney(r.wages)}.`
        : `Take-home after cost of living: ${formatMoney(r.fromAdjusted)} in ${r.fromPlace} (RPP ${r.fromRpp}), ${formatMoney(r.toAdjusted)} in ${r.toPlace} (RPP ${r.toRpp}), on ${formatMoney(r.wages)} there.`,
      ...r.notes.map((n) => `Note: ${n}`),
    ].join('\n'),
  )
  return 0
}
