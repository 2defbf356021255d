import { describe, expect, it, vi } from 'vitest'
import { ALL_CHANNELS } from '../shared/contract'
import { DESKTOP_EVENT_CHANNEL } from '../shared/desktopEvents'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}))
vi.mock('electron', () => electron)

await import('./index')

type Invoke = (channel: unknown, input: unknown) => Promise<unknown>
const bridge = () => electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as { invoke: Invoke }

describe('preload', () => {
  it('exposes two objects once each: window.worth (every call) and window.worthDesktop (main’s events)', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(2)
    expect(electron.contextBridge.exposeInMainWorld.mock.calls.map(([name]) => name)).toEqual([
      'worth',
      'worthDesktop',
    ])
  })

  it('window.worth has one function, invoke, and nothing else (no ipcRenderer, no send, no on)', () => {
    expect(Object.keys(bridge())).toEqual(['invoke'])
    const desktop = electron.contextBridge.exposeInMainWorld.mock.calls[1]?.[1] as Record<string, unknown>
    expect(Object.keys(desktop)).toEqual(['onDesktopEvent'])
  })

  it('invoke calls ipcRenderer.invoke once with the channel and input unchanged, for every channel', async () => {
    for (const channel of ALL_CHANNELS) {
      electron.ipcRenderer.invoke.mockClear()
      const input = { query: `for ${channel}` }
      const reply = await bridge().invoke(channel, input)
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1)
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channel, input)
      expect(reply).toEqual({ ok: true, value: { channel, input } })
    }
  })

  it('refuses a channel that is not a string without reaching ipc', async () => {
    electron.ipcRenderer.invoke.mockClear()
    for (const channel of [undefined, 42, { toString: () => 'titles:search' }])
      await expect(bridge().invoke(channel, {})).rejects.toThrow()
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled()
  })

  it("window.worthDesktop.onDesktopEvent hands main's events to the listener, without the IPC event, until stopped", () => {
    const desktop = electron.contextBridge.exposeInMainWorld.mock.calls[1]?.[1] as {
      onDesktopEvent: (listener: (event: unknown) => void) => () => void
    }
    const seen: unknown[] = []
    const stop = desktop.onDesktopEvent((event) => seen.push(event))
    const [channel, relay] = electron.ipcRenderer.on.mock.calls[0] as [
      string,
      (e: unknown, p: unknown) => void,
    ]
    expect(channel).toBe(DESKTOP_EVENT_CHANNEL)
    relay({ sender: 'the ipc event stays in the preload' }, { type: 'open-view', view: 'compare' })
    expect(seen).toEqual([{ type: 'open-view', view: 'compare' }])
    stop()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(DESKTOP_EVENT_CHANNEL, relay)
  })
})

describe('preload imports', () => {
  it("imports nothing at run time but 'electron' (the sandboxed preload cannot load other modules)", async () => {
    const { readFile } = await import('node:fs/promises')
    const source = await readFile(new URL('./index.ts', import.meta.url), 'utf8')
    const imports = [...source.matchAll(/^import\s+(type\s+)?[^'"]*from\s+['"]([^'"]+)['"]/gm)]
    expect(imports.length).toBeGreaterThan(0)
    for (const [line, typeOnly, from] of imports) {
      expect(typeOnly !== undefined || from === 'electron', line).toBe(true)
    }
  })
})
