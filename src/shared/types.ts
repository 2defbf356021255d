// Domain types shared by core, main, server, CLI and renderer. Plain data only.

export type PercentileKey = 'p10' | 'p25' | 'p50' | 'p75' | 'p90'
export const PERCENTILE_KEYS: readonly PercentileKey[] = ['p10', 'p25', 'p50', 'p75', 'p90']
export const PERCENTILE_OF: Record<PercentileKey, number> = { p10: 10, p25: 25, p50: 50, p75: 75, p90: 90 }

/** How a figure shown to the user came about. */
export type FigureStatus =
  | 'published' // printed as is by the source
  | 'top-coded' // the source only says "at or above" its top code; Worth shows a modelled value above it
  | 'from-hourly' // the source gives only an hourly figure; Worth multiplied it by 2,080 hours
  | 'modelled' // Worth's model (see docs/estimator.md)

export interface SourceRef {
  id: string
  publisher: string
  title: string
  release: string
  licence: string
  /** What Worth uses it for, in a few words. */
  use: string
}

export interface TitleMatch {
  soc: string
  occupation: string
  /** The title the user's text matched (an official or alternate title). */
  matchedFrom: string
  /** Where that title comes from: 'bls' official title, 'onet' alternate/reported, 'h1b' filing titles, 'worth' Worth's own alias list. */
  via: 'bls' | 'onet' | 'h1b' | 'worth'
  /** Share of the evidence (0-1) pointing at this occupation among the candidates. */
  score: number
  /**
   * How the text was matched: 'exact' a known title; 'alias' Worth's shorthand list ("SRE"); 'level' a known title once
   * level words ("Senior", "II") are dropped; 'contains' titles containing every word; 'typo' after correcting a
   * misspelt word; 'words' word by word (weakest); 'code' an occupation the user picked by its SOC code.
   */
  method: 'exact' | 'alias' | 'level' | 'contains' | 'typo' | 'words' | 'code'
  /** How sure Worth is that this is the occupation meant. */
  confidence: 'high' | 'medium' | 'low'
  /** The text as Worth read it after correcting misspelt words ("software engineer" for "sofware enginer"), else null. */
  corrected: string | null
}

export interface TitleSearchResult {
  query: string
  /** Suggestions for autocomplete, best first (distinct titles). */
  suggestions: { title: string; soc: string; occupation: string }[]
  /** Occupations the text most likely means, best first (distinct SOC codes). The first is the match Worth uses. */
  occupations: TitleMatch[]
}

export type AreaKind = 'national' | 'metro' | 'nonmetro' | 'state'

export interface LocationMatch {
  /** What to show in a list, e.g. "Bellevue, WA". */
  label: string
  areaCode: string
  areaName: string
  kind: AreaKind
  state?: string
  /** How the text was resolved, e.g. "principal city of Seattle-Tacoma-Bellevue, WA". */
  via: string
}

export interface LocationSearchResult {
  query: string
  /** Exactly one entry when the text is unambiguous. */
  matches: LocationMatch[]
  /** True when several places share the name and the user must choose. */
  ambiguous: boolean
  /** Why the text is not itself a place, when Worth knows ("Remote": pay follows the employer's market). */
  note?: string
}

export interface MarketPoint {
  wage: number
  density: number
}

export interface MarketSummary {
  scope: 'area' | 'national'
  soc: string
  occupation: string
  areaCode: string
  areaName: string
  p10: number
  p25: number
  p50: number
  p75: number
  p90: number
  status: Record<PercentileKey, FigureStatus>
  /** BLS's top code (annual) where a national figure is top-coded. */
  topCode: number | null
  /** OFLC Levels I-IV (annual USD) for the area, when scope is 'area'. */
  levels: [number, number, number, number] | null
  /** Why the national distribution is used, when scope is 'national' but an area was asked for. */
  fallback: string | null
  /** Density curve for drawing, wage ascending. */
  curve: MarketPoint[]
  sourceIds: string[]
}

export interface OfferInput {
  base: number
  bonus: number
  stock: number
  signon: number
}

export interface OfferSummary extends OfferInput {
  /** Sign-on spread over four years. */
  signonPerYear: number
  total: number
}

export interface ExperienceView {
  years: number
  level: 1 | 2 | 3 | 4
  levelName: string
  /** Percentile of the market at which DOL's level sits. */
  percentile: number
  wage: number
  sentence: string
}

/** DOL OFLC prevailing-wage levels, named as DOL names them. */
export type WageLevelName = 'below I' | 'I' | 'II' | 'III' | 'IV'

/**
 * The prevailing-wage level a base meets: the highest OFLC level (I entry, II qualified, III experienced, IV fully
 * competent) that the base reaches in the offer's area for its occupation. `level` and `levels` are null where OFLC
 * publishes no wage for the occupation in the area (or the place is a state or the whole country); `sentence` says so.
 */
export interface PrevailingWage {
  level: WageLevelName | null
  /** OFLC's annual wages for the four levels in the area. */
  levels: { I: number; II: number; III: number; IV: number } | null
  /** The OFLC area (metro or non-metro area) the levels are for, or the place asked about when there are none. */
  area: string
  /** "DOL OFLC prevailing wage levels, wage year July 2025 - June 2026". */
  source: string
  /** One line: the level met and what it means, or why there is none. */
  sentence: string
}

export interface EstimateResult {
  role: {
    title: string
    soc: string
    matchedFrom: string
    via: TitleMatch['via']
    method: TitleMatch['method']
    confidence: TitleMatch['confidence']
    corrected: TitleMatch['corrected']
    alternatives: TitleMatch[]
  }
  area: { code: string; name: string; kind: AreaKind; resolvedFrom: string }
  market: MarketSummary
  offer: OfferSummary
  percentile: { base: number; sentence: string; baseVsMedian: number }
  experience: ExperienceView | null
  /** The prevailing-wage level the base meets in the offer's area (DOL OFLC). */
  prevailingWage: PrevailingWage
  /**
   * For titles with a salary-survey profile (e.g. "Backend Architect"): the offer's total pay against the survey, with
   * the survey's own caveats (where it contradicts itself, how it was carried to the place), to show next to it.
   */
  survey: {
    profile: string
    totalPercentile: number
    sentence: string
    sourceId: string
    caveats: string[]
  } | null
  notes: string[]
  sources: SourceRef[]
}

export interface DatasetInfo {
  version: string
  occupations: number
  areas: number
  titles: number
  places: number
  sources: SourceRef[]
}

// ---------------------------------------------------------------------------------------------------------------
// Market insights (the salary page for a role in a place)

/** How an insights figure came about: the FigureStatus values, plus a survey's own figure, or nothing known. */
export type InsightStatus = FigureStatus | 'reported' | 'no-data'

export type ExperienceBand = '0-2' | '3-5' | '6-10' | '10+'

export interface RangeFigure {
  low: number | null
  high: number | null
  status: InsightStatus
  sourceId: string | null
}

export interface InsightsResult {
  role: {
    title: string
    soc: string
    occupation: string
    /** 'survey': the 2025 salary survey profile (seed) for this title; 'oews': built from BLS/OFLC data. */
    profile: 'survey' | 'oews'
    matchedFrom: string
    alternatives: TitleMatch[]
    /** For a survey profile: the BLS occupation its base pay is compared with, and why that one. */
    nearest: { soc: string; occupation: string; why: string } | null
  }
  area: { code: string; name: string; kind: AreaKind; resolvedFrom: string }
  summary: {
    /** Total pay percentiles (base + bonus + stock + other); null where the source gives none. */
    totalPay: {
      p10: number | null
      p25: number | null
      p50: number | null
      p75: number | null
      p90: number | null
    }
    totalPayStatus: InsightStatus
    base: {
      low: number | null
      high: number | null
      average: number | null
      median: number | null
      status: InsightStatus
      sourceId: string | null
    }
    bonus: RangeFigure
    stock: RangeFigure
    additionalPay: { value: number | null; status: InsightStatus; sourceId: string | null }
  }
  /** Base-pay distribution of the BLS occupation in this place (same shape as the offer view's market). */
  market: MarketSummary
  byExperience: {
    band: ExperienceBand
    median: number | null
    level: 1 | 2 | 3 | 4 | null
    status: InsightStatus
    sourceId: string | null
  }[]
  byCity: {
    area: string | null
    name: string
    median: number | null
    /** Some surveys give a range for a group of cities instead of a median. */
    low: number | null
    high: number | null
    isUserPlace: boolean
    status: InsightStatus
    sourceId: string | null
    /** BEA price parity of the area (US = 100), to show pay adjusted for cost of living; null where BEA has none. */
    rpp?: number | null
  }[]
  about: {
    description: string | null
    /** Attribution for the description (e.g. O*NET, CC BY 4.0), or null when Worth wrote it. */
    descriptionSource: string | null
    typicalTitles: string[]
    skills: string[]
    skillsSource: string | null
  }
  careerPath: {
    title: string
    years: string
    pay: number | null
    status: InsightStatus
    sourceId: string | null
  }[]
  factors: {
    factor: 'experience' | 'location' | 'skills' | 'education' | 'company size'
    measured: boolean
    /** One sentence with the size of the effect, or why it is not measured. */
    effect: string
    /** Pay at the low and high end of this factor, where measured. */
    low: number | null
    high: number | null
  }[]
  relatedTitles: { title: string; soc: string; median: number | null; kind: 'occupation' | 'title' }[]
  guidance: { id: 'negotiate' | 'remote' | 'growth' | 'raise' | 'city'; question: string; answer: string }[]
  /** Contradictions in a source, fallbacks, modelling notes. */
  notes: string[]
  sources: SourceRef[]
}
