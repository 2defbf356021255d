// Response headers for browser mode. The CSP is the renderer's meta tag plus frame-ancestors, which only works as
// a header (in a meta tag browsers ignore it and log an error), so the page runs under the same rules in a
// browser as in the desktop window.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Sent with every response, pages and API alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

/** Content type by file extension; unknown files are plain bytes (and nosniff keeps the browser from guessing). */
export function contentTypeFor(filePath: string): string {
  const dot = filePath.lastIndexOf('.')
  const slash = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'))
  const ext = dot > slash ? filePath.slice(dot).toLowerCase() : ''
  return CONTENT_TYPES[ext] ?? 'application/octet-stream'
}

/**
 * How long a browser may keep a static file. The build names every script and style sheet it writes under assets/
 * after a hash of its content ("assets/index-B571Bukn.js"), so such a file never changes under its name: a reload
 * uses the browser's copy (and the code it compiled from it) without asking. Anything else (index.html, which names
 * the current files) is asked for again each time.
 */
export function cacheControlFor(file: string): string {
  return /^assets\/[^/]+-[A-Za-z0-9_-]{8}\.(?:js|css)$/.test(file)
    ? 'max-age=31536000, immutable'
    : 'no-cache'
}
