// Precise figures for an ask. Mason, Lee, Wiley & Ames (2013) found that a precise first offer ($4,865) drew a smaller
// counter-move than a round one ($5,000): the other side read precision as a sign that the number was researched.
//
// Worth's rule: round to the nearest $50; if that lands on a multiple of $500 (a "round" figure such as $182,000 or
// $182,500), add $150. The result is never a round thousand or half-thousand, and stays within $175 of the input.

export const PRECISE_STEP = 50
export const ROUND_UNIT = 500
export const PRECISE_NUDGE = 150

export type PreciseMode = 'nearest' | 'up' | 'down'

function checkAmount(value: number): void {
  if (!Number.isFinite(value) || value <= 0)
    throw new RangeError(`A precise ask needs a positive amount of dollars, got ${value}.`)
}

/** True for figures that read as round: multiples of $500. */
export function isRound(value: number): boolean {
  return Number.isFinite(value) && value % ROUND_UNIT === 0
}

/**
 * A precise dollar figure near `value`. 'nearest' rounds to the nearest $50; 'up' rounds up to the next $50, so the
 * result is never below `value`; 'down' rounds down, so it is never above (a cap). A multiple of $500 is moved by
 * $150: up, or down in 'down' mode.
 */
export function preciseFigure(value: number, mode: PreciseMode = 'nearest'): number {
  checkAmount(value)
  const steps = value / PRECISE_STEP
  // The small epsilon keeps 150000.0000001 (float noise) from rounding up a whole step.
  const rounded =
    mode === 'up' ? Math.ceil(steps - 1e-9) : mode === 'down' ? Math.floor(steps + 1e-9) : Math.round(steps)
  const atLeastOneStep = Math.max(rounded * PRECISE_STEP, PRECISE_STEP)
  if (!isRound(atLeastOneStep)) return atLeastOneStep
  return mode === 'down' && atLeastOneStep > ROUND_UNIT
    ? atLeastOneStep - PRECISE_NUDGE
    : atLeastOneStep + PRECISE_NUDGE
}
