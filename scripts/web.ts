// npm run web: Worth in a browser. Builds the renderer if it is stale, then serves it and the API on 127.0.0.1.
// Runs bundled as out/node/worth-web.js (bin/worth-web.cjs builds it when stale).
import { join } from 'node:path'
import { createHandlers } from '../src/core/app/handlers'
import { loadDatasetFromDisk } from '../src/node/datasetFromDisk'
import { buildIfStale } from '../src/server/buildIfStale'
import { logFailures } from '../src/core/app/logFailures'
import { findRepoRoot } from '../src/server/repoRoot'
import { parsePort } from '../src/server/routes'
import { startServer } from '../src/server/server'

async function main(): Promise<void> {
  const repoRoot = findRepoRoot(__dirname)
  const port = parsePort(process.env['PORT'])
  buildIfStale(repoRoot)
  const handlers = logFailures(createHandlers(loadDatasetFromDisk(join(repoRoot, 'resources', 'dataset'))))
  const server = await startServer({ handlers, rootDir: join(repoRoot, 'out', 'renderer'), port })
  console.log(`Worth browser mode: ${server.url}`)
  console.log('Press Ctrl-C to stop.')

  let stopping = false
  const stop = (): void => {
    if (stopping) return
    stopping = true
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'EADDRINUSE')
    console.error(`Port ${process.env['PORT'] ?? 5317} is in use: try PORT=0 npm run web.`)
  else console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
