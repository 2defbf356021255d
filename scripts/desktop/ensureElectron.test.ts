import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import {
  downloadFailedMessage,
  downloadReason,
  ensureElectron,
  installedElectronBinary,
  type ElectronInstall,
} from './ensureElectron'
import { runDesktop } from './runDesktop'

const DIR = '/repo/node_modules/electron'

/** A node_modules/electron on a fake disk; `download` writes what electron's installer would, or fails. */
function fakeInstall(options: {
  files?: Record<string, string>
  downloadWorks?: boolean
  env?: NodeJS.ProcessEnv
}): ElectronInstall & { downloads: number; files: Map<string, string> } {
  const files = new Map(Object.entries(options.files ?? {}))
  const install = {
    dir: DIR,
    env: options.env ?? {},
    files,
    downloads: 0,
    exists: (path: string) => files.has(path),
    readText: (path: string) => files.get(path) ?? null,
    download: async () => {
      install.downloads += 1
      if (!options.downloadWorks) return { ok: false, detail: 'fetch failed' }
      files.set(join(DIR, 'dist', 'electron'), '<binary>')
      files.set(join(DIR, 'path.txt'), 'electron')
      return { ok: true, detail: '' }
    },
  }
  return install
}

describe('installedElectronBinary', () => {
  it('finds the binary path.txt names inside dist, and nothing when either is missing', () => {
    const both = { [join(DIR, 'path.txt')]: 'electron', [join(DIR, 'dist', 'electron')]: 'x' }
    expect(installedElectronBinary(fakeInstall({ files: both }))).toBe(join(DIR, 'dist', 'electron'))
    expect(
      installedElectronBinary(fakeInstall({ files: { [join(DIR, 'path.txt')]: 'electron' } })),
    ).toBeNull()
    expect(
      installedElectronBinary(fakeInstall({ files: { [join(DIR, 'dist', 'electron')]: 'x' } })),
    ).toBeNull()
    const mac = { [join(DIR, 'path.txt')]: 'Electron.app/Contents/MacOS/Electron' }
    expect(installedElectronBinary(fakeInstall({ files: mac }))).toBeNull()
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH, with or without path.txt', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }
    const there = fakeInstall({ env, files: { '/opt/electron/electron': 'x' } })
    expect(installedElectronBinary(there, 'linux')).toBe('/opt/electron/electron')
    expect(installedElectronBinary(fakeInstall({ env }), 'linux')).toBeNull()
    const win = fakeInstall({ env, files: { [join('/opt/electron', 'electron.exe')]: 'x' } })
    expect(installedElectronBinary(win, 'win32')).toBe(join('/opt/electron', 'electron.exe'))
  })
})

describe('ensureElectron', () => {
  it('downloads a missing binary once; a second run finds it and downloads nothing', async () => {
    const install = fakeInstall({ downloadWorks: true })
    expect(await ensureElectron(install)).toEqual({
      status: 'downloaded',
      binary: join(DIR, 'dist', 'electron'),
    })
    expect(await ensureElectron(install)).toEqual({
      status: 'present',
      binary: join(DIR, 'dist', 'electron'),
    })
    expect(install.downloads).toBe(1)
  })

  it('downloads again when path.txt is there but the binary was deleted', async () => {
    const install = fakeInstall({ downloadWorks: true, files: { [join(DIR, 'path.txt')]: 'electron' } })
    expect((await ensureElectron(install)).status).toBe('downloaded')
    expect(install.downloads).toBe(1)
  })

  it('reports a failed download with its reason, and an installer that throws or leaves no binary', async () => {
    expect(await ensureElectron(fakeInstall({ downloadWorks: false }))).toEqual({
      status: 'failed',
      detail: 'fetch failed',
    })
    const throws = { ...fakeInstall({}), download: () => Promise.reject(new Error('spawn ENOENT')) }
    expect(await ensureElectron(throws)).toEqual({ status: 'failed', detail: 'spawn ENOENT' })
    const empty = { ...fakeInstall({}), download: async () => ({ ok: true, detail: '' }) }
    expect(await ensureElectron(empty)).toMatchObject({
      status: 'failed',
      detail: expect.stringMatching(/no Electron/),
    })
  })
})

describe('downloadReason', () => {
  it("keeps the installer's reason and drops its stack trace", () => {
    const stderr = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:14976:13',
      '    at async FetchDownloader.download (file:///x/FetchDownloader.js:46:30)',
      '',
    ].join('\n')
    expect(downloadReason(stderr)).toBe('TypeError: fetch failed')
    expect(downloadReason('')).toBe('no reason given')
  })
})

describe('runDesktop', () => {
  function harness(install: ElectronInstall, failure?: 'guide' | 'line') {
    const said: string[] = []
    const complaints: string[] = []
    const launched: string[] = []
    const run = runDesktop({
      install,
      version: '45.5.0',
      failure,
      launch: async (binary) => {
        launched.push(binary)
        return 0
      },
      say: (line) => said.push(line),
      complain: (text) => complaints.push(text),
    })
    return { run, said, complaints, launched }
  }

  it('downloads, then starts electron-vite with the binary, and exits with its code', async () => {
    const h = harness(fakeInstall({ downloadWorks: true }))
    expect(await h.run).toBe(0)
    expect(h.launched).toEqual([join(DIR, 'dist', 'electron')])
    expect(h.said[0]).toMatch(/Downloading Electron 45\.5\.0/)
    expect(h.complaints).toEqual([])
  })

  it('says nothing about downloads when the binary is already there', async () => {
    const both = { [join(DIR, 'path.txt')]: 'electron', [join(DIR, 'dist', 'electron')]: 'x' }
    const h = harness(fakeInstall({ files: both }))
    expect(await h.run).toBe(0)
    expect(h.said).toEqual([])
  })

  it('offline: one message with what to set and the browser-mode alternative, exit 1, nothing launched', async () => {
    const h = harness(fakeInstall({ downloadWorks: false }))
    expect(await h.run).toBe(1)
    expect(h.launched).toEqual([])
    expect(h.complaints).toHaveLength(1)
    const text = h.complaints[0] ?? ''
    for (const hint of [
      'ELECTRON_MIRROR',
      'ELECTRON_CUSTOM_DIR',
      'electron_config_cache',
      'ELECTRON_CACHE',
      'HTTPS_PROXY',
      'npm run web',
      'fetch failed',
    ]) {
      expect(text).toContain(hint)
    }
    expect(text).not.toMatch(/\bat .*:\d+:\d+/)
    expect(text).not.toContain('Electron uninstall')
  })

  it('packaging without the binary says so in one line', async () => {
    const h = harness(fakeInstall({ downloadWorks: false }), 'line')
    expect(await h.run).toBe(1)
    expect(h.complaints).toEqual([
      'Cannot package: the Electron 45.5.0 binary is missing and could not be downloaded (fetch failed).',
    ])
  })
})

describe('downloadFailedMessage', () => {
  it('names the version and the reason', () => {
    expect(downloadFailedMessage('45.5.0', 'fetch failed')).toMatch(
      /^Worth could not download Electron 45\.5\.0\b.*\(fetch failed\)/,
    )
  })
})
