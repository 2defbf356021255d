// The state data files' schema: every file in this folder reads, with the two defaults added where a file leaves
// them out; a typo in a yearly update is refused with a message naming where it is. The expected lines were recorded
// from the schema as it was, so a change of zod build or locale that alters a message or a default fails here.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseOutcome as outcome } from '../../../../test/parseOutcome'
import { StateDataSchema, stateFromData } from './fromData'

const files = readdirSync(__dirname).filter((f) => /^[a-z]{2}\.json$/.test(f))
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as Record<string, unknown>

const noTax = {
  code: 'TX',
  name: 'Texas',
  wageTax: false,
  citation: { title: 'Texas Comptroller', url: 'https://comptroller.texas.gov/taxes/' },
  skipped: [],
}
const year = {
  brackets: { single: [[0, 0.01]], joint: 'single', hoh: [[0, 0.02]] },
  deduction: 'federal',
  exemption: 1000,
}
const taxed = { ...noTax, code: 'XY', name: 'Sample', wageTax: true, years: { 2025: year } }
const withYear = (patch: Record<string, unknown>) => ({
  ...taxed,
  code: 'CO',
  years: { 2025: { ...year, ...patch } },
})

describe('state data files', () => {
  it('reads every file, adding wageTax and k401Deductible (true) where a file leaves them out', () => {
    expect(files.length).toBe(51)
    for (const file of files) {
      const data = read(file)
      const added = ['wageTax', 'k401Deductible'].filter((k) => !(k in data)).map((k) => `${k}=true`)
      expect(outcome(StateDataSchema, data), file).toBe(`accepted with ${added.join(', ')}`)
    }
    expect(stateFromData(read('tx.json'))).toMatchObject({ code: 'TX', wageTax: false, k401Deductible: true })
  })

  it('accepts a figure once for every filing status or per status, a status copying another', () => {
    const co = { ...taxed, code: 'CO' }
    expect(outcome(StateDataSchema, co)).toBe('accepted with k401Deductible=true')
    expect(outcome(StateDataSchema, withYear({ deduction: { single: 1, joint: 2, hoh: 'joint' } }))).toBe(
      'accepted with k401Deductible=true',
    )
    expect(
      outcome(StateDataSchema, {
        ...co,
        years: {
          2025: year,
          2026: {
            exemptionByAgi: [
              [null, 500],
              [100_000, 0],
            ],
          },
        },
        note2026: 'Exemption only',
        moreCitations: [{ title: 'Form', url: 'https://example.org/form.pdf' }],
        notes: ['A note'],
      }),
    ).toBe('accepted with k401Deductible=true')
  })

  it('refuses typos with a message naming where they are', () => {
    expect(outcome(StateDataSchema, { ...noTax, code: 'XX' })).toBe(
      'refused code: Invalid option: expected one of "AL"|"AK"|"AZ"|"AR"|"CA"|"CO"|"CT"|"DE"|"DC"|"FL"|"GA"|"HI"|"ID"|"IL"|"IN"|"IA"|"KS"|"KY"|"LA"|"ME"|"MD"|"MA"|"MI"|"MN"|"MS"|"MO"|"MT"|"NE"|"NV"|"NH"|"NJ"|"NM"|"NY"|"NC"|"ND"|"OH"|"OK"|"OR"|"PA"|"RI"|"SC"|"SD"|"TN"|"TX"|"UT"|"VT"|"VA"|"WA"|"WV"|"WI"|"WY"',
    )
    expect(outcome(StateDataSchema, { ...noTax, name: '' })).toBe(
      'refused name: Too small: expected string to have >=1 characters',
    )
    expect(outcome(StateDataSchema, { ...noTax, wageTax: 'no' })).toBe(
      'refused wageTax: Invalid input: expected boolean, received string',
    )
    expect(outcome(StateDataSchema, { ...noTax, citation: { title: '', url: 'comptroller' } })).toBe(
      'refused citation.title: Too small: expected string to have >=1 characters | citation.url: Invalid URL',
    )
    expect(
      outcome(StateDataSchema, { ...noTax, citation: { title: 'T', url: 'https://x.org', page: 3 } }),
    ).toBe('refused citation: Unrecognized key: "page"')
    expect(outcome(StateDataSchema, { ...noTax, moreCitations: [{ title: 'T' }] })).toBe(
      'refused moreCitations.0.url: Invalid input: expected string, received undefined',
    )
    expect(outcome(StateDataSchema, { ...noTax, notes: 'one' })).toBe(
      'refused notes: Invalid input: expected array, received string',
    )
    expect(outcome(StateDataSchema, { ...noTax, skipped: undefined })).toBe(
      'refused skipped: Invalid input: expected array, received undefined',
    )
    expect(outcome(StateDataSchema, { ...noTax, taxRate: 0.05 })).toBe(
      'refused (input): Unrecognized key: "taxRate"',
    )
    expect(outcome(StateDataSchema, { ...noTax, years: { 2024: year, 2025: year } })).toBe(
      'refused years: Unrecognized key: "2024"',
    )
    expect(outcome(StateDataSchema, { ...noTax, years: { 2026: year } })).toBe(
      'refused years.2025: Invalid input: expected object, received undefined',
    )
    expect(outcome(StateDataSchema, null)).toBe(
      'refused (input): Invalid input: expected object, received null',
    )
  })

  it('refuses bad brackets, amounts and per-status figures', () => {
    expect(outcome(StateDataSchema, withYear({ brackets: [] }))).toBe(
      'refused years.2025.brackets: Too small: expected array to have >=1 items',
    )
    expect(outcome(StateDataSchema, withYear({ brackets: [[0, 1.5]] }))).toBe(
      'refused years.2025.brackets.0.1: Too big: expected number to be <=1',
    )
    expect(outcome(StateDataSchema, withYear({ brackets: [[-1, 0.05]] }))).toBe(
      'refused years.2025.brackets.0.0: Too small: expected number to be >=0',
    )
    expect(outcome(StateDataSchema, withYear({ brackets: [[0, 0.05, 1]] }))).toBe(
      'refused years.2025.brackets: Invalid input',
    )
    expect(outcome(StateDataSchema, withYear({ brackets: [[0, Infinity]] }))).toBe(
      'refused years.2025.brackets: Invalid input',
    )
    expect(
      outcome(
        StateDataSchema,
        withYear({ brackets: { single: [[0, 0.05]], joint: 'married', hoh: 'single' } }),
      ),
    ).toBe('refused years.2025.brackets: Invalid input')
    expect(outcome(StateDataSchema, withYear({ brackets: { single: [[0, 0.05]], joint: 'single' } }))).toBe(
      'refused years.2025.brackets: Invalid input',
    )
    expect(
      outcome(StateDataSchema, withYear({ brackets: { single: 'joint', joint: [[0, 0.05]], hoh: 'joint' } })),
    ).toBe('refused years.2025.brackets: Invalid input')
    expect(outcome(StateDataSchema, withYear({ deduction: 'state' }))).toBe(
      'refused years.2025.deduction: Invalid input',
    )
    expect(outcome(StateDataSchema, withYear({ exemption: -1 }))).toBe(
      'refused years.2025.exemption: Too small: expected number to be >=0',
    )
    expect(outcome(StateDataSchema, withYear({ exemptionCredit: '153' }))).toBe(
      'refused years.2025.exemptionCredit: Invalid input',
    )
    expect(outcome(StateDataSchema, withYear({ exemptionByAgi: [[null, null]] }))).toBe(
      'refused years.2025.exemptionByAgi: Invalid input',
    )
    expect(outcome(StateDataSchema, withYear({ exemptionCreditPhaseOut: { start: 1, step: 2500 } }))).toBe(
      'refused years.2025.exemptionCreditPhaseOut.perStep: Invalid input: expected number, received undefined',
    )
    expect(outcome(StateDataSchema, withYear({ brackets: undefined }))).toBe(
      'refused years.2025.brackets: Invalid input',
    )
    expect(outcome(StateDataSchema, withYear({ surtax: 0.01 }))).toBe(
      'refused years.2025: Unrecognized key: "surtax"',
    )
    expect(() => stateFromData({ ...noTax, code: 'XX' })).toThrow(/Invalid option/)
  })
})
