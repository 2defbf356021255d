// Indiana: income tax on wages (brackets, deductions, exemptions or credits), each year's figures with the
// official source they were read from, and any rule particular to the state.
import { flat, perPerson } from './build'
import type { StateRules } from './types'

export const IN: StateRules = {
  code: 'IN',
  name: 'Indiana',
  wageTax: true,
  k401Deductible: true,
  years: { 2025: { brackets: flat(0.03), exemption: perPerson(1_000) }, 2026: { brackets: flat(0.0295) } },
  note2026: 'rate updated; exemption is the 2025 figure',
  citation: {
    title: 'Indiana DOR, 2025 IT-40 Instruction Booklet',
    url: 'https://forms.in.gov/Download.aspx?id=16915',
  },
  skipped: ["Indiana: renter's deduction; county tax for people who live outside Indiana and work in it."],
}
