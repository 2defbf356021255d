import { describe, expect, it } from 'vitest'
import { CHANNELS, DESKTOP_CHANNELS } from '../shared/contract'
import {
  DEFAULT_PORT,
  errorCodeFor,
  isOwnHost,
  isOwnOrigin,
  parsePort,
  routeRequest,
  staticFileFor,
} from './routes'

const PORT = 5317
const head = (
  method: string,
  url: string,
  headers: { host?: string; origin?: string } = { host: `127.0.0.1:${PORT}` },
) => ({
  method,
  url,
  headers,
})

describe('parsePort', () => {
  it('defaults to 5317, accepts 0 for a free port, and refuses nonsense', () => {
    expect(parsePort(undefined)).toBe(DEFAULT_PORT)
    expect(parsePort('')).toBe(5317)
    expect(parsePort('0')).toBe(0)
    expect(parsePort('8080')).toBe(8080)
    for (const bad of ['-1', '65536', '80.5', 'abc']) expect(() => parsePort(bad), bad).toThrow(/PORT/)
  })
})

describe('host and origin checks (DNS rebinding guard)', () => {
  it('accepts only loopback names with the right port', () => {
    expect(isOwnHost('127.0.0.1:5317', PORT)).toBe(true)
    expect(isOwnHost('localhost:5317', PORT)).toBe(true)
    expect(isOwnHost('LOCALHOST:5317', PORT)).toBe(true)
    for (const bad of [
      undefined,
      '',
      '127.0.0.1',
      '127.0.0.1:80',
      'evil.example:5317',
      'localhost.evil.example:5317',
      '0.0.0.0:5317',
    ]) {
      expect(isOwnHost(bad, PORT), String(bad)).toBe(false)
    }
  })

  it('accepts no Origin or our own, and nothing else', () => {
    expect(isOwnOrigin(undefined, PORT)).toBe(true)
    expect(isOwnOrigin('http://127.0.0.1:5317', PORT)).toBe(true)
    expect(isOwnOrigin('http://localhost:5317', PORT)).toBe(true)
    for (const bad of [
      'null',
      'http://evil.example',
      'http://127.0.0.1:5318',
      'https://127.0.0.1:5317',
      'file://',
    ]) {
      expect(isOwnOrigin(bad, PORT), bad).toBe(false)
    }
  })
})

describe('staticFileFor', () => {
  it("maps '/' to index.html and paths to files", () => {
    expect(staticFileFor('/')).toBe('index.html')
    expect(staticFileFor('/index.html')).toBe('index.html')
    expect(staticFileFor('/assets/index-abc.js')).toBe('assets/index-abc.js')
    expect(staticFileFor('/assets//x.css')).toBe('assets/x.css')
  })

  it('refuses paths that climb out or reach hidden or odd files', () => {
    for (const bad of [
      '/../etc/passwd',
      '/assets/../../x',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2fetc',
      '/a%5c..%5cb',
      '/a%00.js',
      '/.env',
      '/%E0%A4%A',
      'relative',
    ]) {
      expect(staticFileFor(bad), bad).toBeNull()
    }
  })
})

describe('routeRequest', () => {
  it('routes POST /api/<channel> for every channel', () => {
    for (const channel of CHANNELS) {
      expect(routeRequest(head('POST', `/api/${channel}`), PORT)).toEqual({ kind: 'api', channel })
      expect(routeRequest(head('POST', `/api/${encodeURIComponent(channel)}`), PORT)).toEqual({
        kind: 'api',
        channel,
      })
    }
  })

  it('answers 404 for an unknown channel and 405 for other methods', () => {
    expect(routeRequest(head('POST', '/api/nope:nope'), PORT)).toMatchObject({
      kind: 'reject',
      status: 404,
      api: true,
    })
    expect(routeRequest(head('POST', '/api/constructor'), PORT)).toMatchObject({
      kind: 'reject',
      status: 404,
    })
    // The table's desktop-only channels (native dialogs, PDF) have no route in browser mode.
    for (const channel of DESKTOP_CHANNELS)
      expect(routeRequest(head('POST', `/api/${channel}`), PORT), channel).toMatchObject({
        kind: 'reject',
        status: 404,
        api: true,
      })
    expect(routeRequest(head('POST', '/api'), PORT)).toMatchObject({ kind: 'reject', status: 404, api: true })
    expect(routeRequest(head('GET', '/api/titles:search'), PORT)).toMatchObject({
      kind: 'reject',
      status: 405,
      allow: 'POST',
    })
    expect(routeRequest(head('PUT', '/index.html'), PORT)).toMatchObject({
      kind: 'reject',
      status: 405,
      allow: 'GET, HEAD',
      api: false,
    })
  })

  it('refuses a foreign Host (403) for pages and API alike', () => {
    const evil = { host: `evil.example:${PORT}` }
    expect(routeRequest(head('GET', '/', evil), PORT)).toMatchObject({
      kind: 'reject',
      status: 403,
      api: false,
    })
    expect(routeRequest(head('POST', '/api/dataset:info', evil), PORT)).toMatchObject({
      kind: 'reject',
      status: 403,
      api: true,
    })
    expect(routeRequest(head('GET', '/', {}), PORT)).toMatchObject({ kind: 'reject', status: 403 })
  })

  it('refuses a cross-origin API call (403) and accepts a same-origin one', () => {
    const host = `localhost:${PORT}`
    expect(
      routeRequest(head('POST', '/api/dataset:info', { host, origin: 'http://evil.example' }), PORT),
    ).toMatchObject({
      status: 403,
    })
    expect(
      routeRequest(head('POST', '/api/dataset:info', { host, origin: `http://localhost:${PORT}` }), PORT),
    ).toEqual({
      kind: 'api',
      channel: 'dataset:info',
    })
  })

  it('serves files for GET and HEAD and refuses traversal and absolute URLs', () => {
    expect(routeRequest(head('GET', '/'), PORT)).toEqual({ kind: 'static', file: 'index.html' })
    expect(routeRequest(head('HEAD', '/assets/a.js?v=1'), PORT)).toEqual({
      kind: 'static',
      file: 'assets/a.js',
    })
    expect(routeRequest(head('GET', '/%2e%2e/package.json'), PORT)).toMatchObject({ status: 404 })
    expect(routeRequest(head('GET', 'http://evil.example/'), PORT)).toMatchObject({ status: 400 })
    expect(routeRequest(head('GET', '//evil.example/x'), PORT)).toMatchObject({ status: 400 })
  })
})

describe('errorCodeFor', () => {
  it('maps statuses to contract error codes', () => {
    expect(errorCodeFor(403)).toBe('forbidden')
    expect(errorCodeFor(404)).toBe('invalid-input')
    expect(errorCodeFor(500)).toBe('internal')
  })
})
