// The one contract between the renderer and the backend (Electron main or browser mode).
// Each channel names its input schema; its result type is in ChannelResults. Channels read `domain:action`.
import { z } from 'zod'
import { AREA_CODE, SOC_CODE } from './codes'
import { MAX_AMOUNT, MAX_YEARS } from './fields'
import type { CompareResult, EquivalentSalaryResult, OfferCheckResult } from './compare'
import type { NegotiateResult } from './negotiate'
import { OfferSchema } from './offer'
import type {
  DatasetInfo,
  EstimateResult,
  InsightsResult,
  LocationSearchResult,
  TitleSearchResult,
} from './types'

const text = (max: number) => z.string().max(max)
const amount = z
  .number({ error: 'must be a number of US dollars' })
  .finite('must be a finite number')
  .min(0, 'cannot be negative')
  .max(MAX_AMOUNT, 'must be at most $10,000,000 a year')

const search = z.strictObject({
  query: text(200),
  limit: z.number().int().min(1).max(50).optional(),
})
export const TitleSearchInputSchema = search
export const LocationSearchInputSchema = search

/** A role in a place: the fields every market question starts from. */
const roleInPlace = {
  title: text(200),
  /** An occupation the user picked among the runners-up; overrides the title match. */
  soc: z.string().regex(SOC_CODE).optional(),
  location: text(200),
  /** An area the user picked when the location was ambiguous. */
  areaCode: z.string().regex(AREA_CODE).optional(),
}

/** An offer's pay, with the years of experience it is for. */
const offerPay = {
  years: z
    .number({ error: 'must be a number of years' })
    .finite('must be a finite number')
    .min(0, 'cannot be negative')
    .max(MAX_YEARS, `must be at most ${MAX_YEARS}`)
    .nullable()
    .optional(),
  base: amount.refine((v) => v > 0, 'must be more than $0'),
  bonus: amount.default(0),
  /** Stock vesting per year. */
  stock: amount.default(0),
  signon: amount.default(0),
}

export const EstimateInputSchema = z.strictObject({ ...roleInPlace, ...offerPay })
export const DatasetInfoInputSchema = z.strictObject({})
export const InsightsInputSchema = z.strictObject(roleInPlace)

export type TitleSearchInput = z.input<typeof TitleSearchInputSchema>
export type LocationSearchInput = z.input<typeof LocationSearchInputSchema>
export type EstimateInput = z.input<typeof EstimateInputSchema>
export const CompareInputSchema = z.strictObject({
  offers: z.array(OfferSchema).min(2, 'compare at least 2 offers').max(6, 'compare at most 6 offers'),
  filing: z.enum(['single', 'joint', 'hoh']).default('single'),
  k401: z.number().finite().min(0, 'cannot be negative').max(100_000).default(0),
  stockChangePercent: z.number().finite().min(-100).max(1000).default(0),
  bonusPayoutPercent: z.number().finite().min(0).max(300).default(100),
  taxYear: z.union([z.literal(2025), z.literal(2026)]).default(2025),
  /** What-if for options offers: the chance of an exit, percent; an expected value per scenario when given. */
  exitChancePercent: z.number().finite().min(0).max(100).optional(),
})
export const NegotiateInputSchema = z.strictObject({
  ...roleInPlace,
  ...offerPay,
  /**
   * A market percentile (1-99) or a first-year take-home amount to reach. Without one, Worth aims at the upper part
   * of pay for the person's level (years given) or the whole market's 75th percentile (no years).
   */
  target: z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('percentile'),
        value: z.number().finite().min(1, 'must be at least 1').max(99, 'must be at most 99'),
      }),
      z.strictObject({
        kind: z.literal('takeHome'),
        value: amount.refine((v) => v > 0, 'must be more than $0'),
      }),
    ])
    .optional(),
  /** The base the user wants to ask for, when they typed one (guard rails then check it). */
  ask: amount.refine((v) => v > 0, 'must be more than $0').optional(),
  /** Total yearly pay of the best alternative offer. */
  alternative: amount.optional(),
  /** The lowest total yearly pay the user would accept. */
  walkaway: amount.optional(),
  filing: z.enum(['single', 'joint', 'hoh']).default('single'),
  remote: z.boolean().default(false),
  /** Where the user lives now, when the offer means a move (cost-of-living tips). */
  currentLocation: text(200).optional(),
})
export type NegotiateInput = z.input<typeof NegotiateInputSchema>
/** One saved offer, checked the way Compare will use it (place, title, vesting). */
export const OfferCheckInputSchema = z.strictObject({ offer: OfferSchema })
export type OfferCheckInput = z.input<typeof OfferCheckInputSchema>
/** The salary in one place worth the same as wages in another, after tax and cost of living. */
export const EquivalentSalaryInputSchema = z.strictObject({
  wages: amount.refine((v) => v > 0, 'must be more than $0'),
  from: text(200),
  to: text(200),
  /** Where the person works on each side, when it differs from where they live. */
  fromWork: text(200).optional(),
  toWork: text(200).optional(),
  filing: z.enum(['single', 'joint', 'hoh']).default('single'),
  k401: z.number().finite().min(0, 'cannot be negative').max(100_000).default(0),
  taxYear: z.union([z.literal(2025), z.literal(2026)]).default(2025),
})
export type EquivalentSalaryInput = z.input<typeof EquivalentSalaryInputSchema>
export type DatasetInfoInput = z.input<typeof DatasetInfoInputSchema>
export type CompareInput = z.input<typeof CompareInputSchema>
export type InsightsInput = z.input<typeof InsightsInputSchema>

export const channelSchemas = {
  'titles:search': TitleSearchInputSchema,
  'locations:search': LocationSearchInputSchema,
  'estimate:offer': EstimateInputSchema,
  'dataset:info': DatasetInfoInputSchema,
  'insights:role': InsightsInputSchema,
  'compare:offers': CompareInputSchema,
  'negotiate:offer': NegotiateInputSchema,
  'offer:check': OfferCheckInputSchema,
  'compare:equivalent': EquivalentSalaryInputSchema,
} as const

export type Channel = keyof typeof channelSchemas
export const CHANNELS = Object.keys(channelSchemas) as Channel[]

export interface ChannelResults {
  'titles:search': TitleSearchResult
  'locations:search': LocationSearchResult
  'estimate:offer': EstimateResult
  'dataset:info': DatasetInfo
  'insights:role': InsightsResult
  'compare:offers': CompareResult
  'negotiate:offer': NegotiateResult
  'offer:check': OfferCheckResult
  'compare:equivalent': EquivalentSalaryResult
}

export type ChannelInput<C extends Channel> = z.input<(typeof channelSchemas)[C]>
export type ParsedInput<C extends Channel> = z.output<(typeof channelSchemas)[C]>

export type WorthErrorCode =
  | 'invalid-input'
  | 'unknown-title'
  | 'unknown-location'
  | 'ambiguous-location'
  | 'no-data'
  | 'forbidden'
  | 'internal'

export interface WorthError {
  code: WorthErrorCode
  /** The input field the error is about, when there is one (see FieldName). */
  field?: string
  message: string
  /** Closest matches for an unknown title or place. */
  suggestions?: string[]
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: WorthError }

/** Function names on window.worth, one per channel. */
export const API_FUNCTION: Record<Channel, keyof WorthBridge> = {
  'titles:search': 'searchTitles',
  'locations:search': 'searchLocations',
  'estimate:offer': 'estimateOffer',
  'dataset:info': 'datasetInfo',
  'insights:role': 'roleInsights',
  'compare:offers': 'compareOffers',
  'negotiate:offer': 'negotiateOffer',
  'offer:check': 'checkOffer',
  'compare:equivalent': 'equivalentSalary',
}

export interface WorthBridge {
  searchTitles(input: TitleSearchInput): Promise<Reply<TitleSearchResult>>
  searchLocations(input: LocationSearchInput): Promise<Reply<LocationSearchResult>>
  estimateOffer(input: EstimateInput): Promise<Reply<EstimateResult>>
  datasetInfo(input: DatasetInfoInput): Promise<Reply<DatasetInfo>>
  roleInsights(input: InsightsInput): Promise<Reply<InsightsResult>>
  compareOffers(input: CompareInput): Promise<Reply<CompareResult>>
  negotiateOffer(input: NegotiateInput): Promise<Reply<NegotiateResult>>
  checkOffer(input: OfferCheckInput): Promise<Reply<OfferCheckResult>>
  equivalentSalary(input: EquivalentSalaryInput): Promise<Reply<EquivalentSalaryResult>>
}
