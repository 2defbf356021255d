// Result types of the offer comparison (computed in src/core/compare, shown by the renderer and the CLI).

import type { PrevailingWage } from './types'

export interface CompareOptions {
  filing: 'single' | 'joint' | 'hoh'
  /** Pre-tax 401(k) contribution per year, the same for every offer. */
  k401: number
  /** What-if: change in the stock price, percent (-50 = halves). */
  stockChangePercent: number
  /** What-if: share of the target bonus actually paid, percent. */
  bonusPayoutPercent: number
  taxYear: 2025 | 2026
  /** What-if for options offers: the chance (percent) of an exit, giving an expected value per scenario. */
  exitChancePercent?: number
}

export interface OfferYear {
  year: number
  base: number
  bonus: number
  stock: number
  signon: number
  relocation: number
  match401k: number
  gross: number
  wages: number
  taxes: {
    federal: number
    socialSecurity: number
    medicare: number
    additionalMedicare: number
    stateIncome: number
    statePayroll: number
    local: number
    total: number
  }
  k401: number
  takeHome: number
  adjustedTakeHome: number
  cumulativeTakeHome: number
  /** Only for offers that have them (absent otherwise, so older results read the same): */
  /** The refresh grants' part of `stock`. */
  refresh?: number
  /** ESPP: pay put in, and the discount's gain (in `gross` and, after its tax, in take-home). */
  espp?: { contributions: number; gain: number; limited: boolean }
  /** The employee's pre-tax health premium (out of take-home) and the employer's HSA money (into it). */
  healthPremium?: number
  hsaEmployer?: number
  /** Options: pre-tax value of the shares vesting this year, per exit scenario (spread x shares). */
  equityByScenario?: Record<string, number>
  /** The same after the tax on it in this year (NSO as pay; ISO sold the year bought, as ordinary income). */
  equityAfterTaxByScenario?: Record<string, number>
  /**
   * Options vesting this year and what buying them costs at the strike; `refreshVested` (only for an offer with refresh
   * grants) is the refresh options among them, bought at their own strike (today's 409A price).
   */
  optionShares?: { vested: number; refreshVested?: number; exerciseCost: number }
}

/** An options offer's scenarios over the compared years, with the words that explain exercising. */
export interface ComparedOptions {
  exercise: 'iso' | 'nso'
  shares: number
  strike: number
  fmv: number
  preferred: number | null
  scenarios: {
    name: string
    pricePerShare: number
    /** Over the compared years. */
    preTax: number
    afterTax: number
    /** `afterTax` x 100 / the offer place's price parity, as take-home after cost of living is. */
    afterCostOfLiving: number
    /** With the exit-chance what-if: chance x after-tax value; null without it. */
    expected: number | null
    /**
     * The same figures year by year (year 1 first): `preTax` and `afterTax` are that year's `equityByScenario` and
     * `equityAfterTaxByScenario` for this scenario.
     */
    byYear: {
      year: number
      preTax: number
      afterTax: number
      afterCostOfLiving: number
      expected: number | null
    }[]
  }[]
  explained: string[]
}

export interface ComparedOffer {
  id: string
  label: string
  location: string
  state: string
  locality: string | null
  /**
   * The separate work place, when the offer gives one: as Worth read it, and its local tax place when it taxes people
   * who work there (the tax engine's workLocality; null when it does not or when it is the home place).
   */
  work?: { location: string; locality: string | null }
  col: {
    rpp: number
    scope: 'metro' | 'state' | 'national'
    from: string
    year: number
    adjustedTakeHome: number
  }
  percentile: { base: number | null; sentence: string | null; note: string | null }
  /** The DOL prevailing-wage level the base meets in the offer's area; null when there is no market for the offer. */
  prevailingWage: PrevailingWage | null
  years: OfferYear[]
  firstYear: { gross: number; takeHome: number; adjustedTakeHome: number }
  average: { gross: number; takeHome: number; adjustedTakeHome: number }
  cliff: string | null
  /** What leaving before the 401(k) match vests gives up; absent when the match is kept at once. */
  matchVesting?: string
  options?: ComparedOptions
  notModelled: string[]
}

export type Measure =
  | 'grossYear1'
  | 'takeHomeYear1'
  | 'adjustedYear1'
  | 'grossAverage'
  | 'takeHomeAverage'
  | 'adjustedAverage'
  | 'percentile'

export interface CompareResult {
  options: CompareOptions
  offers: ComparedOffer[]
  /** Per measure: offer ids best first, with each one's gap to the best in dollars (percentile points for 'percentile'). */
  ranking: Record<Measure, { id: string; value: number; behindBest: number }[]>
  /** Years in which one offer's cumulative take-home passes another's. */
  crossovers: { year: number; leader: string; overtaken: string; sentence: string }[]
  summary: string[]
  notModelled: string[]
}

/** What would stop Compare from using one offer ('offer:check'); `problems` is empty when the offer is fine. */
export interface OfferCheckResult {
  problems: { field: 'location' | 'workLocation' | 'title' | 'equity'; message: string }[]
}

/** The salary in one place worth the same as wages in another ('compare:equivalent'). */
export interface EquivalentSalaryResult {
  /** Wages in `to` that leave the same take-home after cost of living as the input wages in `from`. */
  wages: number
  /** Take-home after cost of living of the input wages in `from` (equal, to the dollar, to `toAdjusted`). */
  fromAdjusted: number
  toAdjusted: number
  fromRpp: number
  toRpp: number
  /** The places as Worth read them ("Austin, TX", "New York"). */
  fromPlace: string
  toPlace: string
  /** "$150,000 in Austin, TX is worth about $171,800 in Seattle, WA after tax and cost of living." */
  sentence: string
  /** How the places were read ("NY" read as the state ...). */
  notes: string[]
}
