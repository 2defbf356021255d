// Wiring of the Electron main process with a mocked 'electron' module (the binary cannot run in tests): one
// window with secure settings at once, every channel registered and relayed to the backend process, the session
// and web contents hardened. The backend "process" here runs backend/serve.ts in this process on the real
// dataset, talking through a fake port, as backend/worker.ts does in the utility process.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { join } from 'node:path'
import { createHandlers } from '../core/app/handlers'
import type { Handlers } from '../core/app/dispatch'
import { loadDatasetFromDisk } from '../node/datasetFromDisk'
import { serveBackend } from './backend/serve'
import { CHANNELS, DESKTOP_CHANNELS } from '../shared/contract'

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
    maximize = vi.fn()
    isMaximized = vi.fn(() => false)
    getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1000, height: 700 }))
    static getAllWindows = () => windows
    static getFocusedWindow = () => null
  }
  const state = {
    appPath: process.cwd(),
    lock: true,
    fork: (() => {
      throw new Error('no backend in this test')
    }) as (path: string, args: string[]) => unknown,
  }
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
      getPath: vi.fn(() => '/nonexistent-user-data'),
    },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
    nativeTheme: { shouldUseDarkColors: false },
    utilityProcess: { fork: vi.fn((path: string, args: string[]) => state.fork(path, args)) },
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

let handlers: Handlers | null = null

/** A backend "process": serve.ts in this process, behind a port that delivers messages asynchronously. */
function fakeBackendChild(dir: string) {
  const toMain: ((message: unknown) => void)[] = []
  const onExit: ((code: number) => void)[] = []
  const toBackend: ((event: { data: unknown }) => void)[] = []
  let alive = true
  setTimeout(() =>
    serveBackend(
      {
        on: (_event, listener) => toBackend.push(listener),
        postMessage: (message) => {
          if (alive) setTimeout(() => toMain.forEach((l) => l(structuredClone(message))), 0)
        },
      },
      () => (handlers ??= createHandlers(loadDatasetFromDisk(dir))),
    ),
  )
  const child = {
    dir,
    postMessage: vi.fn((message: unknown) =>
      setTimeout(() => alive && toBackend.forEach((l) => l({ data: structuredClone(message) })), 0),
    ),
    on: (event: string, listener: (value: never) => void) => {
      if (event === 'message') toMain.push(listener as (message: unknown) => void)
      if (event === 'exit') onExit.push(listener as (code: number) => void)
      return child
    },
    kill: vi.fn(() => true),
    die: (code: number) => {
      alive = false
      onExit.forEach((l) => l(code))
    },
  }
  return child
}

type FakeChild = ReturnType<typeof fakeBackendChild>
const children: FakeChild[] = []

function reset(): void {
  vi.clearAllMocks()
  electron.windows.length = 0
  electron.appListeners.clear()
  electron.state.appPath = process.cwd()
  electron.state.lock = true
  children.length = 0
  electron.state.fork = (_path, args) => {
    const child = fakeBackendChild(args[0] ?? '')
    children.push(child)
    return child
  }
}

type Invoke = (event: unknown, input: unknown) => unknown
const ipcHandler = (channel: string): Invoke =>
  electron.ipcMain.handle.mock.calls.find(([c]) => c === channel)?.[1] as Invoke
const OWN = { senderFrame: { url: 'app://worth/index.html#/offer' } }

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

  it('opens one secure window on the built page at once, registers every channel and forks the backend', () => {
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
    expect(electron.utilityProcess.fork).toHaveBeenCalledTimes(1)
    const [path, args] = electron.utilityProcess.fork.mock.calls[0] as [string, string[]]
    expect(path).toMatch(/main[\\/]backend\.js$/)
    expect(args).toEqual([join(process.cwd(), 'resources', 'dataset')])
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

  it('relays a call from its own page to the backend and hands back its real answer', async () => {
    const reply = (await ipcHandler('estimate:offer')(OWN, {
      title: 'Registered Nurse',
      location: 'Cleveland, OH',
      base: 80000,
    })) as { ok: boolean; value: { percentile: { base: number } } }
    expect(reply.ok).toBe(true)
    expect(reply.value.percentile.base).toBeGreaterThan(0)
    expect(reply.value.percentile.base).toBeLessThan(100)
    expect(await ipcHandler('dataset:info')(OWN, {})).toMatchObject({ ok: true, value: { areas: 530 } })
  })

  it('refuses a foreign page and invalid input without bothering the backend', async () => {
    const child = children[0]!
    child.postMessage.mockClear()
    expect(
      await ipcHandler('dataset:info')({ senderFrame: { url: 'https://evil.example/' } }, {}),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(
      await ipcHandler('dataset:info')({ senderFrame: { url: 'file:///etc/passwd' } }, {}),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(await ipcHandler('titles:search')(OWN, { query: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    })
    expect(child.postMessage).not.toHaveBeenCalled()
  })

  it('restarts the backend once when it dies and tells the page; a second death is final', async () => {
    const send = electron.windows[0]!.webContents.send
    children[0]!.die(1)
    expect(children).toHaveLength(2)
    expect(send).toHaveBeenCalledWith('desktop:event', { type: 'backend', state: 'restarted' })
    expect(await ipcHandler('dataset:info')(OWN, {})).toMatchObject({ ok: true })

    children[1]!.die(1)
    expect(children).toHaveLength(2)
    expect(send).toHaveBeenCalledWith('desktop:event', { type: 'backend', state: 'failed' })
    expect(await ipcHandler('dataset:info')(OWN, {})).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('Close Worth and open it again') },
    })
  })

  it('keeps the window bounds in the user-data folder when it closes', () => {
    const win = electron.windows[0]!
    expect(win.options).toMatchObject({ width: 1200, height: 840, minWidth: 720, minHeight: 560 })
    expect(win.listeners.has('close')).toBe(true)
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
    expect(electron.utilityProcess.fork).not.toHaveBeenCalled()
  })

  it('quits at once when another Worth is already running', async () => {
    electron.state.lock = false
    await startMain()
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
  })
})
