// One contract, checked from every side: each channel has a schema, a handler, a preload function and a
// function name, and the names line up.
import { describe, expect, it, vi } from 'vitest'
import { createHandlers } from '../core/app/handlers'
import { loadDatasetFromDisk } from '../node/datasetFromDisk'
import { API_FUNCTION, CHANNELS, channelSchemas } from './contract'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })) },
}))
vi.mock('electron', () => electron)

describe('the contract', () => {
  it('names channels as domain:action, without duplicates', () => {
    expect([...CHANNELS].sort()).toEqual([
      'compare:equivalent',
      'compare:offers',
      'dataset:info',
      'estimate:offer',
      'insights:role',
      'locations:search',
      'negotiate:offer',
      'offer:check',
      'titles:search',
    ])
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length)
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z]+$/)
  })

  it('gives every channel an input schema', () => {
    for (const channel of CHANNELS)
      expect(typeof channelSchemas[channel]?.safeParse, channel).toBe('function')
  })

  it('gives every channel exactly one, unique, function name', () => {
    expect(Object.keys(API_FUNCTION).sort()).toEqual([...CHANNELS].sort())
    const names = CHANNELS.map((c) => API_FUNCTION[c])
    expect(new Set(names).size).toBe(names.length)
  })

  it('has a handler for every channel and no other', () => {
    const handlers = createHandlers(loadDatasetFromDisk())
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) expect(typeof handlers[channel], channel).toBe('function')
  })

  it('has a preload function for every channel, under its API_FUNCTION name, calling that channel', async () => {
    await import('../preload/index')
    const bridge = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as Record<
      string,
      (input: unknown) => unknown
    >
    expect(Object.keys(bridge).sort()).toEqual(CHANNELS.map((c) => API_FUNCTION[c]).sort())
    for (const channel of CHANNELS) {
      electron.ipcRenderer.invoke.mockClear()
      await bridge[API_FUNCTION[channel]]?.({})
      expect(electron.ipcRenderer.invoke, channel).toHaveBeenCalledWith(channel, {})
    }
  })
})
