// Checks a loaded dataset and opens it for lookups. Pure: the caller reads the files. The compiled parts come
// indexed already (titles.bin, area-wages.bin); raw JSON-shaped data (tests, checks) is compiled in memory first.
import { SOC_CODE } from '../../shared/codes'
import type { SourceRef } from '../../shared/types'
import { compilePlaces, openLocationIndex, type LocationIndex } from '../locations/locationIndex'
import { compileTitles } from '../titles/compiledTitles'
import { openTitleIndex, type TitleIndex } from '../titles/titleIndex'
import { areaWagesFromJson } from './areaWages'
import { coreTitleKey, titleKey } from '../titles/normalise'
import {
  DATASET_FORMAT,
  type AreaRecord,
  type CompiledDataset,
  type OccupationRecord,
  type RawDataset,
  type SurveyProfile,
} from './format'

export class DatasetError extends Error {}

export interface Dataset {
  version: string
  topCode: { annual: number; hourly: number }
  occupations: OccupationRecord[]
  occupationBySoc: Map<string, OccupationRecord>
  areas: AreaRecord[]
  areaByCode: Map<string, AreaRecord>
  stateNames: Map<string, string>
  /** OFLC Levels I-IV (annual USD) for an occupation in an area, or null where OFLC has no figure. */
  areaLevels(soc: string, areaCode: string): [number, number, number, number] | null
  titles: TitleIndex
  locations: LocationIndex
  sources: SourceRef[]
  counts: Record<string, number>
  profiles: SurveyProfile[]
  /** The survey profile a title means ("Backend Architect", "Sr. Backend Architect"), or null. */
  profileForTitle(title: string): SurveyProfile | null
  /** The same for a title already made a key (titleKey), so a caller that has the key keys the title once. */
  profileForKey(key: string): SurveyProfile | null
  /** BEA price parity (US = 100) for an OEWS area or a state code, with whose figure it is; null where none. */
  priceParity(
    code: string,
  ): { rpp: number; scope: 'metro' | 'state' | 'national'; from: string; year: number } | null
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition)
    throw new DatasetError(`Dataset is damaged: ${message}. Rebuild it with npm run data:build.`)
}

/** Checks raw (JSON-shaped) data, compiles it in memory and opens it. */
export function indexDataset(raw: RawDataset): Dataset {
  check(
    raw.areaWages?.format === DATASET_FORMAT,
    `areaWages has format ${String(raw.areaWages?.format)}, expected ${DATASET_FORMAT}`,
  )
  check(
    raw.titles?.format === DATASET_FORMAT,
    `titles has format ${String(raw.titles?.format)}, expected ${DATASET_FORMAT}`,
  )
  const areaCount = raw.areas?.areas?.length ?? 0
  for (const [soc, levels] of Object.entries(raw.areaWages.wages))
    check(levels.length === areaCount * 4, `area wages for ${soc} have ${levels.length} values`)
  return openDataset({
    ...raw,
    areaWages: areaWagesFromJson(raw.areaWages, areaCount),
    titles: { format: raw.titles.format, compiled: compileTitles(raw.titles.titles) },
    placesIndex: compilePlaces(raw.areas.areas, raw.places, raw.places.format),
  })
}

/** Checks a loaded dataset and opens it for lookups: no indexing work beyond small tables. */
/**
 * The largest of some 84,000 links, checked once a start before any code is optimised: Math.max over slices runs in
 * V8's native code, where a loop would run in its interpreter (about 1 ms here). -1 for none.
 */
function largestOf(values: Uint16Array): number {
  const slice = 8192
  let largest = -1
  for (let at = 0; at < values.length; at += slice)
    largest = Math.max(largest, Math.max.apply(null, values.subarray(at, at + slice) as unknown as number[]))
  return largest
}

export function openDataset(raw: CompiledDataset): Dataset {
  for (const [name, part] of Object.entries(raw)) {
    check(
      part?.format === DATASET_FORMAT,
      `${name} has format ${String(part?.format)}, expected ${DATASET_FORMAT}`,
    )
  }
  const { occupations } = raw.occupations
  const { areas } = raw.areas
  check(occupations.length > 0 && areas.length > 0, 'no occupations or areas')
  const occupationBySoc = new Map(occupations.map((o) => [o.soc, o]))
  const areaByCode = new Map(areas.map((a) => [a.code, a]))
  const areaIndex = new Map(areas.map((a, i) => [a.code, i]))
  const wageSource = raw.areaWages
  check(wageSource.areas === areas.length, `area wages cover ${wageSource.areas} areas, not ${areas.length}`)
  const wagePosition = new Map<string, number>()
  // In the loops below a message is only made for a failure: they run at every start, before the code is optimised.
  wageSource.socs.forEach((soc, i) => {
    if (!occupationBySoc.has(soc)) check(false, `area wages for unknown occupation ${soc}`)
    wagePosition.set(soc, i)
  })
  check(largestOf(raw.titles.compiled.linkOcc) < occupations.length, 'a title links to no occupation')
  for (const o of occupations) {
    if (!(SOC_CODE.test(o.soc) && o.title.length > 0)) check(false, `bad occupation ${o.soc}`)
    if (o.national && !(o.national.values.length === 5 && o.national.status.length === 5))
      check(false, `bad national figures for ${o.soc}`)
  }
  // Each occupation's levels are read on first use and kept (a few kB each).
  const wagesRead = new Map<number, Int32Array>()
  const wagesOf = (position: number) => {
    let levels = wagesRead.get(position)
    if (!levels) {
      levels = wageSource.read(position)
      check(levels.length === areas.length * 4, `area wages at ${position} have ${levels.length} values`)
      wagesRead.set(position, levels)
    }
    return levels
  }
  const profiles = raw.profiles.profiles
  const profileByKey = new Map<string, SurveyProfile>()
  for (const p of profiles) {
    check(occupationBySoc.has(p.nearestSoc), `profile ${p.id} names unknown occupation ${p.nearestSoc}`)
    for (const t of p.titles) profileByKey.set(coreTitleKey(titleKey(t)), p)
  }
  return {
    version: raw.metadata.version,
    topCode: raw.occupations.topCode,
    occupations,
    occupationBySoc,
    areas,
    areaByCode,
    stateNames: new Map(raw.placesIndex.states),
    areaLevels(soc, areaCode) {
      const position = wagePosition.get(soc)
      const i = areaIndex.get(areaCode)
      if (position === undefined || i === undefined) return null
      const flat = wagesOf(position)
      const levels: [number, number, number, number] = [
        flat[i * 4]!,
        flat[i * 4 + 1]!,
        flat[i * 4 + 2]!,
        flat[i * 4 + 3]!,
      ]
      return levels[0] > 0 && levels[3] > levels[0] ? levels : null
    },
    titles: openTitleIndex(raw.titles.compiled, occupations),
    locations: openLocationIndex(areas, raw.placesIndex),
    sources: [...raw.metadata.sources, ...profiles.map((p) => p.source)],
    counts: raw.metadata.counts,
    profiles,
    profileForTitle: (title) => profileByKey.get(coreTitleKey(titleKey(title))) ?? null,
    profileForKey: (key) => profileByKey.get(coreTitleKey(key)) ?? null,
    priceParity(code) {
      const year = raw.costOfLiving.year
      if (code === 'US') return { rpp: 100, scope: 'national', from: 'US', year }
      // Codes come from the user's place; the tables are parsed JSON, so only their own keys count.
      const area = Object.hasOwn(raw.costOfLiving.areas, code) ? raw.costOfLiving.areas[code] : undefined
      if (area) return { rpp: area[0], scope: area[1], from: area[2], year }
      const state = Object.hasOwn(raw.costOfLiving.states, code) ? raw.costOfLiving.states[code] : undefined
      return state ? { rpp: state, scope: 'state', from: code, year } : null
    },
  }
}
