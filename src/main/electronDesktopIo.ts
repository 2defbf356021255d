// DesktopIo (desktopFiles.ts) made of Electron's dialogs, Node's file system and the asking page's printToPDF.
// Thin on purpose: the decisions are in desktopFiles.ts, tested without Electron.
import { readFile, stat, writeFile } from 'node:fs/promises'
import { app, BrowserWindow, dialog, type WebContents } from 'electron'
import type { DesktopIo } from './desktopFiles'

/** US Letter with the page's own print stylesheet and background colours. */
export const PDF_OPTIONS = { pageSize: 'Letter', printBackground: true, preferCSSPageSize: true } as const

export function electronDesktopIo(sender: WebContents): DesktopIo {
  const parent = (): BrowserWindow | null => BrowserWindow.fromWebContents(sender)
  return {
    async showSaveDialog(options) {
      const win = parent()
      return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options)
    },
    async showOpenDialog(options) {
      const win = parent()
      return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options)
    },
    writeFile: (path, data) => writeFile(path, data),
    fileSize: async (path) => (await stat(path)).size,
    readText: (path) => readFile(path, 'utf8'),
    printToPdf: async () => new Uint8Array(await sender.printToPDF(PDF_OPTIONS)),
    startFolder: () => app.getPath('documents'),
  }
}
