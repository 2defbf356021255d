// The rules particular to one state, which its data file (./<code>.json) cannot say as plain figures: deductions and
// exemptions that phase out by formula, federal tax subtractions, surtaxes and recaptures. Each is a state's `adjust`
// function (see ./types.ts): it sees the context and the year's figures and replaces or adds to the generic rule.
import { newYorkTax } from '../newYorkRecapture'
import { bandValue, byFiling, linearPhaseOut, sched, scheduleTax, steppedAmount } from '../schedule'
import { FILING_STATUSES, type ByFiling, type StateCode } from '../types'
import type { StateRules } from './types'

/**
 * Connecticut's phase-out of the 2% bracket and its three recaptures (CT-1040 Tables C and D): [AGI start, step,
 * added per step (or part of one), at most], each as [single, joint, head of household].
 */
const CT_STEPS: [number[], number[], number[], number[]][] = [
  [
    [56_500, 100_500, 78_500],
    [5_000, 5_000, 4_000],
    [25, 50, 40],
    [250, 500, 400],
  ],
  [
    [105_000, 210_000, 168_000],
    [5_000, 10_000, 8_000],
    [25, 50, 40],
    [250, 500, 400],
  ],
  [
    [200_000, 400_000, 320_000],
    [5_000, 10_000, 8_000],
    [90, 180, 140],
    [2_700, 5_400, 4_200],
  ],
  [
    [500_000, 1_000_000, 800_000],
    [5_000, 10_000, 8_000],
    [50, 100, 80],
    [450, 900, 720],
  ],
]

export const STATE_ADJUST: Partial<Record<StateCode, NonNullable<StateRules['adjust']>>> = {
  AL: (c) => {
    // The standard deduction shrinks by a fixed amount for each $500 (or part) of AGI over $26,000.
    const max = byFiling(3_000, 8_500, 5_200)[c.filing]
    const min = byFiling(2_500, 5_000, 2_500)[c.filing]
    const perStep = byFiling(25, 175, 135)[c.filing]
    return {
      deduction: max - steppedAmount(c.agi, 26_000, 500, perStep, max - min),
      // Alabama lets residents deduct the federal income tax they pay.
      subtraction: c.federalIncomeTax,
    }
  },
  AR: (c, y) => ({
    // Above $95,000 the tax is 3.9% of all net taxable income less a bracket adjustment that falls by $10 for
    // each $100 of income, to $89 from $97,901.
    tax: (taxable) =>
      taxable <= 95_000
        ? scheduleTax(taxable, y.brackets[c.filing])
        : 0.039 * taxable - Math.max(89, 369 - 10 * Math.floor((taxable - 95_001) / 100)),
  }),
  CA: (c, y) => ({
    // Mental Health Services Tax: 1% more on taxable income over $1,000,000.
    tax: (taxable) => scheduleTax(taxable, y.brackets[c.filing]) + 0.01 * Math.max(0, taxable - 1_000_000),
  }),
  CT: (c) => {
    const f = c.filing
    // Personal exemption: $1,000 less for each $1,000 (or part) of AGI above the start.
    const [exMax, exStart] = byFiling<[number, number]>([15_000, 30_000], [24_000, 48_000], [19_000, 38_000])[
      f
    ]
    const exemption = exMax - steppedAmount(c.agi, exStart, 1_000, 1_000, exMax)
    // Phase-out of the 2% bracket, then three recaptures of the lower brackets (Tables C and D).
    const i = FILING_STATUSES.indexOf(f)
    const addTax = CT_STEPS.reduce(
      (sum, [from, step, per, most]) => sum + steppedAmount(c.agi, from[i]!, step[i]!, per[i]!, most[i]!),
      0,
    )
    return { exemption, addTax }
  },
  ID: (c, y) => ({
    tax: (taxable) => (taxable > 0 ? scheduleTax(taxable, y.brackets[c.filing]) + 10 : 0),
  }),
  // No exemption allowance above $250,000 of AGI ($500,000 joint).
  IL: (c, y) =>
    c.agi > byFiling(250_000, 500_000, 250_000)[c.filing]
      ? { exemption: 0 }
      : { exemption: y.exemption![c.filing] },
  MA: (c) => ({
    // Employee Social Security and Medicare paid can be deducted, up to $2,000.
    subtraction: Math.min(2_000, c.fica),
    // 4% surtax on taxable income above $1,083,150 (2025).
    tax: (taxable) => 0.05 * taxable + 0.04 * Math.max(0, taxable - 1_083_150),
  }),
  ME: (c, y) => {
    const f = c.filing
    const ded = y.deduction as ByFiling<number>
    return {
      deduction: linearPhaseOut(
        ded[f],
        c.agi,
        byFiling(100_000, 200_050, 150_000)[f],
        byFiling(75_000, 150_000, 112_500)[f],
      ),
      exemption: linearPhaseOut(y.exemption![f], c.agi, byFiling(333_450, 400_100, 366_750)[f], 125_000),
    }
  },
  MN: (c, y) => {
    // The deduction falls by 3% of AGI over $238,950, by at most 80% of it.
    const ded = (y.deduction as ByFiling<number>)[c.filing]
    return { deduction: ded - Math.min(0.03 * Math.max(0, c.agi - 238_950), 0.8 * ded) }
  },
  MO: (c, y) => {
    // A share of federal income tax is deductible; the share falls as AGI rises, capped at $5,000 ($10,000 joint).
    const share = bandValue(c.agi, [
      [-Infinity, 0.35],
      [25_000, 0.25],
      [50_000, 0.15],
      [100_000, 0.05],
      [125_000, 0],
    ])
    return {
      exemption: y.exemption![c.filing],
      subtraction: Math.min(share * c.federalIncomeTax, byFiling(5_000, 10_000, 5_000)[c.filing]),
    }
  },
  // The supplemental tax that takes back the lower brackets once AGI passes $107,650 (newYorkRecapture.ts).
  NY: (c, y) => ({ tax: (taxable) => newYorkTax(taxable, c.agi, y.brackets[c.filing]) }),
  OH: (c, y) => ({
    tax: (taxable) => (taxable <= 26_050 ? 0 : scheduleTax(taxable, y.brackets[c.filing])),
  }),
  OR: (c, y) => {
    const f = c.filing
    // Federal income tax is subtracted up to a cap that steps down from $8,500 to nothing as AGI rises.
    const start = f === 'single' ? 125_000 : 250_000
    const step = f === 'single' ? 5_000 : 10_000
    const cap = bandValue(c.agi, [
      [-Infinity, 8_500],
      [start, 6_800],
      [start + step, 5_100],
      [start + 2 * step, 3_400],
      [start + 3 * step, 1_700],
      [start + 4 * step, 0],
    ])
    // The exemption credit is lost above $100,000 of AGI ($200,000 joint or head of household).
    const creditAllowed = c.agi <= (f === 'single' ? 100_000 : 200_000)
    return {
      subtraction: Math.min(c.federalIncomeTax, cap),
      exemptionCredit: creditAllowed ? y.exemptionCredit![f] : 0,
    }
  },
  RI: (c, y) => {
    // Deduction and exemption lose 20% for each step (or part) of AGI above the start.
    const [start, step] = c.year === 2025 ? [254_250, 7_250] : [261_000, 7_450]
    const kept = Math.max(0, 1 - steppedAmount(c.agi, start, step, 0.2, 1))
    return {
      deduction: (y.deduction as ByFiling<number>)[c.filing] * kept,
      exemption: y.exemption![c.filing] * kept,
    }
  },
  UT: (c) => {
    // Taxpayer tax credit: 6% of the federal standard deduction, less 1.3% of income over a threshold.
    const full = 0.06 * c.federalStandardDeduction
    const cut = 0.013 * Math.max(0, c.agi - byFiling(18_213, 36_426, 27_320)[c.filing])
    return { credit: Math.max(0, full - cut) }
  },
  WI: (c, y) => {
    // The sliding-scale standard deduction shrinks as income rises until it is gone.
    const f = c.filing
    const max = (y.deduction as ByFiling<number>)[f]
    const cut =
      f === 'single'
        ? 0.12 * Math.max(0, c.agi - 19_550)
        : f === 'joint'
          ? 0.19778 * Math.max(0, c.agi - 28_210)
          : scheduleTax(c.agi, sched([0, 0], [19_550, 0.22515], [57_210, 0.12]))
    return { deduction: Math.max(0, max - cut) }
  },
}
