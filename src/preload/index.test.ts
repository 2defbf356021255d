import { describe, expect, it, vi } from 'vitest'
import { API_FUNCTION, CHANNELS } from '../shared/contract'
import { DESKTOP_CHANNELS, DESKTOP_FUNCTION } from '../shared/desktop'
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

describe('preload', () => {
  it('exposes two objects once each: window.worth (data) and window.worthDesktop (dialogs, PDF)', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(2)
    expect(electron.contextBridge.exposeInMainWorld.mock.calls.map(([name]) => name)).toEqual([
      'worth',
      'worthDesktop',
    ])
  })

  it('window.worthDesktop has one function per desktop channel, each invoking only its channel', async () => {
    const desktop = electron.contextBridge.exposeInMainWorld.mock.calls[1]?.[1] as Record<
      string,
      (input: unknown) => Promise<unknown>
    >
    expect(Object.keys(desktop).sort()).toEqual(
      [...DESKTOP_CHANNELS.map((c) => DESKTOP_FUNCTION[c]), 'onDesktopEvent'].sort(),
    )
    for (const channel of DESKTOP_CHANNELS) {
      electron.ipcRenderer.invoke.mockClear()
      const input = { suggestedName: `for ${channel}` }
      await desktop[DESKTOP_FUNCTION[channel]]?.(input)
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1)
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channel, input)
    }
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

  it('exposes exactly one function per channel and nothing else', () => {
    const bridge = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as Record<string, unknown>
    expect(Object.keys(bridge).sort()).toEqual(CHANNELS.map((c) => API_FUNCTION[c]).sort())
    for (const fn of Object.values(bridge)) expect(typeof fn).toBe('function')
  })

  it('invokes the right channel with the input, and only that', async () => {
    const bridge = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as Record<
      string,
      (input: unknown) => Promise<unknown>
    >
    for (const channel of CHANNELS) {
      electron.ipcRenderer.invoke.mockClear()
      const input = { query: `for ${channel}` }
      const reply = await bridge[API_FUNCTION[channel]]?.(input)
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1)
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channel, input)
      expect(reply).toEqual({ ok: true, value: { channel, input } })
    }
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
