// The repository (or installed package) root, found from a module's own folder. Entry points run both as
// TypeScript (src/cli, scripts) and bundled (out/node), at different depths, so they look for it instead of
// counting '..'.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The nearest folder at or above `from` holding package.json and resources/dataset. */
export function findRepoRoot(from: string): string {
  let dir = from
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'resources', 'dataset'))) return dir
    const parent = dirname(dir)
    if (parent === dir)
      throw new Error(`Worth's folder (with resources/dataset) was not found above ${from}.`)
    dir = parent
  }
}

/** resources/dataset of the repository holding `from`. */
export function datasetDirFrom(from: string): string {
  return join(findRepoRoot(from), 'resources', 'dataset')
}
