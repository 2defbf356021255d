// Decides whether a URL is Worth's own page. Pure, so it can be tested without Electron.
// Used for the IPC sender check, for navigation, and for the network allow-list in security.ts.
import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from './appProtocol'

export interface AppPages {
  /** The built renderer's page, served over Worth's own scheme (app://worth/index.html). */
  appUrl: string
  /** The electron-vite dev server (ELECTRON_RENDERER_URL), only when running unpackaged in dev. */
  devUrl: string | null
}

/** Where the renderer is loaded from: the dev server in dev, app://worth/index.html otherwise. */
export function appPages(devServerUrl: string | undefined, isPackaged: boolean): AppPages {
  const devUrl = !isPackaged && devServerUrl ? devServerUrl : null
  return { appUrl: APP_INDEX_URL, devUrl }
}

function parse(url: string | null | undefined): URL | null {
  if (typeof url !== 'string' || url === '') return null
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** The dev server must be a plain http(s) server on this machine. */
function localDevOrigin(devUrl: string | null): URL | null {
  const dev = parse(devUrl)
  if (!dev || (dev.protocol !== 'http:' && dev.protocol !== 'https:')) return null
  const host = dev.hostname
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' ? dev : null
}

const isAppScheme = (u: URL): boolean => u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST

/**
 * True when `url` is Worth's own page: app://worth/ or app://worth/index.html (any query or hash), or any page of
 * the local dev server in dev. Everything else (files, other hosts, data:, about:, javascript:) is foreign.
 */
export function isAppPageUrl(url: string | null | undefined, pages: AppPages): boolean {
  const u = parse(url)
  if (!u) return false
  if (isAppScheme(u)) {
    const own = new URL(pages.appUrl)
    return u.pathname === own.pathname || u.pathname === '/'
  }
  const dev = localDevOrigin(pages.devUrl)
  return dev !== null && u.origin === dev.origin
}

/**
 * True when the renderer may load `url` at all (scripts, styles, images, fonts): Worth's own app://worth files,
 * inline data:, the DevTools front end, and the dev server (including its hot-reload websocket) in dev. No
 * file:// and nothing on the network.
 */
export function isAllowedRequestUrl(url: string, pages: AppPages): boolean {
  const u = parse(url)
  if (!u) return false
  if (isAppScheme(u) || u.protocol === 'data:' || u.protocol === 'devtools:') return true
  const dev = localDevOrigin(pages.devUrl)
  if (!dev) return false
  if (u.protocol === 'ws:' || u.protocol === 'wss:') return u.host === dev.host
  return u.origin === dev.origin
}
