// npm run data:build — turns the public files in ../shared/data into Worth's dataset under resources/dataset.
// Deterministic: the same inputs give byte-identical files (no dates, stable order, fixed formatting).
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { encodeAreaWages } from '../src/core/dataset/areaWages'
import {
  DATASET_FILES,
  DATASET_FORMAT,
  type AreaRecord,
  type MetadataFile,
  type OccupationRecord,
  type RawDataset,
} from '../src/core/dataset/format'
import { compilePlaces } from '../src/core/locations/locationIndex'
import { encodePlaces } from '../src/core/locations/placesPack'
import { compileTitles, encodeTitles } from '../src/core/titles/compiledTitles'
import { BLS_TOP_CODE, nationalCounterpart, readBlsNational } from './dataset/bls'
import { parseTable } from './dataset/csv'
import { annualise, oflcUnit, type OflcLevels } from './dataset/oflc'
import {
  areaPopulations,
  buildAliases,
  buildPlaces,
  readPopulations,
  type CbsaCountyRow,
  type CbsaPopulationRow,
  type GeographyRow,
  type PlaceAliasCsvRow,
  type PlacePopulationRow,
  type PrincipalCityRow,
} from './dataset/places'
import { costOfLiving, readMetroRpp, readStateRpp } from './dataset/rpp'
import { SOURCES } from './dataset/sources'
import { SURVEY_PROFILES } from './dataset/surveyProfiles'
import { TITLE_WEIGHT, TitleCollector } from './dataset/titles'

export const DEFAULT_SHARED_DATA = resolve(__dirname, '../../shared/data')
export const DEFAULT_OUT_DIR = resolve(__dirname, '../resources/dataset')
/** The reviewed list of everyday place names, kept in the repository (not in the public-data folder). */
export const PLACE_ALIASES_CSV = resolve(__dirname, 'dataset/placeAliases.csv')

/** H-1B titles filed fewer times than this are left out (too rare to help, too many to ship). */
const MIN_H1B_CASES = 5
const OFLC_WAGES_DIR = 'dol-oflc-wage-levels-2025-26/wages/'

interface Inputs {
  dir: string
  read(path: string): string
  used: string[]
}

function openInputs(dir: string): Inputs {
  const used: string[] = []
  return {
    dir,
    used,
    read(path: string) {
      used.push(path)
      return readFileSync(join(dir, path), 'utf8')
    },
  }
}

/** JSON with one array element per line for the big arrays, so diffs of a rebuilt dataset stay readable. */
export function datasetJson(value: Record<string, unknown>): string {
  const parts = Object.entries(value).map(([key, v]) => {
    if (Array.isArray(v))
      return `${JSON.stringify(key)}:[\n${v.map((item) => JSON.stringify(item)).join(',\n')}\n]`
    if (v && typeof v === 'object' && !Array.isArray(v) && key === 'wages') {
      const entries = Object.entries(v as Record<string, unknown>)
      return `${JSON.stringify(key)}:{\n${entries.map(([k, x]) => `${JSON.stringify(k)}:${JSON.stringify(x)}`).join(',\n')}\n}`
    }
    return `${JSON.stringify(key)}:${JSON.stringify(v)}`
  })
  return `{\n${parts.join(',\n')}\n}\n`
}

/** What a dataset file holds: JSON text, or the bytes of a compiled pack. */
export type DatasetFileContent = string | Uint8Array

/** The names the area wages and titles had as JSON (format 3), and have in the bench's parse baseline. */
export const JSON_NAMES = { areaWages: 'area-wages.json', titles: 'titles.json' } as const

/**
 * Every table of the dataset as JSON text, the way format 3 stored all of them: the content of the compiled dataset
 * in its plain form. The bench parses these as the baseline of datasetLoad.
 */
export function jsonFiles(raw: RawDataset): Record<string, string> {
  return {
    [DATASET_FILES.occupations]: datasetJson(raw.occupations as unknown as Record<string, unknown>),
    [DATASET_FILES.areas]: datasetJson(raw.areas as unknown as Record<string, unknown>),
    [JSON_NAMES.areaWages]: datasetJson(raw.areaWages as unknown as Record<string, unknown>),
    [JSON_NAMES.titles]: datasetJson(raw.titles as unknown as Record<string, unknown>),
    [DATASET_FILES.places]: datasetJson(raw.places as unknown as Record<string, unknown>),
    [DATASET_FILES.profiles]: `${JSON.stringify(raw.profiles, null, 2)}\n`,
    [DATASET_FILES.costOfLiving]: `${JSON.stringify(raw.costOfLiving, null, 1)}\n`,
    [DATASET_FILES.metadata]: `${JSON.stringify(raw.metadata, null, 2)}\n`,
  }
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

export function buildDataset(sharedDir: string = DEFAULT_SHARED_DATA): {
  files: Record<string, DatasetFileContent>
  raw: RawDataset
} {
  const inputs = openInputs(sharedDir)
  const notes: string[] = []

  // Occupations: BLS detailed occupations, plus OFLC codes BLS publishes only as part of a combined group.
  const bls = readBlsNational(parseTable(inputs.read('bls-oews-national/national_M2024_dl.csv')))
  const oflcOccupations = JSON.parse(inputs.read('dol-oflc-wage-levels-2025-26/occupations.json')) as {
    code: string
    title: string
  }[]
  const oflcCodes = new Set(oflcOccupations.map((o) => o.code))
  const areasRaw = JSON.parse(inputs.read('dol-oflc-wage-levels-2025-26/areas.json')) as {
    id: string
    name: string
    state: string
  }[]
  const areas: AreaRecord[] = areasRaw
    .map((a) => ({
      code: a.id,
      name: a.name.trim(),
      state: a.state,
      kind: (/nonmetropolitan/i.test(a.name) ? 'nonmetro' : 'metro') as AreaRecord['kind'],
    }))
    .sort(byCode)
  const areaIndex = new Map(areas.map((a, i) => [a.code, i]))

  // O*NET descriptions of the occupations (the .00 code is the occupation itself, not a breakout).
  const descriptions = new Map<string, string>()
  for (const row of parseTable(inputs.read('onet-titles/Occupation_Data_onet27.tsv'), '\t')) {
    const code = row['O*NET-SOC Code'] ?? ''
    if (code.endsWith('.00') && row.Description) descriptions.set(code.slice(0, 7), row.Description.trim())
  }

  const codes = [...new Set([...bls.keys(), ...oflcCodes])].sort()
  const occupations: OccupationRecord[] = []
  const wages: Record<string, number[]> = {}
  for (const soc of codes) {
    const own = bls.get(soc)
    const counterpart = nationalCounterpart(soc, bls, oflcCodes)
    const oflcTitle = oflcOccupations.find((o) => o.code === soc)?.title
    let unit: OccupationRecord['oflcUnit'] = null
    if (oflcCodes.has(soc)) {
      const file = JSON.parse(inputs.read(`dol-oflc-wage-levels-2025-26/wages/${soc}.json`)) as {
        soc: string
        wages: OflcLevels[]
      }
      if (file.soc !== soc) throw new Error(`OFLC wages/${soc}.json names ${file.soc}`)
      unit = oflcUnit(soc, file.wages, counterpart ? counterpart.annualOnly : null)
      const flat = new Array<number>(areas.length * 4).fill(0)
      for (const w of file.wages) {
        const i = areaIndex.get(w.area_id)
        if (i === undefined) throw new Error(`OFLC ${soc}: unknown area ${w.area_id}`)
        const levels = [w.l1, w.l2, w.l3, w.l4].map((v) => annualise(v, unit!))
        // A partial set of levels cannot be placed on a distribution: treat it as no figure.
        if (levels.some((v) => v === 0)) continue
        levels.forEach((v, k) => (flat[i * 4 + k] = v))
      }
      if (flat.some((v) => v > 0)) wages[soc] = flat
    }
    occupations.push({
      soc,
      title: own?.title ?? oflcTitle ?? soc,
      national: counterpart ? counterpart.national : null,
      oflcUnit: wages[soc] ? unit : null,
      description: descriptions.get(soc) ?? null,
    })
  }
  const noData = occupations.filter((o) => !o.national && !wages[o.soc]).map((o) => o.soc)
  if (noData.length) notes.push(`Occupations with no wage figures at all: ${noData.join(', ')}`)
  const combined = occupations.filter((o) => o.national && o.national.soc !== o.soc)
  notes.push(
    `National figures taken from a combined BLS code for ${combined.length} occupations (${combined
      .map((o) => `${o.soc}->${o.national!.soc}`)
      .join(', ')})`,
  )

  // Titles.
  const socIndex = new Map(occupations.map((o, i) => [o.soc, i]))
  const titles = new TitleCollector(socIndex)
  for (const o of occupations) titles.add(o.title, o.soc, TITLE_WEIGHT.official, 'b')
  for (const row of parseTable(inputs.read('onet-titles/alternate_titles_onet30.csv'))) {
    titles.add(row['Alternate Title'] ?? '', row['O*NET-SOC Code'] ?? '', TITLE_WEIGHT.onetAlternate, 'o')
    if (row['Short Title'])
      titles.add(row['Short Title'], row['O*NET-SOC Code'] ?? '', TITLE_WEIGHT.onetAlternate, 'o')
  }
  for (const row of parseTable(inputs.read('onet-titles/Sample_of_Reported_Titles_onet27.tsv'), '\t')) {
    titles.add(row['Reported Job Title'] ?? '', row['O*NET-SOC Code'] ?? '', TITLE_WEIGHT.onetReported, 'r')
  }
  for (const row of parseTable(inputs.read('onet-titles/Occupation_Data_onet27.tsv'), '\t')) {
    // O*NET's own occupation titles (incl. breakouts such as "Computer Systems Engineers/Architects").
    titles.add(row.Title ?? '', row['O*NET-SOC Code'] ?? '', TITLE_WEIGHT.onetAlternate, 'o')
  }
  let h1bKept = 0
  for (const row of parseTable(inputs.read('dol-lca-title-soc/lca_fy2022_2025_title_soc_counts.csv'))) {
    const cases = Number(row.lca_cases)
    if (!(cases >= MIN_H1B_CASES)) continue
    titles.add(row.job_title ?? '', row.soc_code ?? '', cases, 'h')
    h1bKept += 1
  }
  notes.push(
    `H-1B title rows kept (>= ${MIN_H1B_CASES} cases): ${h1bKept}; title rows whose code maps to no known occupation: ${titles.dropped}`,
  )

  // Places.
  const geography = parseTable(
    inputs.read('dol-oflc-wage-levels-2025-26/Geography.csv'),
  ) as unknown as GeographyRow[]
  const principal = parseTable(
    inputs.read('census-cbsa-2023/principal_cities_2023.csv'),
  ) as unknown as PrincipalCityRow[]
  const counties = parseTable(
    inputs.read('census-cbsa-2023/cbsa_counties_2023.csv'),
  ) as unknown as CbsaCountyRow[]
  const populations = readPopulations(
    parseTable(inputs.read('census-population/sub-ip-est2023-pop.csv')) as unknown as PlacePopulationRow[],
    parseTable(
      inputs.read('census-population/cbsa-est2023-alldata_subset.csv'),
    ) as unknown as CbsaPopulationRow[],
  )
  const places = buildPlaces(geography, principal, counties, new Set(areaIndex.keys()), populations)
  const aliases = buildAliases(
    parseTable(readFileSync(PLACE_ALIASES_CSV, 'utf8')) as unknown as PlaceAliasCsvRow[],
    geography,
    counties,
    populations,
  )
  for (const p of places.places) {
    if (!areaIndex.has(p[2])) throw new Error(`Place ${p[0]}, ${p[1]} points to unknown area ${p[2]}`)
  }
  if (places.unresolved.length)
    notes.push(`Principal cities with no OEWS area: ${places.unresolved.join('; ')}`)

  // Cost of living: BEA Regional Price Parities 2023.
  const stateAbByName = new Map(places.states.map(([ab, name]) => [name, ab]))
  const col = costOfLiving(
    areas,
    readMetroRpp(parseTable(inputs.read('bea-rpp/MARPP_MSA_RPP2023_subset.csv'))),
    readStateRpp(parseTable(inputs.read('bea-rpp/SARPP_STATE_2008_2023.csv')), stateAbByName),
  )
  const noRpp = areas.filter((a) => !col.areas[a.code]).map((a) => a.name)
  notes.push(`Areas without a price parity (BEA publishes none for the territories): ${noRpp.join('; ')}`)

  const titleRows = titles.rows()
  const raw: Omit<RawDataset, 'metadata'> = {
    occupations: { format: DATASET_FORMAT, topCode: { ...BLS_TOP_CODE }, occupations },
    areas: { format: DATASET_FORMAT, areas },
    areaWages: { format: DATASET_FORMAT, wages },
    titles: { format: DATASET_FORMAT, titles: titleRows },
    places: {
      format: DATASET_FORMAT,
      states: places.states,
      places: places.places,
      aliases,
      areaPopulation: areaPopulations(areaIndex.keys(), populations),
    },
    profiles: { format: DATASET_FORMAT, profiles: SURVEY_PROFILES },
    costOfLiving: { format: DATASET_FORMAT, year: 2023, ...col },
  }
  for (const p of SURVEY_PROFILES) {
    if (!socIndex.has(p.nearestSoc))
      throw new Error(`Survey profile ${p.id} names unknown occupation ${p.nearestSoc}`)
    for (const c of p.byCity)
      if (!areaIndex.has(c.area)) throw new Error(`Survey profile ${p.id}: unknown area ${c.area}`)
  }
  const files: Record<string, DatasetFileContent> = {
    [DATASET_FILES.occupations]: datasetJson(raw.occupations as unknown as Record<string, unknown>),
    [DATASET_FILES.areas]: datasetJson(raw.areas as unknown as Record<string, unknown>),
    [DATASET_FILES.areaWages]: encodeAreaWages(raw.areaWages, areas.length),
    [DATASET_FILES.titles]: encodeTitles(compileTitles(titleRows), DATASET_FORMAT),
    [DATASET_FILES.places]: datasetJson(raw.places as unknown as Record<string, unknown>),
    [DATASET_FILES.profiles]: `${JSON.stringify(raw.profiles, null, 2)}\n`,
    [DATASET_FILES.costOfLiving]: `${JSON.stringify(raw.costOfLiving, null, 1)}\n`,
    [DATASET_FILES.placesIndex]: encodePlaces(compilePlaces(areas, raw.places, DATASET_FORMAT)),
  }
  const versionHash = createHash('sha256')
  for (const name of Object.keys(files).sort())
    versionHash.update(`${name}\n`).update(files[name]!).update('\n')
  const version = versionHash.digest('hex').slice(0, 12)
  // One entry per input file, except OFLC's 848 per-occupation files, which get one combined checksum.
  const grouped = new Map<string, string[]>()
  for (const path of [...new Set(inputs.used)].sort()) {
    const key = path.startsWith(OFLC_WAGES_DIR) ? `${OFLC_WAGES_DIR}*.json` : path
    grouped.set(key, [...(grouped.get(key) ?? []), path])
  }
  const inputsUsed = [...grouped.entries()].map(([path, members]) => {
    const hash = createHash('sha256')
    let bytes = 0
    for (const member of members) {
      const content = readFileSync(join(sharedDir, member))
      bytes += content.length
      hash.update(members.length > 1 ? `${member}\n` : '').update(content)
    }
    return {
      path: members.length > 1 ? `${path} (${members.length} files)` : path,
      bytes,
      sha256: hash.digest('hex'),
    }
  })
  const metadata: MetadataFile = {
    format: DATASET_FORMAT,
    version,
    sources: SOURCES,
    counts: {
      occupations: occupations.length,
      occupationsWithAreaWages: Object.keys(wages).length,
      areas: areas.length,
      titles: titleRows.length,
      places: places.places.length,
      placeAliases: aliases.length,
      surveyProfiles: SURVEY_PROFILES.length,
    },
    notes,
    inputs: inputsUsed,
  }
  files[DATASET_FILES.metadata] = `${JSON.stringify(metadata, null, 2)}\n`
  return { files, raw: { ...raw, metadata } }
}

export function writeDataset(files: Record<string, DatasetFileContent>, outDir: string): void {
  mkdirSync(outDir, { recursive: true })
  for (const name of readdirSync(outDir)) {
    if (!Object.prototype.hasOwnProperty.call(files, name))
      throw new Error(`Unexpected file in ${outDir}: ${name}`)
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text)
}

if (require.main === module) {
  const shared = process.env.WORTH_SHARED_DATA ? resolve(process.env.WORTH_SHARED_DATA) : DEFAULT_SHARED_DATA
  if (!existsSync(shared)) {
    console.error(`data:build: public data folder not found at ${shared} (set WORTH_SHARED_DATA)`)
    process.exit(2)
  }
  const started = Date.now()
  const { files, raw } = buildDataset(shared)
  writeDataset(files, DEFAULT_OUT_DIR)
  const size = Object.values(files).reduce(
    (n, t) => n + (typeof t === 'string' ? Buffer.byteLength(t) : t.length),
    0,
  )
  console.log(
    `Wrote ${Object.keys(files).length} files (${(size / 1e6).toFixed(1)} MB) to ${relative(process.cwd(), DEFAULT_OUT_DIR)} in ${Date.now() - started} ms; dataset version ${raw.metadata.version}`,
  )
  for (const [k, v] of Object.entries(raw.metadata.counts)) console.log(`  ${k}: ${v}`)
}
