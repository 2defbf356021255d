import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ALL_CHANNELS, CHANNELS, DESKTOP_CHANNELS } from '../shared/contract'
import { fakeHandlers } from '../core/testing/fakeHandlers'

const ipcMain = vi.hoisted(() => ({ handle: vi.fn(), removeHandler: vi.fn() }))
vi.mock('electron', () => ({ ipcMain }))

const { FORBIDDEN_REPLY, registerIpc } = await import('./ipc')
const { dispatch } = await import('../core/app/dispatch')

/** The backend's answer, in process: dispatch over handlers that echo their input. */
const relay = vi.fn((channel: Parameters<typeof dispatch>[1], input: unknown) =>
  dispatch(fakeHandlers(), channel, input),
)
/** main's own answer to a desktop-only channel (the real one is desktopIpc.ts, tested there). */
const desktop = vi.fn(async (channel: string, input: unknown) => ({
  ok: true as const,
  value: { channel, input },
}))

const APP = 'file:///opt/Worth/out/renderer/index.html'
const isTrusted = (url: string): boolean => url === APP
const quiet = (): void => {}

type Invoke = (event: unknown, input: unknown) => unknown

function register(): Map<string, Invoke> {
  registerIpc(relay, desktop, isTrusted, quiet)
  return new Map(ipcMain.handle.mock.calls.map(([channel, fn]) => [channel as string, fn as Invoke]))
}

const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } })

beforeEach(() => {
  relay.mockClear()
  desktop.mockClear()
  ipcMain.handle.mockClear()
  ipcMain.removeHandler.mockClear()
})

describe('registerIpc', () => {
  it('registers exactly one handler per channel of the table, desktop-only ones included', () => {
    const registered = register()
    expect(ipcMain.handle).toHaveBeenCalledTimes(ALL_CHANNELS.length)
    expect([...registered.keys()].sort()).toEqual([...ALL_CHANNELS].sort())
  })

  it('answers a desktop-only channel in main with its checked input, never relaying it to the backend', async () => {
    const registered = register()
    const input = { suggestedName: 'brief.pdf' }
    expect(await registered.get('file:savePdf')?.(from(APP), input)).toEqual({
      ok: true,
      value: { channel: 'file:savePdf', input },
    })
    expect(relay).not.toHaveBeenCalled()
    expect(desktop).toHaveBeenCalledTimes(1)
  })

  it('checks the input of a desktop-only channel first: a file name with folders, an unknown kind, extra keys', () => {
    const registered = register()
    const bad: [string, unknown][] = [
      ['file:saveText', { suggestedName: '../../.bashrc', kind: 'json', text: '' }],
      ['file:saveText', { suggestedName: 'offers.json', kind: 'exe', text: '' }],
      ['file:saveText', { suggestedName: 'offers.json', kind: 'json', text: '', path: '/etc/passwd' }],
      ['file:saveText', { suggestedName: 'offers.json', kind: 'json', text: 42 }],
      ['file:openText', { kind: 'csv' }],
      ['file:savePdf', { suggestedName: 'a/b.pdf' }],
    ]
    for (const [channel, input] of bad)
      expect(registered.get(channel)?.(from(APP), input), channel).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      })
    expect(registered.get('file:savePdf')?.(from(APP), { suggestedName: 'a/b.pdf' })).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        field: 'suggestedName',
        message: 'suggestedName: must be a plain file name without folders',
      },
    })
    expect(desktop).not.toHaveBeenCalled()
  })

  it("answers calls from Worth's own page through dispatch", () => {
    const registered = register()
    expect(registered.get('titles:search')?.(from(APP), { query: 'nurse' })).toEqual({
      ok: true,
      value: { query: 'nurse', suggestions: [], occupations: [] },
    })
  })

  it('refuses calls from a foreign page, a missing frame or a destroyed frame', () => {
    const registered = register()
    const destroyed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed')
      },
    }
    for (const channel of ALL_CHANNELS) {
      const invoke = registered.get(channel)
      expect(invoke?.(from('https://evil.example/'), { query: 'x' })).toEqual(FORBIDDEN_REPLY)
      expect(invoke?.(from('file:///tmp/evil.html'), { query: 'x' })).toEqual(FORBIDDEN_REPLY)
      expect(invoke?.(from(null), { query: 'x' })).toEqual(FORBIDDEN_REPLY)
      expect(invoke?.(destroyed, { query: 'x' })).toEqual(FORBIDDEN_REPLY)
    }
    expect(FORBIDDEN_REPLY).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(relay).not.toHaveBeenCalled()
    expect(desktop).not.toHaveBeenCalled()
  })

  it('validates input before relaying anything to the backend', () => {
    const registered = register()
    const reply = registered.get('titles:search')?.(from(APP), { query: 42 })
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(registered.get('dataset:info')?.(from(APP), { extra: true })).toMatchObject({ ok: false })
    registered.get('titles:search')?.(from('https://evil.example/'), { query: 'x' })
    expect(relay).not.toHaveBeenCalled()
    registered.get('titles:search')?.(from(APP), { query: 'nurse' })
    expect(relay).toHaveBeenCalledWith('titles:search', { query: 'nurse' })
  })

  it('passes user errors through and hides internal ones', () => {
    const registered = register()
    expect(registered.get('locations:search')?.(from(APP), { query: 'Springfield' })).toMatchObject({
      ok: false,
      error: { code: 'ambiguous-location' },
    })
    const crash = registered.get('locations:search')?.(from(APP), { query: 'crash' })
    expect(crash).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(crash)).not.toContain('secret stack detail')
  })

  it('can remove every handler again', () => {
    const unregister = registerIpc(relay, desktop, isTrusted, quiet)
    unregister()
    expect(ipcMain.removeHandler.mock.calls.map(([c]) => c).sort()).toEqual(
      [...CHANNELS, ...DESKTOP_CHANNELS].sort(),
    )
  })
})
