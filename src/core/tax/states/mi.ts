// Michigan: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { flat, perPerson } from './build'
import type { StateRules } from './types'

export const MI: StateRules = {
  code: 'MI',
  name: 'Michigan',
  wageTax: true,
  k401Deductible: true,
  years: { 2025: { brackets: flat(0.0425), exemption: perPerson(5_800) } },
  citation: {
    title: 'Michigan Department of Treasury, 2025 MI-1040 Instruction Book',
    url: 'https://www.michigan.gov/taxes/-/media/Project/Websites/taxes/Forms/IIT/TY2025/MI-1040-Book.pdf',
  },
  skipped: ['Michigan: income taxes of the smaller cities that levy one; homestead property tax credit.'],
}
