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
   * 'offer-past-target' | 'alternative-above-ask' | 'offer-below-level-one'
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

/** When the offer already meets the target: the other terms to ask for instead of a token raise of base. */
export interface OtherTerms {
  /** The value Worth prices the terms at: a modest step, this share of base, for one year. */
  value: number
  share: number
  sentence: string
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
  /**
   * What the ask aims at. 'level': Worth's default with years given, a percentile (`value`) of pay at the person's DOL
   * wage level; 'percentile': a percentile of the whole market (Worth's default without years, 75, or one the user
   * chose); 'takeHome': a first-year take-home amount the user chose. `wage` is the base it means, `percentile` that
   * base's percentile in the whole market; `explicit` is true when the user chose it.
   */
  target: {
    kind: 'level' | 'percentile' | 'takeHome'
    value: number
    percentile: number
    wage: number
    explicit: boolean
  }
  /**
   * The market for the person's level (years given): DOL OFLC's wage for the level of their years, and a band of pay
   * at that level from a log-normal reference centred on it, spread from the neighbouring levels. Without years,
   * `level` is null and the band is the whole market's 10th to 90th percentile.
   */
  reference: {
    kind: 'level' | 'market'
    years: number | null
    level: 1 | 2 | 3 | 4 | null
    levelName: string | null
    /** The level's wage (null without years). */
    wage: number | null
    /** True when the levels are OFLC's published figures for the area; false when modelled from national figures. */
    published: boolean
    /** Pay at the level (or in the whole market): 10th and 90th percentiles. */
    low: number
    high: number
    sentence: string
  }
  /**
   * The bigger ask the market would support for the person's level (the top of the level's pay, or the whole market's
   * 90th percentile without years), shown apart from the ask with its risk; null when it is not above the ask, when
   * base stays as offered, or when the user typed their own ask.
   */
  stretch: {
    base: number
    percentile: number
    raise: number
    raisePercent: number
    takeHome: number | null
    /** What it is and the risk of asking for it. */
    sentence: string
  } | null
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
    /**
     * 'level': Worth's default from the market for the person's level; 'market': from a percentile of the whole market
     * (no years given, or a target the user chose) or a take-home target; 'user': the user typed the ask; 'terms': the
     * offer already meets the target, so base stays as offered and the advice is other terms (sign-on, equity, start
     * date).
     */
    from: 'level' | 'market' | 'user' | 'terms'
    /** Why the ask is not the target itself: 'cap' (kept to a credible step), 'min-step', 'level-one' (raised to DOL
     * Level I), or null. */
    adjusted: 'cap' | 'min-step' | 'level-one' | null
    sentence: string
  }
  alternative: number | null
  walkaway: number | null
  /** When base stays as offered ('terms'): what to ask for instead. */
  otherTerms: OtherTerms | null
  tradeoffs: Tradeoff[]
  tips: NegotiateTip[]
  warnings: NegotiateWarning[]
  scripts: ScriptDraft[]
  /** Every citation that a tip in `tips` cites. */
  citations: Citation[]
  notes: string[]
}
