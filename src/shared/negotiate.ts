// Result types of the counter-offer calculator (computed in src/core/negotiate, shown by the renderer and the CLI).
import type { EstimateResult } from './types'

/** A piece of research a tip rests on. */
export interface Citation {
  /** Short key, e.g. "mason2013". */
  id: string
  /** How a tip cites it, e.g. "Mason, Lee, Wiley & Ames 2013". */
  short: string
  /** Full reference: authors, year, title, journal or publisher. */
  reference: string
  /** What it found, in Worth's own words (one sentence). */
  finding: string
}

export interface NegotiateTip {
  /** Stable rule id, e.g. "below-median". */
  id: string
  /** The tip, quoting the user's numbers. */
  text: string
  /** Short citations (Citation.short) it rests on; empty for Worth's own arithmetic. */
  cites: string[]
}

export interface NegotiateWarning {
  /**
   * 'ask-below-offer' | 'ask-above-p99' | 'ask-far-above-offer' | 'ask-below-walkaway' | 'walkaway-above-offer' |
   * 'offer-past-target' | 'alternative-above-ask'
   */
  id: string
  text: string
}

/** Another way to receive the same value when the employer will not move base pay. */
export interface Tradeoff {
  kind: 'signon' | 'equity' | 'bonus'
  /** What to ask for: a one-off sign-on amount, an equity grant total, or a bonus target in dollars a year. */
  amount: number
  /** The bonus as a percent of base (bonus only). */
  percentOfBase: number | null
  /** Value matched: the raise's first-year value or its 4-year value (before tax). */
  matches: 'first-year' | 'four-year'
  /** Extra take-home pay it brings over the matched period, after tax (null when the place's tax is not known). */
  takeHome: number | null
  sentence: string
}

export interface ScriptDraft {
  channel: 'email' | 'phone'
  tone: 'warm' | 'direct' | 'brief'
  /** Email subject line; null for phone. */
  subject: string | null
  body: string
}

export interface NegotiateResult {
  /** The estimate of the current offer (market, chart curve, percentile) the ask is built on. */
  estimate: EstimateResult
  current: {
    base: number
    total: number
    percentile: number
    /** Take-home pay of the current offer's first year (null when tax is not known for the place). */
    takeHome: number | null
  }
  target: { kind: 'percentile' | 'takeHome'; value: number; percentile: number }
  ask: {
    /** The base to ask for: a precise figure, not a round one. */
    base: number
    /** Supporting range: low <= base <= high. */
    low: number
    high: number
    /** Market percentile of the ask's base. */
    percentile: number
    /** How much more than the current base, in dollars and percent. */
    raise: number
    raisePercent: number
    /** First-year take-home pay at the ask (null when tax is not known for the place). */
    takeHome: number | null
    /** Extra first-year take-home pay over the current offer. */
    takeHomeGain: number | null
    /** 'market': from the target; 'user': the user typed the ask; 'floor': the offer is already above the target. */
    from: 'market' | 'user' | 'floor'
    sentence: string
  }
  alternative: number | null
  walkaway: number | null
  tradeoffs: Tradeoff[]
  tips: NegotiateTip[]
  warnings: NegotiateWarning[]
  scripts: ScriptDraft[]
  /** Every citation that a tip in `tips` cites. */
  citations: Citation[]
  notes: string[]
}
