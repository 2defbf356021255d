// Request routing for browser mode, as pure functions: no sockets, no files. server.ts does the I/O.
// The API routes are derived from the contract's channel table: POST /api/<channel> for every backend channel
// (isChannel), none for the desktop-only ones.
import { isChannel } from '../core/app/dispatch'
import type { Channel, WorthErrorCode } from '../shared/contract'

export const DEFAULT_PORT = 5317
export const MAX_BODY_BYTES = 64 * 1024

export interface RequestHead {
  method?: string | undefined
  url?: string | undefined
  headers: { host?: string | undefined; origin?: string | undefined }
}

export type Route =
  | { kind: 'api'; channel: Channel }
  | { kind: 'static'; file: string }
  | { kind: 'reject'; status: 400 | 403 | 404 | 405; message: string; api: boolean; allow?: string }

/** Reads PORT: unset or empty means the default; 0 asks the system for a free port. */
export function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}".`)
  }
  return port
}

/** The origins this server answers to. Only loopback names: a DNS-rebinding page carries its own host name. */
export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`]
}

export function isOwnHost(host: string | undefined, port: number): boolean {
  if (!host) return false
  const h = host.toLowerCase()
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`
}

/** A request without Origin is fine (curl, same-origin GET); with one, it must be this server. */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || ownOrigins(port).includes(origin.toLowerCase())
}

function reject(status: 400 | 403 | 404 | 405, message: string, api: boolean, allow?: string): Route {
  return { kind: 'reject', status, message, api, ...(allow ? { allow } : {}) }
}

/**
 * Turns a URL path into a file path relative to the served folder ('/' -> 'index.html'), or null when the path
 * is not one a browser should ask for: encoded dots or slashes that climb out, backslashes, NUL, hidden files.
 */
export function staticFileFor(pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter((s) => s !== '')
  if (segments.some((s) => s === '.' || s === '..' || s.startsWith('.'))) return null
  if (segments.length === 0) return 'index.html'
  return segments.join('/')
}

/** Decides what a request is, before its body is read. */
export function routeRequest(req: RequestHead, port: number): Route {
  const rawUrl = req.url ?? ''
  const api = rawUrl === '/api' || rawUrl.startsWith('/api/') || rawUrl.startsWith('/api?')
  if (!isOwnHost(req.headers.host, port)) {
    return reject(403, 'Worth browser mode only answers on 127.0.0.1 or localhost.', api)
  }
  if (!rawUrl.startsWith('/') || rawUrl.startsWith('//')) return reject(400, 'Bad request path.', api)
  // The raw path, not a URL parser's normalised one: staticFileFor must see (and refuse) every dot segment.
  const pathname = rawUrl.split(/[?#]/, 1)[0] ?? ''
  const method = (req.method ?? 'GET').toUpperCase()

  if (api) {
    if (!isOwnOrigin(req.headers.origin, port)) return reject(403, 'Cross-origin requests are refused.', true)
    let name: string
    try {
      name = decodeURIComponent(pathname.slice('/api/'.length))
    } catch {
      return reject(404, 'Unknown channel.', true)
    }
    if (!isChannel(name)) return reject(404, `Unknown channel "${name}".`, true)
    if (method !== 'POST') return reject(405, 'Use POST with a JSON body.', true, 'POST')
    return { kind: 'api', channel: name }
  }

  if (method !== 'GET' && method !== 'HEAD') return reject(405, 'Method not allowed.', false, 'GET, HEAD')
  const file = staticFileFor(pathname)
  if (file === null) return reject(404, 'Not found.', false)
  return { kind: 'static', file }
}

/** The error code an API rejection carries in its JSON reply. */
export function errorCodeFor(status: number): WorthErrorCode {
  return status === 403 ? 'forbidden' : status >= 500 ? 'internal' : 'invalid-input'
}
