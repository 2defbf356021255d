// Small arithmetic helpers shared by the federal, state and local tables.
import type { Bracket, ByFiling } from './types'

/** One value per filing status. */
export const byFiling = <T>(single: T, joint: T, hoh: T): ByFiling<T> => ({ single, joint, hoh })
export const same = <T>(v: T): ByFiling<T> => byFiling(v, v, v)
/** A schedule from pairs of [lower edge, rate]. */
export const sched = (...pairs: [number, number][]): Bracket[] =>
  pairs.map(([over, rate]) => ({ over, rate }))

/** Tax on `taxable` under a marginal schedule. Brackets must be sorted by `over`, the first one at 0. */
export function scheduleTax(taxable: number, brackets: readonly Bracket[]): number {
  let tax = 0
  for (let i = 0; i < brackets.length; i += 1) {
    const { over, rate } = brackets[i]!
    if (taxable <= over) break
    const top = brackets[i + 1]?.over ?? Infinity
    tax += (Math.min(taxable, top) - over) * rate
  }
  return tax
}

/**
 * An amount that grows by `perStep` for each `step` dollars (or part of one) that `income` is above `start`,
 * up to `max`. Used for phase-outs written as "for each $5,000 or fraction thereof".
 */
export function steppedAmount(
  income: number,
  start: number,
  step: number,
  perStep: number,
  max: number,
): number {
  if (income <= start) return 0
  return Math.min(max, Math.ceil((income - start) / step) * perStep)
}

/** `amount` reduced in a straight line to zero as `income` goes from `start` to `start + width`. */
export function linearPhaseOut(amount: number, income: number, start: number, width: number): number {
  if (income <= start) return amount
  if (income >= start + width) return 0
  return amount * (1 - (income - start) / width)
}

/** The value of the last band whose lower edge `income` exceeds (bands sorted ascending, first at -Infinity). */
export function bandValue(income: number, bands: readonly (readonly [number, number])[]): number {
  let value = bands[0]![1]
  for (const [above, v] of bands) if (income > above) value = v
  return value
}
