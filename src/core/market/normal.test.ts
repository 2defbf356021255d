import { describe, expect, it } from 'vitest'
import { normalCdf, normalPdf, normalQuantile } from './normal'

describe('standard normal', () => {
  it('matches textbook values of the cdf', () => {
    expect(normalCdf(0)).toBe(0.5)
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14)
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 14)
    expect(normalCdf(3)).toBeCloseTo(0.9986501019683699, 14)
    expect(normalCdf(-5)).toBeCloseTo(2.866515718791939e-7, 18)
    expect(normalCdf(-8) / 6.22096057427178e-16).toBeCloseTo(1, 9)
  })

  it('inverts the cdf across the range, including the tails', () => {
    for (const p of [1e-12, 1e-6, 0.001, 0.1, 0.17, 0.25, 0.5, 0.67, 0.75, 0.9, 0.999, 1 - 1e-9]) {
      expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 9)
    }
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 12)
    expect(normalQuantile(0.75)).toBeCloseTo(0.6744897501960817, 12)
  })

  it('gives the same answer again for a probability it remembers, and past what it remembers', () => {
    // More distinct probabilities than are remembered, each asked twice, interleaved with the usual few.
    const p90 = normalQuantile(0.9)
    const ps = Array.from({ length: 150 }, (_, i) => (i + 0.5) / 150)
    const first = ps.map((p) => normalQuantile(p))
    ps.forEach((p, i) => {
      expect(normalQuantile(p)).toBe(first[i])
      expect(normalQuantile(0.9)).toBe(p90)
      expect(normalCdf(first[i]!) / p).toBeCloseTo(1, 9)
    })
    expect(normalQuantile(NaN)).toBeNaN()
    expect(normalQuantile(NaN)).toBeNaN()
  })

  it('handles the ends and bad input without throwing', () => {
    expect(normalQuantile(0)).toBe(-Infinity)
    expect(normalQuantile(1)).toBe(Infinity)
    expect(normalQuantile(1.5)).toBeNaN()
    expect(normalCdf(Infinity)).toBe(1)
    expect(normalPdf(0)).toBeCloseTo(0.3989422804014327, 15)
  })
})
