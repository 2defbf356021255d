// The chart's density curve, read forward off the wage curve: checked against the inverted density, a log-normal
// whose mode is known in closed form, and real markets (the curve's area is the share of workers it spans).
import { describe, expect, it } from 'vitest'
import { EstimateInputSchema } from '../../shared/contract'
import type { MarketPoint } from '../../shared/types'
import { anchorNational, distributionFromCurve, LOGNORMAL_SHAPE } from '../market/distribution'
import { realDataset } from '../testing/realDataset'
import { densityCurve, estimateOffer, resolvePlace } from './estimateOffer'
import { buildMarket } from './market'

/** Trapezoid area under the curve, in shares of workers (the density is per $1,000). */
function area(points: MarketPoint[]): number {
  let sum = 0
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1]!
    const b = points[i]!
    sum += ((b.wage - a.wage) / 1000) * ((a.density + b.density) / 2)
  }
  return sum
}

// Software Developers (15-1252), BLS OEWS May 2024, annual.
const DEV = [79850, 103050, 133080, 169000, 211450]
const PUBLISHED = ['published', 'published', 'published', 'published', 'published'] as const

describe('densityCurve', () => {
  const dev = distributionFromCurve(anchorNational(DEV, PUBLISHED, 239200)!.curve)

  it('spans the 0.5th to 99.5th percentile with increasing wages and the exact density at each', () => {
    const curve = densityCurve(dev, 0)
    expect(curve).toHaveLength(120)
    expect(Math.abs(curve[0]!.wage - dev.quantile(0.005))).toBeLessThanOrEqual(0.5)
    expect(Math.abs(curve[119]!.wage - dev.quantile(0.995))).toBeLessThanOrEqual(0.5)
    for (let i = 1; i < curve.length; i += 1) expect(curve[i]!.wage).toBeGreaterThan(curve[i - 1]!.wage)
    for (const point of curve) {
      // The density found by inverting the curve at the (rounded) wage: equal to well within the rounding.
      expect(point.density).toBeCloseTo(dev.density(point.wage) * 1000, 4)
    }
  })

  it('spaces its points evenly in log pay', () => {
    const curve = densityCurve(dev, 0)
    const step = Math.log(curve[119]!.wage / curve[0]!.wage) / 119
    curve.forEach((point, i) =>
      expect(Math.abs(point.wage - curve[0]!.wage * Math.exp(step * i))).toBeLessThanOrEqual(1),
    )
  })

  it('holds 99% of workers under the curve', () => {
    expect(area(densityCurve(dev, 0))).toBeCloseTo(0.99, 3)
  })

  it('peaks where a log-normal peaks, exp(mu - sigma^2)', () => {
    const mu = Math.log(60000)
    const sigma = 0.5
    const lognormal = distributionFromCurve(LOGNORMAL_SHAPE, mu, sigma)
    const curve = densityCurve(lognormal, 0, 400)
    const top = curve.reduce((best, point) => (point.density > best.density ? point : best))
    const mode = Math.exp(mu - sigma * sigma)
    expect(Math.abs(top.wage - mode) / mode).toBeLessThan(0.01)
    // The closed-form log-normal density at its mode, per $1,000.
    const peak = (1000 * Math.exp(-(sigma * sigma) / 2)) / (mode * sigma * Math.sqrt(2 * Math.PI))
    expect(Math.abs(top.density - peak) / peak).toBeLessThan(1e-3)
  })

  it('reaches out to an offer beyond the range, but not absurdly far', () => {
    const high = densityCurve(dev, 400000)
    expect(high[119]!.wage).toBe(Math.round(400000 * 1.05))
    expect(area(high)).toBeGreaterThan(0.99)
    const absurd = densityCurve(dev, 10_000_000)
    expect(Math.abs(absurd[119]!.wage - dev.quantile(0.9999))).toBeLessThanOrEqual(0.5)
    const low = densityCurve(dev, 30000)
    expect(Math.abs(low[0]!.wage - dev.quantile(0.0001))).toBeLessThanOrEqual(0.5)
  })
})

describe("an estimate's chart curve", () => {
  const d = realDataset()
  it('covers the share of workers between its ends and peaks at the most common pay', () => {
    for (const input of [
      { title: 'Registered Nurse', location: 'United States', base: 86070 },
      { title: 'Software Engineer', location: 'Seattle, WA', base: 150000 },
    ]) {
      const r = estimateOffer(d, EstimateInputSchema.parse(input))
      expect(area(r.market.curve)).toBeCloseTo(0.99, 3)
      // The most common pay, found the slow way: the density (by inversion) on a $10 grid across P10-P90.
      const { distribution } = buildMarket(
        d,
        d.occupationBySoc.get(r.role.soc)!,
        resolvePlace(d, input.location),
      )!
      let mode = r.market.p10
      for (let wage = r.market.p10; wage <= r.market.p90; wage += 10)
        if (distribution.density(wage) > distribution.density(mode)) mode = wage
      const top = r.market.curve.reduce((best, point) => (point.density > best.density ? point : best))
      const next = r.market.curve.indexOf(top) + 1
      // Within one step of the curve's points from the true mode.
      expect(Math.abs(top.wage - mode)).toBeLessThanOrEqual(r.market.curve[next]!.wage - top.wage)
      expect(top.density).toBeCloseTo(distribution.density(mode) * 1000, 4)
    }
  })
})
