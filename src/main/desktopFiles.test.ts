import { describe, expect, it } from 'vitest'
import { MAX_FILE_TEXT } from '../shared/desktop'
import { DesktopFileError, openText, savePdf, saveText, withExtension, type DesktopIo } from './desktopFiles'

interface FakeIo extends DesktopIo {
  written: Map<string, string | Uint8Array>
  dialogs: unknown[]
}

function fakeIo(choice: {
  save?: string | null
  open?: string | null
  size?: number
  text?: string
}): FakeIo {
  const written = new Map<string, string | Uint8Array>()
  const dialogs: unknown[] = []
  return {
    written,
    dialogs,
    async showSaveDialog(options) {
      dialogs.push(options)
      return choice.save ? { canceled: false, filePath: choice.save } : { canceled: true }
    },
    async showOpenDialog(options) {
      dialogs.push(options)
      return choice.open ? { canceled: false, filePaths: [choice.open] } : { canceled: true, filePaths: [] }
    },
    async writeFile(path, data) {
      written.set(path, data)
    },
    async fileSize() {
      return choice.size ?? 10
    },
    async readText() {
      return choice.text ?? ''
    },
    async printToPdf() {
      return new Uint8Array([0x25, 0x50, 0x44, 0x46])
    },
    startFolder: () => '/home/ada/Documents',
  }
}

describe('withExtension', () => {
  it('adds the extension only when the name has none', () => {
    expect(withExtension('/tmp/offers', 'json')).toBe('/tmp/offers.json')
    expect(withExtension('/tmp/offers.json', 'json')).toBe('/tmp/offers.json')
    expect(withExtension('/tmp/brief.v2', 'pdf')).toBe('/tmp/brief.v2')
  })
})

describe('saveText', () => {
  it('writes the text where the user chose, starting the dialog in Documents with the suggested name', async () => {
    const io = fakeIo({ save: '/home/ada/offers-2026' })
    const outcome = await saveText(io, { suggestedName: 'worth-offers.json', kind: 'json', text: '{"a":1}' })
    expect(outcome).toEqual({ saved: true, path: '/home/ada/offers-2026.json' })
    expect(io.written.get('/home/ada/offers-2026.json')).toBe('{"a":1}')
    expect(io.dialogs[0]).toMatchObject({
      defaultPath: '/home/ada/Documents/worth-offers.json',
      filters: [{ extensions: ['json'] }],
    })
  })

  it('writes nothing when the user cancels', async () => {
    const io = fakeIo({ save: null })
    expect(await saveText(io, { suggestedName: 'x.csv', kind: 'csv', text: 'a,b' })).toEqual({ saved: false })
    expect(io.written.size).toBe(0)
  })
})

describe('savePdf', () => {
  it("writes the page's PDF bytes to the chosen path", async () => {
    const io = fakeIo({ save: '/home/ada/brief.pdf' })
    expect(await savePdf(io, { suggestedName: 'brief.pdf' })).toEqual({
      saved: true,
      path: '/home/ada/brief.pdf',
    })
    expect(Array.from(io.written.get('/home/ada/brief.pdf') as Uint8Array)).toEqual([0x25, 0x50, 0x44, 0x46])
  })
})

describe('openText', () => {
  it("returns the chosen file's name and text", async () => {
    const io = fakeIo({ open: '/home/ada/Documents/offers.json', text: '{"format":"worth-offers"}' })
    expect(await openText(io)).toEqual({
      opened: true,
      name: 'offers.json',
      text: '{"format":"worth-offers"}',
    })
  })

  it('reports a cancelled dialog as not opened', async () => {
    expect(await openText(fakeIo({ open: null }))).toEqual({ opened: false })
  })

  it('refuses a file larger than an export can be, before reading it', async () => {
    const io = fakeIo({ open: '/tmp/huge.json', size: MAX_FILE_TEXT + 1 })
    await expect(openText(io)).rejects.toThrow(DesktopFileError)
    await expect(openText(io)).rejects.toThrow(/huge\.json is too large/)
  })
})
