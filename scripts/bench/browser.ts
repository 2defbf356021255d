// Figures from a real browser (Debian's Chromium through playwright-core) against browser mode: navigation to the
// first percentile sentence against a bare React page built with the same toolchain, keystroke to suggestions,
// and a Compare what-if change to the updated table. The page records its own clock (performance.now(), which
// starts at navigation): input events, the API replies as they arrive, and DOM changes as they are committed.
import { createServer, type Server } from 'node:http'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_ARGS } from '../browser/chromiumArgs'
import { interleavedRatio, median, round, spreadOf, type PairedRatio, type Spread } from './stats'

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

/** Installed before any page script: wraps fetch and watches the DOM, all on the page's own clock. */
const RECORDER = `(() => {
  const log = { inputs: [], replies: [], mutations: [], sentence: null, ready: null }
  window.__bench = log
  const original = window.fetch.bind(window)
  window.fetch = async (resource, init) => {
    const url = String(resource)
    const sentAt = performance.now()
    const response = await original(resource, init)
    const channel = url.includes('/api/') ? url.slice(url.indexOf('/api/') + 5) : url
    let body = null
    try { body = init && init.body ? JSON.parse(init.body) : null } catch {}
    log.replies.push({ channel, body, sentAt, at: performance.now() })
    return response
  }
  document.addEventListener('keydown', (event) => {
    log.inputs.push({ kind: 'key', at: event.timeStamp, key: event.key })
  }, true)
  document.addEventListener('input', (event) => {
    const target = event.target
    log.inputs.push({ kind: 'input', at: event.timeStamp, value: target && 'value' in target ? target.value : '' })
  }, true)
  const sentence = /is at the \\d+(st|nd|rd|th) percentile/
  new MutationObserver((records) => {
    const at = performance.now()
    for (const record of records) {
      const node = record.target.nodeType === 1 ? record.target : record.target.parentElement
      if (!node) continue
      if (node.closest('[role="listbox"]')) log.mutations.push({ at, where: 'listbox' })
      else if (node.closest('table')) log.mutations.push({ at, where: 'table' })
    }
    if (log.sentence === null) {
      for (const status of document.querySelectorAll('[role="status"]'))
        if (sentence.test(status.textContent || '')) { log.sentence = at; break }
    }
    if (log.ready === null && document.getElementById('bare-ready')) log.ready = at
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: false })
})()`

interface Recorded {
  inputs: { kind: 'key' | 'input'; at: number; key?: string; value?: string }[]
  replies: { channel: string; body: Record<string, unknown> | null; sentAt: number; at: number }[]
  mutations: { at: number; where: 'listbox' | 'table' }[]
  sentence: number | null
  ready: number | null
}

const recorded = (page: Page): Promise<Recorded> =>
  page.evaluate(() => (globalThis as unknown as { __bench: Recorded }).__bench)

const resetRecorder = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const log = (globalThis as unknown as { __bench: Recorded }).__bench
    log.inputs.length = 0
    log.replies.length = 0
    log.mutations.length = 0
  })

/** Builds a page that renders one sentence with React, with Worth's own toolchain (vite + plugin-react, minified). */
export async function buildBareReactPage(root: string): Promise<string> {
  const source = join(root, 'out', 'bench', 'bare-react-src')
  const dist = join(root, 'out', 'bench', 'bare-react')
  mkdirSync(source, { recursive: true })
  writeFileSync(
    join(source, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Bare React</title>' +
      '<script type="module" src="./main.tsx"></script></head><body><div id="root"></div></body></html>\n',
  )
  writeFileSync(
    join(source, 'main.tsx'),
    "import { StrictMode } from 'react'\nimport { createRoot } from 'react-dom/client'\n\n" +
      "createRoot(document.getElementById('root')!).render(\n  <StrictMode>\n" +
      '    <p id="bare-ready">A bare React page is ready.</p>\n  </StrictMode>,\n)\n',
  )
  const { build } = await import('vite')
  const react = (await import('@vitejs/plugin-react')).default
  await build({
    root: source,
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [react()],
    build: { outDir: dist, emptyOutDir: true, minify: true },
  })
  return dist
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

/** A plain static server on 127.0.0.1 for the bare page. */
export async function serveFolder(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    const file = join(dir, path === '/' ? 'index.html' : path)
    if (!file.startsWith(dir)) {
      response.writeHead(403).end()
      return
    }
    try {
      const body = readFileSync(file)
      response
        .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no address')
  return { url: `http://127.0.0.1:${address.port}/`, server }
}

export interface BrowserFigures {
  firstPercentile: PairedRatio & { worthMs: number; bareMs: number }
  keystrokeToSuggestions: { medianMs: number; spread: Spread }
  compareWhatIf: CompareWhatIfFigure
}

async function navigateAndTime(page: Page, url: string, field: 'sentence' | 'ready'): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' })
  try {
    const handle = await page.waitForFunction(
      (name) =>
        (globalThis as unknown as { __bench?: Recorded }).__bench?.[name as 'sentence' | 'ready'] ?? null,
      field,
      { timeout: 60_000, polling: 20 },
    )
    return (await handle.jsonValue()) as number
  } catch (error) {
    // What the page showed and asked instead, so a run that never sees its sentence says why.
    const seen = await page
      .evaluate(() => ({
        text:
          (
            globalThis as unknown as { document: { body?: { innerText: string } } }
          ).document.body?.innerText.slice(0, 1500) ?? '',
        replies: (globalThis as unknown as { __bench?: Recorded }).__bench?.replies ?? [],
      }))
      .catch((reason: unknown) => ({ text: `(page unreadable: ${String(reason)})`, replies: [] }))
    throw new Error(
      `no ${field} within 60 s of loading ${url}: ${error instanceof Error ? error.message : error}\n` +
        `page text: ${JSON.stringify(seen.text)}\nrequests: ${JSON.stringify(seen.replies)}`,
    )
  }
}

/** Time from each keystroke to the suggestions for what it made of the field (or its reply, if they did not change). */
function keystrokeLatencies(log: Recorded, channel: string): number[] {
  const latencies: number[] = []
  const inputs = log.inputs.filter((entry) => entry.kind === 'input')
  const keys = log.inputs.filter((entry) => entry.kind === 'key')
  inputs.forEach((input, i) => {
    const query = (input.value ?? '').trim()
    if (query === '') return
    const key = [...keys].reverse().find((k) => k.at <= input.at) ?? input
    const nextInput = inputs[i + 1]?.at ?? Number.POSITIVE_INFINITY
    const reply = log.replies.find(
      (r) =>
        r.channel === channel && r.sentAt >= input.at && String(r.body?.['query'] ?? '').trim() === query,
    )
    if (!reply) return
    const shown = log.mutations.find((m) => m.where === 'listbox' && m.at >= reply.at && m.at < nextInput)
    latencies.push((shown?.at ?? reply.at) - key.at)
  })
  return latencies
}

/** Chromium with the bench's recorder installed and the HTTP cache off (every navigation loads the page afresh). */
async function launchRecording(): Promise<{ context: BrowserContext; page: Page; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'worth-bench-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  })
  await context.addInitScript(RECORDER)
  const page = context.pages()[0] ?? (await context.newPage())
  const cdp = await context.newCDPSession(page)
  // Without Network.enable on this session the setting does not hold: a file sent as cacheable would come from the
  // cache at the next navigation.
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  return { context, page, profile }
}

/**
 * Navigation to the first percentile sentence of a returning user (an offer typed once, restored at the next
 * start) against navigation to the bare React page, in `pairs` interleaved pairs.
 */
async function firstPercentilePairs(
  page: Page,
  worthUrl: string,
  bareUrl: string,
  pairs: number,
): Promise<BrowserFigures['firstPercentile']> {
  await page.goto(worthUrl)
  await page.getByRole('combobox', { name: 'Job title' }).fill('Software Engineer')
  await page.getByRole('combobox', { name: 'Location' }).fill('Seattle, WA')
  await page.getByLabel('Base salary').fill('150000')
  await page.waitForFunction(
    () => (globalThis as unknown as { __bench: Recorded }).__bench.sentence !== null,
    null,
    {
      timeout: 60_000,
    },
  )
  await navigateAndTime(page, worthUrl, 'sentence')
  await navigateAndTime(page, bareUrl, 'ready')
  const first = await interleavedRatio(
    pairs,
    () => navigateAndTime(page, worthUrl, 'sentence'),
    () => navigateAndTime(page, bareUrl, 'ready'),
  )
  return { ...first, worthMs: round(first.subjectMs, 0), bareMs: round(first.baselineMs, 0) }
}

/** The first percentile figure alone, as measureBrowser measures it (scripts/bench/firstPercentileOnly.ts). */
export async function measureFirstPercentile(
  worthUrl: string,
  bareUrl: string,
  pairs = 7,
): Promise<BrowserFigures['firstPercentile']> {
  const { context, page, profile } = await launchRecording()
  try {
    return await firstPercentilePairs(page, worthUrl, bareUrl, pairs)
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

export interface CompareWhatIfFigure {
  medianMs: number
  spread: Spread
  /** Where the median change's time goes: input to request sent, the round trip, reply to the updated table. */
  parts: { toRequestMs: number; roundTripMs: number; toTableMs: number }
}

/**
 * Compare with six saved offers (imported in My offers): each change of the stock-price what-if to the first change
 * inside a table after the compare:offers reply that answers it. Leaves the page on Compare.
 */
async function compareWhatIfOn(page: Page, offersFile: string): Promise<CompareWhatIfFigure> {
  await page.getByRole('button', { name: 'My offers', exact: true }).click()
  await page.getByLabel('Import offers from a JSON export').setInputFiles(offersFile)
  await page.getByRole('status').filter({ hasText: '6 offers added' }).waitFor({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  await page.locator('table').first().waitFor({ timeout: 30_000 })
  const stock = page.getByLabel('Stock price change (%)')
  const samples: { total: number; toRequest: number; roundTrip: number; toTable: number }[] = []
  for (const value of ['10', '-20', '35', '0', '50', '-40', '15', '25', '-10']) {
    await resetRecorder(page)
    await stock.fill(value)
    const handle = await page.waitForFunction(
      (stockChange) => {
        const log = (globalThis as unknown as { __bench: Recorded }).__bench
        const input = log.inputs.find((entry) => entry.kind === 'input')
        if (!input) return null
        const reply = log.replies.find(
          (r) =>
            r.channel === 'compare:offers' &&
            r.sentAt >= input.at &&
            Number(r.body?.['stockChangePercent']) === stockChange,
        )
        if (!reply) return null
        const shown = log.mutations.find((m) => m.where === 'table' && m.at >= reply.at)
        if (!shown) return null
        return {
          total: shown.at - input.at,
          toRequest: reply.sentAt - input.at,
          roundTrip: reply.at - reply.sentAt,
          toTable: shown.at - reply.at,
        }
      },
      Number(value),
      { timeout: 30_000, polling: 20 },
    )
    samples.push((await handle.jsonValue()) as (typeof samples)[number])
  }
  const totals = samples.map((sample) => sample.total)
  const part = (pick: (sample: (typeof samples)[number]) => number) => round(median(samples.map(pick)), 1)
  return {
    medianMs: round(median(totals), 1),
    spread: spreadOf(totals, 1),
    parts: {
      toRequestMs: part((s) => s.toRequest),
      roundTripMs: part((s) => s.roundTrip),
      toTableMs: part((s) => s.toTable),
    },
  }
}

/** The Compare what-if figure alone, as measureBrowser measures it (scripts/bench/compareWhatIfOnly.ts). */
export async function measureCompareWhatIf(
  worthUrl: string,
  offersFile: string,
): Promise<CompareWhatIfFigure> {
  const { context, page, profile } = await launchRecording()
  try {
    await page.goto(worthUrl)
    await page.getByRole('combobox', { name: 'Job title' }).waitFor()
    return await compareWhatIfOn(page, offersFile)
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

export async function measureBrowser(
  worthUrl: string,
  bareUrl: string,
  offersFile: string,
  pairs = 7,
): Promise<BrowserFigures> {
  const { context, page, profile } = await launchRecording()
  try {
    // A returning user: an offer typed once is restored at the next start, and its percentile sentence shown.
    const first = await firstPercentilePairs(page, worthUrl, bareUrl, pairs)

    // Typing a title: each keystroke to the suggestions that answer it.
    await page.goto(worthUrl)
    const title = page.getByRole('combobox', { name: 'Job title' })
    await title.waitFor()
    const latencies: number[] = []
    for (const word of ['Registered nurse', 'Software developer', 'Accountant']) {
      await title.fill('')
      await page.waitForTimeout(200)
      await resetRecorder(page)
      await title.pressSequentially(word, { delay: 150 })
      await page.waitForTimeout(400)
      latencies.push(...keystrokeLatencies(await recorded(page), 'titles:search'))
    }
    if (latencies.length < 5) throw new Error(`only ${latencies.length} keystrokes were answered`)

    const compareWhatIf = await compareWhatIfOn(page, offersFile)
    return {
      firstPercentile: first,
      keystrokeToSuggestions: { medianMs: round(median(latencies), 1), spread: spreadOf(latencies, 1) },
      compareWhatIf,
    }
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}
