// npm run bench [-- --json]: how fast Worth is on this machine, as ratios against baselines measured in the same
// run, each with its spread and the budget it is held to (issue 13). Not part of npm test: it takes minutes.
//   --json      one JSON object instead of the table
//   --no-browser skip the figures that need Chromium (first percentile, keystrokes, Compare what-if)
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { ensureBuilt } from '../bin/compiledEntries.cjs'
import { loadDatasetFromDisk } from '../src/node/datasetFromDisk'
import { staleReason as staleRenderer } from '../src/server/buildIfStale'
import { readOffersExport } from '../src/shared/offer'
import { measureDatasetLoad, measureEstimate, measureTitleSearch } from './bench/backend'
import { buildBareReactPage, CHROMIUM_PATH, measureBrowser, serveFolder } from './bench/browser'
import { measureBundle } from './bench/bundle'
import { answerTypicalRequests, measureCli, rssMb, startWeb } from './bench/processes'
import { holds, median, round, spreadOf } from './bench/stats'

const root = resolve(__dirname, '..')
const json = process.argv.includes('--json')
const withBrowser = !process.argv.includes('--no-browser')
const log = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`)
}

/** The budgets of issue 13; `waitsOn` names what a budget that does not hold yet is waiting for. */
const BUDGETS = {
  titleSearch: { max: 5, unit: 'ms worst keystroke', waitsOn: '' },
  estimate: {
    max: 100,
    unit: 'x a bare interpolation',
    waitsOn:
      "the reply's 120 chart points (a quarter of an estimate: two objects each), its sentences, tsx's import getters (README)",
  },
  firstPercentile: {
    max: 1.5,
    unit: 'x a bare React page',
    waitsOn: "compiling React and My offer's code, My offer's first render (README)",
  },
  compareWhatIf: {
    max: 100,
    unit: 'ms median',
    waitsOn: 'the round trip and the redraw of the tables and charts',
  },
  keystrokeToSuggestions: {
    max: 50,
    unit: 'ms median',
    waitsOn: 'the round trip and render (no debounce left)',
  },
  datasetLoad: { max: 1, unit: 'x readFileSync + JSON.parse', waitsOn: '' },
  cli: {
    max: 4,
    unit: 'x node -e 0',
    waitsOn:
      "npm's own start, about 2.3x node -e 0 (the bin alone: see binVsNode; its reads of the title pack and JSON tables)",
  },
  server: { max: 150, unit: 'MB resident', waitsOn: '' },
  bundle: { max: 150, unit: 'kB gzip -9', waitsOn: '' },
} as const

type Name = keyof typeof BUDGETS

async function main(): Promise<void> {
  const results: Record<string, unknown> = {}
  const headline: Partial<Record<Name, { value: number | null; shown: string }>> = {}

  log('building what is stale (renderer, CLI, browser mode)')
  if (staleRenderer(root) !== null) {
    // The build's own output goes to stderr, so that stdout holds only the report.
    const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 2, 2] })
    if (built.status !== 0) throw new Error('electron-vite build failed')
  }
  await ensureBuilt(root, 'worth', log)
  await ensureBuilt(root, 'worth-web', log)

  log('dataset load vs JSON.parse')
  const datasetLoad = await measureDatasetLoad()
  const { ratio: vsParse, ...loadRest } = datasetLoad
  results['datasetLoad'] = { vsParse, ...loadRest }
  headline.datasetLoad = {
    value: datasetLoad.ratio,
    shown: `${datasetLoad.ratio}x (${datasetLoad.loadMs} vs ${datasetLoad.parseMs} ms)`,
  }

  const dataset = loadDatasetFromDisk()
  log('title search')
  const titleSearch = measureTitleSearch(dataset)
  results['titleSearch'] = titleSearch
  headline.titleSearch = {
    value: titleSearch.worstMs,
    shown: `${titleSearch.worstMs} ms ("${titleSearch.worstQuery}")`,
  }

  log('estimate vs bare interpolation')
  const estimate = await measureEstimate(dataset)
  const { ratio: vsBareInterpolation, ...estimateRest } = estimate
  results['estimate'] = { vsBareInterpolation, ...estimateRest }
  headline.estimate = { value: estimate.ratio, shown: `${estimate.ratio}x (${estimate.estimateMs} ms)` }

  log('CLI vs node -e 0')
  const cli = await measureCli(root)
  const { ratio: vsNode, ...cliRest } = cli
  results['cli'] = { vsNode, ...cliRest }
  headline.cli = { value: cli.ratio, shown: `${cli.ratio}x (${cli.cliMs} ms; bin alone ${cli.binVsNode}x)` }

  const bundle = measureBundle(join(root, 'out', 'renderer'))
  results['bundle'] = { ...bundle, spread: { min: bundle.initialGzipKb, max: bundle.initialGzipKb, n: 1 } }
  headline.bundle = {
    value: bundle.initialGzipKb,
    shown: `${bundle.initialGzipKb} kB (all ${bundle.totalGzipKb} kB)`,
  }

  log('browser mode')
  const fixture = readOffersExport(readFileSync(join(root, 'test', 'fixtures', 'three-offers.json'), 'utf8'))
  if (!fixture.ok) throw new Error(fixture.message)
  const six = [
    ...fixture.offers,
    ...fixture.offers.map((offer) => ({ ...offer, id: `${offer.id}-b`, label: `${offer.label} B` })),
  ]
  const benchDir = join(root, 'out', 'bench')
  mkdirSync(benchDir, { recursive: true })
  const offersFile = join(benchDir, 'six-offers.json')
  const exported = JSON.parse(
    readFileSync(join(root, 'test', 'fixtures', 'three-offers.json'), 'utf8'),
  ) as object
  writeFileSync(offersFile, JSON.stringify({ ...exported, offers: six }, null, 2))
  const check = readOffersExport(readFileSync(offersFile, 'utf8'))
  if (!check.ok || check.offers.length !== 6)
    throw new Error(`six-offers.json: ${check.ok ? 'not six' : check.message}`)
  const web = await startWeb(root)
  try {
    if (withBrowser) {
      log(`Chromium (${CHROMIUM_PATH}) against ${web.url}`)
      const bare = await serveFolder(await buildBareReactPage(root))
      try {
        const browser = await measureBrowser(web.url, bare.url, offersFile)
        const { ratio: vsBareReact, ...firstRest } = browser.firstPercentile
        results['firstPercentile'] = { vsBareReact, ...firstRest }
        results['keystrokeToSuggestions'] = browser.keystrokeToSuggestions
        results['compareWhatIf'] = browser.compareWhatIf
        headline.firstPercentile = {
          value: browser.firstPercentile.ratio,
          shown: `${browser.firstPercentile.ratio}x (${browser.firstPercentile.worthMs} vs ${browser.firstPercentile.bareMs} ms)`,
        }
        headline.keystrokeToSuggestions = {
          value: browser.keystrokeToSuggestions.medianMs,
          shown: `${browser.keystrokeToSuggestions.medianMs} ms`,
        }
        headline.compareWhatIf = {
          value: browser.compareWhatIf.medianMs,
          shown: `${browser.compareWhatIf.medianMs} ms`,
        }
      } finally {
        bare.server.close()
      }
    }
    await answerTypicalRequests(web.url, six)
    const samples: number[] = []
    for (let i = 0; i < 5; i += 1) {
      const mb = rssMb(web.child.pid!)
      if (mb !== null) samples.push(mb)
      await new Promise((done) => setTimeout(done, 200))
    }
    const rss = samples.length > 0 ? round(median(samples), 1) : null
    results['server'] = { rssMb: rss, spread: samples.length > 0 ? spreadOf(samples, 1) : null }
    headline.server = { value: rss, shown: rss === null ? 'not measurable here' : `${rss} MB` }
  } finally {
    await web.stop()
  }

  const budgets = Object.fromEntries(
    (Object.keys(BUDGETS) as Name[]).map((name) => {
      const value = headline[name]?.value ?? null
      return [
        name,
        {
          max: BUDGETS[name].max,
          unit: BUDGETS[name].unit,
          holds: value === null ? null : holds(value, BUDGETS[name].max),
        },
      ]
    }),
  )
  const report = {
    measuredAt: new Date().toISOString(),
    // The load average says how busy the shared machine was: ratios hold up under load, absolute times do not.
    machine: {
      cpus: cpus().length,
      node: process.version,
      platform: process.platform,
      loadAverage: loadavg().map((value) => round(value, 1)),
    },
    ...results,
    budgets,
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    return
  }
  console.log(
    `Worth bench, ${report.measuredAt.slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} cores, load ${report.machine.loadAverage.join(' ')}, Node ${process.version}`,
  )
  console.log(`${'figure'.padEnd(26)} ${'now'.padEnd(40)} ${'budget'.padEnd(34)} holds`)
  for (const name of Object.keys(BUDGETS) as Name[]) {
    const budget = BUDGETS[name]
    const row = headline[name]
    const verdict =
      row?.value == null
        ? 'not measured'
        : holds(row.value, budget.max)
          ? 'yes'
          : `no, waits on ${budget.waitsOn || 'more work'}`
    console.log(
      `${name.padEnd(26)} ${(row?.shown ?? '-').padEnd(40)} ${`<= ${budget.max} ${budget.unit}`.padEnd(34)} ${verdict}`,
    )
  }
  console.log(`datasetLoad baseline: ${datasetLoad.baseline}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})
