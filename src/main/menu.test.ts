import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/desktopEvents'
import { aboutText, buildMenuTemplate, dataSourcesText, type MenuActions } from './menu'

function actions(platform: NodeJS.Platform, isDev = false): MenuActions & { sent: MenuCommand[] } {
  const sent: MenuCommand[] = []
  return {
    sent,
    platform,
    isDev,
    appName: 'Worth',
    send: (command) => sent.push(command),
    showAbout: vi.fn(),
    showDataSources: vi.fn(),
  }
}

type Item = MenuItemConstructorOptions
const items = (menu: Item | undefined): Item[] => (menu?.submenu ?? []) as Item[]
const byLabel = (template: Item[], label: string): Item | undefined =>
  template.find((m) => m.label?.replace('&', '') === label)
/** The labelled items of a menu, in order (separators and role-only items left out). */
const labelsOf = (menu: Item[]): (string | undefined)[] => menu.filter((i) => i.label).map((i) => i.label)
const click = (item: Item | undefined): void => (item?.click as (() => void) | undefined)?.()
/** Every label, role and accelerator in the menu, to look for things that must not be there. */
const flatten = (template: Item[]): string =>
  JSON.stringify(template, (_key, value: unknown) => (typeof value === 'function' ? undefined : value))

describe('buildMenuTemplate on Linux and Windows', () => {
  const a = actions('linux')
  const template = buildMenuTemplate(a)

  it('has File, Edit, View and Help, and no app menu or Window menu', () => {
    expect(template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', '&Help'])
  })

  it('File: new, import, export, save the brief as PDF, quit; each sends its command', () => {
    const file = items(byLabel(template, 'File'))
    expect(labelsOf(file)).toEqual([
      'New Offer',
      'Import Offers…',
      'Export Offers…',
      'Save Negotiation Brief as PDF…',
      'Quit Worth',
    ])
    for (const item of file) if (item.click) click(item)
    expect(a.sent).toEqual([
      { type: 'new-offer' },
      { type: 'import-offers' },
      { type: 'export-offers' },
      { type: 'save-brief' },
    ])
    expect(file.at(-1)?.role).toBe('quit')
  })

  it('Edit has the standard roles', () => {
    expect(items(byLabel(template, 'Edit')).map((i) => i.role ?? i.type)).toEqual([
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'delete',
      'separator',
      'selectAll',
    ])
  })

  it('View: the five views on Ctrl/Cmd+1..5, zoom and full screen; no reload or devtools when packaged', () => {
    a.sent.length = 0
    const view = items(byLabel(template, 'View'))
    const views = view.filter((i) => i.accelerator?.startsWith('CmdOrCtrl+'))
    expect(views.map((i) => [i.label, i.accelerator])).toEqual([
      ['My offer', 'CmdOrCtrl+1'],
      ['Market insights', 'CmdOrCtrl+2'],
      ['My offers', 'CmdOrCtrl+3'],
      ['Compare', 'CmdOrCtrl+4'],
      ['Negotiate', 'CmdOrCtrl+5'],
    ])
    views.forEach(click)
    expect(a.sent.map((c) => (c.type === 'open-view' ? c.view : c.type))).toEqual([
      'offer',
      'insights',
      'offers',
      'compare',
      'negotiate',
    ])
    const roles = view.map((i) => i.role).filter(Boolean)
    expect(roles).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
  })

  it('adds reload and devtools in development only', () => {
    const dev = items(byLabel(buildMenuTemplate(actions('linux', true)), 'View')).map((i) => i.role)
    expect(dev).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']))
  })

  it('Help: how Worth estimates (in the page), data sources and About (native boxes)', () => {
    const help = items(byLabel(template, 'Help'))
    expect(labelsOf(help)).toEqual(['How Worth Estimates', 'Data Sources and Licences', 'About Worth'])
    a.sent.length = 0
    help.forEach(click)
    expect(a.sent).toEqual([{ type: 'how-worth-estimates' }])
    expect(a.showDataSources).toHaveBeenCalledTimes(1)
    expect(a.showAbout).toHaveBeenCalledTimes(1)
  })

  it("has none of Electron's default links", () => {
    const text = flatten(template)
    expect(text).not.toMatch(/electronjs|github|Learn More|Documentation|Community|Search Issues/i)
  })
})

describe('buildMenuTemplate on macOS', () => {
  const a = actions('darwin')
  const template = buildMenuTemplate(a)

  it('starts with the app menu (About, Services, Hide, Quit) and has a Window menu', () => {
    expect(template.map((m) => m.label ?? m.role)).toEqual([
      'Worth',
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
      '&Help',
    ])
    const app = items(template[0])
    expect(app[0]?.label).toBe('About Worth')
    expect(app.map((i) => i.role).filter(Boolean)).toEqual([
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ])
    click(app[0])
    expect(a.showAbout).toHaveBeenCalledTimes(1)
  })

  it('closes the window from File instead of quitting, pastes and matches style, and keeps About out of Help', () => {
    expect(items(byLabel(template, 'File')).at(-1)?.role).toBe('close')
    expect(items(byLabel(template, 'Edit')).map((i) => i.role)).toContain('pasteAndMatchStyle')
    expect(items(byLabel(template, 'Help')).map((i) => i.label)).not.toContain('About Worth')
  })
})

describe('aboutText and dataSourcesText', () => {
  it('name the version and the data releases', () => {
    const about = aboutText({
      appName: 'Worth',
      version: '0.1.0',
      releases: 'BLS OEWS May 2024, DOL OFLC 2025-26',
      electron: '45.5.0',
    })
    expect(about.message).toBe('Worth 0.1.0')
    expect(about.detail).toContain('Data releases: BLS OEWS May 2024, DOL OFLC 2025-26.')
    expect(
      dataSourcesText([
        { publisher: 'U.S. BLS', title: 'OEWS', release: 'May 2024', licence: 'Public domain' },
      ]),
    ).toBe('OEWS (U.S. BLS), May 2024. Licence: Public domain.')
  })
})
