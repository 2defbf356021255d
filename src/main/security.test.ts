import { describe, expect, it, vi } from 'vitest'
import type { Session, WebContents } from 'electron'
import { hardenSession, hardenWebContents, secureWebPreferences } from './security'
import { appPages } from './trustedUrl'

// security.ts only imports Electron's types; this mock makes sure nothing loads the real binary.
vi.mock('electron', () => ({}))

const pages = appPages(undefined, true)
const quiet = (): void => {}

type Listener = (...args: unknown[]) => void

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => {
      openHandler = handler
    }),
    on: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, listener)
      return contents
    }),
  }
  hardenWebContents(contents as unknown as WebContents, pages, quiet)
  const fire = (event: string, url: string) => {
    const e = { url, preventDefault: vi.fn() }
    listeners.get(event)?.(e, url)
    return e.preventDefault.mock.calls.length > 0
  }
  return { openWindow: (url: string) => openHandler?.({ url }), fire, listeners }
}

function fakeSession() {
  let requestHandler:
    | ((
        wc: unknown,
        permission: string,
        callback: (granted: boolean) => void,
        details: { requestingUrl?: string; isMainFrame?: boolean },
      ) => void)
    | undefined
  let checkHandler: ((...args: unknown[]) => boolean) | undefined
  let beforeRequest:
    ((details: { url: string }, callback: (r: { cancel?: boolean }) => void) => void) | undefined
  const listeners = new Map<string, Listener>()
  const ses = {
    setPermissionRequestHandler: vi.fn((h: typeof requestHandler) => (requestHandler = h)),
    setPermissionCheckHandler: vi.fn((h: typeof checkHandler) => (checkHandler = h)),
    on: vi.fn((event: string, listener: Listener) => listeners.set(event, listener)),
    webRequest: { onBeforeRequest: vi.fn((h: typeof beforeRequest) => (beforeRequest = h)) },
  }
  hardenSession(ses as unknown as Session, pages, quiet)
  return {
    requestPermission(
      permission: string,
      details: { requestingUrl?: string; isMainFrame?: boolean } = {},
    ): boolean | undefined {
      let granted: boolean | undefined
      requestHandler?.({}, permission, (g) => (granted = g), details)
      return granted
    },
    checkPermission: (permission: string, details: { requestingUrl?: string; isMainFrame?: boolean } = {}) =>
      checkHandler?.({}, permission, 'file:///', details),
    cancels(url: string): boolean | undefined {
      let result: boolean | undefined
      beforeRequest?.({ url }, (r) => (result = r.cancel))
      return result
    },
    listeners,
  }
}

describe('secureWebPreferences', () => {
  it('turns on the sandbox and context isolation, and keeps Node out of the renderer', () => {
    const prefs = secureWebPreferences('/opt/Worth/out/preload/index.js')
    expect(prefs).toMatchObject({
      preload: '/opt/Worth/out/preload/index.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })
})

describe('hardenWebContents', () => {
  it('denies every new window', () => {
    const c = fakeContents()
    expect(c.openWindow('https://example.com/')).toEqual({ action: 'deny' })
    expect(c.openWindow(pages.appUrl)).toEqual({ action: 'deny' })
  })

  it("prevents navigation and redirects away from Worth's own page", () => {
    const c = fakeContents()
    expect(c.fire('will-navigate', 'https://example.com/')).toBe(true)
    expect(c.fire('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(c.fire('will-redirect', 'https://example.com/')).toBe(true)
    expect(c.fire('will-navigate', pages.appUrl)).toBe(false)
  })

  it('refuses to attach a webview', () => {
    const c = fakeContents()
    expect(c.fire('will-attach-webview', 'https://example.com/')).toBe(true)
  })
})

describe('hardenSession', () => {
  it("denies every permission request and check, even from Worth's own page", () => {
    const s = fakeSession()
    const own = { requestingUrl: pages.appUrl, isMainFrame: true }
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(s.requestPermission(permission), permission).toBe(false)
      expect(s.checkPermission(permission), permission).toBe(false)
      expect(s.requestPermission(permission, own), permission).toBe(false)
      expect(s.checkPermission(permission, own), permission).toBe(false)
    }
  })

  it("lets only Worth's own page, in its main frame, write text to the clipboard (the Copy buttons)", () => {
    const s = fakeSession()
    const write = 'clipboard-sanitized-write'
    expect(s.requestPermission(write, { requestingUrl: pages.appUrl, isMainFrame: true })).toBe(true)
    expect(s.checkPermission(write, { requestingUrl: pages.appUrl, isMainFrame: true })).toBe(true)
    expect(s.requestPermission(write, { requestingUrl: pages.appUrl, isMainFrame: false })).toBe(false)
    expect(s.checkPermission(write, { requestingUrl: 'https://evil.example/', isMainFrame: true })).toBe(
      false,
    )
    expect(s.requestPermission(write, { requestingUrl: 'file:///tmp/evil.html', isMainFrame: true })).toBe(
      false,
    )
    expect(s.requestPermission(write)).toBe(false)
  })

  it("cancels every network request and file:// load, and lets Worth's app:// files through", () => {
    const s = fakeSession()
    expect(s.cancels('https://example.com/track.js')).toBe(true)
    expect(s.cancels('http://127.0.0.1:8080/')).toBe(true)
    expect(s.cancels('wss://example.com/')).toBe(true)
    expect(s.cancels(pages.appUrl)).toBe(false)
    expect(s.cancels('app://worth/assets/index.js')).toBe(false)
    expect(s.cancels('file:///opt/Worth/out/renderer/assets/index.js')).toBe(true)
    expect(s.cancels('file:///etc/passwd')).toBe(true)
  })

  it('cancels downloads', () => {
    const s = fakeSession()
    const event = { preventDefault: vi.fn() }
    s.listeners.get('will-download')?.(event)
    expect(event.preventDefault).toHaveBeenCalled()
  })
})
