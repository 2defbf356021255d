// One contract, checked from every side: the channel table names each channel once, with its input schema; the
// backend has a handler for every backend channel and no other; the preload needs no per-channel code.
import { describe, expect, it, vi } from 'vitest'
import { createHandlers } from '../core/app/handlers'
import { loadDatasetFromDisk } from '../node/datasetFromDisk'
import { ALL_CHANNELS, CHANNELS, channels, DESKTOP_CHANNELS } from './contract'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn() },
}))
vi.mock('electron', () => electron)

describe('the contract', () => {
  it('names channels as domain:action, without duplicates', () => {
    expect(ALL_CHANNELS.length).toBeGreaterThan(0)
    expect(new Set(ALL_CHANNELS).size).toBe(ALL_CHANNELS.length)
    for (const channel of ALL_CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/)
  })

  it('splits the table into backend channels and desktop-only channels, each channel in exactly one', () => {
    expect(DESKTOP_CHANNELS).toEqual(ALL_CHANNELS.filter((c) => 'desktopOnly' in channels[c]))
    expect(DESKTOP_CHANNELS).toContain('file:savePdf')
    expect(CHANNELS).toContain('tax:compute')
    expect([...CHANNELS, ...DESKTOP_CHANNELS].sort()).toEqual([...ALL_CHANNELS].sort())
  })

  it('gives every channel an input schema that refuses unknown keys', () => {
    for (const channel of ALL_CHANNELS) {
      expect(typeof channels[channel].input.safeParse, channel).toBe('function')
      expect(channels[channel].input.safeParse({ sneaky: 1 }).success, channel).toBe(false)
    }
  })

  it('has a backend handler for every backend channel and no other', () => {
    const handlers = createHandlers(loadDatasetFromDisk())
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) expect(typeof handlers[channel], channel).toBe('function')
  })

  it('reaches every channel through the preload’s one invoke, which passes the channel and input unchanged', async () => {
    await import('../preload/index')
    const bridge = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as {
      invoke: (channel: string, input: unknown) => Promise<unknown>
    }
    expect(Object.keys(bridge)).toEqual(['invoke'])
    for (const channel of ALL_CHANNELS) {
      electron.ipcRenderer.invoke.mockClear()
      await bridge.invoke(channel, {})
      expect(electron.ipcRenderer.invoke, channel).toHaveBeenCalledWith(channel, {})
    }
  })
})
