// worth insights --title T --location L [--json]: the salary-insights page for a role in a place.
import type { ChannelResults, Reply } from '../shared/contract'
import { formatMoney } from '../shared/format'
import type { InsightsResult } from '../shared/types'
import { dispatch } from '../core/app/dispatch'
import { flagFor, readCodeFlags } from './args'
import { percentilesJson, type CommandRunner } from './command'
import { oneLine } from './run'
import { escapeControl } from './terminal'

export function insightsJson(r: InsightsResult): Record<string, unknown> {
  const s = r.summary
  return {
    role: {
      title: r.role.title,
      soc: r.role.soc,
      occupation: r.role.occupation,
      profile: r.role.profile,
      matchedFrom: r.role.matchedFrom,
      nearest: r.role.nearest,
    },
    area: { code: r.area.code, name: r.area.name, kind: r.area.kind },
    totalPay: s.totalPay,
    totalPayStatus: s.totalPayStatus,
    base: {
      low: s.base.low,
      high: s.base.high,
      average: s.base.average,
      median: s.base.median,
      status: s.base.status,
    },
    bonus: { low: s.bonus.low, high: s.bonus.high, status: s.bonus.status },
    stock: { low: s.stock.low, high: s.stock.high, status: s.stock.status },
    additionalPay: s.additionalPay.value,
    market: {
      scope: r.market.scope,
      ...percentilesJson(r.market),
      status: r.market.status,
    },
    byExperience: r.byExperience.map((e) => ({ band: e.band, median: e.median, status: e.status })),
    byCity: r.byCity.map((c) => ({
      area: c.area,
      name: c.name,
      median: c.median,
      low: c.low,
      high: c.high,
      isUserPlace: c.isUserPlace,
      status: c.status,
    })),
    careerPath: r.careerPath.map((c) => ({ title: c.title, years: c.years, pay: c.pay })),
    factors: r.factors,
    relatedTitles: r.relatedTitles.map((t) => ({
      title: t.title,
      soc: t.soc,
      median: t.median,
      kind: t.kind,
    })),
    about: r.about,
    guidance: r.guidance,
    notes: r.notes,
    sources: r.sources,
  }
}

const range = (low: number | null, high: number | null) =>
  low === null || high === null ? 'no data' : `${formatMoney(low)}-${formatMoney(high)}`

export function insightsText(r: InsightsResult): string {
  const s = r.summary
  const lines = [
    `${escapeControl(r.role.title)} in ${r.area.name}${r.role.profile === 'survey' ? ` (survey profile; base pay compared with ${r.role.nearest?.occupation})` : ` (${r.role.occupation}, SOC ${r.role.soc})`}`,
    `Total pay median: ${s.totalPay.p50 === null ? 'no data' : formatMoney(s.totalPay.p50)}; range ${range(s.totalPay.p10, s.totalPay.p90)}`,
    `Base pay: ${range(s.base.low, s.base.high)}${s.base.average !== null ? `, average ${formatMoney(s.base.average)}` : ''}${s.base.median !== null ? `, median ${formatMoney(s.base.median)}` : ''} (${s.base.status})`,
    `Bonus: ${range(s.bonus.low, s.bonus.high)}; stock: ${range(s.stock.low, s.stock.high)}; additional pay: ${s.additionalPay.value === null ? 'no data' : formatMoney(s.additionalPay.value)}`,
    `By experience: ${r.byExperience.map((e) => `${e.band} yrs ${formatMoney(e.median)}`).join(', ')}`,
    `By city: ${r.byCity.map((c) => `${c.name} ${c.median !== null ? formatMoney(c.median) : range(c.low, c.high)}`).join(', ')}`,
    `Career path: ${r.careerPath.map((c) => `${c.title} (${c.years} yrs)`).join(' -> ') || 'not known'}`,
  ]
  // As the app does: neighbouring occupations apart from other names of this same occupation.
  const related = (kind: 'occupation' | 'title') =>
    r.relatedTitles
      .filter((t) => t.kind === kind)
      .map((t) => `${t.title} ${t.median === null ? '(median not known)' : formatMoney(t.median)}`)
      .join(', ')
  if (related('occupation')) lines.push(`Related occupations: ${related('occupation')}`)
  if (related('title')) lines.push(`Other titles for ${r.role.occupation}: ${related('title')}`)
  for (const note of r.notes) lines.push(`Note: ${note}`)
  lines.push(
    `Sources: ${r.sources.map((src) => `${src.publisher}, ${src.title} (${src.release})`).join('; ')}.`,
  )
  return lines.join('\n')
}

export const runInsights: CommandRunner = (o, json, io, handlers, fail) => {
  if (!o.has('title'))
    return fail('--title', 'missing; give the job title, e.g. --title "Backend Architect".')
  if (!o.has('location'))
    return fail('--location', 'missing; give a city and state, a state, or "United States".')
  const codes = readCodeFlags(o)
  if (!codes.ok) return fail(codes.flag, codes.message)
  const reply = dispatch(handlers(), 'insights:role', {
    title: o.get('title')!,
    location: o.get('location')!,
    ...(o.has('soc') ? { soc: o.get('soc')!.trim() } : {}),
    ...(o.has('area') ? { areaCode: o.get('area')!.trim() } : {}),
  }) as Reply<ChannelResults['insights:role']>
  if (!reply.ok) return fail(flagFor('insights', reply.error.field, o), oneLine(reply.error.message))
  io.out(json ? JSON.stringify(insightsJson(reply.value), null, 2) : insightsText(reply.value))
  return 0
}
