// Worth's pages come over its own scheme, app://worth/…, not file://: a page can then only ever reach the files
// of the built renderer (never the rest of the disk), has a real origin for its CSP ('self' is app://worth), and
// the request filter can allow this one scheme. The path decision is pure and tested; index.ts registers it.
import { readFile } from 'node:fs/promises'
import { isAbsolute, join, normalize, relative, sep } from 'node:path'
import type { CustomScheme, Protocol } from 'electron'
import { contentTypeFor, SECURITY_HEADERS } from '../server/headers'

export const APP_SCHEME = 'app'
export const APP_HOST = 'worth'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The page the window loads. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/** Registered before the app is ready: a standard, secure scheme (so 'self', modules and storage work). */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
}

/**
 * The file an app:// URL names inside `rootDir` (the built renderer), or null for anything else: another host
 * or scheme, undecodable or NUL-containing paths, backslashes, and any path that would leave `rootDir`.
 */
export function appFileFor(url: string, rootDir: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (path.includes('\0') || path.includes('\\')) return null
  const inside = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '')
  const file = normalize(join(rootDir, inside))
  const rel = relative(rootDir, file)
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null
  return file
}

export interface AppResponse {
  status: number
  headers: Record<string, string>
  body: Uint8Array | string
}

/** Answers one app:// request: the file with its type and Worth's security headers, or a plain 404. */
export async function answerAppRequest(
  url: string,
  rootDir: string,
  read: (path: string) => Promise<Uint8Array> = readFile,
): Promise<AppResponse> {
  const notFound: AppResponse = {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    body: 'Not found',
  }
  const file = appFileFor(url, rootDir)
  if (!file) return notFound
  try {
    const body = await read(file)
    return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) }, body }
  } catch {
    return notFound
  }
}

/** Serves the built renderer on app://worth/ for the session the window uses. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await answerAppRequest(request.url, rootDir)
    return new Response(answer.body as ConstructorParameters<typeof Response>[0], {
      status: answer.status,
      headers: answer.headers,
    })
  })
}
