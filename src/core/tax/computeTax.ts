// One year's taxes on one person's wages: federal income tax, FICA, state income tax, state payroll programs
// and the modelled local taxes. Pure: tables in, numbers out. See docs/taxes.md for what is and is not modelled.
import { MAX_AMOUNT } from '../../shared/fields'
import { FEDERAL, federalTaxes } from './federal'
import { localityName, localityState, localTaxes } from './local'
import { localTaxHint } from './localForPlace'
import { statePayroll } from './payroll'
import { roundToCents } from '../../shared/money'
import { bandValue, scheduleTax, steppedAmount } from './schedule'
import { STATE_RULES, type StateContext, type StateRules, type StateYear } from './stateTables'
import {
  FILING_STATUSES,
  STATE_CODES,
  TAX_YEARS,
  TaxInputError,
  type CitationRef,
  type Filing,
  type Locality,
  type StateCode,
  type TaxInput,
  type TaxResult,
  type TaxYear,
} from './types'

/** Limits Worth always states, whatever the inputs. */
export const ALWAYS_NOT_MODELLED: readonly string[] = [
  'Itemised deductions and the state and local tax (SALT) deduction: the standard deduction is always used, federal and state.',
  'Tax credits beyond personal exemptions or exemption credits (e.g. earned income, child and dependent care credits), and dependents in general.',
  'Alternative minimum tax (federal and state).',
  'Equity pay (the timing and tax of ISOs, NSOs and RSUs, capital gains, the net investment income tax) and income other than wages.',
  'Non-resident and part-year rules: taxes are computed as if you live and work in one state all year (a work place in another city of the same state is modelled when you give one).',
  'Local taxes other than those listed in docs/taxes.md (e.g. Ohio school district taxes, most Pennsylvania municipalities, smaller Michigan and Kentucky cities).',
  'The 2025 federal deductions for tips, overtime, seniors and car loan interest; 401(k) catch-up contributions at age 50 or more.',
  "Joint returns: the wages are one earner's; the Social Security and payroll program caps apply to that one person.",
]

function checkYear(year: number): TaxYear {
  if (!(TAX_YEARS as readonly number[]).includes(year))
    throw new TaxInputError('year', `Tax year must be ${TAX_YEARS.join(' or ')}.`)
  return year as TaxYear
}

function checkMoney(field: 'wages' | 'k401', label: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new TaxInputError(field, `${label} must be a number of US dollars.`)
  if (value < 0) throw new TaxInputError(field, `${label} cannot be negative.`)
  if (value > MAX_AMOUNT) throw new TaxInputError(field, `${label} must be at most $10,000,000 a year.`)
  return value
}

export function parseStateCode(text: string): StateCode | null {
  const code = text.trim().toUpperCase()
  return (STATE_CODES as readonly string[]).includes(code) ? (code as StateCode) : null
}

/** The state's figures for the year: 2025's, with any 2026 updates laid over them. */
export function stateYear(rules: StateRules, year: TaxYear): { figures: StateYear; note: string | null } {
  const base = rules.years[2025]
  if (year === 2025 || !rules.wageTax) return { figures: base, note: null }
  const update = rules.years[2026]
  if (!update)
    return {
      figures: base,
      note: `${rules.name}: 2026 income tax figures were not at hand; the 2025 brackets and deductions are used.`,
    }
  return {
    figures: { ...base, ...update },
    note: rules.note2026 ? `${rules.name} 2026: ${rules.note2026}.` : null,
  }
}

export interface StateIncomeTax {
  agi: number
  taxable: number
  tax: number
  notes: string[]
}

const people = (filing: Filing) => (filing === 'joint' ? 2 : 1)

/** The personal exemptions: a fixed amount, or one that depends on AGI. */
export function exemptionFor(figures: StateYear, filing: Filing, agi: number): number {
  const bands = figures.exemptionByAgi?.[filing]
  return bands ? bandValue(agi, bands) * people(filing) : (figures.exemption?.[filing] ?? 0)
}

/** The personal exemption credits, after any phase-out with AGI. */
export function exemptionCreditFor(figures: StateYear, filing: Filing, agi: number): number {
  const total = figures.exemptionCredit?.[filing] ?? 0
  const phase = figures.exemptionCreditPhaseOut
  if (!phase) return total
  const each = total / people(filing)
  return (each - steppedAmount(agi, phase.start[filing], phase.step, phase.perStep, each)) * people(filing)
}

/** State income tax on wages, following the state's table and its own adjustments. */
export function stateIncomeTax(
  code: StateCode,
  year: TaxYear,
  filing: Filing,
  wages: number,
  k401: number,
  federal: { incomeTax: number; fica: number },
): StateIncomeTax {
  const rules = STATE_RULES[code]
  const agi = Math.max(0, wages - (rules.k401Deductible ? k401 : 0))
  if (!rules.wageTax) return { agi, taxable: 0, tax: 0, notes: [] }
  const { figures, note } = stateYear(rules, year)
  const ctx: StateContext = {
    year,
    filing,
    agi,
    federalIncomeTax: federal.incomeTax,
    fica: federal.fica,
    federalStandardDeduction: FEDERAL[year].standardDeduction[filing],
  }
  const adj = rules.adjust?.(ctx, figures) ?? {}
  const deduction =
    adj.deduction ??
    (figures.deduction === 'federal' ? ctx.federalStandardDeduction : (figures.deduction?.[filing] ?? 0))
  const exemption = adj.exemption ?? exemptionFor(figures, filing, agi)
  const taxable = Math.max(0, agi - deduction - exemption - (adj.subtraction ?? 0))
  const gross = adj.tax ? adj.tax(taxable) : scheduleTax(taxable, figures.brackets[filing])
  const credits = (adj.exemptionCredit ?? exemptionCreditFor(figures, filing, agi)) + (adj.credit ?? 0)
  const tax = Math.max(0, gross + (adj.addTax ?? 0) - credits)
  return { agi, taxable, tax, notes: note ? [note] : [] }
}

function checkLocality(field: 'locality' | 'workLocality', id: unknown, state: StateCode): Locality | null {
  if (id === null || id === undefined) return null
  const label = field === 'locality' ? 'Locality' : 'Work place'
  const placeState = typeof id === 'string' ? localityState(id) : null
  if (placeState === null)
    throw new TaxInputError(
      field,
      `${label} "${String(id)}" is not a place with local taxes Worth knows (e.g. nyc, philadelphia, md-baltimore-city, oh-columbus).`,
    )
  if (placeState !== state)
    throw new TaxInputError(
      field,
      `${localityName(id as string)} is in ${placeState}, not ${state}${field === 'workLocality' ? ': a work place in another state is not modelled' : ''}.`,
    )
  return id as string
}

/** Computes the year's taxes. Throws TaxInputError (with the field) for input it cannot use. */
export function computeTax(input: TaxInput): TaxResult {
  const year = checkYear(input.year)
  if (!(FILING_STATUSES as readonly string[]).includes(input.filing))
    throw new TaxInputError('filing', 'Filing status must be single, joint or hoh (head of household).')
  const filing = input.filing
  const state = typeof input.state === 'string' ? parseStateCode(input.state) : null
  if (!state)
    throw new TaxInputError(
      'state',
      `Unknown state "${String(input.state)}": use a two-letter code such as CA, NY or DC.`,
    )
  const locality = checkLocality('locality', input.locality ?? null, state)
  const workLocality = checkLocality('workLocality', input.workLocality ?? null, state)
  const wages = checkMoney('wages', 'Wages', input.wages)
  const asked = checkMoney('k401', '401(k) contribution', input.k401 ?? 0)
  const fed = FEDERAL[year]
  const k401 = Math.min(asked, fed.k401Limit, wages)
  const notes: string[] = []
  if (asked > k401)
    notes.push(
      asked > fed.k401Limit
        ? `401(k): capped at the ${year} limit of $${fed.k401Limit.toLocaleString('en-US')}.`
        : '401(k): capped at the wages.',
    )

  const f = federalTaxes(year, filing, wages, k401)
  const rules = STATE_RULES[state]
  const st = stateIncomeTax(state, year, filing, wages, k401, {
    incomeTax: f.incomeTax,
    fica: f.socialSecurity + f.medicare,
  })
  const payroll = statePayroll(state, year, wages)
  const resident = input.localResident ?? true
  const local = localTaxes({
    home: resident ? locality : null,
    work: resident ? workLocality : (workLocality ?? locality),
    year,
    filing,
    wages,
    stateTaxable: st.taxable,
    stateAgi: st.agi,
    stateTax: st.tax,
  })
  const statePayrollLines = payroll.map((p) => ({ program: p.program, amount: roundToCents(p.amount) }))
  const statePayrollTotal = roundToCents(statePayrollLines.reduce((s, p) => s + p.amount, 0))
  const parts = {
    federal: roundToCents(f.incomeTax),
    socialSecurity: roundToCents(f.socialSecurity),
    medicare: roundToCents(f.medicare),
    additionalMedicare: roundToCents(f.additionalMedicare),
    stateIncome: roundToCents(st.tax),
    local: local.amount,
  }
  const totalTax = roundToCents(
    parts.federal +
      parts.socialSecurity +
      parts.medicare +
      parts.additionalMedicare +
      parts.stateIncome +
      statePayrollTotal +
      parts.local,
  )

  const citations: CitationRef[] = []
  const cite = (jurisdiction: string, c: { title: string; url: string }) => {
    if (!citations.some((x) => x.url === c.url && x.jurisdiction === jurisdiction))
      citations.push({ jurisdiction, title: c.title, url: c.url })
  }
  for (const c of fed.citations) cite('United States', c)
  cite(rules.name, rules.citation)
  for (const c of rules.moreCitations ?? []) cite(rules.name, c)
  for (const p of payroll) cite(rules.name, p.citation)
  for (const c of local.citations) cite(c.jurisdiction, c)
  const hint = locality || workLocality ? null : localTaxHint(state)

  if (!rules.k401Deductible && k401 > 0)
    notes.push(`${rules.name} taxes 401(k) deferrals: they are included in state taxable wages.`)
  for (const p of payroll)
    if (p.carriedFrom)
      notes.push(`${p.program}: ${year} figures were not at hand; ${p.carriedFrom} figures are used.`)
  if (payroll.length)
    notes.push(
      `${rules.name} payroll programs: Worth assumes your employer withholds the full employee share allowed; some employers pay it for you.`,
    )

  return {
    year,
    filing,
    state,
    locality,
    workLocality,
    gross: roundToCents(wages),
    k401: roundToCents(k401),
    federal: parts.federal,
    socialSecurity: parts.socialSecurity,
    medicare: parts.medicare,
    additionalMedicare: parts.additionalMedicare,
    stateIncome: parts.stateIncome,
    statePayroll: statePayrollLines,
    statePayrollTotal,
    local: parts.local,
    localTaxes: local.lines,
    totalTax,
    // Pay that reaches the bank: the 401(k) deferral is saved, not spent, so it is taken out too.
    takeHome: roundToCents(wages - totalTax - k401),
    notModelled: [
      ...ALWAYS_NOT_MODELLED,
      ...rules.skipped,
      ...st.notes,
      ...(hint ? [hint] : []),
      ...local.notes,
      ...notes,
    ],
    citations,
  }
}
