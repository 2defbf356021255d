import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WorthBridge } from '../../../shared/contract'
import { datasetInfo, estimateOffer, isReply, roleInsights, searchLocations, searchTitles } from './api'

const estimateInput = { title: 'Software engineer', location: 'Seattle, WA', base: 150000 }

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

function fakeBridge(): WorthBridge {
  return {
    searchTitles: vi.fn(async () => ({
      ok: true as const,
      value: { query: 'dev', suggestions: [], occupations: [] },
    })),
    searchLocations: vi.fn(async () => ({
      ok: true as const,
      value: { query: 'sea', matches: [], ambiguous: false },
    })),
    estimateOffer: vi.fn(async () => ({
      ok: false as const,
      error: { code: 'unknown-title' as const, field: 'title', message: 'No such title' },
    })),
    datasetInfo: vi.fn(async () => ({
      ok: true as const,
      value: { version: '2024.1', occupations: 1, areas: 1, titles: 1, places: 1, sources: [] },
    })),
    roleInsights: vi.fn(async () => ({
      ok: false as const,
      error: { code: 'unknown-title' as const, field: 'title', message: 'No such title' },
    })),
    // Not called here; present so the bridge is the whole contract.
    compareOffers: vi.fn(notUsed),
    negotiateOffer: vi.fn(notUsed),
    checkOffer: vi.fn(notUsed),
    equivalentSalary: vi.fn(notUsed),
  }
}

async function notUsed() {
  return { ok: false as const, error: { code: 'internal' as const, message: 'not used in these tests' } }
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

    expect(bridge.estimateOffer).toHaveBeenCalledWith(estimateInput)
    expect(bridge.searchTitles).toHaveBeenCalledWith({ query: 'dev' })
    expect(bridge.searchLocations).toHaveBeenCalledWith({ query: 'sea' })
    expect(bridge.datasetInfo).toHaveBeenCalledWith({})
    expect(reply).toEqual({
      ok: false,
      error: { code: 'unknown-title', field: 'title', message: 'No such title' },
    })
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('turns a rejected bridge call into an internal error', async () => {
    const bridge = fakeBridge()
    bridge.searchTitles = vi.fn(async () => {
      throw new Error('ipc closed')
    })
    window.worth = bridge
    const reply = await searchTitles({ query: 'dev' })
    expect(reply.ok).toBe(false)
    if (!reply.ok) expect(reply.error.code).toBe('internal')
  })
})

describe('roleInsights', () => {
  const input = { title: 'Registered Nurse', location: 'Cleveland, OH', soc: '29-1141' }

  it('calls the bridge’s roleInsights in Electron', async () => {
    const bridge = fakeBridge()
    window.worth = bridge
    const reply = await roleInsights(input)
    expect(bridge.roleInsights).toHaveBeenCalledWith(input)
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

  it('turns a network failure into an internal error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )
    const reply = await estimateOffer(estimateInput)
    expect(reply.ok).toBe(false)
    if (!reply.ok) {
      expect(reply.error.code).toBe('internal')
      expect(reply.error.message).toMatch(/could not reach/i)
    }
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

describe('isReply', () => {
  it('accepts both reply shapes and refuses others', () => {
    expect(isReply({ ok: true, value: 1 })).toBe(true)
    expect(isReply({ ok: false, error: { code: 'internal', message: 'x' } })).toBe(true)
    expect(isReply({ ok: false, error: 'x' })).toBe(false)
    expect(isReply({ ok: true })).toBe(false)
    expect(isReply(null)).toBe(false)
  })
})
