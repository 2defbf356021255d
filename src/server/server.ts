// Browser mode: the same handlers as the desktop app behind a local-only HTTP endpoint, plus the built renderer.
// Bound to 127.0.0.1 only. Routing decisions are in routes.ts; this file only does the I/O.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile, realpath, stat } from 'node:fs/promises'
import { join, sep } from 'node:path'
import type { AddressInfo } from 'node:net'
import { dispatch, type Handlers } from '../core/app/dispatch'
import type { Channel, Reply } from '../shared/contract'
import { cacheControlFor, contentTypeFor, SECURITY_HEADERS } from './headers'
import { errorCodeFor, MAX_BODY_BYTES, routeRequest } from './routes'

export const HOST = '127.0.0.1'

export interface ServerOptions {
  handlers: Handlers
  /** The built renderer (out/renderer). */
  rootDir: string
  /** 0 picks a free port. */
  port: number
  log?: (message: string, error?: unknown) => void
}

export interface RunningServer {
  port: number
  url: string
  close(): Promise<void>
}

class BodyTooLarge extends Error {}

/** How much of an oversized body is read and thrown away before the connection is cut. */
const DISCARD_LIMIT = 1024 * 1024

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string | number>,
  body?: string | Buffer,
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers })
  res.end(body)
}

function sendJson(
  res: ServerResponse,
  status: number,
  reply: Reply<unknown>,
  extra: Record<string, string> = {},
): void {
  const body = JSON.stringify(reply)
  send(
    res,
    status,
    {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      ...extra,
    },
    body,
  )
}

function sendText(
  res: ServerResponse,
  status: number,
  message: string,
  extra: Record<string, string> = {},
): void {
  send(
    res,
    status,
    { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
    message,
  )
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge())
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        reject(new BodyTooLarge())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

async function serveApi(
  req: IncomingMessage,
  res: ServerResponse,
  handlers: Handlers,
  channel: Channel,
): Promise<void> {
  let text: string
  try {
    text = await readBody(req, MAX_BODY_BYTES)
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      // Answer, then drop the rest of the body (so the client can read the answer) and close the connection.
      // A client that keeps sending far past the limit is cut off.
      sendJson(
        res,
        413,
        { ok: false, error: { code: 'invalid-input', message: 'Request body is larger than 64 KB.' } },
        { Connection: 'close' },
      )
      let discarded = 0
      req.on('data', (chunk: Buffer) => {
        discarded += chunk.length
        if (discarded > DISCARD_LIMIT) req.destroy()
      })
      req.resume()
      return
    }
    throw error
  }
  let input: unknown
  if (text.trim() !== '') {
    try {
      input = JSON.parse(text)
    } catch {
      sendJson(res, 400, {
        ok: false,
        error: { code: 'invalid-input', message: 'The request body is not valid JSON.' },
      })
      return
    }
  }
  // 200 for answers and for errors the user can act on: the Reply says which.
  sendJson(res, 200, dispatch(handlers, channel, input))
}

async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  rootDir: string,
  file: string,
): Promise<void> {
  const notFound = (): void =>
    sendText(
      res,
      404,
      file === 'index.html' ? 'Worth is not built: run "npx electron-vite build".' : 'Not found.',
    )
  let path: string
  try {
    // realpath resolves symlinks, so nothing outside the served folder is reachable even through a link.
    path = await realpath(join(rootDir, file))
    if (!path.startsWith(rootDir + sep)) return notFound()
    if (!(await stat(path)).isFile()) return notFound()
  } catch {
    return notFound()
  }
  const body = await readFile(path)
  const headers = {
    'Content-Type': contentTypeFor(path),
    'Content-Length': body.length,
    'Cache-Control': cacheControlFor(file),
  }
  if (req.method === 'HEAD') send(res, 200, headers)
  else send(res, 200, headers, body)
}

/** Starts the server; resolves once it listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''))
  const rootDir = await realpath(options.rootDir).catch(() => options.rootDir)
  let port = options.port

  const server: Server = createServer((req, res) => {
    const route = routeRequest({ method: req.method, url: req.url, headers: req.headers }, port)
    let work: Promise<void>
    if (route.kind === 'reject') {
      const extra: Record<string, string> = route.allow ? { Allow: route.allow } : {}
      if (route.api)
        sendJson(
          res,
          route.status,
          { ok: false, error: { code: errorCodeFor(route.status), message: route.message } },
          extra,
        )
      else sendText(res, route.status, route.message, extra)
      req.resume()
      return
    }
    if (route.kind === 'api') work = serveApi(req, res, options.handlers, route.channel)
    else work = serveStatic(req, res, rootDir, route.file)
    work.catch((error: unknown) => {
      log(`Worth browser mode: ${req.method} ${req.url} failed`, error)
      if (!res.headersSent)
        sendJson(res, 500, {
          ok: false,
          error: { code: 'internal', message: 'Worth could not answer this request.' },
        })
      else res.destroy()
    })
  })
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, HOST, () => {
      server.off('error', reject)
      // The Host check needs the real port before the first request is handled.
      port = (server.address() as AddressInfo).port
      resolve()
    })
  })

  return {
    port,
    url: `http://${HOST}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
