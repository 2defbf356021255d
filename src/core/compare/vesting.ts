// How an equity grant vests, year by year. Pure.
import { roundToCents } from '../../shared/money'
import { customVestingTotal } from '../../shared/vesting'

export type VestingSchedule =
  | { kind: 'even' }
  | { kind: 'cliff'; cliffMonths: number; then: 'monthly' | 'quarterly' }
  | { kind: 'custom'; percents: number[] }

export class VestingError extends Error {}

/**
 * Share of the grant that vests in each year (length = years; sums to 1).
 * - even: the same share every year;
 * - cliff: nothing until the cliff, then the time-proportional amount at once, then monthly or quarterly;
 * - custom: the given per-year percentages (e.g. 5-15-40-40), which must add up to 100.
 */
export function vestingByYear(schedule: VestingSchedule, years: number): number[] {
  if (!Number.isInteger(years) || years < 1 || years > 10)
    throw new VestingError('Vesting years must be a whole number from 1 to 10.')
  if (schedule.kind === 'even') return new Array<number>(years).fill(1 / years)
  if (schedule.kind === 'custom') {
    const p = schedule.percents
    if (p.length !== years)
      throw new VestingError(`Custom vesting needs ${years} yearly percentages; got ${p.length}.`)
    if (p.some((x) => !Number.isFinite(x) || x < 0))
      throw new VestingError('Custom vesting percentages cannot be negative.')
    const { total, addsUpTo100 } = customVestingTotal(p)
    if (!addsUpTo100)
      throw new VestingError(`Custom vesting percentages must add up to 100; they add up to ${total}.`)
    return p.map((x) => x / 100)
  }
  const totalMonths = years * 12
  const cliff = schedule.cliffMonths
  if (!Number.isInteger(cliff) || cliff < 0 || cliff > totalMonths)
    throw new VestingError(`The cliff must be between 0 and ${totalMonths} months.`)
  const step = schedule.then === 'monthly' ? 1 : 3
  // Vesting events: at the cliff (everything accrued so far), then every `step` months after it.
  const perMonth = 1 / totalMonths
  const shares = new Array<number>(years).fill(0)
  if (cliff > 0) shares[Math.min(years - 1, Math.ceil(cliff / 12) - 1)]! += cliff * perMonth
  for (let month = cliff + step; month <= totalMonths; month += step) {
    shares[Math.ceil(month / 12) - 1]! += step * perMonth
  }
  // Months left over when the step does not divide the remaining period vest at the end.
  const vested = shares.reduce((a, b) => a + b, 0)
  if (vested < 1 - 1e-12) shares[years - 1]! += 1 - vested
  return shares
}

/** What leaving before the cliff gives up: the value of the first vesting event; null when nothing is at stake. */
export function cliffForfeit(
  schedule: VestingSchedule,
  years: number,
  grant: number,
): { months: number; amount: number } | null {
  if (schedule.kind !== 'cliff' || schedule.cliffMonths <= 0 || !(grant > 0)) return null
  return {
    months: schedule.cliffMonths,
    amount: roundToCents((grant * schedule.cliffMonths) / (years * 12)),
  }
}
