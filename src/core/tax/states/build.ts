// Helpers to write the state tables briefly.
import type { Bracket, ByFiling, Citation, StateCode } from '../types'
import type { StateRules } from './types'

export const byFiling = <T>(single: T, joint: T, hoh: T): ByFiling<T> => ({ single, joint, hoh })
export const same = <T>(v: T): ByFiling<T> => byFiling(v, v, v)
export const flat = (rate: number): ByFiling<Bracket[]> => same([{ over: 0, rate }])
/** A schedule from pairs of [lower edge, rate]. */
export const sched = (...pairs: [number, number][]): Bracket[] =>
  pairs.map(([over, rate]) => ({ over, rate }))
/** Per-person amounts: the joint return counts two people. */
export const perPerson = (amount: number): ByFiling<number> => byFiling(amount, amount * 2, amount)

export const noWageTax = (
  code: StateCode,
  name: string,
  citation: Citation,
  skipped: string[] = [],
): StateRules => ({
  code,
  name,
  wageTax: false,
  k401Deductible: true,
  years: { 2025: { brackets: flat(0) } },
  citation,
  skipped,
})

export const OBBBA_CONFORMITY =
  'Worth assumes the state follows the July 2025 federal standard deduction (15,750 / 31,500 / 23,625).'
