import { describe, expect, it } from 'vitest'
import { pathToFileURL } from 'node:url'
import { appPages, isAllowedRequestUrl, isAppPageUrl } from './trustedUrl'

const index = '/opt/Worth/resources/app.asar/out/renderer/index.html'
const fileUrl = pathToFileURL(index).href
const built = appPages(index, undefined, true)
const dev = appPages(index, 'http://localhost:5173/', false)

describe('appPages', () => {
  it('uses the dev server only when unpackaged and ELECTRON_RENDERER_URL is set', () => {
    expect(appPages(index, 'http://localhost:5173', false).devUrl).toBe('http://localhost:5173')
    expect(appPages(index, 'http://localhost:5173', true).devUrl).toBeNull()
    expect(appPages(index, undefined, false).devUrl).toBeNull()
    expect(appPages(index, '', false).devUrl).toBeNull()
    expect(built.fileUrl).toBe(fileUrl)
  })
})

describe('isAppPageUrl', () => {
  it('accepts the built index.html, with or without a query or hash', () => {
    expect(isAppPageUrl(fileUrl, built)).toBe(true)
    expect(isAppPageUrl(`${fileUrl}#/offers`, built)).toBe(true)
    expect(isAppPageUrl(`${fileUrl}?x=1`, built)).toBe(true)
  })

  it('accepts the same path written with different escaping', () => {
    const spaced = appPages('/Applications/My Apps/Worth/index.html', undefined, true)
    expect(isAppPageUrl('file:///Applications/My%20Apps/Worth/index.html', spaced)).toBe(true)
    expect(isAppPageUrl('file:///Applications/My Apps/Worth/index.html', spaced)).toBe(true)
  })

  it('rejects other files, other hosts and other schemes', () => {
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/Worth/resources/app.asar/out/renderer/other.html',
      'file:///opt/Worth/resources/app.asar/out/renderer/index.html.evil',
      'file://evil.example/opt/Worth/resources/app.asar/out/renderer/index.html',
      'https://evil.example/',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'devtools://devtools/bundled/inspector.html',
      '',
      'not a url',
      'file:///opt/Worth/resources/app.asar/out/renderer/%E0%A4%A.html',
    ]) {
      expect(isAppPageUrl(url, built), url).toBe(false)
    }
    expect(isAppPageUrl(null, built)).toBe(false)
    expect(isAppPageUrl(undefined, built)).toBe(false)
  })

  it('resolves dot-dot segments before comparing', () => {
    expect(isAppPageUrl('file:///opt/Worth/resources/app.asar/out/main/../renderer/index.html', built)).toBe(
      true,
    )
    expect(isAppPageUrl('file:///opt/Worth/resources/app.asar/out/renderer/../main/index.html', built)).toBe(
      false,
    )
  })

  it('accepts any page of the dev server in dev, and nothing else on the network', () => {
    expect(isAppPageUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isAppPageUrl('http://localhost:5173/index.html#/x', dev)).toBe(true)
    expect(isAppPageUrl(fileUrl, dev)).toBe(true)
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppPageUrl('https://localhost:5173/', dev)).toBe(false)
    expect(isAppPageUrl('http://localhost.evil.example:5173/', dev)).toBe(false)
    expect(isAppPageUrl('http://evil.example/', dev)).toBe(false)
  })

  it('never trusts a dev server URL that is not on this machine', () => {
    const remote = appPages(index, 'https://evil.example/', false)
    expect(isAppPageUrl('https://evil.example/', remote)).toBe(false)
    const weird = appPages(index, 'javascript:alert(1)', false)
    expect(isAppPageUrl('javascript:alert(1)', weird)).toBe(false)
  })

  it('compares paths case-insensitively only when asked (Windows)', () => {
    const win = appPages('C:\\Program Files\\Worth\\out\\renderer\\index.html', undefined, true)
    const upper = win.fileUrl.toUpperCase().replace('FILE:', 'file:')
    expect(isAppPageUrl(upper, win)).toBe(false)
    expect(isAppPageUrl(upper, win, true)).toBe(true)
  })
})

describe('isAllowedRequestUrl', () => {
  it('allows local files, inline data and DevTools', () => {
    expect(isAllowedRequestUrl(fileUrl, built)).toBe(true)
    expect(
      isAllowedRequestUrl('file:///opt/Worth/resources/app.asar/out/renderer/assets/index-abc.js', built),
    ).toBe(true)
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA', built)).toBe(true)
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', built)).toBe(true)
  })

  it('blocks every network request when packaged', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'ws://localhost:5173/',
      'ftp://x/',
      'blob:null/1',
      'garbage',
    ]) {
      expect(isAllowedRequestUrl(url, built), url).toBe(false)
    }
  })

  it('allows the dev server and its hot-reload socket in dev only', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAllowedRequestUrl('ws://localhost:5173/', dev)).toBe(true)
    expect(isAllowedRequestUrl('ws://localhost:9999/', dev)).toBe(false)
    expect(isAllowedRequestUrl('https://fonts.example/font.woff2', dev)).toBe(false)
  })
})
