// Where the market typically pays someone with a given number of years.
//
// DOL defines its four prevailing-wage levels by experience: I entry, II qualified, III experienced, IV fully
// competent. Worth maps years to levels with the experience bands salary surveys use (0-2, 3-5, 6-10, over 10).
// The market distribution itself never changes with experience.
import type { ExperienceView } from '../../shared/types'
import { formatMoney, percentileAt } from '../../shared/format'
import { Z_LEVEL_FOUR, Z_LEVEL_ONE, type WageDistribution } from '../market/distribution'

export const LEVEL_NAMES = ['entry', 'qualified', 'experienced', 'fully competent'] as const
const LEVEL_NUMERALS = ['I', 'II', 'III', 'IV'] as const

export function levelForYears(years: number): 1 | 2 | 3 | 4 {
  if (years < 3) return 1
  if (years < 6) return 2
  if (years <= 10) return 3
  return 4
}

/**
 * Wages at the four levels: the area's published OFLC levels, or for national figures the same construction DOL uses
 * (Level I at the 17th percentile, Level IV at the 67th, II and III equally spaced between them).
 */
export function levelWages(
  distribution: WageDistribution,
  published: [number, number, number, number] | null,
): [number, number, number, number] {
  if (published) return published
  // quantile(LEVEL_ONE_P) and quantile(LEVEL_FOUR_P), from their scores worked out once.
  const one = distribution.atScore(Z_LEVEL_ONE)
  const four = distribution.atScore(Z_LEVEL_FOUR)
  const step = (four - one) / 3
  return [Math.round(one), Math.round(one + step), Math.round(one + 2 * step), Math.round(four)]
}

/** One of levelWages' four, worked out alone (the same arithmetic, without the levels it does not need). */
function levelWage(
  distribution: WageDistribution,
  published: [number, number, number, number] | null,
  level: 1 | 2 | 3 | 4,
): number {
  if (published) return published[level - 1]!
  if (level === 1) return Math.round(distribution.atScore(Z_LEVEL_ONE))
  if (level === 4) return Math.round(distribution.atScore(Z_LEVEL_FOUR))
  const one = distribution.atScore(Z_LEVEL_ONE)
  const step = (distribution.atScore(Z_LEVEL_FOUR) - one) / 3
  return Math.round(level === 2 ? one + step : one + 2 * step)
}

export function experienceView(
  years: number,
  distribution: WageDistribution,
  published: [number, number, number, number] | null,
  base: number,
  placeName: string,
): ExperienceView {
  const level = levelForYears(years)
  const wage = levelWage(distribution, published, level)
  const percentile = Math.round(distribution.cdf(wage) * 1000) / 10
  const gap = base - wage
  const comparison =
    Math.abs(gap) < 0.005 * wage
      ? 'Your base is about the same.'
      : `Your base is ${formatMoney(Math.abs(gap))} ${gap > 0 ? 'above' : 'below'} that.`
  return {
    years,
    level,
    levelName: LEVEL_NAMES[level - 1]!,
    percentile,
    wage,
    sentence: `With ${years} ${years === 1 ? 'year' : 'years'} of experience, the market typically pays at DOL wage Level ${LEVEL_NUMERALS[level - 1]} (${LEVEL_NAMES[level - 1]}): about ${formatMoney(wage)} in ${placeName}, ${percentileAt('near', percentile)}. ${comparison}`,
  }
}
