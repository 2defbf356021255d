import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const win = { id: 1 }
  return {
    win,
    app: { getPath: vi.fn(() => '/home/ada/Documents') },
    BrowserWindow: { fromWebContents: vi.fn((): unknown => win) },
    dialog: {
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true })),
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] })),
    },
  }
})
vi.mock('electron', () => electron)

const { electronDesktopIo, PDF_OPTIONS } = await import('./electronDesktopIo')

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'worth-desktop-io-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const sender = { printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')) }

describe('electronDesktopIo', () => {
  const io = electronDesktopIo(sender as never)

  it('opens dialogs as children of the asking window', async () => {
    const options = { title: 't', defaultPath: '/tmp/x.json', filters: [] }
    await io.showSaveDialog(options)
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(electron.win, options)
    electron.BrowserWindow.fromWebContents.mockReturnValueOnce(null)
    await io.showOpenDialog({ ...options, properties: ['openFile'] })
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith({ ...options, properties: ['openFile'] })
  })

  it('reads and writes real files', async () => {
    const path = join(dir, 'offers.json')
    await io.writeFile(path, '{"ok":true}')
    expect(await readFile(path, 'utf8')).toBe('{"ok":true}')
    expect(await io.readText(path)).toBe('{"ok":true}')
    expect(await io.fileSize(path)).toBe(11)
    await writeFile(join(dir, 'empty.json'), '')
    expect(await io.fileSize(join(dir, 'empty.json'))).toBe(0)
  })

  it("prints the asking page to PDF with Worth's options and starts dialogs in Documents", async () => {
    const bytes = await io.printToPdf()
    expect(sender.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS)
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7')
    expect(io.startFolder()).toBe('/home/ada/Documents')
    expect(electron.app.getPath).toHaveBeenCalledWith('documents')
  })
})
