// The Compare what-if figure alone (the same measurement as `npm run bench`), for before/after runs of one change:
//   npx tsx scripts/bench/compareWhatIfOnly.ts [runs]
// Starts browser mode as `npm run web` starts it (which builds what is stale), imports the bench's six offers (the
// three of test/fixtures/three-offers.json, twice) in a fresh Chromium per run, and prints one JSON line per run (the
// median of 9 what-if changes, with where its time goes), then the median and spread of the runs' medians.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { readOffersExport } from '../../src/shared/offer'
import { measureCompareWhatIf } from './browser'
import { startWeb } from './processes'
import { median, spreadOf } from './stats'

/** The six offers npm run bench imports, written to out/bench/six-offers.json. */
function writeSixOffers(root: string): string {
  const text = readFileSync(join(root, 'test', 'fixtures', 'three-offers.json'), 'utf8')
  const fixture = readOffersExport(text)
  if (!fixture.ok) throw new Error(fixture.message)
  const six = [
    ...fixture.offers,
    ...fixture.offers.map((offer) => ({ ...offer, id: `${offer.id}-b`, label: `${offer.label} B` })),
  ]
  const dir = join(root, 'out', 'bench')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'six-offers.json')
  writeFileSync(file, JSON.stringify({ ...(JSON.parse(text) as object), offers: six }, null, 2))
  return file
}

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..')
  const runs = Number(process.argv[2] ?? 3)
  const offersFile = writeSixOffers(root)
  const web = await startWeb(root)
  try {
    const medians: number[] = []
    for (let i = 0; i < runs; i += 1) {
      const figure = await measureCompareWhatIf(web.url, offersFile)
      medians.push(figure.medianMs)
      console.log(JSON.stringify(figure))
    }
    console.log(JSON.stringify({ runs, medianMs: median(medians), spread: spreadOf(medians, 1) }))
  } finally {
    await web.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})
