// Small statistics for the bench: medians, spreads, ratios of interleaved pairs, and budget checks.

export interface Spread {
  min: number
  max: number
  /** How many samples the figure summarises. */
  n: number
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export function spreadOf(values: readonly number[], digits = 2): Spread {
  if (values.length === 0) throw new Error('spread of no values')
  return {
    min: round(Math.min(...values), digits),
    max: round(Math.max(...values), digits),
    n: values.length,
  }
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

export interface PairedRatio {
  /** Median of the per-pair ratios subject / baseline. */
  ratio: number
  spread: Spread
  subjectMs: number
  baselineMs: number
}

/**
 * Runs `pairs` pairs, alternating which side goes first, so that a machine getting busier or quieter weighs on
 * both sides alike; the ratio of each pair is taken before the median.
 */
export async function interleavedRatio(
  pairs: number,
  subject: () => Promise<number> | number,
  baseline: () => Promise<number> | number,
): Promise<PairedRatio> {
  const ratios: number[] = []
  const subjects: number[] = []
  const baselines: number[] = []
  for (let i = 0; i < pairs; i += 1) {
    let s: number
    let b: number
    if (i % 2 === 0) {
      s = await subject()
      b = await baseline()
    } else {
      b = await baseline()
      s = await subject()
    }
    subjects.push(s)
    baselines.push(b)
    ratios.push(s / b)
  }
  return {
    ratio: round(median(ratios)),
    spread: spreadOf(ratios),
    subjectMs: round(median(subjects)),
    baselineMs: round(median(baselines), 4),
  }
}

/** A budget: the figure must be at most `max`. */
export function holds(value: number, max: number): boolean {
  return Number.isFinite(value) && value <= max
}
