// The one contract between the renderer and the backend (Electron main or browser mode).
// Each channel names its input schema; its result type is in ChannelResults. Channels read `domain:action`.
import * as z from './zod'
import { AREA_CODE, SOC_CODE } from './codes'
import { MAX_AMOUNT, MAX_YEARS } from './fields'
import type { CompareResult, EquivalentSalaryResult, OfferCheckResult } from './compare'
import type { NegotiateResult } from './negotiate'
import {
  OpenTextInputSchema,
  SavePdfInputSchema,
  SaveTextInputSchema,
  type OpenOutcome,
  type SaveOutcome,
} from './desktop'
import { OfferSchema } from './offer'
import { FILING_STATUSES, TAX_YEARS, type TaxAtPlaceResult } from './tax'
import type {
  DatasetInfo,
  EstimateResult,
  InsightsResult,
  LocationSearchResult,
  TitleSearchResult,
} from './types'

const text = (max: number) => z.string().check(z.maxLength(max, `must be at most ${max} characters`))
// zod's number refuses Infinity and NaN itself, with the message of its type (here "must be a number of US dollars").
const amount = z.builtOnFirstUse(() =>
  z
    .number({ error: 'must be a number of US dollars' })
    .check(z.minimum(0, 'cannot be negative'), z.maximum(MAX_AMOUNT, 'must be at most $10,000,000 a year')),
)

const filing = z.builtOnFirstUse(() => z._default(z.enum(FILING_STATUSES), 'single'))
const taxYear = z.builtOnFirstUse(() => z._default(z.literal(TAX_YEARS), TAX_YEARS[0]))
const k401 = z.builtOnFirstUse(() =>
  z._default(z.number().check(z.minimum(0, 'cannot be negative'), z.maximum(100_000)), 0),
)
const positive = z.builtOnFirstUse(() => amount.check(z.refine((v) => v > 0, 'must be more than $0')))

const search = z.builtOnFirstUse(() =>
  z.strictObject({
    query: text(200),
    limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(50))),
  }),
)
export const TitleSearchInputSchema = search
export const LocationSearchInputSchema = search

/** A role in a place: the fields every market question starts from. */
const roleInPlace = () => ({
  title: text(200),
  /** An occupation the user picked among the runners-up; overrides the title match. */
  soc: z.optional(z.string().check(z.regex(SOC_CODE))),
  location: text(200),
  /** An area the user picked when the location was ambiguous. */
  areaCode: z.optional(z.string().check(z.regex(AREA_CODE))),
})

/** An offer's pay, with the years of experience it is for. */
const offerPay = () => ({
  years: z.optional(
    z.nullable(
      z
        .number({ error: 'must be a number of years' })
        .check(z.minimum(0, 'cannot be negative'), z.maximum(MAX_YEARS, `must be at most ${MAX_YEARS}`)),
    ),
  ),
  base: positive,
  bonus: z._default(amount, 0),
  /** Stock vesting per year. */
  stock: z._default(amount, 0),
  signon: z._default(amount, 0),
})

export const EstimateInputSchema = z.builtOnFirstUse(() =>
  z.strictObject({ ...roleInPlace(), ...offerPay() }),
)
export const DatasetInfoInputSchema = z.builtOnFirstUse(() => z.strictObject({}))
export const InsightsInputSchema = z.builtOnFirstUse(() => z.strictObject(roleInPlace()))
export type TitleSearchInput = z.input<typeof TitleSearchInputSchema>
export type LocationSearchInput = z.input<typeof LocationSearchInputSchema>
export type EstimateInput = z.input<typeof EstimateInputSchema>
export const CompareInputSchema = z.builtOnFirstUse(() =>
  z.strictObject({
    offers: z
      .array(OfferSchema)
      .check(z.minLength(2, 'compare at least 2 offers'), z.maxLength(6, 'compare at most 6 offers')),
    filing,
    k401,
    stockChangePercent: z._default(z.number().check(z.minimum(-100), z.maximum(1000)), 0),
    bonusPayoutPercent: z._default(z.number().check(z.minimum(0), z.maximum(300)), 100),
    taxYear,
    /** What-if for options offers: the chance of an exit, percent; an expected value per scenario when given. */
    exitChancePercent: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  }),
)
export const NegotiateInputSchema = z.builtOnFirstUse(() =>
  z.strictObject({
    ...roleInPlace(),
    ...offerPay(),
    /**
     * A market percentile (1-99) or a first-year take-home amount to reach. Without one, Worth aims at the upper part
     * of pay for the person's level (years given) or the whole market's 75th percentile (no years).
     */
    target: z.optional(
      z.discriminatedUnion('kind', [
        z.strictObject({
          kind: z.literal('percentile'),
          value: z.number().check(z.minimum(1, 'must be at least 1'), z.maximum(99, 'must be at most 99')),
        }),
        z.strictObject({
          kind: z.literal('takeHome'),
          value: positive,
        }),
      ]),
    ),
    /** The base the user wants to ask for, when they typed one (guard rails then check it). */
    ask: z.optional(positive),
    /** Total yearly pay of the best alternative offer. */
    alternative: z.optional(amount),
    /** The lowest total yearly pay the user would accept. */
    walkaway: z.optional(amount),
    filing,
    remote: z._default(z.boolean(), false),
    /** Where the user lives now, when the offer means a move (cost-of-living tips). */
    currentLocation: z.optional(text(200)),
  }),
)
export type NegotiateInput = z.input<typeof NegotiateInputSchema>
/** One saved offer, checked the way Compare will use it (place, title, vesting). */
export const OfferCheckInputSchema = z.builtOnFirstUse(() => z.strictObject({ offer: OfferSchema }))
export type OfferCheckInput = z.input<typeof OfferCheckInputSchema>
/** The salary in one place worth the same as wages in another, after tax and cost of living. */
export const EquivalentSalaryInputSchema = z.builtOnFirstUse(() =>
  z.strictObject({
    wages: positive,
    from: text(200),
    to: text(200),
    /** Where the person works on each side, when it differs from where they live. */
    fromWork: z.optional(text(200)),
    toWork: z.optional(text(200)),
    filing,
    k401,
    taxYear,
  }),
)
export type EquivalentSalaryInput = z.input<typeof EquivalentSalaryInputSchema>
export type DatasetInfoInput = z.input<typeof DatasetInfoInputSchema>
export type CompareInput = z.input<typeof CompareInputSchema>
export type InsightsInput = z.input<typeof InsightsInputSchema>
/** One year's taxes on wages earned in a place (worth tax); `workLocation` is a separate work place in the same state. */
export const TaxInputSchema = z.builtOnFirstUse(() =>
  z.strictObject({
    wages: positive,
    location: text(200),
    workLocation: z.optional(text(200)),
    filing,
    taxYear,
    /** Pre-tax 401(k) contribution; the engine caps it at the year's limit. */
    k401: z._default(amount, 0),
  }),
)
export type TaxInput = z.input<typeof TaxInputSchema>

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

/** The one reply shape of every channel, on every transport (IPC, HTTP, the CLI): a value, or an error to show. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: WorthError }

/** The reply type of a channel, carried by the table for TypeScript only (replies are not parsed again). */
const replies = <T>(): T => undefined as T

/**
 * THE channel table: every call the renderer (or the CLI) can make, with its input schema, its reply type and
 * whether only the desktop app answers it. Everything else is derived from it: the preload's one generic
 * `invoke`, the renderer client (lib/api.ts), main's ipc registration (main/ipc.ts), the backend process relay
 * (main/backend), browser mode's routes (server/routes.ts) and the handler map's type (core/app/dispatch.ts).
 * Adding a channel: a line here (with its schema), its handler, and the code that calls it (docs/architecture.md).
 */
export const channels = {
  'titles:search': { input: TitleSearchInputSchema, reply: replies<TitleSearchResult>() },
  'locations:search': { input: LocationSearchInputSchema, reply: replies<LocationSearchResult>() },
  'estimate:offer': { input: EstimateInputSchema, reply: replies<EstimateResult>() },
  'dataset:info': { input: DatasetInfoInputSchema, reply: replies<DatasetInfo>() },
  'insights:role': { input: InsightsInputSchema, reply: replies<InsightsResult>() },
  'compare:offers': { input: CompareInputSchema, reply: replies<CompareResult>() },
  'negotiate:offer': { input: NegotiateInputSchema, reply: replies<NegotiateResult>() },
  'offer:check': { input: OfferCheckInputSchema, reply: replies<OfferCheckResult>() },
  'compare:equivalent': { input: EquivalentSalaryInputSchema, reply: replies<EquivalentSalaryResult>() },
  'tax:compute': { input: TaxInputSchema, reply: replies<TaxAtPlaceResult>() },
  // Desktop only: native dialogs and PDF, answered by main itself (browser mode has other means, lib/files.ts).
  'file:saveText': { input: SaveTextInputSchema, reply: replies<SaveOutcome>(), desktopOnly: true },
  'file:openText': { input: OpenTextInputSchema, reply: replies<OpenOutcome>(), desktopOnly: true },
  'file:savePdf': { input: SavePdfInputSchema, reply: replies<SaveOutcome>(), desktopOnly: true },
} as const satisfies Record<string, { input: z.ZodMiniType; reply: unknown; desktopOnly?: true }>

type Table = typeof channels
/** Every channel of the table. */
export type AnyChannel = keyof Table
/** The channels only the desktop app answers (main itself, not the backend). */
export type DesktopChannel = {
  [C in AnyChannel]: Table[C] extends { desktopOnly: true } ? C : never
}[AnyChannel]
/** The channels the backend's handlers answer, in the desktop app, browser mode and the CLI alike. */
export type Channel = Exclude<AnyChannel, DesktopChannel>

const isDesktopOnly = (c: AnyChannel): boolean => 'desktopOnly' in channels[c]
export const ALL_CHANNELS = Object.keys(channels) as AnyChannel[]
export const CHANNELS = ALL_CHANNELS.filter((c) => !isDesktopOnly(c)) as Channel[]
export const DESKTOP_CHANNELS = ALL_CHANNELS.filter(isDesktopOnly) as DesktopChannel[]

export type ChannelInput<C extends AnyChannel> = z.input<Table[C]['input']>
export type ParsedInput<C extends AnyChannel> = z.output<Table[C]['input']>
export type ChannelResult<C extends AnyChannel> = Table[C]['reply']
export type ChannelResults = { [C in AnyChannel]: ChannelResult<C> }

/** window.worth in the desktop app (src/preload): one function for every channel of the table. */
export interface WorthBridge {
  invoke<C extends AnyChannel>(channel: C, input: ChannelInput<C>): Promise<Reply<ChannelResult<C>>>
}
