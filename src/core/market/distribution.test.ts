import { describe, expect, it } from 'vitest'
import { anchorArea, anchorNational, distributionFromCurve, LOGNORMAL_SHAPE } from './distribution'
import { monotoneCurve } from './monotoneCurve'

// Software Developers (15-1252), BLS OEWS May 2024, annual.
const DEV = [79850, 103050, 133080, 169000, 211450]
const PUBLISHED = ['published', 'published', 'published', 'published', 'published'] as const

describe('anchorNational', () => {
  it('passes through the five published percentiles to the dollar', () => {
    const anchored = anchorNational(DEV, PUBLISHED, 239200)!
    const dist = distributionFromCurve(anchored.curve)
    ;[0.1, 0.25, 0.5, 0.75, 0.9].forEach((p, i) =>
      expect(Math.abs(dist.quantile(p) - DEV[i]!)).toBeLessThan(0.5),
    )
    expect(anchored.values.p50).toBe(133080)
  })

  it('is strictly increasing, never NaN, and quantile and cdf invert each other', () => {
    const dist = distributionFromCurve(anchorNational(DEV, PUBLISHED, 239200)!.curve)
    let last = 0
    for (let p = 0.001; p < 1; p += 0.001) {
      const q = dist.quantile(p)
      expect(q).toBeGreaterThan(last)
      expect(Math.abs(dist.cdf(q) - p)).toBeLessThan(1e-9)
      last = q
    }
    let lastCdf = 0
    for (let x = 1000; x < 2_000_000; x *= 1.05) {
      const c = dist.cdf(x)
      expect(Number.isNaN(c)).toBe(false)
      expect(c).toBeGreaterThanOrEqual(lastCdf)
      expect(dist.density(x)).toBeGreaterThanOrEqual(0)
      lastCdf = c
    }
    expect(dist.cdf(0)).toBe(0)
    expect(dist.cdf(-5)).toBe(0)
  })

  it('keeps top-coded points at or above the top code and says so', () => {
    // Chief Executives (11-1011), May 2024: P75 and P90 are "#" (>= $239,200).
    const anchored = anchorNational(
      [73710, 126080, 206420, null, null],
      ['published', 'published', 'published', 'top-coded', 'top-coded'],
      239200,
    )!
    expect(anchored.status.p75).toBe('top-coded')
    expect(anchored.values.p75).toBeGreaterThanOrEqual(239200)
    expect(anchored.values.p90).toBeGreaterThan(anchored.values.p75)
    expect(anchored.values.p50).toBe(206420)
  })

  it('lifts a top-coded point that the trend would put below the top code', () => {
    const anchored = anchorNational(
      [200000, 220000, 230000, 235000, null],
      ['published', 'published', 'published', 'published', 'top-coded'],
      239200,
    )!
    expect(anchored.values.p90).toBeGreaterThanOrEqual(239200)
  })

  it('needs at least two published points', () => {
    expect(
      anchorNational(
        [null, null, 50000, null, null],
        ['modelled', 'modelled', 'published', 'modelled', 'modelled'],
        239200,
      ),
    ).toBeNull()
  })
})

describe('anchorArea', () => {
  it("puts the area's Level I at the 17th and Level IV at the 67th percentile", () => {
    const shape = anchorNational(DEV, PUBLISHED, 239200)!.curve
    // Seattle-Tacoma-Bellevue, 15-1252, OFLC 2025-26 (hourly x 2080).
    const dist = anchorArea(shape, 117749, 212202)
    expect(dist.quantile(0.17) / 117749).toBeCloseTo(1, 6)
    expect(dist.quantile(0.67) / 212202).toBeCloseTo(1, 6)
    expect(dist.cdf(117749)).toBeCloseTo(0.17, 9)
  })

  it('works with the log-normal shape when there is no national shape', () => {
    const dist = anchorArea(LOGNORMAL_SHAPE, 30000, 50000)
    expect(dist.quantile(0.17)).toBeCloseTo(30000, 3)
    expect(dist.quantile(0.67)).toBeCloseTo(50000, 3)
  })

  it('refuses levels that do not increase', () => {
    expect(() => anchorArea(LOGNORMAL_SHAPE, 50000, 50000)).toThrow()
  })
})

describe('monotoneCurve', () => {
  it('rejects knots that do not increase', () => {
    expect(() => monotoneCurve([0, 1], [1, 1])).toThrow()
  })
  it('inverts itself inside and outside the knots', () => {
    const c = monotoneCurve([-1.28, -0.67, 0, 0.67, 1.28], [11.2, 11.5, 11.8, 12.04, 12.26])
    for (const y of [10, 11.2, 11.33, 11.8, 12.1, 12.26, 13]) expect(c.at(c.inverse(y))).toBeCloseTo(y, 10)
  })
})
