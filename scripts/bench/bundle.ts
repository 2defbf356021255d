// The renderer's download before the first view: the page, its entry script, the scripts it preloads and its
// style sheets, each compressed with gzip -9, as a browser fetches them before anything is drawn.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { round } from './stats'

export interface BundleFigure {
  /** index.html + entry script + modulepreloads + style sheets, gzip -9, kB (1000 bytes). */
  initialGzipKb: number
  /** Every script and style sheet of the renderer, gzip -9, kB. */
  totalGzipKb: number
  initialFiles: string[]
}

const gz = (data: Buffer): number => gzipSync(data, { level: 9 }).length

/** Files index.html makes the browser fetch at once (scripts, modulepreloads, style sheets), relative to it. */
export function initialFiles(indexHtml: string): string[] {
  const files = new Set<string>()
  for (const match of indexHtml.matchAll(/<(script|link)\b[^>]*>/g)) {
    const tag = match[0]
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1]
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    if (!url || url.startsWith('data:')) continue
    if (match[1] === 'script' || rel === 'modulepreload' || rel === 'stylesheet')
      files.add(url.replace(/^\.\//, ''))
  }
  return [...files]
}

export function measureBundle(rendererDir: string): BundleFigure {
  const html = readFileSync(join(rendererDir, 'index.html'))
  const files = initialFiles(html.toString('utf8'))
  const initial = gz(html) + files.reduce((sum, file) => sum + gz(readFileSync(join(rendererDir, file))), 0)
  const assets = join(rendererDir, 'assets')
  const total = readdirSync(assets)
    .filter((file) => /\.(js|css)$/.test(file))
    .reduce((sum, file) => sum + gz(readFileSync(join(assets, file))), gz(html))
  return { initialGzipKb: round(initial / 1000, 1), totalGzipKb: round(total / 1000, 1), initialFiles: files }
}
