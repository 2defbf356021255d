// main's answers to the desktop-only channels, given input ipc.ts already checked (sender and schema: ipc.test.ts).
import { describe, expect, it, vi } from 'vitest'
import type { DesktopIo } from './desktopFiles'
import { answerDesktop } from './desktopIpc'

const quiet = (): void => {}

function io(overrides: Partial<DesktopIo> = {}): DesktopIo {
  return {
    showSaveDialog: async () => ({ canceled: false, filePath: '/tmp/out.json' }),
    showOpenDialog: async () => ({ canceled: false, filePaths: ['/tmp/in.json'] }),
    writeFile: vi.fn(async () => {}),
    fileSize: async () => 20,
    readText: async () => '{"x":1}',
    printToPdf: async () => new Uint8Array([1]),
    startFolder: () => '/tmp',
    ...overrides,
  }
}

describe('answerDesktop', () => {
  it('saves through the dialog', async () => {
    const files = io()
    const reply = await answerDesktop(
      'file:saveText',
      { suggestedName: 'worth-offers.json', kind: 'json', text: '{}' },
      files,
      quiet,
    )
    expect(reply).toEqual({ ok: true, value: { saved: true, path: '/tmp/out.json' } })
    expect(files.writeFile).toHaveBeenCalledWith('/tmp/out.json', '{}')
  })

  it('opens a file and hands back its text', async () => {
    const reply = await answerDesktop('file:openText', { kind: 'json' }, io(), quiet)
    expect(reply).toEqual({ ok: true, value: { opened: true, name: 'in.json', text: '{"x":1}' } })
  })

  it('turns a failed write into a message, without the error details', async () => {
    const log = vi.fn()
    const files = io({
      writeFile: async () => {
        throw new Error('EACCES: permission denied, open /secret/path')
      },
    })
    const reply = await answerDesktop('file:savePdf', { suggestedName: 'brief.pdf' }, files, log)
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(reply)).not.toContain('/secret/path')
    expect(log).toHaveBeenCalledTimes(1)
  })

  it('says plainly when a file to import is too large', async () => {
    const reply = await answerDesktop(
      'file:openText',
      { kind: 'json' },
      io({ fileSize: async () => 6_000_000 }),
      quiet,
    )
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'in.json is too large to be a Worth export (over 5 MB). Nothing was imported.',
      },
    })
  })
})
