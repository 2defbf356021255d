// Worth's native menu: the template is built by a pure function (tested without Electron); index.ts hands it to
// Menu.setApplicationMenu. Commands that act on the page are sent to it as MenuCommands (the page does what its
// own buttons do); About and the data sources are native message boxes. No link leaves the app.
import type { MenuItemConstructorOptions } from 'electron'
import { VIEW_IDS, type MenuCommand, type ViewId } from '../shared/desktopEvents'

export const VIEW_LABELS: Readonly<Record<ViewId, string>> = {
  offer: 'My offer',
  insights: 'Market insights',
  offers: 'My offers',
  compare: 'Compare',
  negotiate: 'Negotiate',
}

export interface MenuActions {
  platform: NodeJS.Platform
  /** Reload and developer tools appear only when developing (not packaged). */
  isDev: boolean
  appName: string
  /** Sends a command to the focused Worth window. */
  send(command: MenuCommand): void
  showAbout(): void
  showDataSources(): void
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

function fileMenu(a: MenuActions, mac: boolean): MenuItemConstructorOptions {
  return {
    label: '&File',
    submenu: [
      { label: 'New Offer', accelerator: 'CmdOrCtrl+N', click: () => a.send({ type: 'new-offer' }) },
      { label: 'Import Offers…', accelerator: 'CmdOrCtrl+O', click: () => a.send({ type: 'import-offers' }) },
      {
        label: 'Export Offers…',
        accelerator: 'CmdOrCtrl+Shift+E',
        click: () => a.send({ type: 'export-offers' }),
      },
      separator,
      {
        label: 'Save Negotiation Brief as PDF…',
        accelerator: 'CmdOrCtrl+P',
        click: () => a.send({ type: 'save-brief' }),
      },
      separator,
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit Worth', accelerator: 'Ctrl+Q' },
    ],
  }
}

function editMenu(mac: boolean): MenuItemConstructorOptions {
  return {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  }
}

function viewMenu(a: MenuActions): MenuItemConstructorOptions {
  const views: MenuItemConstructorOptions[] = VIEW_IDS.map((view, i) => ({
    label: VIEW_LABELS[view],
    accelerator: `CmdOrCtrl+${i + 1}`,
    click: () => a.send({ type: 'open-view', view }),
  }))
  const develop: MenuItemConstructorOptions[] = a.isDev
    ? [separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }]
    : []
  return {
    label: '&View',
    submenu: [
      ...views,
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...develop,
    ],
  }
}

function helpMenu(a: MenuActions, mac: boolean): MenuItemConstructorOptions {
  return {
    label: '&Help',
    role: 'help',
    submenu: [
      { label: 'How Worth Estimates', click: () => a.send({ type: 'how-worth-estimates' }) },
      { label: 'Data Sources and Licences', click: () => a.showDataSources() },
      ...(mac ? [] : [separator, { label: `About ${a.appName}`, click: () => a.showAbout() }]),
    ],
  }
}

/** The whole menu bar; on macOS it starts with the app menu (About, Services, Hide, Quit) and has a Window menu. */
export function buildMenuTemplate(a: MenuActions): MenuItemConstructorOptions[] {
  const mac = a.platform === 'darwin'
  const appMenu: MenuItemConstructorOptions = {
    label: a.appName,
    submenu: [
      { label: `About ${a.appName}`, click: () => a.showAbout() },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  }
  return [
    ...(mac ? [appMenu] : []),
    fileMenu(a, mac),
    editMenu(mac),
    viewMenu(a),
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
    helpMenu(a, mac),
  ]
}

export interface AboutFacts {
  appName: string
  version: string
  /** "BLS OEWS May 2024, DOL OFLC 2025-26, …" (releaseLine). */
  releases: string
  electron: string
}

/** The About box's text. */
export function aboutText(f: AboutFacts): { message: string; detail: string } {
  return {
    message: `${f.appName} ${f.version}`,
    detail: [
      'An offline salary negotiation assistant. Nothing you type leaves this computer.',
      '',
      `Data releases: ${f.releases}.`,
      '',
      `Electron ${f.electron}. Worth gives estimates, not advice.`,
    ].join('\n'),
  }
}

/** The data sources box: every source with its release and licence. */
export function dataSourcesText(
  sources: readonly { publisher: string; title: string; release: string; licence: string }[],
): string {
  return sources.map((s) => `${s.title} (${s.publisher}), ${s.release}. Licence: ${s.licence}.`).join('\n\n')
}
