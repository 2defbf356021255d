// The first percentile figure alone (the same measurement as `npm run bench`), for before/after runs of one change:
//   npx tsx scripts/bench/firstPercentileOnly.ts [runs]
// Starts browser mode as `npm run web` starts it (which builds what is stale), and prints one JSON line per run (each
// the median of 7 interleaved pairs), then the median and spread of the runs' ratios.
import { resolve } from 'node:path'
import { buildBareReactPage, measureFirstPercentile, serveFolder } from './browser'
import { startWeb } from './processes'
import { median, spreadOf } from './stats'

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..')
  const runs = Number(process.argv[2] ?? 3)
  const web = await startWeb(root)
  const bare = await serveFolder(await buildBareReactPage(root))
  try {
    const ratios: number[] = []
    for (let i = 0; i < runs; i += 1) {
      const figure = await measureFirstPercentile(web.url, bare.url)
      ratios.push(figure.ratio)
      console.log(JSON.stringify(figure))
    }
    console.log(JSON.stringify({ runs, medianRatio: median(ratios), spread: spreadOf(ratios) }))
  } finally {
    bare.server.close()
    await web.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})
