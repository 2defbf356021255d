// Illinois: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { byFiling, flat, perPerson } from './build'
import type { StateRules } from './types'

export const IL: StateRules = {
  code: 'IL',
  name: 'Illinois',
  wageTax: true,
  k401Deductible: true,
  years: { 2025: { brackets: flat(0.0495), exemption: perPerson(2_850) } },
  // No exemption allowance above $250,000 of AGI ($500,000 joint).
  adjust: (c, y) =>
    c.agi > byFiling(250_000, 500_000, 250_000)[c.filing]
      ? { exemption: 0 }
      : { exemption: y.exemption![c.filing] },
  citation: {
    title: 'Illinois Department of Revenue, 2025 Form IL-1040 Instructions',
    url: 'https://tax.illinois.gov/content/dam/soi/en/web/tax/forms/incometax/documents/currentyear/individual/il-1040-instr.pdf',
  },
  skipped: ['Illinois: property tax, education and earned income credits.'],
}
