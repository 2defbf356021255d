import { describe, expect, it } from 'vitest'
import { appPages, isAllowedRequestUrl, isAppPageUrl } from './trustedUrl'

const built = appPages(undefined, true)
const dev = appPages('http://localhost:5173/', false)

/**
 * Packaged, for each URL: is it Worth's page (navigation, the IPC sender check), and may the renderer load it?
 * Only app://worth/ and its index page are the page; the renderer may also load Worth's other app:// files, inline
 * data: and DevTools. Files, other hosts, the network and other schemes are neither.
 */
const PACKAGED: [url: string | null | undefined, page: boolean, loaded: boolean][] = [
  ['app://worth/index.html', true, true],
  ['app://worth/index.html#/offers', true, true],
  ['app://worth/index.html?x=1', true, true],
  ['app://worth/', true, true],
  ['app://worth/other.html', false, true],
  ['app://worth/assets/index-abc.js', false, true],
  ['data:image/png;base64,AAAA', false, true],
  ['data:text/html,<script>alert(1)</script>', false, true],
  ['devtools://devtools/bundled/inspector.html', false, true],
  ['file:///opt/Worth/resources/app.asar/out/renderer/index.html', false, false],
  ['file:///etc/passwd', false, false],
  ['app://evil/index.html', false, false],
  ['app://worth.evil/index.html', false, false],
  ['https://evil.example/', false, false],
  ['http://localhost:5173/', false, false],
  ['http://127.0.0.1:5173/', false, false],
  ['ws://localhost:5173/', false, false],
  ['ftp://x/', false, false],
  ['blob:null/1', false, false],
  ['about:blank', false, false],
  ['javascript:alert(1)', false, false],
  ['', false, false],
  ['not a url', false, false],
  [null, false, false],
  [undefined, false, false],
]

/** In dev, also the local dev server's pages and its hot-reload socket (loaded, not a page), nothing else. */
const DEV: typeof PACKAGED = [
  ['http://localhost:5173/', true, true],
  ['http://localhost:5173/index.html#/x', true, true],
  ['http://localhost:5173/src/main.tsx', true, true],
  ['app://worth/index.html', true, true],
  ['ws://localhost:5173/', false, true],
  ['ws://localhost:9999/', false, false],
  ['http://localhost:5174/', false, false],
  ['https://localhost:5173/', false, false],
  ['http://localhost.evil.example:5173/', false, false],
  ['http://evil.example/', false, false],
  ['https://fonts.example/font.woff2', false, false],
]

describe.each([
  ['packaged', built, PACKAGED],
  ['dev', dev, DEV],
] as const)('%s', (_mode, pages, cases) => {
  it.each(cases)('%j: the app page %s, loaded %s', (url, page, loaded) => {
    expect(isAppPageUrl(url, pages)).toBe(page)
    expect(isAllowedRequestUrl(url as string, pages)).toBe(loaded)
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
  it('never trusts a dev server URL that is not on this machine', () => {
    const remote = appPages('https://evil.example/', false)
    expect(isAppPageUrl('https://evil.example/', remote)).toBe(false)
    const weird = appPages('javascript:alert(1)', false)
    expect(isAppPageUrl('javascript:alert(1)', weird)).toBe(false)
  })
})
