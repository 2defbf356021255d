// New York's "tax benefit recapture" (the supplemental tax of Tax Law section 601(d)). Once New York AGI passes
// $107,650, the lower brackets are taken back step by step: over each $50,000 of AGI past a threshold, the tax moves
// from the bracket schedule to the rate of the bracket the taxable income is in, applied to all of it. The
// IT-201 instructions print this as worksheets per filing status ("Tax computation - New York AGI of more than
// $107,650"); this is the same arithmetic written once for any schedule:
//   taxable income in the first recaptured bracket (the one that holds incomes just past $107,650 of AGI):
//     tax = schedule + (rate x taxable - schedule) x phase(AGI - 107,650)
//   taxable income in a higher bracket k that starts at s with rate r, the bracket below having rate q:
//     tax = schedule + [q x s - schedule(s)] + [(r - q) x s] x phase(AGI - s)
//   where the two bracketed amounts are whole dollars (the worksheets' "recapture base" and "incremental
//   benefit"), and phase(x) = x / 50,000 kept between 0 and 1, to four decimals. As on the worksheets, a higher
//   bracket's recapture base is the one below plus that bracket's incremental benefit (single: 568, then
//   568 + 1,831 = 2,399). AGI above $25 million: the top rate on all taxable income.
import { scheduleTax } from './schedule'
import type { Bracket } from './types'

export const NY_RECAPTURE_START = 107_650
export const NY_RECAPTURE_PHASE = 50_000
export const NY_FLAT_TOP_AGI = 25_000_000

function phase(excess: number): number {
  return (
    Math.round((Math.min(Math.max(excess, 0), NY_RECAPTURE_PHASE) / NY_RECAPTURE_PHASE) * 10_000) / 10_000
  )
}

/** Index of the bracket that holds `taxable` (the last one whose lower edge is below it). */
function bracketOf(taxable: number, brackets: readonly Bracket[]): number {
  let k = 0
  for (let i = 0; i < brackets.length; i += 1) if (taxable > brackets[i]!.over) k = i
  return k
}

/** New York State tax on `taxable` income for a filer with New York AGI `agi`, recapture included. */
export function newYorkTax(taxable: number, agi: number, brackets: readonly Bracket[]): number {
  const schedule = scheduleTax(taxable, brackets)
  if (agi <= NY_RECAPTURE_START || taxable <= 0) return schedule
  const top = brackets[brackets.length - 1]!
  if (agi > NY_FLAT_TOP_AGI) return taxable * top.rate
  const k = bracketOf(taxable, brackets)
  const here = brackets[k]!
  // Below the first bracket that starts above $107,650 of AGI, the phase runs from $107,650 itself.
  if (k === 0 || here.over <= NY_RECAPTURE_START) {
    return schedule + (here.rate * taxable - schedule) * phase(agi - NY_RECAPTURE_START)
  }
  // Walk up from the first bracket above $107,650, carrying the recapture base the way the worksheets print it.
  let base = 0
  let incremental = 0
  for (let i = 1; i <= k; i += 1) {
    const lower = brackets[i - 1]!
    const upper = brackets[i]!
    if (upper.over <= NY_RECAPTURE_START) continue
    base =
      incremental === 0 && base === 0
        ? Math.round(lower.rate * upper.over - scheduleTax(upper.over, brackets))
        : base + incremental
    incremental = Math.round((upper.rate - lower.rate) * upper.over)
  }
  return schedule + base + incremental * phase(agi - here.over)
}
