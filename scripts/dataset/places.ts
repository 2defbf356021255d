// Places a user may type, each tied to the OEWS area that publishes its wages:
// principal cities of metro and micro areas (Census, July 2023), counties / New England towns (OFLC's county map),
// and the everyday names of scripts/dataset/placeAliases.csv ("NYC", "Bay Area", "Brooklyn"), each with its Census
// 2023 population so that a name shared by several places lists the biggest first.
import type { PlaceAliasKind, PlaceAliasRow, PlaceRow } from '../../src/core/dataset/format'

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

/** A row of the Census Vintage 2023 incorporated-place table (sub-ip-est2023-pop.csv). */
export interface PlacePopulationRow {
  NAME: string
  STUSAB: string
  POPESTIMATE2023: string
}

/** A row of the Census Vintage 2023 metro/micro table (cbsa-est2023-alldata_subset.csv). */
export interface CbsaPopulationRow {
  CBSA: string
  NAME: string
  POPESTIMATE2023: string
  LSAD: string
}

/** A row of scripts/dataset/placeAliases.csv. */
export interface PlaceAliasCsvRow {
  alias: string
  name: string
  state: string
  kind: string
  county: string
  cbsa: string
  reason: string
}

export interface Populations {
  /** "austin|TX" -> people in the incorporated place. */
  place: Map<string, number>
  /** "kings county|NY" -> people in the county (counties in a metro or micro area only). */
  county: Map<string, number>
  /** CBSA code -> people in the metro or micro area. */
  cbsa: Map<string, number>
}

// Census writes each place with its legal kind: "Austin city", "Nashville-Davidson metropolitan government (balance)".
const PLACE_SUFFIX =
  /\s+(consolidated government|metropolitan government|metro government|unified government|city and borough|urban county|charter township|city|town|village|borough|CDP|municipality|township|plantation|corporation)$/i

/** "Austin city" -> "Austin"; "Louisville/Jefferson County metro government (balance)" -> "Louisville/Jefferson County". */
export function censusPlaceName(name: string): string {
  return name
    .trim()
    .replace(/\s*\(balance\)$/i, '')
    .replace(PLACE_SUFFIX, '')
    .trim()
}

const popKey = (name: string, state: string) => `${name.trim().toLowerCase()}|${state.trim()}`

export function readPopulations(places: PlacePopulationRow[], cbsas: CbsaPopulationRow[]): Populations {
  const place = new Map<string, number>()
  for (const p of places) {
    const n = Number(p.POPESTIMATE2023)
    if (!(n > 0) || !p.STUSAB) continue
    const key = popKey(censusPlaceName(p.NAME), p.STUSAB)
    // A few names occur twice in one state (two small places): keep the larger.
    place.set(key, Math.max(place.get(key) ?? 0, n))
  }
  const county = new Map<string, number>()
  const cbsa = new Map<string, number>()
  for (const c of cbsas) {
    const n = Number(c.POPESTIMATE2023)
    if (!(n > 0)) continue
    const lsad = c.LSAD.trim()
    if (lsad === 'Metropolitan Statistical Area' || lsad === 'Micropolitan Statistical Area')
      cbsa.set(c.CBSA.trim(), n)
    else if (lsad === 'County or equivalent') {
      const comma = c.NAME.lastIndexOf(',')
      if (comma > 0) county.set(popKey(c.NAME.slice(0, comma), c.NAME.slice(comma + 1)), n)
    }
  }
  return { place, county, cbsa }
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
  populations: Populations,
): { places: PlaceRow[]; states: [string, string][]; unresolved: string[] } {
  const populationOf = (name: string, state: string, kind: PlaceRow[3]) =>
    (kind === 'county' ? populations.county : populations.place).get(popKey(name, state)) ?? 0
  const stateAbByName = new Map<string, string>()
  const countyArea = new Map<string, string>()
  const places = new Map<string, PlaceRow>()
  for (const g of geography) {
    stateAbByName.set(g.State.trim(), g.StateAb.trim())
    countyArea.set(`${g.CountyTownName.trim().toLowerCase()}|${g.StateAb.trim()}`, g.Area.trim())
    const kind = placeKind(g.CountyTownName)
    const row: PlaceRow = [
      g.CountyTownName.trim(),
      g.StateAb.trim(),
      g.Area.trim(),
      kind,
      populationOf(g.CountyTownName, g.StateAb, kind),
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
    places.set(`${name.toLowerCase()}|${state}|city`, [
      name,
      state,
      area,
      'city',
      populationOf(name, state, 'city'),
    ])
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

const ALIAS_KINDS = new Set<PlaceAliasKind>(['nickname', 'borough', 'town', 'region'])

/**
 * Checks the reviewed alias list against the Census and OFLC files and ties each row to its OEWS area: the row's
 * county must be in OFLC's county map for its state, that county's area must be the row's CBSA, and where the Census
 * delineation lists the county it must list it under that CBSA. A mistake in the list stops the build.
 * Population, for ranking a shared name: the Census place of that name for nicknames and towns, the county for
 * boroughs (and places Census does not count, such as Silver Spring), the whole metro for regions.
 */
export function buildAliases(
  rows: PlaceAliasCsvRow[],
  geography: GeographyRow[],
  cbsaCounties: CbsaCountyRow[],
  populations: Populations,
): PlaceAliasRow[] {
  const countyArea = new Map<string, string>()
  for (const g of geography) countyArea.set(popKey(g.CountyTownName, g.StateAb), g.Area.trim())
  const stateAbByName = new Map(geography.map((g) => [g.State.trim(), g.StateAb.trim()]))
  const censusCbsa = new Map<string, string>()
  for (const c of cbsaCounties) {
    const ab = stateAbByName.get(c['State Name'].trim())
    if (ab) censusCbsa.set(popKey(c['County/County Equivalent'], ab), c['CBSA Code'].trim())
  }
  const seen = new Set<string>()
  const out: PlaceAliasRow[] = []
  rows.forEach((r, i) => {
    const where = `placeAliases.csv row ${i + 2} ("${r.alias}")`
    const alias = r.alias.trim()
    const name = r.name.trim()
    const state = r.state.trim()
    const county = r.county.trim()
    const cbsa = r.cbsa.trim()
    const kind = r.kind.trim() as PlaceAliasKind
    if (!alias || !name || !r.reason.trim()) throw new Error(`${where}: alias, name and reason are required`)
    if (!ALIAS_KINDS.has(kind)) throw new Error(`${where}: unknown kind "${r.kind}"`)
    const area = countyArea.get(popKey(county, state))
    if (!area) throw new Error(`${where}: ${county}, ${state} is not in OFLC's county map`)
    if (area !== cbsa) throw new Error(`${where}: ${county}, ${state} is in OEWS area ${area}, not ${cbsa}`)
    const listed = censusCbsa.get(popKey(county, state))
    if (listed && listed !== cbsa)
      throw new Error(`${where}: Census lists ${county}, ${state} under CBSA ${listed}, not ${cbsa}`)
    const id = `${alias.toLowerCase()}|${state}|${area}`
    if (seen.has(id)) throw new Error(`${where}: listed twice`)
    seen.add(id)
    const population =
      kind === 'region'
        ? (populations.cbsa.get(cbsa) ?? 0)
        : kind === 'borough'
          ? (populations.county.get(popKey(county, state)) ?? 0)
          : (populations.place.get(popKey(name, state)) ?? populations.county.get(popKey(county, state)) ?? 0)
    out.push([alias, name, state, area, kind, county, population])
  })
  return out.sort((a, b) => (a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0))
}

/** Population of each OEWS area that is a metro or micro area (non-metro areas are left out). */
export function areaPopulations(areaCodes: Iterable<string>, populations: Populations): [string, number][] {
  const out: [string, number][] = []
  for (const code of areaCodes) {
    const n = populations.cbsa.get(code)
    if (n) out.push([code, n])
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}
