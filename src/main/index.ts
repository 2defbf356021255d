// Electron main: app lifecycle only. Opens the window at once, starts the backend process (the dataset and
// every handler, off main's event loop) and relays checked calls to it; sets the menu and serves the pages on
// app://worth. Security settings live in security.ts; the domain lives in src/core, run by backend/worker.ts.
import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  utilityProcess,
} from 'electron'
import { DESKTOP_EVENT_CHANNEL, type DesktopEvent } from '../shared/desktopEvents'
import { releaseLine } from '../shared/releases'
import type { SourceRef } from '../shared/types'
import { APP_SCHEME_PRIVILEGES, handleAppProtocol } from './appProtocol'
import { startBackend, type Backend, type BackendChild } from './backend/backendProcess'
import { answerDesktop } from './desktopIpc'
import { electronDesktopIo } from './electronDesktopIo'
import { registerIpc } from './ipc'
import { aboutText, buildMenuTemplate, dataSourcesText } from './menu'
import { builtFiles, datasetDir } from './paths'
import { hardenSession, hardenWebContents, secureWebPreferences } from './security'
import { appPages, isAppPageUrl } from './trustedUrl'
import {
  MIN_SIZE,
  parseWindowState,
  serializeWindowState,
  windowOptions,
  WINDOW_STATE_FILE,
  type WindowState,
} from './windowState'

const files = builtFiles(__dirname)
const pages = appPages(process.env['ELECTRON_RENDERER_URL'], app.isPackaged)
const isAppPage = (url: string): boolean => isAppPageUrl(url, pages)

let mainWindow: BrowserWindow | null = null
let backend: Backend | null = null
/** True once the channels are registered. */
let ready = false

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

const windowStatePath = (): string => join(app.getPath('userData'), WINDOW_STATE_FILE)

/** Keeps the window's bounds when it closes (a failed write only loses the position). */
function rememberBounds(win: BrowserWindow): void {
  const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() }
  void writeFile(windowStatePath(), serializeWindowState(state)).catch((error: unknown) =>
    console.warn(`Worth could not keep the window position: ${String(error)}`),
  )
}

function createWindow(): BrowserWindow {
  const place = windowOptions(
    parseWindowState(readText(windowStatePath())),
    screen.getAllDisplays().map((display) => display.workArea),
  )
  const win = new BrowserWindow({
    title: 'Worth',
    x: place.x,
    y: place.y,
    width: place.width,
    height: place.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    // The page's own background, so the window does not flash white in a dark theme before it paints.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#0f172a' : '#f1f5f9',
    // Unpackaged runs show Worth's icon too (a packaged app gets it from its installer).
    ...(app.isPackaged ? {} : { icon: join(app.getAppPath(), 'build', 'icon.png') }),
    webPreferences: secureWebPreferences(files.preload),
  })
  win.once('ready-to-show', () => {
    if (place.maximized) win.maximize()
    win.show()
  })
  win.on('close', () => rememberBounds(win))
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  void win.loadURL(pages.devUrl ?? pages.appUrl)
  return win
}

function showWindow(): void {
  if (!mainWindow) {
    mainWindow = createWindow()
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

/** Sends a menu command or backend event to the Worth window. */
function tellPage(event: DesktopEvent): void {
  const win = BrowserWindow.getFocusedWindow() ?? mainWindow
  if (win && !win.isDestroyed()) win.webContents.send(DESKTOP_EVENT_CHANNEL, event)
}

/** The dataset's sources from its metadata.json (a few KB), for About and the data sources box. */
function readSources(dir: string): SourceRef[] {
  try {
    const metadata = JSON.parse(readText(join(dir, 'metadata.json')) ?? '') as { sources?: SourceRef[] }
    return Array.isArray(metadata.sources) ? metadata.sources : []
  } catch {
    return []
  }
}

function showBox(title: string, message: string, detail: string): void {
  const options = { type: 'info' as const, title, message, detail, buttons: ['OK'] }
  const win = BrowserWindow.getFocusedWindow() ?? mainWindow
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options))
}

function setMenu(dir: string): void {
  const sources = readSources(dir)
  const template = buildMenuTemplate({
    platform: process.platform,
    isDev: !app.isPackaged,
    appName: 'Worth',
    send: tellPage,
    showAbout: () => {
      const text = aboutText({
        appName: 'Worth',
        version: app.getVersion(),
        releases: releaseLine(sources),
        electron: process.versions.electron ?? '',
      })
      showBox('About Worth', text.message, text.detail)
    },
    showDataSources: () =>
      showBox('Data sources and licences', 'Where Worth’s figures come from', dataSourcesText(sources)),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

function cannotStart(dir: string): void {
  console.error(`Worth could not load its dataset from ${dir}`)
  dialog.showErrorBox(
    'Worth cannot start',
    `Worth could not read its wage dataset in ${dir}. Reinstall Worth, or rebuild the dataset with "npm run data:build".`,
  )
  app.quit()
}

/** The backend process, forked from out/main/backend.js with the dataset folder as its argument. */
function forkBackend(dir: string): BackendChild {
  const child = utilityProcess.fork(files.backend, [dir], { serviceName: 'Worth data', stdio: 'inherit' })
  return {
    postMessage: (message) => child.postMessage(message),
    on: (event: 'message' | 'exit', listener: (value: never) => void) =>
      child.on(event as 'message', listener as (message: unknown) => void),
    kill: () => child.kill(),
  }
}

function onReady(): void {
  hardenSession(session.defaultSession, pages)
  handleAppProtocol(protocol, dirname(files.rendererIndex))
  const dir = datasetDir({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  })
  if (!existsSync(join(dir, 'metadata.json'))) return cannotStart(dir)
  setMenu(dir)
  const running = startBackend({
    fork: () => forkBackend(dir),
    onState: (state) => tellPage({ type: 'backend', state }),
    onLoadFailed: () => cannotStart(dir),
  })
  backend = running
  registerIpc(
    (channel, input) => running.call(channel, input),
    (channel, input, event) => answerDesktop(channel, input as never, electronDesktopIo(event.sender)),
    isAppPage,
  )
  ready = true
  showWindow()
}

export function startWorth(): void {
  app.enableSandbox()
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.on('second-instance', () => {
    if (ready) showWindow()
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, pages))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (ready && BrowserWindow.getAllWindows().length === 0) showWindow()
  })
  app.on('will-quit', () => backend?.stop())
  app.whenReady().then(onReady, (error: unknown) => {
    console.error('Worth failed to start', error)
    app.quit()
  })
}

startWorth()
