import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WorthBridge } from '../../../shared/contract'
import {
  datasetInfo,
  estimateOffer,
  HTTP_TIMEOUT_MS,
  invoke,
  isReply,
  roleInsights,
  searchLocations,
  searchTitles,
} from './api'

const estimateInput = { title: 'Software engineer', location: 'Seattle, WA', base: 150000 }
const SOFTWARE_ENGINEER_ANSWER = { percentile: { sentence: 'at the 63rd percentile' } }

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

/** window.worth as the preload exposes it: one invoke, answering a few channels as main would. */
function fakeBridge() {
  const replies: Record<string, unknown> = {
    'titles:search': { ok: true, value: { query: 'dev', suggestions: [], occupations: [] } },
    'locations:search': { ok: true, value: { query: 'sea', matches: [], ambiguous: false } },
    'estimate:offer': {
      ok: false,
      error: { code: 'unknown-title', field: 'title', message: 'No such title' },
    },
    'dataset:info': {
      ok: true,
      value: { version: '2024.1', occupations: 1, areas: 1, titles: 1, places: 1, sources: [] },
    },
    'insights:role': {
      ok: false,
      error: { code: 'unknown-title', field: 'title', message: 'No such title' },
    },
  }
  const invoke = vi.fn(async (channel: string, _input: unknown) => replies[channel])
  return { invoke: invoke as unknown as WorthBridge['invoke'], calls: invoke.mock.calls }
}

afterEach(() => {
  delete window.worth
  vi.unstubAllGlobals()
})

describe('api with the Electron bridge', () => {
  it('calls window.worth and never fetch', async () => {
    const bridge = fakeBridge()
    window.worth = bridge
    const fetchSpy = vi.fn()
    vi.stubGlobal('fetch', fetchSpy)

    const reply = await estimateOffer(estimateInput)
    await searchTitles({ query: 'dev' })
    await searchLocations({ query: 'sea' })
    await datasetInfo()

    expect(bridge.calls).toEqual([
      ['estimate:offer', estimateInput],
      ['titles:search', { query: 'dev' }],
      ['locations:search', { query: 'sea' }],
      ['dataset:info', {}],
    ])
    expect(reply).toEqual({
      ok: false,
      error: { code: 'unknown-title', field: 'title', message: 'No such title' },
    })
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('turns a rejected bridge call into an internal error', async () => {
    window.worth = {
      invoke: vi.fn(async () => {
        throw new Error('ipc closed')
      }),
    }
    const reply = await searchTitles({ query: 'dev' })
    expect(reply.ok).toBe(false)
    if (!reply.ok) expect(reply.error.code).toBe('internal')
  })
})

describe('roleInsights', () => {
  const input = { title: 'Registered Nurse', location: 'Cleveland, OH', soc: '29-1141' }

  it('invokes insights:role through the bridge in Electron', async () => {
    const bridge = fakeBridge()
    window.worth = bridge
    const reply = await roleInsights(input)
    expect(bridge.calls).toEqual([['insights:role', input]])
    expect(reply.ok).toBe(false)
  })

  it('POSTs to /api/insights:role in browser mode', async () => {
    const fetchSpy = vi.fn(async () =>
      jsonResponse({ ok: false, error: { code: 'unknown-title', message: 'No such title' } }, 400),
    )
    vi.stubGlobal('fetch', fetchSpy)
    await roleInsights(input)
    const [url, init] = fetchSpy.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/insights:role')
    expect(JSON.parse(String(init.body))).toEqual(input)
  })
})

describe('api in browser mode', () => {
  it('POSTs the input as JSON to the same-origin /api/<channel>', async () => {
    const fetchSpy = vi.fn(async () =>
      jsonResponse({ ok: true, value: { query: 'sea', matches: [], ambiguous: false } }),
    )
    vi.stubGlobal('fetch', fetchSpy)

    const reply = await searchLocations({ query: 'sea', limit: 5 })

    expect(reply).toEqual({ ok: true, value: { query: 'sea', matches: [], ambiguous: false } })
    expect(fetchSpy).toHaveBeenCalledTimes(1)
    const [url, init] = fetchSpy.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/locations:search')
    expect(init.method).toBe('POST')
    expect(new Headers(init.headers).get('Content-Type')).toBe('application/json')
    expect(JSON.parse(String(init.body))).toEqual({ query: 'sea', limit: 5 })
  })

  it('passes through an error Reply sent with an error status', async () => {
    const error = { code: 'invalid-input', field: 'base', message: 'Base salary: must be more than $0.' }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ ok: false, error }, 400)),
    )
    expect(await estimateOffer(estimateInput)).toEqual({ ok: false, error })
  })

  it('turns a network failure into an internal error, after asking once more', async () => {
    const fetchSpy = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })
    vi.stubGlobal('fetch', fetchSpy)
    const reply = await estimateOffer(estimateInput)
    expect(reply.ok).toBe(false)
    if (!reply.ok) {
      expect(reply.error.code).toBe('internal')
      expect(reply.error.message).toMatch(/could not reach/i)
      expect(reply.error.message).toContain('npm run web')
    }
    expect(fetchSpy).toHaveBeenCalledTimes(2)
  })

  it('asks once more when the connection was dropped, and gives that answer', async () => {
    const answer = { ok: true, value: { query: 'sea', matches: [], ambiguous: false } }
    const fetchSpy = vi
      .fn<() => Promise<Response>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(jsonResponse(answer))
    vi.stubGlobal('fetch', fetchSpy)
    expect(await searchLocations({ query: 'sea' })).toEqual(answer)
    expect(fetchSpy).toHaveBeenCalledTimes(2)
    const [url, init] = fetchSpy.mock.calls[1] as unknown as [string, RequestInit]
    expect(url).toBe('/api/locations:search')
    expect(JSON.parse(String(init.body))).toEqual({ query: 'sea' })
  })

  describe('a request with no answer', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    })
    afterEach(() => {
      vi.useRealTimers()
    })

    /** A fetch that never answers, and rejects as a browser does when its signal aborts it. */
    const hangingFetch = () =>
      vi.fn(
        (_url: string, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) => {
            init?.signal?.addEventListener('abort', () =>
              reject(new DOMException('The operation was aborted.', 'AbortError')),
            )
          }),
      )

    it('is given up after HTTP_TIMEOUT_MS and sent once more, whose answer is taken', async () => {
      const hanging = hangingFetch()
      hanging
        .mockImplementationOnce(hangingFetch())
        .mockImplementationOnce(async () => jsonResponse({ ok: true, value: SOFTWARE_ENGINEER_ANSWER }))
      vi.stubGlobal('fetch', hanging)
      let reply: unknown = null
      void estimateOffer(estimateInput).then((value) => (reply = value))
      await vi.advanceTimersByTimeAsync(HTTP_TIMEOUT_MS - 1)
      expect(hanging).toHaveBeenCalledTimes(1)
      expect(reply).toBeNull()
      await vi.advanceTimersByTimeAsync(1)
      expect(hanging).toHaveBeenCalledTimes(2)
      await vi.waitFor(() => expect(reply).toEqual({ ok: true, value: SOFTWARE_ENGINEER_ANSWER }))
    })

    it('says the server did not answer in time when the second attempt has no answer either', async () => {
      const hanging = hangingFetch()
      vi.stubGlobal('fetch', hanging)
      let reply: unknown = null
      void estimateOffer(estimateInput).then((value) => (reply = value))
      await vi.advanceTimersByTimeAsync(HTTP_TIMEOUT_MS * 2)
      expect(hanging).toHaveBeenCalledTimes(2)
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'internal', message: expect.stringMatching(/did not answer in time/) },
      })
    })
  })

  it('turns an unreadable body into an internal error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>502</html>', { status: 502 })),
    )
    const reply = await datasetInfo()
    expect(reply.ok).toBe(false)
    if (!reply.ok) expect(reply.error.code).toBe('internal')

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ hello: 'world' })),
    )
    const odd = await datasetInfo()
    expect(odd.ok).toBe(false)
  })
})

describe('invoke', () => {
  it('reaches any channel of the table by name, typed by the table (here a desktop-only one)', async () => {
    const bridge = fakeBridge()
    window.worth = bridge
    await invoke('file:openText', { kind: 'json' })
    await invoke('tax:compute', { wages: 150000, location: 'Texas' })
    expect(bridge.calls).toEqual([
      ['file:openText', { kind: 'json' }],
      ['tax:compute', { wages: 150000, location: 'Texas' }],
    ])
  })

  it('POSTs any channel to /api/<channel> in browser mode and hands back its Reply', async () => {
    const tax = { place: 'Texas', notes: [], tax: { takeHome: 1 } }
    const fetchSpy = vi.fn(async () => jsonResponse({ ok: true, value: tax }))
    vi.stubGlobal('fetch', fetchSpy)
    expect(await invoke('tax:compute', { wages: 150000, location: 'Texas' })).toEqual({
      ok: true,
      value: tax,
    })
    const [url] = fetchSpy.mock.calls[0] as unknown as [string]
    expect(url).toBe('/api/tax:compute')
  })
})

describe('isReply', () => {
  it('accepts both reply shapes and refuses others', () => {
    expect(isReply({ ok: true, value: 1 })).toBe(true)
    expect(isReply({ ok: false, error: { code: 'internal', message: 'x' } })).toBe(true)
    expect(isReply({ ok: false, error: 'x' })).toBe(false)
    expect(isReply({ ok: true })).toBe(false)
    expect(isReply(null)).toBe(false)
  })
})
