// The rules that turn the local tax tables (localTaxes/) into amounts for one person: which of a place's taxes apply
// to someone who lives there, works there, or both, and how each is charged. Pure: figures in, numbers out.
import { LOCAL_PLACES, LOCAL_TAXES } from './localTaxes'
import type { LocalCharge, LocalFigures, LocalTaxDef, SchoolTaxCredit } from './localTaxes/types'
import { scheduleTax } from './schedule'
import type { CitationRef, Filing, TaxYear } from './types'
import { roundToCents } from '../../shared/money'

/** The place's name for a locality id, e.g. 'md-baltimore-city' -> "Baltimore City"; null when unknown. */
export function localityName(id: string): string | null {
  return LOCAL_PLACES.get(id)?.name ?? null
}

/** Looks a locality id up: its state, or null when Worth has no such place. */
export function localityState(id: string): string | null {
  return LOCAL_PLACES.get(id)?.state ?? null
}

/**
 * One sentence per local tax of a place, naming its source and vintage, e.g. for Compare's notes on a place; with
 * 'workers', only the taxes it charges people who work there without living there (for a separate work place).
 */
export function localTaxSources(
  locality: string | null,
  year: TaxYear,
  who: 'residents' | 'workers' = 'residents',
): string[] {
  const place = locality ? LOCAL_PLACES.get(locality) : undefined
  if (!place) return []
  const defs = place.taxes.map((id) => LOCAL_TAXES.get(id)!)
  const charged =
    who === 'workers' ? defs.filter((d) => d.basis !== 'residence' && d.years[2025].nonresident) : defs
  return charged.map((def) => {
    const cite = year === 2026 && def.citation2026 ? def.citation2026 : def.citation
    const carried = year === 2026 && !def.years[2026] ? ' (2025 figures; 2026 not at hand)' : ''
    return `${def.name} included${carried}. Source: ${cite.title}.`
  })
}

export interface LocalLine {
  /** e.g. "Baltimore City income tax" */
  name: string
  amount: number
}

export interface LocalTaxResult {
  amount: number
  lines: LocalLine[]
  notes: string[]
  citations: CitationRef[]
}

export interface LocalInput {
  /** Where the person lives (a locality id), or null when it is not a place with modelled local taxes. */
  home: string | null
  /** Where the person works, when it differs from home; null means they work where they live. */
  work: string | null
  year: TaxYear
  filing: Filing
  wages: number
  /** State taxable income (Maryland, Indiana, New York City and Oregon's taxes are charged on it). */
  stateTaxable: number
  /** State adjusted gross income (New York City's fixed school tax credit is limited by it). */
  stateAgi: number
  /** State income tax (the Yonkers surcharge is a share of it). */
  stateTax: number
}

function figuresFor(def: LocalTaxDef, year: TaxYear): { figures: LocalFigures; carried: boolean } {
  const own = year === 2026 ? def.years[2026] : def.years[2025]
  return own ? { figures: own, carried: false } : { figures: def.years[2025], carried: true }
}

function charge(c: LocalCharge, input: LocalInput): number {
  switch (c.kind) {
    case 'wages': {
      const people = input.filing === 'joint' ? 2 : 1
      return Math.max(0, input.wages - (c.exemptionPerPerson ?? 0) * people) * c.rate
    }
    case 'stateTaxable':
      return scheduleTax(input.stateTaxable, c.brackets[input.filing])
    case 'stateTaxShare':
      return input.stateTax * c.share
    case 'flat':
      return input.wages >= c.minWages ? c.amount : 0
  }
}

/** New York City school tax credits (IT-201 lines 69 and 69a) for a resident. */
export function schoolTaxCredit(credit: SchoolTaxCredit, input: LocalInput): number {
  const f = input.filing
  const fixed = input.stateAgi <= credit.fixed.maxAgi ? credit.fixed.amount[f] : 0
  const r = credit.rateReduction
  const taxable = input.stateTaxable
  const reduction =
    taxable > r.maxTaxable
      ? 0
      : taxable <= r.edge[f]
        ? taxable * r.lowRate
        : r.base[f] + (taxable - r.edge[f]) * r.highRate
  return fixed + reduction
}

/**
 * The local taxes of one person. Residents pay their place's residence taxes and, when they work there, its
 * workplace taxes; a separate work place adds its taxes on people who work there without living there. Where the home
 * place credits wage tax paid to the work place, the credit is taken in full up to the home tax (stated in the notes).
 */
export function localTaxes(input: LocalInput): LocalTaxResult {
  const home = input.home ? (LOCAL_PLACES.get(input.home) ?? null) : null
  const work = input.work ? (LOCAL_PLACES.get(input.work) ?? null) : home
  const worksAtHome = home !== null && work?.id === home.id
  const lines: (LocalLine & { def: LocalTaxDef; credited: boolean; workWage: boolean })[] = []
  const notes: string[] = []
  const citations: CitationRef[] = []
  const use = (
    def: LocalTaxDef,
    placeName: string,
    c: LocalCharge | undefined,
    extra = 0,
    credited = false,
    workWage = false,
  ) => {
    if (!c) return
    const { carried } = figuresFor(def, input.year)
    lines.push({ name: def.name, amount: Math.max(0, charge(c, input) - extra), def, credited, workWage })
    if (carried) notes.push(`${def.name}: ${input.year} figures were not at hand; the 2025 figures are used.`)
    if (def.unverified) notes.push(`${def.name}: ${def.unverified}`)
    for (const s of def.skipped ?? []) notes.push(s)
    const cite = input.year === 2026 && def.citation2026 ? def.citation2026 : def.citation
    if (!citations.some((x) => x.url === cite.url && x.jurisdiction === placeName))
      citations.push({ jurisdiction: placeName, title: cite.title, url: cite.url })
  }

  const homeTaxIds = new Set(home?.taxes ?? [])
  if (home) {
    for (const id of home.taxes) {
      const def = LOCAL_TAXES.get(id)!
      const { figures } = figuresFor(def, input.year)
      if (def.basis === 'workplace' && !worksAtHome) continue
      const credit = figures.schoolTaxCredit ? schoolTaxCredit(figures.schoolTaxCredit, input) : 0
      use(def, home.name, figures.resident, credit, def.creditsWorkPlace === true && !worksAtHome)
    }
  }
  if (work && !worksAtHome) {
    for (const id of work.taxes) {
      const def = LOCAL_TAXES.get(id)!
      if (homeTaxIds.has(id) || def.basis === 'residence') continue
      const { figures } = figuresFor(def, input.year)
      use(def, work.name, figures.nonresident, 0, false, figures.nonresident?.kind === 'wages')
    }
  }

  // Credit at home for wage tax paid to the work place, up to the home tax.
  let workWageTax = lines.filter((l) => l.workWage).reduce((s, l) => s + l.amount, 0)
  for (const l of lines) {
    if (!l.credited || workWageTax <= 0) continue
    const credit = Math.min(l.amount, workWageTax)
    l.amount -= credit
    workWageTax -= credit
    notes.push(
      `${l.def.name}: a full credit for the work place's wage tax is assumed (up to the home tax); some places give less.`,
    )
  }

  const out = lines.map((l) => ({ name: l.name, amount: roundToCents(l.amount) }))
  return {
    amount: roundToCents(out.reduce((s, l) => s + l.amount, 0)),
    lines: out,
    notes: [...new Set(notes)],
    citations,
  }
}
