import { describe, expect, it } from 'vitest'
import { appPages, isAllowedRequestUrl, isAppPageUrl } from './trustedUrl'

const built = appPages(undefined, true)
const dev = appPages('http://localhost:5173/', false)

/** Files, other app:// hosts, the network and other schemes: never Worth's page, never loaded when packaged. */
const FOREIGN_URLS = [
  'file:///opt/Worth/resources/app.asar/out/renderer/index.html',
  'file:///etc/passwd',
  'app://evil/index.html',
  'app://worth.evil/index.html',
  'https://evil.example/',
  'http://localhost:5173/',
  'http://127.0.0.1:5173/',
  'about:blank',
  'javascript:alert(1)',
  '',
  'not a url',
]

describe.each(FOREIGN_URLS)('a foreign URL, %j, packaged', (url) => {
  it('is not the app page and is not loaded', () => {
    expect(isAppPageUrl(url, built)).toBe(false)
    expect(isAllowedRequestUrl(url, built)).toBe(false)
  })
})

describe('appPages', () => {
  it('uses the dev server only when unpackaged and ELECTRON_RENDERER_URL is set', () => {
    expect(appPages('http://localhost:5173', false).devUrl).toBe('http://localhost:5173')
    expect(appPages('http://localhost:5173', true).devUrl).toBeNull()
    expect(appPages(undefined, false).devUrl).toBeNull()
    expect(appPages('', false).devUrl).toBeNull()
    expect(built.appUrl).toBe('app://worth/index.html')
  })
})

describe('isAppPageUrl', () => {
  it("accepts Worth's page on its own scheme, with or without a query or hash", () => {
    expect(isAppPageUrl('app://worth/index.html', built)).toBe(true)
    expect(isAppPageUrl('app://worth/index.html#/offers', built)).toBe(true)
    expect(isAppPageUrl('app://worth/index.html?x=1', built)).toBe(true)
    expect(isAppPageUrl('app://worth/', built)).toBe(true)
  })

  it('rejects other app:// paths and pages that are not pages', () => {
    for (const url of [
      'app://worth/other.html',
      'app://worth/assets/index.js',
      'data:text/html,<script>alert(1)</script>',
    ])
      expect(isAppPageUrl(url, built), url).toBe(false)
    expect(isAppPageUrl('devtools://devtools/bundled/inspector.html', built)).toBe(false)
    expect(isAppPageUrl(null, built)).toBe(false)
    expect(isAppPageUrl(undefined, built)).toBe(false)
  })

  it('accepts any page of the dev server in dev, and nothing else on the network', () => {
    expect(isAppPageUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isAppPageUrl('http://localhost:5173/index.html#/x', dev)).toBe(true)
    expect(isAppPageUrl('app://worth/index.html', dev)).toBe(true)
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppPageUrl('https://localhost:5173/', dev)).toBe(false)
    expect(isAppPageUrl('http://localhost.evil.example:5173/', dev)).toBe(false)
    expect(isAppPageUrl('http://evil.example/', dev)).toBe(false)
  })

  it('never trusts a dev server URL that is not on this machine', () => {
    const remote = appPages('https://evil.example/', false)
    expect(isAppPageUrl('https://evil.example/', remote)).toBe(false)
    const weird = appPages('javascript:alert(1)', false)
    expect(isAppPageUrl('javascript:alert(1)', weird)).toBe(false)
  })
})

describe('isAllowedRequestUrl', () => {
  it("allows Worth's own app:// files, inline data and DevTools", () => {
    expect(isAllowedRequestUrl('app://worth/index.html', built)).toBe(true)
    expect(isAllowedRequestUrl('app://worth/assets/index-abc.js', built)).toBe(true)
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA', built)).toBe(true)
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', built)).toBe(true)
  })

  it('blocks other network schemes and blobs when packaged', () => {
    for (const url of ['ws://localhost:5173/', 'ftp://x/', 'blob:null/1'])
      expect(isAllowedRequestUrl(url, built), url).toBe(false)
  })

  it('allows the dev server and its hot-reload socket in dev only', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAllowedRequestUrl('ws://localhost:5173/', dev)).toBe(true)
    expect(isAllowedRequestUrl('ws://localhost:9999/', dev)).toBe(false)
    expect(isAllowedRequestUrl('https://fonts.example/font.woff2', dev)).toBe(false)
  })
})
