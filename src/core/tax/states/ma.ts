// Massachusetts: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, flat } from './build'
import type { StateRules } from './types'

export const MA: StateRules = {
  code: 'MA',
  name: 'Massachusetts',
  wageTax: true,
  k401Deductible: true,
  years: { 2025: { brackets: flat(0.05), exemption: byFiling(4_400, 8_800, 6_800) } },
  adjust: (c) => ({
    // Employee Social Security and Medicare paid can be deducted, up to $2,000.
    subtraction: Math.min(2_000, c.fica),
    // 4% surtax on taxable income above $1,083,150 (2025).
    tax: (taxable) => 0.05 * taxable + 0.04 * Math.max(0, taxable - 1_083_150),
  }),
  citation: {
    title: 'Massachusetts DOR, 2025 Form 1 Instructions',
    url: 'https://www.mass.gov/doc/2025-form-1-instructions/download',
  },
  moreCitations: [
    {
      title: 'Massachusetts General Laws ch. 62 sec. 4 (rates and surtax)',
      url: 'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleIX/Chapter62/Section4',
    },
  ],
  skipped: [
    'Massachusetts: the 8.5% rate on short-term gains; rent and dependent deductions; limited income credit.',
  ],
}
