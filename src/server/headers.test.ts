import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cacheControlFor, CONTENT_SECURITY_POLICY, contentTypeFor, SECURITY_HEADERS } from './headers'

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only the page itself, with no remote origins, inline scripts or framing', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*/)
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
  })

  it("is the page's meta-tag policy plus frame-ancestors, which only works as a header", () => {
    const html = readFileSync(join(__dirname, '..', 'renderer', 'index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBeDefined()
    expect(meta).not.toContain('frame-ancestors')
    expect(CONTENT_SECURITY_POLICY).toBe(`${meta}; frame-ancestors 'none'`)
  })
})

describe('contentTypeFor', () => {
  it('knows the files a Vite build emits', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('assets/index-AbC.js')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('assets/index.CSS')).toBe('text/css; charset=utf-8')
    expect(contentTypeFor('assets/font.woff2')).toBe('font/woff2')
    expect(contentTypeFor('favicon.ico')).toBe('image/x-icon')
  })

  it('falls back to bytes for unknown or missing extensions', () => {
    expect(contentTypeFor('LICENSE')).toBe('application/octet-stream')
    expect(contentTypeFor('a.b/c')).toBe('application/octet-stream')
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream')
  })
})

describe('cacheControlFor', () => {
  it('lets the browser keep the build’s hash-named scripts and style sheets, and asks again for the rest', () => {
    for (const file of [
      'assets/index-B571Bukn.js',
      'assets/firstView-C-yn9mPD.js',
      'assets/index-1wTRMb6i.css',
    ])
      expect(cacheControlFor(file), file).toBe('max-age=31536000, immutable')
    for (const file of [
      'index.html',
      'assets/app.js',
      'assets/logo-B571Bukn.svg',
      'assets/x/index-B571Bukn.js',
      'favicon.ico',
    ])
      expect(cacheControlFor(file), file).toBe('no-cache')
  })
})
