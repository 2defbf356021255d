// The market for an occupation in a place: a wage distribution plus the summary shown to the user.
import type {
  FigureStatus,
  LocationMatch,
  MarketPoint,
  MarketSummary,
  PercentileKey,
} from '../../shared/types'
import type { Dataset } from '../dataset/indexDataset'
import type { OccupationRecord } from '../dataset/format'
import {
  anchorArea,
  anchorNational,
  distributionFromCurve,
  KEY_SCORES,
  LOGNORMAL_SHAPE,
  type AnchoredPoints,
  type WageDistribution,
} from '../market/distribution'
import type { MonotoneCurve } from '../market/monotoneCurve'

export interface Market {
  distribution: WageDistribution
  summary: Omit<MarketSummary, 'curve'>
}

/** Every figure modelled (a new object each time: a reply's status is its own). */
function allModelled(): Record<PercentileKey, FigureStatus> {
  return { p10: 'modelled', p25: 'modelled', p50: 'modelled', p75: 'modelled', p90: 'modelled' }
}

/** Each occupation's national curve, fitted once per dataset (it depends on nothing else). */
const shapes = new WeakMap<Dataset, WeakMap<OccupationRecord, AnchoredPoints | null>>()

function nationalShape(dataset: Dataset, occ: OccupationRecord): AnchoredPoints | null {
  if (!occ.national) return null
  let fitted = shapes.get(dataset)
  if (!fitted) shapes.set(dataset, (fitted = new WeakMap()))
  let shape = fitted.get(occ)
  if (shape === undefined) {
    shape = anchorNational(occ.national.values, occ.national.status, dataset.topCode.annual)
    fitted.set(occ, shape)
  }
  return shape
}

/**
 * The summary shown beside a market, written out field by field (spreading objects into a literal this size is
 * several times slower in V8, and a market is built for every estimate).
 */
function summaryOf(
  occ: OccupationRecord,
  scope: MarketSummary['scope'],
  areaCode: string,
  areaName: string,
  values: Record<PercentileKey, number>,
  rest: Pick<MarketSummary, 'status' | 'topCode' | 'levels' | 'fallback' | 'sourceIds'>,
): Omit<MarketSummary, 'curve'> {
  return {
    soc: occ.soc,
    occupation: occ.title,
    scope,
    areaCode,
    areaName,
    p10: values.p10,
    p25: values.p25,
    p50: values.p50,
    p75: values.p75,
    p90: values.p90,
    status: rest.status,
    topCode: rest.topCode,
    levels: rest.levels,
    fallback: rest.fallback,
    sourceIds: rest.sourceIds,
  }
}

/** The summary with its chart curve, in the reply's field order. */
export function withCurve(summary: Omit<MarketSummary, 'curve'>, curve: MarketPoint[]): MarketSummary {
  return {
    soc: summary.soc,
    occupation: summary.occupation,
    scope: summary.scope,
    areaCode: summary.areaCode,
    areaName: summary.areaName,
    p10: summary.p10,
    p25: summary.p25,
    p50: summary.p50,
    p75: summary.p75,
    p90: summary.p90,
    status: summary.status,
    topCode: summary.topCode,
    levels: summary.levels,
    fallback: summary.fallback,
    sourceIds: summary.sourceIds,
    curve,
  }
}

/** The key percentiles' normal scores (KEY_SCORES), read once. */
const { p10: Z10, p25: Z25, p50: Z50, p75: Z75, p90: Z90 } = KEY_SCORES

function roundedPercentiles(dist: WageDistribution): Record<PercentileKey, number> {
  return {
    p10: Math.round(dist.atScore(Z10)),
    p25: Math.round(dist.atScore(Z25)),
    p50: Math.round(dist.atScore(Z50)),
    p75: Math.round(dist.atScore(Z75)),
    p90: Math.round(dist.atScore(Z90)),
  }
}

/**
 * Builds the market for an occupation and a resolved place. Area figures come from OFLC levels on the national shape;
 * a state, the nation, or an area without OFLC figures uses the national distribution and says why.
 * Returns null only when neither national nor area figures exist.
 */
export function buildMarket(dataset: Dataset, occ: OccupationRecord, place: LocationMatch): Market | null {
  const anchored = nationalShape(dataset, occ)
  const isArea = place.kind === 'metro' || place.kind === 'nonmetro'
  const levels = isArea ? dataset.areaLevels(occ.soc, place.areaCode) : null

  if (levels) {
    const shape: MonotoneCurve = anchored?.curve ?? LOGNORMAL_SHAPE
    const distribution = anchorArea(shape, levels[0], levels[3])
    return {
      distribution,
      summary: summaryOf(occ, 'area', place.areaCode, place.areaName, roundedPercentiles(distribution), {
        status: allModelled(),
        topCode: null,
        levels,
        fallback: anchored
          ? null
          : `BLS publishes no national figures for ${occ.title}; the area's shape is assumed log-normal.`,
        sourceIds: anchored ? ['dol-oflc', 'bls-oews'] : ['dol-oflc'],
      }),
    }
  }
  if (!anchored) return null
  const fallback =
    place.kind === 'state'
      ? `Worth has no statewide wage figures, so these are national figures. Choose a city or metro area in ${place.areaName} for local pay.`
      : place.kind === 'national'
        ? null
        : `OFLC publishes no figures for ${occ.title} in ${place.areaName}, so these are national figures.`
  const national = occ.national!
  const topCoded = national.status.includes('top-coded')
  return {
    distribution: distributionFromCurve(anchored.curve),
    summary: summaryOf(occ, 'national', 'US', 'the United States', anchored.values, {
      status: anchored.status,
      topCode: topCoded ? dataset.topCode.annual : null,
      levels: null,
      fallback,
      sourceIds: ['bls-oews'],
    }),
  }
}

export type MarketFor = (occ: OccupationRecord, place: LocationMatch) => Market | null

/**
 * buildMarket with a small memo: building a market (a distribution fit) is the costly part of an estimate. Markets
 * are kept by place (kind, then area code) and occupation, so a look-up joins no strings; when `limit` markets are
 * kept, the memo starts again empty.
 */
export function cachedMarkets(dataset: Dataset, limit = 300): MarketFor {
  let byKind = new Map<string, Map<string, Map<OccupationRecord, Market | null>>>()
  let size = 0
  return (occ, place) => {
    let byCode = byKind.get(place.kind)
    let byOcc = byCode?.get(place.areaCode)
    const known = byOcc?.get(occ)
    if (known !== undefined) return known
    if (byOcc?.has(occ)) return null
    const market = buildMarket(dataset, occ, place)
    if (size >= limit) {
      byKind = new Map()
      byCode = byOcc = undefined
      size = 0
    }
    if (!byCode) byKind.set(place.kind, (byCode = new Map()))
    if (!byOcc) byCode.set(place.areaCode, (byOcc = new Map()))
    byOcc.set(occ, market)
    size += 1
    return market
  }
}
