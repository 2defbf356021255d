// Which local income taxes a place has: from a place name the resolver settled on ("Baltimore, MD", "Towson, MD",
// "Marion County, IN", "Columbus, OH") and its state, to a locality of the local tax tables (localTaxes/). The state
// itself is resolved by stateForPlace.ts; this module only looks the name up within that state.
import { LOCAL_PLACES, STATES_WITH_LOCAL_TAXES } from './localTaxes'
import type { StateCode } from './types'

export interface LocalForPlace {
  /** The locality id, or null when Worth has no local tax for this place. */
  locality: string | null
  /** Something to tell the user about the choice made (e.g. Baltimore City, not Baltimore County). */
  note: string | null
}

/** "Baltimore City, MD" -> "baltimore city"; "St. Mary's County" -> "st marys county". */
export function placeKey(text: string): string {
  const comma = text.lastIndexOf(',')
  const name = comma < 0 ? text : text.slice(0, comma)
  return name
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^city of /, '')
}

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>()
  for (const p of LOCAL_PLACES.values())
    for (const name of [p.name, ...(p.aliases ?? [])]) {
      const key = `${p.state}|${placeKey(name)}`
      if (!index.has(key)) index.set(key, p.id)
    }
  return index
}

let index: Map<string, string> | null = null

/** Every name (state|key) that leads to more than one place; empty when the tables are consistent (tested). */
export function clashingNames(): string[] {
  const seen = new Map<string, string>()
  const clashes: string[] = []
  for (const p of LOCAL_PLACES.values())
    for (const name of [p.name, ...(p.aliases ?? [])]) {
      const key = `${p.state}|${placeKey(name)}`
      const other = seen.get(key)
      if (other && other !== p.id) clashes.push(`${key}: ${other} and ${p.id}`)
      seen.set(key, p.id)
    }
  return clashes
}

/** The locality of a place name in a state, if Worth models local taxes there. */
export function localForPlace(label: string, state: StateCode): LocalForPlace {
  index ??= buildIndex()
  const id = index.get(`${state}|${placeKey(label)}`)
  if (!id) return { locality: null, note: null }
  return { locality: id, note: LOCAL_PLACES.get(id)!.note ?? null }
}

const HINTS: Partial<Record<StateCode, string>> = {
  MD: 'Local income tax: every Maryland county and Baltimore City charge one (2.25% to 3.3% of taxable income), and this place did not name one. Give the county or city you live in, e.g. "Baltimore City, MD", "Baltimore County, MD" or "Montgomery County, MD".',
  OH: 'Local income tax: most Ohio cities and villages charge one (often 1% to 2.5% of wages); none is applied for this place. Give your city, e.g. "Columbus, OH"; docs/taxes.md lists the cities Worth knows.',
  PA: 'Local income tax: almost every Pennsylvania municipality and school district charges an earned income tax (usually 1% or more of wages) and many a $52 local services tax; Worth knows only the largest cities (docs/taxes.md), and none is applied for this place.',
  MI: 'Local income tax: about 24 Michigan cities charge one (usually 1% for residents, 0.5% for people who work there); none is applied for this place. Give the city if it is one, e.g. "Detroit, MI".',
  IN: 'Local income tax: every Indiana county charges one (about 0.5% to 3% of income); this place did not name a county Worth could find. Give the county, e.g. "Marion County, IN", or a large city such as "Indianapolis, IN".',
  KY: 'Local income tax: many Kentucky cities and counties charge an occupational license tax on wages earned there (often 1% to 2.5%); Worth knows Louisville and Lexington, and none is applied for this place.',
  MO: 'Local income tax: Kansas City and St. Louis charge 1% earnings taxes; none is applied for this place.',
  OR: 'Local income tax: the Portland area charges income taxes above $125,000 ($200,000 joint) and Portland an arts tax; none is applied for this place. Give the city, e.g. "Portland, OR" or "Beaverton, OR".',
  CO: 'Local taxes: Denver and Aurora (and a few smaller cities) charge occupational privilege taxes of a few dollars a month; none is applied for this place.',
  DE: 'Local income tax: Wilmington charges 1.25% of wages; none is applied for this place.',
  AL: 'Local taxes: Birmingham and a few other Alabama cities charge occupational taxes on wages earned there; none is applied for this place.',
  NY: 'Local income tax: New York City and Yonkers charge one; none applies to this place.',
}

/** What to tell someone whose place in `state` matched no local tax, where local taxes are common; else null. */
export function localTaxHint(state: StateCode): string | null {
  return STATES_WITH_LOCAL_TAXES.has(state) ? (HINTS[state] ?? null) : null
}
