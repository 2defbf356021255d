// The market for the person's level: DOL's four OFLC wage levels for the area (about the 17th, 34th, 50th and 67th
// percentiles of its pay) stand for the experience bands Worth uses (0-2, 3-5, 6-10, over 10 years). For the level that
// matches the years, Worth draws a log-normal reference centred on the level's wage, its spread taken from the
// neighbouring levels (they sit about one standard deviation away in log terms). The default ask aims at the upper part
// of that band, not at a percentile of the whole market, which mixes new graduates with principals. See
// docs/negotiate.md for how, and with what limits.
import { normalQuantile } from '../market/normal'
import { levelForYears, LEVEL_NAMES } from '../estimate/experience'

/** Percentile of the level's reference the default ask aims at: the upper part of the level's band. */
export const LEVEL_TARGET_PERCENTILE = 85
/** Percentile of the level's reference a stretch ask goes to: the top of what the level is paid. */
export const LEVEL_STRETCH_PERCENTILE = 95
/** The band shown for the level: its reference's 10th to 90th percentile. */
export const LEVEL_BAND: readonly [number, number] = [10, 90]

export interface LevelReference {
  years: number
  level: 1 | 2 | 3 | 4
  levelName: string
  /** The level's wage in the area (OFLC) or modelled from the national distribution. */
  wage: number
  /** Log-normal spread of the reference (natural log units). */
  sigma: number
  /** True when the levels are OFLC's published figures for the area; false when modelled from national figures. */
  published: boolean
  /** The wage at a percentile (1-99) of pay at this level. */
  at(percentile: number): number
}

/**
 * The reference for `years` of experience from the four level wages, or null when the levels do not rise (no spread
 * to take). Level I and IV have one neighbour: the spread is the distance to it; II and III use half the distance
 * between their two neighbours.
 */
export function levelReference(
  years: number,
  levels: readonly [number, number, number, number],
  published: boolean,
): LevelReference | null {
  const level = levelForYears(years)
  const logs = levels.map((w) => Math.log(w))
  if (logs.some((v) => !Number.isFinite(v))) return null
  const i = level - 1
  const sigma =
    i === 0 ? logs[1]! - logs[0]! : i === 3 ? logs[3]! - logs[2]! : (logs[i + 1]! - logs[i - 1]!) / 2
  if (!(sigma > 0)) return null
  const wage = levels[i]!
  return {
    years,
    level,
    levelName: LEVEL_NAMES[i]!,
    wage,
    sigma,
    published,
    at: (percentile) => wage * Math.exp(normalQuantile(percentile / 100) * sigma),
  }
}
