// Hawaii: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, sched, perPerson } from './build'
import type { StateRules } from './types'

export const HI: StateRules = {
  code: 'HI',
  name: 'Hawaii',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched(
          [0, 0.014],
          [9_600, 0.032],
          [14_400, 0.055],
          [19_200, 0.064],
          [24_000, 0.068],
          [36_000, 0.072],
          [48_000, 0.076],
          [125_000, 0.079],
          [175_000, 0.0825],
          [225_000, 0.09],
          [275_000, 0.1],
          [325_000, 0.11],
        ),
        sched(
          [0, 0.014],
          [19_200, 0.032],
          [28_800, 0.055],
          [38_400, 0.064],
          [48_000, 0.068],
          [72_000, 0.072],
          [96_000, 0.076],
          [250_000, 0.079],
          [350_000, 0.0825],
          [450_000, 0.09],
          [550_000, 0.1],
          [650_000, 0.11],
        ),
        sched(
          [0, 0.014],
          [14_400, 0.032],
          [21_600, 0.055],
          [28_800, 0.064],
          [36_000, 0.068],
          [54_000, 0.072],
          [72_000, 0.076],
          [187_500, 0.079],
          [262_500, 0.0825],
          [337_500, 0.09],
          [412_500, 0.1],
          [487_500, 0.11],
        ),
      ),
      deduction: byFiling(4_400, 8_800, 6_424),
      exemption: perPerson(1_144),
    },
    2026: { deduction: byFiling(8_000, 16_000, 12_000) },
  },
  note2026: 'standard deduction updated; brackets and exemption are 2025 figures',
  citation: {
    title: 'Hawaii Department of Taxation, 2025 Form N-11 Instructions',
    url: 'https://files.hawaii.gov/tax/forms/current/n11ins.pdf',
  },
  skipped: ['Hawaii: the alternative tax on capital gains; food/excise and other refundable credits.'],
}
