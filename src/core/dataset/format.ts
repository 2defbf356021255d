// Worth's own on-disk dataset format (resources/dataset), written by scripts/build-dataset.ts and read by
// ./indexDataset.ts. Small tables are JSON; the big ones are compiled packs (./pack.ts) that load with no parsing
// or indexing: area-wages.bin (OFLC levels as 32-bit integers, read per occupation by offset), titles.bin (the
// title index, ../titles/compiledTitles.ts) and places-index.bin (every name of a place, its places parsed per name
// on first look-up, ../locations/placesPack.ts). Bump DATASET_FORMAT when a file's shape changes.
import type { FigureStatus, SourceRef } from '../../shared/types'
import type { CompiledPlaces } from '../locations/locationIndex'
import type { CompiledTitles } from '../titles/compiledTitles'

export const DATASET_FORMAT = 5

export const DATASET_FILES = {
  metadata: 'metadata.json',
  occupations: 'occupations.json',
  areas: 'areas.json',
  areaWages: 'area-wages.bin',
  titles: 'titles.bin',
  places: 'places.json',
  profiles: 'profiles.json',
  costOfLiving: 'cost-of-living.json',
  placesIndex: 'places-index.bin',
} as const

/** Published national percentiles in annual USD (null where BLS publishes none or only "at or above" its top code). */
export interface NationalWages {
  /** The BLS code the figures belong to: the occupation itself, or the broader BLS group that contains it. */
  soc: string
  title: string
  employment: number | null
  /** [p10, p25, p50, p75, p90] */
  values: [number | null, number | null, number | null, number | null, number | null]
  status: [FigureStatus, FigureStatus, FigureStatus, FigureStatus, FigureStatus]
  mean: number | null
}

export interface OccupationRecord {
  soc: string
  title: string
  national: NationalWages | null
  /** How OFLC states this occupation's wages in its source file. */
  oflcUnit: 'hourly' | 'annual' | null
  /** O*NET's description of the occupation (quoted, CC BY 4.0), or null. */
  description: string | null
}

export interface OccupationsFile {
  format: number
  topCode: { annual: number; hourly: number }
  occupations: OccupationRecord[]
}

export interface AreaRecord {
  code: string
  name: string
  state: string
  kind: 'metro' | 'nonmetro'
}

export interface AreasFile {
  format: number
  areas: AreaRecord[]
}

/**
 * OFLC levels I-IV, annual USD, one group of four per area in AreasFile order; 0 = no figure for that area. The
 * shape of the data as JSON (what the build works on, and the bench's parse baseline); on disk it is a pack.
 */
export interface AreaWagesFile {
  format: number
  wages: Record<string, number[]>
}

/** A title people use, and the occupations it has been filed under, with weights. */
export type TitleRow = [title: string, links: [socIndex: number, weight: number, via: TitleVia][]]
export type TitleVia = 'b' | 'o' | 'r' | 'h'

/** The title list as JSON rows (what the build works on, and the bench's parse baseline); on disk it is compiled. */
export interface TitlesFile {
  format: number
  /** Index into OccupationsFile.occupations order. */
  titles: TitleRow[]
}

/** A place by its own name; population is the Census 2023 estimate (0 where Census publishes none). */
export type PlaceRow = [
  name: string,
  state: string,
  areaCode: string,
  kind: 'city' | 'county' | 'town',
  population: number,
]

/** What an everyday name for a place stands for (scripts/dataset/placeAliases.csv). */
export type PlaceAliasKind = 'nickname' | 'borough' | 'town' | 'region'

/** An everyday name ("NYC", "Bay Area", "Brooklyn") -> the place it means, its state, OEWS area and population. */
export type PlaceAliasRow = [
  alias: string,
  name: string,
  state: string,
  areaCode: string,
  kind: PlaceAliasKind,
  /** The county (or county equivalent / New England town) that places it in its area. */
  county: string,
  population: number,
]

export interface PlacesFile {
  format: number
  states: [code: string, name: string][]
  places: PlaceRow[]
  aliases: PlaceAliasRow[]
  /** Census 2023 population of each metro or micro OEWS area (areas with none are left out). */
  areaPopulation: [areaCode: string, population: number][]
}

export interface InputChecksum {
  path: string
  bytes: number
  sha256: string
}

export interface MetadataFile {
  format: number
  version: string
  sources: SourceRef[]
  counts: Record<string, number>
  notes: string[]
  inputs: InputChecksum[]
}

export interface SurveyProfile {
  id: string
  title: string
  /** Titles that mean this profile. */
  titles: string[]
  /** The BLS occupation its base pay is compared with. */
  nearestSoc: string
  source: SourceRef
  totalPay: { p10: number; p50: number; p90: number }
  averageBase: number
  baseRange: { low: number; high: number }
  additionalPay: number
  bonus: { low: number; high: number }
  stock: { low: number; high: number }
  byExperience: Record<'0-2' | '3-5' | '6-10' | '10+', number>
  byCity: { name: string; area: string; median: number | null; low: number | null; high: number | null }[]
  careerPath: { title: string; years: string }[]
  skills: string[]
  description: string
}

export interface ProfilesFile {
  format: number
  profiles: SurveyProfile[]
}

/** BEA Regional Price Parities, all items, US = 100. */
export interface CostOfLivingFile {
  format: number
  year: number
  /** OEWS area -> [RPP, whose RPP it is ('metro' or 'state'), BEA metro code or state]. Territories have none. */
  areas: Record<string, [rpp: number, scope: 'metro' | 'state', from: string]>
  states: Record<string, number>
}

export interface RawDataset {
  metadata: MetadataFile
  occupations: OccupationsFile
  areas: AreasFile
  areaWages: AreaWagesFile
  titles: TitlesFile
  places: PlacesFile
  profiles: ProfilesFile
  costOfLiving: CostOfLivingFile
}

/** The meta of area-wages.bin; its one section, `levels`, holds areas * 4 values per occupation in `socs` order. */
export interface AreaWagesPackMeta {
  format: number
  socs: string[]
  areas: number
}

/** Area wages as the loaded dataset reads them: one occupation at a time. */
export interface AreaWagesSource {
  format: number
  /** Occupations with area wages, in the order of the file. */
  socs: string[]
  areas: number
  /** The areas * 4 levels of the occupation at this position in `socs`. */
  read(position: number): Int32Array
}

/**
 * The dataset as loaded: the JSON tables parsed, the packs opened. The place tables themselves (places.json) are
 * not read: what a look-up needs of them is compiled into the place index.
 */
export interface CompiledDataset extends Omit<RawDataset, 'areaWages' | 'titles' | 'places'> {
  areaWages: AreaWagesSource
  titles: { format: number; compiled: CompiledTitles }
  placesIndex: CompiledPlaces
}
