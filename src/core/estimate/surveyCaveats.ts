// Where a salary-survey profile contradicts itself: the warnings Market insights and My offer show next to any figure
// taken from the survey, so a survey percentile is never read without them.
import { formatMoney } from '../../shared/format'
import type { SurveyProfile } from '../dataset/format'

const BANDS = ['0-2', '3-5', '6-10', '10+'] as const

/** The survey's own inconsistencies, one sentence each (none when it is consistent). */
export function surveyContradictions(profile: SurveyProfile): string[] {
  const t = profile.totalPay
  const out: string[] = []
  if (t.p50 < profile.averageBase) {
    out.push(
      `The survey's median total pay (${formatMoney(t.p50)}) is below its own average base salary (${formatMoney(profile.averageBase)}); total pay should include the base, so at least one of them is off.`,
    )
  }
  const aboveTop = BANDS.filter((b) => profile.byExperience[b] > t.p90)
  if (aboveTop.length) {
    out.push(
      `The survey's experience medians for ${aboveTop.map((b) => `${b} years (${formatMoney(profile.byExperience[b])})`).join(' and ')} are above its own 90th percentile of total pay (${formatMoney(t.p90)}).`,
    )
  }
  const citiesAbove = profile.byCity.filter((c) => (c.median ?? 0) > t.p90)
  if (citiesAbove.length) {
    out.push(
      `Its city medians for ${citiesAbove.map((c) => `${c.name} (${formatMoney(c.median)})`).join(', ')} are also above that 90th percentile.`,
    )
  }
  return out
}
