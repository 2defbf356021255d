// Turning what a user types as a place into the OEWS area whose wages apply there. The one place resolver: the
// estimate, insights, tax, compare, negotiate, the saved-offer check and the UI's suggestions all ask this index.
//
// Accepted: "United States"; a state ("WA", "Washington"); an area by its OEWS name ("Seattle-Tacoma-Bellevue, WA");
// a principal city of a metro or micro area ("Bellevue, WA", "Cambridge, MA"); a county or New England town
// ("King County, WA"); an everyday name from the reviewed alias list ("NYC", "Brooklyn, NY", "Bay Area", "DC");
// and a slip of spelling ("Seatle"). Names shared by several places ("Austin", "Portland") ask which one is meant,
// the biggest place (Census 2023 population) first.
import type { LocationMatch } from '../../shared/types'
import type { AreaRecord, PlaceAliasRow, PlacesFile } from '../dataset/format'
import { isBefore, sharedOf, textTable, textValues, type TextTable } from '../dataset/pack'
import { closestNames, type SpellingIndex, spellingIndex } from './spelling'

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

const REMOTE_WORDS = new Set([
  'remote',
  'fully remote',
  'remote us',
  'remote usa',
  'remote united states',
  'us remote',
  'usa remote',
  'remote first',
  'work from home',
  'wfh',
  'from home',
  'home',
  'home based',
  'anywhere',
  'distributed',
  'telecommute',
  'virtual',
])

/** What Worth says when the place is "Remote": remote pay follows the employer's market, not the worker's home. */
export const REMOTE_MESSAGE =
  'Remote pay is usually set by the employer\'s market, not by where you live: type the employer\'s city (e.g. "Seattle, WA") for its local market, or "United States" for national figures.'

/** A shared name lists a fuzzy look-alike too when the exact place is this small and the look-alike ten times bigger. */
const SMALL_PLACE = 50_000
const OBVIOUS_RATIO = 10

export interface LocationIndex {
  /** Every place the text could mean, the biggest first; one entry when it is unambiguous. */
  resolve(query: string): LocationMatch[]
  /** Autocomplete: places whose name starts with the text, exact names and big places first. */
  suggest(query: string, limit?: number): LocationMatch[]
  /** A match for an area code or state code the user picked from a list. */
  byCode(code: string): LocationMatch | null
  /** Why the text names no place Worth can use, when Worth knows why ("Remote"); null otherwise. */
  explain(query: string): string | null
}

/** a-z and 0-9: what a place key's words are made of. */
function isPlaceChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
}

/**
 * Lower case, accents dropped, "Saint" and "Ste" as "St", anything but letters and digits as single spaces. ASCII
 * text (nearly every place typed) takes one pass over its characters; text with any other character the regular
 * expressions below (the pass hands it over at the first such character).
 */
export function placeKey(text: string): string {
  const lower = text.toLowerCase()
  let key = ''
  let start = -1
  for (let i = 0; i <= lower.length; i += 1) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32
    if (c >= 0x80) return placeKeyOfText(lower)
    if (isPlaceChar(c)) {
      if (start < 0) start = i
      continue
    }
    if (start >= 0) {
      let word = lower.slice(start, i)
      // Whole words only, as /\b/ sees them: an underscore counts as a word character there.
      if ((word === 'saint' || word === 'ste') && lower.charCodeAt(start - 1) !== 95 && c !== 95) word = 'st'
      key = key === '' ? word : `${key} ${word}`
    }
    start = -1
  }
  return key
}

function placeKeyOfText(lower: string): string {
  return lower
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\bste\b/g, 'st')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** True when the text says the job is remote rather than naming a place. */
export function isRemote(text: string): boolean {
  return REMOTE_WORDS.has(placeKey(text))
}

interface Candidate {
  key: string
  match: LocationMatch
  /** Lower is preferred when the same text names several kinds of place: 0 area, 1 city or alias, 2-3 county. */
  rank: number
  /** Census 2023 population of the place (0 when unknown). */
  population: number
  /** Population of its OEWS area, the tie-breaker. */
  areaPopulation: number
  alias: boolean
}

const byLabel = (a: Candidate, b: Candidate) =>
  a.match.label < b.match.label ? -1 : a.match.label > b.match.label ? 1 : 0

/** Biggest first: the place's own population, then its area's, then by name. */
const bySize = (a: Candidate, b: Candidate) =>
  b.population - a.population || b.areaPopulation - a.areaPopulation || byLabel(a, b)

const ALIAS_VIA: Record<
  PlaceAliasRow[4],
  (alias: string, label: string, area: string, county: string) => string
> = {
  nickname: (alias, label, area) => `"${alias}" means ${label}, in ${area}`,
  borough: (alias, label, area, county) => `${label} is a borough of New York City (${county}), in ${area}`,
  town: (alias, label, area, county) => `${label} lies in ${county}, part of ${area}`,
  region: (alias, label, area) => `"${alias}": Worth uses ${area}`,
}

/** A candidate as stored: [label, areaCode, via, rank, population, alias (1) or not (0), state, key of the label]. */
export type PlaceCandidateRow = [
  label: string,
  areaCode: string,
  via: string,
  rank: number,
  population: number,
  alias: 0 | 1,
  state: string,
  key: string,
]

/**
 * The place index compiled by the dataset build (resources/dataset/places-index.bin, ./placesPack.ts): every name a
 * place goes by (its key) with the places it may mean, so a lookup is one read of a key. Spelling help is worked
 * out only when the exact key misses.
 */
export interface CompiledPlaces {
  format: number
  /** The name keys, sorted (a look-up is a binary search; autocomplete reads ranges of them). */
  names: TextTable
  /** The places the name at this position of `names` may mean, in the order they were found. */
  rowsAt(position: number): PlaceCandidateRow[]
  /** State codes and names, and each area's population (ranks places of the same name), from the place tables. */
  states: PlacesFile['states']
  areaPopulation: PlacesFile['areaPopulation']
  /** Each OEWS area's full name as a key ("seattle tacoma bellevue wa"), with its code. */
  areaKeys: [key: string, areaCode: string][]
}

const COUNTY_SUFFIX = /\s+(county|parish|borough|census area|municipio)$/i

/** Works out every name of every place (areas, principal cities, counties and towns, everyday names). */
export function compilePlaces(areas: AreaRecord[], places: PlacesFile, format: number): CompiledPlaces {
  const areaByCode = new Map(areas.map((a) => [a.code, a]))
  const areaPopulation = new Map(places.areaPopulation)
  const byName = new Map<string, PlaceCandidateRow[]>()
  const add = (name: string, row: PlaceCandidateRow) => {
    const key = placeKey(name)
    if (!key) return
    let list = byName.get(key)
    if (!list) byName.set(key, (list = []))
    list.push(row)
  }
  for (const area of areas) {
    // "Seattle-Tacoma-Bellevue, WA": the full name, and the name without its state suffix.
    const pop = areaPopulation.get(area.code) ?? 0
    add(area.name.replace(/,\s*[A-Z-]+$/, ''), [
      area.name,
      area.code,
      'OEWS area',
      0,
      pop,
      0,
      area.state,
      placeKey(area.name),
    ])
  }
  for (const [name, state, areaCode, kind, population] of places.places) {
    const area = areaByCode.get(areaCode)
    if (!area) continue
    const label = `${name}, ${state}`
    const via =
      kind === 'city'
        ? `principal city of ${area.name}`
        : kind === 'county'
          ? `county in ${area.name}`
          : `town in ${area.name}`
    const row: PlaceCandidateRow = [
      label,
      areaCode,
      via,
      kind === 'city' ? 1 : 2,
      population,
      0,
      state,
      placeKey(label),
    ]
    add(name, row)
    if (kind === 'county')
      add(name.replace(COUNTY_SUFFIX, ''), [...row.slice(0, 3), 3, ...row.slice(4)] as PlaceCandidateRow)
  }
  const aliasNames = new Set<string>()
  for (const [alias, name, state, areaCode, kind, county, population] of places.aliases) {
    const area = areaByCode.get(areaCode)
    if (!area || !Object.prototype.hasOwnProperty.call(ALIAS_VIA, kind)) continue
    const label = `${name}, ${state}`
    const row: PlaceCandidateRow = [
      label,
      areaCode,
      ALIAS_VIA[kind](alias, label, area.name, county),
      1,
      population,
      1,
      state,
      placeKey(label),
    ]
    add(alias, row)
    // The label a pick puts in the field ("Research Triangle (Raleigh-Cary), NC") must find the same place again.
    if (placeKey(name) !== placeKey(alias) && !aliasNames.has(`${placeKey(name)}|${state}|${areaCode}`)) {
      aliasNames.add(`${placeKey(name)}|${state}|${areaCode}`)
      add(name, row)
    }
  }
  const names = [...byName.keys()].sort()
  const rows = names.map((name) => byName.get(name)!)
  return {
    format,
    names: textTable(names),
    rowsAt: (position) => rows[position] ?? [],
    states: places.states,
    areaPopulation: places.areaPopulation,
    areaKeys: areas.map((area) => [placeKey(area.name), area.code]),
  }
}

/** The index over raw place tables (compiled in memory: tests, and data that did not come from the build). */
export function buildLocationIndex(areas: AreaRecord[], places: PlacesFile): LocationIndex {
  return openLocationIndex(areas, compilePlaces(areas, places, places.format))
}

export function openLocationIndex(areas: AreaRecord[], compiled: CompiledPlaces): LocationIndex {
  const places = compiled
  const areaByCode = new Map(areas.map((a) => [a.code, a]))
  const areaByKey = new Map<string, AreaRecord>()
  for (const [key, code] of compiled.areaKeys) {
    const area = areaByCode.get(code)
    if (area) areaByKey.set(key, area)
  }
  const areaPopulation = new Map(places.areaPopulation)
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

  // Candidates by name key (without state), each with its state, so "Austin" and "Austin, TX" both find them.
  // Made into objects the first time a name is looked up.
  const made = new Map<number, Candidate[]>()
  const { names } = compiled
  function candidates(key: string): Candidate[] | undefined {
    const position = firstAtOrAfter(key)
    return names.get(position) === key ? candidatesAt(position) : undefined
  }
  function candidatesAt(position: number): Candidate[] {
    let list = made.get(position)
    if (list) return list
    list = []
    for (const [label, areaCode, via, rank, population, alias, state, labelKey] of compiled.rowsAt(
      position,
    )) {
      const area = areaByCode.get(areaCode)
      if (!area) continue
      list.push({
        key: labelKey,
        match: { ...areaMatch(area, label, via), state },
        rank,
        population,
        areaPopulation: areaPopulation.get(areaCode) ?? 0,
        alias: alias === 1,
      })
    }
    made.set(position, list)
    return list
  }
  // Worked out the first time a name misses: most lookups never need it.
  let spellingMade: SpellingIndex | null = null
  const spelling = () => (spellingMade ??= spellingIndex(textValues(names)))

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

  /**
   * Best candidate per area (the most specific kind of place), biggest first. A name means a handful of places, so
   * the areas are kept in a short list (in the order they first appear) rather than a Map.
   */
  function distinctAreas(cands: Candidate[]): Candidate[] {
    const best: Candidate[] = []
    for (const c of cands) {
      let at = 0
      while (at < best.length && best[at]!.match.areaCode !== c.match.areaCode) at += 1
      const cur = best[at]
      if (!cur || c.rank < cur.rank || (c.rank === cur.rank && c.population > cur.population)) best[at] = c
    }
    return best.length > 1 ? best.sort(bySize) : best
  }

  function inState(cands: Candidate[], state: string | null): Candidate[] {
    if (!state) return cands
    const kept: Candidate[] = []
    for (const c of cands) if (c.match.state === state) kept.push(c)
    return kept
  }
  function specificFirst(cands: Candidate[]): Candidate[] {
    // Prefer areas, cities and aliases over counties and towns of the same name ("Austin", not Austin County).
    const specific: Candidate[] = []
    for (const c of cands) if (c.rank <= 1) specific.push(c)
    return specific.length ? specific : cands
  }
  function matchesOf(cands: Candidate[]): LocationMatch[] {
    const matches: LocationMatch[] = []
    for (const c of cands) matches.push(c.match)
    return matches
  }

  /** Places spelled like the text, nearest spelling first; a clear winner by size stands alone. */
  function nearSpellings(nameKey: string, state: string | null): Candidate[] {
    const keys = closestNames(spelling(), nameKey)
    // Areas, cities and everyday names only: a county one letter from the text is more likely a false friend.
    const found = distinctAreas(
      inState(
        keys.flatMap((k) => candidates(k) ?? []),
        state,
      ).filter((c) => c.rank <= 1),
    )
    const top = found[0]
    if (
      found.length > 1 &&
      top &&
      top.population > 0 &&
      top.population >= OBVIOUS_RATIO * found[1]!.population
    )
      return [top]
    return found
  }

  const spelled = (typed: string, c: Candidate): Candidate => ({
    ...c,
    match: { ...c.match, via: `nearest spelling to "${typed.trim()}": ${c.match.via}` },
  })

  function resolve(query: string): LocationMatch[] {
    const key = placeKey(query)
    if (key === '') return []
    if (NATIONAL_WORDS.has(key)) return [national]
    if (REMOTE_WORDS.has(key)) return []
    // A full OEWS area name, e.g. "Seattle-Tacoma-Bellevue, WA".
    const fullArea = areaByKey.get(key)
    if (fullArea) return [areaMatch(fullArea, fullArea.name, 'OEWS area')]
    const split = splitState(query)
    const name = split.name
    let state = split.state
    let nameKey = placeKey(name)
    if (!nameKey && state) return [stateMatch(state)]
    let cands = inState(candidates(nameKey) ?? [], state)
    // A name that merely ends in a state's name: "Northern Virginia", "Southern California".
    const whole = !cands.length && state ? candidates(key) : undefined
    if (whole) {
      cands = whole
      nameKey = key
      state = null
    }
    const stateOnly = stateByKey.get(key)
    if (stateOnly && !state) {
      // "DC" and "District of Columbia" mean the District itself, the city at the centre of its metro.
      const sameState = cands.filter((c) => c.alias && c.match.state === stateOnly)
      if (sameState.length) return distinctAreas(sameState).map((c) => c.match)
      // "New York" is a state and a city: offer the state and any principal city or alias of that name.
      return [stateMatch(stateOnly), ...distinctAreas(cands.filter((c) => c.rank <= 1)).map((c) => c.match)]
    }
    // The start of a real name ("New York C") is text still being typed, not a slip: no spelling search.
    if (!cands.length)
      return startsAName(nameKey) ? [] : nearSpellings(nameKey, state).map((c) => spelled(name, c).match)
    const found = distinctAreas(specificFirst(cands))
    // "Pittsburg" is a small Kansas city, and one letter from Pittsburgh: offer both, the bigger first.
    // (Only when Census counts the place: unincorporated places such as Reston, VA have no figure.)
    const own = found[0]?.population ?? 0
    if (!state && own > 0 && own < SMALL_PLACE) {
      const seen = new Set(found.map((c) => c.match.areaCode))
      const bigger = nearSpellings(nameKey, null).filter(
        (c) =>
          !seen.has(c.match.areaCode) &&
          c.population >= OBVIOUS_RATIO * Math.max(1, found[0]?.population ?? 0),
      )
      if (bigger.length) return [...bigger.map((c) => spelled(name, c)), ...found].map((c) => c.match)
    }
    return matchesOf(found)
  }

  function suggest(query: string, limit = 8): LocationMatch[] {
    const key = placeKey(query)
    if (key === '') return []
    if (NATIONAL_WORDS.has(key) || REMOTE_WORDS.has(key) || 'united states'.startsWith(key)) {
      const rest = suggestNames(key, limit - 1)
      return [national, ...rest].slice(0, limit)
    }
    return suggestNames(key, limit)
  }

  /**
   * Index of the first name not before the key, in the sorted list of names (a binary search: 13 steps). Every name
   * between the two ends of the range shares with the key at least the code units both ends share with it, so each
   * step compares from there on.
   */
  function firstAtOrAfter(key: string): number {
    let lo = 0
    let hi = names.length
    let sharedLo = 0
    let sharedHi = 0
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const result = names.compare(mid, key, sharedLo < sharedHi ? sharedLo : sharedHi)
      if (isBefore(result)) {
        lo = mid + 1
        sharedLo = sharedOf(result)
      } else {
        hi = mid
        sharedHi = sharedOf(result)
      }
    }
    return lo
  }

  function startsAName(key: string): boolean {
    const at = firstAtOrAfter(key)
    return at < names.length && names.get(at).startsWith(key)
  }

  function suggestNames(key: string, limit: number): LocationMatch[] {
    const { name, state } = splitState(key)
    const nameKey = placeKey(name) || key
    // exact: the whole name was typed; shown: the label itself starts with the text (not only an alias of it, so
    // "San" lists San Francisco before "Bay Area, CA", found through "San Francisco Bay Area").
    const out: { c: Candidate; exact: boolean; shown: boolean }[] = []
    for (
      let i = firstAtOrAfter(nameKey);
      i < names.length && names.get(i).startsWith(nameKey) && out.length < 400;
      i += 1
    ) {
      const exact = names.get(i) === nameKey
      for (const c of candidatesAt(i))
        if (!state || c.match.state === state) out.push({ c, exact, shown: c.key.startsWith(nameKey) })
    }
    for (const [code, sname] of places.states) {
      if (placeKey(sname).startsWith(key))
        out.push({
          c: {
            key: placeKey(sname),
            match: stateMatch(code),
            rank: 0,
            population: 0,
            areaPopulation: 0,
            alias: false,
          },
          exact: placeKey(sname) === key,
          shown: true,
        })
    }
    const seen = new Set<string>()
    return out
      .sort(
        (a, b) =>
          Number(b.exact) - Number(a.exact) ||
          Number(b.shown) - Number(a.shown) ||
          Number(a.c.rank > 1) - Number(b.c.rank > 1) ||
          Number(b.c.match.kind === 'state') - Number(a.c.match.kind === 'state') ||
          bySize(a.c, b.c),
      )
      .filter(({ c }) => {
        const id = `${c.match.label}|${c.match.areaCode}`
        if (seen.has(id)) return false
        seen.add(id)
        return true
      })
      .slice(0, limit)
      .map(({ c }) => c.match)
  }

  function byCode(code: string): LocationMatch | null {
    if (code === NATIONAL_CODE) return national
    if (stateName.has(code)) return stateMatch(code)
    const area = areaByCode.get(code)
    return area ? areaMatch(area, area.name, 'OEWS area') : null
  }

  function explain(query: string): string | null {
    return REMOTE_WORDS.has(placeKey(query)) ? REMOTE_MESSAGE : null
  }

  return { resolve, suggest, byCode, explain }
}
