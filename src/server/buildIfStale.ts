// Browser mode and the e2e test serve the built renderer (out/renderer). This rebuilds it when it is missing
// or older than its sources, so neither ever serves a stale page.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Sources the built renderer depends on, relative to the repository root. */
export const RENDERER_SOURCES = ['src/renderer', 'src/shared', 'electron.vite.config.ts']
export const RENDERER_INDEX = join('out', 'renderer', 'index.html')

function newestMtime(path: string): number {
  let stats
  try {
    stats = statSync(path)
  } catch {
    return 0
  }
  if (!stats.isDirectory()) return stats.mtimeMs
  let newest = stats.mtimeMs
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue
    newest = Math.max(newest, newestMtime(join(path, entry)))
  }
  return newest
}

/** Why the renderer must be built, or null when out/renderer/index.html is newer than every source. */
export function staleReason(repoRoot: string): string | null {
  let built: number
  try {
    built = statSync(join(repoRoot, RENDERER_INDEX)).mtimeMs
  } catch {
    return `${RENDERER_INDEX} is missing`
  }
  for (const source of RENDERER_SOURCES) {
    if (newestMtime(join(repoRoot, source)) > built) return `${source} changed since the last build`
  }
  return null
}

/** Runs `npx electron-vite build` when the renderer is stale. Throws when the build fails. */
export function buildIfStale(repoRoot: string, log: (message: string) => void = console.log): void {
  const reason = staleReason(repoRoot)
  if (reason === null) return
  log(`Building Worth (${reason}): npx electron-vite build`)
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
  const result = spawnSync(npx, ['electron-vite', 'build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: process.platform === 'win32',
  })
  if (result.error) throw result.error
  if (result.status !== 0)
    throw new Error(`electron-vite build failed (exit code ${result.status ?? 'none'}).`)
}
