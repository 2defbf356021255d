// Checks a raw dataset and indexes it for lookups. Pure: the caller reads the files.
import { SOC_CODE } from '../../shared/codes'
import type { SourceRef } from '../../shared/types'
import { buildLocationIndex, type LocationIndex } from '../locations/locationIndex'
import { buildTitleIndex, type TitleIndex } from '../titles/titleIndex'
import { coreTitleKey, titleKey } from '../titles/normalise'
import {
  DATASET_FORMAT,
  type AreaRecord,
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
  /** BEA price parity (US = 100) for an OEWS area or a state code, with whose figure it is; null where none. */
  priceParity(
    code: string,
  ): { rpp: number; scope: 'metro' | 'state' | 'national'; from: string; year: number } | null
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition)
    throw new DatasetError(`Dataset is damaged: ${message}. Rebuild it with npm run data:build.`)
}

export function indexDataset(raw: RawDataset): Dataset {
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
  for (const [soc, levels] of Object.entries(raw.areaWages.wages)) {
    check(occupationBySoc.has(soc), `area wages for unknown occupation ${soc}`)
    check(levels.length === areas.length * 4, `area wages for ${soc} have ${levels.length} values`)
  }
  for (const o of occupations) {
    check(SOC_CODE.test(o.soc) && o.title.length > 0, `bad occupation ${o.soc}`)
    if (o.national)
      check(
        o.national.values.length === 5 && o.national.status.length === 5,
        `bad national figures for ${o.soc}`,
      )
  }
  const wages = raw.areaWages.wages
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
    stateNames: new Map(raw.places.states),
    areaLevels(soc, areaCode) {
      const flat = Object.hasOwn(wages, soc) ? wages[soc] : undefined
      const i = areaIndex.get(areaCode)
      if (!flat || i === undefined) return null
      const levels = flat.slice(i * 4, i * 4 + 4) as [number, number, number, number]
      return levels[0] > 0 && levels[3] > levels[0] ? levels : null
    },
    titles: buildTitleIndex(raw.titles.titles, occupations),
    locations: buildLocationIndex(areas, raw.places),
    sources: [...raw.metadata.sources, ...profiles.map((p) => p.source)],
    counts: raw.metadata.counts,
    profiles,
    profileForTitle: (title) => profileByKey.get(coreTitleKey(titleKey(title))) ?? null,
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
