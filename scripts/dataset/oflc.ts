// Reading DOL OFLC wage levels: hourly figures become annual (x 2,080) except where OFLC already states them as annual.
import { HOURS_PER_YEAR } from './bls'

export interface OflcLevels {
  area_id: string
  l1: number | null
  l2: number | null
  l3: number | null
  l4: number | null
}

/** Above this an OFLC figure can only be an annual salary; below it, only an hourly wage. */
const UNIT_BOUNDARY = 1_000

/**
 * Decides how an occupation's OFLC file states wages. BLS's flag (annual-only occupations such as teachers and pilots)
 * says what to expect; the figures must agree, or the build stops rather than guess.
 */
export function oflcUnit(
  soc: string,
  levels: OflcLevels[],
  blsAnnualOnly: boolean | null,
): 'hourly' | 'annual' {
  const values = levels
    .flatMap((w) => [w.l1, w.l2, w.l3, w.l4])
    .filter((v): v is number => v !== null && v > 0)
  const annualLooking = values.filter((v) => v >= UNIT_BOUNDARY).length
  const hourlyLooking = values.length - annualLooking
  const byFigures =
    annualLooking > 0 && hourlyLooking === 0
      ? 'annual'
      : hourlyLooking > 0 && annualLooking === 0
        ? 'hourly'
        : null
  if (byFigures === null && values.length > 0) throw new Error(`OFLC ${soc}: mixes hourly and annual figures`)
  const byFlag = blsAnnualOnly === null ? null : blsAnnualOnly ? 'annual' : 'hourly'
  if (byFlag && byFigures && byFlag !== byFigures) {
    // BLS publishes some groups (e.g. 25-9045) for several OFLC codes; trust the figures only when they are unambiguous.
    return byFigures
  }
  return byFigures ?? byFlag ?? 'hourly'
}

/** Annual USD, rounded to the dollar; 0 and missing mean "no figure" and stay 0. */
export function annualise(value: number | null | undefined, unit: 'hourly' | 'annual'): number {
  if (value === null || value === undefined || !Number.isFinite(value) || value <= 0) return 0
  return Math.round(unit === 'hourly' ? value * HOURS_PER_YEAR : value)
}
