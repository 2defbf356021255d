import { describe, expect, it } from 'vitest'
import { computeTax } from './computeTax'
import { federalTaxes } from './federal'

const tx = (over: Partial<Parameters<typeof computeTax>[0]> = {}) =>
  computeTax({ year: 2025, filing: 'single', state: 'TX', wages: 100_000, ...over })

describe('federal income tax, 2025', () => {
  it('single, $100,000', () => {
    // Taxable: 100,000 - 15,750 standard deduction = 84,250.
    // 10% x 11,925 = 1,192.50; 12% x (48,475 - 11,925) = 4,386.00; 22% x (84,250 - 48,475) = 7,870.50.
    // Total 13,449.00.
    const r = tx()
    expect(r.federal).toBe(13_449)
    // FICA: 6.2% x 100,000 = 6,200; 1.45% x 100,000 = 1,450.
    expect(r.socialSecurity).toBe(6_200)
    expect(r.medicare).toBe(1_450)
    expect(r.additionalMedicare).toBe(0)
    // Texas: no state tax. 13,449 + 6,200 + 1,450 = 21,099; take-home 78,901.
    expect(r.totalTax).toBe(21_099)
    expect(r.takeHome).toBe(78_901)
  })

  it('joint, $150,000', () => {
    // Taxable: 150,000 - 31,500 = 118,500.
    // 10% x 23,850 = 2,385; 12% x (96,950 - 23,850) = 8,772; 22% x (118,500 - 96,950) = 4,741. Total 15,898.
    expect(tx({ filing: 'joint', wages: 150_000 }).federal).toBe(15_898)
  })

  it('head of household, $80,000 (Rev. Proc. 2024-40 brackets)', () => {
    // Taxable: 80,000 - 23,625 = 56,375. 10% x 17,000 = 1,700; 12% x (56,375 - 17,000) = 4,725. Total 6,425.
    expect(tx({ filing: 'hoh', wages: 80_000 }).federal).toBe(6_425)
  })

  it('no tax below the standard deduction', () => {
    expect(tx({ wages: 15_000 }).federal).toBe(0)
    expect(tx({ wages: 0 }).totalTax).toBe(0)
  })

  it('Social Security stops at the $176,100 wage base; Additional Medicare starts above $200,000 (single)', () => {
    const r = tx({ wages: 250_000 })
    expect(r.socialSecurity).toBe(10_918.2) // 6.2% x 176,100
    expect(r.medicare).toBe(3_625) // 1.45% x 250,000
    expect(r.additionalMedicare).toBe(450) // 0.9% x (250,000 - 200,000)
    expect(tx({ wages: 176_100 }).socialSecurity).toBe(tx({ wages: 190_000 }).socialSecurity)
  })

  it('Additional Medicare for joint filers starts above $250,000', () => {
    expect(tx({ filing: 'joint', wages: 250_000 }).additionalMedicare).toBe(0)
    expect(tx({ filing: 'joint', wages: 300_000 }).additionalMedicare).toBe(450) // 0.9% x 50,000
    expect(tx({ filing: 'hoh', wages: 250_000 }).additionalMedicare).toBe(450)
  })

  it('top bracket: single $1,000,000', () => {
    // Taxable 984,250. Tax to 626,350 = 1,192.50 + 4,386 + 22% x 54,875 + 24% x 93,950 + 32% x 53,225 + 35% x 375,825
    //   = 1,192.50 + 4,386 + 12,072.50 + 22,548 + 17,032 + 131,538.75 = 188,769.75; plus 37% x 357,900 = 132,423.
    expect(tx({ wages: 1_000_000 }).federal).toBe(321_192.75)
  })
})

describe('federal, 2026 (Rev. Proc. 2025-32)', () => {
  it('single, $100,000', () => {
    // Taxable: 100,000 - 16,100 = 83,900. 10% x 12,400 = 1,240; 12% x 38,000 = 4,560; 22% x 33,500 = 7,370.
    const r = tx({ year: 2026 })
    expect(r.federal).toBe(13_170)
    expect(tx({ year: 2026, wages: 200_000 }).socialSecurity).toBe(11_439) // 6.2% x 184,500
  })
})

describe('401(k)', () => {
  it('lowers income tax but not FICA', () => {
    // Taxable: 100,000 - 10,000 - 15,750 = 74,250. 1,192.50 + 4,386 + 22% x 25,775 (5,670.50) = 11,249.
    const r = tx({ k401: 10_000 })
    expect(r.federal).toBe(11_249)
    // FICA is charged on the deferred wages too: the same $6,200 + $1,450 as without a 401(k).
    expect([r.socialSecurity, r.medicare, r.additionalMedicare]).toEqual([6_200, 1_450, 0])
    expect(r.k401).toBe(10_000)
    // Take-home leaves out the saved 401(k) money: 100,000 - (11,249 + 7,650) - 10,000 = 71,101.
    expect(r.takeHome).toBe(71_101)
  })

  it('is capped at the yearly limit and says so', () => {
    const r = tx({ k401: 30_000 })
    expect(r.k401).toBe(23_500)
    expect(r.notModelled.join(' ')).toContain('limit of $23,500')
    expect(tx({ year: 2026, k401: 30_000 }).k401).toBe(24_500)
    expect(tx({ wages: 5_000, k401: 10_000 }).k401).toBe(5_000)
  })

  it('federalTaxes is pure arithmetic', () => {
    expect(federalTaxes(2025, 'single', 100_000, 0).taxableIncome).toBe(84_250)
  })
})
