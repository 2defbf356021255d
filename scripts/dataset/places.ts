// Places a user may type, each tied to the OEWS area that publishes its wages:
// principal cities of metro and micro areas (Census, July 2023) and counties / New England towns (OFLC's county map).
import type { PlaceRow } from '../../src/core/dataset/format'

export interface GeographyRow {
  Area: string
  AreaName: string
  StateAb: string
  State: string
  CountyTownName: string
}

export interface PrincipalCityRow {
  'CBSA Code': string
  'Principal City Name': string
  'FIPS State Code': string
}

export interface CbsaCountyRow {
  'CBSA Code': string
  'County/County Equivalent': string
  'State Name': string
  'FIPS State Code': string
  'Central/Outlying County': string
}

const COUNTY_WORDS = /\b(county|parish|borough|census area|municipality|municipio|city and borough)\b/i

export function placeKind(name: string): 'county' | 'town' {
  return COUNTY_WORDS.test(name) ? 'county' : 'town'
}

export function buildPlaces(
  geography: GeographyRow[],
  principalCities: PrincipalCityRow[],
  cbsaCounties: CbsaCountyRow[],
  areaCodes: Set<string>,
): { places: PlaceRow[]; states: [string, string][]; unresolved: string[] } {
  const stateAbByName = new Map<string, string>()
  const countyArea = new Map<string, string>()
  const places = new Map<string, PlaceRow>()
  for (const g of geography) {
    stateAbByName.set(g.State.trim(), g.StateAb.trim())
    countyArea.set(`${g.CountyTownName.trim().toLowerCase()}|${g.StateAb.trim()}`, g.Area.trim())
    const row: PlaceRow = [
      g.CountyTownName.trim(),
      g.StateAb.trim(),
      g.Area.trim(),
      placeKind(g.CountyTownName),
    ]
    places.set(`${row[0].toLowerCase()}|${row[1]}|${row[3]}`, row)
  }
  const stateAbByFips = new Map<string, string>()
  const centralSeen = new Set<string>()
  const centralCounty = new Map<string, { county: string; state: string }>()
  for (const c of cbsaCounties) {
    const ab = stateAbByName.get(c['State Name'].trim())
    if (ab) stateAbByFips.set(c['FIPS State Code'].trim().padStart(2, '0'), ab)
    const code = c['CBSA Code'].trim()
    // The first central county stands for the whole area; an area with none listed keeps its first county.
    if (
      !/^\d{5}$/.test(code) ||
      !ab ||
      (centralCounty.has(code) && c['Central/Outlying County'].trim() !== 'Central')
    )
      continue
    if (centralCounty.has(code) && centralSeen.has(code)) continue
    centralCounty.set(code, { county: c['County/County Equivalent'].trim(), state: ab })
    if (c['Central/Outlying County'].trim() === 'Central') centralSeen.add(code)
  }
  const unresolved: string[] = []
  for (const p of principalCities) {
    const cbsa = p['CBSA Code'].trim()
    const state = stateAbByFips.get(p['FIPS State Code'].trim().padStart(2, '0'))
    const name = p['Principal City Name'].trim()
    if (!state || !name) continue
    let area: string | undefined = areaCodes.has(cbsa) ? cbsa : undefined
    if (!area) {
      const county = centralCounty.get(cbsa)
      area = county ? countyArea.get(`${county.county.toLowerCase()}|${county.state}`) : undefined
    }
    if (!area) {
      unresolved.push(`${name}, ${state}`)
      continue
    }
    places.set(`${name.toLowerCase()}|${state}|city`, [name, state, area, 'city'])
  }
  const states = [...stateAbByName.entries()].map(([name, ab]) => [ab, name] as [string, string])
  states.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const rows = [...places.values()].sort((a, b) =>
    a[0] !== b[0]
      ? a[0] < b[0]
        ? -1
        : 1
      : a[1] !== b[1]
        ? a[1] < b[1]
          ? -1
          : 1
        : a[3] < b[3]
          ? -1
          : a[3] > b[3]
            ? 1
            : 0,
  )
  return { places: rows, states, unresolved: unresolved.sort() }
}
