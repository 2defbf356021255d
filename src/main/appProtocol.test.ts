import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { answerAppRequest, appFileFor, APP_INDEX_URL, handleAppProtocol } from './appProtocol'

const ROOT = join('/opt', 'Worth', 'out', 'renderer')

describe('appFileFor', () => {
  it('maps app://worth/ paths to files of the built renderer', () => {
    expect(appFileFor(APP_INDEX_URL, ROOT)).toBe(join(ROOT, 'index.html'))
    expect(appFileFor('app://worth/', ROOT)).toBe(join(ROOT, 'index.html'))
    expect(appFileFor('app://worth/index.html#/compare', ROOT)).toBe(join(ROOT, 'index.html'))
    expect(appFileFor('app://worth/assets/index-AbC.js?v=1', ROOT)).toBe(join(ROOT, 'assets', 'index-AbC.js'))
    expect(appFileFor('app://worth/assets/my%20font.woff2', ROOT)).toBe(join(ROOT, 'assets', 'my font.woff2'))
  })

  it('never leaves the renderer folder, whatever the escaping', () => {
    for (const url of [
      'app://worth/../main/index.js',
      'app://worth/%2e%2e/main/index.js',
      'app://worth/assets/%2e%2e%2f%2e%2e%2fmain/index.js',
      'app://worth/..%2f..%2f..%2fetc/passwd',
      'app://worth/assets/..%5c..%5cmain%5cindex.js',
      'app://worth/%00index.html',
      'app://worth/%E0%A4%A',
      'app://worth//etc/passwd',
    ]) {
      const file = appFileFor(url, ROOT)
      expect(file === null || file.startsWith(ROOT + '/'), `${url} -> ${file}`).toBe(true)
    }
    // The URL parser itself resolves an escaped dot-dot segment, inside the root.
    expect(appFileFor('app://worth/%2e%2e/main/index.js', ROOT)).toBe(join(ROOT, 'main', 'index.js'))
    // An escaped slash is decoded after parsing: that path would leave the root and is refused.
    expect(appFileFor('app://worth/..%2f..%2f..%2fetc/passwd', ROOT)).toBeNull()
  })

  it('refuses other hosts and schemes', () => {
    for (const url of [
      'app://evil/index.html',
      'file:///opt/Worth/out/renderer/index.html',
      'https://worth/',
      'x',
    ])
      expect(appFileFor(url, ROOT), url).toBeNull()
  })
})

describe('answerAppRequest', () => {
  const files = new Map([[join(ROOT, 'index.html'), '<!doctype html>']])
  const read = async (path: string) => {
    const text = files.get(path)
    if (text === undefined) throw new Error('ENOENT')
    return new TextEncoder().encode(text)
  }

  it('serves a file with its type and the CSP header (frame-ancestors included)', async () => {
    const answer = await answerAppRequest(APP_INDEX_URL, ROOT, read)
    expect(answer.status).toBe(200)
    expect(answer.headers['Content-Type']).toBe('text/html; charset=utf-8')
    expect(answer.headers['Content-Security-Policy']).toContain("frame-ancestors 'none'")
    expect(new TextDecoder().decode(answer.body as Uint8Array)).toBe('<!doctype html>')
  })

  it('answers 404 for a missing file or a path outside, without reading it', async () => {
    expect((await answerAppRequest('app://worth/nope.js', ROOT, read)).status).toBe(404)
    let asked = false
    const spy = async (path: string) => {
      asked = true
      return read(path)
    }
    expect((await answerAppRequest('app://worth/..%2f..%2fmain/index.js', ROOT, spy)).status).toBe(404)
    expect(asked).toBe(false)
  })
})

describe('handleAppProtocol', () => {
  it('registers the app scheme and answers with a Response', async () => {
    let handler: ((request: Request) => Promise<Response>) | undefined
    handleAppProtocol(
      { handle: (scheme, h) => void (scheme === 'app' && (handler = h as typeof handler)) },
      ROOT,
    )
    const response = await handler!(new Request('app://worth/missing.css'))
    expect(response.status).toBe(404)
  })
})
