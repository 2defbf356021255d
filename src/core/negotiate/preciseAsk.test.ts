import { describe, expect, it } from 'vitest'
import { isRound, preciseFigure } from './preciseAsk'

describe('preciseFigure', () => {
  it('rounds to the nearest $50', () => {
    expect(preciseFigure(232_870)).toBe(232_850)
    expect(preciseFigure(232_880)).toBe(232_900)
    expect(preciseFigure(178_317)).toBe(178_300)
  })

  it('moves a round thousand or half-thousand up by $150', () => {
    expect(preciseFigure(182_000)).toBe(182_150)
    expect(preciseFigure(181_990)).toBe(182_150)
    expect(preciseFigure(182_510)).toBe(182_650)
    expect(preciseFigure(150_000, 'up')).toBe(150_150)
  })

  it('rounds up, never below the input, in "up" mode', () => {
    expect(preciseFigure(157_501, 'up')).toBe(157_550)
    expect(preciseFigure(157_450, 'up')).toBe(157_450)
    for (let v = 100_000; v < 110_000; v += 37.3) expect(preciseFigure(v, 'up')).toBeGreaterThanOrEqual(v)
  })

  it('rounds down, never above the input, in "down" mode (for a cap)', () => {
    expect(preciseFigure(210_000, 'down')).toBe(209_850)
    expect(preciseFigure(210_049, 'down')).toBe(209_850)
    expect(preciseFigure(157_549, 'down')).toBe(157_500 - 150)
    expect(preciseFigure(157_560, 'down')).toBe(157_550)
    for (let v = 100_000; v < 110_000; v += 37.3) {
      expect(preciseFigure(v, 'down')).toBeLessThanOrEqual(v)
      expect(isRound(preciseFigure(v, 'down'))).toBe(false)
    }
  })

  it('never returns a multiple of $500, and stays within $175 of the input', () => {
    for (let v = 1_000; v < 400_000; v += 123.45) {
      const p = preciseFigure(v)
      expect(isRound(p), String(v)).toBe(false)
      expect(Math.abs(p - v), String(v)).toBeLessThanOrEqual(175)
    }
  })

  it('refuses amounts that are not positive numbers', () => {
    expect(() => preciseFigure(Number.NaN)).toThrow(RangeError)
    expect(() => preciseFigure(0)).toThrow(RangeError)
    expect(() => preciseFigure(-5)).toThrow(RangeError)
    expect(() => preciseFigure(Infinity)).toThrow(RangeError)
  })
})
