// Starts Worth's browser mode for the e2e tests: finds Chromium, builds the renderer if stale, serves it with
// the real dataset and handlers on a free port of 127.0.0.1, and hands the URL to the tests through `provide`.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { createHandlers } from '../../src/core/app/handlers'
import { loadDatasetFromDisk } from '../../src/node/datasetFromDisk'
import { buildIfStale } from '../../src/server/buildIfStale'
import { logFailures } from '../../src/core/app/logFailures'
import { startServer } from '../../src/server/server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the Chromium binary, or '' when there is none (the tests skip). */
    chromiumPath: string
    /** Browser mode's base URL, e.g. http://127.0.0.1:40123/ ('' when skipped). */
    worthUrl: string
  }
}

const REPO_ROOT = resolve(__dirname, '..', '..')

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env['CHROMIUM_PATH'], '/usr/bin/chromium'].filter((p): p is string => !!p)
  return candidates.find((p) => existsSync(p)) ?? null
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium()
  if (!chromiumPath) {
    const message = 'Chromium not found: install it with `sudo apt-get install -y chromium`'
    console.warn(message)
    if (process.env['CI']) throw new Error(message)
    project.provide('chromiumPath', '')
    project.provide('worthUrl', '')
    return async () => {}
  }

  buildIfStale(REPO_ROOT)
  const handlers = logFailures(createHandlers(loadDatasetFromDisk()))
  const server = await startServer({ handlers, rootDir: join(REPO_ROOT, 'out', 'renderer'), port: 0 })
  project.provide('chromiumPath', chromiumPath)
  project.provide('worthUrl', server.url)
  return () => server.close()
}
