import { describe, expect, it } from 'vitest'
import { formatCount, formatMoney, formatMoneyShort, formatOrdinal, MISSING } from './format'

describe('formatMoney', () => {
  it('prints whole US dollars with thousands separators', () => {
    expect(formatMoney(150000)).toBe('$150,000')
    expect(formatMoney(79850.4)).toBe('$79,850')
    expect(formatMoney(0)).toBe('$0')
  })

  it('never prints NaN, Infinity or undefined', () => {
    for (const bad of [NaN, Infinity, -Infinity, null, undefined]) expect(formatMoney(bad)).toBe(MISSING)
  })

  it('does not print a negative zero', () => {
    expect(formatMoney(-0.2)).toBe('$0')
  })
})

describe('formatMoneyShort', () => {
  it('abbreviates for chart ticks', () => {
    expect(formatMoneyShort(80000)).toBe('$80K')
    expect(formatMoneyShort(1_200_000)).toBe('$1.2M')
    expect(formatMoneyShort(NaN)).toBe(MISSING)
  })
})

describe('formatOrdinal', () => {
  it('adds the English suffix', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 47, 90, 101].map(formatOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '47th',
      '90th',
      '101st',
    ])
    expect(formatOrdinal(undefined)).toBe(MISSING)
  })
})

describe('formatCount', () => {
  it('groups thousands and hides bad values', () => {
    expect(formatCount(1234)).toBe('1,234')
    expect(formatCount(NaN)).toBe(MISSING)
  })
})
