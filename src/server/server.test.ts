import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { request } from 'node:http'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHANNELS, DESKTOP_CHANNELS, type Channel } from '../shared/contract'
import { AUSTIN, SEATTLE } from '../../test/fixtures/offers'
import { fakeHandlers } from '../core/testing/fakeHandlers'
import { CONTENT_SECURITY_POLICY } from './headers'
import { startServer, type RunningServer } from './server'

let dir: string
let server: RunningServer

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function call(
  method: string,
  path: string,
  options: { body?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method,
        path,
        headers: { host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const post = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  call('POST', `/api/${channel}`, {
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  })

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'worth-server-'))
  const root = join(dir, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Worth</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'assets', 'index-B571Bukn.js'), 'console.log(2)')
  await writeFile(join(root, 'assets', 'app.css'), 'body{}')
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg/>')
  await writeFile(join(dir, 'secret.txt'), 'do not serve')
  await symlink(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'))
  server = await startServer({ handlers: fakeHandlers(), rootDir: root, port: 0, log: () => {} })
})

afterAll(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

describe('browser mode server', () => {
  it('listens on 127.0.0.1 on the port the system picked', () => {
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
  })

  it('serves index.html at / with the strict CSP and security headers', async () => {
    const res = await call('GET', '/')
    expect(res.status).toBe(200)
    expect(res.body).toContain('<title>Worth</title>')
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin')
  })

  it('serves assets with their content types, and HEAD without a body', async () => {
    expect((await call('GET', '/assets/app.js')).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    )
    expect((await call('GET', '/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8')
    expect((await call('GET', '/assets/logo.svg')).headers['content-type']).toBe('image/svg+xml')
    // A hash-named build file never changes under its name; index.html names the current ones and is asked again.
    expect((await call('GET', '/assets/index-B571Bukn.js')).headers['cache-control']).toBe(
      'max-age=31536000, immutable',
    )
    expect((await call('GET', '/')).headers['cache-control']).toBe('no-cache')
    const head = await call('HEAD', '/assets/app.js')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect(head.headers['content-length']).toBe('14')
  })

  it('never serves anything outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/link.txt',
      '/assets',
      '/missing.js',
    ]) {
      const res = await call('GET', path)
      expect(res.status, path).toBe(404)
      expect(res.body, path).not.toContain('do not serve')
    }
  })

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    expect((await call('GET', '/', { headers: { host: 'evil.example' } })).status).toBe(403)
    const api = await post('dataset:info', {}, { host: `rebind.evil.example:${server.port}` })
    expect(api.status).toBe(403)
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('accepts localhost as a Host name too', async () => {
    expect((await call('GET', '/', { headers: { host: `localhost:${server.port}` } })).status).toBe(200)
  })

  /** A valid input for some channels; every other channel is asked with {} (its schema's reply). */
  const SAMPLE: Partial<Record<Channel, unknown>> = {
    'estimate:offer': { title: 'x', location: 'y', base: 1 },
    'insights:role': { title: 'x', location: 'y' },
    'compare:offers': { offers: [SEATTLE, AUSTIN] },
    'negotiate:offer': { title: 'x', location: 'y', base: 1 },
    'offer:check': { offer: SEATTLE },
    'compare:equivalent': { wages: 1, from: 'x', to: 'y' },
    'tax:compute': { wages: 1, location: 'y' },
    'titles:search': { query: 'x' },
    'locations:search': { query: 'x' },
  }

  it('answers every backend channel of the table with a JSON Reply', async () => {
    for (const channel of CHANNELS) {
      const res = await post(channel, SAMPLE[channel] ?? {})
      expect(res.status, channel).toBe(200)
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
      expect(res.headers['cache-control']).toBe('no-store')
      const reply = JSON.parse(res.body) as { ok: unknown }
      expect(typeof reply.ok, channel).toBe('boolean')
      if (channel in SAMPLE) expect(reply, channel).toMatchObject({ ok: true })
    }
  })

  it('has no route for the desktop-only channels (native dialogs, PDF)', async () => {
    for (const channel of DESKTOP_CHANNELS) {
      const res = await post(channel, { kind: 'json' })
      expect(res.status, channel).toBe(404)
      expect(JSON.parse(res.body), channel).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    }
  })

  it('accepts an empty body as an empty input', async () => {
    const res = await call('POST', '/api/dataset:info')
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { version: 'test' } })
  })

  it('answers invalid input and user errors with 200 and a readable error', async () => {
    const invalid = await post('titles:search', { query: 7 })
    expect(invalid.status).toBe(200)
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const ambiguous = await post('locations:search', { query: 'Springfield' })
    expect(JSON.parse(ambiguous.body)).toMatchObject({
      ok: false,
      error: { code: 'ambiguous-location', message: 'Which Springfield?' },
    })
    const crash = await post('locations:search', { query: 'crash' })
    expect(JSON.parse(crash.body)).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(crash.body).not.toContain('secret stack detail')
  })

  it('answers bad JSON with 400', async () => {
    const res = await post('titles:search', '{"query":')
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('answers an unknown channel with 404 and a non-POST call with 405', async () => {
    expect((await post('secrets:read', {})).status).toBe(404)
    const get = await call('GET', '/api/titles:search')
    expect(get.status).toBe(405)
    expect(get.headers['allow']).toBe('POST')
    expect((await call('DELETE', '/')).status).toBe(405)
  })

  it('answers a body over 64 KB with 413', async () => {
    const res = await post('titles:search', JSON.stringify({ query: 'x'.repeat(70 * 1024) }))
    expect(res.status).toBe(413)
    expect(JSON.parse(res.body)).toMatchObject({ ok: false })
  })

  it('answers a chunked body over 64 KB with 413 too', async () => {
    const res = await call('POST', '/api/titles:search', {
      body: Buffer.alloc(80 * 1024, 'a'),
      headers: { 'transfer-encoding': 'chunked' },
    })
    expect(res.status).toBe(413)
  })

  it('refuses a cross-origin API call with 403 and accepts a same-origin one', async () => {
    expect((await post('dataset:info', {}, { origin: 'https://evil.example' })).status).toBe(403)
    expect((await post('dataset:info', {}, { origin: 'null' })).status).toBe(403)
    expect((await post('dataset:info', {}, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200)
  })
})
