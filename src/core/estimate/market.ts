// The market for an occupation in a place: a wage distribution plus the summary shown to the user.
import {
  PERCENTILE_KEYS,
  type FigureStatus,
  type LocationMatch,
  type MarketSummary,
  type PercentileKey,
} from '../../shared/types'
import type { Dataset } from '../dataset/indexDataset'
import type { OccupationRecord } from '../dataset/format'
import {
  anchorArea,
  anchorNational,
  distributionFromCurve,
  KEY_PROBABILITIES,
  LOGNORMAL_SHAPE,
  type AnchoredPoints,
  type WageDistribution,
} from '../market/distribution'
import type { MonotoneCurve } from '../market/monotoneCurve'

export interface Market {
  distribution: WageDistribution
  summary: Omit<MarketSummary, 'curve'>
}

const ALL_MODELLED: Record<PercentileKey, FigureStatus> = {
  p10: 'modelled',
  p25: 'modelled',
  p50: 'modelled',
  p75: 'modelled',
  p90: 'modelled',
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

function roundedPercentiles(dist: WageDistribution): Record<PercentileKey, number> {
  const out = {} as Record<PercentileKey, number>
  for (const key of PERCENTILE_KEYS) out[key] = Math.round(dist.quantile(KEY_PROBABILITIES[key]))
  return out
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
  const sourceIds = ['bls-oews']
  const base = { soc: occ.soc, occupation: occ.title }

  if (levels) {
    const shape: MonotoneCurve = anchored?.curve ?? LOGNORMAL_SHAPE
    const distribution = anchorArea(shape, levels[0], levels[3])
    return {
      distribution,
      summary: {
        ...base,
        scope: 'area',
        areaCode: place.areaCode,
        areaName: place.areaName,
        ...roundedPercentiles(distribution),
        status: { ...ALL_MODELLED },
        topCode: null,
        levels,
        fallback: anchored
          ? null
          : `BLS publishes no national figures for ${occ.title}; the area's shape is assumed log-normal.`,
        sourceIds: anchored ? ['dol-oflc', 'bls-oews'] : ['dol-oflc'],
      },
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
    summary: {
      ...base,
      scope: 'national',
      areaCode: 'US',
      areaName: 'the United States',
      ...anchored.values,
      status: anchored.status,
      topCode: topCoded ? dataset.topCode.annual : null,
      levels: null,
      fallback,
      sourceIds,
    },
  }
}

export type MarketFor = (occ: OccupationRecord, place: LocationMatch) => Market | null

/** buildMarket with a small memo: building a market (a distribution fit) is the costly part of an estimate. */
export function cachedMarkets(dataset: Dataset, limit = 300): MarketFor {
  const memo = new Map<string, Market | null>()
  return (occ, place) => {
    const key = `${occ.soc}|${place.kind}|${place.areaCode}`
    if (memo.has(key)) return memo.get(key)!
    const market = buildMarket(dataset, occ, place)
    if (memo.size >= limit) memo.delete(memo.keys().next().value!)
    memo.set(key, market)
    return market
  }
}
