import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DESKTOP_CHANNELS } from '../shared/desktop'
import type { DesktopIo } from './desktopFiles'

const ipcMain = vi.hoisted(() => ({ handle: vi.fn(), removeHandler: vi.fn() }))
vi.mock('electron', () => ({ ipcMain }))

const { answerDesktop, DESKTOP_FORBIDDEN, registerDesktopIpc } = await import('./desktopIpc')

const APP = 'file:///opt/Worth/out/renderer/index.html'
const isTrusted = (url: string): boolean => url === APP
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

beforeEach(() => {
  ipcMain.handle.mockClear()
  ipcMain.removeHandler.mockClear()
})

describe('answerDesktop', () => {
  it('refuses a foreign or missing sender before touching any file', async () => {
    const files = io()
    for (const url of ['https://evil.example/', 'file:///tmp/evil.html', null]) {
      for (const channel of DESKTOP_CHANNELS) {
        expect(await answerDesktop(channel, url, {}, isTrusted, () => files, quiet)).toEqual(
          DESKTOP_FORBIDDEN,
        )
      }
    }
    expect(files.writeFile).not.toHaveBeenCalled()
  })

  it('validates the input: a file name with folders, an unknown kind, extra keys', async () => {
    const files = io()
    const bad = [
      { suggestedName: '../../.bashrc', kind: 'json', text: '' },
      { suggestedName: 'offers.json', kind: 'exe', text: '' },
      { suggestedName: 'offers.json', kind: 'json', text: '', path: '/etc/passwd' },
      { suggestedName: 'offers.json', kind: 'json', text: 42 },
    ]
    for (const input of bad) {
      const reply = await answerDesktop('file:saveText', APP, input, isTrusted, () => files, quiet)
      expect(reply.ok).toBe(false)
    }
    const named = await answerDesktop(
      'file:savePdf',
      APP,
      { suggestedName: 'a/b.pdf' },
      isTrusted,
      () => files,
      quiet,
    )
    expect(named).toEqual({ ok: false, message: 'suggestedName must be a plain file name without folders' })
    expect(files.writeFile).not.toHaveBeenCalled()
  })

  it('saves through the dialog for a trusted sender with valid input', async () => {
    const files = io()
    const reply = await answerDesktop(
      'file:saveText',
      APP,
      { suggestedName: 'worth-offers.json', kind: 'json', text: '{}' },
      isTrusted,
      () => files,
      quiet,
    )
    expect(reply).toEqual({ ok: true, value: { saved: true, path: '/tmp/out.json' } })
    expect(files.writeFile).toHaveBeenCalledWith('/tmp/out.json', '{}')
  })

  it('opens a file and hands back its text', async () => {
    const reply = await answerDesktop('file:openText', APP, { kind: 'json' }, isTrusted, () => io(), quiet)
    expect(reply).toEqual({ ok: true, value: { opened: true, name: 'in.json', text: '{"x":1}' } })
  })

  it('turns a failed write into a message, without the error details', async () => {
    const files = io({
      writeFile: async () => {
        throw new Error('EACCES: permission denied, open /secret/path')
      },
    })
    const reply = await answerDesktop(
      'file:savePdf',
      APP,
      { suggestedName: 'brief.pdf' },
      isTrusted,
      () => files,
      quiet,
    )
    expect(reply).toMatchObject({ ok: false })
    expect(JSON.stringify(reply)).not.toContain('/secret/path')
  })

  it('says plainly when a file to import is too large', async () => {
    const reply = await answerDesktop(
      'file:openText',
      APP,
      { kind: 'json' },
      isTrusted,
      () => io({ fileSize: async () => 6_000_000 }),
      quiet,
    )
    expect(reply).toEqual({
      ok: false,
      message: 'in.json is too large to be a Worth export (over 5 MB). Nothing was imported.',
    })
  })
})

describe('registerDesktopIpc', () => {
  it('registers one handler per desktop channel that checks the sender frame', async () => {
    const unregister = registerDesktopIpc(isTrusted, () => io(), quiet)
    const registered = new Map(
      ipcMain.handle.mock.calls.map(([channel, fn]) => [
        channel as string,
        fn as (e: unknown, i: unknown) => unknown,
      ]),
    )
    expect([...registered.keys()].sort()).toEqual([...DESKTOP_CHANNELS].sort())
    const foreign = await registered.get('file:openText')?.(
      { senderFrame: { url: 'https://evil.example/' } },
      {},
    )
    expect(foreign).toEqual(DESKTOP_FORBIDDEN)
    const own = await registered.get('file:openText')?.({ senderFrame: { url: APP } }, { kind: 'json' })
    expect(own).toMatchObject({ ok: true, value: { opened: true } })
    unregister()
    expect(ipcMain.removeHandler).toHaveBeenCalledTimes(DESKTOP_CHANNELS.length)
  })
})
