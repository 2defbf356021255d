// Wiring of the Electron main process with the real core and a mocked 'electron' module (the binary cannot run
// in tests): one window with secure settings, every channel registered, the session and web contents hardened.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { join } from 'node:path'
import { CHANNELS } from '../shared/contract'
import { DESKTOP_CHANNELS } from '../shared/desktop'

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown
  const appListeners = new Map<string, Listener>()
  const windows: FakeWindow[] = []
  class FakeWindow {
    listeners = new Map<string, Listener>()
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      windows.push(this)
    }
    once = vi.fn((event: string, listener: Listener) => this.listeners.set(event, listener))
    on = vi.fn((event: string, listener: Listener) => this.listeners.set(event, listener))
    loadFile = vi.fn(async () => {})
    loadURL = vi.fn(async () => {})
    show = vi.fn()
    focus = vi.fn()
    restore = vi.fn()
    isMinimized = vi.fn(() => false)
    webContents = { send: vi.fn() }
    isDestroyed = vi.fn(() => false)
    static getAllWindows = () => windows
    static getFocusedWindow = () => null
  }
  const state = { appPath: process.cwd(), lock: true }
  return {
    state,
    windows,
    appListeners,
    app: {
      isPackaged: false,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: vi.fn(),
      on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
      whenReady: vi.fn(() => Promise.resolve()),
      getAppPath: vi.fn(() => state.appPath),
      getVersion: vi.fn(() => '0.1.0'),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    BrowserWindow: FakeWindow,
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        on: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
    },
  }
})
vi.mock('electron', () => electron)

async function startMain(): Promise<void> {
  vi.resetModules()
  await import('./index')
  // Let app.whenReady() resolve and onReady run.
  await new Promise((resolve) => setTimeout(resolve, 0))
}

function reset(): void {
  vi.clearAllMocks()
  electron.windows.length = 0
  electron.appListeners.clear()
  electron.state.appPath = process.cwd()
  electron.state.lock = true
}

beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

describe('Electron main, started normally', () => {
  beforeAll(async () => {
    reset()
    await startMain()
  })

  it('sandboxes every renderer and keeps to a single instance', () => {
    expect(electron.app.enableSandbox).toHaveBeenCalled()
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled()
    expect(electron.appListeners.has('second-instance')).toBe(true)
    expect(electron.appListeners.has('web-contents-created')).toBe(true)
  })

  it('loads the dataset, registers every channel and opens one secure window on the built page', () => {
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel as string)
    expect(channels.sort()).toEqual([...CHANNELS, ...DESKTOP_CHANNELS].sort())
    expect(electron.windows).toHaveLength(1)
    const window = electron.windows[0]
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    })
    expect(String(window?.options.webPreferences?.['preload'])).toMatch(/preload[\\/]index\.js$/)
    expect(window?.loadURL).toHaveBeenCalledWith('app://worth/index.html')
    expect(electron.app.getAppPath).toHaveBeenCalled()
  })

  it("sets Worth's own menu; its commands reach the window and About names the data releases", () => {
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
    type Item = { label?: string; click?: () => void; submenu?: Item[] }
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as Item[]
    const all = template.flatMap((menu) => menu.submenu ?? [])
    all.find((item) => item.label === 'Compare')?.click?.()
    expect(electron.windows[0]?.webContents.send).toHaveBeenCalledWith('desktop:event', {
      type: 'open-view',
      view: 'compare',
    })
    all.find((item) => item.label === 'About Worth')?.click?.()
    const about = (electron.dialog.showMessageBox.mock.calls.at(-1) as unknown[] | undefined)?.at(-1) as {
      message: string
      detail: string
    }
    expect(about.message).toBe('Worth 0.1.0')
    expect(about.detail).toContain('BLS OEWS May 2024, DOL OFLC 2025-26')
  })

  it('serves the built renderer on app://worth, registered as a privileged scheme before ready', () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ])
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('hardens the session: no permissions, no network', () => {
    const ses = electron.session.defaultSession
    expect(ses.setPermissionRequestHandler).toHaveBeenCalledTimes(1)
    expect(ses.setPermissionCheckHandler).toHaveBeenCalledTimes(1)
    expect(ses.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1)
  })

  it('hardens every web contents it creates', () => {
    const contents = { setWindowOpenHandler: vi.fn(), on: vi.fn() }
    electron.appListeners.get('web-contents-created')?.({}, contents)
    const deny = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (d: { url: string }) => unknown
    expect(deny({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(contents.on.mock.calls.map(([event]) => event)).toContain('will-navigate')
  })

  it('answers an IPC call from its own page with real data, and refuses a foreign page', () => {
    const call = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === 'dataset:info')?.[1] as (
      event: unknown,
      input: unknown,
    ) => unknown
    const ownPage = 'app://worth/index.html#/offer'
    expect(call({ senderFrame: { url: ownPage } }, {})).toMatchObject({ ok: true })
    expect(call({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
  })
})

describe('Electron main, failing to start', () => {
  beforeEach(reset)

  it('explains and quits when the dataset cannot be read, without opening a window', async () => {
    electron.state.appPath = join(process.cwd(), 'no-such-folder')
    await startMain()
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Worth cannot start',
      expect.stringContaining('dataset'),
    )
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.windows).toHaveLength(0)
    expect(electron.ipcMain.handle).not.toHaveBeenCalled()
  })

  it('quits at once when another Worth is already running', async () => {
    electron.state.lock = false
    await startMain()
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
  })
})
