import { describe, expect, it } from 'vitest'
import { roundToCents } from './money'

describe('roundToCents', () => {
  it('rounds a half cent up on the decimal value, despite binary noise', () => {
    expect(roundToCents(1.005)).toBe(1.01)
    expect(roundToCents(1082.475)).toBe(1082.48)
    expect(roundToCents(123456.785)).toBe(123456.79)
    // North Carolina 2026 on $100,000: 3.99% x 87,250 = 3,481.275, stored as 3,481.2749999…: still 3,481.28.
    expect(roundToCents(87_250 * 0.0399)).toBe(3481.28)
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
