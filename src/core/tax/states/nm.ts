// New Mexico: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, sched, OBBBA_CONFORMITY } from './build'
import type { StateRules } from './types'

export const NM: StateRules = {
  code: 'NM',
  name: 'New Mexico',
  wageTax: true,
  k401Deductible: true,
  years: {
    2025: {
      brackets: byFiling(
        sched(
          [0, 0.015],
          [5_500, 0.032],
          [16_500, 0.043],
          [33_500, 0.047],
          [66_500, 0.049],
          [210_000, 0.059],
        ),
        sched(
          [0, 0.015],
          [8_000, 0.032],
          [25_000, 0.043],
          [50_000, 0.047],
          [100_000, 0.049],
          [315_000, 0.059],
        ),
        sched(
          [0, 0.015],
          [8_000, 0.032],
          [25_000, 0.043],
          [50_000, 0.047],
          [100_000, 0.049],
          [315_000, 0.059],
        ),
      ),
      deduction: 'federal',
    },
  },
  citation: {
    title: 'New Mexico Taxation and Revenue Department, 2025 Personal Income Tax Form Packet',
    url: 'https://klvg4oyd4j.execute-api.us-west-2.amazonaws.com/prod/PublicFiles/34821a9573ca43e7b06dfad20f5183fd/0558a902-6362-47ca-8e3b-7cca3bc69b9d/2025%20PIT%20Packet_Final.pdf',
  },
  skipped: [
    'New Mexico: the low- and middle-income exemption; rebates and credits.',
    `New Mexico: ${OBBBA_CONFORMITY}`,
  ],
}
