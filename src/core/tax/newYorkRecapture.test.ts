import { describe, expect, it } from 'vitest'
import { scheduleTax } from './schedule'
import { STATE_RULES } from './stateTables'
import { newYorkTax } from './newYorkRecapture'

const ny2025 = STATE_RULES.NY.years[2025].brackets

describe('New York tax benefit recapture (2025, hand computations from the IT-201 worksheets)', () => {
  it('leaves the schedule alone up to $107,650 of AGI', () => {
    // Single, AGI 100,000, taxable 92,000: 340 + 144 + 115.50 + 3,671.25 + 6% x 11,350 = 4,951.75.
    expect(newYorkTax(92_000, 100_000, ny2025.single)).toBeCloseTo(4_951.75, 2)
  })

  it('single, AGI $132,650 (worksheet 1): half-way to 6% on all taxable income', () => {
    // Taxable 124,650. Schedule: 4,270.75 (to 80,650) + 6% x 44,000 = 6,910.75. Flat: 6% x 124,650 = 7,479.
    // Phase: (132,650 - 107,650) / 50,000 = 0.5. Tax = 6,910.75 + (7,479 - 6,910.75) x 0.5 = 7,194.875.
    expect(newYorkTax(124_650, 132_650, ny2025.single)).toBeCloseTo(7_194.875, 3)
  })

  it('single, AGI $160,000: past the phase, 6% on all taxable income', () => {
    expect(newYorkTax(152_000, 160_000, ny2025.single)).toBeCloseTo(0.06 * 152_000, 6)
  })

  it('single, AGI $300,000 (worksheet 2): base $568 and incremental benefit $1,831, fully phased in', () => {
    // Taxable 292,000. Schedule: 12,355.75 (to 215,400) + 6.85% x 76,600 = 5,247.10 -> 17,602.85.
    // Base: 6% x 215,400 - 12,355.75 = 568.25 -> 568. Incremental: 0.85% x 215,400 = 1,830.90 -> 1,831.
    // Phase: (300,000 - 215,400) / 50,000 > 1 -> 1. Tax = 17,602.85 + 568 + 1,831 = 20,001.85.
    expect(newYorkTax(292_000, 300_000, ny2025.single)).toBeCloseTo(20_001.85, 2)
  })

  it('single, AGI $240,000 (worksheet 2, part of the incremental benefit)', () => {
    // Taxable 232,000. Schedule: 12,355.75 + 6.85% x 16,600 = 1,137.10 -> 13,492.85.
    // Phase: (240,000 - 215,400) / 50,000 = 0.492. Tax = 13,492.85 + 568 + 1,831 x 0.492 = 14,961.702.
    expect(newYorkTax(232_000, 240_000, ny2025.single)).toBeCloseTo(14_961.702, 3)
  })

  it('married filing jointly: base $333 and incremental $808 above $161,550; $1,141 and $2,747 above $323,200', () => {
    const joint = ny2025.joint
    // Taxable 200,000, AGI 216,050. Schedule to 161,550: 4% x 17,150 = 686; 4.5% x 6,450 = 290.25;
    // 5.25% x 4,300 = 225.75; 5.5% x 133,650 = 7,350.75 -> 8,552.75; + 6% x 38,450 = 2,307 -> 10,859.75.
    // Base: 5.5% x 161,550 - 8,552.75 = 332.50 -> 333 (NY rounds half up; Math.round gives 333).
    // Incremental: 0.5% x 161,550 = 807.75 -> 808. Phase: (216,050 - 161,550) / 50,000 > 1 -> 1.
    expect(newYorkTax(200_000, 216_050, joint)).toBeCloseTo(10_859.75 + 333 + 808, 2)
    // Taxable 400,000, AGI 416,050: schedule to 323,200 = 10,859.75 + 6% x 123,200 = 18,251.75 (check below),
    // + 6.85% x 76,800 = 5,260.80. Base: 333 + 808 = 1,141, as the worksheet prints it (computed afresh,
    // 6% x 323,200 - 18,251.75 = 1,140.25, would be a dollar less). Incremental: 0.85% x 323,200 = 2,747.20 -> 2,747.
    const to323 = scheduleTax(323_200, joint)
    expect(to323).toBeCloseTo(18_251.75, 2)
    expect(newYorkTax(400_000, 416_050, joint)).toBeCloseTo(to323 + 5_260.8 + 1_141 + 2_747, 2)
  })

  it('single, taxable $2,000,000: base $2,399 (568 + 1,831), incremental $30,171 over $1,077,550', () => {
    const taxable = 2_000_000
    const agi = 2_008_000
    expect(newYorkTax(taxable, agi, ny2025.single)).toBeCloseTo(
      scheduleTax(taxable, ny2025.single) + 2_399 + 30_171,
      2,
    )
  })

  it('AGI above $25 million: 10.9% on all taxable income', () => {
    expect(newYorkTax(30_000_000, 30_008_000, ny2025.single)).toBeCloseTo(3_270_000, 2)
  })

  it('never falls below the schedule and never above the top flat rate', () => {
    for (const agi of [110_000, 150_000, 230_000, 600_000, 1_200_000, 5_100_000]) {
      const taxable = agi - 8_000
      const t = newYorkTax(taxable, agi, ny2025.single)
      expect(t).toBeGreaterThanOrEqual(scheduleTax(taxable, ny2025.single) - 1e-9)
      expect(t).toBeLessThanOrEqual(0.109 * taxable)
    }
  })
})
