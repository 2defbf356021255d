// Smoke test of the real desktop app with playwright's _electron: opens the window, types an offer, waits for the
// percentile and checks that nothing was requested outside Worth's own app:// pages. It needs the Electron
// binary (node_modules/electron/dist, fetched by `npm start` on a machine with internet access); where there is
// none it is reported as skipped, with that reason. Tests never download Electron.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { installedElectronBinary } from '../../scripts/desktop/ensureElectron'

const ROOT = resolve(__dirname, '..', '..')
const electronDir = dirname(require.resolve('electron/package.json'))
const binary = installedElectronBinary({
  dir: electronDir,
  env: process.env,
  exists: existsSync,
  readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null),
  download: async () => ({ ok: false, detail: 'tests never download Electron' }),
})
const NO_BINARY =
  'no Electron binary in node_modules/electron (run `npm start` once on a machine with internet access)'

describe('desktop window (Electron)', () => {
  let app: ElectronApplication | undefined
  let page: Page
  let userData = ''
  const requested: string[] = []

  beforeAll(async () => {
    if (!binary) return console.warn(`Electron smoke test skipped: ${NO_BINARY}`)
    const built = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    if (built.status !== 0) throw new Error('electron-vite build failed')
    userData = await mkdtemp(join(tmpdir(), 'worth-electron-'))
    const env: Record<string, string | undefined> = { ...process.env, ELECTRON_RENDERER_URL: '' }
    delete env['ELECTRON_RUN_AS_NODE']
    app = await _electron.launch({
      executablePath: binary,
      args: [ROOT, `--user-data-dir=${userData}`, ...(process.env['CI'] ? ['--no-sandbox'] : [])],
      cwd: ROOT,
      env: Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)),
    })
    app.context().on('request', (request) => requested.push(request.url()))
    page = await app.firstWindow()
  })

  afterAll(async () => {
    await app?.close()
    if (userData) await rm(userData, { recursive: true, force: true })
  })

  it('opens the window on app://worth, works out a percentile, and asks nothing of the network', async (ctx) => {
    if (!binary) ctx.skip(NO_BINARY)
    await page.waitForLoadState('domcontentloaded')
    expect(new URL(page.url()).origin).toBe('app://worth')
    await expect.poll(() => page.title(), { timeout: 20_000 }).toBe('My offer — Worth')
    await page.getByLabel('Job title', { exact: true }).fill('Software Engineer')
    await page.getByLabel('Location', { exact: true }).fill('Seattle, WA')
    await page.getByLabel('Base salary', { exact: true }).fill('150000')
    const status = page.getByRole('status').filter({ hasText: 'percentile' }).first()
    await status.waitFor({ timeout: 60_000 })
    expect(await status.textContent()).toMatch(
      /\d+(st|nd|rd|th) percentile for Software Developers in Seattle/,
    )
    expect(await page.locator('footer').textContent()).toContain('BLS OEWS May 2024')
    const outside = requested.filter((url) => !url.startsWith('app://worth/') && !url.startsWith('data:'))
    expect(outside).toEqual([])
  })

  it('has the native menu with the five views', async (ctx) => {
    if (!binary) ctx.skip(NO_BINARY)
    const menu = await app!.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).map((item) => ({
        label: item.label.replace('&', ''),
        items: (item.submenu?.items ?? []).map((sub) => sub.label),
      })),
    )
    expect(menu.map((m) => m.label)).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']))
    expect(menu.find((m) => m.label === 'View')?.items).toEqual(
      expect.arrayContaining(['My offer', 'Market insights', 'My offers', 'Compare', 'Negotiate']),
    )
  })
})
