// Electron main: app lifecycle only. Loads the dataset once, registers the IPC channels and opens one window.
// Security settings live in security.ts; the domain lives in src/core.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, protocol, session } from 'electron'
import { DESKTOP_EVENT_CHANNEL, type DesktopEvent } from '../shared/desktopEvents'
import { releaseLine } from '../shared/releases'
import type { SourceRef } from '../shared/types'
import { createHandlers } from '../core/app/handlers'
import { loadDatasetFromDisk } from '../core/dataset/fromDisk'
import { logFailures } from '../core/app/logFailures'
import { APP_SCHEME_PRIVILEGES, handleAppProtocol } from './appProtocol'
import { registerDesktopIpc } from './desktopIpc'
import { electronDesktopIo } from './electronDesktopIo'
import { registerIpc } from './ipc'
import { aboutText, buildMenuTemplate, dataSourcesText } from './menu'
import { builtFiles, datasetDir } from './paths'
import { hardenSession, hardenWebContents, secureWebPreferences } from './security'
import { appPages, isAppPageUrl } from './trustedUrl'

const files = builtFiles(__dirname)
const pages = appPages(process.env['ELECTRON_RENDERER_URL'], app.isPackaged)
const isAppPage = (url: string): boolean => isAppPageUrl(url, pages)

let mainWindow: BrowserWindow | null = null
/** True once the dataset is loaded and the channels are registered. */
let ready = false

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Worth',
    width: 1200,
    height: 840,
    minWidth: 720,
    minHeight: 560,
    show: false,
    webPreferences: secureWebPreferences(files.preload),
  })
  win.once('ready-to-show', () => win.show())
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
    const metadata = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as { sources?: SourceRef[] }
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

function onReady(): void {
  hardenSession(session.defaultSession, pages)
  handleAppProtocol(protocol, dirname(files.rendererIndex))
  const dir = datasetDir({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  })
  setMenu(dir)
  try {
    const dataset = loadDatasetFromDisk(dir)
    registerIpc(logFailures(createHandlers(dataset)), isAppPage)
    registerDesktopIpc(isAppPage, (event) => electronDesktopIo(event.sender))
  } catch (error) {
    console.error(`Worth could not load its dataset from ${dir}`, error)
    dialog.showErrorBox(
      'Worth cannot start',
      `Worth could not read its wage dataset in ${dir}. Reinstall Worth, or rebuild the dataset with "npm run data:build".`,
    )
    app.quit()
    return
  }
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
  app.whenReady().then(onReady, (error: unknown) => {
    console.error('Worth failed to start', error)
    app.quit()
  })
}

startWorth()
