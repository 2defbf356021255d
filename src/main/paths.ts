// Where Worth's files are, for a packaged app and for a checkout. Pure.
import { join } from 'node:path'

export interface AppLocation {
  isPackaged: boolean
  /** app.getAppPath(): the checkout root (or app.asar when packaged). */
  appPath: string
  /** process.resourcesPath: the packaged app's resources folder. */
  resourcesPath: string
}

/** The dataset ships as an extra resource (resources/dataset -> <resourcesPath>/dataset) when packaged. */
export function datasetDir(where: AppLocation): string {
  return where.isPackaged ? join(where.resourcesPath, 'dataset') : join(where.appPath, 'resources', 'dataset')
}

/** The built renderer page, preload script and backend process, relative to the built main script (out/main). */
export function builtFiles(mainDir: string): { rendererIndex: string; preload: string; backend: string } {
  return {
    rendererIndex: join(mainDir, '..', 'renderer', 'index.html'),
    preload: join(mainDir, '..', 'preload', 'index.js'),
    backend: join(mainDir, 'backend.js'),
  }
}
