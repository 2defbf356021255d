// Electron main: app lifecycle only. Loads the dataset once, registers the IPC channels and opens one window.
// Security settings live in security.ts; the domain lives in src/core.
import { app, BrowserWindow, dialog, session } from 'electron'
import { createHandlers } from '../core/app/handlers'
import { loadDatasetFromDisk } from '../node/datasetFromDisk'
import { logFailures } from '../core/app/logFailures'
import { registerDesktopIpc } from './desktopIpc'
import { electronDesktopIo } from './electronDesktopIo'
import { registerIpc } from './ipc'
import { builtFiles, datasetDir } from './paths'
import { hardenSession, hardenWebContents, secureWebPreferences } from './security'
import { appPages, isAppPageUrl } from './trustedUrl'

const files = builtFiles(__dirname)
const pages = appPages(files.rendererIndex, process.env['ELECTRON_RENDERER_URL'], app.isPackaged)
const isAppPage = (url: string): boolean => isAppPageUrl(url, pages, process.platform === 'win32')

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
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(files.preload),
  })
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  if (pages.devUrl) void win.loadURL(pages.devUrl)
  else void win.loadFile(files.rendererIndex)
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

function onReady(): void {
  hardenSession(session.defaultSession, pages)
  const dir = datasetDir({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  })
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
