// Oklahoma: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, sched, perPerson } from './build'
import type { StateRules } from './types'

export const OK: StateRules = {
  code: 'OK',
  name: 'Oklahoma',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched(
          [0, 0.0025],
          [1_000, 0.0075],
          [2_500, 0.0175],
          [3_750, 0.0275],
          [4_900, 0.0375],
          [7_200, 0.0475],
        ),
        sched(
          [0, 0.0025],
          [2_000, 0.0075],
          [5_000, 0.0175],
          [7_500, 0.0275],
          [9_800, 0.0375],
          [14_400, 0.0475],
        ),
        sched(
          [0, 0.0025],
          [2_000, 0.0075],
          [5_000, 0.0175],
          [7_500, 0.0275],
          [9_800, 0.0375],
          [14_400, 0.0475],
        ),
      ),
      deduction: byFiling(6_350, 12_700, 9_350),
      exemption: perPerson(1_000),
    },
    2026: {
      brackets: byFiling(
        sched([0, 0], [3_750, 0.025], [4_900, 0.035], [7_200, 0.045]),
        sched([0, 0], [7_500, 0.025], [9_800, 0.035], [14_400, 0.045]),
        sched([0, 0], [7_500, 0.025], [9_800, 0.035], [14_400, 0.045]),
      ),
    },
  },
  note2026: 'brackets updated (HB 2764); deduction and exemption are 2025 figures',
  citation: {
    title: 'Oklahoma Tax Commission, 2025 Form 511 Packet',
    url: 'https://oklahoma.gov/content/dam/ok/en/tax/documents/forms/individuals/current/511-Pkt.pdf',
  },
  moreCitations: [
    {
      title: 'Oklahoma HB 2764 (2025), 2026 rates',
      url: 'https://www.oklegislature.gov/cf_pdf/2025-26%20ENR/hB/HB2764%20ENR.PDF',
    },
  ],
  skipped: ['Oklahoma: dependent exemptions; sales tax relief credit.'],
}
