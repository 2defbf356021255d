import { describe, expect, it } from 'vitest'
import { levelReference } from './levelReference'

// Software Developers in Seattle-Tacoma-Bellevue, WA: OFLC Levels I-IV, wage year July 2025 - June 2026.
const seattle = [117_749, 149_240, 180_710, 212_202] as const

describe('levelReference', () => {
  it("centres on the level's wage and spreads to the neighbouring levels", () => {
    const two = levelReference(5, seattle, true)!
    expect(two).toMatchObject({ level: 2, levelName: 'qualified', wage: 149_240, published: true })
    expect(two.at(50)).toBeCloseTo(149_240, 6)
    // Level II's neighbours, I and III, sit one standard deviation away in log terms (16th and 84th percentiles).
    expect(two.sigma).toBeCloseTo(Math.log(180_710 / 117_749) / 2, 12)
    expect(two.at(15.8655)).toBeCloseTo(Math.sqrt(117_749 * 149_240 * (149_240 / 180_710)), -1)
    expect(Math.round(two.at(85))).toBe(186_332)
  })

  it('takes the one neighbour for Levels I and IV, and maps years to levels by the bands 0-2, 3-5, 6-10, 10+', () => {
    expect(levelReference(1, seattle, true)!.sigma).toBeCloseTo(Math.log(149_240 / 117_749), 12)
    expect(levelReference(12, seattle, true)!.sigma).toBeCloseTo(Math.log(212_202 / 180_710), 12)
    expect([0, 2, 3, 5, 6, 10, 11, 40].map((y) => levelReference(y, seattle, true)!.level)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4,
    ])
    const asks = [1, 4, 8, 12].map((y) => levelReference(y, seattle, true)!.at(85))
    expect([...asks].sort((a, b) => a - b)).toEqual(asks)
  })

  it('gives no reference when the levels do not rise', () => {
    expect(levelReference(5, [100_000, 100_000, 100_000, 100_000], true)).toBeNull()
    expect(levelReference(5, [0, 1, 2, 3], true)).toBeNull()
  })
})
