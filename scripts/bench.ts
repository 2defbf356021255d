// npm run bench — prints how fast Worth's backend is on this machine. Figures only; no budgets yet.
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { dispatch } from '../src/core/app/dispatch'
import { createHandlers } from '../src/core/app/handlers'
import { readRawDataset } from '../src/node/datasetFromDisk'
import { indexDataset } from '../src/core/dataset/indexDataset'
import { buildIfStale } from '../src/server/buildIfStale'
import { readOffersExport } from '../src/shared/offer'

const root = resolve(__dirname, '..')

function time<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now()
  const value = fn()
  return { value, ms: performance.now() - start }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function row(label: string, value: string): void {
  console.log(`${label.padEnd(46)} ${value}`)
}

const read = time(() => readRawDataset())
const indexed = time(() => indexDataset(read.value))
row('dataset read + JSON parse', `${read.ms.toFixed(0)} ms`)
row('dataset check + index (titles, places)', `${indexed.ms.toFixed(0)} ms`)
const handlers = createHandlers(indexed.value)

// Estimates: a spread of titles and places, first uncached (each builds a market), then repeated (cached market).
const titles = [
  'Software Engineer',
  'Registered Nurse',
  'Truck Driver',
  'Data Engineer',
  'Accountant',
  'Teacher',
  'SRE',
  'Electrician',
]
const places = [
  'Seattle, WA',
  'Austin, TX',
  'Cleveland, OH',
  'United States',
  'Cambridge, MA',
  'Texas',
  'San Jose, CA',
  'Boise, ID',
]
const inputs = titles.flatMap((title) =>
  places.map((location, i) => ({ title, location, years: i, base: 60000 + i * 15000, bonus: 5000 })),
)
const cold = time(() => inputs.forEach((input) => dispatch(handlers, 'estimate:offer', input)))
row(
  `estimates, first time for a market (${inputs.length})`,
  `${((inputs.length / cold.ms) * 1000).toFixed(0)} per second`,
)
const rounds = 20
const warm = time(() => {
  for (let r = 0; r < rounds; r += 1)
    inputs.forEach((input, i) =>
      dispatch(handlers, 'estimate:offer', { ...input, base: input.base + r * 100 + i }),
    )
})
row(
  `estimates, market cached (${inputs.length * rounds})`,
  `${(((inputs.length * rounds) / warm.ms) * 1000).toFixed(0)} per second`,
)

// Title search as someone types: one search per keystroke.
const typed = [
  'Software Engineer',
  'Registered Nurse',
  'Heavy truck driver',
  'Backend Architect',
  'Site reliability engineer',
]
const perKey: number[] = []
for (const word of typed) {
  for (let n = 1; n <= word.length; n += 1)
    perKey.push(time(() => dispatch(handlers, 'titles:search', { query: word.slice(0, n) })).ms)
}
row(
  `title search per keystroke (${perKey.length} keystrokes)`,
  `median ${median(perKey).toFixed(2)} ms, max ${Math.max(...perKey).toFixed(2)} ms`,
)
const placeKeys: number[] = []
for (const word of ['Seattle, WA', 'Cambridge, MA', 'Austin', 'San Fransisco', 'NYC']) {
  for (let n = 1; n <= word.length; n += 1)
    placeKeys.push(time(() => dispatch(handlers, 'locations:search', { query: word.slice(0, n) })).ms)
}
row(
  `place search per keystroke (${placeKeys.length} keystrokes)`,
  `median ${median(placeKeys).toFixed(2)} ms, max ${Math.max(...placeKeys).toFixed(2)} ms`,
)

// Comparing the three offers of the test fixture, as the what-if controls change (each change recomputes all).
const fixture = readOffersExport(readFileSync(join(root, 'test', 'fixtures', 'three-offers.json'), 'utf8'))
if (!fixture.ok) throw new Error(fixture.message)
const whatIfs = [-50, -25, 0, 25, 50, 100].flatMap((stockChangePercent) =>
  (['single', 'joint', 'hoh'] as const).map((filing) => ({ stockChangePercent, filing })),
)
const compareMs = whatIfs.map(
  (whatIf) => time(() => dispatch(handlers, 'compare:offers', { offers: fixture.offers, ...whatIf })).ms,
)
row(
  `compare 3 offers x 4 years, per what-if (${whatIfs.length})`,
  `median ${median(compareMs).toFixed(2)} ms, max ${Math.max(...compareMs).toFixed(2)} ms`,
)

// Counter-offers as someone changes the target percentile (each call: estimate, ask, tax, tips, scripts).
const targets = [50, 60, 70, 75, 80, 90]
const negotiateMs = inputs
  .slice(0, 16)
  .flatMap((input) =>
    targets.map(
      (value) =>
        time(() => dispatch(handlers, 'negotiate:offer', { ...input, target: { kind: 'percentile', value } }))
          .ms,
    ),
  )
row(
  `counter-offers (${negotiateMs.length})`,
  `median ${median(negotiateMs).toFixed(2)} ms, max ${Math.max(...negotiateMs).toFixed(2)} ms`,
)

// Renderer bundle.
buildIfStale(root, (m) => console.error(m))
const assets = join(root, 'out', 'renderer', 'assets')
let raw = 0
let gz = 0
for (const file of readdirSync(assets)) {
  if (!/\.(js|css)$/.test(file)) continue
  raw += statSync(join(assets, file)).size
  gz += gzipSync(readFileSync(join(assets, file))).length
}
row('renderer bundle (JS + CSS)', `${(raw / 1024).toFixed(0)} KiB, ${(gz / 1024).toFixed(0)} KiB gzipped`)
