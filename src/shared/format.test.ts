import { describe, expect, it } from 'vitest'
import { formatMoney, ordinal, percentileAt, percentilePhrase } from './format'

const INTL = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })

describe('formatMoney', () => {
  it('writes whole dollars exactly as Intl does, across every digit count and sign', () => {
    const values = [0, 0.4, 0.5, 7, 99.5, 999, 1000, 12345, 133080, 999999.5, 1234567, 98765432101, 5e20]
    for (const value of [...values, ...values.map((v) => -v)])
      expect(formatMoney(value)).toBe(INTL.format(Math.round(value) + 0))
    for (let v = -2_000_000; v <= 2_000_000; v += 7919.37)
      expect(formatMoney(v)).toBe(INTL.format(Math.round(v)))
    expect(formatMoney(133080)).toBe('$133,080')
    expect(formatMoney(-1234.4)).toBe('-$1,234')
  })

  it('never prints -$0, NaN or an exponent', () => {
    expect(formatMoney(-0.4)).toBe('$0')
    expect(formatMoney(-0)).toBe('$0')
    expect(formatMoney(NaN)).toBe('—')
    expect(formatMoney(Infinity)).toBe('—')
    expect(formatMoney(null)).toBe('—')
    expect(formatMoney(undefined)).toBe('—')
    expect(formatMoney(2e21)).toBe(INTL.format(2e21))
  })
})

describe('percentileAt', () => {
  it('puts the word before the phrase, except at the ends, for every tenth of a percentile', () => {
    for (let tenths = 0; tenths <= 1000; tenths += 1) {
      const p = tenths / 10
      const phrase = percentilePhrase(p)
      const end = phrase.startsWith('above ') || phrase.startsWith('below ')
      for (const word of ['at', 'about', 'near'] as const)
        expect(percentileAt(word, p)).toBe(end ? phrase : `${word} ${phrase}`)
    }
    expect(percentileAt('at', 47)).toBe('at the 47th percentile')
    expect(percentileAt('near', 0.4)).toBe('below the 1st percentile')
    expect(percentileAt('at', 99.5)).toBe('above the 99th percentile')
    expect(percentileAt('about', NaN)).toBe('about an unknown percentile')
    expect(percentileAt('at', -Infinity)).toBe('at an unknown percentile')
  })
})

describe('ordinal', () => {
  it('writes st, nd and rd after 1, 2 and 3, and th after 11-13 and every other number', () => {
    const cases: [number, string][] = [
      [0, '0th'],
      [1, '1st'],
      [2, '2nd'],
      [3, '3rd'],
      [4, '4th'],
      [11, '11th'],
      [12, '12th'],
      [13, '13th'],
      [21, '21st'],
      [22, '22nd'],
      [23, '23rd'],
      [47.4, '47th'],
      [99.5, '100th'],
      [101, '101st'],
      [111, '111th'],
      [112, '112th'],
    ]
    for (const [n, text] of cases) expect(ordinal(n)).toBe(text)
  })
})
