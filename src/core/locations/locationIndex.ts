// Turning what a user types as a place into the OEWS area whose wages apply there.
//
// Accepted: "United States"; a state ("WA", "Washington"); an area by its OEWS name ("Seattle-Tacoma-Bellevue, WA");
// a principal city of a metro or micro area ("Bellevue, WA", "Cambridge, MA"); a county or New England town
// ("King County, WA"). Names shared by several places ("Austin", "Portland") ask which one is meant.
import type { LocationMatch } from '../../shared/types'
import type { AreaRecord, PlacesFile } from '../dataset/format'

export const NATIONAL_CODE = 'US'
export const NATIONAL_NAME = 'United States'
const NATIONAL_WORDS = new Set([
  'united states',
  'us',
  'usa',
  'u s',
  'u s a',
  'united states of america',
  'national',
  'nationwide',
  'america',
])

export interface LocationIndex {
  /** Every place the text could mean; one entry when it is unambiguous. */
  resolve(query: string): LocationMatch[]
  /** Autocomplete: places whose name starts with the text. */
  suggest(query: string, limit?: number): LocationMatch[]
  /** A match for an area code or state code the user picked from a list. */
  byCode(code: string): LocationMatch | null
}

function placeKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\bste\b/g, 'st')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

interface Candidate {
  key: string
  match: LocationMatch
  /** Lower is preferred when the same text names several kinds of place. */
  rank: number
}

export function buildLocationIndex(areas: AreaRecord[], places: PlacesFile): LocationIndex {
  const areaByCode = new Map(areas.map((a) => [a.code, a]))
  const stateName = new Map(places.states)
  const stateByKey = new Map<string, string>()
  for (const [code, name] of places.states) {
    stateByKey.set(placeKey(code), code)
    stateByKey.set(placeKey(name), code)
  }

  const national: LocationMatch = {
    label: NATIONAL_NAME,
    areaCode: NATIONAL_CODE,
    areaName: NATIONAL_NAME,
    kind: 'national',
    via: 'national figures',
  }
  const stateMatch = (code: string): LocationMatch => ({
    label: stateName.get(code) ?? code,
    areaCode: code,
    areaName: stateName.get(code) ?? code,
    kind: 'state',
    state: code,
    via: 'state',
  })
  const areaMatch = (area: AreaRecord, label: string, via: string): LocationMatch => ({
    label,
    areaCode: area.code,
    areaName: area.name,
    kind: area.kind,
    state: area.state,
    via,
  })

  // Candidates by name (without state), each with its state, so "Austin" and "Austin, TX" both find them.
  const byName = new Map<string, Candidate[]>()
  const add = (name: string, c: Candidate) => {
    const key = placeKey(name)
    let list = byName.get(key)
    if (!list) byName.set(key, (list = []))
    list.push(c)
  }
  for (const area of areas) {
    // "Seattle-Tacoma-Bellevue, WA": the full name, and the name without its state suffix.
    const full = placeKey(area.name)
    add(area.name.replace(/,\s*[A-Z-]+$/, ''), {
      key: full,
      match: areaMatch(area, area.name, 'OEWS area'),
      rank: 0,
    })
  }
  for (const [name, state, areaCode, kind] of places.places) {
    const area = areaByCode.get(areaCode)
    if (!area) continue
    const label = `${name}, ${state}`
    const via =
      kind === 'city'
        ? `principal city of ${area.name}`
        : kind === 'county'
          ? `county in ${area.name}`
          : `town in ${area.name}`
    const c: Candidate = {
      key: placeKey(label),
      match: { ...areaMatch(area, label, via), state },
      rank: kind === 'city' ? 1 : 2,
    }
    add(name, c)
    if (kind === 'county')
      add(name.replace(/\s+(county|parish|borough|census area|municipio)$/i, ''), { ...c, rank: 3 })
  }
  const names = [...byName.keys()].sort()

  /** Splits "Austin, TX" / "Austin TX" / "Austin, Texas" into a name and a state code. */
  function splitState(text: string): { name: string; state: string | null } {
    const comma = text.lastIndexOf(',')
    if (comma > 0) {
      const state = stateByKey.get(placeKey(text.slice(comma + 1)))
      if (state) return { name: text.slice(0, comma), state }
    }
    const words = placeKey(text).split(' ')
    for (let n = Math.min(3, words.length - 1); n >= 1; n -= 1) {
      const state = stateByKey.get(words.slice(-n).join(' '))
      if (state) return { name: words.slice(0, -n).join(' '), state }
    }
    return { name: text, state: null }
  }

  /** Best candidates, one per area, preferring the most specific kind of place. */
  function distinctAreas(cands: Candidate[]): LocationMatch[] {
    const best = new Map<string, Candidate>()
    for (const c of cands) {
      const cur = best.get(c.match.areaCode)
      if (!cur || c.rank < cur.rank) best.set(c.match.areaCode, c)
    }
    return [...best.values()]
      .sort((a, b) => a.rank - b.rank || (a.match.label < b.match.label ? -1 : 1))
      .map((c) => c.match)
  }

  function resolve(query: string): LocationMatch[] {
    const key = placeKey(query)
    if (key === '') return []
    if (NATIONAL_WORDS.has(key)) return [national]
    // A full OEWS area name, e.g. "Seattle-Tacoma-Bellevue, WA".
    const fullArea = areas.find((a) => placeKey(a.name) === key)
    if (fullArea) return [areaMatch(fullArea, fullArea.name, 'OEWS area')]
    const { name, state } = splitState(query)
    const nameKey = placeKey(name)
    if (!nameKey && state) return [stateMatch(state)]
    const stateOnly = stateByKey.get(key)
    const cands = (byName.get(nameKey) ?? []).filter((c) => !state || c.match.state === state)
    if (stateOnly && !state) {
      // "New York" is a state and a city: offer the state and any principal city of that name.
      return [stateMatch(stateOnly), ...distinctAreas(cands.filter((c) => c.rank <= 1))]
    }
    if (!cands.length) return []
    // Prefer areas and cities over counties and towns of the same name ("Austin" the cities, not Austin County).
    const specific = cands.filter((c) => c.rank <= 1)
    return distinctAreas(specific.length ? specific : cands)
  }

  function suggest(query: string, limit = 8): LocationMatch[] {
    const key = placeKey(query)
    if (key === '') return []
    if (NATIONAL_WORDS.has(key) || 'united states'.startsWith(key)) {
      const rest = suggestNames(key, limit - 1)
      return [national, ...rest].slice(0, limit)
    }
    return suggestNames(key, limit)
  }

  function suggestNames(key: string, limit: number): LocationMatch[] {
    const { name, state } = splitState(key)
    const nameKey = placeKey(name) || key
    const out: Candidate[] = []
    let lo = 0
    let hi = names.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (names[mid]! < nameKey) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < names.length && names[i]!.startsWith(nameKey) && out.length < 400; i += 1) {
      for (const c of byName.get(names[i]!)!) if (!state || c.match.state === state) out.push(c)
    }
    for (const [code, sname] of places.states) {
      if (placeKey(sname).startsWith(key))
        out.push({ key: placeKey(sname), match: stateMatch(code), rank: 0 })
    }
    const seen = new Set<string>()
    return out
      .sort((a, b) => a.rank - b.rank || a.key.length - b.key.length || (a.key < b.key ? -1 : 1))
      .filter((c) => {
        const id = `${c.match.label}|${c.match.areaCode}`
        if (seen.has(id)) return false
        seen.add(id)
        return true
      })
      .slice(0, limit)
      .map((c) => c.match)
  }

  function byCode(code: string): LocationMatch | null {
    if (code === NATIONAL_CODE) return national
    if (stateName.has(code)) return stateMatch(code)
    const area = areaByCode.get(code)
    return area ? areaMatch(area, area.name, 'OEWS area') : null
  }

  return { resolve, suggest, byCode }
}
