// Packaging as far as it can be checked without the Electron binary: the electron-builder configuration is valid
// for electron-builder itself, the fuse hook flips the fuses of a binary with Electron's fuse wire, the icon is
// large enough, and package.json has what installers need.
import { describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterPack, FUSE_SETTINGS, packagedExecutable } from '../../build/afterPack.mjs'
import { ICON_SIZE, renderIcon } from '../make-icon'

const ROOT = resolve(__dirname, '..', '..')
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

describe('build/electron-builder.yml', () => {
  it('is valid for electron-builder, packs the local Electron, the dataset beside the app and the fuse hook', async () => {
    const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config')
    const { DebugLogger } = await import('builder-util')
    const config = await getConfig(ROOT, join(ROOT, 'build', 'electron-builder.yml'), null)
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    expect(config.electronDist).toBe('node_modules/electron/dist')
    expect(config.afterPack).toBe('./build/afterPack.mjs')
    expect(config.extraResources).toEqual([{ from: 'resources/dataset', to: 'dataset' }])
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.win?.target).toEqual(['nsis'])
  }, 60_000)
})

describe('package.json', () => {
  it('pins electron-builder, ships only what main needs, and names an author email and homepage', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/)
    expect(Object.keys(pkg.dependencies)).toEqual(['zod'])
    for (const name of ['react', 'react-dom', 'recharts', 'dexie'])
      expect(pkg.devDependencies[name]).toBeDefined()
    expect(pkg.author.email).toMatch(/^[^@\s]+@[^@\s]+$/)
    expect(pkg.homepage).toMatch(/^https:\/\//)
    expect(pkg.engines.node).toBe('>=22.12')
    expect(pkg.scripts.package).toBe('tsx scripts/desktop.ts package')
  })

  it('starts the desktop app through the step that fetches a missing Electron binary, never electron-vite directly', async () => {
    // electron-vite alone stops with "Electron uninstall" when node_modules/electron/path.txt is missing (Electron
    // 42+ has no install script), so both start commands must go through scripts/desktop.ts first.
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
    expect(pkg.scripts.start).toBe('tsx scripts/desktop.ts preview')
    expect(pkg.scripts.dev).toBe('tsx scripts/desktop.ts dev')
    expect(JSON.stringify(pkg.scripts)).not.toMatch(/"electron-vite (preview|dev)/)
  })
})

describe('build/afterPack.mjs', () => {
  it('finds the packaged binary on each platform', () => {
    const where = { appOutDir: '/out/linux-unpacked', productFilename: 'Worth', executableName: 'worth' }
    expect(packagedExecutable({ ...where, platform: 'linux' })).toBe(join('/out/linux-unpacked', 'worth'))
    expect(packagedExecutable({ ...where, platform: 'win32' })).toBe(join('/out/linux-unpacked', 'Worth.exe'))
    expect(packagedExecutable({ ...where, platform: 'darwin' })).toBe(
      join('/out/linux-unpacked', 'Worth.app'),
    )
  })

  it("flips Worth's fuses in a binary carrying Electron's fuse wire", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'worth-fuses-'))
    try {
      // A stand-in for the Electron binary: bytes, the sentinel, wire version 1, 9 fuses all enabled ('1').
      const wire = Buffer.concat([
        Buffer.alloc(64, 7),
        Buffer.from(SENTINEL),
        Buffer.from([1, 9]),
        Buffer.from('111111111'),
        Buffer.alloc(64, 7),
      ])
      await writeFile(join(dir, 'worth'), wire)
      await afterPack({
        electronPlatformName: 'linux',
        appOutDir: dir,
        arch: 1,
        packager: { appInfo: { productFilename: 'Worth' }, executableName: 'worth' },
      })
      const after = await readFile(join(dir, 'worth'))
      const start = after.indexOf(SENTINEL) + SENTINEL.length + 2
      const fuses = after.subarray(start, start + 9).toString()
      // RunAsNode off, cookie encryption on, NODE_OPTIONS off, --inspect off, asar integrity on, asar only on,
      // V8 snapshot untouched, file:// extra privileges off, wasm trap handlers untouched.
      expect(fuses).toBe('010011101')
      expect(Object.keys(FUSE_SETTINGS)).toHaveLength(7)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('build/icon.png', () => {
  it('is the committed rendering of build/icon.svg, 1024 px square', async () => {
    const png = await readFile(join(ROOT, 'build', 'icon.png'))
    expect(png.readUInt32BE(16)).toBe(ICON_SIZE)
    expect(png.readUInt32BE(20)).toBe(ICON_SIZE)
    const svg = await readFile(join(ROOT, 'build', 'icon.svg'), 'utf8')
    expect(renderIcon(svg).equals(png)).toBe(true)
  })
})
