// Decides whether a URL is Worth's own page. Pure, so it can be tested without Electron.
// Used for the IPC sender check, for navigation, and for the network allow-list in security.ts.
import { pathToFileURL } from 'node:url'

export interface AppPages {
  /** file:// URL of the built renderer's index.html. */
  fileUrl: string
  /** The electron-vite dev server (ELECTRON_RENDERER_URL), only when running unpackaged in dev. */
  devUrl: string | null
}

/** Where the renderer is loaded from: the dev server in dev, the built index.html otherwise. */
export function appPages(
  rendererIndexPath: string,
  devServerUrl: string | undefined,
  isPackaged: boolean,
): AppPages {
  const devUrl = !isPackaged && devServerUrl ? devServerUrl : null
  return { fileUrl: pathToFileURL(rendererIndexPath).href, devUrl }
}

function decode(path: string): string | null {
  try {
    return decodeURIComponent(path)
  } catch {
    return null
  }
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

/**
 * True when `url` is Worth's own page: exactly the built index.html (any query or hash), or any page of the
 * local dev server in dev. Everything else (other files, other hosts, data:, about:, javascript:) is foreign.
 */
export function isAppPageUrl(
  url: string | null | undefined,
  pages: AppPages,
  caseInsensitivePaths = false,
): boolean {
  const u = parse(url)
  if (!u) return false
  if (u.protocol === 'file:') {
    const own = new URL(pages.fileUrl)
    const a = decode(u.pathname)
    const b = decode(own.pathname)
    if (a === null || b === null || u.host !== own.host) return false
    return caseInsensitivePaths ? a.toLowerCase() === b.toLowerCase() : a === b
  }
  const dev = localDevOrigin(pages.devUrl)
  return dev !== null && u.origin === dev.origin
}

/**
 * True when the renderer may load `url` at all (scripts, styles, images, fonts): files on disk, inline data:,
 * the DevTools front end, and the dev server (including its hot-reload websocket) in dev. Nothing on the network.
 */
export function isAllowedRequestUrl(url: string, pages: AppPages): boolean {
  const u = parse(url)
  if (!u) return false
  if (u.protocol === 'file:' || u.protocol === 'data:' || u.protocol === 'devtools:') return true
  const dev = localDevOrigin(pages.devUrl)
  if (!dev) return false
  if (u.protocol === 'ws:' || u.protocol === 'wss:') return u.host === dev.host
  return u.origin === dev.origin
}
