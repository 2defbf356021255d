// Continuous wage distributions built from a handful of published points.
//
// A distribution is a strictly increasing curve y(z) in (normal score, log wage) space: the wage at percentile p is
// exp(y(z)) with z = normalQuantile(p). A log-normal distribution is a straight line there; real pay is not quite,
// so Worth draws a smooth monotone curve through the published points (see docs/estimator.md).
import type { FigureStatus, MarketPoint, PercentileKey } from '../../shared/types'
import { monotoneCurve, type MonotoneCurve } from './monotoneCurve'
import { normalCdf, normalPdf, normalQuantile } from './normal'

export interface WageDistribution {
  /** Wage (annual USD) at probability p in (0, 1). */
  quantile(p: number): number
  /** The wage at normal score z: quantile(p) for a score already worked out (z = normalQuantile(p)). */
  atScore(z: number): number
  /** Share of workers paid at most x (0 for x <= 0). */
  cdf(x: number): number
  /** Probability density per dollar at x. */
  density(x: number): number
  /** The normal score z of wage x: cdf(x) = normalCdf(score(x)) (-Infinity for x <= 0). */
  score(x: number): number
  /**
   * Chart points at `count` wages evenly spaced in log pay from the wage at normal score lo to the wage at score hi:
   * each wage rounded to whole dollars, with the density per `per` dollars at the wage before rounding. Read forward:
   * the shape's scores for those log wages are worked out once per shape and span (see logSpacedSamples); per market
   * the wages are a geometric sequence (w0 * r^i) and the density is normalPdf(z) / (wage * beta * y'(z)), so no
   * point needs an inversion or an exponential, and the points are made in one loop with no call per point.
   */
  logSpacedPoints(lo: number, hi: number, count: number, per: number): MarketPoint[]
}

/** A shape's part of a log-spaced chart grid: y at both ends, and at each point its score's slope and normal density. */
interface ShapeSamples {
  lo: number
  hi: number
  count: number
  yLo: number
  yHi: number
  slope: Float64Array
  pdf: Float64Array
}

/**
 * Each curve's samples at the chart's usual span. A curve is one occupation's national shape (or the log-normal one),
 * shared by every market built on it, and most charts ask for the usual span, so the shape's part of the chart is
 * worked out once per shape; only the area's shift and stretch are applied per market.
 */
const chartSamples = new WeakMap<MonotoneCurve, ShapeSamples>()

/** The chart's usual span in normal scores: the 0.5th to the 99.5th percentile. */
export const CHART_SPAN = { lo: normalQuantile(0.005), hi: normalQuantile(0.995) } as const

function logSpacedSamples(curve: MonotoneCurve, lo: number, hi: number, count: number): ShapeSamples {
  // Only the usual span is remembered: a span widened to reach an offer depends on the offer.
  const usual = lo === CHART_SPAN.lo && hi === CHART_SPAN.hi
  const known = usual ? chartSamples.get(curve) : undefined
  if (known && known.count === count) return known
  const yLo = curve.at(lo)
  const yHi = curve.at(hi)
  const samples: ShapeSamples = {
    lo,
    hi,
    count,
    yLo,
    yHi,
    slope: new Float64Array(count),
    pdf: new Float64Array(count),
  }
  for (let i = 0; i < count; i += 1) {
    // The score of each evenly spaced log wage (the ends are the given scores).
    const z = i === 0 ? lo : i === count - 1 ? hi : curve.inverse(yLo + ((yHi - yLo) * i) / (count - 1))
    samples.slope[i] = curve.slope(z)
    samples.pdf[i] = normalPdf(z)
  }
  if (usual) chartSamples.set(curve, samples)
  return samples
}

export const KEY_PROBABILITIES: Record<PercentileKey, number> = {
  p10: 0.1,
  p25: 0.25,
  p50: 0.5,
  p75: 0.75,
  p90: 0.9,
}
const ORDER: PercentileKey[] = ['p10', 'p25', 'p50', 'p75', 'p90']
/** Their normal scores, worked out once (read a key percentile with atScore). */
export const KEY_SCORES: Readonly<Record<PercentileKey, number>> = {
  p10: normalQuantile(KEY_PROBABILITIES.p10),
  p25: normalQuantile(KEY_PROBABILITIES.p25),
  p50: normalQuantile(KEY_PROBABILITIES.p50),
  p75: normalQuantile(KEY_PROBABILITIES.p75),
  p90: normalQuantile(KEY_PROBABILITIES.p90),
}

/**
 * exp(alpha + beta * curve(z)) as an object whose methods are shared by every distribution (a class: a market is
 * built for every estimate, and one object is cheaper to make than one closure per method).
 */
class CurveDistribution implements WageDistribution {
  constructor(
    private readonly curve: MonotoneCurve,
    private readonly alpha: number,
    private readonly beta: number,
  ) {}

  score(x: number): number {
    if (!(x > 0)) return -Infinity
    if (x === Infinity) return Infinity
    return this.curve.inverse((Math.log(x) - this.alpha) / this.beta)
  }

  quantile(p: number): number {
    const clamped = Math.min(Math.max(p, 1e-12), 1 - 1e-12)
    return Math.exp(this.alpha + this.beta * this.curve.at(normalQuantile(clamped)))
  }

  atScore(z: number): number {
    return Math.exp(this.alpha + this.beta * this.curve.at(z))
  }

  cdf(x: number): number {
    return normalCdf(this.score(x))
  }

  density(x: number): number {
    if (!(x > 0) || x === Infinity) return 0
    const z = this.score(x)
    return normalPdf(z) / (x * this.beta * this.curve.slope(z))
  }

  logSpacedPoints(lo: number, hi: number, count: number, per: number): MarketPoint[] {
    const { alpha, beta } = this
    const { yLo, yHi, slope, pdf } = logSpacedSamples(this.curve, lo, hi, count)
    let wage = Math.exp(alpha + beta * yLo)
    const step = count > 1 ? Math.exp((beta * (yHi - yLo)) / (count - 1)) : 1
    const points = new Array<MarketPoint>(count)
    for (let i = 0; i < count; i += 1) {
      const density = pdf[i]! / (wage * beta * slope[i]!)
      points[i] = { wage: Math.round(wage), density: density * per }
      wage *= step
    }
    return points
  }
}

/** exp(alpha + beta * curve(z)): the national curve itself (0, 1), or re-anchored to an area. */
export function distributionFromCurve(curve: MonotoneCurve, alpha = 0, beta = 1): WageDistribution {
  if (!(beta > 0) || !Number.isFinite(alpha)) throw new Error('distribution needs a positive scale')
  return new CurveDistribution(curve, alpha, beta)
}

export interface AnchoredPoints {
  values: Record<PercentileKey, number>
  status: Record<PercentileKey, FigureStatus>
  curve: MonotoneCurve
}

/**
 * The national curve from BLS's five percentiles. Top-coded and missing points are filled from the curve through the
 * published ones (never below BLS's top code for a top-coded point); the curve then runs through all five.
 * Returns null when fewer than two points are published.
 */
export function anchorNational(
  values: readonly (number | null)[],
  status: readonly FigureStatus[],
  topCode: number,
): AnchoredPoints | null {
  const known = ORDER.map((key, i) => ({
    key,
    z: normalQuantile(KEY_PROBABILITIES[key]),
    v: values[i] ?? null,
    s: status[i]!,
  }))
  const present = known.filter((k) => k.v !== null && k.v > 0)
  if (present.length < 2) return null
  const increasing = strictlyIncreasing(present.map((k) => k.v!))
  const partial = monotoneCurve(
    present.map((k) => k.z),
    increasing.map((v) => Math.log(v)),
  )
  const filled: number[] = []
  for (const k of known) {
    let v = k.v !== null && k.v > 0 ? k.v : Math.exp(partial.at(k.z))
    if (k.s === 'top-coded') v = Math.max(v, topCode)
    filled.push(v)
  }
  const finalValues = strictlyIncreasing(filled)
  const curve = monotoneCurve(
    known.map((k) => k.z),
    finalValues.map((v) => Math.log(v)),
  )
  const outValues = {} as Record<PercentileKey, number>
  const outStatus = {} as Record<PercentileKey, FigureStatus>
  known.forEach((k, i) => {
    outValues[k.key] = k.v !== null && k.v > 0 ? k.v : Math.round(finalValues[i]!)
    outStatus[k.key] = k.v !== null && k.v > 0 ? k.s : k.s === 'top-coded' ? 'top-coded' : 'modelled'
  })
  return { values: outValues, status: outStatus, curve }
}

/** Where two published points are equal, lift the later one by a cent so the curve can rise through both. */
function strictlyIncreasing(values: number[]): number[] {
  const out: number[] = []
  for (const v of values) out.push(out.length && v <= out[out.length - 1]! ? out[out.length - 1]! + 0.01 : v)
  return out
}

/** DOL's Level I sits near the 17th percentile of an area's wages and Level IV near the 67th. */
export const LEVEL_ONE_P = 0.17
export const LEVEL_FOUR_P = 0.67
/** Their normal scores, worked out once. */
export const Z_LEVEL_ONE = normalQuantile(LEVEL_ONE_P)
export const Z_LEVEL_FOUR = normalQuantile(LEVEL_FOUR_P)

/** A straight line in (normal score, log wage) space: the log-normal shape, used when no national shape exists. */
export const LOGNORMAL_SHAPE: MonotoneCurve = monotoneCurve([-1, 1], [-1, 1])

/**
 * An area's distribution: the national shape, shifted and stretched in log space so that its 17th and 67th
 * percentiles fall exactly on the area's OFLC Level I and Level IV wages.
 */
export function anchorArea(shape: MonotoneCurve, levelOne: number, levelFour: number): WageDistribution {
  if (!(levelOne > 0) || !(levelFour > levelOne))
    throw new Error('area levels must be positive and increasing')
  const y1 = shape.at(Z_LEVEL_ONE)
  const y4 = shape.at(Z_LEVEL_FOUR)
  const beta = (Math.log(levelFour) - Math.log(levelOne)) / (y4 - y1)
  const alpha = Math.log(levelOne) - beta * y1
  return distributionFromCurve(shape, alpha, beta)
}
