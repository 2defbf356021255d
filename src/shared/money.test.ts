import { describe, expect, it } from 'vitest'
import { roundToCents, roundToStoredCents } from './money'

describe('roundToCents', () => {
  it('rounds a half cent up on the decimal value, despite binary noise', () => {
    expect(roundToCents(1.005)).toBe(1.01)
    expect(roundToCents(1082.475)).toBe(1082.48)
    expect(roundToCents(123456.785)).toBe(123456.79)
  })

  it('leaves whole cents alone and clears sums like 0.1 + 0.2', () => {
    expect(roundToCents(0.1 + 0.2)).toBe(0.3)
    expect(roundToCents(150000)).toBe(150000)
    expect(roundToCents(33333.333333)).toBe(33333.33)
  })

  it('rounds below a half cent down, and negative amounts half up like Math.round', () => {
    expect(roundToCents(2.004999)).toBe(2)
    expect(roundToCents(-1.005)).toBe(-1)
    expect(roundToCents(-1.006)).toBe(-1.01)
  })
})

describe('roundToStoredCents', () => {
  it('rounds the stored binary value, so a half cent stored just below rounds down', () => {
    const northCarolina2026 = 87_250 * 0.0399 // $3,481.275, computed as 3,481.2749999…
    expect(roundToStoredCents(northCarolina2026)).toBe(3481.27)
    expect(roundToCents(northCarolina2026)).toBe(3481.28)
    expect(roundToStoredCents(0.1 + 0.2)).toBe(0.3)
    expect(roundToStoredCents(12.345678)).toBe(12.35)
  })
})
