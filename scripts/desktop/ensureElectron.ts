// Makes sure Electron's binary is on disk before electron-vite or electron-builder need it.
// Electron 42+ no longer downloads its binary when npm installs it: the download happens when `require('electron')`
// runs or when its `install-electron` bin runs. electron-vite does neither (it reads node_modules/electron/path.txt
// and stops with "Electron uninstall"), so `npm start`, `npm run dev` and `npm run package` call this first.
// The outside world (file checks, the download) is handed in, so the decisions are tested without a network.
import { join } from 'node:path'

export interface ElectronInstall {
  /** The installed electron package's folder (node_modules/electron). */
  dir: string
  env: NodeJS.ProcessEnv
  exists(path: string): boolean
  /** A file's text, or null when it cannot be read. */
  readText(path: string): string | null
  /** Runs electron's own installer (its `install-electron` bin); `detail` is what it printed on failure. */
  download(): Promise<{ ok: boolean; detail: string }>
}

export type EnsureOutcome =
  | { status: 'present'; binary: string }
  | { status: 'downloaded'; binary: string }
  | { status: 'failed'; detail: string }

/** The executable's path inside an unpacked Electron, per platform (what electron writes to path.txt). */
export function platformExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  return platform === 'win32' ? 'electron.exe' : 'electron'
}

/**
 * Where the Electron binary is, or null when it is missing: path.txt names it inside node_modules/electron/dist,
 * as electron's own index.js reads it; ELECTRON_OVERRIDE_DIST_PATH points at an Electron unpacked elsewhere.
 */
export function installedElectronBinary(
  install: ElectronInstall,
  platform = process.platform,
): string | null {
  const named = install.readText(join(install.dir, 'path.txt'))?.trim()
  const override = install.env['ELECTRON_OVERRIDE_DIST_PATH']
  let binary: string | null = null
  if (override) binary = join(override, named || platformExecutable(platform))
  else if (named) binary = join(install.dir, 'dist', named)
  return binary !== null && install.exists(binary) ? binary : null
}

/** Downloads the binary only when it is missing; a second run finds it and does nothing. */
export async function ensureElectron(install: ElectronInstall): Promise<EnsureOutcome> {
  const present = installedElectronBinary(install)
  if (present) return { status: 'present', binary: present }
  let result: { ok: boolean; detail: string }
  try {
    result = await install.download()
  } catch (error) {
    result = { ok: false, detail: error instanceof Error ? error.message : String(error) }
  }
  const binary = installedElectronBinary(install)
  if (result.ok && binary) return { status: 'downloaded', binary }
  return {
    status: 'failed',
    detail: result.ok ? 'the installer finished but no Electron binary was found' : result.detail,
  }
}

/**
 * The first line of the installer's error output that says something (it prints a stack trace: the user gets the
 * reason, not the trace).
 */
export function downloadReason(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at ') && !/^Downloading Electron/i.test(line))
  return lines[0]?.slice(0, 200) ?? 'no reason given'
}

/** What the user reads when the binary could not be fetched: why, what to set, and what works meanwhile. */
export function downloadFailedMessage(version: string, detail: string): string {
  return [
    `Worth could not download Electron ${version}, which the desktop window needs (${detail}).`,
    'Electron fetches its binary once, the first time the desktop app starts. To let it:',
    '  - behind a proxy: set HTTPS_PROXY (and NO_PROXY if needed) and ELECTRON_GET_USE_PROXY=1;',
    '  - from a mirror of the Electron releases: set ELECTRON_MIRROR to its address (ending in /), and',
    '    ELECTRON_CUSTOM_DIR when its folders are not named like "v' + version + '";',
    '  - from a download cache: set electron_config_cache (ELECTRON_CACHE for electron-builder) to a cache',
    '    folder filled on a machine with internet access;',
    '  - from an Electron already unpacked on disk: set ELECTRON_OVERRIDE_DIST_PATH to its folder.',
    'Then run the same command again. Meanwhile `npm run web` runs the same app in your browser, no download needed.',
  ].join('\n')
}
