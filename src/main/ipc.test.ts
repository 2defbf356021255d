import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../shared/contract'
import { fakeHandlers } from '../core/testing/fakeHandlers'

const ipcMain = vi.hoisted(() => ({ handle: vi.fn(), removeHandler: vi.fn() }))
vi.mock('electron', () => ({ ipcMain }))

const { FORBIDDEN_REPLY, registerIpc } = await import('./ipc')
const { dispatch } = await import('../core/app/dispatch')

/** The backend's answer, in process: dispatch over handlers that echo their input. */
const relay = vi.fn((channel: Parameters<typeof dispatch>[1], input: unknown) =>
  dispatch(fakeHandlers(), channel, input),
)

const APP = 'file:///opt/Worth/out/renderer/index.html'
const isTrusted = (url: string): boolean => url === APP
const quiet = (): void => {}

type Invoke = (event: unknown, input: unknown) => unknown

function register(): Map<string, Invoke> {
  registerIpc(relay, isTrusted, quiet)
  return new Map(ipcMain.handle.mock.calls.map(([channel, fn]) => [channel as string, fn as Invoke]))
}

const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } })

beforeEach(() => {
  relay.mockClear()
  ipcMain.handle.mockClear()
  ipcMain.removeHandler.mockClear()
})

describe('registerIpc', () => {
  it('registers exactly one handler per channel', () => {
    const registered = register()
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length)
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort())
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
    for (const channel of CHANNELS) {
      const invoke = registered.get(channel)
      expect(invoke?.(from('https://evil.example/'), { query: 'x' })).toEqual(FORBIDDEN_REPLY)
      expect(invoke?.(from('file:///tmp/evil.html'), { query: 'x' })).toEqual(FORBIDDEN_REPLY)
      expect(invoke?.(from(null), { query: 'x' })).toEqual(FORBIDDEN_REPLY)
      expect(invoke?.(destroyed, { query: 'x' })).toEqual(FORBIDDEN_REPLY)
    }
    expect(FORBIDDEN_REPLY).toMatchObject({ ok: false, error: { code: 'forbidden' } })
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
    const unregister = registerIpc(relay, isTrusted, quiet)
    unregister()
    expect(ipcMain.removeHandler.mock.calls.map(([c]) => c).sort()).toEqual([...CHANNELS].sort())
  })
})
