// Backend figures, measured in this process against baselines from the same run: title search per keystroke,
// one full estimate against a bare monotone interpolation, and loading the dataset against parsing its files.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { dispatch } from '../../src/core/app/dispatch'
import { createHandlers } from '../../src/core/app/handlers'
import { DEFAULT_DATASET_DIR, loadDatasetFromDisk, readRawDataset } from '../../src/node/datasetFromDisk'
import { jsonFiles } from '../build-dataset'
import type { Dataset } from '../../src/core/dataset/indexDataset'
import { interleavedRatio, median, round, spreadOf, type PairedRatio, type Spread } from './stats'

const TYPED = [
  'Software Engineer',
  'Registered Nurse',
  'Heavy truck driver',
  'Backend Architect',
  'Accountant',
]
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('')

/** Every prefix a person typing these words sends, plus every single letter (the costliest searches). */
export function titleQueries(): string[] {
  const prefixes = TYPED.flatMap((word) =>
    Array.from({ length: word.length }, (_, n) => word.slice(0, n + 1)),
  )
  return [...new Set([...LETTERS, ...prefixes])]
}

export interface TitleSearchFigure {
  /** The costliest keystroke: the query whose median time over the rounds is highest. */
  worstMs: number
  medianMs: number
  worstQuery: string
  /** The slowest single sample of any query (a busy machine's scheduling shows here, not in worstMs). */
  worstSampleMs: number
  /** The worst keystroke of each round, as earlier benches reported it. */
  roundWorst: Spread
  spread: Spread
}

/**
 * `rounds` passes over every query. Each keystroke's cost is its median over the rounds, so a sample that waited
 * for the CPU (another process, a garbage collection) does not pass for the cost of a search; the figure is the
 * costliest keystroke, and its spread is that query's samples.
 */
export function measureTitleSearch(dataset: Dataset, rounds = 5): TitleSearchFigure {
  const handlers = createHandlers(dataset)
  const queries = titleQueries()
  // One pass first: the first misspelt word builds the speller once per start, which is not a keystroke's cost.
  for (const query of queries) dispatch(handlers, 'titles:search', { query })
  const samples = new Map<string, number[]>(queries.map((q) => [q, []]))
  const worst: number[] = []
  const all: number[] = []
  for (let r = 0; r < rounds; r += 1) {
    let roundWorst = 0
    for (const query of queries) {
      const start = performance.now()
      dispatch(handlers, 'titles:search', { query })
      const ms = performance.now() - start
      samples.get(query)!.push(ms)
      all.push(ms)
      roundWorst = Math.max(roundWorst, ms)
    }
    worst.push(roundWorst)
  }
  let worstQuery = queries[0]!
  for (const query of queries)
    if (median(samples.get(query)!) > median(samples.get(worstQuery)!)) worstQuery = query
  return {
    worstMs: round(median(samples.get(worstQuery)!)),
    medianMs: round(median(all), 3),
    worstQuery,
    worstSampleMs: round(Math.max(...all)),
    roundWorst: spreadOf(worst),
    spread: spreadOf(samples.get(worstQuery)!),
  }
}

/**
 * The baseline: where a value falls on a 5-knot monotone (Fritsch-Carlson) cubic through the P10-P90 wages,
 * computed from scratch on every call, with nothing cached.
 */
export function bareInterpolation(xs: readonly number[], ys: readonly number[], x: number): number {
  const n = xs.length
  if (x <= xs[0]!) return ys[0]!
  if (x >= xs[n - 1]!) return ys[n - 1]!
  const slopes: number[] = []
  for (let i = 0; i < n - 1; i += 1) slopes.push((ys[i + 1]! - ys[i]!) / (xs[i + 1]! - xs[i]!))
  const tangents: number[] = [slopes[0]!]
  for (let i = 1; i < n - 1; i += 1)
    tangents.push(slopes[i - 1]! * slopes[i]! <= 0 ? 0 : (slopes[i - 1]! + slopes[i]!) / 2)
  tangents.push(slopes[n - 2]!)
  for (let i = 0; i < n - 1; i += 1) {
    if (slopes[i] === 0) {
      tangents[i] = 0
      tangents[i + 1] = 0
      continue
    }
    const a = tangents[i]! / slopes[i]!
    const b = tangents[i + 1]! / slopes[i]!
    const h = a * a + b * b
    if (h > 9) {
      const t = 3 / Math.sqrt(h)
      tangents[i] = t * a * slopes[i]!
      tangents[i + 1] = t * b * slopes[i]!
    }
  }
  let k = 0
  while (x > xs[k + 1]!) k += 1
  const width = xs[k + 1]! - xs[k]!
  const t = (x - xs[k]!) / width
  const t2 = t * t
  const t3 = t2 * t
  return (
    (2 * t3 - 3 * t2 + 1) * ys[k]! +
    (t3 - 2 * t2 + t) * width * tangents[k]! +
    (-2 * t3 + 3 * t2) * ys[k + 1]! +
    (t3 - t2) * width * tangents[k + 1]!
  )
}

const TITLES = [
  'Software Engineer',
  'Registered Nurse',
  'Truck Driver',
  'Data Engineer',
  'Accountant',
  'Teacher',
]
const PLACES = ['Seattle, WA', 'Austin, TX', 'Cleveland, OH', 'United States', 'Cambridge, MA', 'Boise, ID']

export interface EstimateFigure extends PairedRatio {
  /** Median time of one estimate, ms (a fresh handler set for every 36 inputs: titles, places and markets all resolved). */
  estimateMs: number
  /** Median time of one bare interpolation, microseconds. */
  interpolationUs: number
  /** Fresh handler sets per timed pass (each answers all 36 inputs once). */
  handlerSetsPerPass: number
  /** The first 36 estimates of the process, per estimate, ms: the JIT's warm-up and the first read of each market. */
  firstEstimatesMs: number
}

/**
 * One estimate against one bare interpolation, both in steady state: a timed pass answers the 36 title x place
 * inputs with fresh handler sets in turn (so no market is remembered between them), as many sets as make a pass
 * last about as long as the interpolation's pass (tens of milliseconds; at least `minHandlerSets`), so that neither
 * side of a pair is one scheduling slice of a busy machine while the other spans several. Passes run for `warmUpMs`
 * before the timed pairs; the first 36 estimates of all are reported apart as `firstEstimatesMs`.
 */
export async function measureEstimate(
  dataset: Dataset,
  pairs = 7,
  minHandlerSets = 10,
  warmUpMs = 5000,
): Promise<EstimateFigure> {
  const inputs = TITLES.flatMap((title, t) =>
    PLACES.map((location, p) => ({ title, location, years: (t + p) % 12, base: 55000 + 9000 * (t + p) })),
  )
  const answerAll = (): void => {
    const handlers = createHandlers(dataset)
    for (const input of inputs) {
      const reply = dispatch(handlers, 'estimate:offer', input)
      if (!reply.ok) throw new Error(`bench estimate failed: ${reply.error.message}`)
    }
  }
  const firstStart = performance.now()
  answerAll()
  const firstEstimatesMs = (performance.now() - firstStart) / inputs.length
  let handlerSets = minHandlerSets
  const estimatePass = (): number => {
    const start = cpuNow()
    for (let set = 0; set < handlerSets; set += 1) answerAll()
    return (cpuNow() - start) / (inputs.length * handlerSets)
  }
  const knots = [10, 25, 50, 75, 90]
  const wages = [52000, 68000, 91000, 121000, 158000]
  let sink = 0
  const calls = 200_000
  const interpolationPass = (): number => {
    const start = cpuNow()
    for (let i = 0; i < calls; i += 1) sink += bareInterpolation(wages, knots, 40000 + (i % 1300) * 100)
    return (cpuNow() - start) / calls
  }
  // Warm-up: V8 optimises the estimate's code only after some thousands of calls, later still when its compiler
  // threads wait for a busy machine's cores; both sides are timed once optimised (the first estimates are above).
  const warmUntil = performance.now() + warmUpMs
  do estimatePass()
  while (performance.now() < warmUntil)
  // Sized by the quickest of three passes of each side (a pass slowed by the machine would size the other wrongly).
  const quickest = (pass: () => number) => Math.min(pass(), pass(), pass())
  const interpolationPassMs = quickest(interpolationPass) * calls
  const estimatePassMs = quickest(estimatePass) * inputs.length * handlerSets
  handlerSets = Math.max(minHandlerSets, Math.round((handlerSets * interpolationPassMs) / estimatePassMs))
  const result = await interleavedRatio(pairs, estimatePass, interpolationPass)
  if (!Number.isFinite(sink)) throw new Error('interpolation went wrong')
  return {
    ...result,
    ratio: Math.round(result.ratio),
    spread: { ...result.spread, min: Math.round(result.spread.min), max: Math.round(result.spread.max) },
    estimateMs: round(result.subjectMs, 4),
    interpolationUs: round(result.baselineMs * 1000, 3),
    handlerSetsPerPass: handlerSets,
    firstEstimatesMs: round(firstEstimatesMs, 3),
  }
}

/** The process's CPU time so far, ms (user and system, every thread: the garbage collector's helpers count too). */
function cpuNow(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

export interface DatasetLoadFigure extends PairedRatio {
  loadMs: number
  parseMs: number
  /** What the baseline parses: the same content as JSON files, as the dataset was stored before it was compiled. */
  baseline: string
}

/**
 * The dataset's content as JSON files, the way format 3 stored all of it (area-wages.json, titles.json and the
 * rest): written from the compiled dataset, so the baseline parses exactly what the compiled files hold.
 */
export function writeJsonBaseline(dir: string, outDir: string): { files: string[]; megabytes: number } {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  let bytes = 0
  for (const [name, text] of Object.entries(jsonFiles(readRawDataset(dir)))) {
    writeFileSync(join(outDir, name), text)
    bytes += Buffer.byteLength(text)
  }
  return { files: readdirSync(outDir).sort(), megabytes: Math.round(bytes / 1e5) / 10 }
}

/** Loading the compiled dataset (ready for lookups) against reading and parsing the same content as JSON. */
export async function measureDatasetLoad(
  pairs = 5,
  dir = DEFAULT_DATASET_DIR,
  jsonDir = resolve(__dirname, '../../out/bench/dataset-json'),
): Promise<DatasetLoadFigure> {
  const { files, megabytes } = writeJsonBaseline(dir, jsonDir)
  const parse = (): number => {
    const start = performance.now()
    for (const name of files) JSON.parse(readFileSync(join(jsonDir, name), 'utf8'))
    return performance.now() - start
  }
  const load = (): number => {
    const start = performance.now()
    loadDatasetFromDisk(dir)
    return performance.now() - start
  }
  const result = await interleavedRatio(pairs, load, parse)
  return {
    ...result,
    loadMs: round(result.subjectMs, 0),
    parseMs: round(result.baselineMs, 0),
    baseline: `readFileSync + JSON.parse of the dataset's content as ${files.length} JSON files (${megabytes} MB, the uncompiled format 3 layout: ${files.join(', ')})`,
  }
}
