// Every security setting of Worth's window in one place (Electron security checklist).
// The renderer is treated as untrusted: no Node, sandboxed, isolated, no navigation, no new windows,
// no permissions, and no network: only its own files (and the dev server in dev) may be loaded.
import type { Session, WebContents, WebPreferences } from 'electron'
import { isAllowedRequestUrl, isAppPageUrl, type AppPages } from './trustedUrl'

type Log = (message: string) => void

/** webPreferences for every Worth window. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  }
}

/** Applied to every web contents Worth creates (app 'web-contents-created'). */
export function hardenWebContents(contents: WebContents, pages: AppPages, log: Log = console.warn): void {
  // No new windows: links with target=_blank and window.open do nothing.
  contents.setWindowOpenHandler(({ url }) => {
    log(`Worth blocked a new window for ${url}`)
    return { action: 'deny' }
  })
  // The window only ever shows Worth's own page.
  const stayHome = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppPageUrl(event.url, pages)) {
      event.preventDefault()
      log(`Worth blocked navigation to ${event.url}`)
    }
  }
  contents.on('will-navigate', stayHome)
  contents.on('will-redirect', stayHome)
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/**
 * The only permission Worth's page gets: writing plain text to the clipboard (the Copy button of the negotiation
 * scripts), and only for Worth's own page in its main frame. Reading the clipboard stays denied.
 */
export const GRANTED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write']

function mayGrant(
  permission: string,
  url: string | undefined,
  isMainFrame: boolean,
  pages: AppPages,
): boolean {
  return GRANTED_PERMISSIONS.includes(permission) && isMainFrame && !!url && isAppPageUrl(url, pages)
}

/** Applied to the session the window uses: no permissions but clipboard writes, no downloads, no network requests. */
export function hardenSession(ses: Session, pages: AppPages, log: Log = console.warn): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = mayGrant(permission, details?.requestingUrl, details?.isMainFrame === true, pages)
    if (!granted) log(`Worth denied the permission "${permission}"`)
    callback(granted)
  })
  ses.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    mayGrant(permission, details?.requestingUrl, details?.isMainFrame === true, pages),
  )
  ses.on('will-download', (event) => event.preventDefault())
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, pages)
    if (!allowed) log(`Worth blocked a request to ${details.url}`)
    callback({ cancel: !allowed })
  })
}
